"""A queue longer than the screen lists: the first orders in queue order, counts of all.

At warehouse scale the queue screen must not load every open order after each shipment
(the benchmarks measured half a gigabyte and seconds of CPU at 100,000). The packer sees
the first ``QUEUE_ROWS`` orders in picking order, the counts of the whole queue, and can
still take an order further down by scanning its number.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot

from packdesk.app import build_main_window
from packdesk.domain.scancodes import order_barcode
from packdesk.hardware.scanners import FakeScanner
from packdesk.persistence.db import make_engine
from packdesk.ui import mainwindow
from packdesk.ui.feedback import Sounds
from packdesk.ui.mainwindow import MainWindow
from packdesk.ui.queuemodel import ORDER_ROLE
from tests.helpers.shop import seed_small_shop

WAIT_MS = 15_000
LISTED = 25
ORDERS = 60


@pytest.fixture
def window(qtbot: QtBot, sqlite_url: str,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, FakeScanner]]:
    monkeypatch.setattr(mainwindow, "QUEUE_ROWS", LISTED)
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=ORDERS)
    scanner = FakeScanner()
    win = build_main_window(engine, "Bench 2", scanner, None, sounds=Sounds(enabled=False),
                            carriers=[("demo", "Demo Carrier")], with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    yield win, scanner
    win.stop()
    engine.dispose()


def test_the_queue_lists_the_first_orders_and_counts_them_all(
        qtbot: QtBot, window: tuple[MainWindow, FakeScanner]) -> None:
    win, scanner = window
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS):
        scanner.feed("BADGE:PAT03")
    qtbot.waitUntil(lambda: win.queue.model.rowCount() == LISTED, timeout=WAIT_MS)
    assert f": {ORDERS}" in win.queue.counts.text()  # "New: 60", not the 25 listed
    listed = [win.queue.model.index(row, 0).data(ORDER_ROLE).number
              for row in range(LISTED)]
    expected = [row.number for row in win.service.queue().rows[:LISTED]]
    assert listed == expected  # the first ones in picking order

    # An order further down than the list is taken by scanning its number.
    last = win.service.queue().rows[-1].number
    assert last not in listed
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS) as handled:
        scanner.feed(order_barcode(last))
    assert handled.args[0].accepted, handled.args[0]
    assert win.service.state().orders[0].number == last

