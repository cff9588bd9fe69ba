"""The lead's dashboard on a known history: figures, live refresh, export, charts."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from packdesk.app import screen_services
from packdesk.cli import main as packdesk_main
from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import Role
from packdesk.persistence.db import make_engine
from packdesk.services.auth import Actor
from packdesk.services.history import PackedOrder, write_history
from packdesk.services.stats import Grouping
from packdesk.ui.dashboard import DashboardWidget
from tests.helpers.history import KNOWN_DAY, OLGA, PAT, write_known_history

LEAD = Actor(2, "Lena Lead", Role.LEAD)
PACKER = Actor(3, "Pat Packer", Role.PACKER)

# Worked out by hand in tests/helpers/history.py, as the lead reads them on screen.
EXPECTED_ROWS = [
    [OLGA, "3", "4", "2.57", "2:00", "4:25", "1:57", "1:03", "7.7 %", "1", "0"],
    [PAT, "4", "8", "3.20", "5:32", "8:51", "3:30", "2:15", "11.5 %", "0", "1"],
    ["Total", "7", "12", "5.60", "5:02", "7:38", "2:50", "1:44", "10.3 %", "1", "1"],
]


@pytest.fixture
def history_engine(sqlite_url: str) -> Engine:
    engine = make_engine(sqlite_url)
    write_known_history(engine)
    return engine


def _open(qtbot: QtBot, engine: Engine, grouping: Grouping = Grouping.PACKER,
          day: date = KNOWN_DAY) -> DashboardWidget:
    widget = DashboardWidget(screen_services(engine).dashboard, LEAD, zone=UTC, refresh_ms=60_000)
    qtbot.addWidget(widget)
    widget.set_grouping(grouping)
    widget.set_date_range(day, day)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)
    return widget


def test_lead_sees_the_hand_checked_figures_of_the_history(qtbot: QtBot, history_engine: Engine) -> None:
    widget = _open(qtbot, history_engine)
    qtbot.waitUntil(lambda: widget.figures() == EXPECTED_ROWS, timeout=10_000)
    assert widget.held_model.rowCount() == 1
    assert widget.held_model.index(0, 1).data() == "Item damaged"
    assert widget.held_box.title() == "On hold: 1 order(s)"
    # Charts: orders shipped at 08:00-09:00 and 09:00-10:00; packers' orders per hour.
    assert widget.chart_values() == {"hourly": [5.0, 2.0], "packers": [2.5714285714285716, 3.2]}


def test_the_cli_prints_the_same_numbers_as_the_dashboard(
    qtbot: QtBot, history_engine: Engine, sqlite_url: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget = _open(qtbot, history_engine, Grouping.HOUR)
    qtbot.waitUntil(lambda: len(widget.figures()) == 3 and widget.figures()[0][0] == "08",
                    timeout=10_000)
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    try:
        code = packdesk_main(["stats", "--db", sqlite_url, "--from", str(KNOWN_DAY), "--by", "hour"])
    finally:
        monkeypatch.undo()
        time.tzset()
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    printed = [line.split() for line in lines[3:6]]
    on_screen = [" ".join(row).replace("Total", "total").split() for row in widget.figures()]
    assert printed == on_screen


def test_dashboard_models_keep_the_qt_model_contract(
    qtbot: QtBot, qtmodeltester: Any, history_engine: Engine
) -> None:
    widget = _open(qtbot, history_engine)
    qtbot.waitUntil(lambda: widget.figures() == EXPECTED_ROWS, timeout=10_000)
    qtmodeltester.check(widget.figures_model)
    qtmodeltester.check(widget.held_model)


def test_figures_refresh_as_stations_ship_without_reopening(qtbot: QtBot, sqlite_url: str) -> None:
    today = datetime.now(UTC).date()  # the day still open: read live, not from a roll-up
    engine = make_engine(sqlite_url)
    write_known_history(engine, today)
    widget = _open(qtbot, engine, day=today)
    qtbot.waitUntil(lambda: widget.figures() == EXPECTED_ROWS, timeout=10_000)
    write_history(engine, [
        PackedOrder("#1005", PAT, "Bench 1", datetime(today.year, today.month, today.day, 9, 20), 60, 60),
    ])
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.timer.timeout.emit()  # what the live timer does every 30 s
    assert widget.figures()[1][:3] == [PAT, "5", "9"]


def test_export_writes_the_figures_on_screen_as_csv(
    qtbot: QtBot, history_engine: Engine, tmp_path: Path
) -> None:
    widget = _open(qtbot, history_engine)
    qtbot.waitUntil(lambda: widget.figures() == EXPECTED_ROWS, timeout=10_000)
    target = tmp_path / "figures.csv"
    with qtbot.waitSignal(widget.exported, timeout=10_000):
        widget.export_csv(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["group"], r["orders"], r["median_seconds"], r["p90_seconds"]) for r in rows] == [
        (OLGA, "3", "120.0", "265.2"), (PAT, "4", "331.5", "530.9"), ("total", "7", "301.5", "458.3"),
    ]


def test_a_reversed_date_range_says_so_and_keeps_the_last_figures(
    qtbot: QtBot, history_engine: Engine
) -> None:
    widget = _open(qtbot, history_engine)
    qtbot.waitUntil(lambda: widget.figures() == EXPECTED_ROWS, timeout=10_000)
    widget.set_date_range(KNOWN_DAY, KNOWN_DAY - timedelta(days=3))
    assert "before it starts" in widget.status_label.text()
    assert widget.figures() == EXPECTED_ROWS


def test_a_packer_cannot_open_the_dashboard(qtbot: QtBot, history_engine: Engine) -> None:
    with pytest.raises(PermissionDenied, match="Pat Packer is a packer"):
        DashboardWidget(screen_services(history_engine).dashboard, PACKER)
    with pytest.raises(PermissionDenied):
        DashboardWidget(screen_services(history_engine).dashboard, None)


def test_render_dashboard_for_the_docs(
    qtbot: QtBot, history_engine: Engine, tmp_path: Path
) -> None:
    widget = _open(qtbot, history_engine)
    qtbot.waitUntil(lambda: widget.figures() == EXPECTED_ROWS, timeout=10_000)
    qtbot.wait(50)
    # Into docs/img only when asked, so a test run does not rewrite the shared tree's pictures.
    docs = Path(__file__).resolve().parents[2] / "docs" / "img"
    out = docs if os.environ.get("PACKDESK_SCREENSHOTS") else tmp_path
    image = widget.grab()
    assert not image.isNull() and image.width() >= 1300
    assert image.save(str(out / "dashboard.png"))


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    import threading

    from packdesk.ui.dashboard_tasks import TaskRunner

    runner = TaskRunner()
    seen: dict[str, object] = {}
    release = threading.Event()

    def slow_query() -> int:
        seen["work"] = threading.current_thread()
        release.wait(5)  # a database that takes its time
        return 42

    runner.run(slow_query, lambda result: seen.update(done=(result, threading.current_thread())),
               lambda message: seen.update(error=message))
    qtbot.waitUntil(lambda: "work" in seen, timeout=5_000)
    assert runner.busy and "done" not in seen  # the GUI thread got here while the query waits
    release.set()
    qtbot.waitUntil(lambda: "done" in seen, timeout=5_000)
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] == (42, threading.main_thread())
    runner.run(lambda: 1 / 0, lambda _r: None, lambda message: seen.update(error=message))
    qtbot.waitUntil(lambda: "error" in seen, timeout=5_000)
    assert seen["error"] == "division by zero" and not runner.busy
