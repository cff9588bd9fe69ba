"""Per-order facts for the dashboard, written once when an order ships.

The shift lead's figures over 90 days would otherwise read a million scan events and
every order's lines on each refresh. What they need of a shipped order never changes
after it ships, so the ship transaction writes it to ``order_facts`` (one row per order):
who shipped it where and when, its units, its timings in whole seconds, and the counts of
its scans (items and bins scanned while picking or packing, refusals among them, short
picks, overrides). ``services.stats`` reads those rows; scans of orders that have not
shipped are still read from ``scan_events`` (few, and found through indexes).

The same SELECT fills the table three ways: one order at ship (``record_order_facts``),
many orders at once (``record_facts_for_orders``, the history generator), and every
order shipped before the table existed (migration 0006 holds its own frozen copy of this
SQL; tests/integration/test_order_facts.py checks that both give the same rows).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session

from packdesk.domain.model import REFUSALS, ScanOutcome
from packdesk.persistence.tables import (
    OrderFactRow,
    OrderLineRow,
    OrderRow,
    ScanEventRow,
    ShipmentRow,
)

# Scans of items and bins while picking or packing: the mis-scan rate's denominator.
ITEM_SCAN_OUTCOMES = frozenset({ScanOutcome.ACCEPTED, ScanOutcome.BIN_CONFIRMED}) | REFUSALS
WORK_PHASES = ("pick", "pack")
FACT_COLUMNS = (
    "order_id", "shipped_at", "shipped_s", "packer", "station", "units", "lines",
    "first_scan_s", "total_s", "pick_s", "pack_s", "item_scans", "misscans", "short_picks",
    "overrides",
)


def epoch_seconds(column: Any, dialect: str) -> ColumnElement[int]:
    """Whole seconds since 1970 of a naive-UTC timestamp, truncated the same on both."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer)
    return cast(func.floor(func.extract("epoch", column)), BigInteger)


def _first_outbound(column: Any) -> Any:
    return (
        select(column)
        .where(ShipmentRow.order_id == OrderRow.id, ShipmentRow.kind == "outbound")
        .order_by(ShipmentRow.id)
        .limit(1)
        .scalar_subquery()
    )


def facts_select(dialect: str) -> Select[Any]:
    """The facts of every shipped order, in ``FACT_COLUMNS`` order (filter it by order)."""
    first = epoch_seconds(OrderRow.first_scan_at, dialect)
    shipped = epoch_seconds(OrderRow.shipped_at, dialect)
    picked = epoch_seconds(OrderRow.picked_at, dialect)
    packed = epoch_seconds(OrderRow.packed_at, dialect)
    line_totals = (
        select(
            func.coalesce(func.sum(OrderLineRow.quantity - OrderLineRow.short_qty), 0),
        )
        .where(OrderLineRow.order_id == OrderRow.id)
        .scalar_subquery()
    )
    line_count = (
        select(func.count()).where(OrderLineRow.order_id == OrderRow.id).scalar_subquery()
    )
    outcome = ScanEventRow.outcome
    is_work = ScanEventRow.phase.in_(WORK_PHASES)

    def scans_where(condition: ColumnElement[bool]) -> Any:
        return (
            select(func.coalesce(func.sum(case((condition, 1), else_=0)), 0))
            .where(ScanEventRow.order_id == OrderRow.id)
            .scalar_subquery()
        )

    return select(
        OrderRow.id,
        OrderRow.shipped_at,
        shipped,
        func.coalesce(_first_outbound(ShipmentRow.user_name), OrderRow.claimed_user, ""),
        func.coalesce(_first_outbound(ShipmentRow.station), OrderRow.claimed_station, ""),
        line_totals,
        line_count,
        first,
        shipped - first,
        picked - first,
        packed - picked,
        scans_where(and_(is_work, outcome.in_([o.value for o in ITEM_SCAN_OUTCOMES]))),
        scans_where(and_(is_work, outcome.in_([o.value for o in REFUSALS]))),
        scans_where(outcome == ScanOutcome.SHORT_PICK.value),
        scans_where(outcome == ScanOutcome.OVERRIDE.value),
    ).where(OrderRow.shipped_at.is_not(None))


def _insert_facts(dialect: str, order_ids: list[int]) -> Any:
    source = facts_select(dialect).where(OrderRow.id.in_(order_ids))
    return insert(OrderFactRow).from_select(list(FACT_COLUMNS), source)


def record_order_facts(session: Session, order_id: int) -> None:
    """Write the facts of an order that has just shipped (call inside its ship transaction,
    after the shipment row is flushed)."""
    dialect = session.get_bind().dialect.name
    session.execute(_insert_facts(dialect, [order_id]))


def record_facts_for_orders(connection: Connection, order_ids: Iterable[int]) -> None:
    """Write the facts of many shipped orders at once (bulk writers such as the history)."""
    ids = list(order_ids)
    for start in range(0, len(ids), 500):
        connection.execute(_insert_facts(connection.dialect.name, ids[start:start + 500]))
