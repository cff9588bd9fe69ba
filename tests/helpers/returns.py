"""Shipped orders to return, and what a return changed in the database."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, func, select

from packdesk.domain.model import OrderStatus
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    OrderRow,
    OutboxMessageRow,
    ProductRow,
    ReturnRow,
    ShipmentRow,
    StockMovementRow,
)
from packdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class ShippedOrder:
    number: str
    lines: list[tuple[str, int, Decimal]]  # sku, quantity, unit price


def ship_orders(engine: Engine, count: int, *, min_lines: int = 2, packer: str = "Pat") -> list[ShippedOrder]:
    """Mark ``count`` seeded orders with at least ``min_lines`` lines shipped, as a station does."""
    shipped: list[ShippedOrder] = []
    with UnitOfWork(engine) as uow:
        for row in uow.session.scalars(select(OrderRow).order_by(OrderRow.id)):
            if len(shipped) == count:
                break
            if len(row.lines) < min_lines or row.status != OrderStatus.NEW.value:
                continue
            for line in row.lines:
                line.picked_qty = line.verified_qty = line.quantity
            row.status = OrderStatus.SHIPPED.value
            row.shipped_at = utcnow()
            uow.session.add(ShipmentRow(order_id=row.id, carrier="demo", tracking_number=f"T{row.id}",
                                        user_name=packer, station="Bench 1"))
            shipped.append(ShippedOrder(row.number, [(ln.sku, ln.quantity, Decimal(ln.unit_price))
                                                     for ln in row.lines]))
        uow.commit()
    assert len(shipped) == count
    return shipped


def stock_in(engine: Engine, bin_code: str, sku: str) -> int:
    with UnitOfWork(engine) as uow:
        return int(uow.session.scalar(
            select(func.coalesce(func.sum(BinStockRow.quantity), 0))
            .join(BinRow, BinRow.id == BinStockRow.bin_id)
            .join(ProductRow, ProductRow.id == BinStockRow.product_id)
            .where(BinRow.code == bin_code, ProductRow.sku == sku)) or 0)


def home_bin(engine: Engine, sku: str) -> str:
    with UnitOfWork(engine) as uow:
        code = uow.session.scalar(
            select(BinRow.code).join(BinStockRow, BinStockRow.bin_id == BinRow.id)
            .join(ProductRow, ProductRow.id == BinStockRow.product_id)
            .where(ProductRow.sku == sku).order_by(BinStockRow.quantity.desc(), BinRow.walk_order).limit(1))
    assert code is not None
    return code


def counts(engine: Engine) -> tuple[int, int, int]:
    """Returns, refund messages and return stock movements recorded so far."""
    with UnitOfWork(engine) as uow:
        s = uow.session
        return (
            int(s.scalar(select(func.count()).select_from(ReturnRow)) or 0),
            int(s.scalar(select(func.count()).select_from(OutboxMessageRow)
                         .where(OutboxMessageRow.kind == "order.refund")) or 0),
            int(s.scalar(select(func.count()).select_from(StockMovementRow)
                         .where(StockMovementRow.reason == "return")) or 0),
        )


def shipped_sku_elsewhere(engine: Engine, number: str) -> tuple[str, str]:
    """A SKU of another shipped order that ``number`` does not hold, and that order's number."""
    with UnitOfWork(engine) as uow:
        mine = uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
        own = {line.sku for line in mine.lines}
        for row in uow.session.scalars(select(OrderRow).where(
                OrderRow.status == OrderStatus.SHIPPED.value, OrderRow.id != mine.id)):
            for line in row.lines:
                if line.sku not in own:
                    return line.sku, row.number
    raise AssertionError("no other shipped order with another SKU")
