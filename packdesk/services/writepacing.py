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


@dataclass
class WritePacer:
    """On SQLite, leaves the write lock free for a while after each intake commit."""

    enabled: bool
    last_commit: float = float("-inf")

    def before_write(self) -> None:
        if self.enabled:
            wait = WRITE_GAP_SECONDS - (time.monotonic() - self.last_commit)
            if wait > 0:
                time.sleep(wait)

    def committed(self) -> None:
        self.last_commit = time.monotonic()


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
