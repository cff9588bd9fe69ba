"""A station scanning once a second while a pull stores 300 thirty-line orders (SQLite).

Issue 18, point 13: a pull held SQLite's write lock for a whole page of orders (notes read
inside), and a station's scans waited seconds or were refused "database is busy". The
station is a spawned process running the station services (badge, take the next order,
then a bin scan every 50-250 ms, each a write transaction); the pull runs ``pull_all`` from a
file drop of ``ORDERS`` orders of 30 lines (every third with a customer note) in this
process, the worst case: no network time between pages. The figure is the station's
slowest scan while the pull ran; the baseline is the median of the same scan with no pull.
"""

from __future__ import annotations

import random
import statistics
import time
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from bench.harness import Context, Result
from packdesk.persistence.db import open_database
from packdesk.services.demo import generate_catalog, generate_shop, seed_database
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.pull import pull_all

TARGET_MS = 100.0
LINES = 30
HEADER = ("order_id,placed_at,ship_name,ship_line1,ship_city,ship_postal_code,ship_country,"
          "customer_note,sku,name,quantity,attributes\n")
NOTES = ["Please send the navy one instead", "No plastic packaging please", "Gift: happy birthday Ola!"]


def write_drop(path: Path, orders: int) -> None:
    rng = random.Random(18)
    products = generate_catalog()
    rows = []
    for number in range(orders):
        note = NOTES[number // 3 % len(NOTES)] if number % 3 == 0 else ""
        for product in rng.sample(products, LINES):
            attributes = ";".join(f"{k}={v}" for k, v in product.attributes.items())
            rows.append(f"PS{number:05d},2026-11-26T08:00:00Z,Ola Nordmann,Storgata {number},Oslo,"
                        f"0155,NO,{note},{product.sku},{product.name},1,{attributes}\n")
    path.write_text(HEADER + "".join(rows), encoding="utf-8")


def _station(url: str, ready: Any, stop: Any, out: Any) -> None:
    """The station process: one bin scan a second until ``stop``; each scan's time in ms."""
    from bench.driver import NullPrinter
    from packdesk.services.station import StationService
    from packdesk.services.uow import DatabaseBusy

    engine = open_database(url, migrate=False)
    service = StationService(engine, "Bench P", printer=NullPrinter())
    service.handle_scan("BADGE:PAT03")
    service.take_next()
    step = service.resume().pick_step
    if step is None:
        raise RuntimeError("the station has nothing to pick")
    code = f"BIN:{step.bin_code}"

    refused = 0

    def scan_ms() -> float:
        nonlocal refused
        began = time.perf_counter()
        try:
            service.handle_scan(code)
        except DatabaseBusy:
            refused += 1  # "the database is busy": the packer must scan again
        return (time.perf_counter() - began) * 1000

    idle = []
    for _ in range(5):
        idle.append(scan_ms())
        time.sleep(0.2)
    ready.set()
    during: list[float] = []
    phases = random.Random(7)
    while not stop.is_set():
        during.append(scan_ms())
        # Scans at random moments, several a second: some land inside the pull's write
        # transactions, some in its gaps, so the slowest is the worst a packer meets.
        stop.wait(phases.uniform(0.05, 0.25))
    out.put((idle, during, refused))
    engine.dispose()


def run(ctx: Context) -> list[Result]:
    orders = 30 if ctx.smoke else 300
    url = f"sqlite:///{ctx.workdir / 'pull-scan.db'}"
    engine = open_database(url)
    try:
        seed_database(engine, generate_shop(20, seed=4))
        drop = ctx.workdir / "pull-scan.csv"
        write_drop(drop, orders)
        mp = get_context("spawn")
        ready, stop, out = mp.Event(), mp.Event(), mp.Queue()
        station = mp.Process(target=_station, args=(url, ready, stop, out), daemon=True)
        station.start()
        try:
            if not ready.wait(120):
                raise RuntimeError("the station process did not start")
            time.sleep(0.5)  # the first scan of the pull's time is not the one before it
            began = time.perf_counter()
            summary = pull_all(engine, [FileDropSource(drop)])
            seconds = time.perf_counter() - began
        finally:
            stop.set()
        idle, during, refused = out.get(timeout=60)
        station.join(30)
    finally:
        engine.dispose()
    if not summary.ok or summary.total.created != orders:
        raise RuntimeError(f"the pull did not store the {orders} orders: {summary.line()}")
    slowest = max(during)
    size = f"{orders} orders x {LINES} lines, SQLite"
    return [Result(
        f"station scan during a pull of {orders} {LINES}-line orders, slowest", size, slowest, "ms",
        TARGET_MS, baseline=statistics.median(idle), baseline_name="of a scan with no pull",
        note=(f"{len(during)} scans at random moments, median {statistics.median(during):.0f} ms, "
              f"p95 {statistics.quantiles(during, n=20, method='inclusive')[-1]:.0f} ms, "
              f"{refused} refused 'database is busy'; the pull took {seconds:.1f} s"),
    )]
