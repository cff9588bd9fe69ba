"""Storing what a store connector pulled: upsert by (source, external id).

- a new order is inserted;
- a known order whose content changed at the store is updated while it is still new
  (nobody has started picking it); a later change is not applied (a packer never sees
  lines change under the scanner) but holds the order for the lead, with a reason naming
  it ("changed at the store: 1 line added"), counted as ``changed_too_late``;
- ``StoreHold``: the store no longer wants a known order packed here (refunded, fulfilled
  elsewhere, closed, on hold, moved to another location): it is held with that reason;
  an order the store holds (``Order.status`` ON_HOLD, "waiting") arrives held, and one held
  only because of the store goes back to the queue once the store releases it;
- an order cancelled at the store is cancelled here if still new; one that is being
  picked, packed or waiting to ship goes on hold with the reason "cancelled at the
  store", which the station shows at its next scan (it reloads the order on every scan);
- a payload that could not be understood is quarantined with its reason and raw text,
  once (pulling the same broken payload again adds nothing);
- a SKU the warehouse has never seen becomes a product, and a barcode the store sends for
  a variant is added to its product unless another product already has it, so the
  station recognises the scan.

Pulling the same store twice leaves the database as it was after the first pull.
Each item is stored in its own savepoint: one failure never loses the others. Write
transactions are short (see :func:`store_pulled`): a station never waits long behind a pull.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Order, OrderStatus
from packdesk.persistence.mappers import (
    check_fits,
    content_hash,
    line_values,
    new_order_row,
    order_values,
    payment_json,
    row_values,
)
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    QuarantinedPayloadRow,
)

from . import claims, labelvoid
from .catalog import KnownProducts, learn_products
from .intakebatch import (
    BULK_ROWS,
    KnownOrder,
    known_orders,
    no_nul,
    not_started,
    read_ahead,
    store_run,
    with_last,
)
from .intakeitems import (
    CancelledAtStore,
    IntakeSummary,
    OrderStoredHook,
    PulledItem,
    QuarantinedPayload,
    StoreHold,
)
from .notereading import note_texts
from .uow import UnitOfWork, with_retry
from .writepacing import WRITE_SLICE_SECONDS, WritePacer, long_lived_objects_frozen, no_gc_pause

__all__ = [  # the item types live in intakeitems; callers may still name them from here
    "CancelledAtStore", "IntakeSummary", "OrderStoredHook", "PulledItem", "QuarantinedPayload",
    "StoreHold", "store_pulled",
]

log = logging.getLogger(__name__)

CANCELLED_AT_STORE = "cancelled at the store"
STORE_HOLD = "at the store: "  # hold reasons the store set (StoreHold, waiting); lifted by the store
CHANGED_AT_STORE = "changed at the store: "
BATCH_SIZE = 100


def store_pulled(
    engine_uow: UnitOfWork,
    items: Iterable[PulledItem],
    *,
    on_order_stored: OrderStoredHook | None = None,
    summary: IntakeSummary | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> IntakeSummary:
    """Store every pulled item in short write transactions. Returns (and fills) the summary.

    Without ``on_order_stored`` the notes reader reads every new or changed order's notes
    once, before the write transaction (:func:`notes.prepare_order_stored`).

    A station's scan must never wait long behind a pull (SQLite has one writer at a time):
    up to a page of items (``BATCH_SIZE``) is read and prepared outside any write
    transaction, then written in transactions of about ``WRITE_SLICE_SECONDS``, and on
    SQLite each is followed by at least ``WRITE_GAP_SECONDS`` without the write lock, longer
    than the waiting station's busy-handler sleeps, so the station gets its turn.
    """
    prepare: PrepareHook | None = None
    fallback = on_order_stored
    if on_order_stored is None:
        from .notes import on_order_stored as fallback
        from .notes import prepare_order_stored as prepare
    summary = summary if summary is not None else IntakeSummary()
    pacer = WritePacer(engine_uow.dialect == "sqlite")
    products = KnownProducts()  # the catalogue as this pull has read it
    batch: list[PulledItem] = []
    pages = done = 0
    # The connector fetches and parses the next page while this one is stored.
    with contextlib.closing(read_ahead(items, 2 * BATCH_SIZE)) as ahead, long_lived_objects_frozen():
        for last, item in with_last(ahead):
            batch.append(item)
            if len(batch) >= BATCH_SIZE or last:
                _store_batch(engine_uow, batch, fallback, prepare, summary, pacer, products)
                pages, done, batch = pages + 1, done + len(batch), []
                if on_page is not None:
                    on_page(pages, done)  # ``on_page(pages, items so far)``: a pull's progress
    return summary


# Reads what an order needs before the write transaction (in a read session) and returns
# the hook that stores it inside (the default reads the order's notes).
class PreparedHook(Protocol):
    """What ``PrepareHook`` returns: the hook, and whether it would write nothing to a
    new order that the bulk insert does not (``notes.NotesToStore``)."""

    @property
    def proposes_nothing(self) -> bool: ...

    def __call__(self, session: Session, row: OrderRow, created: bool) -> None: ...


PrepareHook = Callable[[Session, Order], PreparedHook]

@dataclass
class _Prepared:
    item: PulledItem
    hook: OrderStoredHook | None
    digest: str | None = None  # an order's content hash, once it passed its checks
    bulk: bool = False  # new, no notes: stored with the rest of its run by executemany
    unchanged: bool = False  # known, and sent again as stored: nothing to write
    # A checked order's column values and its lines' (``mappers.row_values``), made once.
    rows: tuple[dict[str, Any], list[dict[str, Any]]] | None = None


def _store_batch(
    uow: UnitOfWork,
    batch: list[PulledItem],
    hook: OrderStoredHook | None,
    prepare: PrepareHook | None,
    summary: IntakeSummary,
    pacer: WritePacer,
    products: KnownProducts,
) -> None:
    prepared = _prepare(uow, batch, hook, prepare, products)
    summary.unchanged += sum(entry.unchanged for entry in prepared)
    prepared = [entry for entry in prepared if not entry.unchanged]  # no write for those
    done = 0
    while done < len(prepared):
        partial, done = with_retry(
            functools.partial(_write_slice, uow, prepared, done, pacer, products))
        summary.add(partial)


def _prepare(
    uow: UnitOfWork, batch: list[PulledItem], hook: OrderStoredHook | None,
    prepare: PrepareHook | None, products: KnownProducts,
) -> list[_Prepared]:
    """Each item with its hook, checked before the write transaction; new and changed
    orders' notes read now too (an order already stored as it is, or taken, is not read
    again). An order that breaks a rule is quarantined inside, with the reason."""
    result = [_checked(_Prepared(item, hook)) for item in batch]
    if not any(p.digest for p in result):
        return result
    with UnitOfWork(uow.engine) as reader:
        orders = [e.item for e in result if isinstance(e.item, Order)]
        known = known_orders(reader.session, orders)
        # An order the page holds twice (edited at the store while it was read) is stored
        # in turn: the second may undo the first, so neither is skipped as unchanged.
        seen = Counter(order.key for order in orders)
        for entry in result:
            if not isinstance(entry.item, Order) or not entry.digest:
                continue
            state = known.get(entry.item.key)
            if state is not None and state.content_hash == entry.digest and seen[entry.item.key] == 1:
                entry.unchanged = _stored_as_it_is(state, entry.item)
            elif prepare is None:
                continue  # the caller's hook runs inside, one by one
            elif state is None and not note_texts(entry.item):
                entry.hook, entry.bulk = None, True  # nothing stored before, nothing to read
            elif state is None or not_started(OrderStatus(state.status), state.hold_reason):
                prepared = prepare(reader.session, entry.item)
                if state is None and prepared.proposes_nothing:
                    # "Please double-bag": read, and nothing to store beyond the order.
                    entry.hook, entry.bulk = None, True
                else:
                    entry.hook = prepared
        products.read(reader.session, [e.item for e in result if e.bulk and isinstance(e.item, Order)])
    return result


def _stored_as_it_is(state: KnownOrder, order: Order) -> bool:
    """Nothing to write for a known order the store sends again as it was: not held at or
    by the store, the same content and the same payment state."""
    return (order.status is not OrderStatus.ON_HOLD and not state.hold_reason.startswith(STORE_HOLD)
            and state.payment == payment_json(order))


def _checked(entry: _Prepared) -> _Prepared:
    """The entry with its order's digest and row values once the order passed its checks
    (one that did not is stored one by one, which quarantines it with the reason)."""
    if isinstance(entry.item, Order):
        try:
            entry.item.validate()
            digest = content_hash(entry.item)
            entry.rows, entry.digest = row_values(entry.item, digest=digest), digest
        except DomainError:
            pass
    return entry


def _write_slice(
    uow: UnitOfWork, prepared: list[_Prepared], start: int, pacer: WritePacer,
    products: KnownProducts,
) -> tuple[IntakeSummary, int]:
    """Store items from ``start`` in one transaction of about WRITE_SLICE_SECONDS."""
    partial = IntakeSummary()
    end = start
    pacer.before_write()
    with uow.writing() as writer, no_gc_pause():
        began = time.monotonic()
        while end < len(prepared):
            run = end + 1
            while prepared[end].bulk and run < len(prepared) and prepared[run].bulk and (
                    run - end < BULK_ROWS):
                run += 1
            store_run(writer.session, prepared[end:run], partial, _store_one, products)
            end = run
            if time.monotonic() - began >= WRITE_SLICE_SECONDS:
                break
        writer.commit()
    pacer.committed()
    return partial, end


def _store_one(
    session: Session,
    item: PulledItem,
    hook: OrderStoredHook | None,
    summary: IntakeSummary,
    *,
    digest: str | None = None,
    _retried: bool = False,
) -> None:
    """``digest``: the order's content hash, given when it already passed its checks."""
    savepoint = session.begin_nested()
    try:
        if isinstance(item, QuarantinedPayload):
            _quarantine(session, item, summary)
        elif isinstance(item, CancelledAtStore):
            _cancel(session, item, summary)
        elif isinstance(item, StoreHold):
            _hold_at_store(session, item, summary)
        else:
            if digest is None:
                item.validate()
                check_fits(item)
                digest = content_hash(item)
            _upsert(session, item, hook, summary, digest)
        savepoint.commit()
    except IntegrityError as exc:
        savepoint.rollback()
        if not isinstance(item, Order) or _retried:
            raise
        # Another station stored the same order at the same instant: now it exists.
        log.info("order %s stored concurrently, retrying as an update: %s", item.number, exc)
        _store_one(session, item, hook, summary, digest=digest, _retried=True)
    except (DomainError, DataError, OverflowError) as exc:
        # DataError: a value the database refused (a safety net behind check_fits);
        # OverflowError: a number SQLite cannot hold (behind Order.validate's bounds).
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
    item = QuarantinedPayload(no_nul(item.source), item.external_id and no_nul(item.external_id),
                              no_nul(item.reason), no_nul(item.raw))
    summary.quarantined += 1
    if item.external_id:
        summary.quarantined_numbers.append(item.external_id)
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
    """The order, locked until the commit: a station claiming it (or shipping it) waits, or
    intake waits for the station and then sees its status, never the one from before.

    PostgreSQL: ``FOR UPDATE`` on the order row. SQLite: intake writes in an IMMEDIATE
    transaction (``UnitOfWork.writing``), which already excludes every other writer.
    """
    query = select(OrderRow).where(OrderRow.source == source, OrderRow.external_id == external_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(of=OrderRow)
    return session.scalars(query).one_or_none()


def _upsert(
    session: Session, order: Order, hook: OrderStoredHook | None, summary: IntakeSummary,
    digest: str,
) -> None:
    """Insert or update a checked order (``digest``: its content hash)."""
    row = _find(session, order.source, order.external_id)
    if row is not None and order.payment is not None:
        row.payment = payment_json(order)  # the money's state, whatever the order's
    # Held only because the store held it before anyone picked: still the store's to change.
    held_by_store = row is not None and (
        row.order_status is OrderStatus.ON_HOLD and row.held_from == OrderStatus.NEW.value
        and row.hold_reason.startswith(STORE_HOLD))
    if row is None or ((not_started(row.order_status, row.hold_reason) or held_by_store)
                       and row.content_hash != digest):
        learn_products(session, order)
    if row is None:
        row = new_order_row(order, digest=digest)
        session.add(row)
        session.flush()
        summary.created += 1
        if hook:
            hook(session, row, True)
        return
    if row.content_hash == digest and not held_by_store:
        if order.status is OrderStatus.ON_HOLD:
            _hold(row, order.hold_reason, summary)
        else:
            summary.unchanged += 1
        return
    if not not_started(row.order_status, row.hold_reason) and not held_by_store:
        if order.status is OrderStatus.ON_HOLD:
            _hold(row, order.hold_reason, summary)
            return
        summary.changed_too_late += 1
        summary.changed_numbers.append(row.number)
        reason = CHANGED_AT_STORE + describe_change(row, order)
        log.warning("order %s changed at the store while %s (%s); not updated",
                    row.number, row.status, reason)
        if row.order_status in (OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED) or (
            row.order_status is OrderStatus.ON_HOLD and row.hold_reason.startswith(CHANGED_AT_STORE)
        ):
            _hold(row, reason, summary)
            # The lines stay as packed; the fingerprint is the store's, so the same change
            # is not reported again (nor after the lead ships as packed), a further one is.
            row.content_hash = digest
        return
    if held_by_store:
        if order.status is OrderStatus.ON_HOLD:
            row.hold_reason = order.hold_reason  # still waiting at the store
        else:
            row.change_status(OrderStatus.NEW)  # the store let it go: back in the queue
        if row.content_hash == digest:
            summary.unchanged += 1
            return
    elif order.status is OrderStatus.ON_HOLD:  # (a note-held order: the lead decides both)
        _hold(row, order.hold_reason, summary)
    values = order_values(order, digest=digest)
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


def describe_change(row: OrderRow, order: Order) -> str:
    """What the store changed, in words: "1 line added", "TEE-NAV-L 2 -> 1"."""
    before: dict[str, int] = {}
    for old in row.lines:
        before[old.sku] = before.get(old.sku, 0) + old.quantity
    after: dict[str, int] = {}
    for new in order.lines:
        after[new.sku] = after.get(new.sku, 0) + new.quantity
    added = [sku for sku in after if sku not in before]
    removed = [sku for sku in before if sku not in after]
    parts = []
    if added:
        parts.append(f"{len(added)} line{'s' if len(added) > 1 else ''} added ({', '.join(added)})")
    if removed:
        parts.append(f"{len(removed)} line{'s' if len(removed) > 1 else ''} removed ({', '.join(removed)})")
    parts.extend(f"{sku} {before[sku]} -> {after[sku]}" for sku in before
                 if sku in after and before[sku] != after[sku])
    return "; ".join(parts) or "address, notes or shipping changed"


def _hold(row: OrderRow, reason: str, summary: IntakeSummary) -> None:
    """Hold an order for the lead, once: a repeat of the same reason changes nothing."""
    status = row.order_status
    if status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED) or row.hold_reason == reason:
        return
    if status is OrderStatus.ON_HOLD:
        if not row.hold_reason.startswith((STORE_HOLD, CHANGED_AT_STORE)):
            return  # the cancel, or a person's own reason, matters more; they decide
        row.hold_reason = reason
    else:
        row.change_status(OrderStatus.ON_HOLD, reason)
    summary.held_numbers.append(row.number)


def _hold_at_store(session: Session, item: StoreHold, summary: IntakeSummary) -> None:
    row = _find(session, item.source, item.external_id)
    if row is None:
        return  # never queued here: not ours to hold
    _hold(row, STORE_HOLD + item.reason, summary)


def _cancel(session: Session, item: CancelledAtStore, summary: IntakeSummary) -> None:
    row = _find(session, item.source, item.external_id)
    if row is None:
        return  # never pulled, nothing to take out of the queue
    status = row.order_status
    if status in (OrderStatus.SHIPPED, OrderStatus.CANCELLED):
        return
    labelvoid.mark_for_void(session, row, CANCELLED_AT_STORE)  # not handed over: refunded
    if status is OrderStatus.NEW or (
        status is OrderStatus.ON_HOLD and row.held_from in (None, OrderStatus.NEW.value)
    ):
        row.change_status(OrderStatus.CANCELLED, CANCELLED_AT_STORE)
        claims.clear(row)
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
