"""Quality checks at the pack bench (issue 24), in the real window offscreen.

An admin gives a product two checks; the packer verifies a unit, passes the first check
with Alt+1, fails the second with F9: the unit is set aside (not counted), the banner
names the failed check and the bin where a replacement is, and that bin gives up one
unit. The replacement passes with Alt+0 and counts. Without another bin holding the
product, a failed check puts the order on hold for a lead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.domain.model import Order, OrderStatus, Role
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    OrderRow,
    ProductRow,
    QualityFailureRow,
)
from packdesk.services.auth import Actor
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.quality import add_check, failures_by_sku_and_reason
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.layout import clipped_labels
from tests.helpers.shop import seed_small_shop
from tests.ui.test_station_shift import CARRIERS, WAIT_MS, barcode_of, scan, walk_pick_list

ADMIN = Actor(user_id=0, name="Ada Admin", role=Role.ADMIN)
LEAD = Actor(user_id=0, name="Lena Lead", role=Role.LEAD)
SHOTS = Path(os.environ.get("PACKDESK_SHOTS", "/tmp/packdesk-shots"))


@pytest.fixture
def shop_engine(db_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    engine = make_engine(db_url)
    shop = seed_small_shop(engine, orders=20)
    yield engine, shop
    engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],
           tmp_path: Path) -> Iterator[tuple[MainWindow, FakeScanner]]:
    engine, _shop = shop_engine
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder), label_format="zpl")
    scanner = FakeScanner()
    win = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                            carriers=CARRIERS, with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    yield win, scanner
    win.stop()
    printer.close()


def checked_order(engine: Engine, shop: DemoShop) -> tuple[Order, str]:
    """A plain order and the SKU of its first line, which gets two checks."""
    order = next(o for o in shop.orders if not o.gift and not o.customer_note)
    sku = order.lines[0].sku
    uow = UnitOfWork(engine)
    add_check(uow, ADMIN, "seal intact", sku=sku)
    add_check(uow, ADMIN, "no stains", sku=sku)
    return order, sku


def stock_elsewhere(engine: Engine, sku: str, quantity: int) -> str:
    """Put ``quantity`` units of ``sku`` into a bin that holds none of it; its code."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        product = session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
        holding = set(session.scalars(select(BinStockRow.bin_id).where(
            BinStockRow.product_id == product.id)))
        other = session.scalars(select(BinRow).where(BinRow.id.not_in(holding),
                                                     BinRow.active.is_(True))
                                .order_by(BinRow.walk_order.desc())).first()
        assert other is not None
        session.add(BinStockRow(bin_id=other.id, product_id=product.id, quantity=quantity))
        code = other.code
        uow.commit()
    return code


def stock_in(engine: Engine, bin_code: str, sku: str) -> int:
    with UnitOfWork(engine) as uow:
        return uow.session.scalar(
            select(BinStockRow.quantity).join(BinRow, BinRow.id == BinStockRow.bin_id)
            .join(ProductRow, ProductRow.id == BinStockRow.product_id)
            .where(BinRow.code == bin_code, ProductRow.sku == sku)) or 0


def to_pack(qtbot: QtBot, win: MainWindow, scanner: FakeScanner, shop: DemoShop,
            order: Order) -> None:
    scan(qtbot, win, scanner, "BADGE:PAT03")
    assert scan(qtbot, win, scanner, f"ORD:{order.number}").accepted, win.banner.text
    walk_pick_list(qtbot, win, scanner, shop)
    qtbot.waitUntil(lambda: win.current_screen() == "pack", timeout=WAIT_MS)


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS):
        qtbot.keyClick(win, key, modifier)
    qtbot.waitUntil(lambda: win.pack.order is not None, timeout=WAIT_MS)


def verified(win: MainWindow, sku: str) -> int:
    assert win.pack.order is not None
    return sum(ln.verified for ln in win.pack.order.lines if ln.sku_to_pack == sku)


