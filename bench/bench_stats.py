"""The shift lead's dashboard for 90 days over a million scan events, SQLite and PostgreSQL.

Times ``dashboard_data`` (what the dashboard's refresh runs off the GUI thread: the
figures by packer, the total, the orders on hold, the hourly and per-packer chart series
and the target rate) for the whole history period, whose days have all closed: they are
read from their daily roll-ups (services/rollups.py), which the first, untimed read
writes (its time is in the note, with the fully live reading's for comparison). The
baseline is a plain ``SELECT count(*)`` over the period's scan events on the same
database: the least any figure over those rows must cost.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

from sqlalchemy import func, select

from bench.data import history_first_day, pg_warehouse, sqlite_warehouse
from bench.harness import Context, Result
from packdesk.domain.model import Role
from packdesk.persistence.db import open_database
from packdesk.persistence.tables import ScanEventRow
from packdesk.services.auth import Actor
from packdesk.services.rollups import roll_up_closed_days
from packdesk.services.stats import Grouping, Period, dashboard_data
from packdesk.services.uow import UnitOfWork

TARGET_MS = 50.0
REPEAT = 5
LEAD = Actor(user_id=2, name="Lena Lead", role=Role.LEAD)


def _median_ms(fn, warm: bool = True) -> float:  # type: ignore[no-untyped-def]
    if warm:
        fn()  # warm: connection, statement cache, the database's page cache
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(url: str, first: date, last: date) -> tuple[float, float, int, float, float]:
    engine = open_database(url)
    try:
        period = Period.for_dates(first, last)
        uow = UnitOfWork(engine)

        def dashboard(rollups: bool = True) -> None:
            data = dashboard_data(uow, LEAD, period, Grouping.PACKER, rollups=rollups)
            assert data.report.total.orders > 0, "the history must show in the figures"

        def count_scans() -> int:
            with UnitOfWork(engine) as counting:
                return int(counting.session.scalar(
                    select(func.count()).select_from(ScanEventRow)
                    .where(ScanEventRow.at >= period.start, ScanEventRow.at < period.end)) or 0)

        scans = count_scans()
        started = time.perf_counter()
        days = len(roll_up_closed_days(uow))  # what the first read after the days closed does
        rolling_up = time.perf_counter() - started
        assert days >= last.toordinal() - first.toordinal() + 1, "every day must be rolled up"
        live = _median_ms(lambda: dashboard(rollups=False))
        return _median_ms(dashboard), _median_ms(count_scans), scans, rolling_up, live
    finally:
        engine.dispose()


def run(ctx: Context) -> list[Result]:
    first = history_first_day(ctx)
    last = first + timedelta(days=ctx.sizes.stats_days - 1)
    databases = [("SQLite", sqlite_warehouse(ctx, "stats"))]
    if ctx.pg_url:
        databases.append(("PostgreSQL", pg_warehouse(ctx, "stats")))
    results = []
    for label, url in databases:
        value, baseline, scans, rolling_up, live = measure(url, first, last)
        results.append(Result(
            f"dashboard statistics, {ctx.sizes.stats_days} days, {label}",
            f"{scans:,} scan events in the period", value, "ms", TARGET_MS,
            baseline=baseline, baseline_name="count(*) of the scans",
            note=f"median of {REPEAT}; closed days from roll-ups (rolling the "
                 f"{ctx.sizes.stats_days} days up once: {rolling_up:.1f} s; read fully live: "
                 f"{live:.0f} ms)"))
    return results
