"""Labels bought from DHL Express through karrio's SDK, against a fake MyDHL API on 127.0.0.1.

The same discipline as EasyPost's (``test_easypost_labels``): the fake creates (and so
charges) a waybill the moment ``POST /shipments`` arrives; "exactly one label" is counted
there, where the money goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from packdesk.domain.model import Address, OrderStatus
from packdesk.domain.tracking import check_tracking
from packdesk.persistence.tables import CarrierLabelRow, OrderRow
from packdesk.services.labels import CustomsLine, LabelRefused, ParcelRequest, obtain_label
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.dhlexpress import DhlExpressSource
from packdesk.sync.credentials import Secret
from tests.helpers.fake_mydhl import PASSWORD, USER, FakeMyDHL
from tests.helpers.printed import decoded, zpl_labels

RIGA = Address(name="Packdesk Warehouse", line1="Brivibas iela 1", city="Riga",
               postal_code="LV-1010", country="LV")
OSLO = Address(name="Ola Nordmann", line1="Karl Johans gate 1", city="Oslo", postal_code="0154",
               country="NO")
MUG = CustomsLine("Mug", 2, "24.00", 800, "6912.00", "PT")


@pytest.fixture
def dhl() -> Iterator[FakeMyDHL]:
    with FakeMyDHL().running() as fake:
        yield fake


def source(fake: FakeMyDHL, timeout: float = 5) -> DhlExpressSource:
    return DhlExpressSource(Secret(USER), Secret(PASSWORD), "123456789", fake.api_base,
                            timeout=timeout)


def packed_order(engine: Engine, number: str = "#1001") -> int:
    with UnitOfWork(engine) as uow:
        row = OrderRow(source="test", external_id=number, number=number,
                       placed_at=datetime(2026, 11, 27, 9), status=OrderStatus.PACKED.value)
        uow.session.add(row)
        uow.commit()
        return row.id


def request(**overrides: object) -> ParcelRequest:
    values: dict[str, object] = {
        "reference": "#1001", "ship_to": OSLO, "ship_from": RIGA, "weight_g": 1250,
        "dimensions_cm": (30.0, 20.0, 10.0), "customs": (MUG,), "currency": "EUR",
    }
    values.update(overrides)
    return ParcelRequest(**values)  # type: ignore[arg-type]


def labels(engine: Engine) -> list[CarrierLabelRow]:
    with UnitOfWork(engine) as uow:
        rows = list(uow.session.scalars(select(CarrierLabelRow).order_by(CarrierLabelRow.id)))
        for row in rows:
            uow.session.expunge(row)
        return rows


def created(dhl: FakeMyDHL) -> list[dict[str, object]]:
    return [body for method, path, body in dhl.requests if method == "POST"
            and path.endswith("/shipments")]


def test_a_dhl_label_is_bought_once_with_customs_and_a_reprint_buys_nothing(
    engine: Engine, dhl: FakeMyDHL
) -> None:
    order_id = packed_order(engine)
    bought = obtain_label(engine, order_id, request(), source(dhl))
    [body] = created(dhl)
    assert body["customerReferences"] == [{"value": "#1001", "typeCode": "CU"}]
    package = body["content"]["packages"][0]  # type: ignore[index]
    assert (package["weight"], package["dimensions"]) == (1.25, {"length": 30, "width": 20, "height": 10})
    [item] = body["content"]["exportDeclaration"]["lineItems"]  # type: ignore[index]
    assert (item["commodityCodes"][0]["value"], item["manufacturerCountry"]) == ("6912.00", "PT")
    # the cheapest product without a rule, the waybill's check digit right
    assert (bought.carrier, bought.service, bought.rate) == ("dhl", "8", "39.75")
    assert check_tracking(bought.tracking_number).carrier == "dhl_express"
    assert bought.tracking_number in decoded(zpl_labels(bought.label)[0])
    assert obtain_label(engine, order_id, request(), source(dhl)) == bought
    assert len(dhl.shipments) == 1


def test_the_admins_named_dhl_product_is_bought(engine: Engine, dhl: FakeMyDHL) -> None:
    order_id = packed_order(engine)
    bought = obtain_label(engine, order_id, request(service="mydhl_express_worldwide"), source(dhl))
    assert (bought.service, bought.rate) == ("P", "48.2")


def test_an_address_dhl_cannot_serve_gives_one_sentence_and_no_shipment(
    engine: Engine, dhl: FakeMyDHL
) -> None:
    order_id = packed_order(engine)
    bad = Address(name="Ola", line1="Nowhere 1", city="Oslo", postal_code="00000", country="NO")
    with pytest.raises(LabelRefused) as refused:
        obtain_label(engine, order_id, request(ship_to=bad), source(dhl))
    assert str(refused.value) == \
        "DHL Express refused the shipment: 998: Invalid postal code for the destination"
    assert dhl.shipments == {} and labels(engine) == []


def test_a_dhl_timeout_gives_one_sentence_and_nothing_bought(engine: Engine, dhl: FakeMyDHL) -> None:
    order_id = packed_order(engine)
    dhl.stall_rates, dhl.stall_seconds = True, 2.5
    with pytest.raises(LabelRefused) as refused:
        obtain_label(engine, order_id, request(), source(dhl, timeout=1))
    assert str(refused.value) == "DHL Express did not answer: nothing was bought, try again"
    assert dhl.shipments == {} and labels(engine) == []
    with UnitOfWork(engine) as uow:
        assert uow.session.get(OrderRow, order_id).status == "packed"  # type: ignore[union-attr]


def test_a_dhl_purchase_whose_connection_drops_ends_with_exactly_one_label(
    engine: Engine, dhl: FakeMyDHL
) -> None:
    order_id = packed_order(engine)
    dhl.drop_after_buy = 1
    bought = obtain_label(engine, order_id, request(), source(dhl))
    assert len(dhl.shipments) == 1 and len(created(dhl)) == 1
    [number] = dhl.shipments
    assert bought.tracking_number == number
    assert bought.tracking_number in decoded(zpl_labels(bought.label)[0])
    assert obtain_label(engine, order_id, request(), source(dhl)) == bought
    assert len(dhl.shipments) == 1


def test_wrong_dhl_credentials_are_one_sentence(engine: Engine, dhl: FakeMyDHL) -> None:
    order_id = packed_order(engine)
    wrong = DhlExpressSource(Secret(USER), Secret("nope"), "123456789", dhl.api_base, timeout=5)
    with pytest.raises(LabelRefused, match="^DHL Express refused our credentials: the admin must "
                                           "check them$"):
        obtain_label(engine, order_id, request(), wrong)
    assert dhl.shipments == {}


def test_an_order_mapped_to_dhl_prints_its_waybill_and_ships_with_its_tracking_link(
    engine: Engine, dhl: FakeMyDHL
) -> None:
    from packdesk.services.printing import SHIPPING_LABEL
    from packdesk.services.station import StationService
    from tests.helpers.shop import seed_small_shop
    from tests.helpers.station import RecordingPrinter
    from tests.integration.test_station_carrier_labels import map_all_orders, outbox_payloads, pack

    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "dhl", "service": "mydhl_express_12_00"})
    printer = RecordingPrinter()
    station = StationService(engine, "Bench 1", printer=printer)  # type: ignore[arg-type]
    station.label_sources = {"dhl": source(dhl)}
    pack(station, engine, number)  # the last verification buys and prints: no key pressed
    [waybill] = dhl.shipments
    assert (SHIPPING_LABEL, number, waybill) in printer.jobs
    assert dhl.shipments[waybill]["request"]["productCode"] == "T"
    station.reprint_label()
    assert len(dhl.shipments) == 1
    shipped = station.ship()
    assert (shipped.shipment.carrier, shipped.shipment.tracking_number) == ("dhl", waybill)
    [message] = outbox_payloads(engine)
    assert message["tracking_url"] == f"https://www.dhl.com/en/express/tracking.html?AWB={waybill}"
