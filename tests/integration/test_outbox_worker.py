"""The outbox worker against the fake WooCommerce store: exactly once, crash or not."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from packdesk.sync.credentials import Secret
from packdesk.sync.http import RetryPolicy
from packdesk.sync.outbox_worker import OutboxWorker, failed_messages
from packdesk.sync.pull import pull_all
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_order
from tests.helpers.outbox import kill_when, outbox, ship_every_order, tracking

FAST = RetryPolicy(max_attempts=3, max_total_seconds=8, connect_timeout=1, read_timeout=2,
                   backoff_base=0.01, backoff_cap=0.05)
ORDER_IDS = (501, 502, 503)


@pytest.fixture
def store() -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    fake.add_variation(10, 11, sku="TEE-NAV-L", gtin="4006381333931")
    for oid in ORDER_IDS:
        fake.add_order(wc_order(oid))
    with fake.running():
        yield fake


def ship_all(engine: Engine, store: FakeWooCommerce) -> WooCommerceStore:
    """Pull the store's orders and ship each one as the station would (status + outbox)."""
    connector = WooCommerceStore(store.url, Secret(store.key), Secret(store.secret), policy=FAST)
    assert pull_all(engine, [connector]).total.created == len(ORDER_IDS)
    ship_every_order(engine)
    return connector


def assert_each_shipment_reached_the_store_once(store: FakeWooCommerce) -> None:
    for oid in ORDER_IDS:
        assert store.notes_with(tracking(oid)).get(oid) == 1, f"order {oid}: {store.notes.get(oid)}"
        assert store.orders[oid]["status"] == "completed"


def test_shipped_orders_reach_the_store_once_with_the_tracking_link(engine: Engine, store: FakeWooCommerce) -> None:
    connector = ship_all(engine, store)
    summary = OutboxWorker(engine, [connector]).run_once()
    assert (summary.sent, summary.pending, summary.failed) == (3, 0, 0)
    assert_each_shipment_reached_the_store_once(store)
    note = store.notes[501][0]
    assert note["customer_note"] and "https://www.ups.com/track?tracknum=1Z999AA10000000501" in note["note"]
    assert all(status == "sent" and ref and ref.startswith("note:") for status, _, ref in outbox(engine))
    # A second run has nothing to do.
    assert OutboxWorker(engine, [connector]).run_once().sent == 0
    assert_each_shipment_reached_the_store_once(store)


def test_a_timeout_after_the_store_took_the_note_does_not_duplicate_it(
    engine: Engine, store: FakeWooCommerce
) -> None:
    connector = ship_all(engine, store)
    store.slow_seconds = 3.5  # beyond the 2 s read timeout; the note is stored regardless
    store.faults.add("slow", path="/501/notes", method="POST")
    store.faults.add("reset", path="/502/notes", method="POST")
    worker = OutboxWorker(engine, [connector], retry_base=timedelta(0))
    first = worker.run_once()
    assert (first.sent, first.retrying) == (1, 2)
    assert any("no answer" in e for e in first.errors) and any("broke" in e for e in first.errors)
    second = worker.run_once()
    assert (second.sent, second.pending, second.failed) == (2, 0, 0)
    assert_each_shipment_reached_the_store_once(store)


def test_500_is_retried_later_and_a_4xx_is_failed_with_the_stores_message(
    engine: Engine, store: FakeWooCommerce
) -> None:
    connector = ship_all(engine, store)
    del store.orders[503]  # deleted at the store: 404, which retrying cannot fix
    store.faults.add("500", path="/502", method="PUT", times=FAST.max_attempts)
    worker = OutboxWorker(engine, [connector], retry_base=timedelta(0))
    first = worker.run_once()
    assert (first.sent, first.retrying, first.failed) == (1, 1, 1)
    (refused,) = failed_messages(engine)
    assert refused.number == "#503" and refused.last_error == "404: Invalid ID."
    second = worker.run_once()
    assert (second.sent, second.pending, second.failed) == (1, 0, 1)
    assert store.notes_with(tracking(502))[502] == 1 and store.orders[502]["status"] == "completed"


def run_sync(db_url: str, store: FakeWooCommerce) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PACKDESK_WC_KEY": store.key,
        "PACKDESK_WC_SECRET": store.secret,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "packdesk", "sync", "--db", db_url, "--reclaim-after", "0"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.slow
def test_exactly_once_across_a_kill_of_the_worker_in_the_middle_of_a_send(
    engine: Engine, db_url: str, store: FakeWooCommerce
) -> None:
    ship_all(engine, store)
    store.slow_seconds = 60  # the store takes the note, then holds the answer
    store.faults.add("slow", path="/502/notes", method="POST")
    worker = run_sync(db_url, store)
    kill_when(worker, lambda: store.notes_with(tracking(502)).get(502) == 1, "order 502")
    statuses = outbox(engine)
    assert statuses[0][0] == "sent" and statuses[1][:2] == ("pending", 1)  # 502 was in flight

    restarted = run_sync(db_url, store)
    out, err = restarted.communicate(timeout=60)
    assert restarted.returncode == 0, err
    assert out.startswith("sent 2, pending 0, failed 0"), out
    assert_each_shipment_reached_the_store_once(store)
    assert [s for s, _, _ in outbox(engine)] == ["sent", "sent", "sent"]
