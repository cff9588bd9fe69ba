"""What a lead does with an order the store changed after picking started: let it go on
as packed (the store is told only what was packed), or start it over (picked units back
to their bins, the next pull brings the store's lines)."""

from __future__ import annotations

import logging

from sqlalchemy import select

from packdesk.domain.errors import DomainError
from packdesk.domain.model import MovementReason, OrderStatus, Role
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import BinStockRow, OrderRow, StockMovementRow

from . import claims, labelvoid, picking
from .auth import Actor, require_role
from .intake import CHANGED_AT_STORE
from .uow import UnitOfWork

log = logging.getLogger(__name__)


def ship_as_packed(uow: UnitOfWork, actor: Actor | None, number: str) -> str:
    """A lead lets an order the store changed after picking started go on as packed.

    The order returns to where it was held (picking, packing, packed); the store is told
    only the units packed. Returns the status it is back in.
    """
    lead = require_role(actor, Role.LEAD, "shipping an order the store changed")
    with uow.writing() as writer:
        row = writer.session.scalars(
            select(OrderRow).where(OrderRow.number == number, OrderRow.status == OrderStatus.ON_HOLD.value)
        ).first()
        if row is None or not row.hold_reason.startswith(CHANGED_AT_STORE) or row.held_from in (
                None, OrderStatus.NEW.value):
            raise DomainError(f"order {number} is not held for a change at the store")
        back = OrderStatus(row.held_from)
        log.info("order %s (%s) goes on as packed, by %s", number, row.hold_reason, lead.name)
        row.change_status(back)
        writer.commit()
        return back.value


def repick(uow: UnitOfWork, actor: Actor | None, number: str) -> int:
    """A lead starts over an order the store changed after picking started.

    The units picked go back to the bins they came from (a stock movement each), the
    order's picks, checks and printed documents are undone and it is new again, with the
    fingerprint cleared, so the next pull brings the store's current lines. Returns the
    number of units put back.
    """
    lead = require_role(actor, Role.LEAD, "re-picking an order the store changed")
    with uow.writing() as writer:
        session = writer.session
        row = session.scalars(
            select(OrderRow).where(OrderRow.number == number, OrderRow.status == OrderStatus.ON_HOLD.value)
            .with_for_update()
        ).first()
        if row is None or not row.hold_reason.startswith(CHANGED_AT_STORE):
            raise DomainError(f"order {number} is not held for a change at the store")
        now = utcnow()
        returned = 0
        for (_order_id, product_id), per_bin in picking.picked_by_bin(session, [row.id]).items():
            for bin_id, units in per_bin.items():
                if bin_id is not None:
                    stock = session.scalars(select(BinStockRow).where(
                        BinStockRow.bin_id == bin_id, BinStockRow.product_id == product_id)
                    ).first()
                    if stock is None:
                        session.add(BinStockRow(bin_id=bin_id, product_id=product_id, quantity=units))
                    else:
                        stock.quantity += units
                # The pick, undone as an undo does it: the order's picks add up to none.
                session.add(StockMovementRow(
                    at=now, product_id=product_id, bin_id=bin_id, delta=units,
                    reason=MovementReason.PICK.value, order_id=row.id, user_name=lead.name))
                returned += units
        for line in row.lines:
            line.picked_qty = line.verified_qty = line.short_qty = 0
            line.overridden_by = None
        labelvoid.mark_for_void(session, row, f"re-picked by {lead.name}")
        claims.clear(row)
        row.slip_printed_at = row.label_printed_at = None
        row.pending_shipment = None
        row.gift_steps = {}
        row.content_hash = ""  # the next pull rewrites the lines as the store has them now
        row.change_status(OrderStatus.NEW)
        if returned:
            picking.bump_stock_version(session)
        log.info("order %s (%s) re-picked by %s: %d unit(s) back to stock", number,
                 row.hold_reason, lead.name, returned)
        writer.commit()
        return returned
