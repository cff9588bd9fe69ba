"""Station memory: the peak RSS of a station process (window and services) through a shift.

Peak RSS is the process's ``VmHWM`` (see ``bench.station_child.peak_rss_mb``).

The process is the one :mod:`bench.window_shift` runs: the station window on the
100k-order warehouse, a fake scanner, ``sizes.shift_orders`` orders picked, packed and
shipped. The baseline is a bare PySide6 window's peak RSS in a process of its own.
"""

from __future__ import annotations

import subprocess
import sys

from bench.harness import ROOT, Context, Result
from bench.window_shift import child_env, window_shift

TARGET_MB = 250.0


def bare_window_rss_mb() -> float:
    code = ("import sys; sys.argv = ['x', 'bare'];"
            "from bench.station_child import bare, peak_rss_mb; bare(); print(peak_rss_mb())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=120, check=True)
    return float(done.stdout.split()[-1])


def run(ctx: Context) -> list[Result]:
    shift = window_shift(ctx)
    return [Result("station memory (peak RSS) through a shift",
                   f"{shift['shipped']} orders shipped, {ctx.sizes.orders:,}-order database",
                   shift["peak_rss_mb"], "MB", TARGET_MB, baseline=bare_window_rss_mb(),
                   baseline_name="bare PySide6 window",
                   note=f"{len(shift['latencies_ms'])} scans through the window")]
