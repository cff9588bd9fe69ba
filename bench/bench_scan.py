"""Scan -> verdict committed: the scan event stored and the order line updated.

One station works through orders of the warehouse (100k open orders, 1M scan events of
history) with a few wrong items scanned on purpose; every ``handle_scan`` is timed from
the call to the committed verdict. SQLite on a local file, PostgreSQL on 127.0.0.1.
"""

from __future__ import annotations

from bench.data import pg_warehouse, sqlite_warehouse
from bench.driver import ShiftLog, barcodes_by_sku, station_service, work_shift
from bench.harness import Context, Result, percentile
from packdesk.persistence.db import open_database

# Issue 17's targets: p50 / p99 in ms; SQL statements per unit scan / per bin scan.
TARGETS = {"sqlite": (1.0, 5.0), "postgresql": (3.0, 10.0)}
STATEMENT_TARGETS = (6, 5)


def orders_to_scan(ctx: Context) -> int:
    return 6 if ctx.smoke else 150


def measure(url: str, orders: int, warm_up: int) -> ShiftLog:
    engine = open_database(url)
    try:
        service = station_service(engine)
        barcodes = barcodes_by_sku(engine)
        work_shift(service, barcodes, warm_up, seed=99)  # the connection pool and caches
        return work_shift(service, barcodes, orders, seed=1)
    finally:
        engine.dispose()


def _statements(label: str, kind: str, counts: list[int], size: str, target: int) -> Result:
    counts = counts or [0]
    return Result(f"SQL statements per {kind} scan, {label}, p50", size,
                  float(percentile([float(c) for c in counts], 50)), "statements", target,
                  note=f"max {max(counts)} over {len(counts)} scans; an order's first scan "
                       "reads its products and bins")


def run(ctx: Context) -> list[Result]:
    size = f"{ctx.sizes.orders:,} orders, {ctx.sizes.scan_events:,} scan events"
    results: list[Result] = []
    databases = [("sqlite", "SQLite", sqlite_warehouse(ctx, "scan"))]
    if ctx.pg_url:
        databases.append(("postgresql", "PostgreSQL", pg_warehouse(ctx, "scan")))
    for dialect, label, url in databases:
        shift = measure(url, orders_to_scan(ctx), 1 if ctx.smoke else 3)
        samples = shift.scan_ms
        p50_target, p99_target = TARGETS[dialect]
        note = f"{len(samples)} scans"
        key = "sqlite_commit_ms" if dialect == "sqlite" else "pg_commit_ms"
        baseline, name = ctx.baselines.get(key), f"{label} commit"
        results += [
            Result(f"scan -> verdict committed, {label}, p50", size, percentile(samples, 50),
                   "ms", p50_target, baseline=baseline, baseline_name=name, note=note),
            Result(f"scan -> verdict committed, {label}, p99", size, percentile(samples, 99),
                   "ms", p99_target, baseline=baseline, baseline_name=name, note=note),
            _statements(label, "unit", shift.unit_statements, size, STATEMENT_TARGETS[0]),
            _statements(label, "bin", shift.bin_statements, size, STATEMENT_TARGETS[1]),
        ]
    return results
