"""The statistics read live from the order facts and the scan log (``services.stats``
composes them with the daily roll-ups of ``services.rollups``, which are written with
these same queries).

Shipped orders are read from ``order_facts``, one row per order written when it shipped
(services/facts.py), never from the scan log. Per group, one query sums them and another
counts how many orders took each whole number of seconds (counted into ``Tally``'s
buckets). Scans that no shipped order holds yet are counted from ``scan_events`` through
indexes, in two parts: scans of orders that may still change (being worked on, on hold,
cancelled: always read live, as their order's shipment would move them) and scans tied
to no order (fixed once made, so a closed day's are rolled up).

An order's figures, its scans included, belong to its shipment (its packer and station,
the hour and day it shipped); scans not yet in any shipped order's facts belong to the
scan (who scanned, where, when). Durations are whole seconds from each dialect's own
epoch function, so SQLite and PostgreSQL give the same numbers on the same history.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    and_,
    case,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from packdesk.domain.model import REFUSALS, OrderStatus, ScanOutcome
from packdesk.persistence.tables import OrderFactRow, OrderRow, ScanEventRow

from .facts import ITEM_SCAN_OUTCOMES, WORK_PHASES, epoch_seconds
from .statsreport import LONG_PERIOD, NO_KEY, UNSHIPPED_WORKED_STATUSES, Grouping, Period
from .tally import Tally

PAIR = "packer+station"  # the roll-up's key: (packer, station)
Key = Grouping | str


class ScanPart(enum.Flag):
    OPEN = enum.auto()  # scans of orders being worked on, on hold or cancelled
    LOOSE = enum.auto()  # scans tied to no order
    ALL = OPEN | LOOSE


def epoch(moment: datetime) -> int:
    """Whole seconds since 1970 of a naive-UTC moment (the facts' ``*_s`` columns)."""
    return int(moment.replace(tzinfo=UTC).timestamp() // 1)


def key_expression(seconds: Any, period: Period, grouping: Grouping) -> Any:
    """The local hour of day (0-23) or day (days since 1970) of whole seconds since 1970."""
    # Integer constants written into the SQL: as bound parameters, PostgreSQL would not
    # see the SELECT's expression and the GROUP BY's as the same.
    def number(value: int) -> Any:
        return literal_column(str(int(value)), BigInteger)

    local = seconds + number(period.utc_offset_minutes * 60)
    if grouping is Grouping.HOUR:
        return (local // number(3600)) % number(24)
    return local // number(86400)


def key_text(value: Any, grouping: Key) -> str:
    if grouping is Grouping.HOUR:
        return f"{int(value):02d}"
    if grouping is Grouping.DAY:
        if isinstance(value, date):
            return value.isoformat()
        return (date(1970, 1, 1) + timedelta(days=int(value))).isoformat()
    return str(value or NO_KEY)


def _fact_keys(dialect: str, period: Period, grouping: Key) -> tuple[list[Any], Any]:
    """The group key columns over the order facts, and the ship time to select by."""
    f = OrderFactRow
    shipped_s: Any = f.shipped_s
    if dialect == "sqlite" and grouping in (Grouping.PACKER, Grouping.STATION, PAIR) and (
            period.end - period.start > LONG_PERIOD):
        # A long period holds most orders: SQLite should read them all from the covering
        # index, already in group order (no table reads, no sort), not look each up by
        # time. Its planner cannot know how many a period holds; "+ 0" takes the time
        # index out of its choice.
        shipped_s = shipped_s + literal_column("0", BigInteger)
    in_period = and_(shipped_s >= epoch(period.start), shipped_s < epoch(period.end))
    if grouping is Grouping.PACKER:
        return [f.packer], in_period
    if grouping is Grouping.STATION:
        return [f.station], in_period
    if grouping == PAIR:
        return [f.packer, f.station], in_period
    assert isinstance(grouping, Grouping)
    return [key_expression(f.shipped_s, period, grouping)], in_period


def _labels(keys: list[Any]) -> list[Any]:
    return [key.label(f"g{i}") for i, key in enumerate(keys)]


def order_sums(dialect: str, period: Period, grouping: Key) -> Any:
    """The period's shipped orders summed per group. Order figures count only orders with
    a first scan (``total_s``), the scan counts every shipped order's scans."""
    f = OrderFactRow
    keys, in_period = _fact_keys(dialect, period, grouping)
    timed = f.total_s.is_not(None)
    return (
        select(
            *_labels(keys),
            func.count().label("shipped"),
            func.count(f.total_s).label("orders"),
            func.sum(case((timed, f.units))).label("units"),
            func.sum(f.pick_s).label("pick_total"), func.count(f.pick_s).label("picks"),
            func.sum(case((timed, f.pack_s))).label("pack_total"),
            func.count(case((timed, f.pack_s))).label("packs"),
            func.min(f.first_scan_s).label("first_s"),
            func.max(case((timed, f.shipped_s))).label("last_s"),
            func.sum(f.item_scans).label("item_scans"), func.sum(f.misscans).label("misscans"),
            func.sum(f.short_picks).label("short_picks"),
            func.sum(f.overrides).label("overrides"),
        )
        .where(in_period)
        .group_by(*keys)
    )


def order_timings(dialect: str, period: Period, grouping: Key) -> Any:
    """How many of each group's orders took each whole number of seconds, first scan to
    shipped: far fewer rows than orders."""
    f = OrderFactRow
    keys, in_period = _fact_keys(dialect, period, grouping)
    return (
        select(*_labels(keys), f.total_s.label("seconds"), func.count().label("n"))
        .where(in_period, f.total_s.is_not(None))
        .group_by(*keys, f.total_s)
    )


def unshipped_scan_rows(dialect: str, period: Period, grouping: Key, parts: ScanPart) -> list[Any]:
    """Scans in the period that no shipped order's facts hold, one query per part (each
    found through an index, not by reading the period's every scan; no UNION, which costs
    SQLite a pass more), counted per group, phase and outcome."""
    e = ScanEventRow
    in_period = and_(e.at >= period.start, e.at < period.end)
    packer, station = func.coalesce(e.user_name, NO_KEY), func.coalesce(e.station, NO_KEY)
    if grouping is Grouping.PACKER:
        keys: list[Any] = [packer]
    elif grouping is Grouping.STATION:
        keys = [station]
    elif grouping == PAIR:
        keys = [packer, station]
    else:
        assert isinstance(grouping, Grouping)
        keys = [key_expression(epoch_seconds(e.at, dialect), period, grouping)]
    whose = []
    if ScanPart.OPEN in parts:
        worked = select(OrderRow.id).where(OrderRow.status.in_(UNSHIPPED_WORKED_STATUSES))
        # A cancelled order's scans came before it was cancelled (its last update).
        cancelled = select(OrderRow.id).where(OrderRow.status == OrderStatus.CANCELLED.value,
                                              OrderRow.updated_at >= period.start)
        whose += [e.order_id.in_(worked), e.order_id.in_(cancelled)]
    if ScanPart.LOOSE in parts:
        whose.append(e.order_id.is_(None))
    # Counted per phase and outcome, and sorted into the figures here: cheaper than a
    # CASE per figure and row in the database.
    return [select(*_labels(keys), e.phase, e.outcome, func.count().label("n"))
            .where(condition, in_period).group_by(*keys, e.phase, e.outcome)
            for condition in whose]


_ITEM_OUTCOMES = frozenset(o.value for o in ITEM_SCAN_OUTCOMES)
_REFUSALS = frozenset(o.value for o in REFUSALS)


def _add_scans(tally: Tally, phase: str | None, outcome: str, count: int) -> None:
    if phase in WORK_PHASES:
        tally.item_scans += count if outcome in _ITEM_OUTCOMES else 0
        tally.misscans += count if outcome in _REFUSALS else 0
    tally.short_picks += count if outcome == ScanOutcome.SHORT_PICK.value else 0
    tally.overrides += count if outcome == ScanOutcome.OVERRIDE.value else 0


def _row_key(row: Any, width: int) -> tuple[Any, ...]:
    return tuple(row[i] for i in range(width))


def live_tallies(
    session: Session, period: Period, grouping: Key, *, orders: bool = True,
    scans: ScanPart = ScanPart.ALL,
) -> dict[tuple[Any, ...], Tally]:
    """Each group's tally over the period, keyed by its key columns' raw values (one
    value, or packer and station for ``PAIR``): the shipped orders when ``orders``, and
    the unshipped scans of ``scans``."""
    dialect = session.get_bind().dialect.name
    width = 2 if grouping == PAIR else 1
    # Core rows (the session's connection), not the ORM's result processing: the
    # dashboard's reads are counted in milliseconds (bench_stats).
    tallies: dict[tuple[Any, ...], Tally] = {}
    if orders:
        for row in session.connection().execute(order_sums(dialect, period, grouping)):
            tallies.setdefault(_row_key(row, width), Tally()).add_orders(row)
        for row in session.connection().execute(order_timings(dialect, period, grouping)):
            tallies[_row_key(row, width)].add_timings(row.seconds, row.n)
    if scans:
        for query in unshipped_scan_rows(dialect, period, grouping, scans):
            for row in session.connection().execute(query):
                _add_scans(tallies.setdefault(_row_key(row, width), Tally()), row.phase,
                           row.outcome, int(row.n))
    return tallies


def live_orders_by_hour(session: Session, period: Period) -> dict[int, int]:
    """Orders shipped in each local hour of day (one light query: the hourly chart)."""
    shipped_s = OrderFactRow.shipped_s
    start, end = epoch(period.start), epoch(period.end)
    query: Any
    if (start + period.utc_offset_minutes * 60) % 3600 == 0:
        # Count each hour of the period from the time index (a range count per hour),
        # then add the hours up by hour of day: no sort of every order in the period.
        step = literal_column("3600", BigInteger)
        hours = select(literal_column(str(start), BigInteger).label("h")).cte(
            "period_hours", recursive=True)
        hours = hours.union_all(select(hours.c.h + step).where(hours.c.h + step < end))
        shipped_in_hour = (
            select(func.count())
            .where(shipped_s >= hours.c.h, shipped_s < hours.c.h + step, shipped_s < end)
            .scalar_subquery()
        )
        hour = key_expression(hours.c.h, period, Grouping.HOUR)
        query = select(hour.label("hour"), func.sum(shipped_in_hour).label("orders"))
    else:  # a period that starts within an hour: its first hour straddles two
        hour = key_expression(shipped_s, period, Grouping.HOUR)
        query = select(hour.label("hour"), func.count().label("orders")).where(
            shipped_s >= start, shipped_s < end)
    query = query.group_by(hour)
    return {int(row.hour): int(row.orders) for row in session.connection().execute(query) if row.orders}
