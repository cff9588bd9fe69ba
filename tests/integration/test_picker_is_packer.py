"""Where the picker is the packer: a unit verified at pick is not scanned again, the printed
label's barcode ships the order, another order's label is refused (issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, func, select

from packdesk.domain.model import Order, OrderStatus, ScanOutcome
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import ShipmentRow
from packdesk.services import admin as admin_settings
from packdesk.services.auth import sign_in_with_badge
from packdesk.services.demo import DemoShop, generate_shop, seed_database
from packdesk.services.outbox import PICKUP_METHOD
from packdesk.services.printing import SHIPPING_LABEL, PrintOutcome
from packdesk.services.station import OrderView, StationError, StationService, StopReason
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.easypost import EasyPostSource
from packdesk.sync.credentials import Secret
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    PACKER_BADGE,
    RecordingPrinter,
    order_row,
    pick_everything,
)
from tests.integration.test_station_carrier_labels import (  # noqa: F401 - fixture
    easypost,
    map_all_orders,
    pack,
)

ADMIN_BADGE = "BADGE:ADA01"


def seed(engine: Engine, stations: int) -> DemoShop:
    shop = generate_shop(30, seed=7, day=date(2026, 11, 26))
    shop.stations = shop.stations[:stations]
    seed_database(engine, shop)
    return shop


def single_item_orders(shop: DemoShop) -> list[Order]:
    return [o for o in shop.orders if o.unit_count == 1 and not o.customer_note.strip()
            and not o.gift and o.shipping_method != PICKUP_METHOD]


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def station_on(engine: Engine, name: str = "Bench 1") -> tuple[StationService, RecordingPrinter]:
    printer = RecordingPrinter()
    station = StationService(engine, name, printer=printer)
    station.sign_in_badge(PACKER_BADGE)
    return station, printer


def shipments(engine: Engine) -> int:
    with UnitOfWork(engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(ShipmentRow)) or 0


def test_the_setting_is_on_for_a_single_station_shop_and_off_with_several(engine: Engine) -> None:
    seed(engine, stations=1)
    admin = sign_in_with_badge(UnitOfWork(engine), ADMIN_BADGE)

    def picker_packs(name: str) -> bool:
        return admin_settings.station_flow(UnitOfWork(engine), admin, name).picker_is_packer

    assert picker_packs("Bench 1")
    # A second station known to the database: off unless the admin says otherwise.
    assert not picker_packs("Bench 2")
    admin_settings.save_picker_is_packer(UnitOfWork(engine), admin, "Bench 1", False)
    assert not picker_packs("Bench 1")


def test_a_single_item_order_ships_with_bin_item_and_label_scans(engine: Engine) -> None:
    shop = seed(engine, stations=1)
    order, other = single_item_orders(shop)[:2]
    station, printer = station_on(engine)
    # Another order is packed and labelled at a second bench first: its label lies around.
    bench2, _ = station_on(engine, "Bench 2")
    admin = sign_in_with_badge(UnitOfWork(engine), ADMIN_BADGE)
    admin_settings.save_picker_is_packer(UnitOfWork(engine), admin, "Bench 2", True)
    bench2.take_order(other.number)
    pick_everything(bench2, engine)
    other_label = order_row(engine, other.number).pending_shipment["tracking_number"]

    station.take_order(order.number)
    scans = pick_everything(station, engine)
    assert scans == 2  # the bin label and the item
    row = order_row(engine, order.number)
    assert row.status == OrderStatus.PACKED.value
    tracking = row.pending_shipment["tracking_number"]
    assert printer.jobs[-1] == ("shipping_label", order.number, tracking)

    before = shipments(engine)
    refused = station.handle_scan(other_label)
    assert not refused.accepted and refused.reason is StopReason.WRONG_LABEL
    assert refused.outcome is ScanOutcome.OTHER_ORDER
    assert other.number in refused.message and order.number in refused.message
    assert order_row(engine, order.number).status == OrderStatus.PACKED.value
    assert shipments(engine) == before

    shipped = station.handle_scan(tracking)
    assert shipped.accepted and shipped.shipped is not None, shipped
    assert shipped.shipped.shipment.tracking_number == tracking
    assert order_row(engine, order.number).status == OrderStatus.SHIPPED.value
    assert shipments(engine) == before + 1


def test_with_the_setting_off_the_pack_scan_is_still_asked_for(engine: Engine) -> None:
    shop = seed(engine, stations=3)
    order = single_item_orders(shop)[0]
    station, _printer = station_on(engine)
    assert not station.flow().picker_is_packer
    station.take_order(order.number)
    pick_everything(station, engine)
    state = station.resume()
    assert state.current is not None and state.current.number == order.number
    assert state.current.status == OrderStatus.PACKING.value
    assert [line.verified for line in state.current.lines] == [0]
    assert station.take_next_after_ship() == (False, None)


def test_the_label_scan_waits_for_a_reprint_after_the_weight_changed(engine: Engine) -> None:
    shop = seed(engine, stations=1)
    order = single_item_orders(shop)[0]
    station, _printer = station_on(engine)
    station.take_order(order.number)
    pick_everything(station, engine)
    tracking = order_row(engine, order.number).pending_shipment["tracking_number"]
    printed_weight = order_row(engine, order.number).pending_shipment["weight_g"]
    verdict, _state = station.handle_scan_and_state(
        tracking, ship_with=("demo", printed_weight + 250, tracking))
    assert not verdict.accepted and verdict.reason is StopReason.NOT_SHIPPED
    assert "reprint" in verdict.message
    assert order_row(engine, order.number).status == OrderStatus.PACKED.value


class CardPrinter(RecordingPrinter):
    def print_gift_card(self, order_view: OrderView) -> PrintOutcome:
        self.jobs.append(("gift_card", order_view.number, order_view.gift_message))
        return PrintOutcome("gift_card", True, "memory")


def test_message_card_in_is_confirmed_only_after_the_message_printed(engine: Engine) -> None:
    shop = seed(engine, stations=3)
    order = next(o for o in shop.orders if o.gift and o.gift_message.strip()
                 and not o.customer_note.strip())
    printer = CardPrinter()
    station = StationService(engine, "Bench 1", printer=printer)
    station.sign_in_badge(PACKER_BADGE)
    station.take_order(order.number)
    pick_everything(station, engine)
    station.confirm_gift_step("gift_slip")  # the other steps need nothing printed
    with pytest.raises(StationError, match="print the message card"):
        station.confirm_gift_step("card")
    assert "card" not in station.resume().current.gift_steps_done  # type: ignore[union-attr]

    assert station.print_gift_card().ok
    assert printer.jobs[-1] == ("gift_card", order.number, order.gift_message)
    assert "card" in station.confirm_gift_step("card").gift_steps_done


def test_scanning_a_bought_carrier_labels_tracking_number_ships_the_order(
    engine: Engine, easypost: FakeEasyPost,  # noqa: F811
) -> None:
    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "easypost"})
    printer = RecordingPrinter()
    service = StationService(engine, "Bench 1", printer=printer)
    service.label_sources = {"easypost": EasyPostSource(Secret("k"), easypost.api_base)}
    pack(service, engine, number)  # the bought label prints at the last scan
    [charged] = easypost.bought()
    tracking = str(charged["tracking_code"])
    assert (SHIPPING_LABEL, number, tracking) in printer.jobs
    shipped = service.handle_scan(tracking)
    assert shipped.shipped is not None, shipped
    assert shipped.shipped.shipment.tracking_number == tracking
    assert order_row(engine, number).status == OrderStatus.SHIPPED.value
