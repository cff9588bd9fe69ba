"""Returns through the command line, as other checks run it, on both backends."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal

from sqlalchemy import Engine, select

from packdesk.domain.model import Role
from packdesk.domain.returns import Condition, ReturnPolicy
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OutboxMessageRow, StockMovementRow
from packdesk.services.auth import Actor
from packdesk.services.returns import ReturnsService, record_authorisation, save_policy
from packdesk.services.uow import UnitOfWork
from tests.helpers.returns import counts, home_bin, ship_orders, shipped_sku_elsewhere, stock_in
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import barcode_of

ADMIN = Actor(1, "Ada", Role.ADMIN)
LEAD = Actor(2, "Lena", Role.LEAD)


def packdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "packdesk", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ))


def _shop(db_url: str, shipped: int = 2) -> tuple[Engine, list]:  # type: ignore[type-arg]
    engine = make_engine(db_url)
    seed_small_shop(engine, orders=20)
    return engine, ship_orders(engine, shipped)


def test_a_two_unit_return_restocks_one_quarantines_one_and_queues_the_refund(db_url: str) -> None:
    engine, orders = _shop(db_url)
    order = orders[0]
    (sku_a, _qa, price_a), (sku_b, _qb, price_b) = order.lines[:2]
    bin_a = home_bin(engine, sku_a)
    before_a, before_q = stock_in(engine, bin_a, sku_a), stock_in(engine, "Q-01-1-A", sku_b)
    result = packdesk("returns", "receive", order.number, "--item", barcode_of(engine, sku_a),
                      "--item", f"{sku_b}:damaged", "--reason", "too small", "--db", db_url)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [(u["condition"], u["location"]) for u in summary["units"]] == [
        ("resellable", bin_a), ("damaged", "Q-01-1-A")]
    assert summary["refund"] == {"amount": str(price_a + price_b), "currency": "EUR", "status": "queued"}
    assert stock_in(engine, bin_a, sku_a) == before_a + 1
    assert stock_in(engine, "Q-01-1-A", sku_b) == before_q + 1
    with UnitOfWork(engine) as uow:
        message = uow.session.get(OutboxMessageRow, summary["outbox_message_id"])
        assert message is not None and message.kind == "order.refund"
        assert Decimal(message.payload["amount"]) == price_a + price_b
        assert {(li["sku"], li["quantity"]) for li in message.payload["line_items"]} == {(sku_a, 1), (sku_b, 1)}
        moves = uow.session.scalars(select(StockMovementRow).where(StockMovementRow.reason == "return")).all()
        assert len(moves) == 2 and all(m.user_name and m.user_name.startswith("command line") for m in moves)
    # Not announced by the store: accepted, and flagged for the lead.
    assert summary["flagged_for_lead"] is True
    engine.dispose()


def test_a_code_of_another_order_is_refused_naming_that_order_and_nothing_is_recorded(db_url: str) -> None:
    engine, orders = _shop(db_url, shipped=3)
    sku_a = orders[0].lines[0][0]
    foreign, other_number = shipped_sku_elsewhere(engine, orders[0].number)
    before = stock_in(engine, home_bin(engine, sku_a), sku_a)
    result = packdesk("returns", "receive", orders[0].number, "--item", sku_a, "--item", foreign,
                      "--db", db_url)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"{foreign} was not shipped in order {orders[0].number}" in result.stderr
    assert "might belong to order #" in result.stderr
    assert counts(engine) == (0, 0, 0)
    assert stock_in(engine, home_bin(engine, sku_a), sku_a) == before
    assert other_number
    engine.dispose()


def test_receiving_the_same_unit_twice_is_refused(sqlite_url: str) -> None:
    engine, orders = _shop(sqlite_url, shipped=1)
    sku, quantity, _price = orders[0].lines[0]
    items = [arg for _ in range(quantity) for arg in ("--item", sku)]
    first = packdesk("returns", "receive", orders[0].number, *items, "--db", sqlite_url)
    assert first.returncode == 0, first.stderr
    again = packdesk("returns", "receive", orders[0].number, "--item", sku, "--db", sqlite_url)
    assert again.returncode == 1
    assert f"{quantity} of {quantity} already returned" in again.stderr
    assert counts(engine)[:2] == (1, 1)
    # Within one return too.
    service = ReturnsService(UnitOfWork(engine))
    draft = service.open(orders[0].number)
    other_sku, other_qty, _ = orders[0].lines[1]
    for _ in range(other_qty):
        service.receive(draft, other_sku)
    try:
        service.receive(draft, other_sku)
    except Exception as exc:  # noqa: BLE001 - the message is what the bench shows
        assert f"{other_qty} of {other_qty} already returned" in str(exc)
    else:
        raise AssertionError("a unit beyond the shipped quantity was taken")
    engine.dispose()


def test_a_return_on_an_order_never_shipped_is_refused(sqlite_url: str) -> None:
    engine, _orders = _shop(sqlite_url, shipped=1)
    result = packdesk("returns", "receive", "#10019", "--item", "X", "--db", sqlite_url)
    assert result.returncode == 1
    assert result.stderr.strip() == "packdesk: error: order #10019 was never shipped; nothing can come back"
    assert counts(engine) == (0, 0, 0)
    engine.dispose()


def test_a_refund_above_the_admins_amount_waits_for_a_lead(db_url: str) -> None:
    engine, orders = _shop(db_url, shipped=1)
    save_policy(UnitOfWork(engine), ADMIN, ReturnPolicy(approval_above=Decimal("1.00")))
    service = ReturnsService(UnitOfWork(engine), station="Bench 1")
    sku = orders[0].lines[0][0]
    summary = service.receive_and_close(orders[0].number, [(sku, Condition.RESELLABLE)], ADMIN)
    assert summary.refund_status == "awaiting_approval" and summary.outbox_message_id is None
    assert service.awaiting_approval() == 1
    assert counts(engine)[1] == 0
    approved = service.approve_refund(summary.return_id, LEAD)
    assert approved.outbox_message_id is not None and service.awaiting_approval() == 0
    assert counts(engine)[1] == 1
    engine.dispose()


def test_returns_list_as_csv_neutralises_formulas(sqlite_url: str) -> None:
    engine, orders = _shop(sqlite_url, shipped=1)
    sku = orders[0].lines[0][0]
    assert packdesk("returns", "receive", orders[0].number, "--item", f"{sku}:opened",
                    "--reason", "=HYPERLINK(\"x\")", "--db", sqlite_url).returncode == 0
    listed = packdesk("returns", "list", "--format", "csv", "--db", sqlite_url)
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert rows[0]["sku"] == sku and rows[0]["condition"] == "opened"
    assert rows[0]["reason"] == "'=HYPERLINK(\"x\")"
    table = packdesk("returns", "list", "--db", sqlite_url)
    assert "1 returned units" in table.stdout
    engine.dispose()


def test_an_announced_return_opens_by_its_code_and_is_not_flagged(sqlite_url: str) -> None:
    engine, orders = _shop(sqlite_url, shipped=1)
    record_authorisation(UnitOfWork(engine), orders[0].number, "RMA-7781")
    sku = orders[0].lines[0][0]
    result = packdesk("returns", "receive", "rma-7781", "--item", sku, "--db", sqlite_url)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["order"] == orders[0].number and summary["flagged_for_lead"] is False
    engine.dispose()
