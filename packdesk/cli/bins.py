"""``packdesk bins``: import and export the bin layout and stock as CSV.

The command line acts as an admin: whoever can run it can open the database anyway.
Other modules may add actions to the group through ``BINS_ACTIONS`` (see ``register``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from packdesk.cli import CliError

BINS_ACTIONS: dict[str, Any] = {}  # the "bins" sub-parsers, for modules that add actions


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    bins = subparsers.add_parser("bins", parents=[common], help="bin layout and stock as CSV")
    actions = bins.add_subparsers(dest="bins_command", metavar="ACTION", required=True)
    BINS_ACTIONS["subparsers"] = actions
    importing = actions.add_parser(
        "import", parents=[common], help="create/update bins and stock from CSV bin,sku,quantity[,active]"
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    importing.add_argument(
        "--mode", choices=["all", "valid"], default="all",
        help="all: any bad row stops the whole import (default); valid: import the good rows",
    )
    importing.set_defaults(handler=run_bins_import)
    exporting = actions.add_parser("export", parents=[common], help="write every bin and its stock")
    exporting.add_argument("file", type=Path, metavar="FILE.csv", help="'-' for standard output")
    exporting.set_defaults(handler=run_bins_export)


def command_line_actor() -> Any:
    from packdesk.domain.model import Role
    from packdesk.services.auth import Actor

    return Actor(0, f"command line ({getpass.getuser()})", Role.ADMIN)


def run_bins_import(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine
    from packdesk.services.bins import ImportMode, import_bins_csv
    from packdesk.services.uow import UnitOfWork

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{args.file} is not UTF-8 text; save it as CSV UTF-8") from exc
    engine = open_engine(args)
    result = import_bins_csv(UnitOfWork(engine, immediate=True), command_line_actor(), text,
                             ImportMode(args.mode))
    for error in result.errors:
        print(f"{args.file}:{error.line}: {error.message}", file=sys.stderr)
    print(result.summary(), file=sys.stderr if result.errors else sys.stdout)
    return 1 if result.errors else 0


def run_bins_export(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine
    from packdesk.services.bins import export_bins_csv
    from packdesk.services.uow import UnitOfWork

    text = export_bins_csv(UnitOfWork(open_engine(args)))
    if str(args.file) == "-":
        sys.stdout.write(text)
    else:
        args.file.write_text(text, encoding="utf-8")
        print(f"wrote {text.count(chr(10)) - 1} rows to {args.file}")
    return 0
