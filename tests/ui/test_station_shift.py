"""A slice of a packer's shift in the real window, offscreen, on the demo data.

Sign in by badge, take an order by scanning its barcode, pick it bin by bin, pack it
with one wrong item and one wrong size refused, print the slip to a folder and the label
to a label printer listening on 127.0.0.1, ship, and find the shipped message in the
outbox; then a batch walk of three small orders. The scanner is a FakeScanner (the same
``scanned`` signal a real one emits) and, for the sign-in, the keyboard.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from packdesk.app import build_main_window
from packdesk.domain.model import Order, OrderStatus, Product
from packdesk.hardware.printers import FolderPrinter, RawTcpPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, ScanEventRow
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.outbox import ORDER_SHIPPED
from packdesk.services.station import ScanVerdict
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.shop import seed_small_shop
from tests.helpers.ui import LabelPrinterListener, label_printer

CARRIERS = [("demo", "Demo Carrier"), ("posten", "Posten Bring")]
WAIT_MS = 15_000


@pytest.fixture
def shop_engine(db_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    engine = make_engine(db_url)
    shop = seed_small_shop(engine, orders=30)
    yield engine, shop
    engine.dispose()


@pytest.fixture
def listener() -> Iterator[LabelPrinterListener]:
    with label_printer() as printer:
        yield printer


@pytest.fixture
def station(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop], listener: LabelPrinterListener,
    tmp_path: Path,
) -> Iterator[tuple[MainWindow, FakeScanner, StationPrinter, Path]]:
    engine, _shop = shop_engine
    folder = tmp_path / "printed"
    printer = StationPrinter(
        FolderPrinter(folder), RawTcpPrinter("127.0.0.1", listener.port, timeout=5),
        ship_from=SHIP_FROM, slip_where=str(folder), label_where=listener.url,
        label_format="zpl")
    scanner = FakeScanner()
    window = build_main_window(engine, "Bench 1", scanner, printer,
                               sounds=Sounds(enabled=False), carriers=CARRIERS,
                               with_health=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    qtbot.waitUntil(lambda: window.current_screen() == "sign_in", timeout=WAIT_MS)
    yield window, scanner, printer, folder
    window.stop()
    printer.close()


def scan(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, code: str) -> ScanVerdict:
    with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS) as blocker:
        scanner.feed(code)
    verdict = blocker.args[0]
    assert isinstance(verdict, ScanVerdict)
    return verdict


def barcode_of(shop: DemoShop, sku: str) -> str:
    return next(p.barcodes[0] for p in shop.products if p.sku == sku)


def products_by_sku(shop: DemoShop) -> dict[str, Product]:
    return {p.sku: p for p in shop.products}


def order_with_a_sized_item(shop: DemoShop) -> tuple[Order, Product, Product]:
    """An order, one of its sized products, and the same product in another size."""
    products = products_by_sku(shop)
    for order in shop.orders:
        if order.gift or len(order.lines) > 3:
            continue
        skus = {line.sku for line in order.lines}
        for line in order.lines:
            product = products[line.sku]
            if not product.size:
                continue
            for other in shop.products:
                if (other.sku.split("-")[0] == product.sku.split("-")[0]
                        and other.color == product.color and other.size != product.size
                        and other.sku not in skus):
                    return order, product, other
    raise AssertionError("the demo shop has no order with a sized item")


def unrelated_product(shop: DemoShop, order: Order) -> Product:
    styles = {line.sku.split("-")[0] for line in order.lines}
    return next(p for p in shop.products if p.sku.split("-")[0] not in styles)


def walk_pick_list(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, shop: DemoShop,
                   slots_seen: set[int] | None = None) -> int:
    """Scan every bin label and item the pick screen asks for; returns the scans made."""
    scans = 0
    for _ in range(200):  # bounded: a 3-order walk is far shorter
        state = window.state
        assert state is not None
        step = state.pick_step
        if window.current_screen() != "pick" or step is None:
            return scans
        # What the screen shows is what the picker follows.
        assert window.pick.bin_code.text() == step.bin_code
        verdict = scan(qtbot, window, scanner, f"BIN:{step.bin_code}")
        assert verdict.accepted, window.banner.text
        assert window.banner.kind is FeedbackKind.ACCEPT
        for _unit in range(step.remaining):
            verdict = scan(qtbot, window, scanner, barcode_of(shop, step.sku))
            assert verdict.accepted, window.banner.text
            if slots_seen is not None and verdict.tote_slot is not None:
                slots_seen.add(verdict.tote_slot)
                assert f"slot {verdict.tote_slot}" in window.banner.text.lower()
            scans += 1
    raise AssertionError("the pick walk did not end")


def test_a_packer_signs_in_picks_packs_with_refusals_prints_and_ships(
    qtbot: QtBot,
    station: tuple[MainWindow, FakeScanner, StationPrinter, Path],
    shop_engine: tuple[Engine, DemoShop],
    listener: LabelPrinterListener,
) -> None:
    window, scanner, _printer, folder = station
    engine, shop = shop_engine

    # Sign in by typing the badge into the scan field, as a newcomer without a scanner does.
    with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS):
        qtbot.keyClicks(window.scan_entry, "BADGE:PAT03")
        qtbot.keyClick(window.scan_entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() == "queue", timeout=WAIT_MS)
    assert "Pat Packer" in window.status.user.text()
    assert window.banner.kind is FeedbackKind.ACCEPT
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 30, timeout=WAIT_MS)

    # Take the order by scanning its barcode.
    order, sized, other_size = order_with_a_sized_item(shop)
    verdict = scan(qtbot, window, scanner, f"ORD:{order.number}")
    assert verdict.accepted, window.banner.text
    assert window.current_screen() == "pick"
    assert order.number in window.pick.title.text()

    # A wrong bin is refused in red with what was expected.
    step = window.state.pick_step if window.state else None
    assert step is not None
    wrong_bin = next(b for b in shop.bins if str(b.code) != step.bin_code)
    verdict = scan(qtbot, window, scanner, wrong_bin.barcode)
    assert verdict.refused
    assert window.banner.kind is FeedbackKind.REFUSE
    assert step.bin_code in window.banner.text

    walk_pick_list(qtbot, window, scanner, shop)
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)
    assert window.pack.order is not None and window.pack.order.number == order.number

    # Packing: a wrong item and a wrong size are refused, red, naming what was expected.
    wrong = unrelated_product(shop, order)
    verdict = scan(qtbot, window, scanner, wrong.barcodes[0])
    assert verdict.refused
    assert window.banner.kind is FeedbackKind.REFUSE
    assert window.banner.headline.text() in ("Wrong item", "Not in this order")
    assert "expected" in window.banner.text
    assert window.sounds.played[-1] is FeedbackKind.REFUSE

    verdict = scan(qtbot, window, scanner, other_size.barcodes[0])
    assert verdict.refused
    assert window.banner.kind is FeedbackKind.REFUSE
    assert window.banner.headline.text() == "Wrong size"
    assert sized.size is not None and other_size.size is not None
    detail = window.banner.detail.text()
    assert "expected" in detail and sized.size in detail and other_size.size in detail

    # The right units, one by one: "n of m" per line, then the order completes and prints.
    lines = {line.sku: line.quantity for line in order.lines}
    for sku, quantity in lines.items():
        for n in range(1, quantity + 1):
            verdict = scan(qtbot, window, scanner, barcode_of(shop, sku))
            assert verdict.accepted, window.banner.text
            row = next(r for r in range(window.pack.model.rowCount())
                       if window.pack.model.lines()[r].sku == sku)
            assert window.pack.model.index(row, 3).data() == f"{n} of {quantity}"
    assert verdict.order_complete
    assert window.banner.kind is FeedbackKind.COMPLETE, window.banner.text
    assert window.sounds.played[-1] is FeedbackKind.COMPLETE
    assert {p.document for p in verdict.printed if p.ok} == {"packing_slip", "shipping_label"}

    # The label reached the printer on the socket as ZPL; the slip is a PDF in the folder.
    qtbot.waitUntil(lambda: len(listener.jobs()) == 1, timeout=WAIT_MS)
    label = listener.jobs()[0]
    assert label.startswith(b"^XA") and label.rstrip().endswith(b"^XZ")
    assert order.number.encode() in label
    slips = list(folder.glob("*.pdf"))
    assert len(slips) == 1 and slips[0].read_bytes().startswith(b"%PDF")

    # The note (if any) must be acknowledged before the ship button works.
    pack = window.pack
    if order.customer_note.strip():
        assert not pack.ship_button.isEnabled()
        assert pack.note_box.isVisible()
        with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
            qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)

    # Ship with F10: shipped, the outbox holds exactly one shipped message, next is one scan away.
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.current_screen() == "queue", timeout=WAIT_MS)
    assert window.banner.kind is FeedbackKind.COMPLETE
    assert "shipped" in window.banner.headline.text()
    with engine.connect() as conn:
        status = conn.scalar(select(OrderRow.status).where(OrderRow.number == order.number))
        messages = conn.execute(select(OutboxMessageRow.kind, OutboxMessageRow.payload)).all()
        refusals = conn.scalar(select(func.count()).select_from(ScanEventRow).where(
            ScanEventRow.outcome.in_(["wrong_item", "wrong_variant", "other_order", "wrong_bin"])))
    assert status == OrderStatus.SHIPPED.value
    assert [kind for kind, _ in messages] == [ORDER_SHIPPED]
    assert messages[0][1]["number"] == order.number
    assert refusals == 3  # every refused scan is stored, not only shown

    # Then a batch walk of three small orders, one tote slot each.
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.current_screen() == "pick", timeout=WAIT_MS)
    state = window.state
    assert state is not None and len(state.orders) == 3
    numbers = [o.number for o in state.orders]
    assert "Slot" in window.pick.slots.text() or all(
        len(s.slots) == 1 for s in state.pick_list)
    slots_seen: set[int] = set()
    walk_pick_list(qtbot, window, scanner, shop, slots_seen)
    assert slots_seen == {1, 2, 3}
    with engine.connect() as conn:
        statuses = set(conn.scalars(select(OrderRow.status).where(OrderRow.number.in_(numbers))))
    assert statuses == {OrderStatus.PACKING.value}
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)
