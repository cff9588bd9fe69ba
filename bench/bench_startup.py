"""Cold start to an interactive station window, in a fresh process, on the warehouse.

From starting ``python`` to the station window shown with the station's state restored
from the database and the event loop turning (``bench.station_child startup``), against
a bare PySide6 window's start measured the same way. Median of a few starts; the
operating system's file cache is warm after the first, as on a station started daily.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from bench.data import sqlite_warehouse
from bench.harness import ROOT, Context, Result
from bench.window_shift import child_env

TARGET_S = 1.5
TARGET_RATIO = 2.0


def start_seconds(args: list[str], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        begun = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bench.station_child", *args],
                              capture_output=True, text=True, env=child_env(), cwd=ROOT,
                              timeout=120, check=False)
        if "ready" not in done.stdout.split():
            raise RuntimeError(f"{args[0]} did not start: {done.stderr[-2000:]}")
        samples.append(time.perf_counter() - begun)
    return statistics.median(samples)


def run(ctx: Context) -> list[Result]:
    url = sqlite_warehouse(ctx, "startup")
    repeat = 1 if ctx.smoke else 5
    if not ctx.smoke:
        start_seconds(["bare"], 1)  # the first start reads the files from disk
    bare = start_seconds(["bare"], repeat)
    if not ctx.smoke:
        start_seconds(["startup", url], 1)
    station = start_seconds(["startup", url], repeat)
    size = f"{ctx.sizes.orders:,}-order database, SQLite"
    note = f"median of {repeat}; bare PySide6 window {bare:.2f} s"
    return [
        Result("cold start to an interactive station window", size, station, "s", TARGET_S,
               baseline=bare, baseline_name="bare PySide6 window", note=note),
        Result("cold start, relative to a bare PySide6 window", size, station / bare, "x",
               TARGET_RATIO, note=note),
    ]
