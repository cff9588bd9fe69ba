"""Core subcommands: the station, the demo, seeding, migrations and the order list."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from packdesk import config
from packdesk.cli import CliError
from packdesk.domain.model import OrderStatus


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser(
        "demo", parents=[common], help="start the station on a fresh demo database"
    )
    demo.add_argument("--orders", type=int, default=50, help="orders in the demo day (default 50)")
    demo.add_argument("--keep", action="store_true", help="reuse the demo database if it exists")
    demo.add_argument("--no-window", action="store_true", help=argparse.SUPPRESS)
    demo.set_defaults(handler=run_demo)

    seed = subparsers.add_parser("seed", parents=[common], help="fill a database with demo data")
    seed.add_argument("--orders", type=int, required=True, metavar="N")
    seed.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    seed.set_defaults(handler=run_seed)

    db = subparsers.add_parser("db", parents=[common], help="database migrations and facts")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", parents=[common], help="apply pending migrations")
    up.set_defaults(handler=run_db_upgrade)
    info = db_sub.add_parser("info", parents=[common], help="where the database is and what it holds")
    info.set_defaults(handler=run_db_info)

    orders = subparsers.add_parser("orders", parents=[common], help="the order queue")
    orders_sub = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    listing = orders_sub.add_parser("list", parents=[common], help="list orders in queue order")
    listing.add_argument("--status", choices=[s.value for s in OrderStatus])
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.add_argument("--limit", type=int)
    listing.set_defaults(handler=run_orders_list)
    show = orders_sub.add_parser("show", parents=[common], help="one order with its lines")
    show.add_argument("number", metavar="ORDER_NUMBER", help='e.g. "#10001" or 10001')
    show.add_argument("--format", choices=["table", "json"], default="table")
    show.set_defaults(handler=run_orders_show)


def open_engine(args: argparse.Namespace, *, migrate: bool = True, create: bool = False) -> Engine:
    """The database named by ``--db`` / ``PACKDESK_DB`` / the default, migrated to head."""
    from packdesk.persistence.db import open_database

    return open_database(config.resolve_db_url(getattr(args, "db", None)), migrate=migrate,
                         create=create)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: Any = None) -> None:
    out = out or sys.stdout
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=out)


def run_seed(args: argparse.Namespace) -> int:
    from packdesk.persistence.db import safe_url
    from packdesk.services.demo import generate_shop, seed_database

    if args.orders < 0:
        raise CliError("--orders must be 0 or more")
    engine = open_engine(args, create=True)
    from packdesk.services.orders import count_by_status
    from packdesk.services.uow import UnitOfWork

    if sum(count_by_status(UnitOfWork(engine)).values()):
        raise CliError(f"{safe_url(engine)} already holds orders; seed an empty database")
    shop = generate_shop(args.orders, seed=args.seed)
    counts = seed_database(engine, shop)
    print(
        f"seeded {counts['orders']} orders, {counts['products']} products, "
        f"{counts['bins']} bins into {safe_url(engine)}"
    )
    return 0


def run_db_upgrade(args: argparse.Namespace) -> int:
    from packdesk.persistence.db import current_revision, safe_url

    engine = open_engine(args, create=True)
    print(f"{safe_url(engine)} is at revision {current_revision(engine)} (head)")
    return 0


def run_db_info(args: argparse.Namespace) -> int:
    from packdesk.persistence.db import current_revision, head_revision, safe_url, table_names
    from packdesk.services.orders import count_by_status
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args, migrate=False)
    current = current_revision(engine)
    head = head_revision(engine)
    print(f"database: {safe_url(engine)} ({engine.dialect.name})")
    print(f"revision: {current or 'none'} (head {head}){'' if current == head else ' — run: packdesk db upgrade'}")
    if current == head:
        counts = count_by_status(UnitOfWork(engine))
        print("orders:   " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    else:
        print(f"tables:   {len(table_names(engine))}")
    return 0


def run_orders_list(args: argparse.Namespace) -> int:
    from packdesk.services.orders import list_orders
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    status = OrderStatus(args.status) if args.status else None
    orders = list_orders(UnitOfWork(engine), status=status, limit=args.limit)
    if args.format == "json":
        json.dump([o.to_json() for o in orders], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print_table(
        ["number", "status", "ship by", "method", "ship to", "country", "lines", "units", "gift"],
        [
            [o.number, o.status, o.ship_by, o.shipping_method, o.ship_to_name, o.country,
             o.lines, o.units, "yes" if o.gift else ""]
            for o in orders
        ],
    )
    print(f"{len(orders)} orders")
    return 0


def run_orders_show(args: argparse.Namespace) -> int:
    from packdesk.services.orders import OrderNotFound, order_detail
    from packdesk.services.uow import UnitOfWork
    from packdesk.sync.images import ImageCache

    engine = open_engine(args)
    try:
        detail = order_detail(UnitOfWork(engine), args.number)
    except OrderNotFound as exc:
        raise CliError(str(exc)) from None
    images = ImageCache()
    paths = [images.path_for(line.image_url) for line in detail.lines]
    if args.format == "json":
        body = detail.summary.to_json()
        body["lines"] = [
            {**line.to_json(), "image": str(path) if path else None}
            for line, path in zip(detail.lines, paths, strict=True)
        ]
        json.dump(body, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    o = detail.summary
    print(f"{o.number}  {o.status}  {o.shipping_method}  ship by {o.ship_by or '-'}  "
          f"{o.ship_to_name}, {o.country}")
    print_table(
        ["sku", "name", "qty", "bin", "picked", "verified", "image"],
        [[line.sku, line.name, line.quantity, line.bin or "", line.picked, line.verified,
          path or ("not cached" if line.image_url else "")]
         for line, path in zip(detail.lines, paths, strict=True)],
    )
    return 0


def demo_paths() -> tuple[Path, Path]:
    folder = config.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    prints = folder / "printed"
    prints.mkdir(exist_ok=True)
    return folder / "demo.db", prints


def run_demo(args: argparse.Namespace) -> int:
    from packdesk.persistence.db import open_database
    from packdesk.services.demo import (
        DEMO_HISTORY_DAYS,
        generate_shop,
        seed_database,
        write_demo_history,
    )

    if getattr(args, "db", None):
        url = args.db
        engine = open_database(url)
    else:
        db_file, _ = demo_paths()
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{db_file}"
        engine = open_database(url)
    from packdesk.services.orders import count_by_status
    from packdesk.services.uow import UnitOfWork

    if not sum(count_by_status(UnitOfWork(engine)).values()):
        seed_database(engine, generate_shop(args.orders))
        # A lead trying the dashboard sees what a shop with a few weeks behind it would.
        write_demo_history(engine, days=DEMO_HISTORY_DAYS)
    _, prints = demo_paths()
    print(f"demo database: {url}")
    print(f"printed documents go to: {prints}")
    print("sign in by typing a badge code and Enter, e.g. BADGE:PAT03 (packer), "
          "BADGE:LENA02 (lead), BADGE:ADA01 (admin)")
    if args.no_window:
        return 0
    from packdesk.app import run_app

    return run_app(url, station=args.station or "Bench 1", demo=True, print_folder=prints)


def run_station(args: argparse.Namespace) -> int:
    from packdesk.app import run_app

    url = config.resolve_db_url(getattr(args, "db", None))
    from packdesk.services.stations import default_station_name

    station = args.station or default_station_name(config.config_dir())
    return run_app(url, station=station, demo=False, print_folder=None)
