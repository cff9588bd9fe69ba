"""The station's storage in memory: a :class:`~packdesk.services.store.StationStore` and a
unit of work over plain dicts and lists, no database (issue 17: the station's rules tested
against a unit of work you can fake).

:class:`MemoryStation` is the "database": products, bins and their stock, users, orders
(order and line rows, never added to a session), the scan log and the stock movements. It
has small seeding helpers for tests. ``MemoryStation.unit_of_work`` is the factory a
``StationService`` takes (``StationService(None, "Bench 1", uow=memory.unit_of_work)``).
Its unit of work keeps what was committed and puts back what was not, like a transaction:
leaving the ``with`` block without ``commit()`` restores the orders, stock, movements and
scan log as they were at its start.

The queries answer as the SQL ones in ``services.claims`` and ``services.picking`` do
(queue order, free claims, the walk's bins in walking order); a ship-by date left empty
sorts first, as on SQLite.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Self

from packdesk.domain.barcodes import barcode_key
from packdesk.domain.model import MovementReason, OrderStatus, Role, ScanOutcome
from packdesk.domain.picking import BinSpot, Item
from packdesk.domain.quality import QualityCheck, checks_for
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    QualityFailureRow,
    ScanEventRow,
    StockMovementRow,
    UserRow,
)

from .claims import CLAIMABLE, IN_HAND
from .labelscan import is_label_of
from .stationflow import StationFlow, flow_of
from .store import PickedByBin
from .uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from .auth import Actor


def _defaults(row: Any) -> None:
    """Fill the columns a database would default on insert (a row never inserted has None)."""
    for column in type(row).__table__.columns:
        if getattr(row, column.key, None) is None and column.default is not None:
            default = column.default
            value = default.arg(None) if callable(default.arg) else default.arg
            setattr(row, column.key, value)


def _columns(row: Any) -> dict[str, Any]:
    values = {}
    for column in type(row).__table__.columns:
        value = getattr(row, column.key)
        values[column.key] = dict(value) if isinstance(value, dict) else value
    return values


def _queue_key(row: OrderRow) -> tuple[Any, ...]:
    # As claims.queue_order sorts: ship-by (empty first, as on SQLite), express, oldest, id.
    return (row.ship_by is not None, row.ship_by or date.min, row.priority, row.placed_at, row.id)


class MemoryStation:
    """Everything a station stores, in memory."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.products: dict[int, Item] = {}
        self.barcodes: dict[str, int] = {}
        self.bin_spots: dict[int, BinSpot] = {}
        self.inactive_bins: set[int] = set()
        self.stock: dict[tuple[int, int], int] = {}  # (bin id, product id) -> units listed
        self.users: dict[str, UserRow] = {}  # by badge code
        self.orders: dict[int, OrderRow] = {}
        self.movements: list[StockMovementRow] = []
        self.events: list[ScanEventRow] = []
        self.quality: list[QualityCheck] = []  # the admin's checks
        self.product_tags: dict[int, list[str]] = {}
        self.quality_failures: list[QualityFailureRow] = []
        self.version = 0
        self.commits = 0
        self.stations: set[str] = set()  # the station names the "database" knows
        self.settings: dict[str, dict[str, object]] = {}  # settings rows by key

    def add_station(self, name: str) -> None:
        self.stations.add(name)

    def new_id(self) -> int:
        return next(self._ids)

    # --- seeding (tests) ------------------------------------------------------------------

    def add_product(self, sku: str, name: str = "", *, color: str = "", size: str = "",
                    barcode: str | None = None, weight_g: int = 0) -> Item:
        attributes = {k: v for k, v in (("color", color), ("size", size)) if v}
        product = Item(self.new_id(), sku, name or sku, attributes, weight_g)
        self.products[product.id] = product
        self.barcodes[barcode_key(barcode or sku)] = product.id
        return product

    def product_id(self, sku: str) -> int:
        return next(p.id for p in self.products.values() if p.sku == sku)

    def add_bin(self, code: str, walk_order: str | None = None) -> BinSpot:
        spot = BinSpot(self.new_id(), code, walk_order if walk_order is not None else code)
        self.bin_spots[spot.id] = spot
        return spot

    def bin_id(self, code: str) -> int:
        return next(s.id for s in self.bin_spots.values() if s.code == code)

    def put_stock(self, bin_code: str, sku: str, units: int) -> None:
        """The bin lists the product with ``units`` (a stock edit: stations read it again)."""
        self.stock[(self.bin_id(bin_code), self.product_id(sku))] = units
        self.version += 1

    def stock_of(self, bin_code: str, sku: str) -> int:
        return self.stock.get((self.bin_id(bin_code), self.product_id(sku)), 0)

    def add_user(self, name: str, role: Role, badge: str) -> UserRow:
        user = UserRow(id=self.new_id(), name=name, role=role.value, badge_code=badge)
        _defaults(user)
        self.users[badge] = user
        return user

    def add_order(self, number: str, lines: Sequence[tuple[str, int]], *,
                  customer_note: str = "", gift: bool = False, gift_message: str = "",
                  placed_at: datetime | None = None, ship_by: date | None = None,
                  express: bool = False) -> OrderRow:
        """A new order of ``(sku, quantity)`` lines, named and described as the products."""
        order_id = self.new_id()
        row = OrderRow(
            id=order_id, source="memory", external_id=str(order_id), number=number,
            placed_at=placed_at or utcnow() - timedelta(hours=1) + timedelta(seconds=order_id),
            ship_by=ship_by, priority=0 if express else 1, ship_to={"name": "A. Customer"},
            customer_note=customer_note, gift=gift, gift_message=gift_message,
        )
        _defaults(row)
        for position, (sku, quantity) in enumerate(lines):
            product = next((p for p in self.products.values() if p.sku == sku), None)
            line = OrderLineRow(
                id=self.new_id(), order_id=order_id, position=position, sku=sku,
                quantity=quantity, name=product.name if product else sku,
                attributes=dict(product.attributes) if product else {},
            )
            _defaults(line)
            row.lines.append(line)
        self.orders[order_id] = row
        return row

    def order(self, number: str) -> OrderRow:
        return next(r for r in self.orders.values() if r.number == number)

    # --- units of work --------------------------------------------------------------------

    def unit_of_work(self, *, immediate: bool = False) -> InMemoryUnitOfWork:
        return InMemoryUnitOfWork(self)

    def snapshot(self) -> dict[str, Any]:
        return {
            "orders": {oid: (_columns(row), [(line, _columns(line)) for line in row.lines])
                       for oid, row in self.orders.items()},
            "stock": dict(self.stock),
            "movements": len(self.movements),
            "events": len(self.events),
            "quality_failures": len(self.quality_failures),
            "version": self.version,
        }

    def restore(self, snapshot: dict[str, Any]) -> None:
        for order_id, (values, lines) in snapshot["orders"].items():
            row = self.orders[order_id]
            for key, value in values.items():
                setattr(row, key, value)
            for line, line_values in lines:
                for key, value in line_values.items():
                    setattr(line, key, value)
        self.stock = dict(snapshot["stock"])
        del self.movements[snapshot["movements"]:]
        del self.events[snapshot["events"]:]
        del self.quality_failures[snapshot["quality_failures"]:]
        self.version = snapshot["version"]


