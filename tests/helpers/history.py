"""A small packing history with hand-checked figures, for the statistics tests.

Two packers on 26 November 2026 (UTC), plus one order the day before that no figure of
the 26th may include. The expected figures below were worked out by hand from the
timings; the arithmetic is written next to each number.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import Engine

from packdesk.domain.model import OrderStatus
from packdesk.services.history import PackedOrder, write_history

KNOWN_DAY = date(2026, 11, 26)
PAT, OLGA = "Pat Packer", "Olga Ivanova"
BENCH1, BENCH2 = "Bench 1", "Bench 2"


def _at(hour: int, minute: int, day: int = 26) -> datetime:
    return datetime(2026, 11, day, hour, minute)


KNOWN_HISTORY = [
    # Pat at Bench 1: 180 s, 360 s, 300 s, 600 s per order.
    PackedOrder("#1001", PAT, BENCH1, _at(8, 0), pick_seconds=120, pack_seconds=60),
    PackedOrder("#1002", PAT, BENCH1, _at(8, 10), 240, 120, quantities=(2, 1), misscans=1),
    PackedOrder("#1003", PAT, BENCH1, _at(8, 30), 180, 60, ship_seconds=60, overrides=1),
    PackedOrder("#1004", PAT, BENCH1, _at(9, 5), 300, 300, quantities=(1, 1, 1), misscans=2),
    # Olga at Bench 2: 120 s, 120 s, 300 s, and one order held while picking (short).
    PackedOrder("#2001", OLGA, BENCH2, _at(8, 5), 60, 60),
    PackedOrder("#2002", OLGA, BENCH2, _at(8, 20), 90, 30),
    PackedOrder("#2003", OLGA, BENCH2, _at(9, 10), 200, 100, quantities=(2,), misscans=1),
    PackedOrder("#2004", OLGA, BENCH2, _at(9, 30), 45, 0, short_units=1,
                status=OrderStatus.ON_HOLD, hold_reason="Item damaged"),
    # The day before: outside every figure of the 26th.
    PackedOrder("#0999", PAT, BENCH1, _at(10, 0, day=25), 100, 100, quantities=(5,),
                misscans=3, overrides=2),
]


def write_known_history(engine: Engine, day: date = KNOWN_DAY) -> None:
    """The history on ``KNOWN_DAY``, or moved whole onto another ``day`` (today's, for
    a figure that must still change: a closed day is read from its roll-up)."""
    shift = day - KNOWN_DAY
    write_history(engine, [replace(order, first_scan_at=order.first_scan_at + shift)
                           for order in KNOWN_HISTORY])


# Columns as in packdesk.services.stats.GroupFigures.record(). Percentiles read each time
# as the middle of its bucket (services/tally.py): 120 s is exact, 180 s is 180-181 s
# (180.5), 300 s is 300-303 s (301.5), 360 s is 361.5, 600 s is 600-607 s (603.5).
EXPECTED_BY_PACKER = {
    OLGA: {
        "orders": 3,
        "units": 4,  # 1 + 1 + 2
        "orders_per_hour": 2.57,  # 3 orders from 08:05 to 09:15 (70 min)
        "median_seconds": 120.0,  # of 120, 120, 300
        "p90_seconds": 265.2,  # rank 1.8 of 3: 120 + 0.8 * (301.5 - 120)
        "pick_seconds": 116.7,  # (60 + 90 + 200) / 3
        "pack_seconds": 63.3,  # (60 + 30 + 100) / 3
        "item_scans": 13,  # 3 + 3 + 6 + 1 bin scan of the held order
        "misscans": 1,
        "misscan_rate_percent": 7.7,  # 1 / 13
        "short_picks": 1,
        "overrides": 0,
    },
    PAT: {
        "orders": 4,
        "units": 8,  # 1 + 3 + 1 + 3
        "orders_per_hour": 3.2,  # 4 orders from 08:00 to 09:15 (75 min)
        "median_seconds": 331.5,  # (301.5 + 361.5) / 2
        "p90_seconds": 530.9,  # rank 2.7 of 4: 361.5 + 0.7 * (603.5 - 361.5)
        "pick_seconds": 210.0,  # (120 + 240 + 180 + 300) / 4
        "pack_seconds": 135.0,  # (60 + 120 + 60 + 300) / 4
        "item_scans": 26,  # 3 + 9 + 3 + 11
        "misscans": 3,
        "misscan_rate_percent": 11.5,  # 3 / 26
        "short_picks": 0,
        "overrides": 1,
    },
}

EXPECTED_TOTAL = {
    "orders": 7,
    "units": 12,
    "orders_per_hour": 5.6,  # 7 orders from 08:00 to 09:15
    "median_seconds": 301.5,  # of 120, 120, 180.5, 301.5, 301.5, 361.5, 603.5
    "p90_seconds": 458.3,  # rank 5.4 of 7: 361.5 + 0.4 * (603.5 - 361.5)
    "pick_seconds": 170.0,  # 1190 / 7
    "pack_seconds": 104.3,  # 730 / 7
    "item_scans": 39,
    "misscans": 4,
    "misscan_rate_percent": 10.3,  # 4 / 39
    "short_picks": 1,
    "overrides": 1,
}

# Orders by the hour they shipped: 08:03, 08:16, 08:35, 08:07, 08:22 | 09:15, 09:15.
EXPECTED_ORDERS_BY_HOUR = {"08": 5, "09": 2}
