"""How intake writes beside working stations: short write transactions, a gap after
each on SQLite (whose single write lock a station's scan waits for), and no garbage
collection while the lock is held."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator
from dataclasses import dataclass

WRITE_SLICE_SECONDS = 0.02
WRITE_GAP_SECONDS = 0.03  # > SQLite's busy-handler sleeps (at most 25 ms within 100 ms)

# SQLite's default busy handler (sqliteDefaultBusyCallback, used for Python's ``timeout``)
# sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 ms between tries; these are the
# waits after which each sleep starts.
_BUSY_SLEEPS_MS = (1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100)
_BUSY_STARTS_MS = tuple(sum(_BUSY_SLEEPS_MS[:i]) for i in range(len(_BUSY_SLEEPS_MS)))
GAP_MARGIN_SECONDS = 0.005  # the waiting station's wake-up and its BEGIN


def gap_after(held_seconds: float) -> float:
    """How long to leave the write lock free after holding it ``held_seconds``: a station
    that began waiting during the write has waited at most that long, so its next try
    comes within the longest sleep its busy handler takes by then. (A 20 ms write needs
    15 ms and the margin, where a fixed gap had to cover the 25 ms sleeps too.)"""
    held_ms = held_seconds * 1000
    longest = max(sleep for sleep, start in zip(_BUSY_SLEEPS_MS, _BUSY_STARTS_MS, strict=True)
                  if start <= held_ms)
    return min(longest / 1000 + GAP_MARGIN_SECONDS, WRITE_GAP_SECONDS)


@dataclass
class WritePacer:
    """On SQLite, leaves the write lock free for a while after each intake commit."""

    enabled: bool
    last_commit: float = float("-inf")
    gap: float = WRITE_GAP_SECONDS
    began: float = 0.0

    def before_write(self) -> None:
        if self.enabled:
            wait = self.gap - (time.monotonic() - self.last_commit)
            if wait > 0:
                time.sleep(wait)
        self.began = time.monotonic()

    def committed(self) -> None:
        self.last_commit = time.monotonic()
        self.gap = gap_after(self.last_commit - self.began)


@contextlib.contextmanager
def no_gc_pause() -> Iterator[None]:
    """No garbage collection while the write lock is held: a full collection of a pull's
    objects took hundreds of milliseconds that a waiting station would have waited."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def long_lived_objects_frozen() -> Iterator[None]:
    """The objects that exist before a pull (the application, its modules, caches) left
    out of the garbage collector's full collections while it runs: a pull allocates
    millions of short-lived objects, and each full collection walked them all again
    (0.5 s of a 4.5 s pull of 10,000 orders). Unfrozen afterwards."""
    thresholds = gc.get_threshold()
    gc.freeze()
    # Young collections less often too: a page's thousands of short-lived objects are
    # freed by reference counting; the collector only looks for cycles.
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
