"""Eight station processes claiming and shipping orders from one PostgreSQL database.

Each station is a spawned process running the station services exactly as
``packdesk simulate`` does (:func:`packdesk.services.simulation.run_station`: badge, take
next, bin and unit scans, verify, print, ship). The run is bounded in time; what counts
is the orders shipped per second by all stations together, and that no order was
shipped twice (one shipment and one outbox message per shipped order, and no order in
two stations' tallies).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy import func, select

from bench.data import pg_empty
from bench.driver import NullPrinter
from bench.harness import Context, Result
from packdesk.persistence.db import open_database
from packdesk.persistence.tables import OutboxMessageRow, ShipmentRow
from packdesk.services.demo import generate_shop, seed_database
from packdesk.services.simulation import StationJob, ensure_simulated_packers, run_station
from packdesk.services.uow import UnitOfWork

TARGET_ORDERS_PER_SECOND = 200.0


def null_printer(_folder: Path, _station: str) -> NullPrinter:
    """Module level, so a spawned station process can build it."""
    return NullPrinter()


def duplicates(url: str) -> tuple[int, int, int]:
    """(shipments, orders shipped more than once, orders with other than one message)."""
    engine = open_database(url, migrate=False)
    try:
        with UnitOfWork(engine) as uow:
            session = uow.session
            shipments = int(session.scalar(select(func.count()).select_from(ShipmentRow)) or 0)
            twice = int(session.scalar(select(func.count()).select_from(
                select(ShipmentRow.order_id).group_by(ShipmentRow.order_id)
                .having(func.count() > 1).subquery())) or 0)
            messages = dict(session.execute(
                select(OutboxMessageRow.order_id, func.count()).group_by(OutboxMessageRow.order_id)
            ).all())
            shipped_ids = set(session.scalars(select(ShipmentRow.order_id)))
    finally:
        engine.dispose()
    bad_messages = sum(1 for order_id in shipped_ids if messages.get(order_id) != 1)
    return shipments, twice, bad_messages


def run(ctx: Context) -> list[Result]:
    if ctx.pg_url is None:
        raise RuntimeError("needs PostgreSQL (give --pg-url or install PostgreSQL)")
    url = pg_empty(ctx, "stations")
    engine = open_database(url)
    try:
        seed_database(engine, generate_shop(ctx.sizes.station_orders, seed=3))
        badges = ensure_simulated_packers(engine, ctx.sizes.stations)
    finally:
        engine.dispose()
    max_seconds = 60.0 if ctx.smoke else 150.0
    stations = ctx.sizes.stations
    folder = Path(tempfile.mkdtemp(prefix="stations.", dir=ctx.workdir))
    jobs = [
        StationJob(url=url, station=f"Bench {i + 1}", badge=badges[i],
                   error_rate=0.0, seed=100 + i, print_folder=folder,
                   printer_factory=null_printer, max_seconds=max_seconds)
        for i in range(stations)
    ]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=stations, mp_context=get_context("spawn")) as pool:
        tallies = [f.result(timeout=max_seconds + 120)
                   for f in [pool.submit(run_station, job) for job in jobs]]
    elapsed = time.perf_counter() - started
    # The processes' start (spawn, imports) is not shipping: count from each station's own
    # clock, the longest one.
    working = max(t.elapsed for t in tallies)
    problems = [p for t in tallies for p in t.problems if "stopped after" not in p]
    numbers = [n for t in tallies for n in t.shipped]
    in_two_tallies = sum(1 for count in Counter(numbers).values() if count > 1)
    shipments, twice, bad_messages = duplicates(url)
    for problem in problems[:5]:
        print(f"bench:   station problem: {problem}", file=sys.stderr)
    correct = not problems and not in_two_tallies and not twice and not bad_messages \
        and shipments == len(numbers)
    rate = len(numbers) / working if working else 0.0
    cpu_ms = 1000.0 * sum(t.cpu_seconds for t in tallies) / len(numbers) if numbers else 0.0
    pg_commit = ctx.baselines.get("pg_commit_ms")
    size = f"{stations} stations, {ctx.sizes.station_orders:,} orders"
    note = (f"{len(numbers)} shipped in {working:.0f} s ({elapsed:.0f} s with process start); "
            f"station CPU {cpu_ms:.0f} ms per shipped order (Python); "
            f"shipped twice: {twice + in_two_tallies}; "
            + ("each shipped once" if correct else f"PROBLEMS: {len(problems)} station errors, "
               f"{bad_messages} orders without exactly one outbox message"))
    return [
        Result("stations claiming and shipping, PostgreSQL", size, rate, "orders/s",
               TARGET_ORDERS_PER_SECOND, higher_is_better=True,
               baseline=1000.0 / pg_commit if pg_commit else None,
               baseline_name="of one connection's commits/s", note=note),
        Result("orders shipped twice", size, float(twice + in_two_tallies + bad_messages),
               "orders", 0.0, note="shipments, outbox messages and station tallies checked"),
        Result("stations stopped by an error", size, float(len(problems)), "stations", 0.0,
               note="; ".join(problems[:2]) or "none"),
    ]
