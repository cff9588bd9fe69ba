"""``packdesk quality``: the admin's quality checklists from the command line (issue 24).

    packdesk quality add (--sku SKU | --tag TAG) TEXT
    packdesk quality list [--format csv]      # sku,tag,check: the file `import` reads
    packdesk quality import FILE.csv
    packdesk quality remove ID
    packdesk quality tag SKU [TAG ...]        # replaces the product's tags
    packdesk quality sheet --out FILE.pdf [--language ru]   # command barcodes to scan
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from packdesk.cli import CliError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    quality = subparsers.add_parser("quality", parents=[common],
                                    help="quality checklists per product or tag")
    actions = quality.add_subparsers(dest="quality_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="add a check")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--sku", help="for the product with this SKU")
    target.add_argument("--tag", help="for every product with this tag")
    add.add_argument("text", metavar="TEXT", help='the check, e.g. "seal intact"')
    add.set_defaults(handler=run_quality_add)
    listing = actions.add_parser("list", parents=[common], help="the checks")
    listing.add_argument("--format", choices=["table", "csv"], default="table")
    listing.set_defaults(handler=run_quality_list)
    load = actions.add_parser("import", parents=[common], help="add the checks of a CSV file")
    load.add_argument("file", type=Path, metavar="FILE")
    load.set_defaults(handler=run_quality_import)
    remove = actions.add_parser("remove", parents=[common], help="remove a check by its id")
    remove.add_argument("check_id", type=int, metavar="ID")
    remove.set_defaults(handler=run_quality_remove)
    tag = actions.add_parser("tag", parents=[common], help="set a product's tags")
    tag.add_argument("sku", metavar="SKU")
    tag.add_argument("tags", nargs="*", metavar="TAG")
    tag.set_defaults(handler=run_quality_tag)
    sheet = actions.add_parser("sheet", parents=[common],
                               help="a PDF of command barcodes: all checks pass, check N "
                                    "failed, undo")
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    sheet.add_argument("--language", default=None, help="en, fr, pt_BR, ru, nb or lv")
    sheet.set_defaults(handler=run_quality_sheet)


def _services(args: argparse.Namespace) -> Any:
    from packdesk.cli.core import open_engine
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args, create=True)
    return lambda: UnitOfWork(engine)


def _actor() -> Any:
    from packdesk.cli.bins import command_line_actor

    return command_line_actor()


def _refused(error: Exception) -> CliError:
    return CliError(str(error))


def run_quality_add(args: argparse.Namespace) -> int:
    from packdesk.domain.errors import DomainError
    from packdesk.services.quality import add_check

    uow = _services(args)
    try:
        check = add_check(uow(), _actor(), args.text, sku=args.sku, tag=args.tag)
    except DomainError as error:
        raise _refused(error) from None
    print(f"check {check.id} added: {check.text} ({check.sku or 'tag ' + str(check.tag)})")
    return 0


def run_quality_list(args: argparse.Namespace) -> int:
    from packdesk.services.quality import checks_csv, list_checks

    uow = _services(args)
    if args.format == "csv":
        sys.stdout.write(checks_csv(uow()))
        return 0
    for check in list_checks(uow()):
        target = check.sku if check.sku else f"tag {check.tag}"
        print(f"{check.id:>5}  {target:<24}  {check.text}")
    return 0


def run_quality_import(args: argparse.Namespace) -> int:
    from packdesk.domain.errors import DomainError
    from packdesk.services.quality import import_checks_csv

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"{args.file} cannot be read as UTF-8 text: {error}") from None
    uow = _services(args)
    try:
        added = import_checks_csv(uow(), _actor(), text)
    except DomainError as error:
        raise CliError(f"{args.file}: {error}") from None
    print(f"{added} check(s) added")
    return 0


def run_quality_remove(args: argparse.Namespace) -> int:
    from packdesk.services.quality import remove_check

    remove_check(_services(args)(), _actor(), args.check_id)
    print(f"check {args.check_id} removed")
    return 0


def run_quality_tag(args: argparse.Namespace) -> int:
    from packdesk.domain.errors import DomainError
    from packdesk.services.quality import set_product_tags

    try:
        tags = set_product_tags(_services(args)(), _actor(), args.sku, list(args.tags))
    except DomainError as error:
        raise _refused(error) from None
    print(f"{args.sku}: {', '.join(tags) or 'no tags'}")
    return 0


def run_quality_sheet(args: argparse.Namespace) -> int:
    from packdesk.hardware import documents

    with documents.language(args.language or "en"):
        data = documents.command_sheet_pdf(documents.bench_commands())
    try:
        args.out.write_bytes(data)
    except OSError as error:
        raise CliError(f"cannot write {args.out}: {error.strerror or error}") from None
    print(f"wrote {args.out}")
    return 0
