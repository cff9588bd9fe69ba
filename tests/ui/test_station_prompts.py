"""What the station says in the moments issue 19 found wanting, in the real window.

A refusal names what was scanned; a unit beyond the ordered quantity says "already 1 of
1"; a restart resumes with "Order ... resumed at bin 2 of 2" instead of "Press F2"; F2
with an order in hand says why no new order is taken; a badge scanned mid-order offers
to switch user; a scan never overwrites the tracking number a person typed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.domain.model import Order
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner, WedgeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.tables import OrderRow, ScanEventRow
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.station import ScanVerdict, StationService
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.hidkeys import HidKeyboard
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




# --- the real window with the keyboard-wedge scanner ------------------------------------


@pytest.fixture
def wedge_window(qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],  # noqa: F811
                 tmp_path: Path) -> Iterator[MainWindow]:
    engine, _shop = shop_engine
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder))
    scanner = WedgeScanner(QApplication.instance())
    win = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                            with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win
    win.stop()
    printer.close()


def wedge_scan(qtbot: QtBot, win: MainWindow, keyboard: HidKeyboard, code: str) -> ScanVerdict:
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS) as blocker:
        keyboard.scan(code)
    verdict = blocker.args[0]
    assert isinstance(verdict, ScanVerdict)
    return verdict


def test_scanner_keystrokes_into_a_field_being_filled_in_are_one_scan_each(
    qtbot: QtBot, wedge_window: MainWindow, shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win = wedge_window
    _engine, shop = shop_engine
    keyboard = HidKeyboard()
    handled: list[ScanVerdict] = []
    win.scan_handled.connect(handled.append)
    wedge_scan(qtbot, win, keyboard, "BADGE:PAT03")
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    # "ORD:#10043" with a Shift around each capital and symbol: one scan, echoed whole.
    verdict = wedge_scan(qtbot, win, keyboard, "ORD:#10043")
    assert verdict.raw == "ORD:#10043"
    assert "10043" in win.banner.text

    order = two_bin_order(shop)
    wedge_scan(qtbot, win, keyboard, f"ORD:{order.number}")
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    # The picker is typing a short-pick reason when the next bin label is scanned.
    reason = win.pick.short_reason
    reason.setFocus()
    qtbot.waitUntil(reason.hasFocus, timeout=WAIT_MS)
    reason.setCurrentText("")
    person = HidKeyboard(clock_ms=keyboard.clock_ms + 1000, min_ms=150, max_ms=200)
    person.type("box torn")
    qtbot.wait(80)
    assert reason.currentText() == "box torn"
    step = win.state.pick_step if win.state else None
    assert step is not None
    scanner = HidKeyboard(clock_ms=person.clock_ms + 500)
    before = len(handled)
    verdict = wedge_scan(qtbot, win, scanner, f"BIN:{step.bin_code}")
    assert verdict.accepted and verdict.raw == f"BIN:{step.bin_code}"
    qtbot.wait(80)
    assert len(handled) == before + 1
    assert reason.currentText() == "box torn"


def test_a_product_scan_split_by_a_stall_leaves_the_weight_as_typed(
    qtbot: QtBot, wedge_window: MainWindow, shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win = wedge_window
    _engine, shop = shop_engine
    keyboard = HidKeyboard()
    wedge_scan(qtbot, win, keyboard, "BADGE:PAT03")
    order = two_bin_order(shop)
    wedge_scan(qtbot, win, keyboard, f"ORD:{order.number}")
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    while win.current_screen() == "pick":
        step = win.state.pick_step if win.state else None
        assert step is not None
        wedge_scan(qtbot, win, keyboard, f"BIN:{step.bin_code}")
        for _ in range(step.remaining):
            wedge_scan(qtbot, win, keyboard, barcode_of(shop, step.sku))
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    weight = win.pack.weight
    weight.setValue(850)
    weight.setFocus()
    qtbot.waitUntil(weight.hasFocus, timeout=WAIT_MS)
    code = barcode_of(shop, order.lines[0].sku)
    handled: list[ScanVerdict] = []
    win.scan_handled.connect(handled.append)
    scanner = HidKeyboard(clock_ms=keyboard.clock_ms + 1000, min_ms=3, max_ms=3)
    scanner.type(code[:2])
    qtbot.wait(80)  # the GUI thread stalls: the gap timer fires before the rest is read
    scanner.type(code[2:])
    scanner.enter()
    qtbot.waitUntil(lambda: len(handled) == 1, timeout=WAIT_MS)
    qtbot.wait(80)
    assert [v.raw for v in handled] == [code]
    assert handled[0].accepted
    assert weight.value() == 850


def _sign_out_and_answer(qtbot: QtBot, win: MainWindow, button: str) -> None:
    win.sign_out_action.trigger()
    qtbot.waitUntil(lambda: win.sign_out_box is not None and win.sign_out_box.isVisible(),
                    timeout=WAIT_MS)
    box = win.sign_out_box
    assert box is not None
    shot = Path(os.environ.get("PACKDESK_SHOTS", "/tmp/packdesk-shots"))
    shot.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(shot / "sign-out-box.png"))
    clicked = box.findChild(QPushButton, button)
    assert clicked is not None
    qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)


def test_signing_out_with_an_order_in_hand_asks_and_put_back_frees_it_for_any_station(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win, scanner = window
    engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:PAT03")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    step = win.state.pick_step if win.state else None
    assert step is not None
    scan(qtbot, win, scanner, f"BIN:{step.bin_code}")
    assert scan(qtbot, win, scanner, barcode_of(shop, step.sku)).accepted
    _sign_out_and_answer(qtbot, win, "putBackButton")
    assert "back to the queue" in win.banner.text.lower()

    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == order.number)).one()
        assert row.claimed_station is None and row.claimed_user is None
        assert row.status == "picking"  # the unit picked stays picked
        assert sum(line.picked_qty for line in row.lines) == 1
    # Another station takes it from the queue and goes on at the next bin.
    other = StationService(engine, "Bench 2")
    other.sign_in_badge("BADGE:PAT03")
    taken = other.take_order(order.number)
    assert taken.claimed_station == "Bench 2"


def test_signing_out_and_keeping_the_order_lets_the_next_person_go_on_with_their_own_scans(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    win, scanner = window
    engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:ADA01")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    _sign_out_and_answer(qtbot, win, "keepButton")
    assert win.actor is None
    scan(qtbot, win, scanner, "BADGE:PAT03")
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    step = win.state.pick_step if win.state else None
    assert step is not None
    scan(qtbot, win, scanner, f"BIN:{step.bin_code}")
    assert scan(qtbot, win, scanner, barcode_of(shop, step.sku)).accepted

    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == order.number)).one()
        assert row.claimed_station == "Bench 1"
        assert win.actor is not None and row.claimed_user == win.actor.name
        assert row.claimed_user != "Ada Admin"
        scanners = set(uow.session.scalars(
            select(ScanEventRow.user_name).where(ScanEventRow.order_id == row.id,
                                                 ScanEventRow.raw_code.like("BIN:%"))))
        assert scanners == {row.claimed_user}


def test_signing_out_with_nothing_in_hand_asks_nothing(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
) -> None:
    win, scanner = window
    scan(qtbot, win, scanner, "BADGE:PAT03")
    win.sign_out_action.trigger()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    assert win.sign_out_box is None


def test_an_item_scan_at_a_bin_another_station_emptied_says_so_not_wrong_bin(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    from sqlalchemy import update

    from packdesk.persistence.tables import BinRow, BinStockRow, ProductRow

    win, scanner = window
    engine, shop = shop_engine
    order = two_bin_order(shop)
    scan(qtbot, win, scanner, "BADGE:PAT03")
    scan(qtbot, win, scanner, f"ORD:{order.number}")
    step = win.state.pick_step if win.state else None
    assert step is not None
    scan(qtbot, win, scanner, f"BIN:{step.bin_code}")
    with UnitOfWork(engine) as uow:  # another station took what was left there
        bin_id = uow.session.scalars(select(BinRow.id).where(BinRow.code == step.bin_code)).one()
        product_id = uow.session.scalars(select(ProductRow.id).where(ProductRow.sku == step.sku)).one()
        uow.session.execute(update(BinStockRow).where(
            BinStockRow.bin_id == bin_id, BinStockRow.product_id == product_id).values(quantity=0))
        uow.commit()
    verdict = scan(qtbot, win, scanner, barcode_of(shop, step.sku))
    assert verdict.refused
    assert f"{step.bin_code} has no more {step.sku}" in win.banner.text
    assert "Wrong bin" not in win.banner.text
    shot = Path(os.environ.get("PACKDESK_SHOTS", "/tmp/packdesk-shots"))
    shot.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(shot / "pick-bin-emptied.png"))
