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
    BigInteger,
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
    true,
    union,
)

from packdesk.domain.errors import DomainError
from packdesk.domain.model import REFUSALS, OrderStatus, Role, ScanOutcome
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    ScanEventRow,
    SettingRow,
    ShipmentRow,
)

from .auth import Actor, require_role
from .uow import UnitOfWork

SHIFT_START_HOURS = (6, 14, 22)
ITEM_SCAN_OUTCOMES = frozenset({ScanOutcome.ACCEPTED, ScanOutcome.BIN_CONFIRMED}) | REFUSALS
WORK_PHASES = ("pick", "pack")
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


def _epoch(column: Any, dialect: str) -> ColumnElement[int]:
    """Whole seconds since 1970 of a naive-UTC timestamp, truncated the same on both."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer)
    return cast(func.floor(func.extract("epoch", column)), BigInteger)


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


def _views(dialect: str, period: Period, grouping: Grouping | None) -> tuple[Any, Any]:
    def first_outbound(column: Any) -> Any:
        # Correlated and index-backed (shipments.order_id): only the period's orders are looked up.
        return (
            select(column)
            .where(ShipmentRow.order_id == OrderRow.id, ShipmentRow.kind == "outbound")
            .order_by(ShipmentRow.id)
            .limit(1)
            .scalar_subquery()
        )

    order_key: Any
    scan_key: Any
    if grouping is Grouping.PACKER:
        order_key = func.coalesce(first_outbound(ShipmentRow.user_name), OrderRow.claimed_user,
                                  NO_KEY)
        scan_key = func.coalesce(ScanEventRow.user_name, NO_KEY)
    elif grouping is Grouping.STATION:
        order_key = func.coalesce(first_outbound(ShipmentRow.station), OrderRow.claimed_station,
                                  NO_KEY)
        scan_key = func.coalesce(ScanEventRow.station, NO_KEY)
    elif grouping is not None:
        order_key = _local_text(OrderRow.shipped_at, dialect, period.utc_offset_minutes, grouping)
        scan_key = _local_text(ScanEventRow.at, dialect, period.utc_offset_minutes, grouping)
    else:
        order_key = scan_key = None

    first = _epoch(OrderRow.first_scan_at, dialect)
    shipped = _epoch(OrderRow.shipped_at, dialect)
    picked = _epoch(OrderRow.picked_at, dialect)
    packed = _epoch(OrderRow.packed_at, dialect)
    duration = shipped - first
    units = (
        select(func.coalesce(func.sum(OrderLineRow.quantity - OrderLineRow.short_qty), 0))
        .where(OrderLineRow.order_id == OrderRow.id)
        .scalar_subquery()
    )
    # Each order's key and timings, then their ranks within the group.
    base = (
        select(
            (order_key if order_key is not None else literal(NO_KEY)).label("g"),
            units.label("units"),
            duration.label("seconds"),
            (picked - first).label("pick_seconds"),
            (packed - picked).label("pack_seconds"),
            first.label("first_epoch"),
            shipped.label("shipped_epoch"),
        )
        .select_from(OrderRow)
        .where(
            OrderRow.shipped_at >= period.start,
            OrderRow.shipped_at < period.end,
            OrderRow.first_scan_at.is_not(None),
        )
        .cte("order_base")

    )
    b = base.c
    partition = [b.g] if order_key is not None else None
    facts = select(
        *b,
        func.row_number().over(partition_by=partition, order_by=b.seconds).label("rn"),
        func.count().over(partition_by=partition).label("n"),
    ).cte("order_facts")
    f = facts.c
    order_view = select(
        func.count().label("orders"),
        func.sum(f.units).label("units"),
        (_percentile_tenths(f.n, f.rn, f.seconds, 5) / 10.0).label("median_seconds"),
        (_percentile_tenths(f.n, f.rn, f.seconds, 9) / 10.0).label("p90_seconds"),
        func.avg(f.pick_seconds).label("pick_seconds"),
        func.avg(f.pack_seconds).label("pack_seconds"),
        (func.max(f.shipped_epoch) - func.min(f.first_epoch)).label("span_seconds"),
    )
    if order_key is not None:
        order_view = order_view.add_columns(f.g).group_by(f.g)

    is_work = ScanEventRow.phase.in_(WORK_PHASES)
    outcome = ScanEventRow.outcome

    def count_if(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    scan_view = select(
        count_if(and_(is_work, outcome.in_([o.value for o in ITEM_SCAN_OUTCOMES]))).label(
            "item_scans"),
        count_if(and_(is_work, outcome.in_([o.value for o in REFUSALS]))).label("misscans"),
        count_if(outcome == ScanOutcome.SHORT_PICK.value).label("short_picks"),
        count_if(outcome == ScanOutcome.OVERRIDE.value).label("overrides"),
    ).where(ScanEventRow.at >= period.start, ScanEventRow.at < period.end)
    if scan_key is not None:
        scan_view = scan_view.add_columns(scan_key.label("g")).group_by(scan_key)
    return order_view, scan_view


def _figures_query(dialect: str, period: Period, grouping: Grouping | None) -> Any:
    order_view, scan_view = _views(dialect, period, grouping)
    o = order_view.cte("order_view")
    s = scan_view.cte("scan_view")
    figures = [
        o.c.orders, o.c.units, o.c.median_seconds, o.c.p90_seconds, o.c.pick_seconds,
        o.c.pack_seconds, o.c.span_seconds, s.c.item_scans, s.c.misscans, s.c.short_picks,
        s.c.overrides,
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
    hour = _local_text(OrderRow.shipped_at, uow.dialect, period.utc_offset_minutes, Grouping.HOUR)
    query = (
        select(hour.label("hour"), func.count().label("orders"))
        .where(OrderRow.shipped_at >= period.start, OrderRow.shipped_at < period.end)
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
