"""Product photos: intake keeps each line's image URL, a pull caches each photo once.

Real HTTP servers on 127.0.0.1: the fake WooCommerce and Shopify stores, and a fake CDN
serving the photos (tests/helpers/fake_images.py).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from sqlalchemy import Engine, select

from packdesk.cli import main
from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import OrderRow, ProductRow
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.http import RetryPolicy
from packdesk.sync.images import MAX_SIDE, ImageCache
from packdesk.sync.pull import pull_all
from packdesk.sync.shopify import ShopifyStore
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.fake_images import FakeImageServer
from tests.helpers.fake_shopify import MAX_QUERY_COST, FakeShopify, shopify_line, shopify_order
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_line, wc_order

FAST = RetryPolicy(max_attempts=2, max_total_seconds=5, connect_timeout=1, read_timeout=3,
                   backoff_base=0.01, backoff_cap=0.05)


@pytest.fixture
def cdn() -> Iterator[FakeImageServer]:
    with FakeImageServer().running() as fake:
        yield fake


@pytest.fixture
def woo() -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    fake.add_variation(10, 11, sku="TEE-NAV-L", attributes={"Color": "Navy", "Size": "L"})
    fake.add_variation(10, 12, sku="TEE-NAV-S", attributes={"Color": "Navy", "Size": "S"})
    with fake.running():
        yield fake


def woo_connector(store: FakeWooCommerce) -> WooCommerceStore:
    return WooCommerceStore(store.url, Secret(store.key), Secret(store.secret), policy=FAST)


def line_images(engine: Engine, external_id: str) -> list[tuple[str, str]]:
    with UnitOfWork(engine) as uow:
        order = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == external_id)).one()
        return [(line.sku, line.image_url) for line in order.lines]


def test_a_pull_keeps_the_image_urls_and_caches_each_photo_once(
    engine: Engine, woo: FakeWooCommerce, cdn: FakeImageServer, tmp_path: Path
) -> None:
    navy_l = cdn.add("tee-navy-l.png", "navy")
    navy_s = cdn.add("tee-navy-s.png", "midnightblue")
    woo.add_order(wc_order(101, lines=[wc_line(1, 10, 11, "TEE-NAV-L", image=navy_l),
                                       wc_line(2, 10, 12, "TEE-NAV-S", image=navy_s)]))
    woo.add_order(wc_order(102, lines=[wc_line(1, 10, 11, "TEE-NAV-L", image=navy_l)]))
    cache = ImageCache(tmp_path / "images", policy=FAST)

    summary = pull_all(engine, [woo_connector(woo)], images=cache)

    assert summary.ok and summary.total.created == 2, summary.line()
    assert line_images(engine, "101") == [("TEE-NAV-L", navy_l), ("TEE-NAV-S", navy_s)]
    with UnitOfWork(engine) as uow:
        products = {p.sku: p.image_url for p in uow.session.scalars(select(ProductRow))}
    assert products == {"TEE-NAV-L": navy_l, "TEE-NAV-S": navy_s}
    assert summary.images is not None and summary.images.fetched == 2
    assert cdn.hits == {"/img/tee-navy-l.png": 1, "/img/tee-navy-s.png": 1}  # the shared one once
    cached = cache.path_for(navy_l)
    assert cached is not None
    image = QImage(str(cached))
    assert max(image.width(), image.height()) == MAX_SIDE  # resized from 1200 x 900

    # The store changes order 102; the next pull updates it and sends no image request.
    woo.add_order(wc_order(102, note="Leave at the door",
                           lines=[wc_line(1, 10, 11, "TEE-NAV-L", image=navy_l)]))
    again = pull_all(engine, [woo_connector(woo)], images=ImageCache(tmp_path / "images"))
    assert again.total.updated == 1, again.line()
    assert again.images is not None and (again.images.fetched, again.images.cached) == (0, 1)
    assert cdn.requests == 2


def test_a_broken_image_url_leaves_the_order_fine(
    engine: Engine, woo: FakeWooCommerce, cdn: FakeImageServer, tmp_path: Path
) -> None:
    good = cdn.add("good.png", "navy")
    woo.add_order(wc_order(201, lines=[wc_line(1, 10, 11, "TEE-NAV-L", image=cdn.image_url("missing")),
                                       wc_line(2, 10, 12, "TEE-NAV-S", image=good)]))
    woo.add_order(wc_order(202, lines=[wc_line(1, 10, 11, "TEE-NAV-L", image=cdn.image_url("garbage"))]))
    woo.add_order(wc_order(203, lines=[wc_line(1, 10, 11, "TEE-NAV-L",
                                               image="http://127.0.0.1:9/nothing-listens.png")]))
    cache = ImageCache(tmp_path / "images", policy=FAST)

    summary = pull_all(engine, [woo_connector(woo)], images=cache)

    assert summary.ok and summary.total.created == 3 and summary.total.quarantined == 0
    assert summary.images is not None and summary.images.fetched == 1
    assert len(summary.images.failed) == 3
    with UnitOfWork(engine) as uow:
        statuses = {r.external_id: r.status for r in uow.session.scalars(select(OrderRow))}
    assert statuses == {"201": OrderStatus.NEW.value, "202": OrderStatus.NEW.value,
                        "203": OrderStatus.NEW.value}
    assert cache.path_for(good) is not None
    assert cache.path_for(cdn.image_url("garbage")) is None
    assert "images: fetched 1, already cached 0, failed 3" in summary.line()


def test_the_cache_stays_under_its_bound_and_drops_the_least_recently_used(
    cdn: FakeImageServer, tmp_path: Path
) -> None:
    urls = [cdn.add(f"p{i}.png", color) for i, color in
            enumerate(["red", "green", "blue", "navy", "orange", "purple", "teal", "gold"])]
    probe = ImageCache(tmp_path / "probe", policy=FAST)
    probe.fetch(urls[:1])
    one = probe.size()
    cache = ImageCache(tmp_path / "images", max_bytes=int(one * 3.5), policy=FAST)

    cache.fetch(urls[:3])
    time.sleep(0.02)
    assert cache.path_for(urls[0]) is not None  # used: now the most recent of the three
    old = time.time() - 60
    for url in urls[1:3]:
        os.utime(cache.file_for(url), (old, old))  # and the other two clearly older
    cache.fetch(urls[3:8])

    assert cache.size() <= cache.max_bytes
    assert cache.path_for(urls[7]) is not None  # the newest stays
    assert cache.path_for(urls[1]) is None and cache.path_for(urls[2]) is None  # LRU out first
    assert cdn.requests == 9  # the probe's one and eight, never the same photo twice at once


def test_shopify_line_images_arrive_within_the_cost_limit(
    engine: Engine, cdn: FakeImageServer, tmp_path: Path
) -> None:
    photo = cdn.add("hoodie.png", "black")
    with FakeShopify().running() as store:
        for oid in range(1001, 1013):
            store.add_order(shopify_order(oid, lines=[shopify_line(1, "HOOD-BLK-S", image=photo),
                                                      shopify_line(2, "SOCK-39", options={"Size": "39"})]))
        summary = pull_all(engine, [ShopifyStore(store.url, Secret(store.token), policy=FAST)],
                           images=ImageCache(tmp_path / "images", policy=FAST))
        assert max(store.requested_costs) < MAX_QUERY_COST
    assert summary.ok and summary.total.created == 12, summary.line()
    assert line_images(engine, "1001") == [("HOOD-BLK-S", photo), ("SOCK-39", "")]
    assert summary.images is not None and summary.images.fetched == 1
    assert cdn.hits == {"/img/hoodie.png": 1}


def test_pull_command_fetches_photos_unless_told_not_to(
    db_url: str, woo: FakeWooCommerce, cdn: FakeImageServer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_WC_KEY", woo.key)
    monkeypatch.setenv("PACKDESK_WC_SECRET", woo.secret)
    woo.add_order(wc_order(301, lines=[wc_line(1, 10, 11, "TEE-NAV-L", image=cdn.add("a.png", "navy"))]))
    assert main(["pull", "--source", "woocommerce", "--url", woo.url, "--db", db_url,
                 "--no-images"]) == 0
    assert "images" not in capsys.readouterr().out and cdn.requests == 0
    woo.add_order(wc_order(302, lines=[wc_line(1, 10, 12, "TEE-NAV-S", image=cdn.add("b.png", "teal"))]))
    assert main(["pull", "--source", "woocommerce", "--url", woo.url, "--db", db_url]) == 0
    assert "images: fetched 1" in capsys.readouterr().out
    assert list((tmp_path / "data" / "packdesk" / "images").glob("*.jpg"))


def test_orders_show_gives_each_line_its_cached_photo_or_null(
    db_url: str, woo: FakeWooCommerce, cdn: FakeImageServer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_WC_KEY", woo.key)
    monkeypatch.setenv("PACKDESK_WC_SECRET", woo.secret)
    woo.add_order(wc_order(401, lines=[wc_line(1, 10, 11, "TEE-NAV-L", quantity=2,
                                               image=cdn.add("navy.png", "navy")),
                                       wc_line(2, 10, 12, "TEE-NAV-S", image=cdn.image_url("missing"))]))
    assert main(["pull", "--source", "woocommerce", "--url", woo.url, "--db", db_url]) == 0
    capsys.readouterr()

    assert main(["orders", "show", "#401", "--db", db_url, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["number"] == "#401" and shown["status"] == "new"
    first, second = shown["lines"]
    assert (first["sku"], first["quantity"], second["sku"]) == ("TEE-NAV-L", 2, "TEE-NAV-S")
    assert first["image"] is not None and not QImage(first["image"]).isNull()
    assert Path(first["image"]).is_relative_to(tmp_path / "data")
    assert second["image"] is None  # its URL answered 404: no photo, the order is fine

    assert main(["orders", "show", "401", "--db", db_url]) == 0
    table = capsys.readouterr().out
    assert "TEE-NAV-L" in table and first["image"] in table and "not cached" in table

    assert main(["orders", "show", "#999", "--db", db_url]) == 1
    assert capsys.readouterr().err == "packdesk: error: no order numbered '#999'\n"
