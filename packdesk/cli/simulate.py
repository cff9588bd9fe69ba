"""``packdesk simulate``: a headless shift of K stations through the station services."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from packdesk import config
from packdesk.cli import CliError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    sim = subparsers.add_parser(
        "simulate", parents=[common],
        help="run K headless stations through a shift of orders and check each shipped once",
    )
    sim.add_argument("--orders", type=int, default=60, metavar="N",
                     help="orders to seed when the database has none (default 60)")
    sim.add_argument("--stations", type=int, default=3, metavar="K",
                     help="station processes (default 3)")
    sim.add_argument("--error-rate", type=float, default=0.0, metavar="R",
                     help="share of unit scans preceded by a wrong item or wrong size (0..1)")
    sim.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    sim.add_argument("--print-folder", type=Path, metavar="DIR",
                     help="where the stations' printers write (default: a new temporary folder)")
    sim.add_argument("--max-seconds", type=float, default=900.0, metavar="S",
                     help="stop a station after this long (default 900)")
    sim.add_argument("--until", choices=("shipped", "packed"), default="shipped",
                     help="how far each order goes: shipped (default), or packed (documents "
                     "printed, not shipped; for tests of the shipping paths)")
    sim.add_argument("--force", action="store_true",
                     help="work a database packdesk did not seed (its open orders get shipped and "
                     "`packdesk sync` would tell the store)")
    sim.set_defaults(handler=run_simulate)


def folder_station_printer(folder: Path, station: str) -> Any:
    """The station's real printer (slip PDF, label ZPL) writing into ``folder``/station."""
    from packdesk.hardware.station_printer import PrinterSettings, StationPrinter
    from packdesk.services.demo import SHIP_FROM

    target = folder / station.replace(" ", "-").lower()
    target.mkdir(parents=True, exist_ok=True)
    settings = PrinterSettings(slip_url=f"folder://{target}", label_url=f"folder://{target}",
                               label_format="zpl")
    return StationPrinter.from_settings(settings, ship_from=SHIP_FROM)


def _simulation_url(args: argparse.Namespace) -> str:
    """``--db`` or PACKDESK_DB; without either a new database of its own, never the user's."""
    named = getattr(args, "db", None) or os.environ.get(config.DB_ENV)
    if named:
        return str(named)
    path = Path(tempfile.mkdtemp(prefix="packdesk-simulate-")) / "simulate.db"
    print(f"no --db given: simulating on a new database at {path}")
    return f"sqlite:///{path}"


def _check_may_work(engine: Any, force: bool) -> None:
    """Refuse a database of real orders unless ``--force``; warn what ``--force`` does."""
    from packdesk.persistence.db import safe_url
    from packdesk.services.demo import holds_only_made_up_orders
    from packdesk.services.uow import UnitOfWork

    if holds_only_made_up_orders(UnitOfWork(engine)):
        return
    if not force:
        raise CliError(f"{safe_url(engine)} holds orders packdesk did not make up: the simulator "
                       "would ship them and queue shipped messages for their store; simulate "
                       "without --db (a new database), or add --force if that is really meant")
    print("WARNING: --force on a database of real orders: every open order will be marked "
          "shipped and `packdesk sync` will tell its store (and so the customer)", flush=True)


def run_simulate(args: argparse.Namespace) -> int:
    from packdesk.persistence.db import open_database, safe_url
    from packdesk.services.demo import generate_shop, seed_database
    from packdesk.services.orders import count_by_status
    from packdesk.services.simulation import simulate, unworkable_orders
    from packdesk.services.uow import UnitOfWork

    if args.stations < 1:
        raise CliError("--stations must be 1 or more")
    if args.orders < 1:
        raise CliError("--orders must be 1 or more")
    if not 0.0 <= args.error_rate <= 1.0:
        raise CliError("--error-rate must be between 0 and 1")
    url = _simulation_url(args)
    engine = open_database(url)
    try:
        counts = count_by_status(UnitOfWork(engine))
        if not sum(counts.values()):
            seeded = seed_database(engine, generate_shop(args.orders, seed=args.seed))
            print(f"seeded {seeded['orders']} orders into {safe_url(engine)}")
        else:
            _check_may_work(engine, args.force)
            open_orders = sum(counts[s] for s in ("new", "picking", "packing", "packed"))
            if not open_orders:
                raise CliError(f"{safe_url(engine)} has no open orders to work on; "
                               "simulate on an empty database to seed one")
            print(f"{safe_url(engine)} already holds orders: working its {open_orders} "
                  "open ones (--orders only applies to an empty database)")
        unworkable = unworkable_orders(engine)
        if unworkable:
            shown = ", ".join(unworkable[:10]) + (" ..." if len(unworkable) > 10 else "")
            raise CliError(f"{len(unworkable)} order(s) cannot be worked: a product they need is in "
                           f"no bin ({shown}); import the bins with `packdesk bins import`")
    finally:
        engine.dispose()
    folder = args.print_folder or Path(tempfile.mkdtemp(prefix="packdesk-simulate-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{args.stations} stations, error rate {args.error_rate:g}; documents go to {folder}",
          flush=True)
    from packdesk.sync.stores import payment_gateways

    report = simulate(
        url, stations=args.stations, error_rate=args.error_rate, seed=args.seed,
        print_folder=folder, printer_factory=folder_station_printer,
        max_seconds=args.max_seconds, until=args.until, gateways=payment_gateways,
    )
    per_station = ", ".join(f"{name} {count}" for name, count in report.per_station.items())
    refused = sum(report.refusals.values())
    by_outcome = ", ".join(f"{name} {count}" for name, count in report.refusals.items()) or "none"
    print(f"orders {report.until}: {report.done} of {report.orders} ({per_station})")
    if report.by_others:
        print(f"{report.by_others} other(s) {report.until} by another process on this database")
    print(f"scans: {report.scans}")
    print(f"refused scans: {refused} ({by_outcome}); wrong scans injected: {report.injected}")
    for held in report.held:
        print(f"held for its payment: {held}")
    print(f"elapsed: {report.elapsed:.1f} s"
          + (f", {report.done / report.elapsed * 3600:.0f} orders/hour" if report.elapsed else ""))
    if not report.ok:
        for problem in report.problems[:20]:
            print(f"problem: {problem}")
        raise CliError(f"the simulation found {len(report.problems)} problem(s): "
                       f"not every order {report.until} exactly once")
    if report.until == "packed":
        print("every order packed exactly once, slip and label printed, none shipped "
              "(no shipments, nothing in the outbox)")
        return 0
    if report.held:
        print(f"every other order shipped exactly once (shipments and outbox messages match); "
              f"{len(report.held)} held at the bench for a lead")
        return 0
    print("every order shipped exactly once (shipments and outbox messages match)")
    return 0
