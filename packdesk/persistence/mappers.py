"""Between domain values and table rows."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from packdesk.domain.model import Address, Order, OrderLine, OrderStatus, is_express_method
from packdesk.domain.payments import Payment

from .tables import OrderLineRow, OrderRow

_ADDRESS_FIELDS = tuple(Address.__dataclass_fields__)


def address_to_json(address: Address) -> dict[str, str]:
    # What asdict() gives for these plain text fields, without its deep copies (intake
    # calls this twice for every order it meets).
    return {name: getattr(address, name) for name in _ADDRESS_FIELDS}


def address_from_json(data: dict[str, Any]) -> Address:
    fields = {k: str(v) for k, v in data.items() if k in Address.__dataclass_fields__}
    for required in ("name", "line1", "city", "postal_code", "country"):
        fields.setdefault(required, "")
    return Address(**fields)


_LINE_FIELDS = tuple(OrderLine.__dataclass_fields__)


def content_hash(order: Order) -> str:
    """A fingerprint of what the store said, to tell a changed order from a repeat."""
    payload = {
        "number": order.number,
        "ship_by": order.ship_by.isoformat() if order.ship_by else None,
        "method": order.shipping_method,
        "to": address_to_json(order.ship_to),
        "note": order.customer_note,
        "gift": [order.gift, order.gift_message],
        "attrs": order.note_attributes,
        # The lines' fields as asdict() gives them (same JSON, so the same hash as
        # before), without its deep copies: a pull hashes every order it meets. An empty
        # image URL is left out: orders stored before lines had photos keep their hash.
        "lines": [{f: getattr(line, f) for f in _LINE_FIELDS if f != "image_url" or line.image_url}
                  for line in order.lines],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def order_values(order: Order, *, digest: str | None = None) -> dict[str, Any]:
    """Column values of ``orders`` for a domain order (no id); ``digest``: its content
    hash when the caller has it already."""
    return {
        "source": order.source,
        "external_id": order.external_id,
        "number": order.number,
        "placed_at": order.placed_at,
        "ship_by": order.ship_by,
        "shipping_method": order.shipping_method,
        "priority": 0 if is_express_method(order.shipping_method) else 1,
        "ship_to": address_to_json(order.ship_to),
        "customer_note": order.customer_note,
        "gift": order.gift,
        "gift_message": order.gift_message,
        "note_attributes": dict(order.note_attributes),
        "currency": order.currency,
        "status": order.status.value,
        "hold_reason": order.hold_reason,
        "held_from": order.held_from.value if order.held_from else None,
        "cancel_reason": order.cancel_reason,
        "content_hash": digest or content_hash(order),
        "payment": payment_json(order),
    }


def payment_json(order: Order) -> dict[str, str] | None:
    """The store's payment state as the ``orders.payment`` column keeps it (not part of the
    content hash: a payment taken at the store is not a change of what to pack)."""
    payment = order.payment
    return payment.to_json() if payment is not None else None


def line_values(line: OrderLine, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "sku": line.sku,
        "name": line.name,
        "quantity": line.quantity,
        "attributes": dict(line.attributes),
        "properties": dict(line.properties),
        "line_note": line.line_note,
        "unit_price": line.unit_price,
        "barcode": line.barcode,
        "image_url": line.image_url,
    }


def order_from_row(row: OrderRow) -> Order:
    return Order(
        source=row.source,
        external_id=row.external_id,
        number=row.number,
        placed_at=row.placed_at,
        ship_to=address_from_json(row.ship_to),
        lines=[line_from_row(line) for line in row.lines],
        ship_by=row.ship_by,
        shipping_method=row.shipping_method,
        customer_note=row.customer_note,
        gift=row.gift,
        gift_message=row.gift_message,
        note_attributes=dict(row.note_attributes),
        currency=row.currency,
        status=OrderStatus(row.status),
        hold_reason=row.hold_reason,
        held_from=OrderStatus(row.held_from) if row.held_from else None,
        cancel_reason=row.cancel_reason,
        payment=Payment.from_json(row.payment),
    )


def line_from_row(row: OrderLineRow) -> OrderLine:
    return OrderLine(
        sku=row.sku,
        quantity=row.quantity,
        name=row.name,
        attributes=dict(row.attributes),
        line_note=row.line_note,
        unit_price=row.unit_price,
        properties=dict(row.properties),
        barcode=row.barcode,
        image_url=row.image_url or "",
    )


def new_order_row(order: Order, *, digest: str | None = None) -> OrderRow:
    row = OrderRow(**order_values(order, digest=digest))
    row.lines = [OrderLineRow(**line_values(line, i)) for i, line in enumerate(order.lines)]
    return row


def _too_long(widths: tuple[tuple[str, int], ...], values: dict[str, Any]) -> list[str]:
    """What does not fit its column (``widths``: the columns with a length, :func:`_widths`)."""
    problems = []
    for name, length in widths:
        value = values.get(name)
        if isinstance(value, str) and len(value) > length:
            problems.append(
                f"{name.replace('_', ' ')} is {len(value)} characters long; at most {length} fit"
            )
    return problems


_WIDTHS: dict[str, tuple[tuple[str, int], ...]] = {}


def _widths(table: Any) -> tuple[tuple[str, int], ...]:
    """(column name, declared length) of the columns with a length, once per table
    (check_fits runs for every line)."""
    widths = _WIDTHS.get(table.name)
    if widths is None:
        widths = _WIDTHS[table.name] = tuple(
            (c.name, c.type.length) for c in table.columns if getattr(c.type, "length", None))
    return widths


def check_fits(order: Order) -> None:
    """Raise InvalidOrder if a value is longer than its column.

    PostgreSQL refuses such a value and SQLite silently keeps it; checking here makes
    both refuse it the same way, with a message an admin can act on.
    """
    row_values(order, digest="")


def row_values(order: Order, *, digest: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The order's column values (``digest``: its content hash) and its lines' (without
    ``order_id``), once each; raises InvalidOrder as :func:`check_fits` does."""
    from packdesk.domain.errors import InvalidOrder

    values = order_values(order, digest=digest or "-")
    lines = [line_values(line, position) for position, line in enumerate(order.lines)]
    problems = _too_long(_widths(OrderRow.__table__), values)
    line_widths = _widths(OrderLineRow.__table__)
    for line, one in zip(order.lines, lines, strict=True):
        problems += [f"line {line.sku[:30]}: {p}" for p in _too_long(line_widths, one)]
    if problems:
        raise InvalidOrder(f"order {order.number[:40]}: " + "; ".join(problems))
    return values, lines
