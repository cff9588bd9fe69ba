"""The WooCommerce connector against a real HTTP server shaped like REST API v3."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.http import InsecureUrl, RequestRefused, RetryPolicy
from packdesk.sync.pull import pull_all
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_line, wc_order

FAST = RetryPolicy(max_attempts=4, max_total_seconds=10, connect_timeout=1, read_timeout=2,
                   backoff_base=0.01, backoff_cap=0.05)


@pytest.fixture
def store() -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    fake.add_variation(10, 11, sku="TEE-NAV-L", gtin="4006381333931",
                       attributes={"Color": "Navy", "Size": "L"})
    with fake.running():
        yield fake


def connector(store: FakeWooCommerce, per_page: int = 100) -> WooCommerceStore:
    return WooCommerceStore(store.url, Secret(store.key), Secret(store.secret), policy=FAST,
                            per_page=per_page)


def snapshot(engine: Engine) -> list[tuple[str, str, str, str]]:
    with UnitOfWork(engine) as uow:
        return [(r.external_id, r.number, r.status, r.content_hash)
                for r in uow.session.scalars(select(OrderRow).order_by(OrderRow.id))]


def test_all_pages_arrive_with_attributes_barcodes_notes_and_gift(engine: Engine, store: FakeWooCommerce) -> None:
    for oid in range(100, 125):
        store.add_order(wc_order(oid, note="Please no plastic" if oid == 100 else "",
                                 gift_message="Happy birthday, Ola!" if oid == 101 else ""))
    store.add_order(wc_order(999, status="on-hold"))  # not ours to pack yet
    summary = pull_all(engine, [connector(store, per_page=10)])
    assert summary.ok, summary.line()
    assert summary.total.created == 25
    assert store.count("GET", "/orders?") >= 3  # three pages of processing orders
    assert store.count("GET", "/variations/11") == 1  # the variation was fetched once, then cached
    with UnitOfWork(engine) as uow:
        first = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "100")).one()
        assert first.source == f"woocommerce:{store.url.removeprefix('http://')}"
        assert first.customer_note == "Please no plastic" and first.number == "#100"
        line = first.lines[0]
        assert (line.sku, line.barcode, line.attributes) == ("TEE-NAV-L", "4006381333931",
                                                             {"color": "Navy", "size": "L"})
        gift = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "101")).one()
        assert gift.gift and gift.gift_message == "Happy birthday, Ola!"


def test_a_pull_of_the_same_store_twice_gives_the_same_database(engine: Engine, store: FakeWooCommerce) -> None:
    for oid in (1, 2, 3):
        store.add_order(wc_order(oid))
    store.add_order(wc_order(4, country="XX"))
    pull_all(engine, [connector(store)])
    first = snapshot(engine)
    again = pull_all(engine, [connector(store)])
    assert snapshot(engine) == first
    assert (again.total.created, again.total.updated, again.total.unchanged) == (0, 0, 3)
    with UnitOfWork(engine) as uow:
        assert len(uow.session.scalars(select(QuarantinedPayloadRow)).all()) == 1


def test_a_malformed_order_is_quarantined_and_the_others_arrive(engine: Engine, store: FakeWooCommerce) -> None:
    store.add_order(wc_order(1))
    store.add_order(wc_order(2, lines=[wc_line(1, 10, 11, "")]))  # the variation has a SKU: fine
    store.add_order(wc_order(3, lines=[wc_line(1, 77, 0, "")]))  # no SKU anywhere
    store.add_order(wc_order(4, lines=[wc_line(1, 10, 11, "TEE-NAV-L", quantity=0)]))
    store.add_order(wc_order(5, country="Norway"))
    broken = wc_order(6)
    del broken["line_items"][0]["quantity"]
    store.add_order(broken)
    summary = pull_all(engine, [connector(store)])
    assert (summary.total.created, summary.total.quarantined) == (2, 4), summary.line()
    with UnitOfWork(engine) as uow:
        reasons = {q.external_id: q.reason for q in uow.session.scalars(select(QuarantinedPayloadRow))}
    assert "no SKU" in reasons["3"] and "quantity 0" in reasons["4"]
    assert "unknown country 'NORWAY'" in reasons["5"] and "quantity" in reasons["6"]


def test_a_cancelled_order_leaves_the_queue_and_one_in_progress_goes_on_hold(
    engine: Engine, store: FakeWooCommerce
) -> None:
    store.add_order(wc_order(1))
    store.add_order(wc_order(2))
    pull_all(engine, [connector(store)])
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "2")).one()
        row.change_status(OrderStatus.PICKING)
        uow.commit()
    for oid in (1, 2):
        store.orders[oid]["status"] = "cancelled"
        store.orders[oid]["date_modified_gmt"] = "2099-01-01T00:00:00"
    summary = pull_all(engine, [connector(store)])
    assert summary.total.cancelled == 2 and summary.total.held_numbers == ["#2"]
    assert "#2" in summary.line()
    with UnitOfWork(engine) as uow:
        statuses = {r.external_id: (r.status, r.hold_reason)
                    for r in uow.session.scalars(select(OrderRow))}
    assert statuses == {"1": ("cancelled", ""), "2": ("on_hold", "cancelled at the store")}


def test_429_with_retry_after_and_500_are_retried_within_bounds(engine: Engine, store: FakeWooCommerce) -> None:
    store.add_order(wc_order(1))
    store.faults.add("429", path="/orders", times=1, retry_after="1")
    store.faults.add("500", path="/variations", times=2)
    started = time.monotonic()
    summary = pull_all(engine, [connector(store)])
    elapsed = time.monotonic() - started
    assert summary.ok and summary.total.created == 1, summary.line()
    assert elapsed >= 1.0  # Retry-After was honoured
    assert "3 request(s) retried" in summary.line()


def test_slow_and_malformed_answers_are_retried_and_a_dead_store_gives_a_clear_error(
    engine: Engine, store: FakeWooCommerce
) -> None:
    store.add_order(wc_order(1))
    store.slow_seconds = 3.5  # beyond the 2 s read timeout
    store.faults.add("slow", path="/orders", times=1)
    store.faults.add("malformed", path="/orders", times=1)
    assert pull_all(engine, [connector(store)]).total.created == 1
    store.faults.add("500", path="/orders", times=50)
    started = time.monotonic()
    summary = pull_all(engine, [connector(store)])
    assert not summary.ok and "500" in summary.errors[0] and "gave up after 4 attempts" in summary.errors[0]
    assert time.monotonic() - started < 10


def test_wrong_credentials_are_refused_with_the_stores_message(store: FakeWooCommerce) -> None:
    store.add_order(wc_order(1))
    bad = WooCommerceStore(store.url, Secret("ck_wrong"), Secret("nope"), policy=FAST)
    with pytest.raises(RequestRefused, match="401.*cannot list resources"):
        list(bad.fetch_orders())
    assert store.count("GET", "/orders") == 1  # a refusal is not retried


def test_plain_http_is_refused_for_a_remote_store() -> None:
    with pytest.raises(InsecureUrl, match="https"):
        WooCommerceStore("http://shop.example.com", Secret("k"), Secret("s"))


def test_shipped_sets_completed_and_adds_a_customer_note_with_the_tracking_link(store: FakeWooCommerce) -> None:
    store.add_order(wc_order(5))
    payload = {"external_id": "5", "carrier": "ups", "service": "Standard",
               "tracking_number": "1Z999AA10123456784",
               "tracking_url": "https://www.ups.com/track?tracknum=1Z999AA10123456784"}
    ref = connector(store).push_shipped(payload, check_first=False)
    assert store.orders[5]["status"] == "completed"
    (note,) = store.notes[5]
    assert ref == f"note:{note['id']}" and note["customer_note"] is True
    assert "UPS Standard" in note["note"] and payload["tracking_url"] in note["note"]
    # Checking first finds the note: no second one.
    assert connector(store).push_shipped(payload, check_first=True) == ref
    assert len(store.notes[5]) == 1
