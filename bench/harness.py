"""The benchmark harness: sizes, baselines, a PostgreSQL server, and the result table.

Each benchmark module under ``bench/`` has a ``run(ctx) -> list[Result]``. Figures are
compared with their target and also divided by a baseline measured in the same run, so
a slower or faster machine shows in the baseline, not as a regression.
"""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Sizes:
    orders: int
    scan_events: int
    pull_orders: int
    documents: int
    shift_orders: int
    stations: int
    station_orders: int
    stats_days: int


FULL = Sizes(orders=100_000, scan_events=1_000_000, pull_orders=10_000, documents=1_000,
             shift_orders=500, stations=8, station_orders=10_000, stats_days=90)
SMOKE = Sizes(orders=300, scan_events=3_000, pull_orders=60, documents=20,
              shift_orders=4, stations=2, station_orders=16, stats_days=3)


@dataclass
class Result:
    figure: str
    size: str
    value: float
    unit: str  # "ms", "s", "MB", "x", "orders/s"
    target: float
    higher_is_better: bool = False
    baseline: float | None = None  # same unit as value; ratio = value / baseline
    note: str = ""
    baseline_name: str = ""  # what the ratio is taken against, shown next to it

    @property
    def passed(self) -> bool:
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


@dataclass
class Context:
    sizes: Sizes
    smoke: bool
    workdir: Path
    pg_url: str | None
    baselines: dict[str, float] = field(default_factory=dict)
    # Where the built SQLite warehouse is kept between runs (--keep-warehouse DIR).
    keep_dir: Path | None = None
    cache: dict[str, object] = field(default_factory=dict)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Median seconds of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure_baselines(workdir: Path, pg_url: str | None = None) -> dict[str, float]:
    """Reference costs on this machine, this run.

    - ``sqlite_commit_ms``: one INSERT + COMMIT into a WAL SQLite file (what any
      scan must at least cost);
    - ``pg_commit_ms``: one INSERT + COMMIT on the PostgreSQL server (with ``pg_url``);
    - ``python_ms``: a fixed pure-Python workload (1e5 dict/str operations).
    """
    path = workdir / "baseline.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    samples = []
    for i in range(300):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()

    def python_work() -> None:
        d: dict[str, int] = {}
        for i in range(100_000):
            d[f"k{i % 997}"] = d.get(f"k{i % 997}", 0) + i

    baselines = {
        "sqlite_commit_ms": statistics.median(samples) * 1000,
        "python_ms": timed(python_work, repeat=5) * 1000,
    }
    if pg_url:
        baselines["pg_commit_ms"] = _pg_commit_ms(pg_url)
    return baselines


def _pg_commit_ms(pg_url: str) -> float:
    import psycopg

    url = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE bench_baseline (id serial PRIMARY KEY, v text)")
        samples = []
        for i in range(300):
            start = time.perf_counter()
            with conn.transaction():
                conn.execute("INSERT INTO bench_baseline (v) VALUES (%s)", (f"row {i}",))
            samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_gb:.0f} GiB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


@contextmanager
def postgres_server(given_url: str | None) -> Iterator[str | None]:
    """The URL of a PostgreSQL server: the one given, or a throw-away one started here."""
    if given_url:
        yield given_url
        return
    if not shutil.which("runuser") and os.geteuid() == 0 or not list(Path("/usr/lib/postgresql").glob("*/bin")):
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="packdesk-bench-pg."))
    script = ROOT / "scripts" / "pgtest.sh"
    try:
        url = subprocess.run(["bash", str(script), "start", str(folder)], check=True,
                             capture_output=True, text=True).stdout.strip()
        yield url
    finally:
        subprocess.run(["bash", str(script), "stop", str(folder)], check=False)


def format_table(results: list[Result]) -> str:
    headers = ["figure", "size", "value", "target", "vs baseline", "result", "note"]
    rows = []
    for r in results:
        sign = ">=" if r.higher_is_better else "<="
        ratio = f"{r.ratio:.3g}x {r.baseline_name}".strip() if r.ratio is not None else "-"
        rows.append([r.figure, r.size, f"{r.value:.3g} {r.unit}", f"{sign} {r.target:g} {r.unit}",
                     ratio, "pass" if r.passed else "MISS", r.note])
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) + " |"
              for row in rows]
    return "\n".join(lines)
