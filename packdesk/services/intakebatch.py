"""Intake by page: what a page's orders are in the database (one query), and a run of new
orders without notes stored by executemany (orders with their ids returned, then lines)."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import Table, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from packdesk.domain.model import Order, OrderStatus
from packdesk.persistence.bulk import insert_rows
from packdesk.persistence.tables import OrderLineRow, OrderRow

from .catalog import KnownProducts, learn_products
from .notereading import CONTACT_CUSTOMER_HOLD, NOTE_CONFLICT_HOLD

log = logging.getLogger(__name__)
T = TypeVar("T")

BULK_ROWS = 200  # orders per executemany (their lines go in one more)

class KnownOrder(NamedTuple):
    status: str
    hold_reason: str
    content_hash: str
    payment: dict[str, Any] | None


Known = dict[tuple[str, str], KnownOrder]


def known_orders(session: Session, orders: Sequence[Order]) -> Known:
    """(source, external id) -> what intake compares of the orders the database holds:
    one query for a page."""
    if not orders:
        return {}
    sources = sorted({o.source for o in orders})
    ids = sorted({o.external_id for o in orders})
    return {
        (source, external_id): KnownOrder(status, hold_reason, digest, payment)
        for source, external_id, status, hold_reason, digest, payment in session.execute(
            select(OrderRow.source, OrderRow.external_id, OrderRow.status, OrderRow.hold_reason,
                   OrderRow.content_hash, OrderRow.payment)
            .where(OrderRow.source.in_(sources), OrderRow.external_id.in_(ids))
        )
    }


def not_started(status: OrderStatus, hold_reason: str) -> bool:
    """Nobody has started the order: new, or held only because its note asks for another
    variant (the store's edit may settle that; the notes are read again after it)."""
    return status is OrderStatus.NEW or (
        status is OrderStatus.ON_HOLD
        and hold_reason.startswith((NOTE_CONFLICT_HOLD, CONTACT_CUSTOMER_HOLD))
    )


def insert_new(session: Session, orders: Sequence[Order],
               rows: Sequence[tuple[dict[str, Any], list[dict[str, Any]]]],
               known_products: KnownProducts | None = None) -> None:
    """New orders and their lines (``rows``: their column values, ``mappers.row_values``):
    products learned once for all of them, then the orders and the lines in one bulk insert
    each (``persistence.bulk``). Raises what the database refuses (the caller then stores
    them one by one)."""
    learn_products(session, list(orders), known_products)
    orders_table, lines_table = cast(Table, OrderRow.__table__), cast(Table, OrderLineRow.__table__)
    ids = insert_rows(session, orders_table, [values for values, _ in rows], with_ids=True)
    insert_rows(session, lines_table, [{"order_id": order_id, **line}
                                 for order_id, (_, order_lines) in zip(ids, rows, strict=True)
                                 for line in order_lines])


def no_nul(text: str) -> str:
    """The text with each NUL character written as JSON escapes it (``\\u0000``): a
    quarantined payload keeps it readable, and PostgreSQL refuses a NUL in a text."""
    return text.replace("\x00", "\\u0000")


def store_run(session: Session, entries: Sequence[Any], summary: Any,
              store_one: Callable[..., None], known_products: KnownProducts | None = None) -> None:
    """One prepared item, or a run of new orders without notes (``entry.bulk``) by
    executemany; if the database refuses the run (an order stored meanwhile, or twice in
    the page; a value it cannot hold), they are stored one by one with ``store_one``: a
    repeat is updated, a bad order quarantined, the rest stored."""
    if entries[0].bulk:
        savepoint = session.begin_nested()
        try:
            insert_new(session, [e.item for e in entries], [e.rows for e in entries],
                       known_products)
            savepoint.commit()
            summary.created += len(entries)
            return
        except (IntegrityError, DataError, OverflowError) as exc:
            savepoint.rollback()
            log.info("%d new orders stored one by one: %s", len(entries), str(exc).splitlines()[0])
    for e in entries:
        store_one(session, e.item, e.hook, summary, digest=e.digest)


def with_last(items: Iterable[T]) -> Iterator[tuple[bool, T]]:
    """Each item, and whether it is the last one."""
    it = iter(items)
    for current in it:
        for following in it:
            yield False, current
            current = following
        yield True, current


_DONE = object()


def read_ahead(items: Iterable[T], size: int) -> Generator[T, None, None]:
    """The items, read by another thread up to ``size`` ahead: a connector fetches and
    parses the next page while this thread stores the last one (most of a fetch is waiting
    for the store's answer). What the reader raises is raised here, at that item; a list
    is simply iterated. Leaving the loop early stops the reader at its next item."""
    if isinstance(items, Sequence):
        yield from items
        return
    ahead: queue.Queue[Any] = queue.Queue(maxsize=size)
    stop = threading.Event()

    def offer(value: Any) -> bool:
        while not stop.is_set():
            try:
                ahead.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for item in items:
                if not offer((item, None)):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the storing thread
            offer((_DONE, exc))
            return
        offer((_DONE, None))

    reader = threading.Thread(target=read, name="intake-read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            item, error = ahead.get()
            if error is not None:
                raise error
            if item is _DONE:
                return
            yield item
    finally:
        stop.set()
        reader.join(5)
