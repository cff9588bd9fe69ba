"""What the station's handlers need from storage, as one small interface (issue 17: thin
handlers over a unit of work you can fake).

:class:`StationStore` is the port: the orders in a station's hands with their lines, the
products and bin holdings the walk needs, the scan log, stock taken and put back, stock
movements and the stock version. Order rows are handed out as objects the handlers change
in place (a claim, a count, a status); the unit of work keeps those changes when it
commits. :class:`SqlStationStore` is the SQLAlchemy implementation over one session (the
queries of ``services.claims`` and ``services.picking``, so a scan costs what it cost);
``services.memory`` holds the in-memory one the unit tests run the station on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from packdesk.domain.model import ScanOutcome
from packdesk.domain.picking import BinSpot, Item
from packdesk.domain.quality import QualityCheck, checks_for
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    OrderRow,
    ProductRow,
    QualityCheckRow,
    QualityFailureRow,
    ScanEventRow,
    StockMovementRow,
    UserRow,
)

from . import claims, picking
from .labelscan import label_owner
from .stationflow import StationFlow, read_flow

if TYPE_CHECKING:
    from .auth import Actor  # (auth -> uow -> store)

# (order id, product id) -> {bin id: units picked there}
PickedByBin = dict[tuple[int, int], dict[int | None, int]]


class StationStore(Protocol):
    """The station's storage, inside one unit of work."""

    # --- orders -----------------------------------------------------------------------

    def held_with_lines(self, station: str, statuses: tuple[str, ...]
                        ) -> tuple[list[OrderRow], object]:
        """The orders ``station`` holds in ``statuses`` (locked, by tote slot) with their
        lines, and the stock version: what a scan reads, in one go."""
        ...

    def held_by(self, station: str, statuses: tuple[str, ...] = claims.IN_HAND, *,
                lock: bool = False) -> list[OrderRow]: ...

    def order(self, order_id: int) -> OrderRow | None: ...

    def by_number(self, number: str) -> OrderRow | None:
        """The order with this number (``10042`` finds ``#10042``), an open one first."""
        ...

    def next_free(self, station: str, now: datetime, *, unfinished: bool) -> OrderRow | None:
        """The first claimable order in queue order (see ``claims.next_free``)."""
        ...

    def small_free_orders(self, now: datetime, limit: int, max_units: int) -> list[OrderRow]: ...

    def needed_by_earlier_claims(self, rows: Sequence[OrderRow], skus: Iterable[str],
                                 now: datetime) -> dict[str, int]:
        """SKU -> units orders claimed before ``rows`` elsewhere still have to pick."""
        ...

    # --- catalogue and stock -------------------------------------------------------------

    def stock_version(self) -> object: ...

    def bump_stock_version(self) -> None: ...

    def products_by_sku(self, skus: Iterable[str]) -> dict[str, Item]: ...

    def product(self, product_id: int) -> Item | None: ...

    def product_by_barcode(self, code: str) -> Item | None: ...

    def bins_holding(self, product_ids: Iterable[int]) -> dict[int, list[tuple[BinSpot, int]]]:
        """Product id -> (bin, units) of every active bin listing it, in walking order."""
        ...

    def bins(self, bin_ids: Iterable[int]) -> list[BinSpot]: ...

    def picked_by_bin(self, order_ids: Sequence[int]) -> PickedByBin: ...

    def take_unit(self, bin_id: int | None, product_id: int) -> bool:
        """One unit out of the bin; False when the bin had none left (another station
        took it)."""
        ...

    def put_unit_back(self, bin_id: int, product_id: int) -> None: ...

    def empty_bin(self, bin_id: int, product_id: int) -> int:
        """Set the bin's stock of the product to zero; returns the units it had."""
        ...

    def add_movement(self, movement: StockMovementRow) -> None: ...

    # --- quality checks (issue 24) ---------------------------------------------------------

    def quality_checks(self, product_id: int, sku: str) -> list[QualityCheck]:
        """The checks a unit of the product gets, in screen order."""
        ...

    def add_quality_failure(self, failure: QualityFailureRow) -> None: ...

    # --- the scan log and people ------------------------------------------------------------

    def add_scan_event(self, event: ScanEventRow) -> None: ...

    def unit_scans(self, order_ids: Sequence[int]) -> list[ScanEventRow]:
        """The accepted and undone scans of these orders, newest first (for undo)."""
        ...

    def user_by_badge(self, badge_code: str) -> UserRow | None: ...

    def waive_payment(self, order: OrderRow, lead: Actor) -> None:
        """A lead lets the packed order ship without its payment captured (recorded)."""
        ...

    # --- the station's settings and labels ---------------------------------------------

    def station_flow(self, station: str) -> StationFlow:
        """Is the picker the packer at ``station`` (``services.stationflow``)."""
        ...

    def label_owner(self, scanned: str, *, other_than: int) -> OrderRow | None:
        """The order, other than ``other_than``, whose shipping label carries ``scanned``
        (``services.labelscan``)."""
        ...

    def flush(self) -> None:
        """Give what was added its ids (scan events)."""
        ...


