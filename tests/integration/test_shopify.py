"""The Shopify connector against a real HTTP server executing the 2026-10 GraphQL Admin API."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.intake import store_pulled
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.http import RequestRefused, RetryPolicy
from packdesk.sync.outbox_worker import OutboxWorker, failed_messages
from packdesk.sync.pull import pull_all
from packdesk.sync.shopify import LINES_PER_ORDER, ORDERS_PER_PAGE, ShopifyStore
from tests.helpers.fake_shopify import MAX_QUERY_COST, FakeShopify, shopify_line, shopify_order
from tests.helpers.outbox import outbox, ship_every_order, tracking

# Read timeout well above an answer's time on a busy machine; "slow" faults exceed it.
FAST = RetryPolicy(max_attempts=4, max_total_seconds=20, connect_timeout=1, read_timeout=3,
                   backoff_base=0.01, backoff_cap=0.05)
SLOW = 4.5


@pytest.fixture
def store() -> Iterator[FakeShopify]:
    with FakeShopify().running() as fake:
        yield fake


def connector(store: FakeShopify) -> ShopifyStore:
    return ShopifyStore(store.url, Secret(store.token), policy=FAST)


def snapshot(engine: Engine) -> list[tuple[str, str, str]]:
    with UnitOfWork(engine) as uow:
        return [(r.external_id, r.status, r.content_hash)
                for r in uow.session.scalars(select(OrderRow).order_by(OrderRow.id))]


def test_open_orders_arrive_page_by_page_with_options_barcodes_properties_and_gift(
    engine: Engine, store: FakeShopify
) -> None:
    for oid in range(1001, 1026):
        store.add_order(shopify_order(oid))
    long_lines = [shopify_line(i, f"SOCK-{i:02d}", options={"Size": "39-42"}) for i in range(45)]
    store.add_order(shopify_order(2000, lines=long_lines, note="Leave at the door",
                                  attributes={"Gift message": "Happy holidays!"}))
    store.add_order(shopify_order(2001, lines=[shopify_line(1, "MUG-WHT", options={},
                                                            properties={"Engraving": "ANNA"})]))
    store.add_order(shopify_order(3000, status="closed"))
    summary = pull_all(engine, [connector(store)])
    assert summary.ok and summary.total.created == 27, summary.line()
    assert max(store.requested_costs) < MAX_QUERY_COST
    with UnitOfWork(engine) as uow:
        orders = {r.external_id: r for r in uow.session.scalars(select(OrderRow))}
        assert "3000" not in orders
        first = orders["1001"]
        assert first.source == f"shopify:{store.url.removeprefix('http://')}" and first.number == "#1001"
        assert first.priority == 0  # "Express" shipping line
        line = first.lines[0]
        assert (line.sku, line.barcode, line.attributes) == ("TEE-NAV-L", "4006381333931",
                                                             {"color": "Navy", "size": "L"})
        long = orders["2000"]
        assert len(long.lines) == 45  # beyond the first page of line items
        assert long.gift and long.gift_message == "Happy holidays!"
        assert long.customer_note == "Leave at the door"
        assert long.note_attributes == {"Gift message": "Happy holidays!"}
        assert orders["2001"].lines[0].properties == {"Engraving": "ANNA"}
    assert len([q for q in store.operations if "PackdeskOrders(" in q]) >= 27 // ORDERS_PER_PAGE


def test_pulling_twice_gives_the_same_database_and_bad_orders_are_quarantined(
    engine: Engine, store: FakeShopify
) -> None:
    store.add_order(shopify_order(1))
    store.add_order(shopify_order(2, lines=[shopify_line(1, None, barcode="")]))
    store.add_order(shopify_order(3, lines=[shopify_line(1, "CAP-RED", quantity=0)]))
    store.add_order(shopify_order(4, country="XK"))  # Kosovo: a code stores use, known here
    store.add_order(shopify_order(5, lines=[shopify_line(1, "GONE", 2, current=0),
                                            shopify_line(2, "TOTE-BLK")]))  # edited out: not picked
    first = pull_all(engine, [connector(store)])
    before = snapshot(engine)
    second = pull_all(engine, [connector(store)])
    assert snapshot(engine) == before
    assert (first.total.created, first.total.quarantined) == (3, 2)
    assert (second.total.created, second.total.unchanged, second.total.quarantined) == (0, 3, 2)
    with UnitOfWork(engine) as uow:
        reasons = {q.external_id: q.reason for q in uow.session.scalars(select(QuarantinedPayloadRow))}
        edited = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "5")).one()
        assert [line.sku for line in edited.lines] == ["TOTE-BLK"]
    assert set(reasons) == {"2", "3"} and "no SKU" in reasons["2"] and "quantity 0" in reasons["3"]


def test_a_cancelled_order_leaves_the_queue_or_is_held_if_in_progress(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(1))
    store.add_order(shopify_order(2))
    pull_all(engine, [connector(store)])
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "2")).one()
        row.change_status(OrderStatus.PICKING)
        uow.commit()
    store.cancel(1)
    store.cancel(2)
    summary = pull_all(engine, [connector(store)])
    assert summary.total.cancelled == 2 and summary.total.held_numbers == ["#2"]
    with UnitOfWork(engine) as uow:
        got = {r.external_id: (r.status, r.hold_reason) for r in uow.session.scalars(select(OrderRow))}
    assert got == {"1": ("cancelled", ""), "2": ("on_hold", "cancelled at the store")}


def test_throttling_429_500_slow_and_malformed_answers_are_survived(engine: Engine, store: FakeShopify) -> None:
    for oid in range(1, 25):
        store.add_order(shopify_order(oid))
    store.bucket_size = 1000
    store.available = 0  # an empty bucket: the first query is THROTTLED
    store.restore_rate = 2000
    store.faults.add("429", retry_after="1")
    store.faults.add("500")
    store.faults.add("slow")
    store.faults.add("malformed")
    store.slow_seconds = SLOW
    source = ShopifyStore(store.url, Secret(store.token),
                          policy=RetryPolicy(max_attempts=6, max_total_seconds=30, read_timeout=3,
                                             backoff_base=0.01, backoff_cap=0.05))
    started = time.monotonic()
    summary = pull_all(engine, [source])
    assert summary.ok and summary.total.created == 24, summary.line()
    assert store.throttled_answers >= 1 and source.throttle_waits >= 1
    assert time.monotonic() - started >= 1  # Retry-After honoured


def test_a_wrong_token_is_refused_with_shopifys_message(store: FakeShopify) -> None:
    bad = ShopifyStore(store.url, Secret("shpat_wrong"), policy=FAST)
    with pytest.raises(RequestRefused, match="401.*Invalid API key or access token"):
        list(bad.fetch_orders())


def test_shipped_orders_become_one_fulfilment_each_with_tracking_and_notification(
    engine: Engine, store: FakeShopify
) -> None:
    for oid in (11, 12, 13):
        store.add_order(shopify_order(oid))
    source = connector(store)
    store_pulled(UnitOfWork(engine), source.fetch_orders())
    ship_every_order(engine)
    store.slow_mutations = 1
    store.slow_seconds = SLOW  # the first fulfilment is made, its answer comes too late
    worker = OutboxWorker(engine, [source], retry_base=timedelta(0))
    first = worker.run_once()
    second = worker.run_once()
    assert (first.sent, first.retrying) == (2, 1) and any("no answer" in e for e in first.errors)
    assert (second.sent, second.pending, second.failed) == (1, 0, 0)
    for oid in (11, 12, 13):
        assert store.fulfillments_with(tracking(oid))[oid] == 1
        (fulfillment,) = store.orders[oid]["_fulfillments"]
        assert fulfillment["notifyCustomer"] is True
        assert fulfillment["trackingInfo"][0]["company"] == "UPS"
        assert fulfillment["trackingInfo"][0]["url"].endswith(tracking(oid))
    assert all(ref and ref.startswith("gid://shopify/Fulfillment/") for _, _, ref in outbox(engine))


def test_an_order_fulfilled_elsewhere_is_failed_with_a_clear_message(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(21))
    source = connector(store)
    store_pulled(UnitOfWork(engine), source.fetch_orders())
    ship_every_order(engine)
    store.orders[21]["_fulfillment_orders"][0]["status"] = "CLOSED"
    summary = OutboxWorker(engine, [source]).run_once()
    assert summary.failed == 1
    (refused,) = failed_messages(engine)
    assert "nothing left to fulfil" in refused.last_error


def test_an_order_whose_lines_cannot_all_be_read_is_quarantined_not_stored_short(
    engine: Engine, store: FakeShopify, monkeypatch: pytest.MonkeyPatch
) -> None:
    import packdesk.sync.shopify as shopify_module

    monkeypatch.setattr(shopify_module, "MAX_LINE_PAGES", 0)  # as if the store never said "done"
    store.add_order(shopify_order(1, lines=[shopify_line(i, f"SOCK-{i:02d}") for i in range(25)]))
    store.add_order(shopify_order(2))
    summary = pull_all(engine, [connector(store)])
    assert (summary.total.created, summary.total.quarantined) == (1, 1)
    with UnitOfWork(engine) as uow:
        (quarantined,) = uow.session.scalars(select(QuarantinedPayloadRow)).all()
        assert quarantined.external_id == "1" and f"more than {LINES_PER_ORDER} lines" in quarantined.reason
