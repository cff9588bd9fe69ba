"""Pulling 10,000 orders (3 lines on average) from a local paginated WooCommerce server.

The store is the tests' fake WooCommerce (``tests/helpers/fake_woocommerce.py``, shaped
after the REST API v3: 100 orders a page, ``X-WP-TotalPages``, a product/variation request
per catalogue entry), serving from its own process on 127.0.0.1. The figure is
``pull_all`` into the database, an empty one (its schema made before the clock starts)
and the full warehouse (SQLite, and PostgreSQL when the run has a server), divided by the
baseline measured just before it (the median of three): fetching and parsing the same pages with the same
connector, storing nothing. The full warehouse is then pulled again (every order sent as
stored), in the note.
"""

from __future__ import annotations

import random
import statistics
import time
from multiprocessing import get_context
from typing import Any

from bench.data import pg_empty, pg_warehouse, sqlite_warehouse
from bench.harness import Context, Result
from packdesk.persistence.db import open_database
from packdesk.services.demo import generate_catalog
from packdesk.sync.credentials import Secret
from packdesk.sync.http import RetryPolicy
from packdesk.sync.pull import pull_all
from packdesk.sync.woocommerce import WooCommerceStore

TARGET_RATIO = 2.0
TARGET_RATIO_POSTGRESQL = 3.0
KEY, SECRET = "ck_bench", "cs_bench"


def _serve(count: int, urls: Any, stop: Any) -> None:
    """The store process: ``count`` processing orders of 1 to 5 lines, until ``stop``."""
    from tests.helpers import fake_woocommerce
    from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_line, wc_order

    # The fake writes headers and body in two sends on a kept-alive connection: with
    # Nagle's algorithm on, the client's delayed ACK adds 40 ms to every response, which a
    # real store (nginx) does not. (The fakes now set this themselves; kept so the figure
    # cannot silently measure that stall again.)
    fake_woocommerce._Handler.disable_nagle_algorithm = True
    rng = random.Random(5)
    store = FakeWooCommerce(KEY, SECRET)
    products = generate_catalog()
    for serial, product in enumerate(products, start=1):
        store.add_variation(1000 + serial // 10, serial, sku=product.sku, gtin=product.barcodes[0],
                            attributes=product.attributes)
    for order_id in range(1, count + 1):
        chosen = rng.sample(range(1, len(products) + 1), k=rng.randint(1, 5))
        lines = [wc_line(order_id * 10 + i, 1000 + serial // 10, serial, products[serial - 1].sku,
                         quantity=rng.choice([1, 1, 1, 2]))
                 for i, serial in enumerate(chosen)]
        store.add_order(wc_order(order_id, lines=lines, country=rng.choice(["NO", "FR", "US"])))
    with store.running():
        urls.put(store.url)
        stop.wait(1800)


def connector(url: str) -> WooCommerceStore:
    return WooCommerceStore(url, Secret(KEY), Secret(SECRET),
                            policy=RetryPolicy(max_attempts=2, max_total_seconds=30))


def fetch_and_parse(url: str) -> int:
    """The baseline: every page fetched and every order parsed, nothing stored."""
    return sum(1 for _ in connector(url).fetch_orders())


def pull_into(url: str, db_url: str) -> tuple[int, int]:
    """Pull every order into the database; (orders created, orders unchanged)."""
    engine = open_database(db_url, migrate=False)
    try:
        summary = pull_all(engine, [connector(url)])
    finally:
        engine.dispose()
    if not summary.ok:
        raise RuntimeError("; ".join(summary.errors))
    return summary.total.created, summary.total.unchanged


def timed_fetch_and_parse(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    parsed = fetch_and_parse(url)
    return time.perf_counter() - start, parsed


def run(ctx: Context) -> list[Result]:
    count = ctx.sizes.pull_orders
    mp = get_context("spawn")
    urls, stop = mp.Queue(), mp.Event()
    server = mp.Process(target=_serve, args=(count, urls, stop), daemon=True)
    server.start()
    try:
        url = urls.get(timeout=300)
        fetch_and_parse(url)  # warm the server's and the client's first requests
        results = []
        targets = [("empty database", "SQLite", lambda: f"sqlite:///{ctx.workdir / 'pull-empty.db'}"),
                   (f"{ctx.sizes.orders:,}-order database", "SQLite",
                    lambda: sqlite_warehouse(ctx, "pull-full"))]
        if ctx.pg_url is not None:
            targets += [("empty database", "PostgreSQL", lambda: pg_empty(ctx, "pull-empty")),
                        (f"{ctx.sizes.orders:,}-order database", "PostgreSQL",
                         lambda: pg_warehouse(ctx, "pull-full"))]
        for label, kind, make_database in targets:
            db_url = make_database()
            # The schema is made before the clock starts (installing is not pulling); the
            # note gives its time for an empty database.
            start = time.perf_counter()
            open_database(db_url).dispose()
            schema = time.perf_counter() - start
            # fetch+parse measured just before each pull (the median of three: the store's
            # server and this machine's speed vary over a run, by 30 % from one fetch to
            # the next), so the ratio compares like with like.
            runs = [timed_fetch_and_parse(url) for _ in range(3)]
            baseline, parsed = statistics.median(seconds for seconds, _ in runs), runs[0][1]
            start = time.perf_counter()
            created, _ = pull_into(url, db_url)
            seconds = time.perf_counter() - start
            if created != count:
                raise RuntimeError(f"pulled {created} new orders of {count}")
            note = f"{seconds:.1f} s; fetch+parse alone {baseline:.1f} s ({parsed} items, median of 3)"
            if label.startswith("empty"):
                note += f"; creating the schema before it: {schema:.1f} s"
            else:
                start = time.perf_counter()
                _, unchanged = pull_into(url, db_url)
                again = time.perf_counter() - start
                if unchanged != count:
                    raise RuntimeError(f"pulled again: {unchanged} unchanged orders of {count}")
                note += f"; pulled again, all {count:,} as stored: {again:.1f} s ({again / baseline:.2f}x)"
            results.append(Result(
                f"pull {count:,} orders into an {label}" if label.startswith("empty")
                else f"pull {count:,} orders into a {label}",
                f"{count:,} orders, {kind}", seconds / baseline, "x",
                TARGET_RATIO if kind == "SQLite" else TARGET_RATIO_POSTGRESQL, note=note))
        return results
    finally:
        stop.set()
        server.join(10)
        if server.is_alive():
            server.terminate()
