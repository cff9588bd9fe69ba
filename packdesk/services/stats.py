"""Pack-rate statistics for the shift lead: fast over months, same answers everywhere.

Figures for a period, grouped by packer, station, hour of day or day:

* **orders** shipped in the period and their **units** (ordered minus short-picked);
* **orders per hour**: orders / hours from the group's first scan to its last shipment;
* **median** and **90th percentile** time per order, first scan to shipped, interpolated
  between ranks like ``percentile_cont`` over the times as ``services.tally``'s buckets
  read them (exact below 128 s, else at most 0.8 % off);
* mean **pick** time (first scan to picked) and **pack** time (picked to packed);
* **mis-scan rate**: refused scans / scans of items and bins while picking or packing;
* **short picks** and **overrides**;
* the orders **on hold** now, with their reasons.

Closed days are read from their daily roll-ups (``services.rollups``, written by the
first read after a day closed), the rest of the period (today) live from the order facts
and the scan log (``services.statslive``); scans of orders that are still open are always
read live. Roll-ups and live reads fill the same tallies, which add up, so the figures are
the same as a fully live reading (``rollups=False``; tests/integration/test_rollups.py
compares them on random histories). The period's total is the groups added up (one read
for both); results are rounded once, here.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from packdesk.domain.errors import DomainError
from packdesk.domain.model import OrderStatus, Role
from packdesk.persistence.tables import OrderRow, SettingRow

from .auth import Actor, require_role
from .rollups import coverage, roll_up_quietly, rolled_up_orders_by_hour, rolled_up_tallies
from .statslive import ScanPart, key_text, live_orders_by_hour, live_tallies
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
from .tally import Tally
from .uow import UnitOfWork

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

def _tallies(
    session: Session, period: Period, grouping: Grouping, rollups: bool
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}

    def add(found: dict[tuple[Any, ...], Tally]) -> None:
        for (key, *_), tally in found.items():
            tallies.setdefault(key_text(key, grouping), Tally()).merge(tally)

    if rollups:
        covered = coverage(session, period, grouping)
        add(rolled_up_tallies(session, covered.days, grouping))
        for part in covered.gaps:
            add(live_tallies(session, part, grouping, scans=ScanPart.LOOSE))
        add(live_tallies(session, period, grouping, orders=False, scans=ScanPart.OPEN))
    else:
        add(live_tallies(session, period, grouping))
    return tallies


def _period_figures(
    session: Session, period: Period, grouping: Grouping, rollups: bool = True
) -> tuple[list[GroupFigures], GroupFigures]:
    """Each group's figures and the whole period's, from one read (every order and scan
    is in exactly one group, so the groups add up to the total; its median is the
    median of all orders, not of the groups' medians)."""
    tallies = _tallies(session, period, grouping, rollups)
    total = Tally()
    for tally in tallies.values():
        total.merge(tally)
    groups = [tallies[key].figures(key) for key in sorted(tallies)]
    return groups, total.figures(NO_KEY)


def group_figures(uow: UnitOfWork, period: Period, grouping: Grouping, *,
                  rollups: bool = True) -> list[GroupFigures]:
    """One row per packer, station, hour or day."""
    if rollups:
        roll_up_quietly(uow)
    with uow:
        return _period_figures(uow.session, period, grouping, rollups)[0]


def total_figures(uow: UnitOfWork, period: Period, *, rollups: bool = True) -> GroupFigures:
    """The whole period in one row."""
    if rollups:
        roll_up_quietly(uow)
    with uow:
        return _period_figures(uow.session, period, Grouping.PACKER, rollups)[1]


def orders_on_hold(uow: UnitOfWork) -> list[HeldOrder]:
    """The orders on hold now, longest-held first."""
    with uow:
        return _orders_on_hold(uow.session)


def _orders_on_hold(session: Session) -> list[HeldOrder]:
    columns = (OrderRow.number, OrderRow.hold_reason, OrderRow.held_from, OrderRow.status,
               OrderRow.claimed_user, OrderRow.claimed_station, OrderRow.updated_at)
    # Core rows, not the ORM's: a warehouse may hold thousands of orders.
    connection = session.connection()
    held = connection.execute(
        select(*columns)
        # A literal, not a parameter: SQLite then reads the partial index ix_orders_held,
        # already in this order.
        .where(OrderRow.status == literal(OrderStatus.ON_HOLD.value, literal_execute=True))
        .order_by(OrderRow.updated_at, OrderRow.number)
    ).all()
    at_bench = connection.execute(  # packed, held at the bench: its payment was not captured
        select(*columns).where(OrderRow.status == OrderStatus.PACKED.value,
                               OrderRow.hold_reason != "")
        .order_by(OrderRow.updated_at, OrderRow.number)
    ).all()
    rows = heapq.merge(held, at_bench, key=lambda r: (r[6], r[0])) if at_bench else held
    return [HeldOrder(number, reason or "", held_from or status, packer or "", station or "", since)
            for number, reason, held_from, status, packer, station, since in rows]


def pack_rate_report(
    uow: UnitOfWork, actor: Actor | None, period: Period, grouping: Grouping, *,
    rollups: bool = True,
) -> StatsReport:
    """Everything the dashboard and ``packdesk stats`` show for one period and grouping
    (closed days from their roll-ups, rolled up first if need be, unless ``rollups`` is
    False: then everything is read live)."""
    require_role(actor, Role.LEAD, "the pack-rate figures")
    if rollups:
        roll_up_quietly(uow)
    with uow:
        return _report(uow.session, period, grouping, rollups)


def _report(session: Session, period: Period, grouping: Grouping, rollups: bool) -> StatsReport:
    groups, total = _period_figures(session, period, grouping, rollups)
    return StatsReport(period=period, grouping=grouping, groups=groups, total=total,
                       on_hold=_orders_on_hold(session))


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


def orders_by_hour(uow: UnitOfWork, period: Period, *, rollups: bool = True) -> list[HourCount]:
    """Orders shipped in each local hour of day (the hourly chart)."""
    if rollups:
        roll_up_quietly(uow)
    with uow:
        return _orders_by_hour(uow.session, period, rollups)


def _orders_by_hour(session: Session, period: Period, rollups: bool) -> list[HourCount]:
    counts: Counter[int] = Counter()
    if rollups:
        covered = coverage(session, period, None)
        counts.update(rolled_up_orders_by_hour(session, covered.days))
        parts = covered.gaps
    else:
        parts = [period]
    for part in parts:
        counts.update(live_orders_by_hour(session, part))
    return [HourCount(key_text(hour, Grouping.HOUR), n) for hour, n in sorted(counts.items())
            if n]


def dashboard_data(
    uow: UnitOfWork, actor: Actor | None, period: Period, grouping: Grouping, *,
    rollups: bool = True,
) -> DashboardData:
    """The table's report plus the hour and packer series the charts draw, read in one
    transaction (on PostgreSQL each transaction costs round trips of its own)."""
    require_role(actor, Role.LEAD, "the pack-rate figures")
    if rollups:
        roll_up_quietly(uow)
    with uow:
        session = uow.session
        report = _report(session, period, grouping, rollups)
        by_hour = _orders_by_hour(session, period, rollups)
        by_packer = report.groups if grouping is Grouping.PACKER else _period_figures(
            session, period, Grouping.PACKER, rollups)[0]
        return DashboardData(report, by_hour, by_packer, _target_rate(session))


def target_rate(uow: UnitOfWork) -> float:
    """Orders per hour the lead expects of one packer."""
    with uow:
        return _target_rate(uow.session)


def _target_rate(session: Session) -> float:
    row = session.get(SettingRow, TARGET_RATE_KEY)
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
