"""Pack-rate statistics for the shift lead: fast over months, same answers everywhere.

Figures for a period, grouped by packer, station, hour of day or day:

* **orders** shipped in the period and their **units** (ordered minus short-picked);
* **orders per hour**: orders / hours from the group's first scan to its last shipment;
* **median** and **90th percentile** time per order, first scan to shipped, interpolated
  between ranks like ``percentile_cont``;
* mean **pick** time (first scan to picked) and **pack** time (picked to packed);
* **mis-scan rate**: refused scans / scans of items and bins while picking or packing;
* **short picks** and **overrides**;
* the orders **on hold** now, with their reasons.

Shipped orders are read from ``order_facts``, one row per order written when it shipped
(services/facts.py), never from the scan log: 90 days of a busy warehouse are some
150,000 facts instead of a million scans. Per group, one query sums them and another
counts how many orders took each whole number of seconds; the percentiles are read
exactly from those counts, and the period's total is the groups added up (one read for
both). Scans that no shipped order holds yet (orders being worked on, on hold or
cancelled, and scans tied to no order) are counted from ``scan_events`` through indexes.

An order's figures, its scans included, belong to its shipment (its packer and station,
the hour and day it shipped); scans not yet in any shipped order's facts belong to the
scan (who scanned, where, when). Durations are whole seconds from each dialect's own
epoch function, so SQLite and PostgreSQL give the same numbers on the same history;
results are rounded once, here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    union_all,
)

from packdesk.domain.errors import DomainError
from packdesk.domain.model import REFUSALS, OrderStatus, Role, ScanOutcome
from packdesk.persistence.tables import OrderFactRow, OrderRow, ScanEventRow, SettingRow

from .auth import Actor, require_role
from .facts import ITEM_SCAN_OUTCOMES, WORK_PHASES, epoch_seconds
from .statsreport import (
    FIGURE_FIELDS,
    LONG_PERIOD,
    NO_KEY,
    SHIFT_START_HOURS,
    UNSHIPPED_WORKED_STATUSES,
    GroupFigures,
    Grouping,
    HeldOrder,
    Period,
    StatsReport,
    display_values,
    format_duration,
    local_zone,
    report_csv,
)

__all__ = [
    "DEFAULT_TARGET_RATE",
    "DashboardData",
    "FIGURE_FIELDS",
    "GroupFigures",
    "Grouping",
    "HeldOrder",
    "HourCount",
    "LONG_PERIOD",
    "NO_KEY",
    "Period",
    "SHIFT_START_HOURS",
    "StatsReport",
    "TARGET_RATE_KEY",
    "UNSHIPPED_WORKED_STATUSES",
    "dashboard_data",
    "display_values",
    "format_duration",
    "group_figures",
    "local_zone",
    "orders_by_hour",
    "orders_on_hold",
    "pack_rate_report",
    "report_csv",
    "set_target_rate",
    "target_rate",
    "total_figures",
]
from .uow import UnitOfWork

# --- SQL: one pass over the period's order facts, the unshipped scans, then arithmetic ----


def _epoch(moment: datetime) -> int:
    """Whole seconds since 1970 of a naive-UTC moment (the facts' ``*_s`` columns)."""
    return int(moment.replace(tzinfo=UTC).timestamp() // 1)


def _key_expression(seconds: Any, period: Period, grouping: Grouping) -> Any:
    """The local hour of day (0-23) or day (days since 1970) of whole seconds since 1970."""
    # Integer constants written into the SQL: as bound parameters, PostgreSQL would not
    # see the SELECT's expression and the GROUP BY's as the same.
    def number(value: int) -> Any:
        return literal_column(str(int(value)), BigInteger)

    local = seconds + number(period.utc_offset_minutes * 60)
    if grouping is Grouping.HOUR:
        return (local // number(3600)) % number(24)
    return local // number(86400)


def _key_text(value: Any, grouping: Grouping) -> str:
    if grouping is Grouping.HOUR:
        return f"{int(value):02d}"
    if grouping is Grouping.DAY:
        return (date(1970, 1, 1) + timedelta(days=int(value))).isoformat()
    return str(value or NO_KEY)


@dataclass
class _Tally:
    """One group's figures being added up: sums, and a histogram of whole-second timings
    from which the median and 90th percentile are read exactly."""

    orders: int = 0
    units: int = 0
    pick_total: int = 0
    picks: int = 0
    pack_total: int = 0
    packs: int = 0
    first_s: int | None = None
    last_s: int | None = None
    histogram: dict[int, int] = field(default_factory=dict)
    item_scans: int = 0
    misscans: int = 0
    short_picks: int = 0
    overrides: int = 0

    def add_orders(self, row: Any) -> None:
        self.add_scans(row)
        self.orders += int(row.orders)
        self.units += int(row.units or 0)
        self.pick_total += int(row.pick_total or 0)
        self.picks += int(row.picks)
        self.pack_total += int(row.pack_total or 0)
        self.packs += int(row.packs)
        self.first_s = _least(self.first_s, row.first_s)
        self.last_s = _greatest(self.last_s, row.last_s)

    def add_timings(self, seconds: int, count: int) -> None:
        self.histogram[seconds] = self.histogram.get(seconds, 0) + count

    def add_scans(self, row: Any) -> None:
        self.item_scans += int(row.item_scans)
        self.misscans += int(row.misscans)
        self.short_picks += int(row.short_picks)
        self.overrides += int(row.overrides)

    def merge(self, other: _Tally) -> None:
        for name in ("orders", "units", "pick_total", "picks", "pack_total", "packs",
                     "item_scans", "misscans", "short_picks", "overrides"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.first_s = _least(self.first_s, other.first_s)
        self.last_s = _greatest(self.last_s, other.last_s)
        for seconds, count in other.histogram.items():
            self.histogram[seconds] = self.histogram.get(seconds, 0) + count

    def percentile(self, tenths: int) -> float | None:
        """Interpolated between ranks like ``percentile_cont``, in whole tenths."""
        if not self.orders:
            return None
        position = (self.orders - 1) * tenths
        low_rank, remainder = position // 10 + 1, position % 10
        low = high = None
        seen = 0
        for seconds in sorted(self.histogram):
            seen += self.histogram[seconds]
            if low is None and seen >= low_rank:
                low = seconds
            if seen >= low_rank + 1:
                high = seconds
                break
        assert low is not None
        return (low * (10 - remainder) + (high or 0) * remainder) / 10.0

    def figures(self, key: str) -> GroupFigures:
        span = (self.last_s - self.first_s
                if self.last_s is not None and self.first_s is not None else None)
        return GroupFigures(
            key=key,
            orders=self.orders,
            units=self.units,
            orders_per_hour=self.orders * 3600 / span if self.orders and span else None,
            median_seconds=self.percentile(5),
            p90_seconds=self.percentile(9),
            pick_seconds=self.pick_total / self.picks if self.picks else None,
            pack_seconds=self.pack_total / self.packs if self.packs else None,
            item_scans=self.item_scans,
            misscans=self.misscans,
            short_picks=self.short_picks,
            overrides=self.overrides,
        )


def _least(a: int | None, b: Any) -> int | None:
    return a if b is None else int(b) if a is None else min(a, int(b))


def _greatest(a: int | None, b: Any) -> int | None:
    return a if b is None else int(b) if a is None else max(a, int(b))


def _order_key(dialect: str, period: Period, grouping: Grouping) -> tuple[Any, Any]:
    """The group key over the order facts, and the ship time to select the period by."""
    f = OrderFactRow
    shipped_s: Any = f.shipped_s
    if dialect == "sqlite" and grouping in (Grouping.PACKER, Grouping.STATION) and (
            period.end - period.start > LONG_PERIOD):
        # A long period holds most orders: SQLite should read them all from the covering
        # index, already in group order (no table reads, no sort), not look each up by
        # time. Its planner cannot know how many a period holds; "+ 0" takes the time
        # index out of its choice.
        shipped_s = shipped_s + literal_column("0", BigInteger)
    in_period = and_(shipped_s >= _epoch(period.start), shipped_s < _epoch(period.end))
    if grouping is Grouping.PACKER:
        return f.packer, in_period
    if grouping is Grouping.STATION:
        return f.station, in_period
    return _key_expression(f.shipped_s, period, grouping), in_period


def _order_sums(dialect: str, period: Period, grouping: Grouping) -> Any:
    """The period's shipped orders summed per group. Order figures count only orders with
    a first scan (``total_s``), the scan counts every shipped order's scans."""
    f = OrderFactRow
    key, in_period = _order_key(dialect, period, grouping)
    timed = f.total_s.is_not(None)
    return (
        select(
            key.label("g"),
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
        .group_by(key)
    )


def _order_timings(dialect: str, period: Period, grouping: Grouping) -> Any:
    """How many of each group's orders took each whole number of seconds, first scan to
    shipped: enough to read exact percentiles from, and far fewer rows than orders."""
    f = OrderFactRow
    key, in_period = _order_key(dialect, period, grouping)
    return (
        select(key.label("g"), f.total_s, func.count().label("n"))
        .where(in_period, f.total_s.is_not(None))
        .group_by(key, f.total_s)
    )


def _unshipped_scan_rows(dialect: str, period: Period, grouping: Grouping) -> Any:
    """Scans in the period that no shipped order's facts hold: scans of orders being
    worked on, held or cancelled, and scans tied to no order. Each part is found through
    an index, not by reading the period's every scan."""
    e = ScanEventRow
    in_period = and_(e.at >= period.start, e.at < period.end)
    worked = select(OrderRow.id).where(OrderRow.status.in_(UNSHIPPED_WORKED_STATUSES))
    # A cancelled order's scans came before it was cancelled (its last update).
    cancelled = select(OrderRow.id).where(OrderRow.status == OrderStatus.CANCELLED.value,
                                          OrderRow.updated_at >= period.start)
    columns = (e.at, e.station, e.user_name, e.phase, e.outcome)
    events = union_all(
        select(*columns).where(e.order_id.in_(worked), in_period),
        select(*columns).where(e.order_id.in_(cancelled), in_period),
        select(*columns).where(e.order_id.is_(None), in_period),
    ).subquery("unshipped_scans")
    s = events.c
    if grouping is Grouping.PACKER:
        key: Any = func.coalesce(s.user_name, NO_KEY)
    elif grouping is Grouping.STATION:
        key = func.coalesce(s.station, NO_KEY)
    else:
        key = _key_expression(epoch_seconds(s.at, dialect), period, grouping)
    is_work = s.phase.in_(WORK_PHASES)
    return select(
        key.label("g"),
        _count_if(and_(is_work, s.outcome.in_([o.value for o in ITEM_SCAN_OUTCOMES]))).label(
            "item_scans"),
        _count_if(and_(is_work, s.outcome.in_([o.value for o in REFUSALS]))).label("misscans"),
        _count_if(s.outcome == ScanOutcome.SHORT_PICK.value).label("short_picks"),
        _count_if(s.outcome == ScanOutcome.OVERRIDE.value).label("overrides"),
    ).group_by(key)


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _tallies(uow: UnitOfWork, period: Period, grouping: Grouping) -> dict[str, _Tally]:
    tallies: dict[str, _Tally] = {}
    with uow:
        session = uow.session
        for row in session.execute(_order_sums(uow.dialect, period, grouping)):
            tallies.setdefault(_key_text(row.g, grouping), _Tally()).add_orders(row)
        for g, seconds, count in session.execute(_order_timings(uow.dialect, period, grouping)):
            tallies[_key_text(g, grouping)].add_timings(seconds, count)
        for row in session.execute(_unshipped_scan_rows(uow.dialect, period, grouping)):
            tallies.setdefault(_key_text(row.g, grouping), _Tally()).add_scans(row)
    return tallies


def _period_figures(
    uow: UnitOfWork, period: Period, grouping: Grouping
) -> tuple[list[GroupFigures], GroupFigures]:
    """Each group's figures and the whole period's, from one read (every order and scan
    is in exactly one group, so the groups add up to the total; its median is the
    median of all orders, not of the groups' medians)."""
    tallies = _tallies(uow, period, grouping)
    total = _Tally()
    for tally in tallies.values():
        total.merge(tally)
    groups = [tallies[key].figures(key) for key in sorted(tallies)]
    return groups, total.figures(NO_KEY)


def group_figures(uow: UnitOfWork, period: Period, grouping: Grouping) -> list[GroupFigures]:
    """One row per packer, station, hour or day."""
    return _period_figures(uow, period, grouping)[0]


def total_figures(uow: UnitOfWork, period: Period) -> GroupFigures:
    """The whole period in one row."""
    return _period_figures(uow, period, Grouping.PACKER)[1]


def orders_on_hold(uow: UnitOfWork) -> list[HeldOrder]:
    """The orders on hold now, longest-held first (one query)."""
    with uow:
        rows = uow.session.execute(
            select(OrderRow.number, OrderRow.hold_reason, OrderRow.held_from, OrderRow.status,
                   OrderRow.claimed_user, OrderRow.claimed_station, OrderRow.updated_at)
            .where(or_(OrderRow.status == OrderStatus.ON_HOLD.value,
                       # packed, held at the bench: its payment could not be captured
                       and_(OrderRow.status == OrderStatus.PACKED.value, OrderRow.hold_reason != "")))
            .order_by(OrderRow.updated_at, OrderRow.number)
        ).all()
    return [
        HeldOrder(r.number, r.hold_reason or "", r.held_from or r.status, r.claimed_user or "",
                  r.claimed_station or "", r.updated_at)
        for r in rows
    ]


def pack_rate_report(
    uow: UnitOfWork, actor: Actor | None, period: Period, grouping: Grouping
) -> StatsReport:
    """Everything the dashboard and ``packdesk stats`` show for one period and grouping."""
    require_role(actor, Role.LEAD, "the pack-rate figures")
    groups, total = _period_figures(uow, period, grouping)
    return StatsReport(period=period, grouping=grouping, groups=groups, total=total,
                       on_hold=orders_on_hold(uow))


# --- The dashboard: its figures, the charts' series, and the lead's target rate ----------

TARGET_RATE_KEY = "dashboard.target_rate"
DEFAULT_TARGET_RATE = 12.0


@dataclass(frozen=True)
class HourCount:
    hour: str  # "07": local hour of day
    orders: int


@dataclass(frozen=True)
class DashboardData:
    report: StatsReport
    by_hour: list[HourCount]
    by_packer: list[GroupFigures]
    target_rate: float


def orders_by_hour(uow: UnitOfWork, period: Period) -> list[HourCount]:
    """Orders shipped in each local hour of day (one light query: the hourly chart)."""
    shipped_s = OrderFactRow.shipped_s
    start, end = _epoch(period.start), _epoch(period.end)
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
        hour = _key_expression(hours.c.h, period, Grouping.HOUR)
        query = select(hour.label("hour"), func.sum(shipped_in_hour).label("orders"))
    else:  # a period that starts within an hour: its first hour straddles two
        hour = _key_expression(shipped_s, period, Grouping.HOUR)
        query = select(hour.label("hour"), func.count().label("orders")).where(
            shipped_s >= start, shipped_s < end)
    query = query.group_by(hour).order_by(hour)
    with uow:
        return [HourCount(_key_text(row.hour, Grouping.HOUR), int(row.orders))
                for row in uow.session.execute(query) if row.orders]


def dashboard_data(
    uow: UnitOfWork, actor: Actor | None, period: Period, grouping: Grouping
) -> DashboardData:
    """The table's report plus the hour and packer series the charts draw."""
    report = pack_rate_report(uow, actor, period, grouping)
    by_hour = orders_by_hour(uow, period)
    by_packer = report.groups if grouping is Grouping.PACKER else group_figures(
        uow, period, Grouping.PACKER)
    return DashboardData(report, by_hour, by_packer, target_rate(uow))


def target_rate(uow: UnitOfWork) -> float:
    """Orders per hour the lead expects of one packer."""
    with uow:
        row = uow.session.get(SettingRow, TARGET_RATE_KEY)
        value = row.value.get("orders_per_hour") if row else None
    return float(value) if value else DEFAULT_TARGET_RATE


def set_target_rate(uow: UnitOfWork, actor: Actor | None, orders_per_hour: float) -> float:
    require_role(actor, Role.LEAD, "setting the target rate")
    if not 0 < orders_per_hour <= 1000:
        raise DomainError("a target rate is more than 0 and at most 1000 orders per hour")
    with uow:
        row = uow.session.get(SettingRow, TARGET_RATE_KEY)
        value = {"orders_per_hour": float(orders_per_hour), "set_by": actor.name if actor else ""}
        if row is None:
            uow.session.add(SettingRow(key=TARGET_RATE_KEY, value=value))
        else:
            row.value = value
        uow.commit()
    return float(orders_per_hour)