def test_a_unit_fails_its_check_and_the_station_shows_the_replacement_bin(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner], shop_engine: tuple[Engine, DemoShop],
) -> None:
    win, scanner = window
    engine, shop = shop_engine
    order, sku = checked_order(engine, shop)
    to_pack(qtbot, win, scanner, shop, order)
    spare_bin = stock_elsewhere(engine, sku, 5)

    # The unit verifies, then waits for its two checks: not counted yet.
    verdict = scan(qtbot, win, scanner, barcode_of(shop, sku))
    assert verdict.accepted, win.banner.text
    assert win.pack.quality_box.isVisible()
    assert [b.text() for b in win.pack.quality_pass_buttons] == [
        "seal intact  (Alt+1)", "no stains  (Alt+2)"]
    assert win.banner.headline.text().startswith("Check ")
    assert verified(win, sku) == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / "pack_quality_checks.png"))
    win.resize(1024, 600)  # the smallest bench screen: the checks fit, nothing is cut
    qtbot.wait(50)
    win.grab().save(str(SHOTS / "pack_quality_checks-1024x600.png"))
    assert clipped_labels(win) == []
    assert all(b.isVisible() and b.height() >= b.sizeHint().height() - 4
               for b in win.pack.quality_pass_buttons)

    # Another item scanned now is refused: the checks come first.
    other = next((ln.sku for ln in order.lines if ln.sku != sku), sku)
    verdict = scan(qtbot, win, scanner, barcode_of(shop, other))
    assert not verdict.accepted
    assert "quality checks" in win.banner.text
    assert verified(win, sku) == 0

    # Alt+1: the seal is intact. F9: a check failed, the first not confirmed (no stains).
    press(qtbot, win, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert win.banner.headline.text() == "Check passed"
    assert not win.pack.quality_pass_buttons[0].isEnabled()
    press(qtbot, win, Qt.Key.Key_F9)
    assert win.banner.kind is FeedbackKind.WARN
    assert "no stains" in win.banner.headline.text()
    assert spare_bin in win.banner.text  # where the replacement is
    win.grab().save(str(SHOTS / "pack_quality_failed.png"))
    assert not win.pack.quality_box.isVisible()
    assert verified(win, sku) == 0  # the unit set aside is not packed
    assert stock_in(engine, spare_bin, sku) == 4  # the replacement came from there
    with engine.connect() as conn:
        failure = conn.execute(select(QualityFailureRow.sku, QualityFailureRow.reason,
                                      QualityFailureRow.replacement_bin)).one()
    assert tuple(failure) == (sku, "no stains", spare_bin)

    # A unit under check taken back with undo is simply not there; then the replacement:
    # Alt+0, every check passes, the unit counts.
    scan(qtbot, win, scanner, barcode_of(shop, sku))
    assert scan(qtbot, win, scanner, "UNDO").accepted
    assert not win.pack.quality_box.isVisible() and verified(win, sku) == 0
    scan(qtbot, win, scanner, barcode_of(shop, sku))
    assert win.pack.quality_box.isVisible()
    assert all(b.isEnabled() for b in win.pack.quality_pass_buttons)  # checked afresh
    press(qtbot, win, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert verified(win, sku) == 1
    assert not win.pack.quality_box.isVisible()

    # The lead's statistics count it per SKU and reason.
    now = datetime.now()
    counts = failures_by_sku_and_reason(UnitOfWork(engine), LEAD, now - timedelta(days=400),
                                        now + timedelta(days=400))
    assert [(c.sku, c.reason, c.count) for c in counts] == [(sku, "no stains", 1)]


def test_a_failed_check_with_no_other_unit_holds_the_order(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner], shop_engine: tuple[Engine, DemoShop],
) -> None:
    win, scanner = window
    engine, shop = shop_engine
    order, sku = checked_order(engine, shop)
    to_pack(qtbot, win, scanner, shop, order)
    with UnitOfWork(engine) as uow:  # the last units were just picked: none left anywhere
        product_id = uow.session.scalar(select(ProductRow.id).where(ProductRow.sku == sku))
        for stock in uow.session.scalars(select(BinStockRow).where(
                BinStockRow.product_id == product_id)):
            stock.quantity = 0
        uow.commit()

    scan(qtbot, win, scanner, barcode_of(shop, sku))
    verdict = scan(qtbot, win, scanner, "QC:FAIL:1")  # the command sheet's code
    assert not verdict.accepted
    assert "seal intact" in win.banner.headline.text()
    assert "on hold" in win.banner.text
    with engine.connect() as conn:
        status, reason = conn.execute(select(OrderRow.status, OrderRow.hold_reason).where(
            OrderRow.number == order.number)).one()
    assert status == OrderStatus.ON_HOLD.value
    assert "seal intact" in reason
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)


