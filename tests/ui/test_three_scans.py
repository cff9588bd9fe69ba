"""Fewer touches for the packer (issue 19): where the picker is the packer, a single-item
order takes three scans -- the bin label, the item, the shipping label -- and no key.

The real window over a single-station demo shop, the keyboard-wedge scanner listening
app-wide, every scan typed as a HID scanner types it (Shift around capitals and symbols,
1-10 ms a character). The label is printed as ZPL into a folder, rendered, and its
tracking barcode decoded with zxing-cpp: what the test scans is what the label carries.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.domain.model import OrderStatus
from packdesk.domain.scancodes import ORDER_BARCODE_PREFIX
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner, WedgeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow
from packdesk.services.demo import SHIP_FROM, DemoShop, generate_shop, seed_database
from packdesk.services.outbox import PICKUP_METHOD
from packdesk.services.station import ScanVerdict
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.hidkeys import HidKeyboard
from tests.helpers.printed import decoded, zpl_labels
from tests.ui.test_station_printing_window import (  # noqa: F401 - fixtures
    pack_all,
    printed,
    set_note,
    shop_engine,
    small_order,
    station,
)
from tests.ui.test_station_shift import WAIT_MS, barcode_of


@pytest.fixture
def single_bench(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    """A demo shop with one station whose orders are single items without a note or gift."""
    engine = make_engine(sqlite_url)
    shop = generate_shop(60, seed=7, day=date(2026, 11, 26))
    shop.stations = shop.stations[:1]
    shop.orders = [o for o in shop.orders if o.unit_count == 1 and not o.customer_note.strip()
                   and not o.gift and o.shipping_method != PICKUP_METHOD]
    assert len(shop.orders) >= 3
    seed_database(engine, shop)
    yield engine, shop
    engine.dispose()


@pytest.fixture
def bench(qtbot: QtBot, single_bench: tuple[Engine, DemoShop],
          tmp_path: Path) -> Iterator[tuple[MainWindow, Path]]:
    engine, _shop = single_bench
    labels = tmp_path / "labels"
    printer = StationPrinter(FolderPrinter(tmp_path / "slips"), FolderPrinter(labels),
                             ship_from=SHIP_FROM, slip_where=str(tmp_path / "slips"),
                             label_where=str(labels), label_format="zpl")
    win = build_main_window(engine, "Bench 1", WedgeScanner(QApplication.instance()), printer,
                            sounds=Sounds(enabled=False), with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win, labels
    win.stop()
    printer.close()


def wedge_scan(qtbot: QtBot, win: MainWindow, keyboard: HidKeyboard, code: str) -> ScanVerdict:
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS) as blocker:
        keyboard.scan(code)
    verdict = blocker.args[0]
    assert isinstance(verdict, ScanVerdict)
    return verdict


def status_of(engine: Engine, number: str) -> str:
    with UnitOfWork(engine) as uow:
        return uow.session.scalars(select(OrderRow.status).where(OrderRow.number == number)).one()


def in_hand(win: MainWindow) -> str:
    state = win.state
    return state.orders[0].number if state is not None and len(state.orders) == 1 else ""


def label_barcode(qtbot: QtBot, labels: Path, number: str) -> str:
    """The tracking number barcode on the last label printed, as a scanner reads it."""
    qtbot.waitUntil(lambda: bool(list(labels.glob("*.zpl"))), timeout=WAIT_MS)
    newest = sorted(labels.glob("*.zpl"))[-1]
    codes = decoded(zpl_labels(newest.read_bytes())[0])
    order_code = f"{ORDER_BARCODE_PREFIX}{number}"
    assert order_code in codes, codes  # the label of the order in hand
    tracking = [code for code in codes if code != order_code]
    assert len(tracking) == 1, codes
    return tracking[0]


def three_scans(qtbot: QtBot, win: MainWindow, keyboard: HidKeyboard, shop: DemoShop,
                labels: Path) -> tuple[str, list[ScanVerdict]]:
    """The order in hand, with a bin scan, an item scan and a label scan; no key."""
    number = in_hand(win)
    assert number and win.current_screen() == "pick"
    step = win.state.pick_step if win.state else None
    assert step is not None and step.remaining == 1
    verdicts = [wedge_scan(qtbot, win, keyboard, f"BIN:{step.bin_code}"),
                wedge_scan(qtbot, win, keyboard, barcode_of(shop, step.sku))]
    # Packed at pick: no second scan of the same unit; the slip and label print.
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: win.pack.order is not None and win.pack.order.label_printed,
                    timeout=WAIT_MS)
    assert win.pack.order is not None and win.pack.order.number == number
    verdicts.append(wedge_scan(qtbot, win, keyboard, label_barcode(qtbot, labels, number)))
    return number, verdicts


def test_a_single_item_order_ships_with_three_scans_and_no_key(
    qtbot: QtBot, bench: tuple[MainWindow, Path], single_bench: tuple[Engine, DemoShop],
) -> None:
    win, labels = bench
    engine, shop = single_bench
    keyboard = HidKeyboard()
    wedge_scan(qtbot, win, keyboard, "BADGE:PAT03")
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    qtbot.keyClick(win, Qt.Key.Key_F2)  # the shift's first order; after it, no key at all
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)

    first, verdicts = three_scans(qtbot, win, keyboard, shop, labels)
    assert [v.accepted for v in verdicts] == [True, True, True]
    assert verdicts[-1].shipped is not None
    assert status_of(engine, first) == OrderStatus.SHIPPED.value
    # The next order is taken by itself: it was waiting in the queue.
    qtbot.waitUntil(lambda: in_hand(win) not in ("", first), timeout=WAIT_MS)
    second = in_hand(win)
    assert f"Order {first} shipped" in win.banner.text and second in win.banner.text

    second_again, verdicts = three_scans(qtbot, win, keyboard, shop, labels)
    assert second_again == second
    assert [v.accepted for v in verdicts] == [True, True, True]
    assert status_of(engine, second) == OrderStatus.SHIPPED.value
    assert win.banner.kind is FeedbackKind.COMPLETE
    qtbot.waitUntil(lambda: in_hand(win) not in ("", first, second), timeout=WAIT_MS)


def test_the_label_of_another_order_is_refused_and_the_order_stays_packed(
    qtbot: QtBot, bench: tuple[MainWindow, Path], single_bench: tuple[Engine, DemoShop],
) -> None:
    win, labels = bench
    engine, shop = single_bench
    keyboard = HidKeyboard()
    wedge_scan(qtbot, win, keyboard, "BADGE:PAT03")
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    first, _verdicts = three_scans(qtbot, win, keyboard, shop, labels)
    first_label = label_barcode(qtbot, labels, first)
    qtbot.waitUntil(lambda: in_hand(win) not in ("", first), timeout=WAIT_MS)
    second = in_hand(win)
    step = win.state.pick_step if win.state else None
    assert step is not None
    wedge_scan(qtbot, win, keyboard, f"BIN:{step.bin_code}")
    wedge_scan(qtbot, win, keyboard, barcode_of(shop, step.sku))
    qtbot.waitUntil(lambda: win.pack.order is not None and win.pack.order.label_printed,
                    timeout=WAIT_MS)

    # The first parcel's label, still on the bench, on the second parcel.
    refused = wedge_scan(qtbot, win, keyboard, first_label)
    assert not refused.accepted
    assert win.banner.kind is FeedbackKind.REFUSE
    assert f"Wrong label: order {first}, not {second}" in win.banner.text
    assert first in win.banner.text and second in win.banner.text
    assert status_of(engine, second) == OrderStatus.PACKED.value
    assert win.current_screen() == "pack" and in_hand(win) == second

    # Its own label ships it.
    shipped = wedge_scan(qtbot, win, keyboard, label_barcode(qtbot, labels, second))
    assert shipped.shipped is not None
    assert status_of(engine, second) == OrderStatus.SHIPPED.value


def test_with_the_setting_off_the_pack_scan_and_f10_are_as_before(
    qtbot: QtBot, bench: tuple[MainWindow, Path], single_bench: tuple[Engine, DemoShop],
) -> None:
    win, labels = bench
    engine, shop = single_bench
    keyboard = HidKeyboard()
    # The admin turns it off on the stations page.
    wedge_scan(qtbot, win, keyboard, "BADGE:ADA01")
    assert win.open_lead_screen("admin")
    admin = win.lead_screens["admin"]
    tabs = admin.tabs  # type: ignore[attr-defined]
    page = next(tabs.widget(i) for i in range(tabs.count())
                if tabs.widget(i).findChild(QCheckBox, "pickerIsPacker") is not None)
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    page.view.selectRow(0)
    box = page.findChild(QCheckBox, "pickerIsPacker")
    qtbot.waitUntil(box.isChecked, timeout=WAIT_MS)  # on: the only station
    box.setChecked(False)
    save = next(b for b in page.findChildren(QPushButton) if b.text() == "Save station")
    with qtbot.waitSignal(page.done, timeout=WAIT_MS):
        save.click()
    win.on_show_queue()

    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    number = in_hand(win)
    step = win.state.pick_step if win.state else None
    assert step is not None
    wedge_scan(qtbot, win, keyboard, f"BIN:{step.bin_code}")
    picked = wedge_scan(qtbot, win, keyboard, barcode_of(shop, step.sku))
    assert picked.accepted and not picked.order_complete
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)
    assert status_of(engine, number) == OrderStatus.PACKING.value
    assert "scan the remaining items" in win.pack.missing.text()
    verified = wedge_scan(qtbot, win, keyboard, barcode_of(shop, step.sku))
    assert verified.accepted and verified.order_complete
    qtbot.waitUntil(lambda: win.pack.order is not None and win.pack.order.label_printed,
                    timeout=WAIT_MS)
    qtbot.waitUntil(win.pack.ship_button.isEnabled, timeout=WAIT_MS)
    qtbot.keyClick(win, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: status_of(engine, number) == OrderStatus.SHIPPED.value,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    qtbot.wait(300)
    assert in_hand(win) == "" and win.current_screen() == "queue"  # no order by itself
    assert f"Order {number} shipped" in win.banner.text
    assert labels.exists()


def test_a_weight_change_after_printing_does_not_leave_then_ship_on_the_banner(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner, Path],  # noqa: F811
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    window, scanner, folder = station
    engine, shop = shop_engine
    order = small_order(shop)
    set_note(engine, order.number, "")
    pack_all(qtbot, window, scanner, shop, order)  # three stations: picked, then packed
    pack = window.pack
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)
    assert "F10" in window.banner.text  # complete: the label prints, then it ships

    pack.weight.setValue(pack.weight.value() + 750)
    assert not pack.ship_button.isEnabled()
    # Ship waits for the reprint: the banner says so instead of "then Ship (F10)".
    assert "F10" not in window.banner.text, window.banner.text
    assert "F7" in window.banner.text and window.banner.kind is FeedbackKind.WARN
    assert len(printed(folder, "zpl")) == 1


def test_the_lead_turns_off_taking_the_next_order_after_a_shipment(
    qtbot: QtBot, bench: tuple[MainWindow, Path], single_bench: tuple[Engine, DemoShop],
) -> None:
    win, labels = bench
    engine, shop = single_bench
    keyboard = HidKeyboard()
    wedge_scan(qtbot, win, keyboard, "BADGE:LENA02")  # a lead packs too
    action = win.next_after_ship_action
    assert action.isVisible() and action.isChecked()  # on by default
    action.trigger()
    qtbot.waitUntil(lambda: not win.service.flow().next_after_ship, timeout=WAIT_MS)
    qtbot.keyClick(win, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.current_screen() == "pick", timeout=WAIT_MS)
    number, verdicts = three_scans(qtbot, win, keyboard, shop, labels)
    assert verdicts[-1].shipped is not None
    assert status_of(engine, number) == OrderStatus.SHIPPED.value
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    qtbot.wait(300)
    assert in_hand(win) == ""  # no order taken by itself
    assert "next order: F2 or scan" in win.banner.text
