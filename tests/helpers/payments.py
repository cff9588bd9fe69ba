"""Payment-at-ship tests' shared steps: a seeded warehouse whose Shopify orders (authorised
or paid) are pulled from the fake store, and what the store and the database then say."""

from __future__ import annotations

from sqlalchemy import Engine, select

from packdesk.persistence.tables import OrderRow, PaymentCaptureRow
from packdesk.services.demo import DemoShop
from packdesk.services.uow import UnitOfWork
from packdesk.sync.pull import pull_all
from tests.helpers.fake_shopify import FakeShopify, shopify_line, shopify_order
from tests.helpers.shop import seed_small_shop
from tests.helpers.shopify_flow import at_warehouse

# Order id -> how it was paid at the store.
AUTHORISED, DECLINED, LOST, PAID, EXPIRED = 501, 502, 503, 504, 505


def stocked_skus(shop: DemoShop, count: int) -> list[tuple[str, str]]:
    """(SKU, barcode) of products with units in a bin, one per style."""
    stocked = {sku for _bin, sku, quantity in shop.stock if quantity >= 3}
    chosen: list[tuple[str, str]] = []
    styles: set[str] = set()
    for product in shop.products:
        style = product.sku.split("-", 1)[0]
        if product.sku in stocked and product.barcodes and style not in styles:
            chosen.append((product.sku, product.barcodes[0]))
            styles.add(style)
        if len(chosen) == count:
            break
    return chosen


def shop_with_shopify_orders(engine: Engine, store: FakeShopify, order_ids: list[int]) -> DemoShop:
    """A seeded warehouse (no orders of its own) and ``order_ids`` pulled from ``store``:
    one unit each, authorised only but for ``PAID``; ``DECLINED``'s card is declined at
    capture and ``EXPIRED``'s authorisation has lapsed by then."""
    shop = seed_small_shop(engine, orders=0)
    for position, (legacy, (sku, barcode)) in enumerate(
            zip(order_ids, stocked_skus(shop, len(order_ids)), strict=True)):
        line = shopify_line(legacy * 10, sku, 1, barcode=barcode, options={})
        store.add_order(shopify_order(
            legacy, lines=[line], financial="PAID" if legacy == PAID else "AUTHORIZED",
            amount=f"{40 + position}.50", created=f"2026-11-26T08:0{position}:00Z"))
    store.capture_refusals[DECLINED] = "declined"
    store.capture_refusals[EXPIRED] = "expired"
    summary = pull_all(engine, [at_warehouse(engine, store)])
    assert summary.total.created == len(order_ids), summary
    return shop


def order_state(engine: Engine, legacy: int) -> tuple[str, str]:
    """(status, hold reason) of the pulled order."""
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == str(legacy))).one()
        return row.status, row.hold_reason


def capture_row(engine: Engine, legacy: int) -> PaymentCaptureRow | None:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(
            select(PaymentCaptureRow).join(OrderRow, OrderRow.id == PaymentCaptureRow.order_id)
            .where(OrderRow.external_id == str(legacy))).first()
        if row is not None:
            uow.session.expunge(row)
        return row
