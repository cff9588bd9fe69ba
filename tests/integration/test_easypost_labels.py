"""Labels bought through EasyPost's own client against a fake EasyPost on 127.0.0.1.

The fake charges a purchase the moment it is made; "exactly one label" is counted there,
where the money goes, not in packdesk's tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from packdesk.domain.model import Address, OrderStatus
from packdesk.domain.tracking import check_tracking
from packdesk.hardware.printers import PrintJob, RawTcpPrinter
from packdesk.persistence.tables import CarrierLabelRow, OrderRow
from packdesk.services.labels import (
    CustomsLine,
    LabelRefused,
    LabelUnresolved,
    ParcelRequest,
    obtain_label,
    void_label,
)
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.easypost import EasyPostSource, ounces
from packdesk.sync.credentials import Secret
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.fake_zebra import FakeZebra
from tests.helpers.printed import decoded, zpl_labels

SHIP_FROM = Address(name="Packdesk Warehouse", line1="1 Dock Road", city="Portland",
                    postal_code="97201", country="US", region="OR")
SHIP_TO = Address(name="Ada Lovelace", line1="12 Analytical St", city="Austin",
                  postal_code="78701", country="US", region="TX")


@pytest.fixture
def easypost() -> Iterator[FakeEasyPost]:
    with FakeEasyPost().running() as fake:
        yield fake


def source(fake: FakeEasyPost, timeout: int = 5) -> EasyPostSource:
    return EasyPostSource(Secret("EZTK_test_key"), fake.api_base, timeout=timeout)


def packed_order(engine: Engine, number: str = "#1001", status: OrderStatus = OrderStatus.PACKED) -> int:
    with UnitOfWork(engine) as uow:
        row = OrderRow(source="test", external_id=number, number=number,
                       placed_at=datetime(2026, 11, 27, 9), status=status.value)
        uow.session.add(row)
        uow.commit()
        return row.id


def request(number: str = "#1001", **overrides: object) -> ParcelRequest:
    values: dict[str, object] = {
        "reference": number, "ship_to": SHIP_TO, "ship_from": SHIP_FROM, "weight_g": 1250,
        "dimensions_cm": (30.0, 20.0, 10.0),
    }
    values.update(overrides)
    return ParcelRequest(**values)  # type: ignore[arg-type]


def labels(engine: Engine) -> list[CarrierLabelRow]:
    with UnitOfWork(engine) as uow:
        rows = list(uow.session.scalars(select(CarrierLabelRow).order_by(CarrierLabelRow.id)))
        for row in rows:
            uow.session.expunge(row)
        return rows


def test_a_label_is_bought_once_with_the_parcel_in_ounces_and_a_reprint_buys_nothing(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    bought = obtain_label(engine, order_id, request(), source(easypost))
    created = next(body for method, path, body in easypost.requests if path == "/v2/shipments"
                   and method == "POST")["shipment"]
    assert created["reference"] == "#1001"
    assert created["parcel"] == {"weight": ounces(1250), "length": 11.9, "width": 7.9, "height": 4.0}
    assert created["parcel"]["weight"] == pytest.approx(44.1)
    assert created["options"] == {"label_format": "ZPL"}
    assert "customs_info" not in created
    # the cheapest rate without a rule
    assert (bought.carrier, bought.service, bought.rate) == ("USPS", "GroundAdvantage", "5.93")
    assert check_tracking(bought.tracking_number).carrier == "usps"
    assert bought.label.startswith(b"^XA") and bought.tracking_number.encode() in bought.label
    again = obtain_label(engine, order_id, request(), source(easypost))
    assert again == bought
    assert len(easypost.purchases) == 1
    [row] = labels(engine)
    assert (row.status, row.shipment_id, row.tracking_number) == (
        "bought", bought.shipment_id, bought.tracking_number)


def test_the_admins_named_carrier_and_service_is_bought(engine: Engine, easypost: FakeEasyPost) -> None:
    order_id = packed_order(engine)
    bought = obtain_label(engine, order_id, request(carrier="UPS", service="Ground"), source(easypost))
    assert (bought.carrier, bought.service, bought.rate) == ("UPS", "Ground", "11.40")


def test_an_address_easypost_cannot_verify_gives_one_sentence_and_no_shipment(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    bad = Address(name="Ada", line1="Nowhere 1", city="Austin", postal_code="00000", country="US")
    with pytest.raises(LabelRefused) as refused:
        obtain_label(engine, order_id, request(ship_to=bad), source(easypost))
    assert str(refused.value) == "EasyPost refused the shipment: Unable to verify address"
    assert easypost.shipments == {} and easypost.purchases == []
    assert labels(engine) == []


def test_a_timeout_gives_one_sentence_and_nothing_bought(engine: Engine, easypost: FakeEasyPost) -> None:
    order_id = packed_order(engine)
    easypost.stall_create, easypost.stall_seconds = True, 2.5
    easypost.drop_reads = 10  # and the shipment cannot be looked up either
    with pytest.raises(LabelRefused) as refused:
        obtain_label(engine, order_id, request(), source(easypost, timeout=1))
    assert str(refused.value) == "EasyPost did not answer: nothing was bought, try again"
    assert easypost.purchases == [] and [r.tracking_number for r in labels(engine)] == [""]
    with UnitOfWork(engine) as uow:
        assert uow.session.get(OrderRow, order_id).status == "packed"  # type: ignore[union-attr]
    # EasyPost made the shipment after all: the next try finds it by reference, makes no other
    easypost.stall_create, easypost.drop_reads = False, 0
    obtain_label(engine, order_id, request(), source(easypost))
    assert len(easypost.shipments) == 1 and len(easypost.purchases) == 1


def test_a_buy_whose_connection_drops_after_the_charge_ends_with_exactly_one_label(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    easypost.drop_after_buy = 1
    bought = obtain_label(engine, order_id, request(), source(easypost))
    assert len(easypost.purchases) == 1
    assert len(easypost.bought()) == 1
    assert bought.tracking_number == easypost.bought()[0]["tracking_code"]
    assert obtain_label(engine, order_id, request(), source(easypost)) == bought
    assert len(easypost.purchases) == 1


def test_a_purchase_that_cannot_be_read_back_holds_the_order_and_buys_nothing_more(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    easypost.drop_after_buy = 1
    easypost.drop_reads_after_buy = 100  # EasyPost unreachable after the charge
    with pytest.raises(LabelUnresolved) as unresolved:
        obtain_label(engine, order_id, request(), source(easypost))
    sentence = str(unresolved.value)
    assert sentence.startswith("the EasyPost label purchase for shipment shp_")
    assert sentence.endswith("could not be confirmed: check it at EasyPost before this order gets another label")
    with UnitOfWork(engine) as uow:
        order = uow.session.get(OrderRow, order_id)
        assert order is not None and (order.status, order.hold_reason) == ("on_hold", sentence)
    easypost.drop_reads = 0
    with pytest.raises(LabelUnresolved):
        obtain_label(engine, order_id, request(), source(easypost))
    assert len(easypost.purchases) == 1


def test_a_label_left_buying_by_a_crash_is_read_back_before_anything_is_bought(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    ep = source(easypost)
    shipment_id = ep.create(request())
    easypost.buy(shipment_id, {"rate": {"id": easypost.shipments[shipment_id]["rates"][1]["id"]}})
    with UnitOfWork(engine) as uow:  # what a station that died mid-purchase left behind
        uow.session.add(CarrierLabelRow(order_id=order_id, source="EasyPost", reference="#1001",
                                        shipment_id=shipment_id, status="buying", buy_attempts=1))
        uow.commit()
    bought = obtain_label(engine, order_id, request(), ep)
    assert (bought.service, len(easypost.purchases)) == ("Priority", 1)


def test_a_shipment_whose_create_answer_was_lost_is_found_by_its_reference(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    ep = source(easypost)
    ep.create(request())  # created at EasyPost, the answer never recorded
    with UnitOfWork(engine) as uow:
        uow.session.add(CarrierLabelRow(order_id=order_id, source="EasyPost", reference="#1001"))
        uow.commit()
    obtain_label(engine, order_id, request(), ep)
    assert len(easypost.shipments) == 1 and len(easypost.purchases) == 1


def test_an_exhausted_balance_is_one_sentence_and_the_order_stays_packed(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    easypost.balance_low = True
    with pytest.raises(LabelRefused, match="^the EasyPost balance does not cover this label: "
                                           "the admin must top it up$"):
        obtain_label(engine, order_id, request(), source(easypost))
    easypost.balance_low = False
    obtain_label(engine, order_id, request(), source(easypost))
    assert len(easypost.purchases) == 1


def test_an_order_that_is_not_packed_gets_no_label(engine: Engine, easypost: FakeEasyPost) -> None:
    order_id = packed_order(engine, status=OrderStatus.PICKING)
    with pytest.raises(LabelRefused, match="only a packed order gets a shipping label"):
        obtain_label(engine, order_id, request(), source(easypost))
    assert easypost.shipments == {}


def test_a_parcel_leaving_the_customs_union_carries_customs_and_a_missing_hs_code_is_named(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    to_norway = Address(name="Ola", line1="Karl Johans gate 1", city="Oslo", postal_code="0154",
                        country="NO")
    riga = Address(name="Packdesk", line1="Brivibas 1", city="Riga", postal_code="LV-1010",
                   country="LV")
    lines = (CustomsLine("Wool socks", 2, "24.00", 300, "6115.95", "LV"),
             CustomsLine("Mug", 1, "12.00", 400, "", "LV"))
    with pytest.raises(LabelRefused, match="'Mug' has no HS code: the admin must add it"):
        obtain_label(engine, order_id, request(ship_to=to_norway, ship_from=riga, customs=lines,
                                               currency="EUR"), source(easypost))
    assert easypost.shipments == {}
    good = (lines[0], CustomsLine("Mug", 1, "12.00", 400, "6912.00", "LV"))
    obtain_label(engine, order_id, request(ship_to=to_norway, ship_from=riga, customs=good,
                                           currency="EUR"), source(easypost))
    [shipment] = easypost.shipments.values()
    items = shipment["customs_info"]["customs_items"]
    assert [(i["description"], i["hs_tariff_number"], i["origin_country"], i["currency"]) for i in items] \
        == [("Wool socks", "6115.95", "LV", "EUR"), ("Mug", "6912.00", "LV", "EUR")]
    # within the EU no declaration
    order2 = packed_order(engine, "#1002")
    to_riga = Address(name="Anna", line1="Elizabetes 2", city="Tallinn", postal_code="10111",
                      country="EE")
    obtain_label(engine, order2, request("#1002", ship_to=to_riga, ship_from=riga), source(easypost))
    assert [s["customs_info"] for s in easypost.shipments.values()][1] is None


def test_void_refunds_at_easypost_and_the_order_can_get_a_new_label(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    order_id = packed_order(engine)
    first = obtain_label(engine, order_id, request(), source(easypost))
    assert void_label(engine, order_id, source(easypost)) == "submitted"
    assert easypost.refunds == [first.shipment_id]
    second = obtain_label(engine, order_id, request(), source(easypost))
    assert second.tracking_number != first.tracking_number
    assert [row.status for row in labels(engine)] == ["voided", "bought"]


def test_a_bought_zpl_label_printed_to_a_socket_decodes_to_its_tracking_number(
    sqlite_url: str, easypost: FakeEasyPost
) -> None:
    from packdesk.persistence.db import make_engine

    engine = make_engine(sqlite_url)
    order_id = packed_order(engine)
    bought = obtain_label(engine, order_id, request(), source(easypost))
    zebra = FakeZebra()
    try:
        RawTcpPrinter("127.0.0.1", zebra.port).send(
            PrintJob(bought.label, "zpl", "label #1001", zebra.url))
        [job] = zebra.wait_for_jobs(1)
    finally:
        zebra.close()
    assert bought.tracking_number in decoded(zpl_labels(job)[0])
    engine.dispose()
