"""A store API that times out, answers 500 and 429, resets connections, sends truncated or
malformed JSON and changes its pages while we read them: pulling never duplicates or drops
an order, and 1,000 shipped statuses pushed through it, with the station killed and
restarted in between, reach the store exactly once each."""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from multiprocessing.context import ForkServerContext

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import OutboxStatus
from packdesk.persistence.mappers import new_order_row
from packdesk.persistence.tables import OrderRow, OutboxMessageRow
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.http import RetryPolicy
from packdesk.sync.pull import pull_all
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.churning_store import (
    ChurningWooCommerce,
    EveryNthRequest,
    add_garbage,
    run_outbox_worker,
)
from tests.helpers.fake_woocommerce import wc_line, wc_order
from tests.helpers.outbox import ship_every_order, tracking
from tests.helpers.reliability import bounded, forkserver_context

POLICY = RetryPolicy(max_attempts=4, max_total_seconds=10, connect_timeout=0.5,
                     read_timeout=0.5, backoff_base=0.01, backoff_cap=0.05)
PULL_FAULTS = ("429", "500", "slow", "reset", "malformed", "garbage")
PUSHED = 1000
WORKER_KILLS = 8


@pytest.fixture
def store() -> Iterator[ChurningWooCommerce]:
    fake = ChurningWooCommerce()
    fake.slow_seconds = 1.0  # twice the read timeout: a timeout every time
    fake.add_variation(10, 11, sku="TEE-NAV-L", gtin="4006381333931")
    with fake.running():
        yield fake


def connector(store: ChurningWooCommerce, per_page: int = 100) -> WooCommerceStore:
    return WooCommerceStore(store.url, Secret(store.key), Secret(store.secret), policy=POLICY,
                            per_page=per_page)


def stored_ids(engine: Engine) -> Counter[str]:
    with UnitOfWork(engine) as uow:
        return Counter(uow.session.scalars(select(OrderRow.external_id)))


def processing_ids(store: ChurningWooCommerce) -> set[str]:
    with store.lock:
        return {str(o["id"]) for o in store.orders.values() if o["status"] == "processing"}


def inject(store: ChurningWooCommerce, kind: str, path: str) -> None:
    if kind == "garbage":
        add_garbage(store, path)
    else:
        store.faults.add(kind, path=path, retry_after="0.2" if kind == "429" else "0")


def test_every_fault_kind_on_every_page_and_still_each_order_once(
    engine: Engine, store: ChurningWooCommerce
) -> None:
    for oid in range(1, 121):
        store.add_order(wc_order(oid))
    # Each page request fails once with the next fault kind; its retry gets through.
    kinds = iter(PULL_FAULTS * 10)
    inject(store, next(kinds), "/orders")
    faulted_after: set[int] = set()

    def fault_next_page(page: int) -> None:
        if page not in faulted_after:  # once per page, not again for its retries
            faulted_after.add(page)
            inject(store, next(kinds), "/orders")

    store.between_pages = fault_next_page
    inject(store, "reset", "/products")
    inject(store, "garbage", "/variations")
    started = time.monotonic()
    summary = pull_all(engine, [connector(store, per_page=10)])
    assert summary.ok, summary.line()
    assert time.monotonic() - started < 30
    assert summary.total.created == 120 and summary.total.quarantined == 0, summary.line()
    ids = stored_ids(engine)
    assert set(ids) == processing_ids(store) and max(ids.values()) == 1
    store.between_pages = None
    again = pull_all(engine, [connector(store, per_page=10)])
    assert (again.total.created, again.total.unchanged) == (0, 120), again.line()


def test_a_store_that_stays_down_leaves_what_was_pulled_and_says_so(
    engine: Engine, store: ChurningWooCommerce
) -> None:
    for oid in range(1, 61):
        store.add_order(wc_order(oid))
    # Page 1 arrives, then every request for page 2 fails: 500, 500, reset, garbage.
    def break_page_two(page: int) -> None:
        if page == 1:
            for kind in ("500", "500", "reset", "garbage"):
                inject(store, kind, "/orders")

    store.between_pages = break_page_two
    summary = pull_all(engine, [connector(store, per_page=20)])
    assert not summary.ok
    assert "gave up after 4 attempts" in summary.line()
    ids = stored_ids(engine)
    assert set(ids) <= processing_ids(store) and max(ids.values(), default=1) == 1
    store.between_pages = None
    later = pull_all(engine, [connector(store, per_page=20)])
    assert later.ok and later.total.created == 60 - len(ids)
    assert set(stored_ids(engine)) == processing_ids(store)


