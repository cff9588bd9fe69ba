"""Issue 18, intake side: real-shaped and hostile order data from the stores and the file drop.

A quantity that is not a positive whole number, an impossible number, an order too big to
be real: that order is quarantined with a reason, the rest of the pull is stored, and a
watching pull goes on (points 6, 9, 10, 14). A pull does not lock a SQLite station out
(13). Generated payloads and file drops (hypothesis) check all of it together.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from packdesk.domain.model import MAX_LINE_QUANTITY, MAX_TEXT_LENGTH, Order
from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.intake import QuarantinedPayload, store_pulled
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


# --- generated hostile input through intake (hypothesis) ------------------------------------

GENERATED = settings(max_examples=12, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                            HealthCheck.data_too_large])
_ids = itertools.count(10_000)

hostile_quantity = st.one_of(
    st.integers(-3, 12), st.integers(2**31, 2**70), st.sampled_from([MAX_LINE_QUANTITY, MAX_LINE_QUANTITY + 1]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([2.7, 1.5, 3.0, -0.0, 1e400]),
    st.booleans(), st.text(max_size=4), st.none(),
)
hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=20),
    st.sampled_from(["x" * (MAX_TEXT_LENGTH + 1), "🎁" * 5_000, "a\x00b", "line1\r\nline2\x1d"]),
)


def is_whole_quantity(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and value == int(value) and 1 <= value <= MAX_LINE_QUANTITY


@st.composite
def store_orders(draw: st.DrawFn) -> list[tuple[dict[str, Any], str]]:
    """A batch of WooCommerce payloads, each with what must become of it: "stored",
    "quarantined", or "either" (stored as sent or quarantined with a reason)."""
    batch = []
    for _ in range(draw(st.integers(1, 4))):
        order_id = next(_ids)
        kind = draw(st.sampled_from(["good", "duplicate skus", "quantity", "text", "too many lines"]))
        payload = wc_order(order_id)
        expected = "stored"
        if kind == "duplicate skus":
            payload["line_items"] = [wc_line(1, 10, 11, "TEE-NAV-L", quantity=1),
                                     wc_line(2, 10, 11, "TEE-NAV-L", quantity=2)]
        elif kind == "quantity":
            quantity = draw(hostile_quantity)
            payload["line_items"] = [wc_line(1, 10, 11, "TEE-NAV-L"),
                                     wc_line(2, 10, 11, "CAP-RED", quantity=quantity)]
            expected = "stored" if is_whole_quantity(quantity) else "quarantined"
        elif kind == "text":
            text = draw(hostile_text)
            where = draw(st.sampled_from(["customer_note", "gift", "name", "engraving", "sku"]))
            if where == "customer_note":
                payload["customer_note"] = text
            elif where == "gift":
                payload["meta_data"] = [{"id": 1, "key": "gift_message", "value": text}]
            elif where == "name":
                payload["shipping"]["first_name"] = text
            elif where == "engraving":
                payload["line_items"][0]["meta_data"] = [{"id": 9, "key": "Engraving", "value": text}]
            else:
                payload["line_items"][0]["sku"] = text
            expected = "quarantined" if len(text) > MAX_TEXT_LENGTH or "\x00" in text else "either"
        elif kind == "too many lines":
            payload["line_items"] = [wc_line(i, 10, 11, f"SKU-{i}") for i in range(1, 1003)]
            expected = "quarantined"
        batch.append((payload, expected))
    return batch


def snapshot(engine: Engine) -> dict[tuple[str, str], tuple[str, str]]:
    with UnitOfWork(engine) as uow:
        return {(r.source, r.external_id): (r.status, r.content_hash)
                for r in uow.session.scalars(select(OrderRow))}


def open_quarantine_of(engine: Engine) -> dict[str | None, str]:
    with UnitOfWork(engine) as uow:
        return {q.external_id: q.reason for q in uow.session.scalars(
            select(QuarantinedPayloadRow).where(QuarantinedPayloadRow.resolved.is_(False)))}


def check_outcome(engine: Engine, before: dict[tuple[str, str], tuple[str, str]], source: str,
                  expected: dict[str, str]) -> None:
    after = snapshot(engine)
    quarantine = open_quarantine_of(engine)
    # Nothing else changes: every order stored before is as it was.
    assert {k: v for k, v in after.items() if k in before} == before
    new = {external_id for (src, external_id) in set(after) - set(before) if src == source}
    assert new <= set(expected), new - set(expected)
    for external_id, outcome in expected.items():
        stored, held = external_id in new, external_id in quarantine
        assert stored != held, (external_id, outcome, quarantine.get(external_id))
        if held:
            assert quarantine[external_id].strip()
        if outcome == "stored":
            assert stored, (external_id, quarantine.get(external_id))
        elif outcome == "quarantined":
            assert held, external_id


@GENERATED
@given(batch=store_orders())
def test_generated_store_payloads_store_the_good_orders_and_quarantine_each_bad_one(
    engine: Engine, batch: list[tuple[dict[str, Any], str]]
) -> None:
    parser = WooCommerceStore("http://127.0.0.1:9", Secret("ck"), Secret("cs"))
    parser._catalogue_entry = lambda product_id, variation_id: {}  # type: ignore[method-assign]
    before = snapshot(engine)
    items = [parse_or_quarantine(parser.source, str(p["id"]), p, parser.parse_order) for p, _ in batch]
    summary = store_pulled(UnitOfWork(engine), items)  # ends, no exception
    assert summary.created + summary.quarantined == len(batch), summary
    check_outcome(engine, before, parser.source, {str(p["id"]): e for p, e in batch})


FILE_ROW = {"placed_at": "2026-11-26T08:00:00Z", "ship_name": "Ola Nordmann", "ship_line1": "Storgata 1",
            "ship_city": "Oslo", "ship_postal_code": "0155", "ship_country": "NO"}


@st.composite
def file_orders(draw: st.DrawFn) -> list[tuple[list[dict[str, Any]], str]]:
    """Orders for a JSON file drop (rows of one order share its order_id), with what must
    become of each."""
    orders = []
    for _ in range(draw(st.integers(1, 4))):
        order_id = f"F{next(_ids)}"
        base = {**FILE_ROW, "order_id": order_id}
        kind = draw(st.sampled_from(["good", "duplicate skus", "quantity", "text cell"]))
        rows = [{**base, "sku": "TEE-NAV-L", "quantity": "1"}]
        expected = "stored"
        if kind == "duplicate skus":
            rows.append({**base, "sku": "TEE-NAV-L", "quantity": "2", "line_note": "gift wrap"})
        elif kind == "quantity":
            quantity = draw(st.one_of(hostile_quantity, st.sampled_from(
                ["1.5", "-2", "1e400", "inf", "NaN", "3", " 4 ", "9223372036854775808", "0x10"])))
            rows.append({**base, "sku": "CAP-RED", "quantity": quantity})
            text_ok = isinstance(quantity, str) and _whole_text(quantity)
            expected = "stored" if is_whole_quantity(quantity) or text_ok else "quarantined"
        else:
            text = draw(hostile_text)
            column = draw(st.sampled_from(["customer_note", "gift_message", "line_note", "name"]))
            rows[0][column] = text
            expected = "quarantined" if len(text.strip()) > MAX_TEXT_LENGTH or "\x00" in text else "either"
        orders.append((rows, expected))
    return orders


def _whole_text(text: str) -> bool:
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return False
    return number.is_finite() and number == int(number) and 1 <= number <= MAX_LINE_QUANTITY


@GENERATED
@given(orders=file_orders())
def test_generated_file_drops_store_the_good_orders_and_quarantine_each_bad_one(
    engine: Engine, tmp_path_factory: pytest.TempPathFactory, orders: list[tuple[list[dict[str, Any]], str]]
) -> None:
    path = tmp_path_factory.mktemp("drop") / "orders.json"
    path.write_text(json.dumps([row for rows, _ in orders for row in rows], ensure_ascii=False))
    before = snapshot(engine)
    summary = pull_all(engine, [FileDropSource(path)])
    assert summary.ok, summary.line()
    assert summary.total.created + summary.total.quarantined == len(orders), summary.line()
    check_outcome(engine, before, "file", {rows[0]["order_id"]: e for rows, e in orders})
