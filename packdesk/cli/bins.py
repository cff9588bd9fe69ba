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
    labels = actions.add_parser("labels", parents=[common], help="bin labels as PDF or ZPL")
    labels.add_argument("codes", nargs="*", metavar="BIN", help="bin codes (default: --all)")
    labels.add_argument("--all", action="store_true", help="every active bin, in walking order")
    target = labels.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE",
                        help="write FILE.pdf (A4 sheets) or FILE.zpl (4x2 in labels)")
    target.add_argument("--printer", metavar="URL",
                        help="send to tcp://host:9100, cups://QUEUE, folder:///path or system://")
    labels.set_defaults(handler=run_bins_labels)


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
    engine = open_engine(args, create=True)
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


def run_bins_labels(args: argparse.Namespace) -> int:
    from urllib.parse import urlparse

    from packdesk.cli.core import open_engine
    from packdesk.domain.errors import InvalidBinCode
    from packdesk.domain.model import BinCode
    from packdesk.hardware.documents import bin_labels_pdf, bin_labels_zpl
    from packdesk.hardware.printers import PrinterError, PrintJob, destination_from_url
    from packdesk.services.bins import list_bins
    from packdesk.services.uow import UnitOfWork

    if bool(args.codes) == bool(args.all):
        raise CliError("name the bins, or give --all for every active bin")
    if args.all:
        codes = [BinCode.parse(b.code) for b in list_bins(UnitOfWork(open_engine(args)),
                                                          include_retired=False)]
    else:
        try:
            codes = [BinCode.parse(code) for code in args.codes]
        except InvalidBinCode as exc:
            raise CliError(str(exc)) from exc
    if args.out is not None:
        as_pdf = args.out.suffix.lower() != ".zpl"
        args.out.write_bytes(bin_labels_pdf(codes) if as_pdf else bin_labels_zpl(codes))
        print(f"wrote {len(codes)} bin labels to {args.out}")
        return 0
    try:
        printer = destination_from_url(args.printer)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    as_pdf = urlparse(args.printer).scheme in ("folder", "system")
    document = bin_labels_pdf(codes) if as_pdf else bin_labels_zpl(codes)
    try:
        printer.send(PrintJob(document, "pdf" if as_pdf else "zpl", "Bin labels", args.printer))
    except PrinterError as exc:
        raise CliError(str(exc)) from exc
    print(f"sent {len(codes)} bin labels to {args.printer}")
    return 0
