"""Shopify fulfilment tests' shared steps: a connector at the warehouse location, an
order walked through the station's statuses, shipped with its outbox message."""

from __future__ import annotations

from sqlalchemy import Engine, select

from packdesk.domain.model import OrderStatus, Role
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import OrderRow, ShipmentRow
from packdesk.services.auth import Actor
from packdesk.services.outbox import record_shipped, tracking_url_for
from packdesk.services.storeoptions import StoreOptions, save_store_options
from packdesk.services.uow import UnitOfWork
from packdesk.sync.credentials import Secret
from packdesk.sync.http import RetryPolicy
from packdesk.sync.shopify import ShopifyStore
from tests.helpers.fake_shopify import WAREHOUSE, FakeShopify
from tests.helpers.outbox import tracking

FAST = RetryPolicy(max_attempts=4, max_total_seconds=20, connect_timeout=1, read_timeout=5,
                   backoff_base=0.01, backoff_cap=0.05)
ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
LEAD = Actor(2, "Lena Lead", Role.LEAD)


def connector(store: FakeShopify, token: str | None = None) -> ShopifyStore:
    return ShopifyStore(store.url, Secret(token or store.token), policy=FAST)


def at_warehouse(engine: Engine, store: FakeShopify, *, test_orders: bool = False,
                 pickup: str = "pack") -> ShopifyStore:
    """The station packs for the warehouse location (the admin's setting)."""
    source = connector(store)
    save_store_options(UnitOfWork(engine), ADMIN, source.source,
                       StoreOptions(WAREHOUSE, "Warehouse", test_orders=test_orders, pickup=pickup))
    return source


def orders(engine: Engine) -> dict[str, OrderRow]:
    with UnitOfWork(engine) as uow:
        rows = {r.external_id: r for r in uow.session.scalars(select(OrderRow))}
        for row in rows.values():
            _ = row.lines
        uow.session.expunge_all()
        return rows


def lines(row: OrderRow) -> dict[str, int]:
    return {line.sku: line.quantity for line in row.lines}


def set_status(engine: Engine, external_id: str, *path: OrderStatus) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == external_id)).one()
        for status in path:
            row.change_status(status)
        uow.commit()


def ship(engine: Engine, external_id: str, *path: OrderStatus) -> None:
    """Walk the order on to shipped (from wherever it is) and queue the message, as the station does."""
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == external_id)).one()
        for status in path:
            row.change_status(status)
        row.shipped_at = utcnow()
        number = tracking(external_id)
        shipment = ShipmentRow(order_id=row.id, carrier="ups", service="Standard", tracking_number=number,
                               tracking_url=tracking_url_for("ups", number))
        uow.session.add(shipment)
        record_shipped(uow.session, row, shipment)
        uow.commit()


TO_SHIPPED = (OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED, OrderStatus.SHIPPED)
