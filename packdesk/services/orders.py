"""Reading the order queue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from packdesk.domain.model import Order, OrderStatus, Shipment
from packdesk.persistence.mappers import order_from_row
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    CarrierLabelRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    SettingRow,
    ShipmentRow,
)

from .demo import SEEDED_SETTING
from .setup import CARRIERS_SHIP_FROM, SHIP_FROM_SETTING, ship_from_in
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


class OrderNotFound(Exception):
    pass


@dataclass(frozen=True)
class PrintableOrder:
    """An order with what its documents show: the bins its lines come from, its shipment."""

    order: Order
    bins_by_sku: dict[str, str]
    shipment: Shipment | None
    # The sender on our own labels (services.setup.ship_from_in), None when none is set.
    ship_from: dict[str, Any] | None = None
    # A database packdesk seeded (demo, simulate): its labels may carry the demo sender.
    seeded: bool = False


def find_order_for_print(uow: UnitOfWork, number: str) -> PrintableOrder:
    """Look an order up by its number ("#10001" or "10001") for printing its documents."""
    wanted = number.strip()
    candidates = [wanted] if wanted.startswith("#") else [wanted, f"#{wanted}"]
    with uow:
        row = uow.session.scalars(
            select(OrderRow).where(OrderRow.number.in_(candidates)).order_by(OrderRow.id).limit(1)
        ).first()
        if row is None:
            raise OrderNotFound(f"no order numbered {number!r}")
        order = order_from_row(row)
        skus = {line.sku for line in row.lines} | {
            line.expected_sku for line in row.lines if line.expected_sku
        }
        stock = uow.session.execute(
            select(ProductRow.sku, BinRow.code)
            .join(BinStockRow, BinStockRow.product_id == ProductRow.id)
            .join(BinRow, BinRow.id == BinStockRow.bin_id)
            .where(ProductRow.sku.in_(skus), BinRow.active.is_(True))
            .order_by(BinRow.walk_order)
        ).all()
        bins: dict[str, str] = {}
        for sku, code in stock:
            bins.setdefault(sku, code)
        shipment_row = uow.session.scalars(
            select(ShipmentRow).where(ShipmentRow.order_id == row.id).order_by(ShipmentRow.id.desc())
        ).first()
        # A label bought from the carrier is reprinted as bought, never redrawn by us.
        bought = uow.session.execute(
            select(CarrierLabelRow.label, CarrierLabelRow.label_format)
            .where(CarrierLabelRow.order_id == row.id, CarrierLabelRow.status == "bought",
                   CarrierLabelRow.label.is_not(None))
            .order_by(CarrierLabelRow.id.desc()).limit(1)
        ).first()
        shipment = (
            Shipment(
                carrier=shipment_row.carrier,
                service=shipment_row.service,
                tracking_number=shipment_row.tracking_number,
                weight_g=shipment_row.weight_g,
                label_format=bought.label_format if bought else shipment_row.label_format,
                tracking_url=shipment_row.tracking_url,
                carrier_label=bytes(bought.label) if bought else b"",
            )
            if shipment_row
            else None
        )
        settings = {row.key: row.value for row in uow.session.scalars(select(SettingRow).where(
            SettingRow.key.in_([SHIP_FROM_SETTING, CARRIERS_SHIP_FROM, SEEDED_SETTING])))}
        # No station here: the sender every station prints, as the station itself reads it.
        ship_from = ship_from_in(settings, None)
        seeded = SEEDED_SETTING in settings
    return PrintableOrder(order, bins, shipment, ship_from, seeded)


@dataclass(frozen=True)
class LineDetail:
    sku: str
    name: str
    quantity: int
    attributes: dict[str, str]
    barcode: str
    bin: str | None
    picked: int
    verified: int
    short: int
    image_url: str  # the line's photo at the store, or its product's when the line has none

    def to_json(self) -> dict[str, Any]:
        return {"sku": self.sku, "name": self.name, "quantity": self.quantity,
                "attributes": dict(self.attributes), "barcode": self.barcode, "bin": self.bin,
                "picked": self.picked, "verified": self.verified, "short": self.short,
                "image_url": self.image_url or None}


@dataclass(frozen=True)
class OrderDetail:
    summary: OrderSummary
    lines: list[LineDetail]


def find_order_row(uow: UnitOfWork, number: str) -> OrderRow:
    """The order numbered ``number`` ("#10001" or "10001") in ``uow``'s open session."""
    wanted = number.strip()
    candidates = [wanted] if wanted.startswith("#") else [wanted, f"#{wanted}"]
    row = uow.session.scalars(
        select(OrderRow).where(OrderRow.number.in_(candidates)).order_by(OrderRow.id).limit(1)
    ).first()
    if row is None:
        raise OrderNotFound(f"no order numbered {number!r}")
    return row


def order_detail(uow: UnitOfWork, number: str) -> OrderDetail:
    """One order with its lines, the bin each comes from and each line's photo URL."""
    with uow:
        row = find_order_row(uow, number)
        skus = {line.sku_to_pack for line in row.lines}
        products: dict[str, tuple[str | None, str | None]] = {}  # sku -> (photo, first bin)
        for sku, image_url, code in uow.session.execute(
            select(ProductRow.sku, ProductRow.image_url, BinRow.code)
            .join(BinStockRow, BinStockRow.product_id == ProductRow.id, isouter=True)
            .join(BinRow, (BinRow.id == BinStockRow.bin_id) & BinRow.active.is_(True),
                  isouter=True)
            .where(ProductRow.sku.in_(skus))
            .order_by(ProductRow.sku, BinRow.walk_order)
        ):
            known = products.get(sku)
            if known is None or (known[1] is None and code is not None):
                products[sku] = (image_url, code)
        lines = [
            LineDetail(
                sku=line.sku_to_pack, name=line.name, quantity=line.quantity,
                attributes=dict(line.attributes), barcode=line.barcode,
                bin=products.get(line.sku_to_pack, (None, None))[1], picked=line.picked_qty,
                verified=line.verified_qty, short=line.short_qty,
                image_url=(line.image_url if not line.expected_sku else "")
                or (products.get(line.sku_to_pack, (None, None))[0] or ""),
            )
            for line in row.lines
        ]
        summary = OrderSummary(
            id=row.id, source=row.source, external_id=row.external_id, number=row.number,
            status=row.status, placed_at=row.placed_at, ship_by=row.ship_by,
            shipping_method=row.shipping_method, ship_to_name=str(row.ship_to.get("name", "")),
            country=str(row.ship_to.get("country", "")), lines=len(lines),
            units=sum(line.quantity for line in lines), gift=row.gift,
            has_note=bool(row.customer_note.strip()), hold_reason=row.hold_reason,
            claimed_station=row.claimed_station,
        )
    return OrderDetail(summary, lines)


def product_image_urls(uow: UnitOfWork, skus: Iterable[str]) -> dict[str, str]:
    """Each SKU's photo URL from the catalogue (intake keeps the latest the store sent)."""
    wanted = sorted({s for s in skus if s})
    if not wanted:
        return {}
    with uow:
        return {
            sku: str(url)
            for sku, url in uow.session.execute(
                select(ProductRow.sku, ProductRow.image_url)
                .where(ProductRow.sku.in_(wanted), ProductRow.image_url.is_not(None),
                       ProductRow.image_url != "")
            )
        }
