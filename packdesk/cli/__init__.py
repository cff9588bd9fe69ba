"""The ``packdesk`` command.

Each group of subcommands lives in its own module with a ``register(subparsers, common)``
function; ``COMMAND_MODULES`` lists them. A user mistake ends in one line on stderr and
a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
from collections.abc import Sequence

from packdesk import __version__

COMMAND_MODULES = [
    "packdesk.cli.core",
    "packdesk.cli.printing",
    "packdesk.cli.stats",
    "packdesk.cli.bins",
    "packdesk.cli.sync",
    "packdesk.cli.simulate",
    "packdesk.cli.notes",
    "packdesk.cli.returns",
    "packdesk.cli.boxes",
    "packdesk.cli.carriers",
    "packdesk.cli.evidence",
    "packdesk.cli.quality",
]


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (sqlite:///FILE or postgresql://...); default: PACKDESK_DB or "
        "the SQLite file in the user data folder",
    )
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="packdesk", description="Pick, pack and ship station.", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"packdesk {__version__}")
    parser.add_argument("--station", help="station name (default: the host name and a short id of this install)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    handler = getattr(args, "handler", None)
    if handler is None:
        from packdesk.cli.core import run_station

        handler = run_station
    from packdesk.domain.errors import DomainError
    from packdesk.persistence.db import DatabaseUnavailable
    from packdesk.services.uow import DatabaseBusy, DiskFull

    try:
        return int(handler(args) or 0)
    except CliError as exc:
        print(f"packdesk: error: {exc}", file=sys.stderr)
        return exc.code
    except (DomainError, DatabaseUnavailable, DiskFull, DatabaseBusy) as exc:
        print(f"packdesk: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`packdesk stats ... | head`): end quietly, as a Unix tool
        # killed by SIGPIPE would, and keep the interpreter's final flush from complaining.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except KeyboardInterrupt:
        print("packdesk: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"packdesk: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
