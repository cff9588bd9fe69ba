"""Issue 18, points 1 and 5: one source per distinct store, and intake never rewrites an
order a station has taken, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine, select, update

from packdesk.domain.model import Address, Order, OrderLine
from packdesk.persistence.tables import OrderRow, SettingRow
from packdesk.services.intake import store_pulled
from packdesk.services.stores import known_stores, remember_store
from packdesk.services.uow import UnitOfWork
from packdesk.sync.base import StoreNameClash
from packdesk.sync.http import RetryPolicy
from packdesk.sync.pull import pull_all
from packdesk.sync.stores import configured_pushers, woocommerce_store
from packdesk.sync.woocommerce import woocommerce_source
from tests.helpers.fake_woocommerce import FakeWooCommerce, FakeWooCommerceHost, wc_order
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring

FAST = RetryPolicy(max_attempts=2, max_total_seconds=10, connect_timeout=1, read_timeout=5,
                   backoff_base=0.01, backoff_cap=0.05)


def shop(key: str, city: str, order_ids: list[int]) -> FakeWooCommerce:
    fake = FakeWooCommerce(key=f"ck_{key}", secret=f"cs_{key}")
    fake.add_variation(10, 11, sku="TEE-NAV-L", attributes={"Color": "Navy", "Size": "L"})
    for order_id in order_ids:
        order = wc_order(order_id)
        order["shipping"]["city"] = city
        fake.add_order(order)
    return fake


@pytest.fixture
def host() -> Iterator[FakeWooCommerceHost]:
    fake = FakeWooCommerceHost({"/no": shop("no", "Oslo", [1]), "/se": shop("se", "Stockholm", [1, 2])})
    with fake.running():
        yield fake


@pytest.fixture
def keys(host: FakeWooCommerceHost) -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        for path in ("/no", "/se"):
            source = woocommerce_source(host.shop_url(path))
            backend.set_password("packdesk", f"{source}/consumer_key", f"ck_{path[1:]}")
            backend.set_password("packdesk", f"{source}/consumer_secret", f"cs_{path[1:]}")
        yield backend


def orders(engine: Engine) -> dict[tuple[str, str], str]:
    with UnitOfWork(engine) as uow:
        return {(r.source, r.external_id): r.ship_to["city"] for r in uow.session.scalars(select(OrderRow))}


# --- point 1: two shops become one -------------------------------------------------------


def test_two_shops_on_one_host_are_two_sources_with_their_own_keys_and_settings(
    engine: Engine, host: FakeWooCommerceHost, keys: MemoryKeyring
) -> None:
    no_url, se_url = host.shop_url("/no"), host.shop_url("/se")
    stores = [woocommerce_store(no_url, policy=FAST), woocommerce_store(se_url, policy=FAST)]
    first = pull_all(engine, stores)
    assert first.ok and first.total.created == 3, first.line()
    again = pull_all(engine, [woocommerce_store(no_url, policy=FAST),
                              woocommerce_store(se_url, policy=FAST)])
    assert (again.total.updated, again.total.unchanged) == (0, 3), again.line()
    no, se = woocommerce_source(no_url), woocommerce_source(se_url)
    assert no != se and no.endswith("/no") and se.endswith("/se")
    assert orders(engine) == {(no, "1"): "Oslo", (se, "1"): "Stockholm", (se, "2"): "Stockholm"}
    remembered = known_stores(UnitOfWork(engine))
    assert {name: s["url"] for name, s in remembered.items()} == {no: no_url, se: se_url}
    pushers, problems = configured_pushers(engine)
    assert problems == []
    assert sorted((p.destination, p.url) for p in pushers) == sorted([(no, no_url), (se, se_url)])


def order_from(source: str, external_id: str, city: str) -> Order:
    return Order(source=source, external_id=external_id, number=f"#{external_id}",
                 placed_at=datetime(2026, 11, 26, 8),
                 ship_to=Address("Kari Nordmann", "Storgata 1", city, "0155", "NO"),
                 lines=[OrderLine("TEE-NAV-L", 1)])


def test_two_long_host_names_are_kept_whole_and_apart(engine: Engine) -> None:
    no = woocommerce_source("https://no.shop.example-outdoor.com:8443/")
    se = woocommerce_source("https://SE.shop.example-outdoor.com:8443")
    assert (no, se) == ("woocommerce:no.shop.example-outdoor.com:8443",
                        "woocommerce:se.shop.example-outdoor.com:8443")
    summary = store_pulled(UnitOfWork(engine), [order_from(no, "7", "Oslo"), order_from(se, "7", "Malmö")])
    assert summary.created == 2 and summary.quarantined == 0
    assert orders(engine) == {(no, "7"): "Oslo", (se, "7"): "Malmö"}


def test_a_store_address_too_long_for_a_whole_name_is_refused_not_cut() -> None:
    with pytest.raises(StoreNameClash, match="too long|characters long"):
        woocommerce_source("https://shop.example.com/" + "x" * 300)


def test_a_store_whose_name_another_store_already_has_is_refused(
    engine: Engine, host: FakeWooCommerceHost, keys: MemoryKeyring
) -> None:
    # What an older packdesk recorded: the /no shop under its host name alone; now the
    # host's main shop (at its root) would be pulled into that source.
    host.shops[""] = shop("no", "Bergen", [5])
    root_url = host.url
    remember_store(UnitOfWork(engine), woocommerce_source(root_url),
                   {"kind": "woocommerce", "url": host.shop_url("/no"), "gift_meta_key": "gift_message",
                    "barcode_meta_key": ""})
    keys.set_password("packdesk", f"{woocommerce_source(root_url)}/consumer_key", "ck_no")
    keys.set_password("packdesk", f"{woocommerce_source(root_url)}/consumer_secret", "cs_no")
    summary = pull_all(engine, [woocommerce_store(root_url, policy=FAST)])
    assert not summary.ok and "never pulled into one" in summary.line(), summary.line()
    assert orders(engine) == {}
    assert known_stores(UnitOfWork(engine))[woocommerce_source(root_url)]["url"] == host.shop_url("/no")


def test_a_shop_an_older_packdesk_named_by_host_alone_keeps_its_orders_under_its_whole_name(
    engine: Engine, host: FakeWooCommerceHost, keys: MemoryKeyring
) -> None:
    no_url = host.shop_url("/no")
    old_name = woocommerce_source(host.url)  # what the /no shop was called before
    shop_settings = {"kind": "woocommerce", "url": no_url, "gift_meta_key": "gift_message",
                     "barcode_meta_key": ""}
    remember_store(UnitOfWork(engine), old_name, shop_settings)
    first = pull_all(engine, [woocommerce_store(no_url, policy=FAST)])  # stored under old_name
    with UnitOfWork(engine).writing() as uow:
        uow.session.execute(update(OrderRow).values(source=old_name))
        uow.commit()
    remember_store(UnitOfWork(engine), old_name, shop_settings)
    uow_stores = known_stores(UnitOfWork(engine))
    uow_stores.pop(woocommerce_source(no_url), None)
    with UnitOfWork(engine).writing() as uow:
        row = uow.session.get(SettingRow, "sync.stores")
        assert row is not None
        row.value = uow_stores
        uow.commit()
    assert first.total.created == 1 and orders(engine) == {(old_name, "1"): "Oslo"}

    again = pull_all(engine, [woocommerce_store(no_url, policy=FAST)])
    assert again.ok and (again.total.created, again.total.unchanged) == (0, 1), again.line()
    assert orders(engine) == {(woocommerce_source(no_url), "1"): "Oslo"}  # moved, not doubled
    assert set(known_stores(UnitOfWork(engine))) == {woocommerce_source(no_url)}


# --- point 5: intake never rewrites an order a station has taken ---------------------------


def hoodie_lines(quantity: int) -> list[OrderLine]:
    return [OrderLine(f"SKU-{i:03d}", quantity) for i in range(1, 301)]  # 300 lines


def test_a_pull_racing_a_station_claim_leaves_the_taken_order_alone(engine: Engine) -> None:
    import threading

    from packdesk.services import claims
    from packdesk.services.intake import IntakeSummary

    source = "woocommerce:shop.test"
    first = order_from(source, "77", "Oslo")
    first.lines = hoodie_lines(1)
    store_pulled(UnitOfWork(engine), [first])
    changed = order_from(source, "77", "Oslo")
    changed.lines = hoodie_lines(2)  # the customer changed every line at the store
    result: list[IntakeSummary] = []
    pull = threading.Thread(target=lambda: result.append(store_pulled(UnitOfWork(engine), [changed])))
    with UnitOfWork(engine).writing() as station:
        # The station's own claim (what take_next does), its transaction still open while
        # the pull reads the order.
        now = datetime(2026, 11, 27, 9)
        row = claims.next_free(station.session, "Bench A", now)
        assert row is not None and row.external_id == "77"
        claims.claim(row, "Bench A", "pat", now, 600)
        station.session.flush()
        pull.start()
        pull.join(0.5)
        station.commit()
    pull.join(30)
    assert result and result[0].changed_too_late == 1 and result[0].updated == 0, result
    with UnitOfWork(engine) as uow:
        taken = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "77")).one()
        # Held for the lead with what changed (issue 20), from picking, still the station's;
        # never rewritten under the picker.
        assert (taken.status, taken.held_from) == ("on_hold", "picking")
        assert taken.hold_reason.startswith("changed at the store")
        assert taken.claimed_station == "Bench A"
        assert [line.quantity for line in taken.lines] == [1] * 300  # what the picker was shown


def test_a_cancellation_racing_a_ship_leaves_the_shipped_order_shipped(engine: Engine) -> None:
    import threading

    from packdesk.domain.model import OrderStatus
    from packdesk.services.intake import CancelledAtStore, IntakeSummary

    source = "woocommerce:shop.test"
    store_pulled(UnitOfWork(engine), [order_from(source, "78", "Oslo")])
    with UnitOfWork(engine).writing() as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "78")).one()
        for status in (OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED):
            row.change_status(status)
        uow.commit()
    result: list[IntakeSummary] = []
    pull = threading.Thread(target=lambda: result.append(
        store_pulled(UnitOfWork(engine), [CancelledAtStore(source, "78", "#78")])))
    with UnitOfWork(engine).writing() as station:
        row = station.session.scalars(
            select(OrderRow).where(OrderRow.external_id == "78").with_for_update()).one()
        row.change_status(OrderStatus.SHIPPED)
        station.session.flush()
        pull.start()
        pull.join(0.5)
        station.commit()
    pull.join(30)
    assert result and result[0].cancelled == 0, result
    with UnitOfWork(engine) as uow:
        assert uow.session.scalars(
            select(OrderRow.status).where(OrderRow.external_id == "78")).one() == "shipped"
