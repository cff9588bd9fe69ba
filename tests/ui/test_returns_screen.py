"""The returns screen at the bench: the real window on a seeded shop with shipped orders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OutboxMessageRow
from packdesk.services.demo import SHIP_FROM
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import Sounds
from packdesk.ui.mainwindow import MainWindow
from packdesk.ui.returnsview import ReturnsReportWidget, ReturnsWidget
from tests.helpers.returns import (
    ShippedOrder,
    home_bin,
    ship_orders,
    shipped_sku_elsewhere,
    stock_in,
)
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import LEAD_BADGE, PACKER_BADGE, barcode_of

WAIT_MS = 15_000
SHOTS = Path(os.environ.get("PACKDESK_SHOTS", "/tmp/packdesk-shots"))


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[tuple[Engine, list[ShippedOrder]]]:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=30)
    yield engine, ship_orders(engine, 3)
    engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, shop: tuple[Engine, list[ShippedOrder]],
           tmp_path: Path) -> Iterator[tuple[MainWindow, FakeScanner]]:
    engine, _orders = shop
    printer = StationPrinter(FolderPrinter(tmp_path), FolderPrinter(tmp_path), ship_from=SHIP_FROM,
                             slip_where=str(tmp_path), label_where=str(tmp_path), label_format="zpl")
    scanner = FakeScanner()
    win = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                            with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win, scanner
    win.stop()
    printer.close()


def test_a_packer_receives_a_two_unit_return_one_restocked_one_quarantined(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner], shop: tuple[Engine, list[ShippedOrder]],
) -> None:
    win, scanner = window
    engine, orders = shop
    order = orders[0]
    (sku_a, _qa, price_a), (sku_b, _qb, price_b) = order.lines[:2]
    bin_a = home_bin(engine, sku_a)
    before_bin, before_quarantine = stock_in(engine, bin_a, sku_a), stock_in(engine, "Q-01-1-A", sku_b)
    foreign, _other = shipped_sku_elsewhere(engine, order.number)

    scanner.feed(PACKER_BADGE)
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    # A packer reaches the screen from the Station menu (Ctrl+R).
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.current_screen() == "returns", timeout=WAIT_MS)
    screen = win.lead_screens["returns"]
    assert isinstance(screen, ReturnsWidget)

    with qtbot.waitSignal(screen.opened, timeout=WAIT_MS):
        scanner.feed(order.number)
    assert screen.lines_model.rowCount() == len(order.lines)
    assert screen.lines_model.item(0, 0).text() == order.lines[0][0]

    with qtbot.waitSignal(screen.received, timeout=WAIT_MS):
        scanner.feed(barcode_of(engine, sku_a))
    with qtbot.waitSignal(screen.received, timeout=WAIT_MS):
        scanner.feed(barcode_of(engine, sku_b))
    qtbot.keyClick(win, Qt.Key.Key_F7)  # damaged, for the last unit scanned
    # A button's shortcut clicks it after its press animation.
    qtbot.waitUntil(lambda: screen.units_model.item(1, 2).text() == "damaged", timeout=WAIT_MS)
    assert screen.units_model.item(0, 2).text() == "resellable"
    assert screen.units_model.item(0, 3).text() == bin_a
    assert screen.units_model.item(1, 3).text() == "Q-01-1-A"

    # An item of another order is refused, saying which order it may belong to.
    with qtbot.waitSignal(screen.refused, timeout=WAIT_MS) as refused:
        scanner.feed(barcode_of(engine, foreign))
    assert f"was not shipped in order {order.number}; it might belong to order #" in refused.args[0]
    assert screen.message.text() == refused.args[0]
    assert screen.units_model.rowCount() == 2

    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / "returns-screen.png"))
    with qtbot.waitSignal(screen.closed, timeout=WAIT_MS) as closed:
        qtbot.keyClick(win, Qt.Key.Key_F10)
    summary = closed.args[0]
    win.grab().save(str(SHOTS / "returns-closed.png"))

    assert stock_in(engine, bin_a, sku_a) == before_bin + 1
    assert stock_in(engine, "Q-01-1-A", sku_b) == before_quarantine + 1
    with UnitOfWork(engine) as uow:
        messages = uow.session.scalars(select(OutboxMessageRow).where(
            OutboxMessageRow.kind == "order.refund")).all()
        assert [m.id for m in messages] == [summary.outbox_message_id]
        assert Decimal(messages[0].payload["amount"]) == price_a + price_b
    assert str(price_a + price_b) in screen.title.text()
    pdf = screen.receipt_pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def test_the_lead_sees_returns_by_reason_product_and_packer(
    qtbot: QtBot, shop: tuple[Engine, list[ShippedOrder]],
) -> None:
    from packdesk.domain.model import Role
    from packdesk.domain.returns import Condition
    from packdesk.services.auth import Actor
    from packdesk.services.screens import ReturnServices

    engine, orders = shop
    services = ReturnServices(lambda: UnitOfWork(engine))
    sku = orders[0].lines[0][0]
    services.service("Bench 1").receive_and_close(orders[0].number, [(sku, Condition.DAMAGED)],
                                                  Actor(1, "Pat", Role.PACKER), "arrived torn")
    report = ReturnsReportWidget(services, Actor(2, "Lena", Role.LEAD))
    qtbot.addWidget(report)
    qtbot.waitUntil(lambda: report.models["reason"].rowCount() == 1, timeout=WAIT_MS)
    assert report.models["reason"].item(0, 0).text() == "arrived torn"
    assert report.models["sku"].item(0, 0).text() == sku
    assert report.models["sku"].item(0, 2).text().endswith("%")
    assert report.models["packer"].item(0, 0).text() == "Pat"
    assert "arrived torn" in report.export_csv()


def test_a_lead_approves_a_refund_above_the_admins_amount(
    qtbot: QtBot, shop: tuple[Engine, list[ShippedOrder]],
) -> None:
    from packdesk.domain.model import Role
    from packdesk.domain.returns import Condition, ReturnPolicy
    from packdesk.services.auth import Actor
    from packdesk.services.returns import save_policy
    from packdesk.services.screens import ReturnServices

    engine, orders = shop
    save_policy(UnitOfWork(engine), Actor(1, "Ada", Role.ADMIN), ReturnPolicy(approval_above=Decimal("1")))
    services = ReturnServices(lambda: UnitOfWork(engine))
    sku = orders[0].lines[0][0]
    closed = services.service("Bench 1").receive_and_close(
        orders[0].number, [(sku, Condition.RESELLABLE)], Actor(3, "Pat", Role.PACKER))
    assert closed.outbox_message_id is None
    report = ReturnsReportWidget(services, Actor(2, "Lena", Role.LEAD))
    qtbot.addWidget(report)
    qtbot.waitUntil(lambda: report.waiting_model.rowCount() == 1, timeout=WAIT_MS)
    assert report.waiting_label.text().endswith(": 1")
    report.waiting_table.selectRow(0)
    report.approve_button.click()
    qtbot.waitUntil(lambda: report.waiting_model.rowCount() == 0, timeout=WAIT_MS)
    with UnitOfWork(engine) as uow:
        message = uow.session.scalars(select(OutboxMessageRow).where(
            OutboxMessageRow.kind == "order.refund")).one()
        assert Decimal(message.payload["amount"]) == closed.refund.amount


def test_the_lead_opens_the_returns_figures_from_the_lead_menu(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner],
) -> None:
    win, scanner = window
    scanner.feed(LEAD_BADGE)
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)
    assert win.lead_actions["returns_report"] in win.lead_menu.actions()
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.current_screen() == "returns_report", timeout=WAIT_MS)
    report = win.lead_screens["returns_report"]
    assert isinstance(report, ReturnsReportWidget)
    qtbot.waitUntil(lambda: report.waiting_label.text() != "", timeout=WAIT_MS)
    win.grab().save(str(SHOTS / "returns-report.png"))