def pull_while_the_back_office_works(engine: Engine, store: ChurningWooCommerce) -> set[str]:
    """Pull while, between pages, the shop takes new orders, completes some from an
    earlier page and edits one further on, as a busy back office does. Returns the ids
    that were "processing" from before the pull to after it."""
    for oid in range(1, 101):
        store.add_order(wc_order(oid))
    rng = random.Random(5)
    present_throughout = processing_ids(store)
    next_id = 1000

    def back_office(page: int) -> None:
        nonlocal next_id
        with store.lock:
            done = rng.sample(sorted(i for i, o in store.orders.items()
                                     if o["status"] == "processing" and i <= page * 10), 2)
            for oid in done:
                store.orders[oid]["status"] = "completed"
                present_throughout.discard(str(oid))
            for _ in range(2):
                next_id += 1
                store.orders[next_id] = wc_order(next_id)
            edited = store.orders.get(page * 10 + 15)
            if edited is not None:
                edited["line_items"] = [wc_line(1, 10, 11, "TEE-NAV-L", quantity=2)]

    store.between_pages = back_office
    summary = pull_all(engine, [connector(store, per_page=10)])
    assert summary.ok, summary.line()
    store.between_pages = None
    return present_throughout


def test_pages_that_change_while_being_read_double_nothing_and_the_next_pull_has_all(
    engine: Engine, store: ChurningWooCommerce
) -> None:
    pull_while_the_back_office_works(engine, store)
    assert max(stored_ids(engine).values()) == 1  # nothing doubled
    # Once the shop is quiet, one more pull has every processing order, once.
    pull_all(engine, [connector(store, per_page=10)])
    ids = stored_ids(engine)
    assert processing_ids(store) <= set(ids) and max(ids.values()) == 1


def test_one_pull_under_a_busy_back_office_misses_no_order_that_was_there_all_along(
    sqlite_url: str, store: ChurningWooCommerce
) -> None:
    from packdesk.persistence.db import make_engine

    engine = make_engine(sqlite_url)
    present_throughout = pull_while_the_back_office_works(engine, store)
    missing = present_throughout - set(stored_ids(engine))
    engine.dispose()
    assert not missing, f"processing the whole time, yet not pulled: {sorted(missing, key=int)}"


# --- pushing 1,000 shipped statuses through faults and restarts -----------------------------


@pytest.fixture(scope="module")
def forkserver() -> ForkServerContext:
    return forkserver_context()


def store_orders_as_pulled(engine: Engine, store: ChurningWooCommerce) -> None:
    """The store's orders in the database as a pull leaves them (pulling is tested above;
    this skips the intake's per-order work so the test spends its time on pushing)."""
    parser = connector(store)
    with store.lock:
        payloads = [store.orders[oid] for oid in sorted(store.orders)]
    with UnitOfWork(engine) as uow:
        uow.session.add_all(new_order_row(parser.parse_order(p)) for p in payloads)
        uow.commit()


def outbox_counts(engine: Engine) -> Counter[str]:
    with UnitOfWork(engine) as uow:
        return Counter(uow.session.scalars(select(OutboxMessageRow.status)))


