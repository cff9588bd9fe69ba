"""Shopify fulfillment orders: only what the store wants shipped from here is packed, and
only what was packed is reported, against a local server executing the 2026-10 schema."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import OrderStatus, OutboxStatus, Role
from packdesk.persistence.tables import OrderRow
from packdesk.services.auth import Actor
from packdesk.services.storechanges import ship_as_packed
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.outbox_worker import (
    OutboxWorker,
    access_refused,
    dismiss_message,
    failed_messages,
    retry_message,
)
from packdesk.sync.pull import pull_all
from tests.helpers.fake_shopify import (
    SHOP_FLOOR,
    WAREHOUSE,
    FakeShopify,
    fulfillment_order,
    shopify_line,
    shopify_order,
)
from tests.helpers.outbox import outbox, tracking
from tests.helpers.shopify_flow import (
    FAST,
    LEAD,
    TO_SHIPPED,
    at_warehouse,
    connector,
    lines,
    orders,
    set_status,
    ship,
)

PACKER = Actor(3, "Pat Packer", Role.PACKER)


@pytest.fixture
def store() -> Iterator[FakeShopify]:
    with FakeShopify().running() as fake:
        yield fake


def test_on_hold_another_locations_and_test_orders_are_not_packable(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(1))
    held = shopify_order(2)
    held["_fulfillment_orders"][0]["status"] = "ON_HOLD"
    held["displayFulfillmentStatus"] = "ON_HOLD"
    store.add_order(held)
    elsewhere = shopify_order(3)
    elsewhere["_fulfillment_orders"][0]["_location"] = SHOP_FLOOR
    store.add_order(elsewhere)
    store.add_order(shopify_order(4, test=True))
    source = at_warehouse(engine, store)
    summary = pull_all(engine, [source])
    assert summary.ok, summary.line()
    got = orders(engine)
    assert set(got) == {"1", "2"}  # another location's and the test order are not ours
    assert got["1"].status == OrderStatus.NEW.value
    assert (got["2"].status, got["2"].hold_reason) == ("on_hold", "at the store: on hold")
    # The store releases the hold: the order joins the queue.
    store.orders[2]["_fulfillment_orders"][0]["status"] = "OPEN"
    store.orders[2]["displayFulfillmentStatus"] = "UNFULFILLED"
    pull_all(engine, [source])
    assert orders(engine)["2"].status == OrderStatus.NEW.value


def test_test_orders_are_pulled_when_the_admin_wants_them(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(4, test=True))
    pull_all(engine, [at_warehouse(engine, store, test_orders=True)])
    assert set(orders(engine)) == {"4"}


def test_a_local_pickup_is_queued_as_a_pickup_at_the_store_or_skipped(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(5, pickup=True))
    pull_all(engine, [at_warehouse(engine, store, pickup="skip")])
    assert orders(engine) == {}
    summary = pull_all(engine, [at_warehouse(engine, store, pickup="pack")])
    assert summary.total.quarantined == 0, summary.line()
    pickup = orders(engine)["5"]
    assert pickup.shipping_method == "pickup"  # no carrier label for this one
    assert pickup.ship_to["name"] == "Emily Johnson" and pickup.ship_to["company"] == "Warehouse"
    ship(engine, "5", *TO_SHIPPED)
    store.slow_mutations, store.slow_seconds = 1, 6.0  # marked ready, answered too late
    worker = OutboxWorker(engine, [at_warehouse(engine, store)], retry_base=timedelta(0))
    assert worker.run_once().retrying == 1
    assert worker.run_once().sent == 1
    assert store.ready_for_pickup == ["gid://shopify/FulfillmentOrder/51"]  # told once, not shipped
    assert store.orders[5]["_fulfillments"] == []


def test_a_partially_fulfilled_order_offers_only_the_remaining_units(engine: Engine, store: FakeShopify) -> None:
    tee, cap = shopify_line(1, "TEE-NAV-L", 3), shopify_line(2, "CAP-RED", 1)
    order = shopify_order(6, lines=[tee, cap], fulfillment_orders=[
        fulfillment_order(61, [(tee, 3), (cap, 1)], status="IN_PROGRESS",
                          fulfilled={tee["id"]: 1, cap["id"]: 1})])
    order["displayFulfillmentStatus"] = "PARTIALLY_FULFILLED"
    store.add_order(order)
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    assert lines(orders(engine)["6"]) == {"TEE-NAV-L": 2}
    ship(engine, "6", *TO_SHIPPED)
    assert OutboxWorker(engine, [source]).run_once().sent == 1
    assert store.fulfilled_units(6) == {"TEE-NAV-L": 2}
    assert store.orders[6]["displayFulfillmentStatus"] == "FULFILLED"


def test_an_order_with_many_fulfillment_orders_and_lines_is_read_to_the_end(
    engine: Engine, store: FakeShopify
) -> None:
    lines_ = [shopify_line(i, f"SOCK-{i:02d}", 2, options={"Size": "39-42"}) for i in range(24)]
    done = [fulfillment_order(300 + i, [(lines_[i], 2)], status="CLOSED", fulfilled={lines_[i]["id"]: 2})
            for i in range(3)]  # shipped earlier, one line each
    rest = fulfillment_order(310, [(line, 2) for line in lines_[3:]], fulfilled={lines_[3]["id"]: 1})
    order = shopify_order(30, lines=lines_, fulfillment_orders=[*done, rest])
    order["displayFulfillmentStatus"] = "PARTIALLY_FULFILLED"
    store.add_order(order)
    pull_all(engine, [at_warehouse(engine, store)])
    got = lines(orders(engine)["30"])
    assert got == {"SOCK-03": 1, **{f"SOCK-{i:02d}": 2 for i in range(4, 24)}}
    assert any("PackdeskFulfillmentOrders(" in q for q in store.operations)
    assert any("PackdeskFulfillmentOrderLines(" in q for q in store.operations)


def test_a_line_added_after_picking_started_holds_the_order_and_is_never_reported_fulfilled(
    engine: Engine, store: FakeShopify
) -> None:
    store.add_order(shopify_order(7, lines=[shopify_line(1, "TEE-NAV-L", 2)]))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    set_status(engine, "7", OrderStatus.PICKING)
    store.add_line(7, shopify_line(2, "MUG-WHT", 1, options={}))
    summary = pull_all(engine, [source])
    assert summary.total.changed_numbers == ["#7"] and summary.total.held_numbers == ["#7"]
    assert "#7" in summary.line()
    row = orders(engine)["7"]
    assert (row.status, row.hold_reason) == ("on_hold", "changed at the store: 1 line added (MUG-WHT)")
    assert lines(row) == {"TEE-NAV-L": 2}  # what the packer is packing does not change
    again = pull_all(engine, [source])
    assert again.total.held_numbers == []  # told once
    # The lead ships it as packed: the store hears of the two shirts, not of the mug.
    with pytest.raises(PermissionDenied):
        ship_as_packed(UnitOfWork(engine), PACKER, "#7")
    assert ship_as_packed(UnitOfWork(engine), LEAD, "#7") == "picking"
    assert pull_all(engine, [source]).total.held_numbers == []  # the lead's choice stands
    ship(engine, "7", *TO_SHIPPED[1:])
    assert OutboxWorker(engine, [source]).run_once().sent == 1
    assert store.fulfilled_units(7) == {"TEE-NAV-L": 2}
    (fulfillment_order_,) = store.orders[7]["_fulfillment_orders"]
    assert fulfillment_order_["status"] == "IN_PROGRESS"  # the mug is still to be fulfilled
    assert store.orders[7]["displayFulfillmentStatus"] == "PARTIALLY_FULFILLED"


def test_refunded_or_fulfilled_elsewhere_orders_in_the_queue_are_held(engine: Engine, store: FakeShopify) -> None:
    for oid in (8, 9, 10):
        store.add_order(shopify_order(oid))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    set_status(engine, "9", OrderStatus.PICKING)
    store.refund_all(8)
    store.fulfil_elsewhere(9)  # no longer found by the open-orders search: read again by id
    store.hold(10)
    summary = pull_all(engine, [source])
    assert sorted(summary.total.held_numbers) == ["#10", "#8", "#9"], summary.line()
    got = {k: (r.status, r.hold_reason) for k, r in orders(engine).items()}
    assert got == {"8": ("on_hold", "at the store: refunded"),
                   "9": ("on_hold", "at the store: fulfilled"),
                   "10": ("on_hold", "at the store: on hold")}
    assert summary.total.quarantined == 0  # a refunded order is held, not quarantined "no lines"


def test_an_order_at_two_locations_reports_the_part_packed_here(engine: Engine, store: FakeShopify) -> None:
    tee, cap = shopify_line(1, "TEE-NAV-L", 1), shopify_line(2, "CAP-RED", 2)
    store.add_order(shopify_order(11, lines=[tee, cap], fulfillment_orders=[
        fulfillment_order(111, [(tee, 1)], location=WAREHOUSE),
        fulfillment_order(112, [(cap, 2)], location=SHOP_FLOOR)]))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    assert lines(orders(engine)["11"]) == {"TEE-NAV-L": 1}
    ship(engine, "11", *TO_SHIPPED)
    summary = OutboxWorker(engine, [source]).run_once()
    assert (summary.sent, summary.failed) == (1, 0)
    assert store.fulfilled_units(11) == {"TEE-NAV-L": 1}
    warehouse, shop = store.orders[11]["_fulfillment_orders"]
    assert (warehouse["status"], shop["status"]) == ("CLOSED", "OPEN")


def test_without_a_location_each_location_gets_its_own_fulfilment(engine: Engine, store: FakeShopify) -> None:
    tee, cap = shopify_line(1, "TEE-NAV-L", 1), shopify_line(2, "CAP-RED", 2)
    store.add_order(shopify_order(12, lines=[tee, cap], fulfillment_orders=[
        fulfillment_order(121, [(tee, 1)], location=WAREHOUSE),
        fulfillment_order(122, [(cap, 2)], location=SHOP_FLOOR)]))
    source = connector(store)
    pull_all(engine, [source])
    ship(engine, "12", *TO_SHIPPED)
    assert OutboxWorker(engine, [source]).run_once().sent == 1
    assert store.fulfilled_units(12) == {"TEE-NAV-L": 1, "CAP-RED": 2}
    assert len(store.orders[12]["_fulfillments"]) == 2  # fulfillmentCreate takes one location a call
    assert store.fulfillments_with(tracking(12))[12] == 2


def test_internal_server_error_is_retried_and_succeeds(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(13))
    source = at_warehouse(engine, store)
    store.faults.add("internal")  # on the first query of the pull
    summary = pull_all(engine, [source])
    assert summary.ok and summary.total.created == 1, summary.line()
    ship(engine, "13", *TO_SHIPPED)
    store.faults.add("internal")  # on the look-up before the fulfilment
    store.failing_mutations = 1  # and on the fulfilment itself: not carried out
    worker = OutboxWorker(engine, [source], retry_base=timedelta(0))
    first = worker.run_once()
    assert (first.retrying, first.failed) == (1, 0) and "internal error" in first.errors[0]
    second = worker.run_once()
    assert (second.sent, second.pending, second.failed) == (1, 0, 0)
    assert store.fulfillments_with(tracking(13))[13] == 1


def test_a_user_error_asking_to_try_again_is_retried(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(14))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    ship(engine, "14", *TO_SHIPPED)
    store.user_error_mutations = ["The fulfillment could not be created. Please try again later."]
    worker = OutboxWorker(engine, [source], retry_base=timedelta(0))
    assert (worker.run_once().retrying, worker.run_once().sent) == (1, 1)
    assert failed_messages(engine) == []


def test_a_401_stops_sending_to_the_store_until_the_token_works(engine: Engine, store: FakeShopify) -> None:
    for oid in (15, 16, 17):
        store.add_order(shopify_order(oid))
    pull_all(engine, [at_warehouse(engine, store)])
    for oid in ("15", "16", "17"):
        ship(engine, oid, *TO_SHIPPED)
    store.token = "shpat_rotated"  # the token was rotated in the Shopify admin
    old = connector(store, "shpat_test")
    requests_before = len(store.operations)
    summary = OutboxWorker(engine, [old], retry_base=timedelta(0)).run_once()
    assert (summary.sent, summary.failed, summary.pending) == (0, 0, 3)
    assert list(summary.access_refused) == [old.source]
    assert "Invalid API key or access token" in summary.line()
    assert access_refused(engine) == {old.source: summary.access_refused[old.source].join(["401: ", ""])}
    assert [attempts for _, attempts, _ in outbox(engine)] == [1, 0, 0]  # only one was tried
    assert len(store.operations) == requests_before
    fixed = OutboxWorker(engine, [connector(store, "shpat_rotated")], retry_base=timedelta(0)).run_once()
    assert (fixed.sent, fixed.pending) == (3, 0)
    assert access_refused(engine) == {}


def test_a_refused_message_keeps_the_stores_words_and_a_lead_retries_or_dismisses_it(
    engine: Engine, store: FakeShopify
) -> None:
    for oid in (18, 19):
        store.add_order(shopify_order(oid))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    ship(engine, "18", *TO_SHIPPED)
    ship(engine, "19", *TO_SHIPPED)
    store.user_error_mutations = ["Tracking number is invalid for the carrier.",
                                  "Tracking number is invalid for the carrier."]
    summary = OutboxWorker(engine, [source]).run_once()
    assert summary.failed == 2
    first, second = failed_messages(engine)
    assert first.last_error == "422: Tracking number is invalid for the carrier."
    assert retry_message(engine, LEAD, first.id) and dismiss_message(engine, LEAD, second.id)
    assert OutboxWorker(engine, [source]).run_once().sent == 1
    assert [status for status, _, _ in outbox(engine)] == [OutboxStatus.SENT.value, "dismissed"]
    assert store.fulfillments_with(tracking(18))[18] == 1 and store.fulfillments_with(tracking(19))[19] == 0


def test_woocommerce_credentials_refused_stop_its_sending_the_same_way(engine: Engine) -> None:
    from packdesk.sync.woocommerce import WooCommerceStore
    from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_order
    from tests.helpers.outbox import ship_every_order

    with FakeWooCommerce().running() as shop:
        for oid in (1, 2):
            shop.add_order(wc_order(oid))
        good = WooCommerceStore(shop.url, Secret(shop.key), Secret(shop.secret), policy=FAST)
        pull_all(engine, [good])
        ship_every_order(engine)
        revoked = WooCommerceStore(shop.url, Secret(shop.key), Secret("cs_revoked"), policy=FAST)
        summary = OutboxWorker(engine, [revoked], retry_base=timedelta(0)).run_once()
        assert (summary.sent, summary.failed, summary.pending) == (0, 0, 2)
        assert "401" in access_refused(engine)[revoked.source]
        assert [attempts for _, attempts, _ in outbox(engine)] == [1, 0]
        assert OutboxWorker(engine, [good], retry_base=timedelta(0)).run_once().sent == 2
        assert access_refused(engine) == {}


def test_a_leads_own_hold_is_not_overwritten_by_the_store(engine: Engine, store: FakeShopify) -> None:
    store.add_order(shopify_order(20, lines=[shopify_line(1, "TEE-NAV-L", 2)]))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "20")).one()
        row.change_status(OrderStatus.PICKING)
        row.change_status(OrderStatus.ON_HOLD, "Item damaged")
        uow.commit()
    store.hold(20)
    pull_all(engine, [source])
    store.refund_all(20)
    pull_all(engine, [source])
    row = orders(engine)["20"]
    assert (row.status, row.hold_reason) == ("on_hold", "Item damaged")


def test_a_lead_re_picks_an_order_the_store_changed_units_go_back_to_stock_and_the_next_pull_brings_the_new_lines(
    engine: Engine, store: FakeShopify
) -> None:
    from packdesk.persistence.tables import BinStockRow, StockMovementRow, UserRow
    from packdesk.services.bins import add_bin, set_bin_stock
    from packdesk.services.station import StationService
    from packdesk.services.storechanges import repick

    store.add_order(shopify_order(9, lines=[shopify_line(1, "TEE-NAV-L", 2, barcode="4006381333931")]))
    source = at_warehouse(engine, store)
    pull_all(engine, [source])
    admin = Actor(1, "Ada Admin", Role.ADMIN)
    add_bin(UnitOfWork(engine), admin, "A-01-1-A")
    set_bin_stock(UnitOfWork(engine), admin, "A-01-1-A", "TEE-NAV-L", 5)
    with UnitOfWork(engine) as uow:
        uow.session.add(UserRow(name="Pat Packer", role="packer", badge_code="BADGE:PAT03"))
        uow.commit()
    station = StationService(engine, "Bench 1")
    station.sign_in_badge("BADGE:PAT03")
    station.take_order("#9")
    assert station.handle_scan("BIN:A-01-1-A").accepted
    assert station.handle_scan("4006381333931").accepted  # one of two shirts picked

    def stock() -> int:
        with UnitOfWork(engine) as uow:
            return int(uow.session.scalar(select(BinStockRow.quantity)) or 0)

    assert stock() == 4
    store.add_line(9, shopify_line(2, "MUG-WHT", 1, options={}))
    pull_all(engine, [source])
    assert orders(engine)["9"].status == OrderStatus.ON_HOLD.value
    with pytest.raises(PermissionDenied):
        repick(UnitOfWork(engine), PACKER, "#9")
    assert repick(UnitOfWork(engine), LEAD, "#9") == 1

    assert stock() == 5  # the shirt is back in its bin
    row = orders(engine)["9"]
    assert (row.status, row.claimed_station, row.hold_reason) == ("new", None, "")
    assert all(line.picked_qty == 0 and line.verified_qty == 0 for line in row.lines)
    with UnitOfWork(engine) as uow:
        movements = uow.session.execute(
            select(StockMovementRow.delta, StockMovementRow.user_name)
            .where(StockMovementRow.order_id == row.id).order_by(StockMovementRow.id)).all()
    assert [tuple(m) for m in movements] == [(-1, "Pat Packer"), (1, LEAD.name)]
    assert station.resume().orders == ()  # no longer in the packer's hands
    # The next pull brings the store's lines as they are now; the order is worked afresh.
    pull_all(engine, [source])
    assert lines(orders(engine)["9"]) == {"TEE-NAV-L": 2, "MUG-WHT": 1}
    assert orders(engine)["9"].status == OrderStatus.NEW.value
