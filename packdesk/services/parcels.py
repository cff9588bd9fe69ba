"""What a carrier is asked for one order's parcel: ship-to, the station's ship-from, the
weight, the box's size and, for each product, what a customs declaration says of it.

The box is the one the packer weighed the parcel in (recorded on the order by the weighing,
:func:`packdesk.services.boxes.check_parcel`), else the smallest preset the order's units
fit in; the label source decides whether the parcel needs customs information.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from packdesk.domain.boxes import NoBoxFits, propose_box
from packdesk.persistence.mappers import address_from_json
from packdesk.persistence.tables import BoxRow, OrderLineRow, OrderRow, ProductRow, SettingRow

from .boxes import BOX_KEY, _preset, order_units
from .labels import SHIP_FROM_SETTING, CustomsLine, LabelRefused, ParcelRequest
from .uow import UnitOfWork


def parcel_request_for(
    engine: Engine, order_id: int, *, station: str, weight_g: int | None = None,
    label_format: str = "zpl", carrier: str = "", service: str = "",
) -> ParcelRequest:
    """What the label source is asked for an order: its ship-to, this station's ship-from,
    its weight, its box's size and its customs lines."""
    with UnitOfWork(engine) as uow:
        session = uow.session
        order = session.get(OrderRow, order_id)
        if order is None:
            raise LabelRefused("no such order")
        setting = session.get(SettingRow, SHIP_FROM_SETTING)
        addresses = dict(setting.value) if setting else {}
        ship_from = addresses.get(station) or addresses.get("*")
        if not ship_from:
            raise LabelRefused(
                f"station {station} has no ship-from address: the admin must set one first"
            )
        if weight_g is None:
            weight_g = int(session.scalar(
                select(func.coalesce(func.sum(ProductRow.weight_g * OrderLineRow.quantity), 0))
                .select_from(OrderLineRow)
                .join(ProductRow, ProductRow.sku == OrderLineRow.sku)
                .where(OrderLineRow.order_id == order_id)
            ) or 0)
        if weight_g <= 0:
            raise LabelRefused(f"order {order.number} has no weight: weigh the parcel first")
        return ParcelRequest(
            reference=order.number, ship_to=address_from_json(dict(order.ship_to)),
            ship_from=address_from_json(dict(ship_from)), weight_g=weight_g,
            dimensions_cm=_box_cm(session, order), label_format=label_format, carrier=carrier,
            service=service, ship_by=order.ship_by, customs=customs_lines(session, order_id),
            currency=order.currency,
        )


def _box_cm(session: Session, order: OrderRow) -> tuple[float, float, float] | None:
    """The outer size of the parcel's box in centimetres (its inner size: the presets keep
    no wall thickness), or None when no box is known."""
    code = (order.pending_shipment or {}).get(BOX_KEY)
    row = session.scalars(select(BoxRow).where(BoxRow.code == code)).first() if code else None
    if row is None:
        presets = [_preset(r) for r in session.scalars(select(BoxRow).where(BoxRow.active.is_(True)))]
        try:
            inner = propose_box(order_units(session, order.id), presets).box.inner
        except NoBoxFits:
            return None  # no box known: the carrier rates by weight alone
        return (inner.length / 10, inner.width / 10, inner.height / 10)
    return (row.length_mm / 10, row.width_mm / 10, row.height_mm / 10)


def customs_lines(session: Session, order_id: int) -> tuple[CustomsLine, ...]:
    """One line per order line: description, quantity, value, weight, HS code and origin
    from the product ("" where the admin has not set them: the source names what is missing
    when the parcel needs them)."""
    rows = session.execute(
        select(OrderLineRow.name, OrderLineRow.quantity - OrderLineRow.short_qty,
               OrderLineRow.unit_price, ProductRow.name, ProductRow.weight_g, ProductRow.hs_code,
               ProductRow.origin_country)
        .select_from(OrderLineRow)
        .outerjoin(ProductRow, ProductRow.sku == func.coalesce(OrderLineRow.expected_sku,
                                                               OrderLineRow.sku))
        .where(OrderLineRow.order_id == order_id,
               OrderLineRow.quantity > OrderLineRow.short_qty)
        .order_by(OrderLineRow.position, OrderLineRow.id)
    ).all()
    return tuple(
        CustomsLine(
            description=line_name or product_name or "", quantity=quantity,
            value=_value(unit_price, quantity), weight_g=(weight or 0) * quantity,
            hs_code=hs_code or "", origin_country=origin or "",
        )
        for line_name, quantity, unit_price, product_name, weight, hs_code, origin in rows
    )


def _value(unit_price: str, quantity: int) -> str:
    try:
        return str((Decimal(unit_price or "0") * quantity).quantize(Decimal("0.01")))
    except InvalidOperation:
        return "0.00"
