"""``packdesk notes``: read a note the way intake does, and list orders whose notes conflict."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from packdesk.cli import CliError
from packdesk.cli.core import open_engine, print_table


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    notes = subparsers.add_parser(
        "notes", help="order notes: what they ask for, and which orders they conflict with"
    )
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)

    parse = actions.add_parser(
        "parse", parents=[common], help="print what one note asks for, as one JSON object",
        description="Read TEXT as a customer note and print "
        '{"color", "size", "gift", "gift_message", "attention", "requests"}. '
        "Word lists: packdesk/resources/notes (extension folders in PACKDESK_NOTES_DIRS).",
    )
    parse.add_argument("text", metavar="TEXT", help="the note; '-' reads it from standard input")
    parse.add_argument("--catalog-from", metavar="DB_URL",
                       help="use this database's colour and size option values as the vocabulary")
    parse.set_defaults(handler=run_parse)

    check = actions.add_parser(
        "check", parents=[common], help="list every open order whose notes conflict with its lines",
    )
    check.add_argument("--all", action="store_true", help="include shipped and cancelled orders")
    check.add_argument("--format", choices=["table", "json"], default="table")
    check.set_defaults(handler=run_check)


def run_parse(args: argparse.Namespace) -> int:
    from packdesk.domain.notes import NotesReader

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise CliError("the note is empty: give its text, or '-' to read it from standard input")
    try:
        if args.catalog_from:
            from sqlalchemy.engine import make_url
            from sqlalchemy.exc import ArgumentError, DBAPIError

            from packdesk.persistence.db import open_database
            from packdesk.services.notes import catalogue_vocabulary
            from packdesk.services.uow import UnitOfWork

            try:
                url = make_url(args.catalog_from)
            except ArgumentError:
                raise CliError(f"--catalog-from {args.catalog_from!r} is not a database URL") from None
            if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
                from pathlib import Path

                if not Path(url.database).is_file():
                    raise CliError(f"--catalog-from: there is no database file {url.database}")
            engine = open_database(args.catalog_from, migrate=False)
            try:
                lexicon, vocabulary = catalogue_vocabulary(UnitOfWork(engine))
            except DBAPIError as exc:
                raise CliError(f"{args.catalog_from} holds no packdesk catalogue "
                               f"({str(exc.orig).splitlines()[0]})") from exc
            finally:
                engine.dispose()
            reader = NotesReader(lexicon, vocabulary)
        else:
            from packdesk.services.notes import lexicon_for

            reader = NotesReader(lexicon_for(None))
    except (ValueError, OSError) as exc:  # a broken word-list file names itself
        raise CliError(f"cannot load the notes word lists: {exc}") from exc
    reading = reader.read_text(text)
    print(json.dumps(reading.to_json_dict(), ensure_ascii=False))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from packdesk.services.notes import check_conflicts
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    conflicts = check_conflicts(UnitOfWork(engine), open_only=not args.all)
    if args.format == "json":
        print(json.dumps([c.to_json() for c in conflicts], ensure_ascii=False))
        return 0
    print_table(
        ["order", "status", "line", "ordered", "requested", "note says", "decision"],
        [
            (c.number, c.status, f"{c.line_position + 1} {c.line_name or c.line_sku}",
             f"{c.attribute} {c.ordered}", c.requested, f"“{c.text}” ({c.source})",
             c.decision or "-")
            for c in conflicts
        ],
    )
    orders = len({c.order_id for c in conflicts})
    print(f"{orders} order(s) with a note conflict")
    return 0
