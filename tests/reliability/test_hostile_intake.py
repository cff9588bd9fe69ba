"""Issue 18, intake side: real-shaped and hostile order data from the stores and the file drop.

A quantity that is not a positive whole number, an impossible number, an order too big to
be real: that order is quarantined with a reason, the rest of the pull is stored, and a
watching pull goes on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import Order
from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.intake import QuarantinedPayload
from packdesk.services.uow import UnitOfWork
from packdesk.sync.base import parse_or_quarantine
from packdesk.sync.credentials import Secret
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.http import RetryPolicy
from packdesk.sync.pull import pull_all
from packdesk.sync.shopify import ShopifyStore
from packdesk.sync.woocommerce import WooCommerceStore
from tests.helpers.fake_shopify import shopify_line, shopify_order
from tests.helpers.fake_woocommerce import FakeWooCommerce, wc_line, wc_order

FAST = RetryPolicy(max_attempts=2, max_total_seconds=10, connect_timeout=1, read_timeout=5,
                   backoff_base=0.01, backoff_cap=0.05)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store() -> Iterator[FakeWooCommerce]:
    fake = FakeWooCommerce()
    fake.add_variation(10, 11, sku="TEE-NAV-L", gtin="4006381333931",
                       attributes={"Color": "Navy", "Size": "L"})
    with fake.running():
        yield fake


def woocommerce(store: FakeWooCommerce) -> WooCommerceStore:
    return WooCommerceStore(store.url, Secret(store.key), Secret(store.secret), policy=FAST)


def stored(engine: Engine) -> dict[str, list[int]]:
    """external id -> the quantities of its lines, as a packer would be asked to pick them."""
    with UnitOfWork(engine) as uow:
        return {row.external_id: [line.quantity for line in row.lines]
                for row in uow.session.scalars(select(OrderRow))}


def quarantined(engine: Engine) -> dict[str | None, str]:
    with UnitOfWork(engine) as uow:
        return {row.external_id: row.reason for row in uow.session.scalars(select(QuarantinedPayloadRow))}


# --- point 6 and 9: quantities --------------------------------------------------------------

NOT_WHOLE = [2.7, 1.5, True, "3", 0, -2, float("inf"), float("-inf"), 2**63, 2**64 + 1]


@pytest.mark.parametrize("quantity", NOT_WHOLE, ids=repr)
def test_a_woocommerce_quantity_that_is_not_a_positive_whole_number_quarantines_its_order(
    engine: Engine, store: FakeWooCommerce, quantity: Any
) -> None:
    store.add_order(wc_order(1))
    store.add_order(wc_order(2, lines=[wc_line(1, 10, 11, "TEE-NAV-L", quantity=quantity)]))
    store.add_order(wc_order(3, lines=[wc_line(1, 10, 11, "TEE-NAV-L", quantity=4)]))
    summary = pull_all(engine, [woocommerce(store)])
    assert summary.ok, summary.line()
    assert stored(engine) == {"1": [1], "3": [4]}  # never 2 units for 2.7, never 1 for true
    reasons = quarantined(engine)
    assert set(reasons) == {"2"} and "quantity" in reasons["2"], reasons


@pytest.mark.parametrize("quantity", [2.7, True, "3", -1, float("inf"), 2**63], ids=repr)
def test_a_shopify_quantity_that_is_not_a_positive_whole_number_quarantines_its_order(
    quantity: Any,
) -> None:
    parser = ShopifyStore("http://127.0.0.1:9", Secret("shpat"))
    order = shopify_order(5, lines=[shopify_line(1, "TEE-NAV-L", quantity=2)])
    order["lines"][0].update(quantity=quantity, currentQuantity=quantity)
    node = {k: v for k, v in order.items() if not k.startswith("_") and k != "lines"}
    node["lineItems"] = {"nodes": order["lines"]}
    item = parse_or_quarantine(parser.source, "5", node, parser.parse_order)
    assert isinstance(item, QuarantinedPayload) and "quantity" in item.reason, item


def test_a_shopify_line_removed_by_an_order_edit_is_still_left_out() -> None:
    parser = ShopifyStore("http://127.0.0.1:9", Secret("shpat"))
    order = shopify_order(6, lines=[shopify_line(1, "TEE-NAV-L", quantity=2, current=0),
                                    shopify_line(2, "MUG-WHT", quantity=1)])
    node = {k: v for k, v in order.items() if not k.startswith("_") and k != "lines"}
    node["lineItems"] = {"nodes": order["lines"]}
    item = parse_or_quarantine(parser.source, "6", node, parser.parse_order)
    assert isinstance(item, Order) and [(li.sku, li.quantity) for li in item.lines] == [("MUG-WHT", 1)]


FILE_HEADER = "order_id,placed_at,ship_name,ship_line1,ship_city,ship_postal_code,ship_country,sku,quantity\n"


def csv_row(order_id: str, quantity: str) -> str:
    return f"{order_id},2026-11-26T08:00:00Z,Ola Nordmann,Storgata 1,Oslo,0155,NO,TEE-NAV-L,{quantity}\n"


@pytest.mark.parametrize("quantity", ["1.5", "2.7", "inf", "-inf", "1e400", "nan", "true",
                                      "9223372036854775808", "99999999999999999999", "0"])
def test_a_file_drop_quantity_that_is_not_a_positive_whole_number_quarantines_its_order(
    engine: Engine, tmp_path: Path, quantity: str
) -> None:
    path = tmp_path / "drop.csv"
    path.write_text(FILE_HEADER + csv_row("F1", "2") + csv_row("F2", quantity) + csv_row("F3", "3"))
    summary = pull_all(engine, [FileDropSource(path)])
    assert summary.ok, summary.line()
    assert stored(engine) == {"F1": [2], "F3": [3]}
    reasons = quarantined(engine)
    assert set(reasons) == {"F2"} and "quantity" in reasons["F2"], reasons


@pytest.mark.parametrize("quantity", ["2.7", "true", "1e400", "-1e400", "18446744073709551617"])
def test_a_json_file_drop_quantity_that_is_not_a_positive_whole_number_quarantines_its_order(
    engine: Engine, tmp_path: Path, quantity: str
) -> None:
    row = {"placed_at": "2026-11-26T08:00:00Z", "ship_name": "Ola Nordmann", "ship_line1": "Storgata 1",
           "ship_city": "Oslo", "ship_postal_code": "0155", "ship_country": "NO", "sku": "TEE-NAV-L"}
    rows = [json.dumps({**row, "order_id": "J1", "quantity": 2}),
            json.dumps({**row, "order_id": "J2"})[:-1] + f', "quantity": {quantity}}}',  # raw number
            json.dumps({**row, "order_id": "J3", "quantity": "3"})]
    path = tmp_path / "drop.json"
    path.write_text("[" + ",\n".join(rows) + "]")
    summary = pull_all(engine, [FileDropSource(path)])
    assert summary.ok, summary.line()
    assert stored(engine) == {"J1": [2], "J3": [3]}
    assert set(quarantined(engine)) == {"J2"}


def test_pull_watch_goes_on_after_an_impossible_quantity(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.csv").write_text(FILE_HEADER + csv_row("W1", "1") + csv_row("W2", "1e400")
                                  + csv_row("W3", "inf"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    process = subprocess.Popen(
        [sys.executable, "-m", "packdesk", "pull", "--source", "file", "--path", str(folder),
         "--watch", "--interval", "1", "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert "created 1" in first and "quarantined 2" in first, first + process.stderr.read()
        (folder / "b.csv").write_text(FILE_HEADER + csv_row("W4", "2"))
        deadline = time.monotonic() + 30
        second = ""
        while "created 1" not in second and time.monotonic() < deadline:
            second = process.stdout.readline()
        assert "created 1" in second and process.poll() is None
    finally:
        process.kill()
        _out, err = process.communicate(timeout=10)
    assert "Traceback" not in err, err


# --- point 14: bounds on an order's content ---------------------------------------------------


def big_order(order_id: int, lines: int, **kwargs: Any) -> dict[str, Any]:
    return wc_order(order_id, lines=[wc_line(i, 10, 11, f"SKU-{i:05d}") for i in range(1, lines + 1)],
                    **kwargs)


@pytest.mark.parametrize("payload, words", [
    (lambda: big_order(2, 1001), "lines"),
    (lambda: wc_order(2, note="x" * 25_000), "customer note"),
    (lambda: wc_order(2, gift_message="Happy birthday! " * 2_000), "gift message"),
    (lambda: wc_order(2, lines=[wc_line(1, 10, 11, "TEE-NAV-L", meta=[
        {"id": 1, "key": "Engraving", "value": "A" * 30_000}])]), "Engraving"),
    (lambda: wc_order(2, lines=[wc_line(1, 10, 11, "TEE-NAV-L", meta=[
        {"id": i, "key": f"opt{i}", "value": "v"} for i in range(60)])]), "properties"),
], ids=["1001 lines", "25k note", "32k gift message", "30k engraving", "60 properties"])
def test_an_order_beyond_the_bounds_is_quarantined_with_the_reason(
    engine: Engine, store: FakeWooCommerce, payload: Any, words: str
) -> None:
    store.add_order(wc_order(1))
    store.add_order(payload())
    store.add_order(wc_order(3))
    summary = pull_all(engine, [woocommerce(store)])
    assert summary.ok, summary.line()
    assert set(stored(engine)) == {"1", "3"}
    reasons = quarantined(engine)
    assert set(reasons) == {"2"} and words in reasons["2"], reasons


def test_an_order_of_340_lines_within_the_bounds_is_stored(engine: Engine, store: FakeWooCommerce) -> None:
    store.add_order(big_order(1, 340, note="Please pack the blue ones together"))
    summary = pull_all(engine, [woocommerce(store)])
    assert summary.ok and summary.total.created == 1, summary.line()
    assert len(stored(engine)["1"]) == 340


# --- point 10: a big order with a note on SQLite -------------------------------------------
# (test_an_order_of_340_lines_within_the_bounds_is_stored above: "Expression tree is too large")


# --- point 13: a pull does not lock SQLite stations out --------------------------------------


def drop_of(path: Path, orders: int, lines: int = 30) -> Path:
    from packdesk.services.demo import generate_catalog

    products = generate_catalog()
    rows = [
        f"L{o:04d},2026-11-26T08:00:00Z,Ola Nordmann,Storgata {o},Oslo,0155,NO,"
        f"{products[(o + i) % len(products)].sku},{'2' if o % 3 else '1'}\n"
        for o in range(orders) for i in range(lines)
    ]
    path.write_text(FILE_HEADER + "".join(rows))
    return path


def test_a_pull_reads_the_notes_outside_its_write_transaction(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from packdesk.domain.notes import NotesReader
    from packdesk.persistence.db import make_engine

    engine = make_engine(sqlite_url)
    path = sqlite_url.removeprefix("sqlite:///")
    read = NotesReader.read
    locked_while_reading: list[bool] = []

    def reading_and_checking(self: NotesReader, texts: Any) -> Any:
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another station's write: free, or locked?
            other.execute("ROLLBACK")
            locked_while_reading.append(False)
        except sqlite3.OperationalError:
            locked_while_reading.append(True)
        finally:
            other.close()
        return read(self, texts)

    monkeypatch.setattr(NotesReader, "read", reading_and_checking)
    rows = [csv_row(f"N{o}", "1").replace("TEE-NAV-L", f"SKU-{o}") for o in range(12)]
    header = FILE_HEADER.replace("ship_country,", "ship_country,customer_note,")
    drop = tmp_path / "notes.csv"
    drop.write_text(header + "".join(r.replace(",NO,", ",NO,Please send the navy one,") for r in rows))
    try:
        summary = pull_all(engine, [FileDropSource(drop)])
    finally:
        engine.dispose()
    assert summary.ok and summary.total.created == 12, summary.line()
    assert len(locked_while_reading) == 12 and not any(locked_while_reading), locked_while_reading


def test_a_station_scanning_during_a_pull_is_never_refused_or_kept_waiting_for_long(
    sqlite_url: str, tmp_path: Path
) -> None:
    import threading

    from packdesk.persistence.db import make_engine
    from packdesk.services.station import StationService
    from packdesk.services.uow import DatabaseBusy
    from tests.helpers.crash_station import NullPrinter
    from tests.helpers.shop import seed_small_shop
    from tests.helpers.station import PACKER_BADGE, bin_label

    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    station = StationService(engine, "Bench L", printer=NullPrinter())
    station.handle_scan(PACKER_BADGE)
    station.take_next()
    step = station.resume().pick_step
    assert step is not None
    drop = drop_of(tmp_path / "big.csv", orders=60)
    waits: list[float] = []
    refused: list[str] = []
    done = threading.Event()

    def scanning() -> None:
        while not done.is_set():
            began = time.perf_counter()
            try:
                station.handle_scan(bin_label(step))
            except DatabaseBusy as busy:
                refused.append(str(busy))
            waits.append(time.perf_counter() - began)
            done.wait(0.2)

    scanner = threading.Thread(target=scanning)
    scanner.start()
    try:
        summary = pull_all(engine, [FileDropSource(drop)])
    finally:
        done.set()
        scanner.join(30)
        engine.dispose()
    assert summary.ok and summary.total.created == 60, summary.line()
    assert refused == [] and len(waits) >= 3
    # The target (100 ms) is measured by bench/bench_pull_scan.py; here only what no
    # packer may ever see: a second of silence (a pull of a page held the lock ~5 s).
    assert max(waits) < 1.0, sorted(waits)[-5:]
