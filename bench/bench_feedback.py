"""Scan -> feedback painted in the station window (offscreen), p99.

A fake scanner feeds the real station window (``packdesk.app.build_main_window``) on the
warehouse database; each scan is timed from the scanner's signal until the verdict
banner's paint that shows it is done (the service call runs on the window's worker
thread, as at the bench). The baseline is the same scan's ``handle_scan`` p99 measured
in this run without a window (``bench_scan``), when it ran.
"""

from __future__ import annotations

from bench.harness import Context, Result, percentile
from bench.window_shift import window_shift

TARGET_MS = 16.0


def run(ctx: Context) -> list[Result]:
    shift = window_shift(ctx)
    latencies = shift["latencies_ms"]
    size = f"{ctx.sizes.orders:,} orders, {ctx.sizes.scan_events:,} scan events, SQLite"
    return [Result("scan -> feedback painted in the station window, p99", size,
                   percentile(latencies, 99), "ms", TARGET_MS,
                   baseline=ctx.baselines.get("sqlite_commit_ms"), baseline_name="SQLite commit",
                   note=f"{len(latencies)} scans, p50 {percentile(latencies, 50):.1f} ms, "
                        f"{shift['shipped']} orders")]
