"""A bought label of an order reopened or cancelled before hand-over is refunded at the
carrier (a fake EasyPost on 127.0.0.1 counts the refunds where the money is), recorded, and
the order can get a new label."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from packdesk.domain.model import Address, Order, OrderLine, OrderStatus, Role
from packdesk.persistence.tables import CarrierLabelRow, OrderRow
from packdesk.services.auth import Actor
from packdesk.services.intake import CancelledAtStore, store_pulled
from packdesk.services.labels import ParcelRequest, obtain_label
from packdesk.services.labelvoid import refund_pending
from packdesk.services.storechanges import repick
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.easypost import EasyPostSource
from packdesk.sync.credentials import Secret
from tests.helpers.fake_easypost import FakeEasyPost

SOURCE = "woocommerce:shop.test"
SHIP_FROM = Address(name="Packdesk Warehouse", line1="1 Dock Road", city="Portland",
                    postal_code="97201", country="US", region="OR")
SHIP_TO = Address(name="Ada Lovelace", line1="12 Analytical St", city="Austin",
                  postal_code="78701", country="US", region="TX")
LEAD = Actor(2, "Lena Lead", Role.LEAD)


@pytest.fixture
def easypost() -> Iterator[FakeEasyPost]:
    with FakeEasyPost().running() as fake:
        yield fake


def sources(fake: FakeEasyPost) -> dict[str, EasyPostSource]:
    return {"easypost": EasyPostSource(Secret("EZTK_test_key"), fake.api_base, timeout=5)}


def store_order(quantity: int = 1) -> Order:
    return Order(source=SOURCE, external_id="77", number="#77",
                 placed_at=datetime(2026, 11, 26, 8, 0), ship_to=SHIP_TO,
                 lines=[OrderLine("HOOD-BLK-M", quantity)])


def order_row(engine: Engine) -> OrderRow:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == "#77")).one()
        uow.session.expunge(row)
        return row


def move(engine: Engine, *statuses: OrderStatus) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == "#77")).one()
        for status in statuses:
            row.change_status(status)
        uow.commit()


def packed_with_label(engine: Engine, fake: FakeEasyPost) -> str:
    """Order #77 pulled, packed, its label bought; the shipment's id at the carrier."""
    store_pulled(UnitOfWork(engine), [store_order()])
    move(engine, OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED)
    bought = obtain_label(engine, order_row(engine).id, request(), sources(fake)["easypost"])
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == "#77")).one()
        row.label_printed_at = datetime(2026, 11, 27, 10, 0)
        uow.commit()
    return bought.shipment_id


def request() -> ParcelRequest:
    return ParcelRequest(reference="#77", ship_to=SHIP_TO, ship_from=SHIP_FROM, weight_g=900)


def labels(engine: Engine) -> list[tuple[str, str, str]]:
    with UnitOfWork(engine) as uow:
        return [(r.status, r.refund_status, r.reference) for r in uow.session.scalars(
            select(CarrierLabelRow).order_by(CarrierLabelRow.id))]


def test_a_label_of_an_order_cancelled_at_the_store_is_refunded_once(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    shipment_id = packed_with_label(engine, easypost)
    store_pulled(UnitOfWork(engine), [CancelledAtStore(SOURCE, "77")])
    row = order_row(engine)
    assert row.order_status is OrderStatus.ON_HOLD and row.label_printed_at is None
    assert easypost.refunds == []  # the pull asks no carrier: the refund runs after it
    assert labels(engine) == [("voiding", "", "#77")]

    summary = refund_pending(engine, sources(easypost))
    assert summary.refunded == ["#77"] and easypost.refunds == [shipment_id]
    assert labels(engine) == [("voided", "submitted", "#77")]
    # Nothing is asked twice: the next round finds nothing to refund.
    assert refund_pending(engine, sources(easypost)).refunded == []
    assert easypost.refunds == [shipment_id]


def test_an_order_a_lead_reopens_gets_a_new_label_and_the_old_one_is_refunded(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    first = packed_with_label(engine, easypost)
    with UnitOfWork(engine) as uow:  # the store changed it after packing: held for the lead
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == "#77")).one()
        row.change_status(OrderStatus.ON_HOLD, "changed at the store: 1 line added")
        uow.commit()
    repick(UnitOfWork(engine), LEAD, "#77")
    assert order_row(engine).order_status is OrderStatus.NEW
    refund_pending(engine, sources(easypost))
    assert easypost.refunds == [first]

    move(engine, OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED)
    second = obtain_label(engine, order_row(engine).id, request(), sources(easypost)["easypost"])
    assert second.shipment_id != first and easypost.purchases == [first, second.shipment_id]
    # The new shipment has its own reference at the carrier: a lost answer never finds the old.
    assert easypost.shipments[second.shipment_id]["reference"] == "#77-2"
    assert labels(engine) == [("voided", "submitted", "#77"), ("bought", "", "#77-2")]


def test_a_refund_whose_answer_is_lost_is_asked_again_and_refunds_once(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    shipment_id = packed_with_label(engine, easypost)
    store_pulled(UnitOfWork(engine), [CancelledAtStore(SOURCE, "77")])
    easypost.drop_after_refund = 1
    lost = refund_pending(engine, sources(easypost))
    assert (lost.refunded, lost.waiting) == ([], ["#77"])
    assert labels(engine) == [("voiding", "", "#77")]
    again = refund_pending(engine, sources(easypost))
    assert again.refunded == ["#77"] and easypost.refunds == [shipment_id]
    assert labels(engine)[0][:2] == ("voided", "submitted")


def test_a_shipment_never_bought_is_voided_without_asking_the_carrier(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    store_pulled(UnitOfWork(engine), [store_order()])
    move(engine, OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED)
    easypost.balance_low = True  # created at the carrier, the purchase refused
    with pytest.raises(Exception, match="balance"):
        obtain_label(engine, order_row(engine).id, request(), sources(easypost)["easypost"])
    store_pulled(UnitOfWork(engine), [CancelledAtStore(SOURCE, "77")])
    assert labels(engine) == [("voided", "not bought", "#77")]
    assert refund_pending(engine, sources(easypost)).refunded == [] and easypost.refunds == []


def test_the_sync_round_refunds_with_the_stations_easypost_key(
    engine: Engine, easypost: FakeEasyPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packdesk.sync.carriers import refund_voided_labels

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_EASYPOST_KEY", "EZTK_test_key")
    monkeypatch.setenv("PACKDESK_EASYPOST_URL", easypost.api_base)
    assert refund_voided_labels(engine).refunded == []  # nothing voided: nothing asked
    assert not [r for r in easypost.requests if r[1].endswith("/refund")]
    shipment_id = packed_with_label(engine, easypost)
    store_pulled(UnitOfWork(engine), [CancelledAtStore(SOURCE, "77")])
    assert refund_voided_labels(engine).refunded == ["#77"]
    assert easypost.refunds == [shipment_id]
