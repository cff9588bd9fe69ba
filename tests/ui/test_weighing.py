"""The box and weighing step before the label (pytest-qt, a fake scale, a real database)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.domain.model import Role
from packdesk.hardware.scale import FakeScale
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, ScanEventRow
from packdesk.services import boxes
from packdesk.services.auth import Actor
from packdesk.services.demo import DemoShop
from packdesk.services.uow import UnitOfWork
from packdesk.ui.weighpanel import ParcelReady, Step, WeighPanel
from tests.helpers.boxsearch import smallest_box_by_brute_force
from tests.helpers.shop import seed_small_shop

PACKER = Actor(3, "Pat Packer", Role.PACKER)  # the signed-in packer who weighs


@pytest.fixture
def shop(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    engine = make_engine(sqlite_url)
    shop = seed_small_shop(engine, orders=30)
    yield engine, shop
    engine.dispose()


def three_unit_order(engine: Engine) -> int:
    with UnitOfWork(engine) as uow:
        for order_id in uow.session.scalars(select(OrderRow.id).order_by(OrderRow.id)):
            units = boxes.order_units(uow.session, order_id)
            if len(units) == 3 and smallest_box_by_brute_force(units, boxes.list_boxes(
                    UnitOfWork(engine))) is not None:
                return order_id
    raise AssertionError("the demo shop has no three-unit order that fits a box")


def expected_grams(engine: Engine, order_id: int, tare_g: int) -> int:
    with UnitOfWork(engine) as uow:
        return tare_g + sum(u.weight_g or 0 for u in boxes.order_units(uow.session, order_id))


@pytest.fixture
def panel(shop: tuple[Engine, DemoShop], qtbot: QtBot) -> tuple[WeighPanel, FakeScale, list[ParcelReady]]:
    engine, _ = shop
    scale = FakeScale()
    widget = WeighPanel(boxes.WeighingServices(lambda: UnitOfWork(engine), "Bench 1"), scale)
    qtbot.addWidget(widget)
    ready: list[ParcelReady] = []
    widget.parcel_ready.connect(ready.append)
    return widget, scale, ready


def test_a_parcel_150_g_light_waits_for_the_missing_unit_before_the_label(
    shop: tuple[Engine, DemoShop], panel: tuple[WeighPanel, FakeScale, list[ParcelReady]],
    qtbot: QtBot,
) -> None:
    engine, _ = shop
    widget, scale, ready = panel
    order_id = three_unit_order(engine)
    widget.begin(order_id, PACKER)
    qtbot.waitUntil(lambda: widget.step is Step.BOX, timeout=5000)
    # The proposed box is the smallest that fits, by a brute-force search.
    with UnitOfWork(engine) as uow:
        units = boxes.order_units(uow.session, order_id)
    best = smallest_box_by_brute_force(units, boxes.list_boxes(UnitOfWork(engine)))
    assert best is not None and widget.proposal is not None
    assert widget.proposal.box.code == best.code
    assert f"Box {best.code}" in widget.box_label.text()

    assert widget.on_scan(best.barcode)
    assert widget.step is Step.WEIGHING
    full = expected_grams(engine, order_id, best.tare_g)
    scale.put(full - 150, stable=False)  # still moving: nothing judged
    assert widget.step is Step.WEIGHING
    scale.put(full - 150)
    qtbot.waitUntil(lambda: widget.step is Step.REFUSED, timeout=5000)
    assert widget.message_label.text() == "150 g lighter than expected: is an item missing?"
    assert ready == []  # no label
    scale.put(full - 150)  # the same parcel again: no new verdict, still waiting
    assert widget.step is Step.REFUSED and ready == []

    scale.put(full + 4)  # the missing unit is added
    qtbot.waitUntil(lambda: len(ready) == 1, timeout=5000)
    assert ready[0].measured_g == full + 4 and ready[0].box.code == best.code
    assert ready[0].overridden_by is None
    with UnitOfWork(engine) as uow:
        outcomes = uow.session.scalars(select(ScanEventRow.outcome).where(
            ScanEventRow.order_id == order_id).order_by(ScanEventRow.id)).all()
    assert outcomes == ["weight_off", "weight_ok"]


def test_a_lead_lets_a_parcel_go_and_it_is_recorded_a_packer_cannot(
    shop: tuple[Engine, DemoShop], panel: tuple[WeighPanel, FakeScale, list[ParcelReady]],
    qtbot: QtBot,
) -> None:
    engine, _ = shop
    widget, scale, ready = panel
    order_id = three_unit_order(engine)
    widget.begin(order_id, PACKER)
    qtbot.waitUntil(lambda: widget.step is Step.BOX and bool(widget.boxes), timeout=5000)
    big = max(widget.boxes, key=lambda b: b.volume)
    assert widget.on_scan(big.barcode)  # the packer chose another box
    full = expected_grams(engine, order_id, big.tare_g)
    scale.put(full + 300)
    qtbot.waitUntil(lambda: widget.step is Step.REFUSED, timeout=5000)
    assert widget.message_label.text().startswith("300 g heavier than expected")

    assert widget.on_scan("BADGE:PAT03")  # a packer's badge does not let it go
    qtbot.waitUntil(lambda: "lead" in widget.message_label.text(), timeout=5000)
    assert ready == []
    assert widget.on_scan("BADGE:LENA02")
    qtbot.waitUntil(lambda: len(ready) == 1, timeout=5000)
    assert ready[0].overridden_by == "Lena Lead" and ready[0].measured_g == full + 300
    with UnitOfWork(engine) as uow:
        events = uow.session.execute(select(ScanEventRow.outcome, ScanEventRow.user_name).where(
            ScanEventRow.order_id == order_id).order_by(ScanEventRow.id)).all()
    assert [tuple(e) for e in events] == [("weight_off", "Pat Packer"), ("weight_override", "Lena Lead")]


def test_without_a_scale_the_box_scan_is_enough(
    shop: tuple[Engine, DemoShop], qtbot: QtBot
) -> None:
    engine, _ = shop
    widget = WeighPanel(boxes.WeighingServices(lambda: UnitOfWork(engine), "Bench 1"), None)
    qtbot.addWidget(widget)
    ready: list[ParcelReady] = []
    widget.parcel_ready.connect(ready.append)
    widget.begin(three_unit_order(engine), PACKER)
    qtbot.waitUntil(lambda: widget.step is Step.BOX and bool(widget.boxes), timeout=5000)
    assert not widget.on_scan("NOT-A-BOX")
    assert widget.on_scan("BOX:L")
    assert len(ready) == 1 and ready[0].measured_g is None and ready[0].box.code == "L"


def test_the_admin_sees_the_boxes_adds_one_and_sets_a_station_scale(
    shop: tuple[Engine, DemoShop], qtbot: QtBot, tmp_path: Path
) -> None:
    from packdesk.app import screen_services
    from packdesk.services.auth import sign_in_with_badge
    from packdesk.ui.admin import AdminWidget

    engine, _ = shop
    widget = AdminWidget(screen_services(engine).admin,
                         sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01"))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    page = widget.boxes
    widget.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert [b.code for b in page.model.records()] == ["L", "M", "S"]
    assert page.station_box.count() == 3

    page.code_edit.setText("XS")
    page.length_spin.setValue(180)
    page.width_spin.setValue(120)
    page.height_spin.setValue(40)
    page.tare_spin.setValue(45)
    page.barcode_edit.setText("BOX:XS")
    with qtbot.waitSignal(page.done, timeout=5000):
        page.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    page.barcode_edit.setText("BOX:M")  # another box's barcode is refused
    with qtbot.waitSignal(page.failed, timeout=5000) as refused:
        page.save_button.click()
    assert refused.args[0] == "barcode BOX:M already belongs to box M"

    page.port_edit.setText("/dev/ttyUSB0")
    page.protocol_box.setCurrentIndex(page.protocol_box.findData("continuous"))
    with qtbot.waitSignal(page.done, timeout=5000):
        page.scale_save_button.click()
    station = page.station_box.currentText()
    assert boxes.scale_settings(UnitOfWork(engine), station) == {
        "port": "/dev/ttyUSB0", "protocol": "continuous", "baudrate": "9600"}
    page.port_edit.setText(str(tmp_path / "no-scale-here"))
    page.test_read_button.click()
    qtbot.waitUntil(lambda: "cannot be opened" in page.test_read_result.text(), timeout=8000)
    assert widget.grab().save(str(tmp_path / "boxes.png"))
    widget.grab().save("/tmp/box25_admin.png")


# --- At the station: the label waits for the parcel's weight -----------------------------------


def test_at_the_station_a_parcel_150_g_light_gets_no_label_until_the_unit_is_added(
    shop: tuple[Engine, DemoShop], qtbot: QtBot, tmp_path: Path
) -> None:
    from packdesk.app import build_main_window
    from packdesk.hardware.printers import FolderPrinter
    from packdesk.hardware.scanners import FakeScanner
    from packdesk.hardware.station_printer import StationPrinter
    from packdesk.persistence.tables import ShipmentRow
    from packdesk.services.demo import SHIP_FROM
    from packdesk.ui.feedback import Sounds
    from tests.ui.test_station_shift import WAIT_MS, barcode_of, scan, take_and_pick

    engine, demo = shop
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             label_format="zpl")
    scanner, scale = FakeScanner(), FakeScale()
    window = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                               with_health=False, scale=scale)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        order_id = three_unit_order(engine)
        order = next(o for o in demo.orders if order_id_of(engine, o.number) == order_id)
        assert not order.gift and not order.customer_note
        take_and_pick(qtbot, window, scanner, demo, order)
        for line in order.lines:
            for _ in range(line.quantity):
                scan(qtbot, window, scanner, barcode_of(demo, line.sku))
        weighing = window.weighing
        assert weighing is not None
        qtbot.waitUntil(lambda: weighing.step is Step.BOX and weighing.isVisible(), timeout=WAIT_MS)
        assert weighing.proposal is not None
        box = weighing.proposal.box
        scanner.feed(box.barcode)
        qtbot.waitUntil(lambda: weighing.step is Step.WEIGHING, timeout=WAIT_MS)
        full = expected_grams(engine, order_id, box.tare_g)
        scale.put(full - 150)
        qtbot.waitUntil(lambda: weighing.step is Step.REFUSED, timeout=WAIT_MS)
        assert weighing.message_label.text() == "150 g lighter than expected: is an item missing?"
        assert window.banner.headline.text() == "150 g lighter than expected: is an item missing?"
        window.grab().save(str(tmp_path / "pack-weighing.png"))
        window.pack.print_button.click()  # F7 cannot skip the scale
        assert window.banner.headline.text() == "Weigh the parcel first"
        # Whatever the station had to do has been done, and no label was asked for.
        qtbot.waitUntil(lambda: window.station_tasks.pending == 0, timeout=WAIT_MS)
        assert window.state is not None and window.state.current is not None
        assert window.state.current.pending_shipment is None, "a label for a parcel missing an item"
        assert not window.state.current.label_printed

        scale.put(full)  # the missing unit is back in the box
        qtbot.waitUntil(lambda: bool(list(folder.glob("*.zpl"))), timeout=WAIT_MS)
        assert window.pack.weight.value() == full
        qtbot.waitUntil(window.pack.ship_button.isEnabled, timeout=WAIT_MS)
        window.pack.ship_button.click()
        qtbot.waitUntil(lambda: "shipped" in window.banner.headline.text(), timeout=WAIT_MS)
        assert weighing.step is Step.IDLE and window.parcel is None

        def recorded() -> tuple[str | None, int | None] | None:
            with UnitOfWork(engine) as uow:
                row = uow.session.execute(select(ShipmentRow.box_code, ShipmentRow.measured_weight_g)
                                          .where(ShipmentRow.order_id == order_id)).first()
                return None if row is None or row[0] is None else (row[0], row[1])

        qtbot.waitUntil(lambda: recorded() is not None, timeout=WAIT_MS)
        assert recorded() == (box.code, full)
    finally:
        window.stop()
        printer.close()


def order_id_of(engine: Engine, number: str) -> int:
    with UnitOfWork(engine) as uow:
        return uow.session.scalars(select(OrderRow.id).where(OrderRow.number == number)).one()


def test_at_the_station_a_lead_badge_lets_a_heavy_parcel_go_and_is_recorded(
    shop: tuple[Engine, DemoShop], qtbot: QtBot, tmp_path: Path
) -> None:
    from packdesk.app import build_main_window
    from packdesk.hardware.printers import FolderPrinter
    from packdesk.hardware.scanners import FakeScanner
    from packdesk.hardware.station_printer import StationPrinter
    from packdesk.services.demo import SHIP_FROM
    from packdesk.ui.feedback import Sounds
    from tests.ui.test_station_shift import WAIT_MS, barcode_of, scan, take_and_pick

    engine, demo = shop
    folder = tmp_path / "printed"
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             label_format="zpl")
    scanner, scale = FakeScanner(), FakeScale()
    window = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                               with_health=False, scale=scale)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        order_id = three_unit_order(engine)
        order = next(o for o in demo.orders if order_id_of(engine, o.number) == order_id)
        take_and_pick(qtbot, window, scanner, demo, order)
        for line in order.lines:
            for _ in range(line.quantity):
                scan(qtbot, window, scanner, barcode_of(demo, line.sku))
        weighing = window.weighing
        assert weighing is not None
        qtbot.waitUntil(lambda: weighing.step is Step.BOX and bool(weighing.boxes),
                        timeout=WAIT_MS)
        scanner.feed("BOX:L")  # the packer takes a bigger box than proposed
        full = expected_grams(engine, order_id, next(b for b in weighing.boxes if b.code == "L").tare_g)
        scale.put(full + 300)
        qtbot.waitUntil(lambda: weighing.step is Step.REFUSED, timeout=WAIT_MS)
        scanner.feed("BADGE:LENA02")
        qtbot.waitUntil(lambda: bool(list(folder.glob("*.zpl"))), timeout=WAIT_MS)
        assert window.parcel is not None and window.parcel.overridden_by == "Lena Lead"
        assert window.user_label.text() == "Pat Packer"  # the lead's badge did not sign in
        with UnitOfWork(engine) as uow:
            events = uow.session.execute(select(ScanEventRow.outcome, ScanEventRow.user_name).where(
                ScanEventRow.order_id == order_id, ScanEventRow.outcome.like("weight%"))
                .order_by(ScanEventRow.id)).all()
        assert [tuple(e) for e in events] == [("weight_off", "Pat Packer"),
                                              ("weight_override", "Lena Lead")]
    finally:
        window.stop()
        printer.close()
