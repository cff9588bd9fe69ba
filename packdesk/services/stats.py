"""Pack-rate statistics for the shift lead: one SQL query per view, same answers everywhere.

Figures for a period, grouped by packer, station, hour of day or day:

* **orders** shipped in the period and their **units** (ordered minus short-picked);
* **orders per hour**: orders / hours from the group's first scan to its last shipment;
* **median** and **90th percentile** time per order, first scan to shipped, interpolated
  between ranks like ``percentile_cont`` (computed with ``row_number()``/``count()``
  windows, which SQLite >= 3.25 and PostgreSQL both have);
* mean **pick** time (first scan to picked) and **pack** time (picked to packed);
* **mis-scan rate**: refused scans / scans of items and bins while picking or packing;
* **short picks** and **overrides** recorded in the period;
* the orders **on hold** now, with their reasons.

Order figures belong to the order's shipment (its packer and station, the hour it
shipped); scan figures to the scan (who scanned, where, when). Durations are whole
seconds computed in SQL from each dialect's own epoch function, so SQLite and PostgreSQL
give the same numbers on the same history; results are rounded once, here.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    union,
    union_all,
)

from packdesk.domain.errors import DomainError
from packdesk.domain.model import REFUSALS, OrderStatus, Role, ScanOutcome
from packdesk.persistence.tables import OrderFactRow, OrderRow, ScanEventRow, SettingRow

from .auth import Actor, require_role
from .facts import ITEM_SCAN_OUTCOMES, WORK_PHASES
from .uow import UnitOfWork

SHIFT_START_HOURS = (6, 14, 22)
# Orders whose scans are not yet in any order's facts and may still gain scans. (An order
# put back in the queue, new again, has its earlier scans counted once it ships.)
UNSHIPPED_WORKED_STATUSES = tuple(s.value for s in (
    OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED, OrderStatus.ON_HOLD))
NO_KEY = ""  # a group whose packer or station was not recorded


class Grouping(enum.StrEnum):
    PACKER = "packer"
    STATION = "station"
    HOUR = "hour"
    DAY = "day"


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _to_utc(local: datetime, zone: tzinfo) -> datetime:
    return local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Period:
    """``[start, end)`` in naive UTC, and the local offset that hours and days are read in."""

    start: datetime
    end: datetime
    label: str
    utc_offset_minutes: int = 0

    @classmethod
    def for_dates(cls, first: date, last: date, zone: tzinfo | None = None) -> Period:
        """Whole local days from ``first`` to ``last``, both included."""
        if last < first:
            raise ValueError(f"the period ends ({last}) before it starts ({first})")
        zone = zone or local_zone()
        start_local = datetime(first.year, first.month, first.day)
        end_local = datetime(last.year, last.month, last.day) + timedelta(days=1)
        label = str(first) if first == last else f"{first} – {last}"
        return cls(_to_utc(start_local, zone), _to_utc(end_local, zone), label,
                   _offset_minutes(start_local, zone))

    @classmethod
    def today(cls, now: datetime | None = None, zone: tzinfo | None = None) -> Period:
        zone = zone or local_zone()
        local_now = now or datetime.now(zone).replace(tzinfo=None)
        return cls.for_dates(local_now.date(), local_now.date(), zone)

    @classmethod
    def this_shift(
        cls, now: datetime | None = None, zone: tzinfo | None = None,
        start_hours: Sequence[int] = SHIFT_START_HOURS,
    ) -> Period:
        """The shift the local time ``now`` falls in (shifts start at ``start_hours``)."""
        zone = zone or local_zone()
        local_now = now or datetime.now(zone).replace(tzinfo=None)
        midnight = datetime(local_now.year, local_now.month, local_now.day)
        starts = sorted(start_hours)
        candidates = [midnight - timedelta(days=1) + timedelta(hours=starts[-1])]
        candidates += [midnight + timedelta(hours=h) for h in starts]
        start_local = max(c for c in candidates if c <= local_now)
        later = [midnight + timedelta(hours=h) for h in starts]
        later += [midnight + timedelta(days=1, hours=starts[0])]
        end_local = min(c for c in later if c > start_local)
        label = f"{start_local:%Y-%m-%d %H:%M}–{end_local:%H:%M}"
        return cls(_to_utc(start_local, zone), _to_utc(end_local, zone), label,
                   _offset_minutes(start_local, zone))


def _offset_minutes(local: datetime, zone: tzinfo) -> int:
    offset = local.replace(tzinfo=zone).utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


@dataclass(frozen=True)
class GroupFigures:
    key: str
    orders: int
    units: int
    orders_per_hour: float | None
    median_seconds: float | None
    p90_seconds: float | None
    pick_seconds: float | None
    pack_seconds: float | None
    item_scans: int
    misscans: int
    short_picks: int
    overrides: int

    @property
    def misscan_rate(self) -> float | None:
        return self.misscans / self.item_scans if self.item_scans else None

    def record(self) -> dict[str, Any]:
        """The figures as plain numbers (CSV and JSON)."""
        rate = self.misscan_rate
        return {
            "group": self.key,
            "orders": self.orders,
            "units": self.units,
            "orders_per_hour": _round(self.orders_per_hour, 2),
            "median_seconds": _round(self.median_seconds, 1),
            "p90_seconds": _round(self.p90_seconds, 1),
            "pick_seconds": _round(self.pick_seconds, 1),
            "pack_seconds": _round(self.pack_seconds, 1),
            "item_scans": self.item_scans,
            "misscans": self.misscans,
            "misscan_rate_percent": _round(rate * 100 if rate is not None else None, 1),
            "short_picks": self.short_picks,
            "overrides": self.overrides,
        }


@dataclass(frozen=True)
class HeldOrder:
    number: str
    reason: str
    held_from: str
    packer: str
    station: str
    since: datetime


@dataclass(frozen=True)
class StatsReport:
    period: Period
    grouping: Grouping
    groups: list[GroupFigures]
    total: GroupFigures
    on_hold: list[HeldOrder] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "period": {"start_utc": self.period.start.isoformat(),
                       "end_utc": self.period.end.isoformat(), "label": self.period.label},
            "by": self.grouping.value,
            "groups": [g.record() for g in self.groups],
            "total": self.total.record(),
            "on_hold": [
                {"number": h.number, "reason": h.reason, "held_from": h.held_from,
                 "packer": h.packer, "station": h.station, "since_utc": h.since.isoformat()}
                for h in self.on_hold
            ],
        }


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


# --- Display: the dashboard and `packdesk stats --format table` show the same text --------

FIGURE_FIELDS = [
    "group", "orders", "units", "orders_per_hour", "median_seconds", "p90_seconds",
    "pick_seconds", "pack_seconds", "misscan_rate_percent", "short_picks", "overrides",
]


def format_duration(seconds: float | None) -> str:
    """``330.0`` -> ``5:30``; blank when there is nothing to show."""
    if seconds is None:
        return ""
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def display_values(figures: GroupFigures, none_label: str = "(none)") -> list[str]:
    """The cells of one row as the lead reads them, in ``FIGURE_FIELDS`` order."""
    record = figures.record()
    rate = record["misscan_rate_percent"]
    per_hour = record["orders_per_hour"]
    return [
        figures.key or none_label,
        str(figures.orders),
        str(figures.units),
        "" if per_hour is None else f"{per_hour:.2f}",
        format_duration(figures.median_seconds),
        format_duration(figures.p90_seconds),
        format_duration(figures.pick_seconds),
        format_duration(figures.pack_seconds),
        "" if rate is None else f"{rate:.1f} %",
        str(figures.short_picks),
        str(figures.overrides),
    ]


def report_csv(report: StatsReport) -> str:
    """One row per group and a total row, plain numbers (what the dashboard exports)."""
    out = io.StringIO()
    records = [g.record() for g in report.groups] + [{**report.total.record(), "group": "total"}]
    writer = csv.DictWriter(out, fieldnames=list(records[0].keys()), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


# --- SQL --------------------------------------------------------------------------------


def _local_text(column: Any, dialect: str, offset_minutes: int, grouping: Grouping) -> Any:
    """``'07'`` (hour) or ``'2026-11-26'`` (day) of a timestamp in local time."""
    offset = int(offset_minutes)
    if dialect == "sqlite":
        pattern = "%H" if grouping is Grouping.HOUR else "%Y-%m-%d"
        return func.strftime(pattern, column, f"{offset:+d} minutes")
    pattern = "HH24" if grouping is Grouping.HOUR else "YYYY-MM-DD"
    shifted = column + literal_column(f"interval '{offset} minutes'")
    return func.to_char(shifted, pattern)


def _percentile_tenths(n: Any, rn: Any, value: Any, tenths: int) -> ColumnElement[Any]:
    """Ten times the ``tenths``/10 percentile, interpolated between ranks (integer SQL)."""
    position = (n - 1) * tenths
    low_rank = position // 10 + 1
    remainder = position % 10
    return func.sum(
        case(
            (rn == low_rank, value * (10 - remainder)),
            (rn == low_rank + 1, value * remainder),
            else_=0,
        )
    )


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _order_view(dialect: str, period: Period, grouping: Grouping | None) -> Any:
    """Order figures and the scans of shipped orders, from one row per shipped order."""
    f = OrderFactRow
    key: Any
    if grouping is Grouping.PACKER:
        key = f.packer
    elif grouping is Grouping.STATION:
        key = f.station
    elif grouping is not None:
        key = _local_text(f.shipped_at, dialect, period.utc_offset_minutes, grouping)
    else:
        key = literal(NO_KEY)
    timed = f.total_s.is_not(None)  # orders never scanned have no timings to rank
    ranked = (
        select(
            key.label("g"), f.units, f.total_s, f.pick_s, f.pack_s, f.first_scan_s,
            f.shipped_s, f.item_scans, f.misscans, f.short_picks, f.overrides,
            timed.label("timed"),
            func.row_number().over(partition_by=[key, timed], order_by=f.total_s).label("rn"),
            func.count().over(partition_by=[key, timed]).label("n"),
        )
        .where(f.shipped_at >= period.start, f.shipped_at < period.end)
        .cte("ranked_orders")
    )
    r = ranked.c
    is_timed = r.total_s.is_not(None)

    def of_timed(column: Any) -> Any:
        return case((is_timed, column))

    view = select(
        _count_if(is_timed).label("orders"),
        func.sum(of_timed(r.units)).label("units"),
        (_percentile_tenths(r.n, r.rn, r.total_s, 5) / 10.0).label("median_seconds"),
        (_percentile_tenths(r.n, r.rn, r.total_s, 9) / 10.0).label("p90_seconds"),
        func.avg(of_timed(r.pick_s)).label("pick_seconds"),
        func.avg(of_timed(r.pack_s)).label("pack_seconds"),
        (func.max(of_timed(r.shipped_s)) - func.min(r.first_scan_s)).label("span_seconds"),
        func.coalesce(func.sum(r.item_scans), 0).label("item_scans"),
        func.coalesce(func.sum(r.misscans), 0).label("misscans"),
        func.coalesce(func.sum(r.short_picks), 0).label("short_picks"),
        func.coalesce(func.sum(r.overrides), 0).label("overrides"),
    )
    if grouping is not None:
        view = view.add_columns(r.g).group_by(r.g)
    return view


def _unshipped_scan_view(dialect: str, period: Period, grouping: Grouping | None) -> Any:
    """Scans in the period that no shipped order's facts hold yet: scans of orders being
    worked on, held or cancelled, and scans tied to no order (each found through an index,
    not by reading the period's every scan)."""
    e = ScanEventRow
    in_period = and_(e.at >= period.start, e.at < period.end)
    unshipped_orders = select(OrderRow.id).where(
        or_(
            OrderRow.status.in_(UNSHIPPED_WORKED_STATUSES),
            # A cancelled order's scans came before it was cancelled (its last update).
            and_(OrderRow.status == OrderStatus.CANCELLED.value,
                 OrderRow.updated_at >= period.start),
        )
    )
    columns = (e.at, e.station, e.user_name, e.phase, e.outcome)
    events = union_all(
        select(*columns).where(e.order_id.in_(unshipped_orders), in_period),
        select(*columns).where(e.order_id.is_(None), in_period),
    ).subquery("unshipped_scans")
    s = events.c
    key: Any
    if grouping is Grouping.PACKER:
        key = func.coalesce(s.user_name, NO_KEY)
    elif grouping is Grouping.STATION:
        key = func.coalesce(s.station, NO_KEY)
    elif grouping is not None:
        key = _local_text(s.at, dialect, period.utc_offset_minutes, grouping)
    else:
        key = None
    is_work = s.phase.in_(WORK_PHASES)
    view = select(
        _count_if(and_(is_work, s.outcome.in_([o.value for o in ITEM_SCAN_OUTCOMES]))).label(
            "item_scans"),
        _count_if(and_(is_work, s.outcome.in_([o.value for o in REFUSALS]))).label("misscans"),
        _count_if(s.outcome == ScanOutcome.SHORT_PICK.value).label("short_picks"),
        _count_if(s.outcome == ScanOutcome.OVERRIDE.value).label("overrides"),
    )
    if key is not None:
        view = view.add_columns(key.label("g")).group_by(key)
    return view


def _figures_query(dialect: str, period: Period, grouping: Grouping | None) -> Any:
    o = _order_view(dialect, period, grouping).cte("order_view")
    s = _unshipped_scan_view(dialect, period, grouping).cte("scan_view")

    def both(name: str) -> Any:
        return (func.coalesce(o.c[name], 0) + func.coalesce(s.c[name], 0)).label(name)

    figures = [
        o.c.orders, o.c.units, o.c.median_seconds, o.c.p90_seconds, o.c.pick_seconds,
        o.c.pack_seconds, o.c.span_seconds, both("item_scans"), both("misscans"),
        both("short_picks"), both("overrides"),
    ]
    if grouping is None:
        return select(literal(NO_KEY).label("g"), *figures).select_from(o).join(s, true())
    keys = union(select(o.c.g), select(s.c.g)).subquery("group_keys")
    return (
        select(keys.c.g, *figures)
        .select_from(keys)
        .outerjoin(o, o.c.g == keys.c.g)
        .outerjoin(s, s.c.g == keys.c.g)
        .order_by(keys.c.g)
    )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _figures(row: Any) -> GroupFigures:
    orders = int(row.orders or 0)
    span = _float(row.span_seconds)
    return GroupFigures(
        key=str(row.g or NO_KEY),
        orders=orders,
        units=int(row.units or 0),
        orders_per_hour=orders * 3600 / span if orders and span else None,
        median_seconds=_float(row.median_seconds) if orders else None,
        p90_seconds=_float(row.p90_seconds) if orders else None,
        pick_seconds=_float(row.pick_seconds),
        pack_seconds=_float(row.pack_seconds),
        item_scans=int(row.item_scans or 0),
        misscans=int(row.misscans or 0),
        short_picks=int(row.short_picks or 0),
        overrides=int(row.overrides or 0),
    )


def group_figures(uow: UnitOfWork, period: Period, grouping: Grouping) -> list[GroupFigures]:
    """One row per packer, station, hour or day (one query)."""
    with uow:
        rows = uow.session.execute(_figures_query(uow.dialect, period, grouping)).all()
    return [_figures(row) for row in rows]


def total_figures(uow: UnitOfWork, period: Period) -> GroupFigures:
    """The whole period in one row (one query; its median is not a median of medians)."""
    with uow:
        row = uow.session.execute(_figures_query(uow.dialect, period, None)).one()
    return _figures(row)


def orders_on_hold(uow: UnitOfWork) -> list[HeldOrder]:
    """The orders on hold now, longest-held first (one query)."""
    with uow:
        rows = uow.session.execute(
            select(OrderRow.number, OrderRow.hold_reason, OrderRow.held_from,
                   OrderRow.claimed_user, OrderRow.claimed_station, OrderRow.updated_at)
            .where(OrderRow.status == OrderStatus.ON_HOLD.value)
            .order_by(OrderRow.updated_at, OrderRow.number)
        ).all()
    return [
        HeldOrder(r.number, r.hold_reason or "", r.held_from or "", r.claimed_user or "",
                  r.claimed_station or "", r.updated_at)
        for r in rows
    ]


def pack_rate_report(
    uow: UnitOfWork, actor: Actor | None, period: Period, grouping: Grouping
) -> StatsReport:
    """Everything the dashboard and ``packdesk stats`` show for one period and grouping."""
    require_role(actor, Role.LEAD, "the pack-rate figures")
    return StatsReport(
        period=period,
        grouping=grouping,
        groups=group_figures(uow, period, grouping),
        total=total_figures(uow, period),
        on_hold=orders_on_hold(uow),
    )


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
    shipped_at = OrderFactRow.shipped_at
    hour = _local_text(shipped_at, uow.dialect, period.utc_offset_minutes, Grouping.HOUR)
    query = (
        select(hour.label("hour"), func.count().label("orders"))
        .where(shipped_at >= period.start, shipped_at < period.end)
        .group_by(hour)
        .order_by(hour)
    )
    with uow:
        return [HourCount(str(row.hour), int(row.orders)) for row in uow.session.execute(query)]


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
