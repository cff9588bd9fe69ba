"""The station's queue and claims: list the queue, take the next order, an order by its
number or a batch, a lead's release, and where the station is (resume)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, select

from packdesk.domain.model import OPEN_STATUSES, Role
from packdesk.domain.say import say
from packdesk.persistence.tables import OrderLineRow, OrderRow

from .. import claims
from ..auth import Actor, require_role
from ..orders import OrderSummary, count_by_status
from ..store import StationStore
from ..uow import with_retry
from ..views import OrderView, PickStep, QueueView, StationState
from .core import BATCH_MAX_UNITS, QUEUE_CHUNK, StationCore, StationError

log = logging.getLogger(__name__)


def _status_word(status: str) -> str:
    """An order status as the refusal says it ("on hold"), translated with the sentence."""
    words = {"new": say("new"), "picking": say("picking"), "packing": say("packing"),
             "packed": say("packed"), "shipped": say("shipped"), "on_hold": say("on hold"),
             "cancelled": say("cancelled")}
    return words.get(status, status)


class StationQueue(StationCore):
    """Queue and claims."""

    # --- queue and claims -------------------------------------------------------------

    def queue(self, *, statuses: tuple[str, ...] | None = None, limit: int | None = None) -> QueueView:
        """Counts by status and the orders in queue order (default: the open ones).

        The order ids are sorted and cut first, then only those orders and their line
        counts are read: one query joining every order line to every open order took
        seconds at 100,000 open orders even for the first 500 (docs/benchmarks.md).
        """
        wanted = statuses or tuple(s.value for s in OPEN_STATUSES)
        ids_query = claims.queue_order(select(OrderRow.id).where(OrderRow.status.in_(wanted)))
        if limit is not None:
            ids_query = ids_query.limit(limit)
        counts = count_by_status(self._sql_reading())
        with self._sql_reading() as uow:
            session = uow.session
            ids = list(session.scalars(ids_query))
            by_id: dict[int, OrderRow] = {}
            line_counts: dict[int, tuple[int, int]] = {}
            for start in range(0, len(ids), QUEUE_CHUNK):
                chunk = ids[start:start + QUEUE_CHUNK]
                by_id.update((row.id, row) for row in session.scalars(
                    select(OrderRow).where(OrderRow.id.in_(chunk))))
                line_counts.update((order_id, (int(lines or 0), int(units or 0)))
                                   for order_id, lines, units in session.execute(
                    select(OrderLineRow.order_id, func.count(), func.sum(OrderLineRow.quantity))
                    .where(OrderLineRow.order_id.in_(chunk)).group_by(OrderLineRow.order_id)))
            rows = tuple(
                OrderSummary(
                    id=row.id, source=row.source, external_id=row.external_id, number=row.number,
                    status=row.status, placed_at=row.placed_at, ship_by=row.ship_by,
                    shipping_method=row.shipping_method,
                    ship_to_name=str(row.ship_to.get("name", "")),
                    country=str(row.ship_to.get("country", "")),
                    lines=line_counts.get(row.id, (0, 0))[0],
                    units=line_counts.get(row.id, (0, 0))[1], gift=row.gift,
                    has_note=bool(row.customer_note.strip()), hold_reason=row.hold_reason,
                    claimed_station=row.claimed_station,
                )
                for row in (by_id[order_id] for order_id in ids if order_id in by_id)
            )
        return QueueView(counts=counts, rows=rows)

    def take_next(self) -> OrderView | None:
        """Claim the first free order of the queue (or one whose lease expired).

        Returns the order now in picking, the current one if this station already holds
        an order, or None when the queue is empty.
        """
        actor = self._require_actor("take an order")

        def attempt() -> OrderView | None:
            with self._writing() as uow:
                now = self.clock()
                held = self._in_hand(uow.station, lock=True)
                if held:
                    self._renew(held, now)
                    view = self._view(uow.station, held[0])
                    uow.commit()
                    return view
                row = uow.station.next_free(self.station_name, now,
                                       unfinished=self.take_unfinished)
                if row is None:
                    return None
                claims.claim(row, self.station_name, actor.name, now, self.lease_seconds)
                self._catalog.forget([row.id])  # its picks are read afresh
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                with self._lock:
                    self._seen_in_hand.add(row.id)
                return view

        return with_retry(attempt)

    def _take_by_number(self, store: StationStore, number: str, actor: Actor, now: datetime) -> OrderRow:
        row = store.by_number(number)
        if row is None:
            raise StationError(say("there is no order {number}", number=number))
        if row.claimed_station == self.station_name and row.status in claims.IN_HAND:
            return row
        if row.status not in claims.CLAIMABLE:
            if row.hold_reason:
                raise StationError(say("order {number} is {status}: {why}", number=row.number,
                                       status=_status_word(row.status), why=row.hold_reason))
            raise StationError(say("order {number} is {status}", number=row.number,
                                   status=_status_word(row.status)))
        held_elsewhere = (
            row.claimed_station is not None
            and row.claimed_station != self.station_name
            and row.claim_expires_at is not None
            and row.claim_expires_at >= now
        )
        if held_elsewhere and not actor.can(Role.LEAD):
            if row.claimed_user:
                raise StationError(say("order {number} is held by {station} ({user}); a lead can "
                                       "take it over", number=row.number,
                                       station=row.claimed_station, user=row.claimed_user))
            raise StationError(say("order {number} is held by {station}; a lead can take it over",
                                   number=row.number, station=row.claimed_station))
        claims.claim(row, self.station_name, actor.name, now, self.lease_seconds)
        self._catalog.forget([row.id])  # its picks are read afresh
        return row

    def take_order(self, number: str) -> OrderView:
        """Claim the order with this number (an order barcode scan does the same).

        A lead may take over an order another station holds; anyone may take one whose
        lease expired. Raises StationError with the reason otherwise.
        """
        actor = self._require_actor("take an order")

        def attempt() -> OrderView:
            with self._writing() as uow:
                now = self.clock()
                held = self._in_hand(uow.station, lock=True)
                if held and not any(r.number == number.strip() for r in held):
                    raise StationError(say("finish order {number} first", number=held[0].number))
                row = self._take_by_number(uow.station, number, actor, now)
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                with self._lock:
                    self._seen_in_hand.add(row.id)
                return view

        return with_retry(attempt)

    def take_batch(self, max_orders: int | None = None, *, max_units: int = BATCH_MAX_UNITS) -> list[OrderView]:
        """Claim up to ``max_orders`` small orders for one walk, tote slots 1..N."""
        actor = self._require_actor("take a batch")
        limit = max_orders or self.batch_max_orders
        if limit < 1:
            raise StationError(say("a batch needs at least one order"))

        def attempt() -> list[OrderView]:
            with self._writing() as uow:
                now = self.clock()
                held = self._in_hand(uow.station, lock=True)
                if held:
                    raise StationError(say("finish order {number} first", number=held[0].number))
                rows = uow.station.small_free_orders(now, limit, max_units)
                batch_id = claims.new_batch_id()
                for slot, row in enumerate(rows, start=1):
                    claims.claim(row, self.station_name, actor.name, now, self.lease_seconds)
                    self._catalog.forget([row.id])  # its picks are read afresh
                    row.batch_id = batch_id
                    row.tote_slot = slot
                uow.station.flush()
                views = self._views(uow.station, rows) if rows else []
                uow.commit()
                with self._lock:
                    self._seen_in_hand |= {row.id for row in rows}
                return views

        return with_retry(attempt)

    def release_claim(self, number: str, actor: Actor | None = None) -> OrderView:
        """A lead frees an order held by any station (e.g. one that crashed).

        ``actor`` defaults to the signed-in person; it must be a lead or admin.
        """
        lead = require_role(actor or self.actor, Role.LEAD, "releasing an order")

        def attempt() -> OrderView:
            with self._writing() as uow:
                row = uow.station.by_number(number)
                if row is None:
                    raise StationError(say("there is no order {number}", number=number))
                if row.claimed_station is None:
                    raise StationError(say("order {number} is not held by any station",
                                                           number=row.number))
                log.info("%s released order %s from %s", lead.name, row.number, row.claimed_station)
                claims.release(row)
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def put_back(self) -> list[OrderView]:
        """The signed-in person puts the orders in hand back in the queue (signing out
        without finishing, say): what was picked, verified and printed stays so, an order
        nothing was picked for is new again, and any station may take them."""
        actor = self._require_actor("put an order back")

        def attempt() -> list[OrderView]:
            with self._writing() as uow:
                rows = self._in_hand(uow.station, lock=True)
                for row in rows:
                    log.info("%s put order %s back in the queue from %s", actor.name,
                             row.number, self.station_name)
                    claims.release(row)
                uow.station.flush()
                views = self._views(uow.station, rows) if rows else []
                uow.commit()
                self._catalog.keep_only([])
                with self._lock:
                    self._seen_in_hand -= {row.id for row in rows}
                return views

        return with_retry(attempt)

    # --- where we are -----------------------------------------------------------------

    def resume(self) -> StationState:
        """The station's state from the database: exactly where the order was."""
        with self._reading() as uow:
            state = self._state(uow.station, self.actor)
        with self._lock:
            self._seen_in_hand |= {view.id for view in state.orders}
        return state

    def state(self) -> StationState:
        """Same as :meth:`resume` (a name for refreshing the screen)."""
        return self.resume()

    def pick_list(self) -> list[PickStep]:
        """The walk for the orders in picking: by bin in walking order, done steps too."""
        return list(self.resume().pick_list)