def test_the_admin_sets_checks_links_and_a_card_with_a_preview(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],
) -> None:
    from packdesk.app import screen_services
    from packdesk.services.auth import sign_in_with_badge
    from packdesk.services.finishing import finishing_settings
    from packdesk.services.quality import list_checks
    from packdesk.ui.admin import AdminWidget

    engine, shop = shop_engine
    admin = sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01")
    widget = AdminWidget(screen_services(engine).admin, admin)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    page = widget.finishing
    widget.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not widget.busy, timeout=WAIT_MS)
    sku = shop.products[0].sku

    page.sku_edit.setText(sku)
    page.check_edit.setText("seal intact")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.add_button.click()
    assert [(c.sku, c.text) for c in list_checks(UnitOfWork(engine))] == [(sku, "seal intact")]
    assert page.model.rowCount() == 1

    # A link without https:// is refused in one sentence; nothing is saved.
    page.review_edit.setText("shop.example/review/{order}")
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS):
        page.save_settings_button.click()
    assert "https://" in page.status_label.text()
    assert finishing_settings(UnitOfWork(engine)).review_url == ""

    # The Russian card's words, previewed for a sample customer as they print.
    page.review_edit.setText("https://shop.example/review/{order}?t={token}")
    page.when_box.setCurrentIndex(page.when_box.findData("all"))
    page.code_edit.setText("SNOVA10")
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    assert page.preview.text().startswith("Анна, здравствуйте!")
    assert "SNOVA10" in page.preview.text()
    page.template_edit.setPlainText("{name}, спасибо! {code}")
    assert page.preview.text() == "Анна, спасибо! SNOVA10"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.save_settings_button.click()
    saved = finishing_settings(UnitOfWork(engine))
    assert saved.card_when == "all" and saved.card_templates["ru"] == "{name}, спасибо! {code}"
    assert saved.review_url == "https://shop.example/review/{order}?t={token}"
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "admin_quality_and_cards.png"))


def test_the_dashboard_lists_quality_failures_per_sku_and_reason_and_exports_them(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop], tmp_path: Path,
) -> None:
    from packdesk.app import screen_services
    from packdesk.services.auth import sign_in_with_badge
    from packdesk.ui.dashboard import DashboardWidget

    engine, _shop = shop_engine
    with UnitOfWork(engine) as uow:
        now = datetime.now()
        for sku, reason in (("CAP-BLK", "no stains"), ("CAP-BLK", "no stains"),
                            ("MUG-WHI", "seal intact")):
            uow.session.add(QualityFailureRow(at=now, station="Bench 1", order_number="#1",
                                              sku=sku, reason=reason))
        uow.commit()
    lead = sign_in_with_badge(UnitOfWork(engine), "BADGE:LENA02")
    widget = DashboardWidget(screen_services(engine).dashboard, lead)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitSignal(widget.quality_panel.loaded, timeout=WAIT_MS):
        widget.show()
    panel = widget.quality_panel
    rows = [[panel.model.index(r, c).data() for c in range(3)]
            for r in range(panel.model.rowCount())]
    assert rows == [["CAP-BLK", "no stains", "2"], ["MUG-WHI", "seal intact", "1"]]
    assert "3" in panel.title()
    target = tmp_path / "quality.csv"
    with qtbot.waitSignal(panel.exported, timeout=WAIT_MS):
        panel.export_csv(target)
    assert target.read_text("utf-8").splitlines() == [
        "sku,reason,units", "CAP-BLK,no stains,2", "MUG-WHI,seal intact,1"]
    widget.grab().save(str(SHOTS / "dashboard_quality.png"))
