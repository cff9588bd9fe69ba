"""One station window driven through a shift, in its own process (feedback and memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from bench.data import sqlite_warehouse
from bench.harness import ROOT, Context


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def window_shift(ctx: Context) -> dict[str, Any]:
    """Latencies, shipped count and peak RSS of a window shift on the warehouse (cached)."""
    if "window_shift" not in ctx.cache:
        url = sqlite_warehouse(ctx, "window-shift")
        done = subprocess.run(
            [sys.executable, "-m", "bench.station_child", "shift", url,
             str(ctx.sizes.shift_orders)],
            capture_output=True, text=True, env=child_env(), cwd=ROOT,
            timeout=120 if ctx.smoke else 1800, check=False)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"the station window's shift failed ({done.returncode}): "
                               f"{done.stderr[-2000:]}")
        result = json.loads(lines[-1])
        if result["errors"]:
            raise RuntimeError(f"the station window's shift stopped: {result['errors']}")
        ctx.cache["window_shift"] = result
    return ctx.cache["window_shift"]  # type: ignore[return-value]
