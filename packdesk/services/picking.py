"""Reading what the pick walk needs from storage; the walk itself is domain.picking.

The walk is computed from the database each time, never kept: units already picked come
from the ``stock_movements`` rows of the order (reason ``pick``, per bin), units still to
pick are allocated to the bins holding the product with stock, in the bins' walking order
(``bins.walk_order``). A line needing more than one bin becomes one step per bin; in batch
mode the steps of several orders at the same bin and SKU merge into one step with a tote
slot per order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from packdesk.domain.model import MovementReason, OrderStatus
from packdesk.domain.picking import (
    NO_BIN_WALK_ORDER,
    Allocation,
    BinSpot,
    Item,
    Stop,
    WalkLine,
    next_stop,
    plan_walk,
    same_style,
    style_key,
)
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    OrderLineRow,
    OrderRow,
    ProductBarcodeRow,
    ProductRow,
    SettingRow,
    StockMovementRow,
)

__all__ = [
    "NO_BIN_WALK_ORDER", "STOCK_VERSION_KEY", "Allocation", "Item", "Stop", "bins_holding", "item", "next_stop",
    "picked_by_bin", "product_by_barcode", "products_by_sku", "same_style", "style_key",
    "walk", "bump_stock_version", "stock_version", "stock_version_column",
]


# The version of bins, bin stock and the catalogue a station's cache was read at
# (``station.catalog``): every edit of them bumps it, in the edit's own transaction.
STOCK_VERSION_KEY = "stock.version"


def bump_stock_version(session: Session) -> None:
    """Tell every station that bins, stock or products changed: their caches read again."""
    row = session.get(SettingRow, STOCK_VERSION_KEY)
    if row is None:
        session.add(SettingRow(key=STOCK_VERSION_KEY, value={"n": 1}))
    else:
        row.value = {"n": int((row.value or {}).get("n", 0)) + 1}


def stock_version_column() -> Any:
    """The stock version as a column (text) to read with another query, or NULL."""
    return (select(cast(SettingRow.value, String)).where(SettingRow.key == STOCK_VERSION_KEY)
            .scalar_subquery().label("stock_version"))


def stock_version(session: Session) -> Any:
    return session.scalar(select(stock_version_column()))


def item(product: ProductRow) -> Item:
    """The rules' view of a stored product."""
    return Item(id=product.id, sku=product.sku, name=product.name,
                attributes=dict(product.attributes), weight_g=product.weight_g)


def products_by_sku(session: Session, skus: Iterable[str]) -> dict[str, ProductRow]:
    wanted = sorted(set(skus))
    if not wanted:
        return {}
    return {p.sku: p for p in session.scalars(select(ProductRow).where(ProductRow.sku.in_(wanted)))}


def product_by_barcode(session: Session, key: str) -> ProductRow | None:
    return session.scalars(
        select(ProductRow)
        .join(ProductBarcodeRow, ProductBarcodeRow.product_id == ProductRow.id)
        .where(ProductBarcodeRow.code == key)
    ).first()


def bins_holding(session: Session, product_ids: Iterable[int]) -> dict[int, list[tuple[BinRow, int]]]:
    """For each product: (bin, quantity) of every active bin listing it, in walking order."""
    ids = sorted(set(product_ids))
    result: dict[int, list[tuple[BinRow, int]]] = defaultdict(list)
    if not ids:
        return result
    rows = session.execute(
        select(BinStockRow.product_id, BinRow, BinStockRow.quantity)
        .join(BinRow, BinRow.id == BinStockRow.bin_id)
        .where(BinStockRow.product_id.in_(ids), BinRow.active.is_(True))
        .order_by(BinRow.walk_order, BinRow.id)
    ).all()
    for product_id, bin_row, quantity in rows:
        result[product_id].append((bin_row, int(quantity)))
    return result


def needed_by_earlier_claims(session: Session, rows: Sequence[OrderRow], skus: Iterable[str],
                             now: datetime) -> dict[str, int]:
    """SKU -> units still to pick by orders in picking that another station holds (lease
    running) and claimed before the first of ``rows``: the stock those units will come
    from is theirs, not ``rows``'."""
    wanted = sorted(set(skus))
    claimed = [(row.claimed_at, row.id) for row in rows if row.claimed_at is not None]
    if not wanted or not claimed:
        return {}
    first_at, first_id = min(claimed)
    sku = func.coalesce(OrderLineRow.expected_sku, OrderLineRow.sku)
    result = session.execute(
        select(sku, func.sum(OrderLineRow.quantity - OrderLineRow.picked_qty - OrderLineRow.short_qty))
        .join(OrderRow, OrderRow.id == OrderLineRow.order_id)
        .where(
            OrderRow.status == OrderStatus.PICKING.value,
            OrderRow.claimed_station.is_not(None),
            OrderRow.claim_expires_at >= now,
            OrderRow.id.not_in([row.id for row in rows]),
            or_(OrderRow.claimed_at < first_at,
                and_(OrderRow.claimed_at == first_at, OrderRow.id < first_id)),
            sku.in_(wanted),
        )
        .group_by(sku)
    ).all()
    return {str(code): int(units or 0) for code, units in result if units and units > 0}


def picked_by_bin(session: Session, order_ids: Sequence[int]) -> dict[tuple[int, int], dict[int | None, int]]:
    """(order id, product id) -> {bin id: units picked there} from the pick movements."""
    result: dict[tuple[int, int], dict[int | None, int]] = defaultdict(dict)
    if not order_ids:
        return result
    rows = session.execute(
        select(
            StockMovementRow.order_id,
            StockMovementRow.product_id,
            StockMovementRow.bin_id,
            func.sum(StockMovementRow.delta),
        )
        .where(
            StockMovementRow.order_id.in_(list(order_ids)),
            StockMovementRow.reason == MovementReason.PICK.value,
        )
        .group_by(StockMovementRow.order_id, StockMovementRow.product_id, StockMovementRow.bin_id)
    ).all()
    for order_id, product_id, bin_id, delta in rows:
        units = -int(delta or 0)
        if units > 0 and order_id is not None:
            result[(order_id, product_id)][bin_id] = units
    return result


def walk(session: Session, orders: Sequence[OrderRow]) -> list[Stop]:
    """The merged pick list of ``orders`` (picked steps included), in walking order."""
    lines = [
        WalkLine(order_id=order.id, order_number=order.number, tote_slot=order.tote_slot or 1,
                 line_id=line.id, sku=line.sku_to_pack, quantity=line.quantity,
                 short=line.short_qty, picked=line.picked_qty)
        for order in orders for line in order.lines
    ]
    products = {sku: item(p) for sku, p in products_by_sku(session, (ln.sku for ln in lines)).items()}
    holdings = bins_holding(session, (p.id for p in products.values()))
    picked = picked_by_bin(session, [order.id for order in orders])
    bins: dict[int, BinSpot] = {}
    spots: dict[int, list[BinSpot]] = {}
    for product_id, entries in holdings.items():
        for bin_row, quantity in entries:
            spot = BinSpot(bin_row.id, bin_row.code, bin_row.walk_order, quantity)
            bins[bin_row.id] = spot
            spots.setdefault(product_id, []).append(spot)
    missing_bin_ids = {
        bin_id for per_bin in picked.values() for bin_id in per_bin if bin_id and bin_id not in bins
    }
    if missing_bin_ids:
        for bin_row in session.scalars(select(BinRow).where(BinRow.id.in_(missing_bin_ids))):
            bins[bin_row.id] = BinSpot(bin_row.id, bin_row.code, bin_row.walk_order)
    return plan_walk(lines, products, spots, picked, bins)
