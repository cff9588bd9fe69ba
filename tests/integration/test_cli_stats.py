"""``packdesk stats`` as a lead runs it, on the known history, on both backends."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

from packdesk.persistence.db import make_engine
from tests.helpers.history import (
    EXPECTED_BY_PACKER,
    EXPECTED_ORDERS_BY_HOUR,
    EXPECTED_TOTAL,
    OLGA,
    PAT,
    write_known_history,
)


def packdesk(*args: str) -> subprocess.CompletedProcess[str]:
    # Whole days and hours are read in local time: pin it so the history's UTC day is "the day".
    return subprocess.run(
        [sys.executable, "-m", "packdesk", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "TZ": "UTC"},
    )


def _seed(db_url: str) -> None:
    engine = make_engine(db_url)
    write_known_history(engine)
    engine.dispose()


def test_stats_json_gives_the_hand_checked_figures(db_url: str) -> None:
    _seed(db_url)
    result = packdesk("stats", "--db", db_url, "--from", "2026-11-26", "--to", "2026-11-26",
                      "--by", "packer", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    groups = {g.pop("group"): g for g in report["groups"]}
    assert groups == EXPECTED_BY_PACKER
    total = report["total"]
    total.pop("group")
    assert total == EXPECTED_TOTAL
    assert [(h["number"], h["reason"]) for h in report["on_hold"]] == [("#2004", "Item damaged")]


def test_stats_csv_by_hour_has_one_row_per_hour_and_a_total(db_url: str) -> None:
    _seed(db_url)
    result = packdesk("stats", "--db", db_url, "--from", "2026-11-26", "--by", "hour",
                      "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    shipped = {r["group"]: int(r["orders"]) for r in rows if r["group"] != "total" and int(r["orders"])}
    assert shipped == EXPECTED_ORDERS_BY_HOUR
    assert rows[-1]["group"] == "total" and rows[-1]["median_seconds"] == "301.5"


def test_stats_table_shows_times_as_minutes_and_seconds(sqlite_url: str) -> None:
    _seed(sqlite_url)
    result = packdesk("stats", "--db", sqlite_url, "--from", "2026-11-26", "--by", "packer")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    pat = next(line for line in lines if line.startswith(PAT)).split()
    # Pat Packer | 4 orders | 8 units | 3.20/h | median 5:32 | p90 8:51 | pick 3:30 | pack 2:15
    assert pat[2:10] == ["4", "8", "3.20", "5:32", "8:51", "3:30", "2:15", "11.5"]
    assert any(line.startswith(OLGA) for line in lines)
    assert any(line.startswith("#2004") and "Item damaged" in line for line in lines)


def test_a_reversed_period_is_one_clear_line(sqlite_url: str) -> None:
    result = packdesk("stats", "--db", sqlite_url, "--from", "2026-11-26", "--to", "2026-11-01")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "packdesk: error: the period ends (2026-11-01) before it starts (2026-11-26)"
    )
    bad = packdesk("stats", "--db", sqlite_url, "--from", "26.11.2026")
    assert bad.returncode == 2 and "write it as YYYY-MM-DD" in bad.stderr


def test_stats_rollup_rolls_up_closed_days_once_and_rebuilds_on_demand(db_url: str) -> None:
    _seed(db_url)  # 25 and 26 November 2026, both closed days by now
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    closed = (yesterday - date(2026, 11, 25)).days + 1
    first = packdesk("stats", "rollup", "--db", db_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(f"rolled up {closed} closed day(s): 2026-11-25 to ")
    again = packdesk("stats", "rollup", "--db", db_url)
    assert again.stdout.strip() == "nothing to roll up: every closed day is rolled up"
    rebuilt = packdesk("stats", "rollup", "--rebuild", "--since", "2026-11-26", "--db", db_url)
    assert rebuilt.stdout.startswith(f"rolled up {closed - 1} closed day(s): 2026-11-26")
    figures = packdesk("stats", "--db", db_url, "--from", "2026-11-26", "--format", "json")
    assert json.loads(figures.stdout)["total"] == {"group": "", **EXPECTED_TOTAL}
    future = packdesk("stats", "rollup", "--since", str(yesterday + timedelta(days=2)),
                      "--db", db_url)
    assert future.returncode == 1 and "is not a closed day yet" in future.stderr
