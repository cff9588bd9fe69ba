"""Claiming orders for one station, atomically.

Two stations must never hold the same order. On SQLite the claim runs in a write
transaction begun IMMEDIATE (the caller's ``UnitOfWork(engine, immediate=True)``), so
reading the first free order and claiming it cannot interleave with another station. On
PostgreSQL the candidate rows are read with ``SELECT ... FOR UPDATE SKIP LOCKED``: a row
another station is claiming right now is skipped, not waited for, and not taken twice.

A claim is a lease (``claim_expires_at``), renewed on each scan; when a station crashes,
its orders become free again once the lease runs out, or at once when a lead releases them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, joinedload

from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import OrderLineRow, OrderRow

# Statuses a station may claim: new orders, and unfinished ones a crashed station left.
CLAIMABLE = (
    OrderStatus.NEW.value,
    OrderStatus.PICKING.value,
    OrderStatus.PACKING.value,
    OrderStatus.PACKED.value,
)
# Statuses in which an order is in a station's hands.
IN_HAND = (OrderStatus.PICKING.value, OrderStatus.PACKING.value, OrderStatus.PACKED.value)


def queue_order(query: Select[Any]) -> Select[Any]:
    """Ship-by date, express first, oldest first (as ``orders list`` shows it)."""
    return query.order_by(OrderRow.ship_by, OrderRow.priority, OrderRow.placed_at, OrderRow.id)


def is_free(now: datetime) -> ColumnElement[bool]:
    """SQL condition: nobody holds the order, or the holder's lease ran out."""
    return or_(OrderRow.claimed_station.is_(None), OrderRow.claim_expires_at < now)


def _lock(query: Select[Any], session: Session, *, skip_locked: bool) -> Select[Any]:
    if session.get_bind().dialect.name == "postgresql":
        return query.with_for_update(skip_locked=skip_locked, of=OrderRow)
    return query  # SQLite: the caller's IMMEDIATE transaction already excludes other writers


def claim(row: OrderRow, station: str, user: str | None, now: datetime, lease_seconds: float) -> None:
    """Put ``row`` in ``station``'s hands; a new order starts picking."""
    if row.claimed_station != station:
        # Another station's progress marks (its confirmed bin, its batch) do not carry over.
        row.confirmed_bin = None
        row.batch_id = None
        row.tote_slot = None
        row.claimed_at = now
    elif row.claimed_at is None:
        row.claimed_at = now
    row.claimed_station = station
    row.claimed_user = user
    row.claim_expires_at = now + timedelta(seconds=lease_seconds)
    if row.order_status is OrderStatus.NEW:
        row.change_status(OrderStatus.PICKING)


def clear(row: OrderRow, *, keep_batch: bool = False) -> None:
    """The one way a claim ends: no station, person, lease or confirmed bin; the batch and
    tote slot too unless ``keep_batch`` (a shipped order keeps where it was packed)."""
    row.claimed_station = None
    row.claimed_user = None
    row.claim_expires_at = None
    row.claimed_at = None
    row.confirmed_bin = None
    row.override_line_id = None
    if not keep_batch:
        row.batch_id = None
        row.tote_slot = None


def release(row: OrderRow) -> None:
    """Free ``row``; an order nothing was picked for goes back to new."""
    clear(row)
    if row.order_status is OrderStatus.PICKING and not any(line.picked_qty for line in row.lines):
        row.change_status(OrderStatus.NEW)


def held_by(session: Session, station: str, statuses: tuple[str, ...] = IN_HAND, *,
            lock: bool = False) -> list[OrderRow]:
    """The orders ``station`` holds, by tote slot."""
    query = (
        select(OrderRow)
        .where(OrderRow.claimed_station == station, OrderRow.status.in_(statuses))
        .order_by(func.coalesce(OrderRow.tote_slot, 0), OrderRow.id)
    )
    if lock:
        query = _lock(query, session, skip_locked=False)
    return list(session.scalars(query))


def held_with_lines(session: Session, station: str, statuses: tuple[str, ...],
                    column: Any) -> tuple[list[OrderRow], Any]:
    """The orders ``station`` holds, locked, with their lines and ``column`` (a scalar
    subquery), in one statement: what a scan reads."""
    query = (
        select(OrderRow, column)
        .options(joinedload(OrderRow.lines))
        .where(OrderRow.claimed_station == station, OrderRow.status.in_(statuses))
        .order_by(func.coalesce(OrderRow.tote_slot, 0), OrderRow.id)
    )
    result = session.execute(_lock(query, session, skip_locked=False)).unique().all()
    return [row[0] for row in result], (result[0][1] if result else None)


def _queue_key(row: OrderRow, nulls_last: bool) -> tuple[Any, ...]:
    # As queue_order sorts in SQL: an order without a ship-by date sorts last on
    # PostgreSQL and first on SQLite (each database's default for ascending order).
    no_date = row.ship_by is None
    return (no_date if nulls_last else not no_date, row.ship_by or date.min, row.priority,
            row.placed_at, row.id)


def next_free(session: Session, station: str, now: datetime, *,
              unfinished: bool = True) -> OrderRow | None:
    """The first claimable order in queue order, locked for this transaction.

    ``unfinished=False`` takes new orders only (a station that leaves its orders packed
    for others to ship, like ``simulate --until packed``, must not take them back).

    Asked as two queries: the first free new order, which the index on (status, ship-by,
    priority, placed, id) finds without sorting the queue (a single query over all
    claimable statuses sorted 100,000 new orders on every claim), and the first
    unfinished order left free by a crashed station (few). The better one is taken; on
    PostgreSQL the other stays locked only until this transaction ends.
    """
    candidates = []
    statuses = [OrderRow.status == OrderStatus.NEW.value]
    if unfinished:
        # Not one packed and held at the bench for its payment: a lead decides that one.
        statuses.append(and_(OrderRow.status.in_(IN_HAND), OrderRow.hold_reason == ""))
    for status in statuses:
        query = queue_order(select(OrderRow).where(status, is_free(now))).limit(1)
        row = session.scalars(_lock(query, session, skip_locked=True)).first()
        if row is not None:
            candidates.append(row)
    nulls_last = session.get_bind().dialect.name == "postgresql"
    return min(candidates, key=lambda row: _queue_key(row, nulls_last), default=None)


def small_free_orders(session: Session, now: datetime, limit: int, max_units: int) -> list[OrderRow]:
    """Up to ``limit`` new, free orders of at most ``max_units`` units, locked."""
    units = (
        select(OrderLineRow.order_id, func.sum(OrderLineRow.quantity).label("units"))
        .group_by(OrderLineRow.order_id)
        .subquery()
    )
    query = queue_order(
        select(OrderRow)
        .join(units, units.c.order_id == OrderRow.id)
        .where(OrderRow.status == OrderStatus.NEW.value, is_free(now), units.c.units <= max_units)
    ).limit(limit)
    return list(session.scalars(_lock(query, session, skip_locked=True)))


def by_number(session: Session, number: str) -> OrderRow | None:
    """The order with this number, locked; an open one first when numbers repeat."""
    query = (
        select(OrderRow)
        .where(OrderRow.number == number.strip())
        .order_by(OrderRow.status.in_(CLAIMABLE).desc(), OrderRow.id.desc())
        .limit(1)
    )
    row = session.scalars(_lock(query, session, skip_locked=False)).first()
    if row is None and not number.strip().startswith("#"):
        # Packers type "10042" for "#10042".
        return by_number(session, "#" + number.strip())
    return row


def new_batch_id() -> str:
    return uuid.uuid4().hex[:12]