def test_a_thousand_shipments_reach_the_store_exactly_once_through_faults_and_kills(
    sqlite_url: str, store: ChurningWooCommerce, forkserver: ForkServerContext
) -> None:
    from packdesk.persistence.db import make_engine

    engine = make_engine(sqlite_url)
    for oid in range(1, PUSHED + 1):
        store.add_order(wc_order(oid))
    store_orders_as_pulled(engine, store)
    ship_every_order(engine)
    # The store misbehaves all along: every 11th request fails one way or another
    # (a timeout only now and then: each costs the client its read timeout).
    kinds = ("500", "429", "reset", "malformed", "garbage") * 2 + ("slow",)
    rng = random.Random(1000)
    for n in range(3 * PUSHED // 11):
        kind = kinds[n % len(kinds)]
        path = rng.choice(("/notes", "/orders/"))
        if kind == "garbage":
            add_garbage(store, path)
        else:
            store.faults.add(kind, path=path)
    args = (sqlite_url, store.url, store.key, store.secret)
    for _ in bounded(WORKER_KILLS, 90, "outbox worker restarts"):
        sent_before = outbox_counts(engine)[OutboxStatus.SENT.value]
        child = forkserver.Process(target=run_outbox_worker, args=args)
        child.start()
        # Kill it while it works: after a random number of messages sent (at most 60,
        # so 8 kills never outlast 1,000 messages), at a random instant.
        wanted = sent_before + rng.randint(1, 60)
        deadline = time.monotonic() + 20
        while (outbox_counts(engine)[OutboxStatus.SENT.value] < wanted
               and child.is_alive() and time.monotonic() < deadline):
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.02))
        assert child.is_alive(), "the worker finished before the kills were done"
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
    child = forkserver.Process(target=run_outbox_worker, args=args)
    child.start()
    child.join(120)
    assert child.exitcode == 0
    counts = outbox_counts(engine)
    assert counts == Counter({OutboxStatus.SENT.value: PUSHED}), counts
    with UnitOfWork(engine) as uow:
        retried = len(uow.session.scalars(
            select(OutboxMessageRow.id).where(OutboxMessageRow.attempts > 1)).all())
    assert retried >= 50, f"only {retried} messages needed a second attempt: faults too few"
    doubled = {oid: n for oid in range(1, PUSHED + 1)
               if (n := store.notes_with(tracking(oid)).get(oid, 0)) != 1}
    assert not doubled, f"orders whose tracking note is not there exactly once: {doubled}"
    with store.lock:
        assert all(store.orders[oid]["status"] == "completed" for oid in range(1, PUSHED + 1))
    engine.dispose()


# --- Shopify: throttled and faulty GraphQL, pull and push ----------------------------------


def test_shopify_through_throttling_and_faults_pulls_each_order_and_fulfils_each_once(
    sqlite_url: str,
) -> None:
    from packdesk.persistence.db import make_engine
    from packdesk.sync.outbox_worker import OutboxWorker
    from packdesk.sync.shopify import ShopifyStore
    from tests.helpers.fake_shopify import FakeShopify, shopify_order

    orders = 20  # each push looks up the order first (~250 cost points): keep CI quick
    engine = make_engine(sqlite_url)
    with FakeShopify().running() as shop:
        shop.slow_seconds = 1.0  # twice the read timeout
        shop.restore_rate = 400.0  # a small plan: the bucket runs dry now and then
        for oid in range(1, orders + 1):
            shop.add_order(shopify_order(oid))
        rng = random.Random(77)
        shop.faults = EveryNthRequest(nth=2)
        for _ in range(4):
            shop.faults.add(rng.choice(("429", "500", "reset", "malformed", "slow")))
        store = ShopifyStore(shop.url, Secret(shop.token), policy=POLICY)
        pulled = pull_all(engine, [store])
        assert pulled.ok, pulled.line()
        assert len(shop.faults.items) < 4, "no fault reached the pull"
        shop.faults = EveryNthRequest(nth=3)
        ids = stored_ids(engine)
        assert len(ids) == orders and max(ids.values()) == 1
        ship_every_order(engine)
        shop.restore_rate = 1000.0  # Shopify Plus for the push: the faults are the point
        for _ in range(20):
            shop.faults.add(rng.choice(("429", "500", "reset", "malformed", "slow")))
        shop.slow_mutations = 3  # carried out, answered too late: the worker must look first
        worker = OutboxWorker(engine, [store], retry_base=timedelta(0))
        for _ in bounded(40, 120, "Shopify outbox runs"):
            if worker.run_once().pending == 0:
                break
        assert outbox_counts(engine) == Counter({OutboxStatus.SENT.value: orders})
        doubled = {oid: n for oid in range(1, orders + 1)
                   if (n := shop.fulfillments_with(tracking(oid))[oid]) != 1}
        assert not doubled, f"orders not fulfilled exactly once: {doubled}"
    engine.dispose()
