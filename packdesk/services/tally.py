"""One group's statistics being added up, and the buckets order times are counted in.

A ``Tally`` holds sums (orders, units, pick and pack seconds, scans by kind) and a
histogram of order times (first scan to shipped, whole seconds). Live queries
(``services.stats``) and the daily roll-ups (``services.rollups``) fill the same tallies,
and tallies add up, so a period reads the same from roll-ups plus today as from the
order facts alone.

**The bucket rule.** A time of ``s`` whole seconds is counted in bucket
``bucket_of(s)``: exact below 128 s (a negative time, from a clock set back, counts as
0); from 128 s on, 64 buckets per doubling (128-129 s, 130-131 s, ... 256-259 s, ...),
each read as the middle of the whole seconds it holds. A time is thus read at most 0.8 %
(1/128) off, and so is each percentile, which interpolates between two of them: a median
of 5:00 is right to within 2.3 s. Both the live figures and the roll-ups use this rule,
so they give the same percentiles to the last digit.
"""

from __future__ import annotations

import sys
from array import array
from dataclasses import dataclass, field
from operator import add
from typing import Any

from .statsreport import GroupFigures

SUB_BUCKETS = 64  # buckets per doubling of the time
EXACT_BELOW = 2 * SUB_BUCKETS  # whole seconds counted one by one
_SHIFT_BASE = EXACT_BELOW.bit_length() - 1  # 128 -> 7


def bucket_of(seconds: int) -> int:
    """The bucket a time of ``seconds`` whole seconds is counted in."""
    if seconds < EXACT_BELOW:
        return max(int(seconds), 0)
    shift = int(seconds).bit_length() - _SHIFT_BASE
    return SUB_BUCKETS * shift + (int(seconds) >> shift)


def bucket_seconds(bucket: int) -> float:
    """The time a bucket is read as: the middle of the whole seconds it holds."""
    if bucket < EXACT_BELOW:
        return float(bucket)
    shift = bucket // SUB_BUCKETS - 1
    lowest = (bucket - SUB_BUCKETS * shift) << shift
    return lowest + ((1 << shift) - 1) / 2


def pack_times(times: list[int]) -> tuple[int, bytes]:
    """A histogram as a roll-up stores it: its first used bucket, and the counts from
    there (leading and trailing empty buckets left out) as one byte saying how wide each
    count is (1, 2 or 4 bytes, the narrowest that holds the largest) and the counts,
    little-endian. Nearly every row's counts fit in a byte: a quarter of the reading."""
    used = [i for i, n in enumerate(times) if n]
    if not used:
        return 0, b""
    counts = times[used[0]:used[-1] + 1]
    largest = max(counts)
    width = 1 if largest < 1 << 8 else 2 if largest < 1 << 16 else 4
    return used[0], bytes([width]) + b"".join(n.to_bytes(width, "little") for n in counts)


def packed_counts(data: bytes) -> int:
    """A stored histogram as one integer, 32 bits a bucket (the lowest bucket in the
    lowest bits): two such integers added add every bucket at once."""
    if not data:
        return 0
    width, counts = data[0], bytes(data[1:])
    if width == 4:
        return int.from_bytes(counts, "little")
    # Each count widened to 4 little-endian bytes by slice assignment, in C.
    wide = bytearray(len(counts) // width * 4)
    for byte in range(width):
        wide[byte::4] = counts[byte::width]
    return int.from_bytes(wide, "little")


def unpacked_counts(total: int) -> array[int]:
    """The counts of an integer made by adding ``packed_counts``, bucket 0 first."""
    counts = array("I")
    counts.frombytes(total.to_bytes(4 * ((total.bit_length() + 31) // 32), "little"))
    if sys.byteorder == "big":
        counts.byteswap()
    return counts


@dataclass
class Tally:
    """One group's figures being added up."""

    shipped: int = 0  # shipped orders, timed or not (the hourly chart)
    orders: int = 0
    units: int = 0
    pick_total: int = 0
    picks: int = 0
    pack_total: int = 0
    packs: int = 0
    first_s: int | None = None
    last_s: int | None = None
    times: list[int] = field(default_factory=list)  # orders per bucket (``bucket_of``)
    item_scans: int = 0
    misscans: int = 0
    short_picks: int = 0
    overrides: int = 0

    SUMS = ("shipped", "orders", "units", "pick_total", "picks", "pack_total", "packs",
            "item_scans", "misscans", "short_picks", "overrides")

    def add_orders(self, row: Any) -> None:
        """A row of sums (a live query's or a roll-up's): every name in ``SUMS``, and
        ``first_s``/``last_s``."""
        for name in self.SUMS:
            setattr(self, name, getattr(self, name) + int(getattr(row, name) or 0))
        self.first_s = _least(self.first_s, row.first_s)
        self.last_s = _greatest(self.last_s, row.last_s)

    def add_timings(self, seconds: int, count: int) -> None:
        self.add_times(bucket_of(seconds), [count])

    def add_times(self, start: int, counts: Any) -> None:
        """Add ``counts`` to the buckets from ``start`` on."""
        end = start + len(counts)
        if len(self.times) < end:
            self.times.extend([0] * (end - len(self.times)))
        self.times[start:end] = map(add, self.times[start:end], counts)

    def merge(self, other: Tally) -> None:
        self.add_orders(other)
        self.add_times(0, other.times)

    def percentile(self, tenths: int) -> float | None:
        """Interpolated between ranks like ``percentile_cont``, in whole tenths, over the
        times as their buckets read them."""
        if not self.orders:
            return None
        position = (self.orders - 1) * tenths
        low_rank, remainder = position // 10 + 1, position % 10
        low = high = None
        seen = 0
        for bucket, count in enumerate(self.times):
            if not count:
                continue
            seen += count
            if low is None and seen >= low_rank:
                low = bucket_seconds(bucket)
            if seen >= low_rank + 1:
                high = bucket_seconds(bucket)
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
