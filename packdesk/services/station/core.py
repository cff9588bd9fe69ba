"""The station's shared core: view building, the scan log, who is signed in.

See :mod:`packdesk.services.station` for what survives a crash and where.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Engine

from packdesk.domain.errors import DomainError
from packdesk.domain.model import OrderStatus, Role, ScanOutcome, Shipment
from packdesk.domain.packing import GIFT_STEPS, PackLine
from packdesk.domain.picking import Item, Stop, live_confirmation
from packdesk.domain.scancodes import BADGE_BARCODE_PREFIX, ScannedCode
from packdesk.domain.time import utcnow
from packdesk.persistence.mappers import order_from_row
from packdesk.persistence.tables import OrderLineRow, OrderRow, ScanEventRow

from ..auth import Actor, SignInRefused, sign_in_with_pin, user_names
from ..printing import DocumentPrinter
from ..quality import quality_view
from ..store import StationStore
from ..uow import AbstractUnitOfWork, UnitOfWork, UnitOfWorkFactory
from ..views import (
    ItemRef,
    LineView,
    OrderView,
    Phase,
    PickStep,
    StationState,
    StopReason,
    ToteSlot,
)
from .catalog import CatalogCache

DEFAULT_LEASE_SECONDS = 15 * 60
# Orders read per query when listing the queue (bound parameters stay well under limits).
QUEUE_CHUNK = 900
# A batch takes small orders only: at most this many units each.
BATCH_MAX_UNITS = 3


class StationError(DomainError):
    """An action the station refuses (not a scan: scans return a refused verdict)."""


def _item_ref(product: Item | None, *, sku: str = "", name: str = "",
              attributes: dict[str, str] | None = None, bin_code: str = "", quantity: int = 0,
              tote_slot: int | None = None, order_number: str = "") -> ItemRef:
    attrs = dict(product.attributes) if product is not None else dict(attributes or {})
    return ItemRef(
        sku=product.sku if product is not None else sku,
        name=product.name if product is not None else name,
        color=attrs.get("color", ""),
        size=attrs.get("size", ""),
        bin_code=bin_code,
        quantity=quantity,
        tote_slot=tote_slot,
        order_number=order_number,
    )


def _line_ref(line: OrderLineRow, quantity: int | None = None, order: OrderRow | None = None) -> ItemRef:
    return ItemRef(
        sku=line.sku_to_pack,
        name=line.name,
        color=line.attributes.get("color", ""),
        size=line.attributes.get("size", ""),
        quantity=line.quantity - line.short_qty if quantity is None else quantity,
        tote_slot=order.tote_slot if order is not None else None,
        order_number=order.number if order is not None else "",
    )


def _stop_ref(stop: Stop) -> ItemRef:
    return _item_ref(stop.product, sku=stop.sku, bin_code=stop.bin_code, quantity=stop.remaining)


def _step(stop: Stop, confirmed_bin: str | None) -> PickStep:
    attrs = dict(stop.product.attributes) if stop.product is not None else {}
    return PickStep(
        bin_code=stop.bin_code,
        sku=stop.sku,
        name=stop.product.name if stop.product is not None else stop.sku,
        color=attrs.get("color", ""),
        size=attrs.get("size", ""),
        quantity=stop.quantity,
        picked=stop.picked,
        slots=tuple(
            ToteSlot(a.tote_slot, a.order_number, a.quantity, a.picked) for a in stop.allocations
        ),
        walk_order=stop.walk_order,
        confirmed=bool(stop.bin_code) and stop.bin_code == confirmed_bin,
    )


def _shipment_from(data: dict[str, Any] | None) -> Shipment | None:
    if not data:
        return None
    return Shipment(
        carrier=str(data.get("carrier", "")),
        service=str(data.get("service", "")),
        tracking_number=str(data.get("tracking_number", "")),
        weight_g=int(data.get("weight_g", 0) or 0),
        label_format=str(data.get("label_format", "zpl")),
        tracking_url=str(data.get("tracking_url", "")),
    )


def _redacted(code: ScannedCode) -> str:
    """What the scan log keeps of a scan: badges are credentials, so not their id."""
    if code.kind == "badge":
        return "BADGE:***"
    # Control characters (a wedge's NUL, say) are kept visible but escaped: PostgreSQL
    # refuses NUL in text, and a scan must always be logged.
    shown = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in code.raw)
    return shown[:200]


@dataclass
class _Outcome:
    """What a scan did, gathered while its transaction is open."""

    outcome: ScanOutcome
    accepted: bool = False
    reason: StopReason = StopReason.NONE
    message: str = ""
    expected: ItemRef | None = None
    got: ItemRef | None = None
    order: OrderRow | None = None
    tote_slot: int | None = None
    bin_done: bool = False
    pick_complete: bool = False
    order_complete: bool = False
    detail: dict[str, Any] | None = None


class StationCore:
    """What every use case of the station shares: who is signed in, units of work, views."""

    def __init__(
        self,
        engine: Engine | None,
        station_name: str,
        *,
        uow: UnitOfWorkFactory | None = None,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        printer: DocumentPrinter | None = None,
        clock: Callable[[], datetime] = utcnow,
        idle_seconds: float | None = None,
        batch_max_orders: int = 3,
        print_on_complete: bool = True,
        take_unfinished: bool = True,
    ) -> None:
        if uow is None:
            if engine is None:
                raise ValueError("a station needs an engine or a unit-of-work factory")
            uow = partial(UnitOfWork, engine)
        # The station's storage: the SQLAlchemy unit of work over ``engine``, or any other
        # (the unit tests hand it ``services.memory``'s). Printing and shipping still need
        # the engine (labels, outbox): a station without one packs but does not ship.
        self.engine = engine
        self._uow = uow
        self.station_name = station_name
        self.lease_seconds = lease_seconds
        self.printer = printer
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.batch_max_orders = batch_max_orders
        # The window prints after it has shown the completing scan's verdict (a printer
        # that is off must not hold the packer's feedback); headless callers print here.
        self.print_on_complete = print_on_complete
        # F2 also takes unfinished orders a crashed station left (off for a station that
        # leaves its orders packed for others to ship).
        self.take_unfinished = take_unfinished
        self._lock = threading.RLock()
        self._actor: Actor | None = None
        self._last_activity: datetime | None = None
        self._signed_out_idle = False
        # Orders this object saw in the station's hands: only to tell the packer, once,
        # that one was taken away (the truth is the database's claim columns).
        self._seen_in_hand: set[int] = set()
        # Products, bin holdings and picks of the orders in hand, between scans.
        self._catalog = CatalogCache()

    # --- plumbing ---------------------------------------------------------------------

    def _writing(self) -> AbstractUnitOfWork:
        return self._uow(immediate=True)

    def _reading(self) -> AbstractUnitOfWork:
        return self._uow()

    def _sql_engine(self) -> Engine:
        if self.engine is None:
            raise StationError("this station has no database: it cannot print or ship")
        return self.engine

    def _sql_writing(self) -> UnitOfWork:
        """A SQLAlchemy unit of work, for what only the database does (labels, outbox)."""
        return UnitOfWork(self._sql_engine(), immediate=True)

    def _sql_reading(self) -> UnitOfWork:
        return UnitOfWork(self._sql_engine())

    def _touch(self) -> None:
        with self._lock:
            self._last_activity = self.clock()

    def _require_actor(self, action: str) -> Actor:
        actor = self.actor
        if actor is None:
            raise StationError(f"sign in first: scan your badge to {action}")
        self._touch()
        return actor

    def _renew(self, rows: list[OrderRow], now: datetime) -> None:
        """Renew the lease of the orders in hand; a lease renewed moments ago is left as it
        is (at most a tenth of it, or a minute, goes unrenewed), which saves a write per scan."""
        expires = now + timedelta(seconds=self.lease_seconds)
        slack = timedelta(seconds=min(60.0, self.lease_seconds / 10))
        for row in rows:
            if row.claimed_station == self.station_name and (
                    row.claim_expires_at is None or expires - row.claim_expires_at > slack):
                row.claim_expires_at = expires

    def _scan_event(self, store: StationStore, code: ScannedCode, phase: Phase, outcome: _Outcome,
                    actor: Actor | None, now: datetime) -> ScanEventRow:
        detail = dict(outcome.detail or {})
        if outcome.message:
            detail["message"] = outcome.message
        if outcome.reason is not StopReason.NONE:
            detail["reason"] = outcome.reason.value
        event = ScanEventRow(
            at=now,
            station=self.station_name,
            user_name=actor.name if actor else None,
            order_id=outcome.order.id if outcome.order is not None else None,
            order_number=outcome.order.number if outcome.order is not None else None,
            phase=phase.value,
            raw_code=_redacted(code),
            outcome=outcome.outcome.value,
            detail=json.dumps(detail, ensure_ascii=False) if detail else "",
        )
        store.add_scan_event(event)
        return event

    def _lines_bins(self, store: StationStore,
                    rows: list[OrderRow]) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
        self._catalog.ensure(store, rows, self.clock())
        return self._catalog.bins_and_weights(rows)

    def _sync_catalog(self, store: StationStore, version: object = None, *,
                      known: bool = False) -> None:
        """Empty the cache if bins, stock or products changed (``version`` read already
        when ``known``)."""
        self._catalog.check(version if known else store.stock_version())

    def _fresh_walk(self, store: StationStore, rows: list[OrderRow]) -> list[Stop]:
        """The walk read afresh from the database (after a change the cache does not follow),
        with the stock reserved for orders claimed earlier."""
        self._catalog.clear()
        return self._walk(store, rows)

    def _walk(self, store: StationStore, rows: list[OrderRow]) -> list[Stop]:
        self._catalog.ensure(store, rows, self.clock())
        return self._catalog.walk(rows)

    def _view(self, store: StationStore, row: OrderRow) -> OrderView:
        return self._views(store, [row])[0]

    def _views(self, store: StationStore, rows: list[OrderRow]) -> list[OrderView]:
        bins, weights = self._lines_bins(store, rows)
        views = []
        for row in rows:
            lines = tuple(
                LineView(
                    id=line.id, position=line.position, sku=line.sku,
                    sku_to_pack=line.sku_to_pack, expected_sku=line.expected_sku,
                    name=line.name, color=line.attributes.get("color", ""),
                    size=line.attributes.get("size", ""), attributes=dict(line.attributes),
                    quantity=line.quantity, picked=line.picked_qty, verified=line.verified_qty,
                    short=line.short_qty, bins=bins.get(line.sku_to_pack, ()),
                    line_note=line.line_note, unit_price=line.unit_price,
                    overridden_by=line.overridden_by,
                )
                for line in row.lines
            )
            views.append(OrderView(
                id=row.id, number=row.number, status=row.status, source=row.source,
                ship_to_name=str(row.ship_to.get("name", "")),
                country=str(row.ship_to.get("country", "")),
                shipping_method=row.shipping_method, express=row.priority == 0,
                ship_by=row.ship_by, placed_at=row.placed_at,
                customer_note=row.customer_note, note_acknowledged_by=row.note_acknowledged_by,
                gift=row.gift, gift_message=row.gift_message,
                gift_steps_done=tuple(s for s in GIFT_STEPS if s in (row.gift_steps or {})),
                lines=lines, hold_reason=row.hold_reason,
                claimed_station=row.claimed_station, claimed_user=row.claimed_user,
                claim_expires_at=row.claim_expires_at, batch_id=row.batch_id,
                tote_slot=row.tote_slot, slip_printed=row.slip_printed_at is not None,
                label_printed=row.label_printed_at is not None,
                pending_shipment=_shipment_from(row.pending_shipment),
                weight_g=sum(weights.get(line.sku_to_pack, 0) * line.quantity for line in row.lines),
                order=order_from_row(row),
                override_requested=row.override_line_id,
                quality=quality_view(store, row) if row.qc_line_id is not None else None,
                printed_shipment=(_shipment_from((row.pending_shipment or {}).get("printed"))
                                  if row.label_printed_at is not None else None),
            ))
        return views

    @staticmethod
    def _phase_of(actor: Actor | None, rows: list[OrderRow]) -> Phase:
        if actor is None:
            return Phase.SIGN_IN
        statuses = {row.status for row in rows}
        if OrderStatus.PICKING.value in statuses:
            return Phase.PICK
        if statuses & {OrderStatus.PACKING.value, OrderStatus.PACKED.value}:
            return Phase.PACK
        return Phase.QUEUE

    @staticmethod
    def _pack_order(rows: list[OrderRow]) -> OrderRow | None:
        return next(
            (r for r in rows if r.status in (OrderStatus.PACKING.value, OrderStatus.PACKED.value)),
            None,
        )

    def _in_hand(self, store: StationStore, *, lock: bool = False) -> list[OrderRow]:
        self._sync_catalog(store)
        rows = store.held_by(self.station_name, lock=lock)
        with self._lock:
            self._seen_in_hand |= {row.id for row in rows}
        return rows

    def _state(self, store: StationStore, actor: Actor | None) -> StationState:
        """The station's state read from the database."""
        self._sync_catalog(store)
        rows = store.held_by(self.station_name)
        stopped = store.held_by(
            self.station_name, (OrderStatus.ON_HOLD.value, OrderStatus.CANCELLED.value))
        return self._state_of(store, actor, rows, stopped)

    def _state_of(self, store: StationStore, actor: Actor | None, rows: list[OrderRow],
                  stopped: list[OrderRow]) -> StationState:
        """The station's state from its orders in hand (``rows``, by tote slot) and those
        stopped while in hand, read already."""
        self._catalog.keep_only([row.id for row in rows] + [row.id for row in stopped])
        phase = self._phase_of(actor, rows)
        views = self._views(store, rows) if rows else []
        picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
        stops = self._walk(store, picking_rows) if picking_rows else []
        confirmed = live_confirmation(stops, picking_rows[0].confirmed_bin) if picking_rows else None
        steps = tuple(_step(stop, confirmed) for stop in stops)
        current: OrderView | None = None
        pack_row = self._pack_order(rows)
        if pack_row is not None and not picking_rows:
            current = next(v for v in views if v.id == pack_row.id)
        elif len(views) == 1:
            current = views[0]
        return StationState(
            station=self.station_name,
            actor=actor,
            phase=phase if actor is not None or not rows else Phase.SIGN_IN,
            orders=tuple(views),
            current=current,
            pick_list=steps,
            pick_step=next((s for s in steps if not s.done), None),
            stopped=tuple(self._views(store, stopped)) if stopped else (),
        )

    # --- people -----------------------------------------------------------------------

    @property
    def actor(self) -> Actor | None:
        """Who is signed in (None after sign-out or the idle time)."""
        with self._lock:
            if (
                self._actor is not None
                and self.idle_seconds is not None
                and self._last_activity is not None
                and (self.clock() - self._last_activity).total_seconds() > self.idle_seconds
            ):
                self._actor = None
                self._signed_out_idle = True
            return self._actor

    def _set_actor(self, actor: Actor | None) -> None:
        with self._lock:
            self._actor = actor
            self._signed_out_idle = False
            self._last_activity = self.clock()

    def sign_in_badge(self, badge_code: str) -> Actor:
        """Sign in with a badge code (``BADGE:PAT03`` or ``PAT03``); raises SignInRefused."""
        actor = self._badge_actor(badge_code)
        if actor is None:
            raise SignInRefused("this badge is not known here; ask a lead to register it")
        self._set_actor(actor)
        return actor

    def _badge_actor(self, badge_code: str) -> Actor | None:
        code = badge_code.strip()
        if not code.upper().startswith(BADGE_BARCODE_PREFIX):
            code = BADGE_BARCODE_PREFIX + code
        for candidate in (code, BADGE_BARCODE_PREFIX + code[len(BADGE_BARCODE_PREFIX):].upper()):
            with self._reading() as uow:
                row = uow.station.user_by_badge(candidate)
                if row is not None and row.active:
                    return Actor(row.id, row.name, Role(row.role))
        return None

    def sign_in_pin(self, name: str, pin: str) -> Actor:
        """Sign in by name and PIN (with the lock-out of ``auth``); raises SignInRefused."""
        actor = sign_in_with_pin(self._sql_reading(), name, pin)
        self._set_actor(actor)
        return actor

    def sign_out(self) -> None:
        with self._lock:
            self._actor = None
            self._signed_out_idle = False

    def user_names(self) -> list[str]:
        return user_names(self._sql_reading())



def pack_lines(row: OrderRow) -> list[PackLine]:
    """The packing rules' view of an order's lines."""
    return [
        PackLine(id=line.id, sku=line.sku_to_pack, quantity=line.quantity, name=line.name,
                 attributes=dict(line.attributes), verified=line.verified_qty,
                 short=line.short_qty, overridden_by=line.overridden_by)
        for line in row.lines
    ]
