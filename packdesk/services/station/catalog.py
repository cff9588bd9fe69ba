"""What a station keeps between scans of the orders in its hands: their products, the bins
holding them with their stock, and the units already picked per bin.

This is only a cache of the database (the truth stays there: a fresh station reads it all
again). It is filled the first time an order is seen, follows this station's own picks,
and is emptied when the stock version (``picking.STOCK_VERSION_KEY``, bumped by every
bin, stock and catalogue edit and by short picks) moves, or when a command it does not
follow (undo, short pick) runs. So a scan in the middle of an order reads its orders and
lines once and nothing else (issue 17: a scan costs a few statements).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from datetime import datetime

from packdesk.domain.model import OrderStatus
from packdesk.domain.picking import BinSpot, Item, Stop, WalkLine, plan_walk, reserve
from packdesk.persistence.tables import OrderRow

from ..store import StationStore

_UNSET = object()


class CatalogCache:
    """Products, bin holdings and picks of the orders in one station's hands."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.clear()

    def clear(self) -> None:
        with self._lock:
            self.version: object = _UNSET
            self.products: dict[str, Item | None] = {}  # by SKU; None: no such product
            self.barcodes: dict[str, Item] = {}
            self.spots: dict[int, list[BinSpot]] = {}  # product id -> bins (quantity unused)
            self.stock: dict[tuple[int, int], int] = {}  # (product id, bin id) -> units
            self.bins: dict[int, BinSpot] = {}
            # order id -> (order id, product id) -> {bin id: units picked there}
            self.picked: dict[int, dict[tuple[int, int], dict[int | None, int]]] = {}
            # (product id, bin id) -> units that orders claimed before the orders in
            # picking here will take (issue 18: never two stations for one last unit),
            # read for the set of orders in ``reserved_for``.
            self.reserved: dict[tuple[int, int], int] = {}
            self.reserved_for: frozenset[int] | None = None

    def check(self, version: object) -> None:
        """Empty the cache when the stock version moved since it was filled."""
        with self._lock:
            if version != self.version:
                self.clear()
                self.version = version

    def forget(self, order_ids: Iterable[int]) -> None:
        """Orders that left (or newly entered) this station's hands: read their picks again."""
        with self._lock:
            for order_id in order_ids:
                self.picked.pop(order_id, None)

    def keep_only(self, order_ids: Iterable[int]) -> None:
        keep = set(order_ids)
        self.forget([order_id for order_id in list(self.picked) if order_id not in keep])

    # --- filling ----------------------------------------------------------------------

    def ensure(self, store: StationStore, rows: Sequence[OrderRow],
               now: datetime | None = None) -> None:
        """Read what ``rows`` need and the cache lacks (nothing, in the middle of an order);
        with ``now``, also the stock the orders claimed before them reserve."""
        with self._lock:
            self._ensure(store, rows)
            if now is not None:
                self._ensure_reserved(store, rows, now)

    def _ensure_reserved(self, store: StationStore, rows: Sequence[OrderRow], now: datetime) -> None:
        picking_rows = [row for row in rows if row.status == OrderStatus.PICKING.value]
        key = frozenset(row.id for row in picking_rows)
        if key == self.reserved_for or not picking_rows:
            return
        skus = {line.sku_to_pack for row in picking_rows for line in row.lines}
        needs: dict[int, int] = {}
        for sku, units in store.needed_by_earlier_claims(picking_rows, skus, now).items():
            product = self.products.get(sku)
            if product is not None:
                needs[product.id] = needs.get(product.id, 0) + units
        holdings = {
            product_id: [BinSpot(s.id, s.code, s.walk_order, self.stock.get((product_id, s.id), 0))
                         for s in self.spots.get(product_id, [])]
            for product_id in needs
        }
        self.reserved = reserve(needs, holdings)
        self.reserved_for = key

    def _ensure(self, store: StationStore, rows: Sequence[OrderRow]) -> None:
        with self._lock:
            skus = {line.sku_to_pack for row in rows for line in row.lines} | {
                line.sku for row in rows for line in row.lines}
            missing = sorted(skus - self.products.keys())
            if missing:
                found = store.products_by_sku(missing)
                for sku in missing:
                    self.products[sku] = found.get(sku)
            product_ids = {p.id for sku in skus if (p := self.products.get(sku)) is not None}
            new_ids = sorted(product_ids - self.spots.keys())
            if new_ids:
                holdings = store.bins_holding(new_ids)
                for product_id in new_ids:
                    spots = []
                    for spot, quantity in holdings.get(product_id, []):
                        self.bins[spot.id] = spot
                        self.stock[(product_id, spot.id)] = quantity
                        spots.append(spot)
                    self.spots[product_id] = spots
            order_ids = sorted({row.id for row in rows} - self.picked.keys())
            if order_ids:
                picked = store.picked_by_bin(order_ids)
                for order_id in order_ids:
                    self.picked[order_id] = {}
                for key, per_bin in picked.items():
                    self.picked[key[0]][key] = dict(per_bin)
                unknown = {bin_id for per_bin in picked.values() for bin_id in per_bin
                           if bin_id and bin_id not in self.bins}
                if unknown:
                    for spot in store.bins(unknown):
                        self.bins[spot.id] = spot

    def product_by_barcode(self, store: StationStore, key: str) -> Item | None:
        with self._lock:
            cached = self.barcodes.get(key)
        if cached is not None:
            return cached
        product = store.product_by_barcode(key)
        if product is None:
            return None
        with self._lock:
            self.barcodes[key] = product
        return product

    # --- reading ----------------------------------------------------------------------

    def walk(self, rows: Sequence[OrderRow]) -> list[Stop]:
        """The pick walk of ``rows`` (call :meth:`ensure` first in the same transaction)."""
        with self._lock:
            lines = [
                WalkLine(order_id=row.id, order_number=row.number, tote_slot=row.tote_slot or 1,
                         line_id=line.id, sku=line.sku_to_pack, quantity=line.quantity,
                         short=line.short_qty, picked=line.picked_qty)
                for row in rows for line in row.lines
            ]
            products = {sku: p for sku, p in self.products.items() if p is not None}
            holdings = {
                product_id: [BinSpot(s.id, s.code, s.walk_order, self.stock.get((product_id, s.id), 0))
                             for s in spots]
                for product_id, spots in self.spots.items()
            }
            picked = {key: dict(per_bin) for row in rows
                      for key, per_bin in self.picked.get(row.id, {}).items()}
            return plan_walk(lines, products, holdings, picked, dict(self.bins), dict(self.reserved))

    def in_stock(self, product_id: int, bin_id: int) -> bool:
        """Whether the cache believes ``bin_id`` still holds a unit of ``product_id``."""
        with self._lock:
            return self.stock.get((product_id, bin_id), 0) > 0

    def bins_and_weights(self, rows: Sequence[OrderRow]
                         ) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
        """For the views: the bin codes holding each SKU and each SKU's weight."""
        with self._lock:
            skus = {line.sku_to_pack for row in rows for line in row.lines} | {
                line.sku for row in rows for line in row.lines}
            bins: dict[str, tuple[str, ...]] = {}
            weights: dict[str, int] = {}
            for sku in skus:
                product = self.products.get(sku)
                if product is None:
                    continue
                bins[sku] = tuple(s.code for s in self.spots.get(product.id, []))
                weights[sku] = product.weight_g
            return bins, weights

    # --- following this station's own writes --------------------------------------------

    def picked_one(self, order_id: int, product_id: int, bin_id: int | None) -> None:
        """A unit of ``product_id`` taken from ``bin_id`` for ``order_id`` (its stock -1)."""
        with self._lock:
            per_bin = self.picked.setdefault(order_id, {}).setdefault((order_id, product_id), {})
            per_bin[bin_id] = per_bin.get(bin_id, 0) + 1
            if bin_id is not None:
                key = (product_id, bin_id)
                if self.stock.get(key, 0) > 0:
                    self.stock[key] -= 1
