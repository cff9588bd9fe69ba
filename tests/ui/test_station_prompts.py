"""What the station says in the moments issue 19 found wanting, in the real window.

A refusal names what was scanned; a unit beyond the ordered quantity says "already 1 of
1"; a restart resumes with "Order ... resumed at bin 2 of 2" instead of "Press F2"; F2
with an order in hand says why no new order is taken; a badge scanned mid-order offers
to switch user; a scan never overwrites the tracking number a person typed.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from packdesk.app import build_main_window
from packdesk.domain.model import Order
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.ui.test_station_screens import shop_engine, window  # noqa: F401 - fixtures
from tests.ui.test_station_shift import WAIT_MS, barcode_of, scan, walk_pick_list


def two_bin_order(shop: DemoShop) -> Order:
    return next(o for o in shop.orders if not o.gift and not o.customer_note.strip()
                and len(o.lines) >= 2 and all(line.quantity == 1 for line in o.lines))


def test_a_refusal_says_what_was_scanned(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
) -> None:
    win, scanner = window
    scan(qtbot, win, scanner, "BADGE:PAT03")
    verdict = scan(qtbot, win, scanner, "#10043")
    assert verdict.refused
    assert "#10043" in win.banner.text
    verdict = scan(qtbot, win, scanner, "BIN:A-01-1-A")
    assert verdict.refused
    assert "BIN:A-01-1-A" in win.banner.text or "A-01-1-A" in win.banner.text


def test_a_unit_beyond_the_ordered_quantity_says_already_1_of_1(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win, scanner = window
    _engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:PAT03")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    step = win.state.pick_step if win.state else None
    assert step is not None
    scan(qtbot, win, scanner, f"BIN:{step.bin_code}")
    assert scan(qtbot, win, scanner, barcode_of(shop, step.sku)).accepted
    verdict = scan(qtbot, win, scanner, barcode_of(shop, step.sku))  # one too many
    assert verdict.refused
    assert win.banner.kind is FeedbackKind.REFUSE
    assert "already 1 of 1" in win.banner.text
    assert "bin label first" not in win.banner.text


def test_after_a_restart_the_order_in_hand_is_resumed_in_words(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop], tmp_path: Path,  # noqa: F811
) -> None:
    win, scanner = window
    engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:PAT03")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    step = win.state.pick_step if win.state else None
    assert step is not None
    scan(qtbot, win, scanner, f"BIN:{step.bin_code}")
    scan(qtbot, win, scanner, barcode_of(shop, step.sku))
    steps = len(win.state.pick_list) if win.state else 0
    win.close()  # the station closes (a restart)

    folder = tmp_path / "printed-again"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM)
    again_scanner = FakeScanner()
    again = build_main_window(engine, "Bench 1", again_scanner, printer,
                              sounds=Sounds(enabled=False), with_health=False)
    qtbot.addWidget(again)
    again.show()
    again.start()
    try:
        qtbot.waitUntil(lambda: again.current_screen() == "sign_in", timeout=WAIT_MS)
        scan(qtbot, again, again_scanner, "BADGE:PAT03")
        qtbot.waitUntil(lambda: again.current_screen() == "pick", timeout=WAIT_MS)
        assert f"Order {order.number} resumed at bin 2 of {steps}" in again.banner.text
        assert "F2" not in again.banner.text

        # F2 with the order in hand says why no new order is taken.
        again.banner.show_feedback(FeedbackKind.INFO, "")
        qtbot.keyClick(again.scan_entry, Qt.Key.Key_F2)
        assert f"No new order: order {order.number} is in hand" in again.banner.text
        assert again.current_screen() == "pick"
    finally:
        again.stop()
        printer.close()


def test_a_badge_scanned_mid_order_offers_to_switch_user(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win, scanner = window
    _engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:ADA01")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    scan(qtbot, win, scanner, "BADGE:PAT03")
    assert "switch user" in win.banner.text.lower()
    assert win.actor is not None and win.actor.name == "Ada Admin"
    scan(qtbot, win, scanner, "BADGE:PAT03")  # again: yes, switch
    assert win.actor is not None and win.actor.name != "Ada Admin"
    assert win.current_screen() == "pick"
    assert order.number in win.banner.text  # and where the order stands


def test_a_scan_does_not_overwrite_a_tracking_number_a_person_typed(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win, scanner = window
    _engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:PAT03")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    walk_pick_list(qtbot, win, scanner, shop)
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    tracking = win.pack.tracking
    qtbot.mouseClick(tracking, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tracking, "1Z999AA10123456784")
    scanner.feed("0123456784")
    qtbot.wait(50)
    assert tracking.text() == "1Z999AA10123456784"
    assert "0123456784" in win.banner.text
    tracking.clear()
    scanner.feed("1Z999AA10123456784")  # an empty field takes the carrier's barcode
    assert tracking.text() == "1Z999AA10123456784"


