"""The pick list in walking order, and telling a wrong variant from a wrong item.

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
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packdesk.domain.model import MovementReason
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    OrderLineRow,
    OrderRow,
    ProductBarcodeRow,
    ProductRow,
    StockMovementRow,
)

# Steps for products no bin holds go to the end of the walk: the picker reports them short.
NO_BIN_WALK_ORDER = "~"


@dataclass
class Allocation:
    """Units of one order line at one bin: some picked already, the rest to take."""

    order_id: int
    order_number: str
    tote_slot: int
    line_id: int
    product_id: int | None
    sku: str
    bin_id: int | None
    bin_code: str
    walk_order: str
    quantity: int
    picked: int

    @property
    def remaining(self) -> int:
        return self.quantity - self.picked


@dataclass
class Stop:
    """All allocations at one (bin, SKU): one pick step."""

    bin_id: int | None
    bin_code: str
    walk_order: str
    sku: str
    product: ProductRow | None
    allocations: list[Allocation] = field(default_factory=list)

    @property
    def quantity(self) -> int:
        return sum(a.quantity for a in self.allocations)

    @property
    def picked(self) -> int:
        return sum(a.picked for a in self.allocations)

    @property
    def remaining(self) -> int:
        return self.quantity - self.picked


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
    lines: list[tuple[OrderRow, OrderLineRow]] = [
        (order, line) for order in orders for line in order.lines
    ]
    products = products_by_sku(session, (line.sku_to_pack for _, line in lines))
    holdings = bins_holding(session, (p.id for p in products.values()))
    picked = picked_by_bin(session, [order.id for order in orders])
    bins_by_id: dict[int, BinRow] = {}
    for entries in holdings.values():
        for bin_row, _ in entries:
            bins_by_id[bin_row.id] = bin_row
    missing_bin_ids = {
        bin_id for per_bin in picked.values() for bin_id in per_bin if bin_id and bin_id not in bins_by_id
    }
    if missing_bin_ids:
        for bin_row in session.scalars(select(BinRow).where(BinRow.id.in_(missing_bin_ids))):
            bins_by_id[bin_row.id] = bin_row
    # Stock still free in each bin, shared by the orders of a batch.
    free: dict[tuple[int, int], int] = {
        (product_id, bin_row.id): quantity
        for product_id, entries in holdings.items()
        for bin_row, quantity in entries
    }

    allocations: list[Allocation] = []
    for order, line in lines:
        product = products.get(line.sku_to_pack)
        slot = order.tote_slot or 1

        def add(bin_row: BinRow | None, quantity: int, done: int,
                order: OrderRow = order, line: OrderLineRow = line,
                product: ProductRow | None = product, slot: int = slot) -> None:
            for existing in allocations:
                if existing.line_id == line.id and existing.bin_id == (bin_row.id if bin_row else None):
                    existing.quantity += quantity
                    existing.picked += done
                    return
            allocations.append(Allocation(
                order_id=order.id, order_number=order.number, tote_slot=slot, line_id=line.id,
                product_id=product.id if product else None, sku=line.sku_to_pack,
                bin_id=bin_row.id if bin_row else None,
                bin_code=bin_row.code if bin_row else "",
                walk_order=bin_row.walk_order if bin_row else NO_BIN_WALK_ORDER,
                quantity=quantity, picked=done,
            ))

        done_here = picked.get((order.id, product.id), {}) if product else {}
        for bin_id, units in done_here.items():
            add(bins_by_id.get(bin_id) if bin_id else None, units, units)
        remaining = line.quantity - line.short_qty - sum(done_here.values())
        if remaining <= 0:
            continue
        entries = holdings.get(product.id, []) if product else []
        for bin_row, _ in entries:
            if remaining <= 0:
                break
            key = (product.id if product else 0, bin_row.id)
            take = min(remaining, free.get(key, 0))
            if take > 0:
                free[key] -= take
                add(bin_row, take, 0)
                remaining -= take
        if remaining > 0:
            # Not enough stock anywhere: send the picker to the last bin that lists the
            # product (where a short pick will be reported), or to no bin at all.
            add(entries[-1][0] if entries else None, remaining, 0)

    stops: dict[tuple[str, str], Stop] = {}
    for allocation in allocations:
        stop_key = (allocation.bin_code, allocation.sku)
        stop = stops.get(stop_key)
        if stop is None:
            stop = stops[stop_key] = Stop(
                bin_id=allocation.bin_id, bin_code=allocation.bin_code,
                walk_order=allocation.walk_order, sku=allocation.sku,
                product=products.get(allocation.sku),
            )
        stop.allocations.append(allocation)
    for stop in stops.values():
        stop.allocations.sort(key=lambda a: (a.tote_slot, a.order_id, a.line_id))
    return sorted(stops.values(), key=lambda s: (s.walk_order, s.bin_code, s.sku))


def next_stop(stops: Sequence[Stop]) -> Stop | None:
    return next((stop for stop in stops if stop.remaining > 0), None)


# --- same style, other variant -----------------------------------------------------------

_VARIANT_KEYS = ("color", "size")


def style_key(sku: str, name: str, attributes: dict[str, str]) -> str:
    """What variants of one style share: the name without its variant part, or the SKU's stem.

    Stores name variants "T-shirt — red / M" or "T-shirt - Red, M"; SKUs are usually
    STYLE-COLOR-SIZE. The name is tried first, the SKU stem after.
    """
    for separator in (" — ", " – ", " - ", " / ", ", "):
        if separator in name:
            return "name:" + name.split(separator, 1)[0].strip().lower()
    if name and not any(attributes.get(k) for k in _VARIANT_KEYS):
        return "name:" + name.strip().lower()
    return "sku:" + sku.split("-", 1)[0].strip().lower()


def same_style(a: ProductRow, b_sku: str, b_name: str, b_attributes: dict[str, str]) -> bool:
    """Whether product ``a`` is another variant of the line's product (``b``)."""
    if a.sku == b_sku:
        return False
    if style_key(a.sku, a.name, a.attributes) == style_key(b_sku, b_name, b_attributes):
        return True
    return a.sku.split("-", 1)[0].lower() == b_sku.split("-", 1)[0].lower() and "-" in a.sku
