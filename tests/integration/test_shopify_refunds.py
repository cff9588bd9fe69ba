"""Refunds of returns through Shopify's refundCreate (2026-10 schema), exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from graphql import parse, validate
from sqlalchemy import Engine

from packdesk.domain.model import Role
from packdesk.domain.returns import Condition
from packdesk.services.auth import Actor
from packdesk.services.outbox import refused_messages
from packdesk.services.returns import ReturnsService
from packdesk.services.uow import UnitOfWork
from packdesk.sync.outbox_worker import OutboxWorker, failed_messages
from packdesk.sync.pull import pull_all
from packdesk.sync.shopify import ShopifyStore
from packdesk.sync.shopify_refunds import REFUND_OPERATIONS
from tests.helpers.fake_shopify import (
    MAX_QUERY_COST,
    FakeShopify,
    query_cost,
    shopify_order,
    shopify_schema,
)
from tests.helpers.outbox import kill_when, outbox, ship_every_order
from tests.integration.test_shopify import FAST, SLOW

PAT = Actor(3, "Pat", Role.PACKER)
ORDER_IDS = (31, 32, 33)


@pytest.mark.parametrize("operation", REFUND_OPERATIONS, ids=lambda q: q.split("(")[0].split()[-1])
def test_every_refund_operation_is_valid_against_the_2026_10_schema_and_cheap(operation: str) -> None:
    assert validate(shopify_schema(), parse(operation)) == []
    assert 0 < query_cost(operation) < MAX_QUERY_COST


@pytest.fixture
def store() -> Iterator[FakeShopify]:
    with FakeShopify().running() as fake:
        for oid in ORDER_IDS:
            fake.add_order(shopify_order(oid))
        yield fake


def ship_and_return(engine: Engine, store: FakeShopify) -> tuple[ShopifyStore, list[str]]:
    source = ShopifyStore(store.url, store_token(store), policy=FAST)
    assert pull_all(engine, [source]).total.created == len(ORDER_IDS)
    ship_every_order(engine)
    assert OutboxWorker(engine, [source]).run_once().sent == len(ORDER_IDS)
    service = ReturnsService(UnitOfWork(engine), station="Bench 1")
    keys = []
    for oid in ORDER_IDS:
        summary = service.receive_and_close(f"#{oid}", [("TEE-NAV-L", Condition.RESELLABLE)], PAT, "changed mind")
        keys.append(f"order.refund:{source.source}:{oid}:{summary.return_id}")
    return source, keys


def store_token(store: FakeShopify):  # type: ignore[no-untyped-def]
    from packdesk.sync.credentials import Secret

    return Secret(store.token)


def assert_each_refund_once(store: FakeShopify, keys: list[str]) -> None:
    for oid, key in zip(ORDER_IDS, keys, strict=True):
        assert store.refunds_with(key)[oid] == 1, store.orders[oid].get("_refunds")


def test_each_refund_is_made_once_with_the_paid_amount(engine: Engine, store: FakeShopify) -> None:
    source, keys = ship_and_return(engine, store)
    summary = OutboxWorker(engine, [source]).run_once()
    assert (summary.sent, summary.pending, summary.failed) == (3, 0, 0), summary.errors
    assert_each_refund_once(store, keys)
    refund = store.orders[31]["_refunds"][0]
    assert refund["totalRefundedSet"]["shopMoney"]["amount"] == "199.00"
    assert refund["note"].startswith("changed mind [packdesk order.refund:")
    assert max(store.requested_costs) < MAX_QUERY_COST
    assert OutboxWorker(engine, [source]).run_once().sent == 0
    assert_each_refund_once(store, keys)


def test_a_late_answer_then_a_resend_makes_no_second_refund(engine: Engine, store: FakeShopify) -> None:
    source, keys = ship_and_return(engine, store)
    store.slow_mutations = 1
    store.slow_seconds = SLOW  # the first refund is made, its answer comes too late
    worker = OutboxWorker(engine, [source], retry_base=timedelta(0))
    first = worker.run_once()
    second = worker.run_once()
    assert (first.sent, first.retrying) == (2, 1)
    assert (second.sent, second.pending, second.failed) == (1, 0, 0)
    assert_each_refund_once(store, keys)


def test_a_refund_shopify_refuses_is_shown_with_its_words(engine: Engine, store: FakeShopify) -> None:
    source, keys = ship_and_return(engine, store)
    store.add_refund(33, "150.00", "refunded in the Shopify admin")
    summary = OutboxWorker(engine, [source], retry_base=timedelta(0)).run_once()
    assert (summary.sent, summary.failed) == (2, 1)
    (refused,) = failed_messages(engine)
    # What the lead's store panel lists (ui/syncpanel.py), with the store's words.
    assert [(e.number, e.last_error) for e in refused_messages(UnitOfWork(engine))] == [
        (refused.number, "422: Refund amount $199.00 is greater than net payment received $49.00")]
    assert refused.number == "#33"
    assert refused.last_error == "422: Refund amount $199.00 is greater than net payment received $49.00"
    assert store.refunds_with(keys[2])[33] == 0


@pytest.mark.slow
def test_a_refund_is_made_once_across_a_kill_of_the_worker_in_the_middle_of_the_send(
    engine: Engine, db_url: str, store: FakeShopify
) -> None:
    _source, keys = ship_and_return(engine, store)
    store.slow_mutations = 2  # the first refund is made, then its answer is held
    store.slow_seconds = 60
    env = {**os.environ, "PACKDESK_SHOPIFY_TOKEN": store.token,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    command = [sys.executable, "-m", "packdesk", "sync", "--db", db_url, "--reclaim-after", "0"]
    worker = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kill_when(worker, lambda: store.refunds_with(keys[0])[31] == 1, "the first refund")
    store.slow_mutations = 0
    restarted = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert restarted.returncode == 0, restarted.stderr
    assert restarted.stdout.startswith("sent 3, pending 0, failed 0"), restarted.stdout
    assert_each_refund_once(store, keys)
    assert [s for s, _, _ in outbox(engine)] == ["sent"] * 6
