"""The admin's Carriers page: a shipping method mapped there, a station's ship-from and an
own-label sequence set there are what the station then uses (EasyPost is the fake on
127.0.0.1)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import screen_services
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow
from packdesk.services import admin as admin_service
from packdesk.services.auth import sign_in_with_badge
from packdesk.services.catalog import search_products
from packdesk.services.labels import next_own_number
from packdesk.services.setup import read_station_setup
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.easypost import EasyPostSource
from packdesk.sync.credentials import Secret
from packdesk.ui.admin import AdminWidget
from packdesk.ui.admin.carrierspage import CarriersPage
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import RecordingPrinter
from tests.integration.test_station_carrier_labels import pack
from tests.ui.test_admin import _wait_done, _wait_failed


@pytest.fixture
def easypost() -> Iterator[FakeEasyPost]:
    with FakeEasyPost().running() as fake:
        yield fake


@pytest.fixture
def shop_engine(sqlite_url: str) -> Iterator[Engine]:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    yield engine
    engine.dispose()


def order_to_pack(engine: Engine) -> tuple[str, str]:
    """The first new order (to the US: no customs; nothing to confirm): number, method."""
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.status == "new")
                                  .order_by(OrderRow.id).limit(1)).one()
        row.ship_to = {**dict(row.ship_to), "country": "US", "postal_code": "78701"}
        row.customer_note, row.gift, row.gift_message = "", False, ""
        uow.commit()
        return row.number, row.shipping_method


def open_carriers(qtbot: QtBot, engine: Engine) -> tuple[AdminWidget, CarriersPage]:
    widget = AdminWidget(screen_services(engine).admin,
                         sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01"))
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    page = widget.carriers
    widget.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not widget.busy and page.station_box.count() > 1, timeout=10_000)
    return widget, page


def test_a_method_the_admin_maps_is_bought_as_mapped_from_the_stations_own_address(
    qtbot: QtBot, shop_engine: Engine, easypost: FakeEasyPost
) -> None:
    admin = sign_in_with_badge(UnitOfWork(shop_engine), "BADGE:ADA01")
    admin_service.save_station(UnitOfWork(shop_engine), admin, "Bench 1", {}, {})
    number, method = order_to_pack(shop_engine)
    widget, page = open_carriers(qtbot, shop_engine)

    page.method_edit.setText(method.upper())  # the store's name, in whatever case
    page.source_box.setCurrentIndex(page.source_box.findData("easypost"))
    page.carrier_edit.setText("UPS")
    page.service_edit.setText("Ground")
    assert _wait_done(qtbot, page, page.on_save_method_clicked) == \
        f"Shipping method {method.upper()} mapped"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert [page.model.data(page.model.index(0, c)) for c in range(4)] == \
        [method.lower(), "Buy through EasyPost", "UPS", "Ground"]

    page.station_box.setCurrentIndex(page.station_box.findData("Bench 1"))
    for field, text in {"name": "Bench One Dock", "line1": "2 Dock Road", "city": "Portland",
                        "postal_code": "97201", "country": "us"}.items():  # at home: no customs
        page.address_edits[field].setText(text)
    assert _wait_done(qtbot, page, page.on_save_address_clicked) == \
        "Ship-from address of Bench 1 saved"
    widget.grab().save(str(Path(tempfile.gettempdir()) / "admin_carriers.png"))
    # Our own labels of this station print the same sender.
    assert read_station_setup(UnitOfWork(shop_engine), "Bench 1").ship_from["city"] == "Portland"  # type: ignore[index]

    # The station: the last verification buys the mapped carrier's label, no key pressed.
    printer = RecordingPrinter()
    station = StationService(shop_engine, "Bench 1", printer=printer)  # type: ignore[arg-type]
    station.label_sources = {"easypost": EasyPostSource(Secret("k"), easypost.api_base)}
    pack(station, shop_engine, number)
    [charged] = easypost.bought()
    assert (charged["selected_rate"]["carrier"], charged["selected_rate"]["service"]) == \
        ("UPS", "Ground")
    assert (charged["from_address"]["name"], charged["from_address"]["street1"]) == \
        ("Bench One Dock", "2 Dock Road")
    assert station.ship().shipment.tracking_number == charged["tracking_code"]


def test_an_own_label_sequence_is_set_on_the_page_and_never_goes_back(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    _widget, page = open_carriers(qtbot, shop_engine)
    page.sequence_carrier_edit.setText("Posten")
    page.prefix_edit.setText("PD")
    page.next_spin.setValue(500)
    page.width_spin.setValue(6)
    assert _wait_done(qtbot, page, page.on_save_sequence_clicked) == "posten: next own label PD000500"
    assert next_own_number(shop_engine, "posten") == "PD000500"
    page.next_spin.setValue(100)
    assert _wait_failed(qtbot, page, page.on_save_sequence_clicked) == \
        "posten numbers up to 500 are used: the next number cannot go back"
    assert next_own_number(shop_engine, "posten") == "PD000501"

    page.source_box.setCurrentIndex(page.source_box.findData("own"))
    page.method_edit.setText("Local courier")
    assert _wait_failed(qtbot, page, page.on_save_method_clicked) == \
        "our own label needs a carrier: its numbers come from that carrier's sequence"


def test_an_admin_gives_a_product_its_hs_code_and_origin_and_a_bad_code_is_refused(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    widget, _carriers = open_carriers(qtbot, shop_engine)
    page = widget.products
    widget.tabs.setCurrentWidget(page)
    page.search_edit.setText("MUG-WHI")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy, timeout=10_000)
    page.select_sku("MUG-WHI")
    page.hs_code_edit.setText("69A2")
    page.origin_edit.setText("pt")
    assert _wait_failed(qtbot, page, lambda: page.save(as_new=False)) == \
        "69A2 is not an HS code: 6 to 10 digits, such as 6109.10"
    page.hs_code_edit.setText("6912.00")
    assert _wait_done(qtbot, page, lambda: page.save(as_new=False)) == "MUG-WHI saved"
    [mug] = search_products(UnitOfWork(shop_engine), "MUG-WHI")
    assert (mug.hs_code, mug.origin_country) == ("6912.00", "PT")
