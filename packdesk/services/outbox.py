"""Writing outbox messages, in the same transaction as the change they report.

A message names its effect with an idempotency key (``order.shipped:<source>:<id>:<shipment>``),
so writing it twice is refused by the database and sending it twice is caught by the
worker's check at the store. Kinds are general: ``order.shipped`` now; refunds and payment
captures later use the same table.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.config import data_dir, resources_dir
from packdesk.domain.carriers import Carrier, load_carriers, tracking_link
from packdesk.domain.model import OutboxStatus, Role
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, SettingRow, ShipmentRow

from .auth import Actor, require_role
from .uow import UnitOfWork

log = logging.getLogger(__name__)

ORDER_SHIPPED = "order.shipped"
ORDER_REFUND = "order.refund"  # written by services.returns when a return is closed
ACCESS_REFUSED_SETTING = "sync.access_refused"  # destination -> the store's words
DISMISSED_PREFIX = "dismissed by "
PICKUP_METHOD = "pickup"  # the shipping method of an order the customer collects at the store


@lru_cache(maxsize=1)
def carrier_table() -> dict[str, Carrier]:
    return load_carriers(resources_dir() / "carriers.json", data_dir() / "carriers.json")


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
        "pickup": order.shipping_method == PICKUP_METHOD,  # collected at the store: no carrier
        # What went in the box: the store is told these units, never more.
        "lines": [{"sku": line.sku, "quantity": line.quantity - line.short_qty}
                  for line in order.lines if line.quantity - line.short_qty > 0],
    }
    return enqueue(
        session,
        kind=ORDER_SHIPPED,
        destination=order.source,
        idempotency_key=f"{ORDER_SHIPPED}:{order.source}:{order.external_id}:{shipment.id}",
        payload=payload,
        order_id=order.id,
    )


# --- What the stores refused, for the lead -----------------------------------------------


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    destination: str
    number: str
    status: str
    attempts: int
    last_error: str
    remote_ref: str | None


def refused_messages(uow: UnitOfWork) -> list[OutboxEntry]:
    """Messages the stores refused, with the stores' words, oldest first."""
    with uow:
        return [
            OutboxEntry(r.id, r.destination, str(r.payload.get("number", "")), r.status,
                        r.attempts, r.last_error, r.remote_ref)
            for r in uow.session.scalars(
                select(OutboxMessageRow)
                .where(OutboxMessageRow.status == OutboxStatus.FAILED.value)
                .order_by(OutboxMessageRow.id)
            )
        ]


def retry_message(uow: UnitOfWork, actor: Actor | None, message_id: int) -> bool:
    """A lead sends a refused message again (after fixing the cause). False if not refused."""
    lead = require_role(actor, Role.LEAD, "retrying a message to the store")
    with uow.writing() as writer:
        row = writer.session.get(OutboxMessageRow, message_id)
        if row is None or row.status != OutboxStatus.FAILED.value:
            return False
        row.status = OutboxStatus.PENDING.value
        row.next_attempt_at = utcnow()
        log.info("outbox message %s retried by %s", message_id, lead.name)
        writer.commit()
        return True


def dismiss_message(uow: UnitOfWork, actor: Actor | None, message_id: int) -> bool:
    """A lead decides a refused message is not to be sent (the store was told by hand)."""
    lead = require_role(actor, Role.LEAD, "dismissing a message to the store")
    with uow.writing() as writer:
        row = writer.session.get(OutboxMessageRow, message_id)
        if row is None or row.status != OutboxStatus.FAILED.value:
            return False
        row.status = OutboxStatus.DISMISSED.value
        row.last_error = f"{DISMISSED_PREFIX}{lead.name}: {row.last_error}"[:2000]
        writer.commit()
        return True


def set_access_refused(uow: UnitOfWork, destination: str, words: str | None) -> None:
    """Record (or, with None, clear) that ``destination`` refused our credentials."""
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, ACCESS_REFUSED_SETTING)
        value = dict(row.value) if row else {}
        if value.get(destination) == words or (words is None and destination not in value):
            return
        if words is None:
            value.pop(destination, None)
        else:
            value[destination] = words[:500]
        if row is None:
            writer.session.add(SettingRow(key=ACCESS_REFUSED_SETTING, value=value))
        else:
            row.value = value
        writer.commit()


def access_refused(uow: UnitOfWork) -> dict[str, str]:
    """Stores whose credentials were refused (destination -> the store's words)."""
    with uow:
        row = uow.session.get(SettingRow, ACCESS_REFUSED_SETTING)
        return {str(k): str(v) for k, v in (row.value if row else {}).items()}
