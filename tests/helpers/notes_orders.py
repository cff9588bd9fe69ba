"""Orders with customer notes on the demo catalogue, for the notes-at-the-bench tests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select

from packdesk.domain.model import Address, Order, OrderLine
from packdesk.persistence.tables import OrderRow, ProductRow
from packdesk.services.demo import generate_shop, seed_database
from packdesk.services.uow import UnitOfWork

from .shop import TEST_DAY

SOURCE = "woocommerce:shop.test"


def seed_catalogue(engine: Engine) -> None:
    """The demo shop's products, bins, stock and people, without orders."""
    seed_database(engine, generate_shop(0, day=TEST_DAY))


def hoodie_order(
    external_id: str, note: str = "", *, color: str = "black", size: str = "M",
    gift: bool = False, gift_message: str = "", line_note: str = "",
) -> Order:
    """A one-line order for the demo hoodie (SKU HOOD-<COL>-<SIZE>)."""
    sku = f"HOOD-{color.replace(' ', '')[:3].upper()}-{size}"
    return Order(
        source=SOURCE,
        external_id=external_id,
        number=f"#N{external_id}",
        placed_at=datetime(2026, 11, 25, 9, 0),
        ship_to=Address("Marie Curie", "1 rue Pierre", "Paris", "75005", "FR"),
        lines=[OrderLine(sku, 1, name=f"Hoodie — {color} / {size}",
                         attributes={"color": color, "size": size}, line_note=line_note)],
        customer_note=note,
        gift=gift,
        gift_message=gift_message,
    )


def order_row(engine: Engine, external_id: str) -> OrderRow:
    """The stored order with its lines, detached."""
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(
            select(OrderRow).where(OrderRow.source == SOURCE, OrderRow.external_id == external_id)
        ).one()
        _ = list(row.lines)
        uow.session.expunge_all()
        return row


def barcode_of(engine: Engine, sku: str) -> str:
    with UnitOfWork(engine) as uow:
        product = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
        return product.barcodes[0].code