class SqlStationStore:
    """:class:`StationStore` over one SQLAlchemy session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def held_with_lines(self, station: str, statuses: tuple[str, ...]
                        ) -> tuple[list[OrderRow], object]:
        rows, version = claims.held_with_lines(self.session, station, statuses,
                                               picking.stock_version_column())
        if not rows:
            version = picking.stock_version(self.session)
        return rows, version

    def held_by(self, station: str, statuses: tuple[str, ...] = claims.IN_HAND, *,
                lock: bool = False) -> list[OrderRow]:
        return claims.held_by(self.session, station, statuses, lock=lock)

    def order(self, order_id: int) -> OrderRow | None:
        return self.session.get(OrderRow, order_id)

    def by_number(self, number: str) -> OrderRow | None:
        return claims.by_number(self.session, number)

    def next_free(self, station: str, now: datetime, *, unfinished: bool) -> OrderRow | None:
        return claims.next_free(self.session, station, now, unfinished=unfinished)

    def small_free_orders(self, now: datetime, limit: int, max_units: int) -> list[OrderRow]:
        return claims.small_free_orders(self.session, now, limit, max_units)

    def needed_by_earlier_claims(self, rows: Sequence[OrderRow], skus: Iterable[str],
                                 now: datetime) -> dict[str, int]:
        return picking.needed_by_earlier_claims(self.session, rows, skus, now)

    def stock_version(self) -> object:
        return picking.stock_version(self.session)

    def bump_stock_version(self) -> None:
        picking.bump_stock_version(self.session)

    def products_by_sku(self, skus: Iterable[str]) -> dict[str, Item]:
        return {sku: picking.item(row)
                for sku, row in picking.products_by_sku(self.session, skus).items()}

    def product(self, product_id: int) -> Item | None:
        row = self.session.get(ProductRow, product_id)
        return picking.item(row) if row is not None else None

    def product_by_barcode(self, code: str) -> Item | None:
        row = picking.product_by_barcode(self.session, code)
        return picking.item(row) if row is not None else None

    def bins_holding(self, product_ids: Iterable[int]) -> dict[int, list[tuple[BinSpot, int]]]:
        return {
            product_id: [(_spot(bin_row), quantity) for bin_row, quantity in entries]
            for product_id, entries in picking.bins_holding(self.session, product_ids).items()
        }

    def bins(self, bin_ids: Iterable[int]) -> list[BinSpot]:
        ids = sorted(set(bin_ids))
        if not ids:
            return []
        return [_spot(row) for row in self.session.scalars(select(BinRow).where(BinRow.id.in_(ids)))]

    def picked_by_bin(self, order_ids: Sequence[int]) -> PickedByBin:
        return picking.picked_by_bin(self.session, order_ids)

    def take_unit(self, bin_id: int | None, product_id: int) -> bool:
        taken: Any = self.session.execute(
            update(BinStockRow)
            .where(BinStockRow.bin_id == bin_id, BinStockRow.product_id == product_id,
                   BinStockRow.quantity > 0)
            .values(quantity=BinStockRow.quantity - 1)
            .execution_options(synchronize_session=False)
        )
        return getattr(taken, "rowcount", 1) != 0

    def _stock(self, bin_id: int, product_id: int) -> BinStockRow | None:
        return self.session.scalars(
            select(BinStockRow).where(BinStockRow.bin_id == bin_id,
                                      BinStockRow.product_id == product_id)
        ).first()

    def put_unit_back(self, bin_id: int, product_id: int) -> None:
        stock = self._stock(bin_id, product_id)
        if stock is not None:
            stock.quantity += 1

    def empty_bin(self, bin_id: int, product_id: int) -> int:
        stock = self._stock(bin_id, product_id)
        if stock is None:
            return 0
        units, stock.quantity = stock.quantity, 0
        return units

    def add_movement(self, movement: StockMovementRow) -> None:
        self.session.add(movement)

    def quality_checks(self, product_id: int, sku: str) -> list[QualityCheck]:
        # One small query; a second one for the product's tags when some check is a tag's.
        rows = list(self.session.scalars(
            select(QualityCheckRow)
            .where(or_(QualityCheckRow.sku == sku, QualityCheckRow.tag.is_not(None)))
            .order_by(QualityCheckRow.position, QualityCheckRow.id)))
        if not rows:
            return []
        tags: list[str] = []
        if any(row.tag is not None for row in rows):
            tags = list(self.session.scalar(
                select(ProductRow.tags).where(ProductRow.id == product_id)) or [])
        return checks_for(sku, tags, [QualityCheck(id=row.id, text=row.text, sku=row.sku,
                                                   tag=row.tag) for row in rows])

    def add_quality_failure(self, failure: QualityFailureRow) -> None:
        self.session.add(failure)

    def add_scan_event(self, event: ScanEventRow) -> None:
        self.session.add(event)

    def unit_scans(self, order_ids: Sequence[int]) -> list[ScanEventRow]:
        if not order_ids:
            return []
        return list(self.session.scalars(
            select(ScanEventRow)
            .where(ScanEventRow.order_id.in_(list(order_ids)),
                   ScanEventRow.outcome.in_([ScanOutcome.ACCEPTED.value,
                                             ScanOutcome.UNDONE.value]))
            .order_by(ScanEventRow.id.desc())
        ))

    def user_by_badge(self, badge_code: str) -> UserRow | None:
        return self.session.scalars(
            select(UserRow).where(UserRow.badge_code == badge_code.strip())
        ).one_or_none()

    def station_flow(self, station: str) -> StationFlow:
        return read_flow(self.session, station)

    def label_owner(self, scanned: str, *, other_than: int) -> OrderRow | None:
        return label_owner(self.session, scanned, other_than=other_than)

    def waive_payment(self, order: OrderRow, lead: Actor) -> None:
        from .payments import waive_in_session  # (payments -> uow -> store)

        waive_in_session(self.session, lead, order)

    def flush(self) -> None:
        self.session.flush()


def _spot(row: BinRow) -> BinSpot:
    return BinSpot(row.id, row.code, row.walk_order)
