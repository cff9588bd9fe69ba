"""Writing outbox messages, in the same transaction as the change they report.

A message names its effect with an idempotency key (``order.shipped:<source>:<id>:<shipment>``),
so writing it twice is refused by the database and sending it twice is caught by the
worker's check at the store. Kinds are general: ``order.shipped`` now; refunds and payment
captures later use the same table.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from packdesk.config import data_dir
from packdesk.domain.carriers import Carrier, load_carriers, tracking_link
from packdesk.domain.model import OutboxStatus
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, ShipmentRow
from packdesk.resources import resource_path

ORDER_SHIPPED = "order.shipped"


@lru_cache(maxsize=1)
def carrier_table() -> dict[str, Carrier]:
    return load_carriers(resource_path("carriers.json"), data_dir() / "carriers.json")


def tracking_url_for(carrier: str, tracking_number: str) -> str:
    return tracking_link(carrier_table(), carrier, tracking_number)


def enqueue(
    session: Session,
    *,
    kind: str,
    destination: str,
    idempotency_key: str,
    payload: dict[str, Any],
    order_id: int | None = None,
) -> OutboxMessageRow:
    message = OutboxMessageRow(
        kind=kind,
        destination=destination,
        order_id=order_id,
        idempotency_key=idempotency_key,
        payload=payload,
        status=OutboxStatus.PENDING.value,
        next_attempt_at=utcnow(),
    )
    session.add(message)
    return message


def record_shipped(session: Session, order: OrderRow, shipment: ShipmentRow) -> OutboxMessageRow:
    """Queue "this order shipped" for its store. Call inside the ship transaction."""
    session.flush()  # the shipment needs its id for the key
    payload = {
        "order_id": order.id,
        "source": order.source,
        "external_id": order.external_id,
        "number": order.number,
        "shipment_id": shipment.id,
        "carrier": shipment.carrier,
        "service": shipment.service,
        "tracking_number": shipment.tracking_number,
        "tracking_url": shipment.tracking_url,
        "shipped_at": (order.shipped_at or utcnow()).isoformat(),
    }
    return enqueue(
        session,
        kind=ORDER_SHIPPED,
        destination=order.source,
        idempotency_key=f"{ORDER_SHIPPED}:{order.source}:{order.external_id}:{shipment.id}",
        payload=payload,
        order_id=order.id,
    )
