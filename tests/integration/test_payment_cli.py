"""Payment at ship from the command line (issue 24): ``packdesk pull`` keeps each Shopify
order's payment state; ``packdesk simulate`` and ``packdesk ship`` capture an authorised
payment once before the label (a lost answer read back, never sent twice), hold a declined
one at the bench and never capture a paid one; ``packdesk sync`` then tells the store what
shipped, and nothing of the held order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from packdesk.cli import main
from packdesk.domain.model import OrderStatus
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow
from tests.helpers.fake_shopify import FakeShopify, shopify_line, shopify_order
from tests.helpers.payments import (
    AUTHORISED,
    DECLINED,
    LOST,
    PAID,
    capture_row,
    order_state,
    stocked_skus,
)
from tests.helpers.shop import seed_small_shop
from tests.helpers.shopify_flow import set_status
from tests.unit.test_tracking import s10_digit

ORDERS = (AUTHORISED, DECLINED, LOST, PAID)


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeShopify]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("PACKDESK_SHOPIFY_TOKEN", "shpat_test")
    with FakeShopify().running() as fake:
        yield fake


def pulled(url: str, store: FakeShopify, capsys: pytest.CaptureFixture[str]) -> Engine:
    """A seeded warehouse and the store's four orders, pulled with ``packdesk pull``."""
    engine = make_engine(url)
    shop = seed_small_shop(engine, orders=0)
    for position, (legacy, (sku, barcode)) in enumerate(zip(ORDERS, stocked_skus(shop, 4), strict=True)):
        store.add_order(shopify_order(
            legacy, lines=[shopify_line(legacy * 10, sku, 1, barcode=barcode, options={})],
            financial="PAID" if legacy == PAID else "AUTHORIZED", amount=f"{40 + position}.50",
            created=f"2026-11-26T08:0{position}:00Z"))
    store.capture_refusals[DECLINED] = "declined"
    code, out, err = run(capsys, "pull", "--source", "shopify", "--url", store.url, "--no-images",
                         "--db", url)
    assert code == 0 and out.startswith("created 4,"), out + err
    return engine


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_the_store_was_charged_and_told(store: FakeShopify) -> None:
    assert store.drop_after_capture == 0  # one capture's answer was lost on the way
    for legacy in (AUTHORISED, LOST):
        assert len(store.captures(legacy)) == 1
        assert store.fulfilled_units(legacy)  # `packdesk sync` told the store it shipped
    assert [r["id"] for r in store.capture_requests].count(f"gid://shopify/Order/{LOST}") == 1
    assert store.captures(PAID) == [] and store.fulfilled_units(PAID)
    assert store.captures(DECLINED) == [] and not store.fulfilled_units(DECLINED)


@pytest.mark.slow
def test_simulate_captures_once_holds_the_declined_order_and_sync_tells_the_store(
    sqlite_url: str, store: FakeShopify, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    engine = pulled(sqlite_url, store, capsys)
    store.drop_after_capture = 1  # the first capture's answer is lost after it was made
    code, out, err = run(capsys, "simulate", "--db", sqlite_url, "--stations", "1", "--force",
                         "--print-folder", str(tmp_path / "printed"), "--max-seconds", "120")
    assert code == 0, out + err
    assert "orders shipped: 3 of 4" in out, out
    assert f"held for its payment: #{DECLINED}: payment could not be captured: the card was declined" in out
    assert order_state(engine, DECLINED) == ("packed", "payment could not be captured: the card was declined")
    for legacy in (AUTHORISED, LOST):  # captured, then its label printed
        captured = capture_row(engine, legacy)
        with engine.connect() as conn:
            label_at = conn.scalar(select(OrderRow.label_printed_at)
                                   .where(OrderRow.external_id == str(legacy)))
        assert captured is not None and captured.status == "captured" and captured.attempts == 1
        assert label_at is not None and captured.updated_at <= label_at
    code, out, err = run(capsys, "sync", "--db", sqlite_url)
    assert code == 0 and out.startswith("sent 3,"), out + err
    assert_the_store_was_charged_and_told(store)
    engine.dispose()


def test_packdesk_ship_captures_before_the_label_and_refuses_a_declined_payment(
    sqlite_url: str, store: FakeShopify, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = pulled(sqlite_url, store, capsys)
    for legacy in ORDERS:
        set_status(engine, str(legacy), OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED)
    store.drop_after_capture = 1
    for position, legacy in enumerate(ORDERS):
        serial = f"7041238{position}"
        code, out, err = run(capsys, "ship", f"#{legacy}", "--label",
                             f"scan:RR{serial}{s10_digit(serial)}NO", "--db", sqlite_url)
        if legacy == DECLINED:
            assert code == 1 and out == ""
            assert "payment could not be captured: the card was declined" in err
            assert "held for a lead" in err
            assert order_state(engine, DECLINED)[0] == "packed"
        else:
            assert code == 0 and '"tracking_number"' in out, out + err
    declined = capture_row(engine, DECLINED)
    assert declined is not None and declined.status == "failed"
    code, out, err = run(capsys, "sync", "--db", sqlite_url)
    assert code == 0 and out.startswith("sent 3,"), out + err
    assert_the_store_was_charged_and_told(store)
    engine.dispose()


def test_packdesk_ship_unpaid_ships_a_declined_order_as_a_leads_decision_recorded(
    sqlite_url: str, store: FakeShopify, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a lead's badge does at the bench, from the command line: the capture is tried
    first; once refused, ``--ship-unpaid`` ships the order and records who decided."""
    engine = pulled(sqlite_url, store, capsys)
    set_status(engine, str(DECLINED), OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED)
    label = f"scan:RR70412380{s10_digit('70412380')}NO"
    code, out, err = run(capsys, "ship", f"#{DECLINED}", "--label", label, "--db", sqlite_url)
    assert code == 1 and "--ship-unpaid ships it anyway" in err
    code, out, err = run(capsys, "ship", f"#{DECLINED}", "--label", label, "--ship-unpaid",
                         "--db", sqlite_url)
    assert code == 0 and '"tracking_number"' in out, out + err
    assert f"#{DECLINED} ships with its payment not captured" in err
    waived = capture_row(engine, DECLINED)
    assert waived is not None and waived.status == "waived"
    assert waived.waived_by.startswith("command line (")
    assert order_state(engine, DECLINED)[0] == "shipped"
    assert len(store.capture_requests) == 1  # the declined card was asked once, not again
    engine.dispose()