class InMemoryUnitOfWork:
    """A unit of work over a :class:`MemoryStation`: commit keeps, leaving puts back."""

    def __init__(self, data: MemoryStation) -> None:
        self.data = data
        self._station = InMemoryStationStore(data)
        self._saved: dict[str, Any] | None = None

    @property
    def station(self) -> InMemoryStationStore:
        if self._saved is None:
            raise RuntimeError("the unit of work is used outside its 'with' block")
        return self._station

    def __enter__(self) -> Self:
        self._saved = self.data.snapshot()
        return self

    def __exit__(self, exc_type: object, error: BaseException | None, traceback: object) -> None:
        self.rollback()
        self._saved = None

    def commit(self) -> None:
        self._saved = self.data.snapshot()
        self.data.commits += 1

    def rollback(self) -> None:
        if self._saved is not None:
            self.data.restore(self._saved)


class InMemoryStationStore:
    """:class:`~packdesk.services.store.StationStore` over a :class:`MemoryStation`."""

    def __init__(self, data: MemoryStation) -> None:
        self.data = data

    # --- orders -----------------------------------------------------------------------

    def held_with_lines(self, station: str, statuses: tuple[str, ...]
                        ) -> tuple[list[OrderRow], object]:
        return self.held_by(station, statuses), self.data.version

    def held_by(self, station: str, statuses: tuple[str, ...] = IN_HAND, *,
                lock: bool = False) -> list[OrderRow]:
        rows = [r for r in self.data.orders.values()
                if r.claimed_station == station and r.status in statuses]
        return sorted(rows, key=lambda r: (r.tote_slot or 0, r.id))

    def order(self, order_id: int) -> OrderRow | None:
        return self.data.orders.get(order_id)

    def by_number(self, number: str) -> OrderRow | None:
        wanted = number.strip()
        rows = [r for r in self.data.orders.values() if r.number == wanted]
        if not rows:
            return None if wanted.startswith("#") else self.by_number("#" + wanted)
        return max(rows, key=lambda r: (r.status in CLAIMABLE, r.id))

    @staticmethod
    def _free(row: OrderRow, now: datetime) -> bool:
        return row.claimed_station is None or (
            row.claim_expires_at is not None and row.claim_expires_at < now)

    def next_free(self, station: str, now: datetime, *, unfinished: bool) -> OrderRow | None:
        statuses = (OrderStatus.NEW.value, *IN_HAND) if unfinished else (OrderStatus.NEW.value,)
        free = [r for r in self.data.orders.values()
                if r.status in statuses and self._free(r, now)]
        return min(free, key=_queue_key, default=None)

    def small_free_orders(self, now: datetime, limit: int, max_units: int) -> list[OrderRow]:
        rows = [r for r in self.data.orders.values()
                if r.status == OrderStatus.NEW.value and self._free(r, now) and r.lines
                and sum(line.quantity for line in r.lines) <= max_units]
        return sorted(rows, key=_queue_key)[:limit]

    def needed_by_earlier_claims(self, rows: Sequence[OrderRow], skus: Iterable[str],
                                 now: datetime) -> dict[str, int]:
        wanted = set(skus)
        claimed = [(row.claimed_at, row.id) for row in rows if row.claimed_at is not None]
        if not wanted or not claimed:
            return {}
        first = min(claimed)
        mine = {row.id for row in rows}
        needs: dict[str, int] = {}
        for other in self.data.orders.values():
            if (other.status != OrderStatus.PICKING.value or other.claimed_station is None
                    or other.claim_expires_at is None or other.claim_expires_at < now
                    or other.id in mine or other.claimed_at is None
                    or (other.claimed_at, other.id) >= first):
                continue
            for line in other.lines:
                if line.sku_to_pack in wanted:
                    needs[line.sku_to_pack] = (needs.get(line.sku_to_pack, 0) + line.quantity
                                               - line.picked_qty - line.short_qty)
        return {sku: units for sku, units in needs.items() if units > 0}

    # --- catalogue and stock -------------------------------------------------------------

    def stock_version(self) -> object:
        return self.data.version

    def bump_stock_version(self) -> None:
        self.data.version += 1

    def products_by_sku(self, skus: Iterable[str]) -> dict[str, Item]:
        wanted = set(skus)
        return {p.sku: p for p in self.data.products.values() if p.sku in wanted}

    def product(self, product_id: int) -> Item | None:
        return self.data.products.get(product_id)

    def product_by_barcode(self, code: str) -> Item | None:
        product_id = self.data.barcodes.get(code)
        return self.data.products.get(product_id) if product_id is not None else None

    def bins_holding(self, product_ids: Iterable[int]) -> dict[int, list[tuple[BinSpot, int]]]:
        result: dict[int, list[tuple[BinSpot, int]]] = {}
        for product_id in set(product_ids):
            held = [(self.data.bin_spots[bin_id], units)
                    for (bin_id, pid), units in self.data.stock.items()
                    if pid == product_id and bin_id not in self.data.inactive_bins]
            if held:
                result[product_id] = sorted(held, key=lambda h: (h[0].walk_order, h[0].id))
        return result

    def bins(self, bin_ids: Iterable[int]) -> list[BinSpot]:
        return [self.data.bin_spots[b] for b in set(bin_ids) if b in self.data.bin_spots]

    def picked_by_bin(self, order_ids: Sequence[int]) -> PickedByBin:
        wanted = set(order_ids)
        sums: dict[tuple[int, int, int | None], int] = {}
        for m in self.data.movements:
            if m.order_id in wanted and m.reason == MovementReason.PICK.value:
                key = (m.order_id, m.product_id, m.bin_id)
                sums[key] = sums.get(key, 0) + m.delta
        result: PickedByBin = {}
        for (order_id, product_id, bin_id), delta in sums.items():
            if -delta > 0:
                result.setdefault((order_id, product_id), {})[bin_id] = -delta
        return result

    def take_unit(self, bin_id: int | None, product_id: int) -> bool:
        key = (bin_id or 0, product_id)
        if self.data.stock.get(key, 0) <= 0:
            return False
        self.data.stock[key] -= 1
        return True

    def put_unit_back(self, bin_id: int, product_id: int) -> None:
        if (bin_id, product_id) in self.data.stock:
            self.data.stock[(bin_id, product_id)] += 1

    def empty_bin(self, bin_id: int, product_id: int) -> int:
        units = self.data.stock.get((bin_id, product_id), 0)
        if (bin_id, product_id) in self.data.stock:
            self.data.stock[(bin_id, product_id)] = 0
        return units

    def add_movement(self, movement: StockMovementRow) -> None:
        movement.id = self.data.new_id()
        self.data.movements.append(movement)

    # --- quality checks --------------------------------------------------------------------

    def quality_checks(self, product_id: int, sku: str) -> list[QualityCheck]:
        return checks_for(sku, self.data.product_tags.get(product_id, []), self.data.quality)

    def add_quality_failure(self, failure: QualityFailureRow) -> None:
        failure.id = self.data.new_id()
        self.data.quality_failures.append(failure)

    # --- the scan log and people ------------------------------------------------------------

    def add_scan_event(self, event: ScanEventRow) -> None:
        event.id = self.data.new_id()
        self.data.events.append(event)

    def unit_scans(self, order_ids: Sequence[int]) -> list[ScanEventRow]:
        wanted = set(order_ids)
        outcomes = (ScanOutcome.ACCEPTED.value, ScanOutcome.UNDONE.value)
        return sorted((e for e in self.data.events
                       if e.order_id in wanted and e.outcome in outcomes),
                      key=lambda e: e.id, reverse=True)

    def user_by_badge(self, badge_code: str) -> UserRow | None:
        return self.data.users.get(badge_code.strip())

    def station_flow(self, station: str) -> StationFlow:
        return flow_of(self.data.settings, self.data.stations, station)

    def label_owner(self, scanned: str, *, other_than: int) -> OrderRow | None:
        return next((row for row in self.data.orders.values()
                     if row.id != other_than and is_label_of(row, scanned)), None)

    def waive_payment(self, order: OrderRow, lead: Actor) -> None:
        """No store to charge in memory: the hold is lifted, nothing else is kept."""
        order.hold_reason = ""

    def flush(self) -> None:
        """Nothing to do: ids are given when rows are added."""


if TYPE_CHECKING:  # the in-memory unit of work is one a station takes (checked by mypy)
    _factory: UnitOfWorkFactory = MemoryStation().unit_of_work
