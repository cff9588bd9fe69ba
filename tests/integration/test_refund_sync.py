"""Refunds of returns reach the WooCommerce test store exactly once, crash or not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from packdesk.domain.model import Role
from packdesk.domain.returns import Condition, ReturnPolicy
from packdesk.services.auth import Actor
from packdesk.services.outbox import refused_messages
from packdesk.services.returns import ReturnsService, save_policy
from packdesk.services.uow import UnitOfWork
from packdesk.sync.outbox_worker import OutboxWorker, failed_messages
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_order
from tests.helpers.outbox import kill_when, outbox
from tests.integration.test_outbox_worker import ORDER_IDS, run_sync, ship_all

PAT = Actor(3, "Pat", Role.PACKER)
ADMIN = Actor(1, "Ada", Role.ADMIN)


@pytest.fixture
def store() -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    fake.add_variation(10, 11, sku="TEE-NAV-L", gtin="4006381333931")
    for oid in ORDER_IDS:
        fake.add_order(wc_order(oid))
    with fake.running():
        yield fake


def return_every_order(engine: Engine) -> list[str]:
    """Each shipped order's T-shirt comes back opened; returns the refunds' keys."""
    service = ReturnsService(UnitOfWork(engine), station="Bench 1")
    keys = []
    for oid in ORDER_IDS:
        summary = service.receive_and_close(str(oid), [("TEE-NAV-L", Condition.OPENED)], PAT, "too small")
        assert summary.outbox_message_id is not None
        keys.append(f"order.refund:{_source(engine)}:{oid}:{summary.return_id}")
    return keys


def _source(engine: Engine) -> str:
    from sqlalchemy import select

    from packdesk.persistence.tables import OrderRow

    with UnitOfWork(engine) as uow:
        return uow.session.scalars(select(OrderRow.source).limit(1)).one()


def assert_each_refund_applied_once(store: FakeWooCommerce, keys: list[str]) -> None:
    for oid, key in zip(ORDER_IDS, keys, strict=True):
        assert store.refunds_with(key).get(oid) == 1, f"order {oid}: {store.refunds.get(oid)}"
        assert len(store.refunds[oid]) == 1


def test_each_refund_reaches_the_store_once_with_its_line_items(engine: Engine, store: FakeWooCommerce) -> None:
    connector = ship_all(engine, store)
    save_policy(UnitOfWork(engine), ADMIN, ReturnPolicy(restocking_fee_percent=Decimal("10"),
                                                        api_refund=False))
    keys = return_every_order(engine)
    summary = OutboxWorker(engine, [connector]).run_once()
    assert (summary.sent, summary.pending, summary.failed) == (6, 0, 0)  # 3 shipments, 3 refunds
    assert_each_refund_applied_once(store, keys)
    refund = store.refunds[501][0]
    assert refund["amount"] == "179.10"  # 199.00 less the 10 % restocking fee on an opened unit
    assert refund["reason"] == "too small" and refund["api_refund"] is False
    assert refund["line_items"][0]["total"] == "-179.10"
    assert refund["line_items"][0]["meta_data"][0]["value"] == "1"  # the store's line item id
    assert OutboxWorker(engine, [connector]).run_once().sent == 0
    assert_each_refund_applied_once(store, keys)


def test_a_reset_after_the_store_made_the_refund_does_not_refund_twice(
    engine: Engine, store: FakeWooCommerce
) -> None:
    connector = ship_all(engine, store)
    keys = return_every_order(engine)
    store.faults.add("reset", path="/502/refunds", method="POST")
    worker = OutboxWorker(engine, [connector], retry_base=timedelta(0))
    first = worker.run_once()
    assert (first.sent, first.retrying) == (5, 1)
    second = worker.run_once()
    assert (second.sent, second.pending, second.failed) == (1, 0, 0)
    assert_each_refund_applied_once(store, keys)


def test_a_refund_the_store_refuses_is_shown_with_the_stores_words(
    engine: Engine, store: FakeWooCommerce
) -> None:
    connector = ship_all(engine, store)
    store.add_refund(503, "400.00", "goodwill, refunded in the shop's admin")  # 99.00 left
    keys = return_every_order(engine)
    summary = OutboxWorker(engine, [connector], retry_base=timedelta(0)).run_once()
    assert (summary.sent, summary.failed) == (5, 1)
    (refused,) = failed_messages(engine)
    # What the lead's store panel lists (ui/syncpanel.py), with the store's words.
    assert [(e.number, e.last_error) for e in refused_messages(UnitOfWork(engine))] == [
        (refused.number, "500: Invalid refund amount.")]
    assert refused.number == "#503" and refused.last_error == "500: Invalid refund amount."
    assert any("Invalid refund amount." in error for error in summary.errors)
    assert len(store.refunds[503]) == 1  # only the shop's own
    # Not retried blindly: a later run leaves it for the lead.
    assert OutboxWorker(engine, [connector], retry_base=timedelta(0)).run_once().sent == 0
    assert store.refunds_with(keys[2]).get(503) == 0


@pytest.mark.slow
def test_a_refund_is_applied_once_across_a_kill_of_the_worker_in_the_middle_of_the_send(
    engine: Engine, db_url: str, store: FakeWooCommerce
) -> None:
    connector = ship_all(engine, store)
    assert OutboxWorker(engine, [connector]).run_once().sent == 3  # the shipments first
    keys = return_every_order(engine)
    store.slow_seconds = 60  # the store makes the refund, then holds the answer
    store.faults.add("slow", path="/502/refunds", method="POST")
    worker = run_sync(db_url, store)
    kill_when(worker, lambda: store.refunds_with(keys[1]).get(502) == 1, "order 502's refund")
    assert outbox(engine)[4][:2] == ("pending", 1)  # 502's refund was in flight

    restarted = run_sync(db_url, store)
    out, err = restarted.communicate(timeout=60)
    assert restarted.returncode == 0, err
    assert out.startswith("sent 2, pending 0, failed 0"), out
    assert_each_refund_applied_once(store, keys)
    assert [s for s, _, _ in outbox(engine)] == ["sent"] * 6
