"""The status bar shows a running pull's progress: pages and orders so far."""

from __future__ import annotations

import os
import threading

from pytestqt.qtbot import QtBot

from packdesk.ui.statusbar import PullProgress, StationStatusBar
from packdesk.ui.worker import TaskRunner


def test_the_status_bar_counts_pages_and_orders_while_a_pull_runs(qtbot: QtBot) -> None:
    release = threading.Event()
    pulled_on: list[bool] = []

    def pull(progress: PullProgress) -> str:  # runs on the worker thread, like pull_and_sync
        pulled_on.append(threading.current_thread() is threading.main_thread())
        progress("woocommerce:shop.test", 1, 100)
        progress("woocommerce:shop.test", 2, 164)
        release.wait(10)
        return "created 164"

    runner = TaskRunner()
    bar = StationStatusBar("Bench 1", runner=runner, pull=pull)
    qtbot.addWidget(bar)
    bar.resize(1366, 40)
    bar.show()

    bar.pull_button.click()
    qtbot.waitUntil(lambda: "164" in bar.pull_state.text(), timeout=5000)
    assert bar.pull_state.text() == "Pulling: 164 order(s), page 2"
    assert bar.pull_state.toolTip() == "woocommerce:shop.test"
    assert not bar.pull_button.isEnabled()
    if os.environ.get("PACKDESK_SHOT_DIR"):
        bar.grab().save(os.path.join(os.environ["PACKDESK_SHOT_DIR"], "pull_progress.png"))

    release.set()
    qtbot.waitUntil(lambda: bar.pull_state.text().startswith("Last pull:"), timeout=5000)
    assert pulled_on == [False] and bar.pull_button.isEnabled()
    runner.wait_for_done()
