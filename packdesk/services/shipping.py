"""The one way an order becomes shipped, from the bench or from ``packdesk ship``.

Both callers check first what they must (the packing rules at the bench, the packed
status on the command line, the payment in both); this writes what shipping is, so an
order shipped either way looks the same to the store, the dashboard and a later return.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from packdesk.domain.model import OrderStatus, Shipment, ShipmentKind
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, ShipmentRow

from . import claims
from .facts import record_order_facts
from .outbox import record_shipped


def record_shipment(
    session: Session, row: OrderRow, shipment: Shipment, *, station: str, user: str,
    now: datetime,
) -> tuple[ShipmentRow, OutboxMessageRow]:
    """In the caller's transaction: the shipment, the shipped status, the claim ended (the
    order keeps the batch and tote it was packed in), the store's "shipped" message in the
    outbox and the dashboard's facts for the order."""
    shipment_row = ShipmentRow(
        order_id=row.id, kind=ShipmentKind.OUTBOUND.value, carrier=shipment.carrier,
        service=shipment.service or "standard", tracking_number=shipment.tracking_number,
        tracking_url=shipment.tracking_url, weight_g=shipment.weight_g,
        label_format=shipment.label_format, station=station, user_name=user, created_at=now,
    )
    session.add(shipment_row)
    row.change_status(OrderStatus.SHIPPED)
    row.shipped_at = now
    claims.clear(row, keep_batch=True)
    message = record_shipped(session, row, shipment_row)
    session.flush()
    record_order_facts(session, row.id)
    return shipment_row, message
