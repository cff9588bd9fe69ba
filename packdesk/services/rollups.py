"""Daily roll-ups of the dashboard statistics: closed days read from one row per packer
and station (and one per hour of day) instead of every order's facts.

A local day is *closed* ``CLOSE_GRACE`` after its midnight: nothing more is written into
it (facts carry the moment an order shipped, scans the moment they were made). Its
roll-up is written once, by the first statistics read (or ``packdesk stats rollup``)
after it closed, with the live queries of ``services.statslive`` over that day:

* ``daily_rollups``: per packer and station, the shipped orders' sums, their order-time
  histogram (``services.tally``'s buckets) and the counts of scans tied to no order;
* ``hourly_rollups``: the same per local hour of day (the hour grouping and the chart);
* ``rollup_days``: the day's bounds and UTC offset. Its primary key makes the roll-up
  happen once: the day's row is inserted first, ``ON CONFLICT DO NOTHING``, and a station
  whose insert did nothing leaves the day to the one that did (on PostgreSQL the second
  waits for the first's commit; on SQLite the write lock keeps them apart).

What a roll-up never holds: scans of orders still being worked on, on hold or cancelled
(their order's shipment would move them to another day); those are always read live, as
are today and any part of a period not covered by rolled-up days. ``rebuild`` writes days
again (after a repair of the history, or a changed bucket rule).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from packdesk.domain.model import Role
from packdesk.persistence.tables import (
    DailyRollupRow,
    HourlyRollupRow,
    OrderFactRow,
    RollupDayRow,
    ScanEventRow,
)

from .auth import Actor, require_role
from .statslive import PAIR, ScanPart, epoch, live_tallies
from .statsreport import Grouping, Period, local_zone
from .tally import Tally, pack_times, packed_counts, unpacked_counts
from .uow import UnitOfWork

log = logging.getLogger(__name__)

CLOSE_GRACE = timedelta(minutes=10)  # a scan committed just after midnight is still in
_SUMS = ("shipped", "orders", "units", "pick_total", "picks", "pack_total", "packs",
         "item_scans", "misscans", "short_picks", "overrides")


def last_closed_day(now: datetime | None = None, zone: tzinfo | None = None) -> date:
    """The latest local day that is closed at ``now`` (naive UTC)."""
    zone = zone or local_zone()
    moment = (now or datetime.now(UTC).replace(tzinfo=None)) - CLOSE_GRACE
    return moment.replace(tzinfo=UTC).astimezone(zone).date() - timedelta(days=1)


def _first_day(session: Session, zone: tzinfo) -> date | None:
    """The local day of the oldest shipment or scan tied to no order (from indexes)."""
    first_s = session.scalar(select(func.min(OrderFactRow.shipped_s)))
    first_loose = session.scalar(select(func.min(ScanEventRow.at))
                                 .where(ScanEventRow.order_id.is_(None)))
    moments = [datetime.fromtimestamp(int(first_s), UTC)] if first_s is not None else []
    if first_loose is not None:
        moments.append(first_loose.replace(tzinfo=UTC))
    return min(moments).astimezone(zone).date() if moments else None


def _insert_day(dialect: str, values: dict[str, Any]) -> Any:
    insert_into = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert_into(RollupDayRow).values(**values).on_conflict_do_nothing(
        index_elements=["day"]).returning(RollupDayRow.day)


def _row(tally: Tally) -> dict[str, Any]:
    times_from, times = pack_times(tally.times)
    return {**{name: getattr(tally, name) for name in _SUMS}, "first_s": tally.first_s,
            "last_s": tally.last_s, "times_from": times_from, "times": times}


def roll_up_day(uow: UnitOfWork, day: date, zone: tzinfo | None = None, *,
                replace: bool = False) -> bool:
    """Write one closed day's roll-up; False when it was already there (or another
    station wrote it meanwhile). ``replace`` writes it again.

    The day is read first, in a read transaction (a closed day does not change), and
    written in a short one: on SQLite the write lock is held for the inserts alone, not
    while the day is read, so stations scanning meanwhile hardly wait."""
    period = Period.for_dates(day, day, zone or local_zone())
    with uow:
        pairs = live_tallies(uow.session, period, PAIR, scans=ScanPart.LOOSE)
        hours = live_tallies(uow.session, period, Grouping.HOUR, scans=ScanPart.LOOSE)
    with uow.writing() as work:
        session = work.session
        if replace:
            for table in (DailyRollupRow, HourlyRollupRow, RollupDayRow):
                session.execute(delete(table).where(table.day == day))
        inserted = session.execute(_insert_day(work.dialect, {
            "day": day, "start_s": epoch(period.start), "end_s": epoch(period.end),
            "utc_offset_minutes": period.utc_offset_minutes,
            "rolled_at": datetime.now(UTC).replace(tzinfo=None),
        })).scalar()  # None: the day was there
        if inserted is None:
            return False
        if pairs:
            session.execute(insert(DailyRollupRow), [
                {"day": day, "packer": packer or "", "station": station or "", **_row(t)}
                for (packer, station), t in pairs.items()])
        if hours:
            session.execute(insert(HourlyRollupRow), [
                {"day": day, "hour": int(hour), **_row(t)} for (hour,), t in hours.items()])
        work.commit()
    return True


def roll_up_closed_days(
    uow: UnitOfWork, *, since: date | None = None, rebuild: bool = False,
    now: datetime | None = None, zone: tzinfo | None = None,
) -> list[date]:
    """Roll up every closed day not yet rolled up (from ``since``, else from the oldest
    shipment); with ``rebuild``, write those already rolled up again too. Returns the
    days written."""
    zone = zone or local_zone()
    last = last_closed_day(now, zone)
    with uow:
        first = _first_day(uow.session, zone)
        if since is not None:
            first = since if first is None or rebuild else max(first, since)
        if first is None or first > last:
            return []
        have = set(uow.session.scalars(select(RollupDayRow.day).where(
            RollupDayRow.day >= first, RollupDayRow.day <= last)))
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return [day for day in days if (rebuild or day not in have)
            and roll_up_day(uow, day, zone, replace=rebuild)]


def roll_up_on_demand(uow: UnitOfWork, actor: Actor | None, *, since: date | None = None,
                      rebuild: bool = False) -> list[date]:
    """``packdesk stats rollup``: what the statistics read does by itself, or with
    ``rebuild`` every closed day (from ``since``) written again."""
    require_role(actor, Role.LEAD, "rolling up the statistics")
    return roll_up_closed_days(uow, since=since, rebuild=rebuild)


# Engine -> (zone, last closed day) once every closed day to it is rolled up: until the
# next day closes, the dashboard's refresh need not ask again (three queries and a
# transaction, a dozen round trips to PostgreSQL). A closed day gains no new shipments.
_ROLLED_UP_THROUGH: WeakKeyDictionary[Engine, tuple[str, date]] = WeakKeyDictionary()


def roll_up_quietly(uow: UnitOfWork) -> None:
    """The statistics' lazy roll-up: a failure (a busy database) only means this read
    stays live, so it is logged, not raised."""
    zone = local_zone()
    through = (repr(zone), last_closed_day(None, zone))
    if _ROLLED_UP_THROUGH.get(uow.engine) == through:
        return
    try:
        days = roll_up_closed_days(uow, zone=zone)
    except SQLAlchemyError as exc:
        log.warning("closed days not rolled up this time, read live instead: %s", exc)
        return
    # Every closed day is there now: written here, or found (roll_up_day's False means
    # another station's transaction wrote it whole).
    _ROLLED_UP_THROUGH[uow.engine] = through
    if days:
        log.info("rolled up %d closed day(s) of statistics: %s to %s", len(days), days[0],
                 days[-1])


# --- Reading: which days of a period are rolled up, and their tallies -----------------


@dataclass(frozen=True)
class Coverage:
    days: list[date]  # rolled-up days inside the period
    gaps: list[Period]  # the rest of the period, read live


def coverage(session: Session, period: Period, grouping: Grouping | None) -> Coverage:
    """The period's rolled-up days a reading by ``grouping`` may use (``None``: the hourly
    chart). Hours and days must be read in the period's own UTC offset, and a day grouping
    needs 24-hour days, or the live reading would put some orders in another group."""
    start, end = epoch(period.start), epoch(period.end)
    rows = session.connection().execute(
        select(RollupDayRow.day, RollupDayRow.start_s, RollupDayRow.end_s,
               RollupDayRow.utc_offset_minutes)
        .where(RollupDayRow.start_s >= start, RollupDayRow.end_s <= end)
        .order_by(RollupDayRow.start_s)).all()
    if grouping in (None, Grouping.HOUR, Grouping.DAY):
        rows = [r for r in rows if r.utc_offset_minutes == period.utc_offset_minutes]
    if grouping is Grouping.DAY:
        rows = [r for r in rows if r.end_s - r.start_s == 86400]
    gaps, cursor = [], start
    for row in rows:
        if row.start_s > cursor:
            gaps.append(_part(period, cursor, row.start_s))
        cursor = row.end_s
    if cursor < end:
        gaps.append(_part(period, cursor, end))
    return Coverage([row.day for row in rows], gaps)


def _part(period: Period, start_s: int, end_s: int) -> Period:
    def moment(seconds: int) -> datetime:
        return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)

    return Period(moment(start_s), moment(end_s), period.label, period.utc_offset_minutes)


def rolled_up_tallies(
    session: Session, days: Iterable[date], grouping: Grouping
) -> dict[tuple[Any, ...], Tally]:
    """Each group's tally over the rolled-up ``days``: sums added up by the database, the
    histograms here (one short array per row)."""
    days = list(days)
    if not days:
        return {}
    table: Any = HourlyRollupRow if grouping is Grouping.HOUR else DailyRollupRow
    key = table.hour if grouping is Grouping.HOUR else {
        Grouping.PACKER: table.packer, Grouping.STATION: table.station,
        Grouping.DAY: table.day}[grouping]
    selected = table.day.in_(days)
    sums = select(key.label("g"), *(func.sum(getattr(table, n)).label(n) for n in _SUMS),
                  func.min(table.first_s).label("first_s"),
                  func.max(table.last_s).label("last_s")).where(selected).group_by(key)
    tallies: dict[tuple[Any, ...], Tally] = {}
    for row in session.connection().execute(sums):
        tallies.setdefault((row.g,), Tally()).add_orders(row)
    # Each row's counts as one big integer, 32 bits a bucket: adding two adds every bucket
    # at once, in C (a count would need 4e9 orders in one bucket to spill into the next).
    packed: dict[Any, int] = {}
    for g, times_from, times in session.connection().execute(
            select(key, table.times_from, table.times).where(selected, table.orders > 0)):
        packed[g] = packed.get(g, 0) + (packed_counts(times) << (32 * times_from))
    for g, total in packed.items():
        tallies[(g,)].add_times(0, unpacked_counts(total))
    return tallies


def rolled_up_orders_by_hour(session: Session, days: Iterable[date]) -> dict[int, int]:
    days = list(days)
    if not days:
        return {}
    h = HourlyRollupRow
    return {int(hour): int(n) for hour, n in session.connection().execute(
        select(h.hour, func.sum(h.shipped)).where(h.day.in_(days)).group_by(h.hour)) if n}
