"""Storing what a store connector pulled: upsert by (source, external id).

- a new order is inserted;
- a known order whose content changed at the store is updated while it is still new
  (nobody has started picking it); later changes are counted as ``changed_too_late``
  and left alone, so a packer never sees lines change under the scanner;
- an order cancelled at the store is cancelled here if still new; one that is being
  picked, packed or waiting to ship goes on hold with the reason "cancelled at the
  store", which the station shows at its next scan (it reloads the order on every scan);
- a payload that could not be understood is quarantined with its reason and raw text,
  once (pulling the same broken payload again adds nothing);
- a SKU the warehouse has never seen becomes a product, and a barcode the store sends for
  a variant is added to its product unless another product already has it, so the
  station recognises the scan.

Pulling the same store twice leaves the database as it was after the first pull.
Each item is stored in its own savepoint: one failure never loses the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from packdesk.domain.barcodes import barcode_key
from packdesk.domain.errors import DomainError, InvalidBarcode
from packdesk.domain.model import Order, OrderStatus
from packdesk.persistence.mappers import (
    check_fits,
    content_hash,
    line_values,
    new_order_row,
    order_values,
)
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    ProductBarcodeRow,
    ProductRow,
    QuarantinedPayloadRow,
    SettingRow,
)

from .uow import UnitOfWork, with_retry

log = logging.getLogger(__name__)

CANCELLED_AT_STORE = "cancelled at the store"
BATCH_SIZE = 100


@dataclass(frozen=True)
class CancelledAtStore:
    source: str
    external_id: str
    number: str = ""


@dataclass(frozen=True)
class QuarantinedPayload:
    source: str
    external_id: str | None
    reason: str
    raw: str


PulledItem = Order | CancelledAtStore | QuarantinedPayload

# Called inside the transaction that stored an order (created or updated), e.g. for the
# notes reader to derive expectations from the customer's note. Arguments: the session,
# the stored row, and whether it was created.
OrderStoredHook = Callable[[Session, OrderRow, bool], None]


@dataclass
class IntakeSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    quarantined: int = 0
    changed_too_late: int = 0
    # Orders in progress that the store cancelled: now on hold, the station must know.
    held_numbers: list[str] = field(default_factory=list)

    def add(self, other: IntakeSummary) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.cancelled += other.cancelled
        self.quarantined += other.quarantined
        self.changed_too_late += other.changed_too_late
        self.held_numbers.extend(other.held_numbers)

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "cancelled": self.cancelled,
            "quarantined": self.quarantined,
            "changed_too_late": self.changed_too_late,
            "held": list(self.held_numbers),
        }


def store_pulled(
    engine_uow: UnitOfWork,
    items: Iterable[PulledItem],
    *,
    on_order_stored: OrderStoredHook | None = None,
    summary: IntakeSummary | None = None,
) -> IntakeSummary:
    """Store every pulled item; commit in batches. Returns (and fills) the summary.

    Without ``on_order_stored`` the notes reader reads every stored order's notes once.
    """
    if on_order_stored is None:
        from .notes import on_order_stored
    summary = summary if summary is not None else IntakeSummary()
    batch: list[PulledItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH_SIZE:
            _store_batch(engine_uow, batch, on_order_stored, summary)
            batch = []
    if batch:
        _store_batch(engine_uow, batch, on_order_stored, summary)
    return summary


def _store_batch(
    uow: UnitOfWork,
    batch: list[PulledItem],
    hook: OrderStoredHook | None,
    summary: IntakeSummary,
) -> None:
    def attempt() -> IntakeSummary:
        partial = IntakeSummary()
        with uow.writing() as writer:
            for item in batch:
                _store_one(writer.session, item, hook, partial)
            writer.commit()
        return partial

    summary.add(with_retry(attempt))


def _store_one(
    session: Session,
    item: PulledItem,
    hook: OrderStoredHook | None,
    summary: IntakeSummary,
    *,
    _retried: bool = False,
) -> None:
    savepoint = session.begin_nested()
    try:
        if isinstance(item, QuarantinedPayload):
            _quarantine(session, item, summary)
        elif isinstance(item, CancelledAtStore):
            _cancel(session, item, summary)
        else:
            check_fits(item)
            _upsert(session, item, hook, summary)
        savepoint.commit()
    except IntegrityError as exc:
        savepoint.rollback()
        if not isinstance(item, Order) or _retried:
            raise
        # Another station stored the same order at the same instant: now it exists.
        log.info("order %s stored concurrently, retrying as an update: %s", item.number, exc)
        _store_one(session, item, hook, summary, _retried=True)
    except (DomainError, DataError) as exc:
        # DataError: a value the database refused (a safety net behind check_fits).
        savepoint.rollback()
        if isinstance(item, Order):
            # A rule broke: keep the payload for an admin rather than lose it.
            _quarantine(
                session,
                QuarantinedPayload(item.source, item.external_id,
                                   str(getattr(exc, "orig", None) or exc).splitlines()[0],
                                   repr(item)),
                summary,
            )
        else:
            # Only the keys: a payload's repr would carry the customer's address into the log.
            log.warning("could not store an item from %s (%s): %s", item.source,
                        getattr(item, "external_id", "?"), str(exc).splitlines()[0])


def _quarantine(session: Session, item: QuarantinedPayload, summary: IntakeSummary) -> None:
    summary.quarantined += 1
    already = session.scalars(
        select(QuarantinedPayloadRow.id).where(
            QuarantinedPayloadRow.source == item.source,
            QuarantinedPayloadRow.external_id == item.external_id
            if item.external_id is not None
            else QuarantinedPayloadRow.external_id.is_(None),
            QuarantinedPayloadRow.resolved.is_(False),
            QuarantinedPayloadRow.raw == item.raw,
        )
    ).first()
    if already is None:
        session.add(
            QuarantinedPayloadRow(
                source=item.source, external_id=item.external_id, reason=item.reason, raw=item.raw
            )
        )


def _find(session: Session, source: str, external_id: str) -> OrderRow | None:
    return session.scalars(
        select(OrderRow).where(OrderRow.source == source, OrderRow.external_id == external_id)
    ).one_or_none()


def _upsert(
    session: Session, order: Order, hook: OrderStoredHook | None, summary: IntakeSummary
) -> None:
    order.validate()
    row = _find(session, order.source, order.external_id)
    if row is None or (row.order_status is OrderStatus.NEW and row.content_hash != content_hash(order)):
        _learn_products(session, order)
    if row is None:
        row = new_order_row(order)
        session.add(row)
        session.flush()
        summary.created += 1
        if hook:
            hook(session, row, True)
        return
    if row.content_hash == content_hash(order):
        summary.unchanged += 1
        return
    if row.order_status is not OrderStatus.NEW:
        summary.changed_too_late += 1
        log.warning("order %s changed at the store while %s; not updated", row.number, row.status)
        return
    values = order_values(order)
    for keep in ("status", "hold_reason", "held_from", "cancel_reason"):
        values.pop(keep)  # the station's own state is not the store's to set
    for name, value in values.items():
        setattr(row, name, value)
    row.lines.clear()
    session.flush()
    row.lines.extend(OrderLineRow(**line_values(line, i)) for i, line in enumerate(order.lines))
    session.flush()
    summary.updated += 1
    if hook:
        hook(session, row, False)


def _learn_products(session: Session, order: Order) -> None:
    for line in order.lines:
        product = session.scalars(select(ProductRow).where(ProductRow.sku == line.sku)).one_or_none()
        if product is None:
            product = ProductRow(sku=line.sku, name=(line.name or line.sku)[:200],
                                 attributes=dict(line.attributes))
            session.add(product)
            session.flush()
        if line.image_url and product.image_url != line.image_url:
            product.image_url = line.image_url
        if not line.barcode:
            continue
        try:
            key = barcode_key(line.barcode)
        except InvalidBarcode as exc:
            log.warning("order %s, %s: barcode %r ignored: %s", order.number, line.sku, line.barcode, exc)
            continue
        owner = session.scalars(
            select(ProductBarcodeRow.product_id).where(ProductBarcodeRow.code == key)
        ).one_or_none()
        if owner is None:
            session.add(ProductBarcodeRow(product_id=product.id, code=key))
            session.flush()
        elif owner != product.id:
            log.warning("order %s: barcode %s of %s already belongs to another product; not moved",
                        order.number, line.barcode, line.sku)


def _cancel(session: Session, item: CancelledAtStore, summary: IntakeSummary) -> None:
    row = _find(session, item.source, item.external_id)
    if row is None:
        return  # never pulled, nothing to take out of the queue
    status = row.order_status
    if status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED):
        return
    if status is OrderStatus.NEW or (
        status is OrderStatus.ON_HOLD and row.held_from in (None, OrderStatus.NEW.value)
    ):
        row.change_status(OrderStatus.CANCELLED, CANCELLED_AT_STORE)
        row.claimed_station = None
        row.claimed_user = None
        summary.cancelled += 1
        return
    if status is OrderStatus.ON_HOLD:
        if row.hold_reason == CANCELLED_AT_STORE:
            return  # already told
        row.hold_reason = CANCELLED_AT_STORE  # held for another reason; the cancel matters more
    else:
        row.change_status(OrderStatus.ON_HOLD, CANCELLED_AT_STORE)
    summary.cancelled += 1
    summary.held_numbers.append(row.number)


# --- Which stores this database pulls from (not secrets: those stay in the keyring) ----

STORES_SETTING = "sync.stores"


def remember_store(uow: UnitOfWork, source: str, settings: dict[str, Any]) -> None:
    """Record how to reach ``source`` so the outbox worker can tell it what shipped."""
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, STORES_SETTING)
        stores = dict(row.value) if row else {}
        if stores.get(source) == settings:
            return
        stores[source] = settings
        if row is None:
            writer.session.add(SettingRow(key=STORES_SETTING, value=stores))
        else:
            row.value = stores
        writer.commit()


def known_stores(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    with uow:
        row = uow.session.get(SettingRow, STORES_SETTING)
        return {k: dict(v) for k, v in (row.value if row else {}).items()}


def open_quarantine(uow: UnitOfWork) -> list[QuarantinedPayloadRow]:
    """Unresolved quarantined payloads, newest first, for the admin."""
    with uow:
        rows = list(
            uow.session.scalars(
                select(QuarantinedPayloadRow)
                .where(QuarantinedPayloadRow.resolved.is_(False))
                .order_by(QuarantinedPayloadRow.received_at.desc(), QuarantinedPayloadRow.id.desc())
            )
        )
        uow.session.expunge_all()
        return rows


def resolve_quarantined(uow: UnitOfWork, ids: Iterable[int]) -> list[int]:
    """Mark quarantined payloads as dealt with; returns the ids that were open."""
    with uow.writing() as writer:
        rows = list(writer.session.scalars(
            select(QuarantinedPayloadRow).where(
                QuarantinedPayloadRow.id.in_(list(ids)), QuarantinedPayloadRow.resolved.is_(False)
            )
        ))
        for row in rows:
            row.resolved = True
        writer.commit()
        return [row.id for row in rows]
