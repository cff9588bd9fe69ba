"""Whose shipping label a scanned code is: the tracking number barcode on our own label (ZPL
or PDF) or on a bought carrier label, read back from what the station printed.

Scanning the label of the order being packed ships it (it proves the right label is on the
right parcel); the label of another order is refused, naming both orders.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.domain.model import OrderStatus
from packdesk.domain.tracking import normalise
from packdesk.persistence.tables import CarrierLabelRow, OrderRow, ShipmentRow


def printed_tracking(row: OrderRow) -> str:
    """The tracking number on the order's printed label, or "" (no label printed yet, or the
    carrier's pre-printed label, whose number the station learns only when it is scanned)."""
    if row.label_printed_at is None:
        return ""
    printed = (row.pending_shipment or {}).get("printed") or {}
    return str(printed.get("tracking_number") or "")


def is_label_of(row: OrderRow, scanned: str) -> bool:
    """``scanned`` is the tracking number on ``row``'s printed label."""
    tracking = printed_tracking(row)
    return bool(tracking) and normalise(scanned) == normalise(tracking)


def label_owner(session: Session, scanned: str, *, other_than: int) -> OrderRow | None:
    """The order, other than ``other_than``, whose label carries ``scanned``: a label printed
    for a packed order, a bought carrier label, or a shipped order's label. Read only for a
    code that is no product (the packer scanned a label)."""
    number = normalise(scanned)
    if not number:
        return None
    candidates = [number] if number == scanned.strip() else [number, scanned.strip()]
    owner_id = session.scalars(
        select(CarrierLabelRow.order_id).where(CarrierLabelRow.tracking_number.in_(candidates),
                                               CarrierLabelRow.order_id != other_than)
    ).first() or session.scalars(
        select(ShipmentRow.order_id).where(ShipmentRow.tracking_number.in_(candidates),
                                           ShipmentRow.order_id != other_than)
    ).first()
    if owner_id is not None:
        return session.get(OrderRow, owner_id)
    # Labels printed for orders still waiting to ship: few at a time.
    waiting = session.scalars(
        select(OrderRow).where(OrderRow.status == OrderStatus.PACKED.value,
                               OrderRow.label_printed_at.is_not(None),
                               OrderRow.id != other_than)
    )
    return next((row for row in waiting if is_label_of(row, scanned)), None)
