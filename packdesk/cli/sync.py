"""``packdesk pull`` (orders in from a store or file) and ``packdesk sync`` (shipments out)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime, timedelta
from typing import Any, TextIO

from packdesk.cli import CliError
from packdesk.cli.core import open_engine

EXIT_FAILED = 1  # a store refused a message for good: an admin must look
EXIT_PENDING = 2  # a store could not be reached; the messages wait for the next run


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    pull = subparsers.add_parser(
        "pull", parents=[common], help="pull orders from a store or a file drop",
        description="Pull orders to pack. Credentials come from the OS keyring or "
        "PACKDESK_WC_KEY / PACKDESK_WC_SECRET / PACKDESK_SHOPIFY_TOKEN.",
    )
    pull.add_argument("--source", required=True, choices=["woocommerce", "shopify", "file"])
    where = pull.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="the store's address (https://; http:// only for localhost)")
    where.add_argument("--path", help="a CSV/JSON file or a folder of them (--source file)")
    pull.add_argument("--since", metavar="DATE", help="only orders created since (ISO date or date-time)")
    pull.add_argument("--gift-meta-key", help="WooCommerce order meta key of the gift message")
    pull.add_argument("--barcode-meta-key", help="WooCommerce product meta key of the barcode")
    pull.add_argument("--watch", action="store_true",
                      help="keep watching the folder (file drops: read files move to done/)")
    pull.add_argument("--interval", type=float, default=30.0, help="seconds between watches")
    pull.add_argument("--outbox", metavar="FOLDER",
                      help="file drops: write each shipment's shipped status to FOLDER "
                           "(docs/file-drop-format.md); remembered for the outbox worker")
    pull.add_argument("--outbox-format", choices=["json", "csv"], default="json")
    pull.add_argument("--settle", type=float, default=2.0, metavar="SECONDS",
                      help="file drops: a file is read once unchanged this long (default 2)")
    pull.add_argument("--no-images", action="store_true",
                      help="do not fetch the product photos of the orders pulled")
    pull.add_argument("--format", choices=["text", "json"], default="text")
    pull.set_defaults(handler=run_pull)

    sync = subparsers.add_parser(
        "sync", parents=[common], help="tell the stores what shipped and what was refunded (send the outbox)",
        description="Send every due outbox message. Exit code 0: nothing failed; 1: a store "
        "refused a message (see the list); 2: a store could not be reached, retry later.",
    )
    sync.add_argument("--reclaim-after", type=float, default=600.0, metavar="SECONDS",
                      help="take over messages left in flight this long by a worker that "
                      "died (default 600)")
    sync.add_argument("--retry-failed", action="store_true",
                      help="first put the messages the stores refused back in the queue")
    sync.add_argument("--format", choices=["text", "json"], default="text")
    sync.set_defaults(handler=run_sync)

    quarantine = subparsers.add_parser(
        "quarantine", parents=[common], help="order payloads a pull could not understand"
    )
    quarantine.add_argument("--resolve", type=int, metavar="ID", action="append", default=[],
                            help="mark a payload as dealt with and drop its personal data "
                            "(repeatable)")
    quarantine.add_argument("--raw", action="store_true", help="show each payload as received")
    quarantine.set_defaults(handler=run_quarantine)


def parse_since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"--since {text!r} is not a date (expected e.g. 2026-11-01)") from None


def _source(args: argparse.Namespace) -> Any:
    from packdesk.sync.filedrop import FileDropSource
    from packdesk.sync.stores import shopify_store, woocommerce_store

    if args.source == "file":
        if not args.path:
            raise CliError("--source file needs --path FILE_OR_FOLDER")
        if args.outbox and not os.path.isdir(args.outbox):
            raise CliError(f"--outbox {args.outbox}: no such folder")
        return FileDropSource(args.path, watch=args.watch, settle=max(0.0, args.settle),
                              outbox=args.outbox, outbox_format=args.outbox_format)
    if not args.url:
        raise CliError(f"--source {args.source} needs --url")
    if args.source == "woocommerce":
        options = {}
        if args.gift_meta_key:
            options["gift_meta_key"] = args.gift_meta_key
        if args.barcode_meta_key:
            options["barcode_meta_key"] = args.barcode_meta_key
        return woocommerce_store(args.url, **options)
    return shopify_store(args.url)


class PullProgress:
    """Pages and orders a pull has stored so far, on stderr (stdout keeps the summary):
    on a terminal one line rewritten in place with a bar that grows a mark a page, piped
    one plain line a page."""

    BAR = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.shown = False

    def __call__(self, source: str, pages: int, orders: int) -> None:
        text = f"{source}: page {pages}, {orders} order(s) so far"
        if self.tty:
            filled = pages % (self.BAR + 1)
            bar = "#" * filled + "-" * (self.BAR - filled)
            self.stream.write(f"\r[{bar}] {text}\x1b[K")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.tty and self.shown:
            self.stream.write("\n")
            self.stream.flush()
        self.shown = False


def run_pull(args: argparse.Namespace) -> int:
    from packdesk.sync.http import SyncError
    from packdesk.sync.pull import pull_all

    since = parse_since(args.since)
    try:
        source = _source(args)
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    engine = open_engine(args, create=True)
    images = None
    if not args.no_images:
        from packdesk.sync.images import ImageCache

        images = ImageCache()
    progress = PullProgress(sys.stderr)
    while True:
        summary = pull_all(engine, [source], since=since, on_progress=progress, images=images)
        progress.done()
        if args.format == "json":
            print(json.dumps(summary.to_json(), ensure_ascii=False))
        else:
            print(summary.line())
        sys.stdout.flush()
        if not args.watch:
            return 0 if summary.ok else 1
        time.sleep(max(1.0, args.interval))


def run_sync(args: argparse.Namespace) -> int:
    from packdesk.sync.carriers import refund_voided_labels
    from packdesk.sync.outbox_worker import OutboxWorker, failed_messages
    from packdesk.sync.stores import configured_pushers

    engine = open_engine(args)
    if args.retry_failed:
        from packdesk.sync.outbox_worker import retry_failed

        print(f"{retry_failed(engine)} refused message(s) back in the queue")
    pushers, problems = configured_pushers(engine)
    worker = OutboxWorker(engine, pushers, reclaim_after=timedelta(seconds=args.reclaim_after))
    summary = worker.run_once()
    refund_voided_labels(engine)  # labels of orders reopened or cancelled before hand-over
    refused = failed_messages(engine)
    if args.format == "json":
        print(json.dumps({**summary.to_json(), "problems": problems,
                          "refused": [vars(m) for m in refused]}, ensure_ascii=False, default=str))
    else:
        print(summary.line())
        for problem in problems:
            print(f"  cannot reach {problem}")
        for error in summary.errors:
            print(f"  {error}")
        for message in refused:
            print(f"  failed: order {message.number} at {message.destination}: {message.last_error}")
    if summary.failed:
        return EXIT_FAILED
    if summary.retrying or problems:
        return EXIT_PENDING
    return 0


def run_quarantine(args: argparse.Namespace) -> int:
    from packdesk.services.quarantine import open_quarantine, redact_quarantine, resolve_and_redact
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    redact_quarantine(UnitOfWork(engine))  # payloads resolved or older than the setting's days
    if args.resolve:
        done = resolve_and_redact(UnitOfWork(engine), args.resolve)
        missing = sorted(set(args.resolve) - set(done))
        print(f"resolved {len(done)}")
        if missing:
            raise CliError(f"no open quarantined payload with id {', '.join(map(str, missing))}")
        return 0
    rows = open_quarantine(UnitOfWork(engine))
    for row in rows:
        print(f"{row.id}  {row.received_at:%Y-%m-%d %H:%M}  {row.source}  "
              f"{row.external_id or '-'}  {row.reason}")
        if args.raw:
            print(f"    {row.raw}")
    print(f"{len(rows)} quarantined")
    return 0
