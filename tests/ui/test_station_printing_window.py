"""Documents that match the shipment, in the real window (issue 19, "Documents printed too
early, or not matching the shipment").

Slip and label print once the customer note is read; a weight changed after printing
blocks Ship until the label is printed again; F7 after printing asks before printing a
duplicate; the "Printed" banner names the folder once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, update

from packdesk.app import build_main_window
from packdesk.domain.model import Order, OrderStatus
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.tables import OrderRow, ShipmentRow
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.ui.test_station_shift import (  # noqa: F401 - fixtures
    CARRIERS,
    WAIT_MS,
    barcode_of,
    scan,
    shop_engine,
    walk_pick_list,
)

SURPRISE = "No invoice in the box please, it's a surprise"


@pytest.fixture
def station(qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],  # noqa: F811
            tmp_path: Path) -> Iterator[tuple[MainWindow, FakeScanner, Path]]:
    engine, _shop = shop_engine
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder), label_format="zpl")
    scanner = FakeScanner()
    window = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                               carriers=CARRIERS, with_health=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    qtbot.waitUntil(lambda: window.current_screen() == "sign_in", timeout=WAIT_MS)
    yield window, scanner, folder
    window.stop()
    printer.close()


def small_order(shop: DemoShop) -> Order:
    return next(o for o in shop.orders if not o.gift and o.unit_count <= 3)


def set_note(engine: Engine, number: str, note: str) -> None:
    with engine.begin() as conn:
        conn.execute(update(OrderRow).where(OrderRow.number == number).values(customer_note=note))


def pack_all(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, shop: DemoShop,
             order: Order) -> None:
    scan(qtbot, window, scanner, "BADGE:PAT03")
    assert scan(qtbot, window, scanner, f"ORD:{order.number}").accepted, window.banner.text
    walk_pick_list(qtbot, window, scanner, shop)
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)
    verdict = None
    for line in order.lines:
        for _ in range(line.quantity):
            verdict = scan(qtbot, window, scanner, barcode_of(shop, line.sku))
    assert verdict is not None and verdict.order_complete, window.banner.text


def printed(folder: Path, kind: str) -> list[Path]:
    """The slips (``pdf``) or labels (``zpl``) in the print folder."""
    return sorted(folder.glob(f"*.{kind}")) if folder.exists() else []


def test_documents_print_after_the_note_is_acknowledged(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner, Path],
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    window, scanner, folder = station
    engine, shop = shop_engine
    order = small_order(shop)
    set_note(engine, order.number, SURPRISE)
    pack_all(qtbot, window, scanner, shop, order)

    # The order is complete, but no slip with prices goes into the box before the note is read.
    assert "note" in window.banner.text.lower() and "F6" in window.banner.text
    assert "Ship (F10)" not in window.banner.text  # Ship is disabled
    qtbot.wait(500)
    assert printed(folder, "pdf") == [] and printed(folder, "zpl") == []
    assert not window.pack.print_button.isEnabled()
    assert not window.pack.ship_button.isEnabled()
    assert "print" not in window.pack.missing.text().split("Still to do:")[-1].split(",")[0]

    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(printed(folder, "pdf")) == 1 and len(printed(folder, "zpl")) == 1,
                    timeout=WAIT_MS)
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
    assert "Still to do" not in window.pack.missing.text()


def test_a_weight_change_after_printing_blocks_ship_until_the_label_is_reprinted(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner, Path],
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    window, scanner, folder = station
    engine, shop = shop_engine
    order = small_order(shop)
    set_note(engine, order.number, "")
    pack_all(qtbot, window, scanner, shop, order)
    pack = window.pack
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)
    assert len(printed(folder, "zpl")) == 1
    printed_weight = pack.weight.value()

    # The scale says more than the products' weights: the label would be wrong.
    pack.weight.setValue(printed_weight + 750)
    assert not pack.ship_button.isEnabled()
    assert "reprint the label" in pack.missing.text()
    window.grab().save(str(folder.parent / "pack-relabel.png"))
    qtbot.keyClick(window, Qt.Key.Key_F10)  # Ship waits
    qtbot.wait(300)
    with engine.connect() as conn:
        assert conn.scalar(select(OrderRow.status).where(OrderRow.number == order.number)) \
            == OrderStatus.PACKED.value

    # F7 prints the label alone, with the new weight; then Ship works.
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(printed(folder, "zpl")) == 2, timeout=WAIT_MS)
    assert len(printed(folder, "pdf")) == 1  # the slip is not printed twice
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    assert "shipped" in window.banner.headline.text(), window.banner.text
    with engine.connect() as conn:
        weights = list(conn.scalars(select(ShipmentRow.weight_g)))
    assert weights == [printed_weight + 750]


def test_f7_after_printing_asks_before_printing_again(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner, Path],
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    window, scanner, folder = station
    engine, shop = shop_engine
    order = small_order(shop)
    set_note(engine, order.number, "")
    pack_all(qtbot, window, scanner, shop, order)
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
    assert (len(printed(folder, "pdf")), len(printed(folder, "zpl"))) == (1, 1)

    qtbot.keyClick(window, Qt.Key.Key_F7)  # the button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: window.banner.kind is FeedbackKind.WARN, timeout=WAIT_MS)
    assert "reprint?" in window.banner.text
    qtbot.wait(300)
    assert (len(printed(folder, "pdf")), len(printed(folder, "zpl"))) == (1, 1)

    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F7)  # yes: print them again
    qtbot.waitUntil(lambda: len(printed(folder, "zpl")) == 2, timeout=WAIT_MS)
    assert len(printed(folder, "pdf")) == 2
    assert window.banner.headline.text() == "Printed"
    assert window.banner.text.count(str(folder)) == 1
    shot = folder.parent / "pack-printed.png"
    window.grab().save(str(shot))


def test_text_no_font_prints_is_reported_before_the_label_prints(
    qtbot: QtBot, station: tuple[MainWindow, FakeScanner, Path],
    shop_engine: tuple[Engine, DemoShop],  # noqa: F811
) -> None:
    window, scanner, folder = station
    engine, shop = shop_engine
    order = small_order(shop)
    set_note(engine, order.number, "")
    with engine.begin() as conn:
        ship_to = dict(conn.scalar(select(OrderRow.ship_to).where(OrderRow.number == order.number)))
        ship_to["name"] = "Kari \U0001F44D Nordmann"
        conn.execute(update(OrderRow).where(OrderRow.number == order.number)
                     .values(ship_to=ship_to))
    pack_all(qtbot, window, scanner, shop, order)

    # Asked before anything prints: the name would print with a blank.
    qtbot.waitUntil(lambda: window.banner.headline.text() == "Some text cannot print",
                    timeout=WAIT_MS)
    assert "the name (\U0001F44D)" in window.banner.text
    assert "F7 prints anyway" in window.banner.text and "Esc stops" in window.banner.text
    assert printed(folder, "pdf") == [] and printed(folder, "zpl") == []
    assert not window.pack.ship_button.isEnabled()

    # The packer goes on: both documents print.
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(printed(folder, "pdf")) == 1 and len(printed(folder, "zpl")) == 1,
                    timeout=WAIT_MS)
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
