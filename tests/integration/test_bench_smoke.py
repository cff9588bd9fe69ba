"""The benchmarks keep working: ``python -m bench --smoke`` runs every figure at tiny sizes.

The figures themselves are not judged here (timing targets belong to the benchmarks, on
a quiet machine); what is checked is what someone running the documented command sees:
it ends without error and prints the table with every figure and its target.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FIGURES = [
    "scan -> verdict committed, SQLite, p50",
    "scan -> verdict committed, SQLite, p99",
    "scan -> verdict committed, PostgreSQL, p50",
    "scan -> verdict committed, PostgreSQL, p99",
    "scan -> feedback painted in the station window, p99",
    "orders into an empty database",
    "orders into a 300-order database",
    "station scan during a pull of 30 30-line orders, slowest",
    "ZPL shipping label, per document",
    "PDF packing slip, per document",
    "cold start to an interactive station window",
    "cold start, relative to a bare PySide6 window",
    "dashboard statistics, 3 days, SQLite",
    "dashboard statistics, 3 days, PostgreSQL",
    "station memory (peak RSS) through a shift",
    "stations claiming and shipping, PostgreSQL",
    "orders shipped twice",
    "stations stopped by an error",
]


@pytest.mark.slow
@pytest.mark.postgres
def test_smoke_run_prints_every_figure_with_its_target(tmp_path: Path) -> None:
    pg_url = os.environ.get("PACKDESK_TEST_PG_URL")
    if not pg_url:
        pytest.skip("PACKDESK_TEST_PG_URL is not set")
    markdown = tmp_path / "table.md"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--pg-url", pg_url, "--markdown", str(markdown)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    for figure in FIGURES:
        rows = [line for line in table if figure in line]
        assert rows, f"no row for {figure!r} in:\n{done.stdout}"
        assert all(("<=" in row or ">=" in row) and ("pass" in row or "MISS" in row) for row in rows)
    assert "machine:" in done.stdout and "smoke sizes" in done.stdout
    assert "| figure" in markdown.read_text(encoding="utf-8")
