"""A slice of a packer's shift in the real window, offscreen, on the demo data.

Sign in by badge, take an order by scanning its barcode, pick it bin by bin, pack it
with one wrong item and one wrong size refused, print the slip to a folder and the label
to a label printer listening on 127.0.0.1, ship, and find the shipped message in the
outbox; then a batch walk of three small orders. The scanner is a FakeScanner (the same
``scanned`` signal a real one emits) and, for the sign-in, the keyboard.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from packdesk.app import build_main_window
from packdesk.domain.model import Order, OrderStatus, Product
from packdesk.hardware.printers import FolderPrinter, Printer, RawTcpPrinter
from packdesk.hardware.scanners import FakeScanner, Scanner, WedgeScanner
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
    with engine.connect() as conn:  # stored before the banner turned red
        stored = conn.scalar(select(ScanEventRow.outcome).where(
            ScanEventRow.id == verdict.scan_event_id))
    assert stored == "wrong_variant"
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
    # The verdict is shown first; slip and label print behind it, off the GUI thread.
    assert not verdict.printed

    # The note (if any) must be acknowledged before the ship button works, and before
    # anything prints (it may change what prints).
    pack = window.pack
    if order.customer_note.strip():
        qtbot.wait(300)
        assert listener.jobs() == [] and not list(folder.glob("*.pdf"))
        assert not pack.ship_button.isEnabled()
        assert pack.note_box.isVisible()
        with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
            qtbot.keyClick(window, Qt.Key.Key_F6)

    # The label reached the printer on the socket as ZPL; the slip is a PDF in the folder.
    qtbot.waitUntil(lambda: len(listener.jobs()) == 1, timeout=WAIT_MS)
    label = listener.jobs()[0]
    assert label.startswith(b"^XA") and label.rstrip().endswith(b"^XZ")
    assert order.number.encode() in label
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 1, timeout=WAIT_MS)
    slips = list(folder.glob("*.pdf"))
    assert len(slips) == 1 and slips[0].read_bytes().startswith(b"%PDF")
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


# --- The rest of the bench's feel: keyboard, undo, idle time, printer trouble, short pick ---


@pytest.fixture
def bench(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop], tmp_path: Path
) -> Iterator[Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]]]:
    """Builds a station with the given label printer and options; cleans up after."""
    engine, _shop = shop_engine
    built: list[tuple[MainWindow, StationPrinter]] = []

    def make(label: Printer | None = None, scanner: Scanner | None = None,
             **options: Any) -> tuple[MainWindow, Any, StationPrinter]:
        folder = tmp_path / "printed"
        printer = StationPrinter(FolderPrinter(folder), label or FolderPrinter(folder),
                                 ship_from=SHIP_FROM, label_format="zpl")
        scanner = scanner or FakeScanner()
        options.setdefault("with_health", False)
        window = build_main_window(engine, "Bench 2", scanner, printer,
                                   sounds=Sounds(enabled=False), carriers=CARRIERS, **options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        built.append((window, printer))
        return window, scanner, printer

    yield make
    for window, printer in built:
        window.stop()
        printer.close()


def take_and_pick(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, shop: DemoShop,
                  order: Order) -> None:
    scan(qtbot, window, scanner, "BADGE:PAT03")
    verdict = scan(qtbot, window, scanner, f"ORD:{order.number}")
    assert verdict.accepted, window.banner.text
    walk_pick_list(qtbot, window, scanner, shop)
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)


def test_a_newcomer_types_a_badge_with_the_keyboard_scanner_listening(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, Any, StationPrinter]]
) -> None:
    wedge = WedgeScanner(QApplication.instance(), max_gap_ms=30)
    window, _scanner, _printer = bench(scanner=wedge)
    window.activateWindow()
    window.scan_entry.setFocus()
    qtbot.waitUntil(window.scan_entry.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS):
        # A person types far slower than a scanner: the wedge hands the keys back.
        qtbot.keyClicks(window.scan_entry, "BADGE:PAT03", delay=45)
        qtbot.keyClick(window.scan_entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() == "queue", timeout=WAIT_MS)
    assert window.user_label.text() == "Pat Packer"
    assert window.scan_entry.text() == ""


def test_undo_takes_back_the_last_verified_unit(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop],
) -> None:
    _engine, shop = shop_engine
    window, scanner, _printer = bench()
    order = next(o for o in shop.orders if o.unit_count >= 2 and not o.gift)
    take_and_pick(qtbot, window, scanner, shop, order)
    first = order.lines[0]
    scan(qtbot, window, scanner, barcode_of(shop, first.sku))
    assert window.pack.model.index(0, 3).data() == f"1 of {first.quantity}"

    with qtbot.waitSignal(window.scan_handled, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].accepted
    assert window.banner.headline.text() == "Undone"
    assert window.pack.model.index(0, 3).data() == f"0 of {first.quantity}"
    # An "UNDO" code does the same from the scanner; with nothing left it says so.
    scan(qtbot, window, scanner, "UNDO")
    assert window.banner.headline.text() == "Nothing to undo"


def test_the_station_signs_out_after_the_idle_time(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]]
) -> None:
    window, scanner, _printer = bench(idle_minutes=0.01)  # 600 ms
    scan(qtbot, window, scanner, "BADGE:PAT03")
    assert window.current_screen() == "queue"
    qtbot.waitUntil(lambda: window.current_screen() == "sign_in", timeout=WAIT_MS)
    assert window.status.user.text() == "Nobody signed in"
    assert "Signed out" in window.banner.headline.text()
    verdict = scan(qtbot, window, scanner, "ORD:#10000")
    assert verdict.refused  # nobody is signed in: the scan does nothing


def test_a_label_printer_that_is_off_says_so_and_the_label_prints_after(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop], listener: LabelPrinterListener,
) -> None:
    _engine, shop = shop_engine
    with socket.create_server(("127.0.0.1", 0)) as reserved:
        dead_port = reserved.getsockname()[1]  # closed again below: nothing listens there
    window, scanner, printer = bench(label=RawTcpPrinter("127.0.0.1", dead_port, timeout=2))
    order = next(o for o in shop.orders if not o.gift and o.unit_count <= 3
                     and not o.customer_note.strip())
    take_and_pick(qtbot, window, scanner, shop, order)
    for line in order.lines:
        for _ in range(line.quantity):
            verdict = scan(qtbot, window, scanner, barcode_of(shop, line.sku))
    assert verdict.order_complete
    # "Complete" at once; the failed print replaces it when the printer has answered.
    qtbot.waitUntil(lambda: window.banner.kind is FeedbackKind.WARN, timeout=WAIT_MS)
    assert "Shipping label did not print" in window.banner.text
    assert str(dead_port) in window.banner.text
    assert not window.pack.ship_button.isEnabled()
    assert "print the label" in window.pack.missing.text()
    assert window.status.printer.state == "bad"

    # The printer is back (here: another address); F7 prints the label (the slip that
    # printed is not printed twice).
    printer.queue.destinations["label"] = RawTcpPrinter("127.0.0.1", listener.port, timeout=5)
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.banner.kind is FeedbackKind.ACCEPT, window.banner.text
    assert len(listener.jobs()) == 1 and listener.jobs()[0].startswith(b"^XA")
    assert "print the label" not in window.pack.missing.text()


def test_a_short_pick_is_recorded_and_the_order_waits_for_a_lead(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop],
) -> None:
    engine, shop = shop_engine
    window, scanner, _printer = bench()
    scan(qtbot, window, scanner, "BADGE:PAT03")
    # Short every bin of the first step until the order has nowhere left to pick from.
    order = next(o for o in shop.orders if not o.gift)
    scan(qtbot, window, scanner, f"ORD:{order.number}")
    for _ in range(20):
        if window.current_screen() != "pick":
            break
        with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
            qtbot.keyClick(window, Qt.Key.Key_F9)
        assert window.banner.headline.text().startswith("Short pick recorded")
    with engine.connect() as conn:
        status, reason = conn.execute(select(OrderRow.status, OrderRow.hold_reason).where(
            OrderRow.number == order.number)).one()
    assert status == OrderStatus.ON_HOLD.value
    assert "short pick" in reason and "bin empty" in reason
    assert window.current_screen() == "queue"
    assert order.number in window.banner.headline.text()


def test_the_queue_pick_and_pack_tables_are_well_behaved_qt_models(
    qtbot: QtBot, qtmodeltester: Any,
    bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop],
) -> None:
    _engine, shop = shop_engine
    window, scanner, _printer = bench()
    scan(qtbot, window, scanner, "BADGE:PAT03")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 30, timeout=WAIT_MS)
    qtmodeltester.check(window.queue.model)
    qtmodeltester.check(window.queue.proxy)
    window.queue.search.setText("JP")  # ship-to country: only those rows remain
    assert 0 < window.queue.proxy.rowCount() < 30
    assert all(window.queue.proxy.index(r, 5).data() == "JP"
               for r in range(window.queue.proxy.rowCount()))
    order = next(o for o in shop.orders if o.unit_count >= 2 and not o.gift)
    scan(qtbot, window, scanner, f"ORD:{order.number}")
    qtmodeltester.check(window.pick.model)
    walk_pick_list(qtbot, window, scanner, shop)
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)
    qtmodeltester.check(window.pack.model)


def test_a_gift_order_waits_for_its_three_gift_steps_and_prints_the_message_card(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop], tmp_path: Path,
) -> None:
    engine, shop = shop_engine
    window, scanner, _printer = bench()
    order = next(o for o in shop.orders if o.gift and o.gift_message and o.unit_count <= 4)
    take_and_pick(qtbot, window, scanner, shop, order)
    pack = window.pack
    assert pack.gift_box.isVisible()
    assert order.gift_message in pack.gift_message.text()
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, scanner, barcode_of(shop, line.sku))
    if order.customer_note.strip():
        with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
            qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not pack.ship_button.isEnabled()
    assert "wrap" in pack.missing.text()

    # The message card prints on the label printer (here a folder), off the GUI thread.
    before = set((tmp_path / "printed").glob("*gift-card*"))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(set((tmp_path / "printed").glob("*gift-card*")) - before) == 1,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.banner.headline.text() == "Printed", timeout=WAIT_MS)
    for number in (1, 2, 3):
        with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
            qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                           Qt.KeyboardModifier.ControlModifier)
    # The printed card's own state refresh may be the signal one of the waits above took:
    # wait for the three steps to show done rather than for a count of signals.
    qtbot.waitUntil(lambda: all(not button.isEnabled() for button in pack.gift_buttons.values()),
                    timeout=WAIT_MS)
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    with engine.connect() as conn:
        status = conn.scalar(select(OrderRow.status).where(OrderRow.number == order.number))
    assert status == OrderStatus.SHIPPED.value


def test_the_carriers_tracking_barcode_scanned_into_the_tracking_field_ships_with_it(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop],
) -> None:
    engine, shop = shop_engine
    window, scanner, _printer = bench(with_health=True)
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Outbox: 0", timeout=WAIT_MS)
    order = next(o for o in shop.orders if not o.gift and not o.customer_note.strip())
    take_and_pick(qtbot, window, scanner, shop, order)
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, scanner, barcode_of(shop, line.sku))
    pack = window.pack
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)
    pack.carrier.setCurrentIndex(pack.carrier.findData("posten"))
    pack.tracking.clear()
    pack.tracking.setFocus()
    qtbot.waitUntil(pack.tracking.hasFocus, timeout=WAIT_MS)
    scanner.feed("70712345678901234")  # goes into the field, not to the order
    assert pack.tracking.text() == "70712345678901234"
    # The printed label is the demo carrier's: Ship waits for a Posten label.
    assert not pack.ship_button.isEnabled()
    assert "reprint the label" in pack.missing.text()
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(pack.ship_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    assert "shipped" in window.banner.headline.text(), window.banner.text
    with engine.connect() as conn:
        payload = conn.scalar(select(OutboxMessageRow.payload))
    assert payload["carrier"] == "posten"
    assert payload["tracking_number"] == "70712345678901234"
    assert "sporing.posten.no" in payload["tracking_url"]
    window.status.refresh()  # the status bar's backlog, read off the GUI thread
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Outbox: 1", timeout=WAIT_MS)
    assert window.status.database.state == "ok"


@pytest.mark.postgres
def test_a_scan_while_the_database_is_gone_is_refused_as_not_recorded_and_nothing_is_lost(
    qtbot: QtBot, pg_url: str, pg_admin_url: str,
) -> None:
    engine = make_engine(pg_url)
    shop = seed_small_shop(engine, orders=5)
    window = build_main_window(engine, "Bench 3", scanner := FakeScanner(), None,
                               sounds=Sounds(enabled=False), carriers=CARRIERS,
                               with_health=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = make_url(pg_url).database
    try:
        scan(qtbot, window, scanner, "BADGE:PAT03")
        order = shop.orders[0]
        # The server drops the station's connections and refuses new ones (a network cut).
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
        with qtbot.waitSignal(window.action_failed, timeout=WAIT_MS):
            scanner.feed(f"ORD:{order.number}")
        assert window.banner.kind is FeedbackKind.REFUSE
        assert window.banner.headline.text() == "Scan NOT recorded"
        assert f"ORD:{order.number}" in window.banner.detail.text()

        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        verdict = scan(qtbot, window, scanner, f"ORD:{order.number}")  # scanned again
        assert verdict.accepted, window.banner.text
        assert window.current_screen() == "pick"
        with engine.connect() as conn:
            taken = conn.scalars(select(ScanEventRow.outcome).where(
                ScanEventRow.raw_code == f"ORD:{order.number}")).all()
        assert taken == ["order_taken"]  # the failed scan left no half-written trace
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()
        window.stop()
        engine.dispose()


def test_f2_takes_the_first_order_of_the_queue(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
) -> None:
    window, scanner, _printer = bench()
    scan(qtbot, window, scanner, "BADGE:PAT03")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 30, timeout=WAIT_MS)
    first = window.queue.proxy.index(0, 0).data()  # queue order: ship-by, express first
    with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_screen() == "pick"
    assert window.banner.headline.text() == f"Order {first} is yours"
    assert first in window.pick.title.text()


def test_a_label_the_zebra_refuses_is_reprinted_alone_with_reprint_label(
    qtbot: QtBot, bench: Callable[..., tuple[MainWindow, FakeScanner, StationPrinter]],
    shop_engine: tuple[Engine, DemoShop], tmp_path: Path,
) -> None:
    from packdesk.hardware.printers import PrintQueueSignals
    from packdesk.hardware.zebra import HostStatus
    from tests.helpers.fake_zebra import FakeZebra

    _engine, shop = shop_engine
    zebra = FakeZebra(status=HostStatus(paper_out=True))
    try:
        window, scanner, printer = bench(label=RawTcpPrinter("127.0.0.1", zebra.port, timeout=2,
                                                             status=True))
        signals = PrintQueueSignals()  # as app.py wires it: job updates to the status bar
        signals.job_changed.connect(window.on_print_job_changed)
        printer.queue.add_listener(signals.job_changed.emit)
        order = next(o for o in shop.orders if not o.gift and o.unit_count <= 3
                     and not o.customer_note.strip())
        take_and_pick(qtbot, window, scanner, shop, order)
        for line in order.lines:
            for _ in range(line.quantity):
                verdict = scan(qtbot, window, scanner, barcode_of(shop, line.sku))
        assert verdict.order_complete
        qtbot.waitUntil(lambda: window.banner.kind is FeedbackKind.WARN, timeout=WAIT_MS)
        # The printer's words, and the way to print the label without a second slip.
        assert "reports paper out" in window.banner.text
        assert "Reprint label" in window.banner.text
        qtbot.waitUntil(lambda: window.status.printer.text() == "Printer: paper out",
                        timeout=WAIT_MS)
        assert window.status.printer.state == "bad"
        assert window.pack.reprint_label_button.isEnabled()
        assert not window.pack.ship_button.isEnabled()
        if os.environ.get("PACKDESK_SCREENSHOTS"):
            window.grab().save(os.path.join(os.environ["PACKDESK_SCREENSHOTS"], "label-failed.png"))

        zebra.status = HostStatus()  # paper loaded
        with qtbot.waitSignal(window.state_shown, timeout=WAIT_MS):
            qtbot.mouseClick(window.pack.reprint_label_button, Qt.MouseButton.LeftButton)
        assert window.banner.kind is FeedbackKind.ACCEPT, window.banner.text
        assert "print the label" not in window.pack.missing.text()
        qtbot.waitUntil(lambda: window.status.printer.text() == "Printer: ready", timeout=WAIT_MS)
        labels = zebra.wait_for_jobs(1)
        qtbot.wait(200)
    finally:
        zebra.close()
    assert len(zebra.jobs) == 1 and labels[0].startswith(b"^XA")
    slips = [p for p in (tmp_path / "printed").iterdir() if p.suffix == ".pdf"]
    assert len(slips) == 1  # the slip printed once
