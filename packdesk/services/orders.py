"""Reading the order queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import OrderLineRow, OrderRow

from .uow import UnitOfWork


@dataclass(frozen=True)
class OrderSummary:
    id: int
    source: str
    external_id: str
    number: str
    status: str
    placed_at: datetime
    ship_by: date | None
    shipping_method: str
    ship_to_name: str
    country: str
    lines: int
    units: int
    gift: bool
    has_note: bool
    hold_reason: str
    claimed_station: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "external_id": self.external_id,
            "number": self.number,
            "status": self.status,
            "placed_at": self.placed_at.isoformat(),
            "ship_by": self.ship_by.isoformat() if self.ship_by else None,
            "shipping_method": self.shipping_method,
            "ship_to_name": self.ship_to_name,
            "country": self.country,
            "lines": self.lines,
            "units": self.units,
            "gift": self.gift,
            "has_note": self.has_note,
            "hold_reason": self.hold_reason,
            "claimed_station": self.claimed_station,
        }


def list_orders(
    uow: UnitOfWork, *, status: OrderStatus | None = None, limit: int | None = None
) -> list[OrderSummary]:
    """Orders in queue order: ship-by date, express first, then oldest first."""
    line_counts = (
        select(
            OrderLineRow.order_id,
            func.count().label("lines"),
            func.sum(OrderLineRow.quantity).label("units"),
        )
        .group_by(OrderLineRow.order_id)
        .subquery()
    )
    query = (
        select(OrderRow, line_counts.c.lines, line_counts.c.units)
        .join(line_counts, line_counts.c.order_id == OrderRow.id, isouter=True)
        .order_by(OrderRow.ship_by, OrderRow.priority, OrderRow.placed_at, OrderRow.id)
    )
    if status is not None:
        query = query.where(OrderRow.status == status.value)
    if limit is not None:
        query = query.limit(limit)
    with uow:
        return [
            OrderSummary(
                id=row.id,
                source=row.source,
                external_id=row.external_id,
                number=row.number,
                status=row.status,
                placed_at=row.placed_at,
                ship_by=row.ship_by,
                shipping_method=row.shipping_method,
                ship_to_name=str(row.ship_to.get("name", "")),
                country=str(row.ship_to.get("country", "")),
                lines=int(lines or 0),
                units=int(units or 0),
                gift=row.gift,
                has_note=bool(row.customer_note.strip()),
                hold_reason=row.hold_reason,
                claimed_station=row.claimed_station,
            )
            for row, lines, units in uow.session.execute(query)
        ]


def count_by_status(uow: UnitOfWork) -> dict[str, int]:
    with uow:
        rows = uow.session.execute(
            select(OrderRow.status, func.count()).group_by(OrderRow.status)
        ).all()
    counts = {status.value: 0 for status in OrderStatus}
    counts.update({status: int(n) for status, n in rows})
    return counts
