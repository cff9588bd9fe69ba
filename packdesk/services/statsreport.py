"""The pack-rate statistics' values: periods, groupings, figures, and how they read
(the dashboard and `packdesk stats` show the same text). Queries are in ``stats``."""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from packdesk.domain.csvcells import safe_cell
from packdesk.domain.model import OrderStatus

SHIFT_START_HOURS = (6, 14, 22)
# Orders whose scans are not yet in any order's facts and may still gain scans. (An order
# put back in the queue, new again, has its earlier scans counted once it ships.)
UNSHIPPED_WORKED_STATUSES = tuple(s.value for s in (
    OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED, OrderStatus.ON_HOLD))
NO_KEY = ""  # a group whose packer or station was not recorded
LONG_PERIOD = timedelta(days=14)


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


class HeldOrder(NamedTuple):
    """An order on hold as the dashboard lists it (a named tuple: a warehouse may hold
    thousands, and a frozen dataclass took longer to build than the query to read them)."""

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
    """One row per group and a total row, plain numbers (what the dashboard exports); a
    name that a spreadsheet would read as a formula is written as text (``safe_cell``)."""
    out = io.StringIO()
    records = [g.record() for g in report.groups] + [{**report.total.record(), "group": "total"}]
    writer = csv.DictWriter(out, fieldnames=list(records[0].keys()), lineterminator="\n")
    writer.writeheader()
    # Packer and station names are typed by people: never let a spreadsheet run them.
    writer.writerows({key: safe_cell(value) for key, value in record.items()} for record in records)
    return out.getvalue()
