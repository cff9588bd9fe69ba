"""Payment captured when the parcel ships, at the bench (issue 24): the station window
against the local Shopify server. An authorised-only order is captured once, before its
label, and ships; a declined capture leaves the order packed and held with the reason on
the screen until a lead's badge lets it ship; a capture whose answer is lost is not sent
twice; a paid order is not captured."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.hardware.printers import RawTcpPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.screens import ScreenServices
from packdesk.services.uow import UnitOfWork
from packdesk.ui.dashboard import DashboardWidget
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.payments import (
    AUTHORISED,
    DECLINED,
    LOST,
    PAID,
    capture_row,
    order_state,
    shop_with_shopify_orders,
)
from tests.helpers.shopify_flow import LEAD
from tests.helpers.station import FolderPrinter
from tests.helpers.ui import LabelPrinterListener, label_printer
from tests.ui.test_station_shift import CARRIERS, WAIT_MS, scan, walk_pick_list


@pytest.fixture
def store() -> Iterator[FakeShopify]:
    with FakeShopify().running() as fake:
        yield fake


@pytest.fixture
def bench(
    qtbot: QtBot, sqlite_url: str, store: FakeShopify, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, FakeScanner, LabelPrinterListener, Engine, DemoShop]]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_SHOPIFY_TOKEN", store.token)
    engine = make_engine(sqlite_url)
    shop = shop_with_shopify_orders(engine, store, [AUTHORISED, DECLINED, LOST, PAID])
    with label_printer() as listener:
        printer = StationPrinter(
            FolderPrinter(tmp_path), RawTcpPrinter("127.0.0.1", listener.port, timeout=5),
            ship_from=SHIP_FROM, slip_where=str(tmp_path), label_where=listener.url,
            label_format="zpl")
        scanner = FakeScanner()
        window = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                                   carriers=CARRIERS, with_health=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        try:
            yield window, scanner, listener, engine, shop
        finally:
            window.stop()
            printer.close()
            engine.dispose()


def pack_order(qtbot: QtBot, window: MainWindow, scanner: FakeScanner, shop: DemoShop,
               engine: Engine, legacy: int) -> None:
    """Take the order by its barcode, walk its pick list, verify its one unit."""
    assert scan(qtbot, window, scanner, f"ORD:#{legacy}").accepted, window.banner.text
    walk_pick_list(qtbot, window, scanner, shop)
    qtbot.waitUntil(lambda: window.current_screen() == "pack", timeout=WAIT_MS)
    line = window.pack.model.lines()[0]
    code = next(p.barcodes[0] for p in shop.products if p.sku == line.sku)
    assert scan(qtbot, window, scanner, code).order_complete, window.banner.text


def ship(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "shipped" in window.banner.headline.text(), timeout=WAIT_MS)


def test_the_bench_captures_authorised_payments_once_before_the_label_and_holds_a_declined_one(
    qtbot: QtBot, bench: tuple[MainWindow, FakeScanner, LabelPrinterListener, Engine, DemoShop],
    store: FakeShopify,
) -> None:
    window, scanner, listener, engine, shop = bench
    assert scan(qtbot, window, scanner, "BADGE:PAT03").accepted

    # Authorised only: captured once as the order completes, then its label prints; it ships.
    pack_order(qtbot, window, scanner, shop, engine, AUTHORISED)
    qtbot.waitUntil(lambda: len(listener.jobs()) == 1, timeout=WAIT_MS)
    assert b"#501" in listener.jobs()[0]
    [captured] = store.captures(AUTHORISED)
    assert captured["amountSet"]["shopMoney"]["amount"] == "40.50"
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)  # the label recorded
    row = capture_row(engine, AUTHORISED)
    with engine.connect() as conn:
        label_at = conn.scalar(select(OrderRow.label_printed_at).where(OrderRow.external_id == "501"))
    assert row is not None and row.status == "captured" and label_at is not None
    assert row.updated_at <= label_at  # captured, then the label printed
    ship(qtbot, window)
    assert order_state(engine, AUTHORISED)[0] == "shipped"
    assert len(store.capture_requests) == 1

    # Declined: nothing prints, the order stays packed and held, the reason on the screen.
    pack_order(qtbot, window, scanner, shop, engine, DECLINED)
    sentence = "payment could not be captured: the card was declined"
    qtbot.waitUntil(lambda: sentence in window.banner.text, timeout=WAIT_MS)
    assert window.banner.kind is FeedbackKind.REFUSE
    assert order_state(engine, DECLINED) == ("packed", sentence)
    qtbot.keyClick(window, Qt.Key.Key_F10)  # shipping is refused with the same sentence
    qtbot.waitUntil(lambda: window.banner.kind is FeedbackKind.REFUSE and sentence in window.banner.text,
                    timeout=WAIT_MS)
    qtbot.wait(200)
    assert len(listener.jobs()) == 1 and order_state(engine, DECLINED)[0] == "packed"
    # The ship bar keeps the reason after the banner moves on, and what a lead can do.
    qtbot.waitUntil(lambda: sentence in window.pack.missing.text(), timeout=WAIT_MS)
    assert "a lead's badge lets it ship unpaid" in window.pack.missing.text()
    assert not window.pack.ship_button.isEnabled()
    # The lead's dashboard lists it with the held orders, with the reason.
    dashboard = DashboardWidget(ScreenServices.over(lambda: UnitOfWork(engine)).dashboard, LEAD,
                                refresh_ms=60_000)
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.held_model.rowCount() == 1 and not dashboard.loading,
                    timeout=WAIT_MS)
    held = [dashboard.held_model.index(0, column).data()
            for column in range(dashboard.held_model.columnCount())]
    assert "#502" in held and sentence in held, held
    dashboard.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)

    # A lead's badge lets it ship unpaid, recorded; F7 prints its label, F10 ships it.
    verdict = scan(qtbot, window, scanner, "BADGE:LENA02")
    assert verdict.accepted and "Lena Lead" in window.banner.text
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(listener.jobs()) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
    ship(qtbot, window)
    waived = capture_row(engine, DECLINED)
    assert waived is not None and (waived.status, waived.waived_by) == ("waived", "Lena Lead")
    assert store.captures(DECLINED) == []

    # The answer is lost after capturing: read back, not sent twice; it ships.
    store.drop_after_capture = 1
    pack_order(qtbot, window, scanner, shop, engine, LOST)
    qtbot.waitUntil(lambda: len(listener.jobs()) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
    ship(qtbot, window)
    assert store.drop_after_capture == 0 and len(store.captures(LOST)) == 1
    assert [r["id"] for r in store.capture_requests].count(f"gid://shopify/Order/{LOST}") == 1

    # Paid at the store: not captured.
    pack_order(qtbot, window, scanner, shop, engine, PAID)
    qtbot.waitUntil(lambda: len(listener.jobs()) == 4, timeout=WAIT_MS)
    qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
    ship(qtbot, window)
    assert store.captures(PAID) == [] and capture_row(engine, PAID) is None
    assert [r["id"] for r in store.capture_requests] == [
        f"gid://shopify/Order/{n}" for n in (AUTHORISED, DECLINED, LOST)]
