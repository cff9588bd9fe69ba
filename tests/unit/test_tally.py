"""The statistics' order-time buckets and the roll-ups' stored histograms."""

from __future__ import annotations

import random

from packdesk.services.tally import (
    Tally,
    bucket_of,
    bucket_seconds,
    pack_times,
    packed_counts,
    unpacked_counts,
)


def test_each_time_is_read_within_0_8_percent_and_exactly_below_128_seconds() -> None:
    for seconds in range(0, 200_000):
        read = bucket_seconds(bucket_of(seconds))
        if seconds < 128:
            assert read == seconds
        assert abs(read - seconds) <= seconds / 128
    assert [bucket_of(s) for s in (127, 128, 129, 130, 255, 256)] == [127, 128, 128, 129, 191, 192]


def test_buckets_keep_the_order_of_the_times() -> None:
    buckets = [bucket_of(s) for s in range(0, 100_000)]
    assert buckets == sorted(buckets)


def test_stored_histograms_add_up_like_the_counts_they_hold() -> None:
    rng = random.Random(3)
    total = Tally()
    packed = 0
    for _ in range(200):
        row = Tally()
        for _ in range(rng.randrange(0, 40)):
            row.add_timings(rng.choice([rng.randrange(0, 2000), 86_400 * 3]), rng.choice([1, 300, 70_000]))
        start, data = pack_times(row.times)
        packed += packed_counts(data) << (32 * start)
        total.add_times(0, row.times)
    counts = list(unpacked_counts(packed))
    assert counts + [0] * (len(total.times) - len(counts)) == total.times
    assert pack_times([]) == (0, b"") and packed_counts(b"") == 0
