"""Payment captured when the parcel ships (issue 24), through the station's services against
the local Shopify server: captured once, before the label; a declined or expired capture
holds the packed order with one sentence until a lead's badge lets it ship unpaid; an
answer lost after capturing is read back, never sent twice; paid orders are not captured."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import Shipment
from packdesk.domain.time import utcnow
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, PaymentCaptureRow
from packdesk.services.printing import PACKING_SLIP, SHIPPING_LABEL, PrintOutcome
from packdesk.services.station import OrderView, StationError, StationService
from packdesk.services.stats import orders_on_hold
from packdesk.services.uow import UnitOfWork
from packdesk.sync.pull import pull_all
from packdesk.sync.stores import payment_gateways
from tests.helpers.fake_shopify import FakeShopify
from tests.helpers.payments import (
    AUTHORISED,
    DECLINED,
    EXPIRED,
    LOST,
    PAID,
    capture_row,
    order_state,
    shop_with_shopify_orders,
)
from tests.helpers.shopify_flow import FAST, at_warehouse
from tests.helpers.station import LEAD_BADGE, PACKER_BADGE, pick_everything, verify_everything


@dataclass
class CapturesAtLabel:
    """A printer noting, for each label, how many captures the store had made by then."""

    store: FakeShopify
    labels: list[tuple[str, int]] = field(default_factory=list)

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        return PrintOutcome(PACKING_SLIP, True, "memory")

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        legacy = int(order_view.number.lstrip("#"))
        self.labels.append((order_view.number, len(self.store.captures(legacy))))
        return PrintOutcome(SHIPPING_LABEL, True, "memory")


@pytest.fixture
def store() -> Iterator[FakeShopify]:
    with FakeShopify().running() as fake:
        yield fake


@pytest.fixture
def engine(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_SHOPIFY_TOKEN", "shpat_test")
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def station(engine: Engine, store: FakeShopify) -> tuple[StationService, CapturesAtLabel]:
    printer = CapturesAtLabel(store)
    service = StationService(engine, "Bench 1", printer=printer)
    service.payment_gateways = payment_gateways(engine, policy=FAST)
    service.sign_in_badge(PACKER_BADGE)
    return service, printer


def pack(service: StationService, engine: Engine, legacy: int) -> None:
    """Take, pick and verify the order: its documents print at the last unit."""
    service.take_order(f"#{legacy}")
    pick_everything(service, engine)
    verify_everything(service, engine)


def test_an_authorised_order_is_captured_once_before_its_label_and_ships(
    engine: Engine, store: FakeShopify
) -> None:
    shop_with_shopify_orders(engine, store, [AUTHORISED, PAID])
    service, printer = station(engine, store)
    pack(service, engine, AUTHORISED)
    # The label printed after the capture: the store had one by then.
    assert printer.labels == [(f"#{AUTHORISED}", 1)]
    [captured] = store.captures(AUTHORISED)
    assert captured["amountSet"]["shopMoney"]["amount"] == "40.50"
    [sent] = store.capture_requests
    assert sent["parentTransactionId"] == f"gid://shopify/OrderTransaction/{AUTHORISED}1"
    assert (sent["amount"], sent["currency"]) == ("40.50", "USD")
    result = service.ship()
    assert result.order.status == "shipped"
    assert len(store.capture_requests) == 1  # shipping did not capture again
    row = capture_row(engine, AUTHORISED)
    assert row is not None and (row.status, row.transaction_id) == ("captured", captured["id"])

    # A paid order is never captured.
    pack(service, engine, PAID)
    assert service.ship().order.status == "shipped"
    assert len(store.capture_requests) == 1 and store.captures(PAID) == []
    assert capture_row(engine, PAID) is None


@pytest.mark.parametrize(("legacy", "reason"), [(DECLINED, "the card was declined"),
                                                (EXPIRED, "authorisation expired")])
def test_a_refused_capture_holds_the_packed_order_until_a_lead_lets_it_ship_unpaid(
    engine: Engine, store: FakeShopify, legacy: int, reason: str
) -> None:
    shop_with_shopify_orders(engine, store, [legacy])
    service, printer = station(engine, store)
    sentence = f"payment could not be captured: {reason}"
    pack(service, engine, legacy)  # the documents print at the last unit: not this time
    with pytest.raises(StationError, match=sentence):
        service.print_documents()
    assert order_state(engine, legacy) == ("packed", sentence)
    assert printer.labels == []  # no label for an order not paid
    with pytest.raises(StationError, match=sentence):
        service.ship()
    assert order_state(engine, legacy)[0] == "packed"
    # The lead sees it among the held orders, with the reason.
    assert [(h.number, h.reason) for h in orders_on_hold(UnitOfWork(engine))] == [(f"#{legacy}", sentence)]

    # A packer's badge is not enough; a lead's lets it ship, recorded.
    assert not service.handle_scan(PACKER_BADGE).accepted
    verdict = service.handle_scan(LEAD_BADGE)
    assert verdict.accepted and "Lena Lead lets order" in verdict.message
    assert all(o.ok for o in service.print_documents())
    assert printer.labels == [(f"#{legacy}", 0)]
    assert service.ship().order.status == "shipped"
    row = capture_row(engine, legacy)
    assert row is not None and (row.status, row.waived_by) == ("waived", "Lena Lead")
    assert store.captures(legacy) == []


def test_a_capture_whose_answer_is_lost_is_read_back_not_sent_twice(
    engine: Engine, store: FakeShopify
) -> None:
    shop_with_shopify_orders(engine, store, [LOST])
    store.drop_after_capture = 1  # captured, then the connection drops before the answer
    service, printer = station(engine, store)
    pack(service, engine, LOST)
    assert store.drop_after_capture == 0  # the answer was lost
    assert len(store.capture_requests) == 1 and len(store.captures(LOST)) == 1
    assert printer.labels == [(f"#{LOST}", 1)]
    assert service.ship().order.status == "shipped"
    assert len(store.capture_requests) == 1
    row = capture_row(engine, LOST)
    assert row is not None and row.status == "captured" and row.attempts == 1


def test_a_store_that_cannot_be_reached_holds_the_order_and_nothing_is_sent(
    engine: Engine, store: FakeShopify
) -> None:
    shop_with_shopify_orders(engine, store, [AUTHORISED])
    service, printer = station(engine, store)
    service.take_order(f"#{AUTHORISED}")
    pick_everything(service, engine)
    store.stop()
    verify_everything(service, engine)
    with pytest.raises(StationError, match="payment could not be captured: the store could not be reached"):
        service.print_documents()
    assert order_state(engine, AUTHORISED) == (
        "packed", "payment could not be captured: the store could not be reached")
    row = capture_row(engine, AUTHORISED)
    assert row is not None and (row.status, row.attempts) == ("ready", 0)
    assert printer.labels == []


def _left_sending(engine: Engine, legacy: int, *, minutes_ago: float) -> None:
    """A capture sent by a station that died before its answer came (or is still waiting)."""
    with UnitOfWork(engine) as uow:
        order = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == str(legacy))).one()
        uow.session.add(PaymentCaptureRow(
            order_id=order.id, source=order.source, authorization_id=f"gid://shopify/OrderTransaction/{legacy}1",
            amount="40.50", currency="USD", status="sending", attempts=1,
            updated_at=utcnow() - timedelta(minutes=minutes_ago)))
        uow.commit()


@pytest.mark.parametrize("made", [True, False], ids=["made", "not made"])
def test_a_capture_left_sending_by_a_crash_is_read_back_before_anything_is_sent(
    engine: Engine, store: FakeShopify, made: bool
) -> None:
    shop_with_shopify_orders(engine, store, [AUTHORISED])
    _left_sending(engine, AUTHORISED, minutes_ago=5)
    if made:
        store.capture_in_admin(AUTHORISED)  # it reached the store before the crash
    service, printer = station(engine, store)
    pack(service, engine, AUTHORISED)
    assert len(store.captures(AUTHORISED)) == 1
    assert len(store.capture_requests) == (0 if made else 1)
    assert printer.labels == [(f"#{AUTHORISED}", 1)]
    row = capture_row(engine, AUTHORISED)
    assert row is not None and row.status == "captured"


def test_a_capture_another_station_is_sending_right_now_is_not_sent_again(
    engine: Engine, store: FakeShopify
) -> None:
    shop_with_shopify_orders(engine, store, [AUTHORISED])
    _left_sending(engine, AUTHORISED, minutes_ago=0)
    service, printer = station(engine, store)
    pack(service, engine, AUTHORISED)
    with pytest.raises(StationError, match="payment could not be captured: the store did not confirm it"):
        service.print_documents()
    assert store.capture_requests == [] and printer.labels == []


def test_an_order_captured_in_the_shops_admin_is_not_captured_again(
    engine: Engine, store: FakeShopify
) -> None:
    shop_with_shopify_orders(engine, store, [AUTHORISED, LOST])
    store.capture_in_admin(AUTHORISED)  # before the next pull: intake sees it paid
    store.capture_in_admin(LOST)  # after the last pull: the read before capturing sees it
    assert pull_all(engine, [at_warehouse(engine, store)]).ok
    with UnitOfWork(engine) as uow:
        paid = uow.session.scalars(select(OrderRow.payment).where(OrderRow.external_id == str(AUTHORISED))).one()
    assert paid is not None and paid["state"] == "paid"
    with UnitOfWork(engine) as uow:  # LOST as it was pulled: still authorised here
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == str(LOST))).one()
        row.payment = {**dict(row.payment or {}), "state": "authorized"}
        uow.commit()
    service, _printer = station(engine, store)
    for legacy in (AUTHORISED, LOST):
        pack(service, engine, legacy)
        assert service.ship().order.status == "shipped"
    assert store.capture_requests == []
    assert [len(store.captures(n)) for n in (AUTHORISED, LOST)] == [1, 1]
