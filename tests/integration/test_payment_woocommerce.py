"""Payment at ship with WooCommerce (issue 24): an order on hold with its card charge
authorised only is pulled, and captured at ship through the status change its gateway
captures on, the paid state read back; a declined capture holds it at the bench; a lost
answer is read back, the status change never sent twice; a paid order is left alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.payments import Payment
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow
from packdesk.services.station import StationError, StationService
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.outbox_worker import OutboxWorker
from packdesk.sync.pull import pull_all
from packdesk.sync.stores import payment_gateways
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_line, wc_order
from tests.helpers.payments import capture_row, order_state, stocked_skus
from tests.helpers.shop import seed_small_shop
from tests.helpers.shopify_flow import FAST
from tests.helpers.station import PACKER_BADGE, RecordingPrinter, pick_everything, verify_everything

CAPTURED, DECLINED, LOST, PAID = 601, 602, 603, 604


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_WC_KEY", fake.key)
    monkeypatch.setenv("PACKDESK_WC_SECRET", fake.secret)
    with fake.running():
        yield fake


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def puts(store: FakeWooCommerce, order_id: int) -> int:
    return sum(1 for method, path in store.requests if method == "PUT" and path.endswith(f"/orders/{order_id}"))


def test_woocommerce_orders_authorised_on_hold_are_captured_once_at_ship(
    engine: Engine, store: FakeWooCommerce
) -> None:
    shop = seed_small_shop(engine, orders=0)
    for position, (order_id, (sku, barcode)) in enumerate(
            zip((CAPTURED, DECLINED, LOST, PAID), stocked_skus(shop, 4), strict=True)):
        store.add_variation(order_id, order_id + 1, sku=sku, gtin=barcode)
        store.add_order(wc_order(order_id, lines=[wc_line(1, order_id, order_id + 1, sku)],
                                 created=f"2026-11-26T08:0{position}:00", authorised=order_id != PAID))
    store.add_order(wc_order(699, status="on-hold"))  # a bank transfer awaited: not ours yet
    store.capture_refusals[DECLINED] = "declined"
    summary = pull_all(engine, [WooCommerceStore(store.url, Secret(store.key), Secret(store.secret),
                                                 policy=FAST)])
    assert summary.total.created == 4, summary.line()
    with UnitOfWork(engine) as uow:
        payments = {row.external_id: Payment.from_json(row.payment)
                    for row in uow.session.scalars(select(OrderRow))}
    authorised = payments[str(CAPTURED)]
    assert authorised is not None and (authorised.state, authorised.method, authorised.capturable) == (
        "authorized", "stripe", "499.00")
    paid = payments[str(PAID)]
    assert paid is not None and paid.state == "paid" and paid.paid_at

    service = StationService(engine, "Bench 1", printer=RecordingPrinter())
    service.payment_gateways = payment_gateways(engine, policy=FAST)
    service.sign_in_badge(PACKER_BADGE)

    def pack(order_id: int) -> None:
        service.take_order(f"#{order_id}")
        pick_everything(service, engine)
        verify_everything(service, engine)

    pack(CAPTURED)
    assert store.captures == {CAPTURED: 1} and store.orders[CAPTURED]["status"] == "processing"
    assert service.ship().order.status == "shipped"
    row = capture_row(engine, CAPTURED)
    assert row is not None and (row.status, row.transaction_id) == ("captured", f"ch_{CAPTURED}")

    pack(DECLINED)
    with pytest.raises(StationError, match="payment could not be captured: the card was declined"):
        service.print_documents()
    assert order_state(engine, DECLINED) == ("packed", "payment could not be captured: the card was declined")
    service.put_back()

    store.drop_after_capture = 1
    pack(LOST)
    assert store.drop_after_capture == 0 and store.captures[LOST] == 1
    assert puts(store, LOST) == 1  # read back, not sent again
    assert service.ship().order.status == "shipped"

    pack(PAID)
    assert service.ship().order.status == "shipped"
    assert puts(store, PAID) == 0 and PAID not in store.captures

    OutboxWorker(engine, [WooCommerceStore(store.url, Secret(store.key), Secret(store.secret),
                                           policy=FAST)]).run_once()
    assert {oid: store.orders[oid]["status"] for oid in (CAPTURED, DECLINED, LOST, PAID)} == {
        CAPTURED: "completed", DECLINED: "failed", LOST: "completed", PAID: "completed"}
