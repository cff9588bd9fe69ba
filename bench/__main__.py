"""Run the benchmarks and print a table: ``python -m bench [--smoke] [--only NAME ...]``.

Full size builds a warehouse-scale database (100k orders, 1M scan events) and takes a
while; ``--smoke`` runs every benchmark at a tiny size (the test suite does this to keep
the benchmarks working). ``--markdown FILE`` also writes the table with the machine's
description, for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench.data import drop_pg_databases
from bench.harness import (
    FULL,
    SMOKE,
    Context,
    Result,
    format_table,
    machine_description,
    measure_baselines,
    postgres_server,
)

BENCHMARKS = [
    "bench.bench_scan",
    "bench.bench_feedback",
    "bench.bench_pull",
    "bench.bench_pull_scan",
    "bench.bench_documents",
    "bench.bench_notes",
    "bench.bench_startup",
    "bench.bench_stats",
    "bench.bench_memory",
    "bench.bench_stations",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, to check the benchmarks run")
    parser.add_argument("--only", nargs="*", default=[], help="run only benchmarks whose name contains this")
    parser.add_argument("--pg-url", help="PostgreSQL server to use (default: start a throw-away one)")
    parser.add_argument("--markdown", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--keep-warehouse", type=Path, metavar="DIR",
                        help="keep the built SQLite warehouse in DIR and reuse it in later runs")
    args = parser.parse_args(argv)

    # A terminated run still stops its PostgreSQL server and removes its files.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sizes = SMOKE if args.smoke else FULL
    selected = [b for b in BENCHMARKS if not args.only or any(o in b for o in args.only)]
    results: list[Result] = []
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="packdesk-bench.") as tmp, postgres_server(args.pg_url) as pg:
        ctx = Context(sizes=sizes, smoke=args.smoke, workdir=Path(tmp), pg_url=pg,
                      keep_dir=args.keep_warehouse)
        ctx.baselines = measure_baselines(ctx.workdir, pg)
        try:
            for name in selected:
                print(f"bench: {name} ...", file=sys.stderr, flush=True)
                begun = time.perf_counter()
                try:
                    results.extend(importlib.import_module(name).run(ctx))
                except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
                    failures.append(name)
                    traceback.print_exc()
                print(f"bench: {name} took {time.perf_counter() - begun:.0f} s",
                      file=sys.stderr, flush=True)
        finally:
            drop_pg_databases(ctx)
    elapsed = time.perf_counter() - started
    table = format_table(results)
    machine = machine_description()
    print(f"\nmachine: {machine}")
    print("baselines: " + ", ".join(f"{k} = {v:.3f}" for k, v in ctx.baselines.items()))
    print(table)
    print(f"\n{sum(r.passed for r in results)} of {len(results)} figures on target "
          f"({'smoke sizes' if args.smoke else 'full sizes'}, {elapsed:.0f} s)")
    if args.markdown:
        args.markdown.write_text(
            f"Machine: {machine}\n\nBaselines: "
            + ", ".join(f"{k} = {v:.3f}" for k, v in ctx.baselines.items())
            + f"\n\n{table}\n", encoding="utf-8")
    if failures:
        print(f"benchmarks that failed to run: {', '.join(failures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
