"""The packing station's use cases: sign-in, claims, guided picking, scan-to-verify, ship.

One :class:`StationService` per station. Every public method opens its own unit of work,
so the UI may call it from any worker thread (never from the GUI thread). What must
survive a crash lives in the database, not in this object:

* the station's current orders are the orders claimed by this station
  (``orders.claimed_station``) in picking, packing or packed;
* the confirmed bin (``orders.confirmed_bin``), the note acknowledgement
  (``orders.note_acknowledged_by/_at``), the gift steps done (``orders.gift_steps``),
  the batch (``orders.batch_id`` + ``tote_slot``), the printed documents
  (``orders.slip_printed_at``, ``label_printed_at``) and the label's shipment data
  (``orders.pending_shipment``) are columns of the order (migration 0002);
* every scan, accepted or refused, is a ``scan_events`` row written in the same
  transaction as the change it causes.

So a fresh ``StationService`` for the same station name continues exactly where the last
one stopped (:meth:`StationService.resume`). Only the signed-in person is kept in memory:
after a restart the packer scans their badge again.

The one entry point for the scanner is :meth:`StationService.handle_scan`; it returns a
:class:`ScanVerdict` with structured values the UI turns into translated text, and
:func:`describe` turns into plain English for the command line and the simulator.
"""

from __future__ import annotations

import enum
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from packdesk.domain.errors import DomainError
from packdesk.domain.model import (
    OPEN_STATUSES,
    MovementReason,
    Order,
    OrderStatus,
    Role,
    ScanOutcome,
    Shipment,
    ShipmentKind,
)
from packdesk.domain.scancodes import BADGE_BARCODE_PREFIX, ScannedCode, classify
from packdesk.domain.time import utcnow
from packdesk.persistence.mappers import order_from_row
from packdesk.persistence.tables import (
    BinStockRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ScanEventRow,
    ShipmentRow,
    StockMovementRow,
)

from . import claims, picking
from .auth import (
    Actor,
    SignInRefused,
    require_role,
    sign_in_with_badge,
    sign_in_with_pin,
    user_names,
)
from .facts import record_order_facts
from .orders import OrderSummary, count_by_status
from .outbox import record_shipped, tracking_url_for
from .printing import PACKING_SLIP, SHIPPING_LABEL, DocumentPrinter, PrintOutcome
from .uow import UnitOfWork, with_retry

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "GIFT_STEPS",
    "ItemRef",
    "LineView",
    "OrderView",
    "Phase",
    "PickStep",
    "PrintOutcome",
    "DocumentPrinter",
    "QueueView",
    "ScanVerdict",
    "ShipResult",
    "StationError",
    "StationService",
    "StationState",
    "StopReason",
    "ToteSlot",
    "describe",
]

DEFAULT_LEASE_SECONDS = 15 * 60
# Orders read per query when listing the queue (bound parameters stay well under limits).
QUEUE_CHUNK = 900
# The gift steps, in the order the UI shows them.
GIFT_STEPS = ("gift_slip", "card", "wrap")
# A batch takes small orders only: at most this many units each.
BATCH_MAX_UNITS = 3


class StationError(DomainError):
    """An action the station refuses (not a scan: scans return a refused verdict)."""


class Phase(enum.StrEnum):
    SIGN_IN = "sign_in"  # nobody signed in
    QUEUE = "queue"  # signed in, no order held
    PICK = "pick"  # walking the pick list (one order or a batch)
    PACK = "pack"  # verifying the units of one order; ``order.status == packed`` = ready to ship


class StopReason(enum.StrEnum):
    """Why a scan did nothing, beyond the ScanOutcome: a code the UI translates."""

    NONE = ""
    NOT_SIGNED_IN = "not_signed_in"  # scan a badge first
    SIGNED_OUT_IDLE = "signed_out_idle"  # the idle time ended the session
    NO_ORDER = "no_order"  # an item or bin scan in the queue
    ORDER_NOT_FOUND = "order_not_found"
    ORDER_NOT_AVAILABLE = "order_not_available"  # shipped, held, cancelled or held elsewhere
    FINISH_CURRENT = "finish_current"  # another order scanned while one is in hand
    SCAN_BIN_FIRST = "scan_bin_first"  # an item scanned before its bin label
    ORDER_ON_HOLD = "order_on_hold"  # the store or a lead put the order on hold meanwhile
    ORDER_CANCELLED = "order_cancelled"
    CLAIM_LOST = "claim_lost"  # a lead or another station took the order over
    NEEDS_LEAD = "needs_lead"  # a packer's badge where a lead's is needed
    ALREADY_PACKED = "already_packed"  # every unit is verified: print and ship
    NOTHING_TO_UNDO = "nothing_to_undo"


@dataclass(frozen=True)
class ItemRef:
    """What was expected or what was scanned, in the words a packer uses."""

    sku: str = ""
    name: str = ""
    color: str = ""
    size: str = ""
    bin_code: str = ""
    quantity: int = 0
    tote_slot: int | None = None
    order_number: str = ""


@dataclass(frozen=True)
class LineView:
    id: int
    position: int
    sku: str
    sku_to_pack: str  # expected_sku when a lead chose the note's variant, else sku
    expected_sku: str | None
    name: str
    color: str
    size: str
    attributes: dict[str, str]
    quantity: int
    picked: int
    verified: int
    short: int
    bins: tuple[str, ...]  # bin codes holding this product, in walking order
    line_note: str
    unit_price: str
    overridden_by: str | None

    @property
    def to_verify(self) -> int:
        return self.quantity - self.short

    @property
    def done(self) -> bool:
        """Verified in full, or overridden by a lead."""
        return self.overridden_by is not None or self.verified >= self.to_verify

    @property
    def progress(self) -> tuple[int, int]:
        """(verified, quantity): "2 of 3"."""
        return (self.verified, self.to_verify)


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str
    status: str
    source: str
    ship_to_name: str
    country: str
    shipping_method: str
    express: bool
    ship_by: date | None
    placed_at: datetime
    customer_note: str
    note_acknowledged_by: str | None
    gift: bool
    gift_message: str
    gift_steps_done: tuple[str, ...]
    lines: tuple[LineView, ...]
    hold_reason: str
    claimed_station: str | None
    claimed_user: str | None
    claim_expires_at: datetime | None
    batch_id: str | None
    tote_slot: int | None
    slip_printed: bool
    label_printed: bool
    pending_shipment: Shipment | None  # what the printed label says
    weight_g: int  # sum of the products' weights
    order: Order  # the domain order, for the document renderers

    @property
    def has_note(self) -> bool:
        return bool(self.customer_note.strip())

    @property
    def note_acknowledged(self) -> bool:
        return self.note_acknowledged_by is not None

    @property
    def gift_steps_missing(self) -> tuple[str, ...]:
        if not self.gift:
            return ()
        return tuple(step for step in GIFT_STEPS if step not in self.gift_steps_done)

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def units_verified(self) -> int:
        return sum(min(line.verified, line.to_verify) for line in self.lines)

    @property
    def all_verified(self) -> bool:
        return all(line.done for line in self.lines)

    @property
    def bins_by_sku(self) -> dict[str, str]:
        """For the packing slip: the first bin of each SKU."""
        return {line.sku: line.bins[0] for line in self.lines if line.bins}

    def missing_for_ship(self) -> tuple[str, ...]:
        """What still stands between this order and ``ship()``: codes the UI translates.

        ``verify`` (units left), ``note`` (acknowledge the customer note), ``gift_slip``,
        ``card``, ``wrap`` (gift steps), ``label`` (print the shipping label).
        """
        missing: list[str] = []
        if not self.all_verified:
            missing.append("verify")
        if self.has_note and not self.note_acknowledged:
            missing.append("note")
        missing.extend(self.gift_steps_missing)
        if not self.label_printed:
            missing.append("label")
        return tuple(missing)


@dataclass(frozen=True)
class ToteSlot:
    """In batch mode: which order's tote slot gets how many units at a pick step."""

    slot: int
    order_number: str
    quantity: int
    picked: int


@dataclass(frozen=True)
class PickStep:
    """One stop on the walk: a bin and what to take from it."""

    bin_code: str  # "" when no bin holds the product: a short pick
    sku: str
    name: str
    color: str
    size: str
    quantity: int  # units to take here in all (all slots)
    picked: int  # units already taken here
    slots: tuple[ToteSlot, ...]  # one per order (a single order has one slot)
    walk_order: str
    confirmed: bool  # the bin label of this step was scanned

    @property
    def remaining(self) -> int:
        return self.quantity - self.picked

    @property
    def done(self) -> bool:
        return self.picked >= self.quantity


@dataclass(frozen=True)
class QueueView:
    counts: dict[str, int]  # every OrderStatus value -> count
    rows: tuple[OrderSummary, ...]  # in queue order: ship-by, express first, placed


@dataclass(frozen=True)
class StationState:
    """Where the station is: what ``resume()`` returns and what the UI shows."""

    station: str
    actor: Actor | None
    phase: Phase
    orders: tuple[OrderView, ...]  # everything claimed by this station, by tote slot
    current: OrderView | None  # the order being packed (or the single order picked)
    pick_list: tuple[PickStep, ...]  # the whole walk, done steps included
    pick_step: PickStep | None  # the next step not done
    # Orders put on hold or cancelled (by the store or a lead) while at this station; the
    # next scan reports the first and lets it go.
    stopped: tuple[OrderView, ...] = ()

    @property
    def batch(self) -> bool:
        return len(self.orders) > 1


@dataclass(frozen=True)
class ScanVerdict:
    """What a scan did, after it is committed.

    ``accepted`` is True for scans that changed something (a unit picked or verified,
    a bin confirmed, a sign-in, an order taken, an override). Refusals carry what was
    ``expected`` and what was scanned (``got``) so the packer sees the difference.
    """

    raw: str
    kind: str  # product, bin, badge, order, unknown
    outcome: ScanOutcome
    accepted: bool
    phase: Phase  # the phase the scan was applied in
    reason: StopReason = StopReason.NONE
    message: str = ""  # extra detail in English (classifier message, hold reason...)
    expected: ItemRef | None = None
    got: ItemRef | None = None
    order: OrderView | None = None  # the order after the scan
    next_step: PickStep | None = None  # in pick: where to go next
    tote_slot: int | None = None  # batch pick: put the unit into this slot
    bin_done: bool = False  # everything from the confirmed bin is taken
    pick_complete: bool = False  # the walk is done: pack next
    order_complete: bool = False  # the last unit verified: documents print, then ship
    printed: tuple[PrintOutcome, ...] = ()
    actor: Actor | None = None
    next_phase: Phase = Phase.QUEUE
    scan_event_id: int | None = None

    @property
    def refused(self) -> bool:
        return not self.accepted


@dataclass(frozen=True)
class ShipResult:
    order: OrderView
    shipment: Shipment
    shipment_id: int
    outbox_message_id: int


def _item_text(item: ItemRef) -> str:
    variant = " / ".join(v for v in (item.color, item.size) if v)
    text = item.name or item.sku
    if item.sku and item.name:
        text = f"{item.sku} {item.name}"
    if variant and variant not in text:
        text += f" ({variant})"
    return text


def describe(verdict: ScanVerdict) -> str:
    """The verdict in one line of plain English (the UI builds its own tr() strings)."""
    expected, got = verdict.expected, verdict.got
    number = verdict.order.number if verdict.order else ""
    outcome = verdict.outcome
    reason = verdict.reason
    if reason is StopReason.NOT_SIGNED_IN:
        return "Nobody is signed in: scan your badge first."
    if reason is StopReason.SIGNED_OUT_IDLE:
        return "Signed out after being idle: scan your badge again."
    if reason is StopReason.ORDER_ON_HOLD:
        return f"Order {number} was put on hold: {verdict.message}. Put it aside for a lead."
    if reason is StopReason.ORDER_CANCELLED:
        return f"Order {number} was cancelled: {verdict.message}. Put it aside for a lead."
    if reason is StopReason.CLAIM_LOST:
        return f"Order {number} is no longer at this station: {verdict.message}."
    if reason is StopReason.NEEDS_LEAD:
        return "That badge is not a lead's: a lead must scan their own badge to override."
    if reason is StopReason.NO_ORDER:
        return "No order in hand: take the next order or scan an order barcode."
    if reason is StopReason.ORDER_NOT_FOUND:
        return f"No order {verdict.message} here."
    if reason is StopReason.ORDER_NOT_AVAILABLE:
        return f"That order cannot be taken: {verdict.message}."
    if reason is StopReason.FINISH_CURRENT:
        return f"Finish order {number} first ({verdict.message})."
    if reason is StopReason.SCAN_BIN_FIRST and expected:
        return f"Scan the bin label {expected.bin_code} first."
    if reason is StopReason.ALREADY_PACKED:
        return f"Order {number} is packed: {verdict.message or 'print and ship it'}."
    if reason is StopReason.NOTHING_TO_UNDO:
        return "Nothing to undo."
    if outcome is ScanOutcome.SIGNED_IN:
        return f"Signed in: {verdict.actor.name if verdict.actor else ''}."
    if outcome is ScanOutcome.ORDER_TAKEN:
        return f"Order {number} taken: go to the first bin."
    if outcome is ScanOutcome.BIN_CONFIRMED and expected:
        return f"Bin {expected.bin_code}: take {expected.quantity} x {_item_text(expected)}."
    if outcome is ScanOutcome.ACCEPTED and got:
        if verdict.phase is Phase.PICK:
            slot = f" into tote slot {verdict.tote_slot}" if verdict.tote_slot else ""
            tail = " Pick list done: pack next." if verdict.pick_complete else ""
            return f"Picked {_item_text(got)}{slot}.{tail}"
        tail = " Order complete." if verdict.order_complete else ""
        return f"Verified {_item_text(got)}.{tail}"
    if outcome is ScanOutcome.OVERRIDE and expected:
        return f"Line {_item_text(expected)} overridden by {verdict.actor.name if verdict.actor else 'a lead'}."
    if outcome is ScanOutcome.UNDONE and got:
        return f"Undone: one {_item_text(got)}."
    if outcome is ScanOutcome.WRONG_BIN and expected:
        return (f"Wrong bin {got.bin_code if got else '?'}: go to bin {expected.bin_code} "
                f"for {_item_text(expected)}.")
    if outcome is ScanOutcome.WRONG_VARIANT and expected and got:
        return (f"Wrong variant: this is {got.color or '-'} / {got.size or '-'} ({got.sku}), "
                f"the order needs {expected.color or '-'} / {expected.size or '-'} ({expected.sku}).")
    if outcome is ScanOutcome.WRONG_ITEM and got:
        wanted = f" Expected {_item_text(expected)}." if expected else ""
        return f"Wrong item: {_item_text(got)} is not what this step needs.{wanted}"
    if outcome is ScanOutcome.OVER_SCAN and expected:
        return f"Over-scan: all {expected.quantity} of {_item_text(expected)} are already verified."
    if outcome is ScanOutcome.OTHER_ORDER:
        other = f" (order {got.order_number}" + (
            f", tote slot {got.tote_slot})" if got and got.tote_slot else ")") if got and got.order_number else ""
        return f"This belongs to another order{other}: not for {number}."
    if outcome is ScanOutcome.UNKNOWN_CODE:
        return f"Unknown code: {verdict.message or verdict.raw}"
    if outcome is ScanOutcome.SHORT_PICK:
        return f"Short pick recorded: {verdict.message}"
    return verdict.message or outcome.value.replace("_", " ")


def _item_ref(product: ProductRow | None, *, sku: str = "", name: str = "",
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


def _stop_ref(stop: picking.Stop) -> ItemRef:
    return _item_ref(stop.product, sku=stop.sku, bin_code=stop.bin_code, quantity=stop.remaining)


def _step(stop: picking.Stop, confirmed_bin: str | None) -> PickStep:
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


class StationService:
    """One packing station's flow over the shared database."""

    def __init__(
        self,
        engine: Engine,
        station_name: str,
        *,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        printer: DocumentPrinter | None = None,
        clock: Callable[[], datetime] = utcnow,
        idle_seconds: float | None = None,
        batch_max_orders: int = 3,
        print_on_complete: bool = True,
    ) -> None:
        self.engine = engine
        self.station_name = station_name
        self.lease_seconds = lease_seconds
        self.printer = printer
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.batch_max_orders = batch_max_orders
        # The window prints after it has shown the completing scan's verdict (a printer
        # that is off must not hold the packer's feedback); headless callers print here.
        self.print_on_complete = print_on_complete
        self._lock = threading.RLock()
        self._actor: Actor | None = None
        self._last_activity: datetime | None = None
        self._signed_out_idle = False
        # Orders this object saw in the station's hands: only to tell the packer, once,
        # that one was taken away (the truth is the database's claim columns).
        self._seen_in_hand: set[int] = set()

    # --- plumbing ---------------------------------------------------------------------

    def _writing(self) -> UnitOfWork:
        return UnitOfWork(self.engine, immediate=True)

    def _reading(self) -> UnitOfWork:
        return UnitOfWork(self.engine)

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
        expires = now + timedelta(seconds=self.lease_seconds)
        for row in rows:
            if row.claimed_station == self.station_name:
                row.claim_expires_at = expires

    def _scan_event(self, session: Session, code: ScannedCode, phase: Phase, outcome: _Outcome,
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
        session.add(event)
        return event

    def _lines_bins(self, session: Session, rows: list[OrderRow]) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
        skus = {line.sku_to_pack for row in rows for line in row.lines} | {
            line.sku for row in rows for line in row.lines
        }
        products = picking.products_by_sku(session, skus)
        holdings = picking.bins_holding(session, (p.id for p in products.values()))
        bins = {
            sku: tuple(b.code for b, _ in holdings.get(p.id, [])) for sku, p in products.items()
        }
        weights = {sku: p.weight_g for sku, p in products.items()}
        return bins, weights

    def _view(self, session: Session, row: OrderRow) -> OrderView:
        return self._views(session, [row])[0]

    def _views(self, session: Session, rows: list[OrderRow]) -> list[OrderView]:
        bins, weights = self._lines_bins(session, rows)
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

    def _in_hand(self, session: Session, *, lock: bool = False) -> list[OrderRow]:
        rows = claims.held_by(session, self.station_name, lock=lock)
        with self._lock:
            self._seen_in_hand |= {row.id for row in rows}
        return rows

    def _state(self, session: Session, actor: Actor | None) -> StationState:
        rows = claims.held_by(session, self.station_name)
        stopped = claims.held_by(
            session, self.station_name, (OrderStatus.ON_HOLD.value, OrderStatus.CANCELLED.value))
        phase = self._phase_of(actor, rows)
        views = self._views(session, rows) if rows else []
        picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
        stops = picking.walk(session, picking_rows) if picking_rows else []
        confirmed = picking_rows[0].confirmed_bin if picking_rows else None
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
            stopped=tuple(self._views(session, stopped)) if stopped else (),
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
            try:
                return sign_in_with_badge(self._reading(), candidate)
            except SignInRefused:
                continue
        return None

    def sign_in_pin(self, name: str, pin: str) -> Actor:
        """Sign in by name and PIN (with the lock-out of ``auth``); raises SignInRefused."""
        actor = sign_in_with_pin(self._reading(), name, pin)
        self._set_actor(actor)
        return actor

    def sign_out(self) -> None:
        with self._lock:
            self._actor = None
            self._signed_out_idle = False

    def user_names(self) -> list[str]:
        return user_names(self._reading())

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
        counts = count_by_status(self._reading())
        with self._reading() as uow:
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
                held = self._in_hand(uow.session, lock=True)
                if held:
                    self._renew(held, now)
                    view = self._view(uow.session, held[0])
                    uow.commit()
                    return view
                row = claims.next_free(uow.session, self.station_name, now)
                if row is None:
                    return None
                claims.claim(row, self.station_name, actor.name, now, self.lease_seconds)
                uow.session.flush()
                view = self._view(uow.session, row)
                uow.commit()
                with self._lock:
                    self._seen_in_hand.add(row.id)
                return view

        return with_retry(attempt)

    def _take_by_number(self, session: Session, number: str, actor: Actor, now: datetime) -> OrderRow:
        row = claims.by_number(session, number)
        if row is None:
            raise StationError(f"there is no order {number}")
        if row.claimed_station == self.station_name and row.status in claims.IN_HAND:
            return row
        if row.status not in claims.CLAIMABLE:
            why = f": {row.hold_reason}" if row.hold_reason else ""
            raise StationError(f"order {row.number} is {row.status}{why}")
        held_elsewhere = (
            row.claimed_station is not None
            and row.claimed_station != self.station_name
            and row.claim_expires_at is not None
            and row.claim_expires_at >= now
        )
        if held_elsewhere and not actor.can(Role.LEAD):
            raise StationError(
                f"order {row.number} is held by {row.claimed_station}"
                f"{' (' + row.claimed_user + ')' if row.claimed_user else ''}; "
                "a lead can take it over"
            )
        claims.claim(row, self.station_name, actor.name, now, self.lease_seconds)
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
                held = self._in_hand(uow.session, lock=True)
                if held and not any(r.number == number.strip() for r in held):
                    raise StationError(f"finish order {held[0].number} first")
                row = self._take_by_number(uow.session, number, actor, now)
                uow.session.flush()
                view = self._view(uow.session, row)
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
            raise StationError("a batch needs at least one order")

        def attempt() -> list[OrderView]:
            with self._writing() as uow:
                now = self.clock()
                held = self._in_hand(uow.session, lock=True)
                if held:
                    raise StationError(f"finish order {held[0].number} first")
                rows = claims.small_free_orders(uow.session, now, limit, max_units)
                batch_id = claims.new_batch_id()
                for slot, row in enumerate(rows, start=1):
                    claims.claim(row, self.station_name, actor.name, now, self.lease_seconds)
                    row.batch_id = batch_id
                    row.tote_slot = slot
                uow.session.flush()
                views = self._views(uow.session, rows) if rows else []
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
                row = claims.by_number(uow.session, number)
                if row is None:
                    raise StationError(f"there is no order {number}")
                if row.claimed_station is None:
                    raise StationError(f"order {row.number} is not held by any station")
                log.info("%s released order %s from %s", lead.name, row.number, row.claimed_station)
                claims.release(row)
                uow.session.flush()
                view = self._view(uow.session, row)
                uow.commit()
                return view

        return with_retry(attempt)

    # --- where we are -----------------------------------------------------------------

    def resume(self) -> StationState:
        """The station's state from the database: exactly where the order was."""
        with self._reading() as uow:
            state = self._state(uow.session, self.actor)
        with self._lock:
            self._seen_in_hand |= {view.id for view in state.orders}
        return state

    def state(self) -> StationState:
        """Same as :meth:`resume` (a name for refreshing the screen)."""
        return self.resume()

    def pick_list(self) -> list[PickStep]:
        """The walk for the orders in picking: by bin in walking order, done steps too."""
        return list(self.resume().pick_list)

    # --- the scanner ------------------------------------------------------------------

    def handle_scan(self, raw: str) -> ScanVerdict:
        """Apply one scan to the current phase; the scan event is committed before return."""
        return self._handle_scan(raw)[0]

    def handle_scan_and_state(self, raw: str) -> tuple[ScanVerdict, StationState]:
        """:meth:`handle_scan` and the station's state after it, for the window.

        The state is the one read in the scan's own transaction (a second read for the
        screen was a third of the time from scan to feedback). It is read again when the
        documents printed (the scan completed the order) or the scan changed who is signed
        in (a badge: the state was read for the person before).
        """
        verdict, state = self._handle_scan(raw)
        if state is None or state.actor != self.actor:
            state = self.state()
        return verdict, state

    def _handle_scan(self, raw: str) -> tuple[ScanVerdict, StationState | None]:
        code = classify(raw)
        verdict, state = with_retry(lambda: self._apply_scan(code))
        if verdict.order_complete and self.printer is not None and self.print_on_complete:
            try:
                printed = self.print_documents()
            except DomainError as error:
                printed = (PrintOutcome(SHIPPING_LABEL, False, message=str(error)),)
            with self._reading() as uow:
                row = uow.session.get(OrderRow, verdict.order.id) if verdict.order else None
                order = self._view(uow.session, row) if row is not None else verdict.order
            return replace(verdict, printed=printed, order=order), None
        return verdict, state

    def _apply_scan(self, code: ScannedCode) -> tuple[ScanVerdict, StationState]:
        actor = self.actor
        with self._lock:
            idle = self._signed_out_idle
        with self._writing() as uow:
            session = uow.session
            now = self.clock()
            rows = claims.held_by(
                session, self.station_name,
                claims.IN_HAND + (OrderStatus.ON_HOLD.value, OrderStatus.CANCELLED.value),
                lock=True,
            )
            stopped = [r for r in rows if r.status not in claims.IN_HAND]
            rows = [r for r in rows if r.status in claims.IN_HAND]
            phase = self._phase_of(actor, rows)
            if actor is None:
                result = self._scan_signed_out(code, idle)
                if result.outcome is ScanOutcome.SIGNED_IN:
                    actor = self._actor
                    phase = Phase.SIGN_IN
            elif stopped:
                result = self._stop_order(stopped[0])
            else:
                lost = self._lost_order(session, rows)
                if lost is not None:
                    result = lost
                elif phase is Phase.QUEUE:
                    result = self._scan_in_queue(session, code, actor, now)
                elif phase is Phase.PICK:
                    result = self._scan_in_pick(session, code, actor, now, rows)
                else:
                    result = self._scan_in_pack(session, code, actor, now, rows)
            if result.order is None and len(rows) == 1:
                result.order = rows[0]
            self._renew(rows, now)
            for row in rows:
                if row.first_scan_at is None and result.accepted:
                    row.first_scan_at = now
            event = self._scan_event(session, code, phase, result, actor, now)
            session.flush()
            state = self._state(session, actor)
            order_view = None
            if result.order is not None:
                order_view = next((v for v in state.orders if v.id == result.order.id), None)
                if order_view is None:
                    order_view = self._view(session, result.order)
            uow.commit()
        with self._lock:
            self._seen_in_hand = {v.id for v in state.orders}
        if actor is not None:
            self._touch()
        verdict = ScanVerdict(
            raw=code.raw, kind=code.kind, outcome=result.outcome, accepted=result.accepted,
            phase=phase, reason=result.reason, message=result.message,
            expected=result.expected, got=result.got, order=order_view,
            next_step=state.pick_step, tote_slot=result.tote_slot, bin_done=result.bin_done,
            pick_complete=result.pick_complete, order_complete=result.order_complete,
            actor=actor, next_phase=state.phase, scan_event_id=event.id,
        )
        return verdict, state

    def _scan_signed_out(self, code: ScannedCode, idle: bool) -> _Outcome:
        if code.kind == "badge":
            actor = self._badge_actor(code.key)
            if actor is not None:
                self._set_actor(actor)
                return _Outcome(ScanOutcome.SIGNED_IN, accepted=True,
                                detail={"user": actor.name})
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message="this badge is not known here")
        reason = StopReason.SIGNED_OUT_IDLE if idle else StopReason.NOT_SIGNED_IN
        return _Outcome(ScanOutcome.IGNORED, reason=reason)

    def _stop_order(self, row: OrderRow) -> _Outcome:
        """The store or a lead stopped an order in our hands: say so once, and let it go."""
        cancelled = row.status == OrderStatus.CANCELLED.value
        message = (row.cancel_reason if cancelled else row.hold_reason) or row.status
        claims.release(row)
        return _Outcome(
            ScanOutcome.IGNORED,
            reason=StopReason.ORDER_CANCELLED if cancelled else StopReason.ORDER_ON_HOLD,
            message=message, order=row,
        )

    def _lost_order(self, session: Session, rows: list[OrderRow]) -> _Outcome | None:
        with self._lock:
            seen = set(self._seen_in_hand)
        gone = seen - {row.id for row in rows}
        for order_id in sorted(gone):
            row = session.get(OrderRow, order_id)
            if row is None or row.status in (OrderStatus.SHIPPED.value,):
                continue
            if row.claimed_station != self.station_name:
                holder = row.claimed_station or "nobody (released by a lead)"
                return _Outcome(ScanOutcome.IGNORED, reason=StopReason.CLAIM_LOST,
                                message=f"now held by {holder}", order=row)
        return None

    def _scan_in_queue(self, session: Session, code: ScannedCode, actor: Actor, now: datetime) -> _Outcome:
        if code.kind == "badge":
            return self._switch_user(code)
        if code.kind == "order":
            try:
                row = self._take_by_number(session, code.key, actor, now)
            except StationError as error:
                exists = claims.by_number(session, code.key) is not None
                return _Outcome(
                    ScanOutcome.IGNORED,
                    reason=StopReason.ORDER_NOT_AVAILABLE if exists else StopReason.ORDER_NOT_FOUND,
                    message=str(error) if exists else code.key,
                )
            return _Outcome(ScanOutcome.ORDER_TAKEN, accepted=True, order=row)
        if code.kind == "unknown":
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=code.message)
        return _Outcome(ScanOutcome.IGNORED, reason=StopReason.NO_ORDER)

    def _switch_user(self, code: ScannedCode) -> _Outcome:
        actor = self._badge_actor(code.key)
        if actor is None:
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message="this badge is not known here")
        self._set_actor(actor)
        return _Outcome(ScanOutcome.SIGNED_IN, accepted=True, detail={"user": actor.name})

    def _other_order_scan(self, session: Session, code: ScannedCode, rows: list[OrderRow]) -> _Outcome:
        if any(r.number == code.key or r.number == "#" + code.key for r in rows):
            return _Outcome(ScanOutcome.IGNORED, message="this order is already in hand")
        first = rows[0]
        return _Outcome(ScanOutcome.OTHER_ORDER, reason=StopReason.FINISH_CURRENT,
                        message=f"scanned order {code.key}", order=first,
                        got=ItemRef(order_number=code.key))

    def _scan_in_pick(self, session: Session, code: ScannedCode, actor: Actor, now: datetime,
                      rows: list[OrderRow]) -> _Outcome:
        picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
        stops = picking.walk(session, picking_rows)
        current = picking.next_stop(stops)
        confirmed = picking_rows[0].confirmed_bin
        first = picking_rows[0]
        if code.kind == "unknown":
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=code.message, order=first)
        if code.kind == "order":
            return self._other_order_scan(session, code, rows)
        if code.kind == "badge":
            return _Outcome(ScanOutcome.IGNORED, message="badge scanned while picking", order=first)
        if current is None:  # nothing left to pick: cannot happen for long, the order moves on
            return _Outcome(ScanOutcome.IGNORED, message="nothing left to pick", order=first)
        if code.kind == "bin":
            if code.key == current.bin_code:
                for row in picking_rows:
                    row.confirmed_bin = code.key
                return _Outcome(ScanOutcome.BIN_CONFIRMED, accepted=True, order=first,
                                expected=_stop_ref(current),
                                detail={"bin": code.key})
            return _Outcome(ScanOutcome.WRONG_BIN, order=first, expected=_stop_ref(current),
                            got=ItemRef(bin_code=code.key))
        # A product.
        product = picking.product_by_barcode(session, code.key)
        if product is None:
            return _Outcome(ScanOutcome.UNKNOWN_CODE, order=first,
                            message=f"no product has the barcode {code.text or code.raw}")
        got = _item_ref(product, bin_code=confirmed or "")
        if confirmed is None or confirmed != current.bin_code:
            here = [s for s in stops if s.bin_code == confirmed and s.remaining > 0] if confirmed else []
            if not here:
                return _Outcome(ScanOutcome.WRONG_BIN, reason=StopReason.SCAN_BIN_FIRST,
                                order=first, expected=_stop_ref(current), got=got)
        here = [s for s in stops if s.bin_code == confirmed and s.remaining > 0]
        match = next((s for s in here if s.sku == product.sku), None)
        if match is None:
            wanted = here[0] if here else current
            attributes = dict(wanted.product.attributes) if wanted.product else {}
            name = wanted.product.name if wanted.product else ""
            outcome = (
                ScanOutcome.WRONG_VARIANT
                if picking.same_style(product, wanted.sku, name, attributes)
                else ScanOutcome.WRONG_ITEM
            )
            return _Outcome(outcome, order=first, expected=_stop_ref(wanted), got=got)
        allocation = next(a for a in match.allocations if a.remaining > 0)
        row = next(r for r in picking_rows if r.id == allocation.order_id)
        line = next(line for line in row.lines if line.id == allocation.line_id)
        line.picked_qty += 1
        stock = session.scalars(
            select(BinStockRow).where(BinStockRow.bin_id == match.bin_id,
                                      BinStockRow.product_id == product.id)
        ).first()
        if stock is not None and stock.quantity > 0:
            stock.quantity -= 1
        session.add(StockMovementRow(
            at=now, product_id=product.id, bin_id=match.bin_id, delta=-1,
            reason=MovementReason.PICK.value, order_id=row.id, user_name=actor.name,
        ))
        bin_done = sum(s.remaining for s in here) <= 1
        order_picked = all(
            ln.picked_qty + ln.short_qty >= ln.quantity for ln in row.lines
        )
        if order_picked:
            row.change_status(OrderStatus.PACKING)
            row.picked_at = now
            row.confirmed_bin = None
        if bin_done:
            for other in picking_rows:
                other.confirmed_bin = None
        pick_complete = all(
            r.status != OrderStatus.PICKING.value for r in picking_rows
        )
        return _Outcome(
            ScanOutcome.ACCEPTED, accepted=True, order=row,
            expected=_stop_ref(match), got=replace(got, bin_code=match.bin_code, quantity=1,
                                                   tote_slot=allocation.tote_slot,
                                                   order_number=row.number),
            tote_slot=allocation.tote_slot if len(picking_rows) > 1 or row.batch_id else None,
            bin_done=bin_done, pick_complete=pick_complete,
            detail={"action": "pick", "line": line.id, "bin": match.bin_id, "product": product.id,
                    "order": row.id},
        )

    def _scan_in_pack(self, session: Session, code: ScannedCode, actor: Actor, now: datetime,
                      rows: list[OrderRow]) -> _Outcome:
        row = self._pack_order(rows)
        assert row is not None
        open_lines = [line for line in row.lines if not _line_done(line)]
        if code.kind == "unknown":
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=code.message, order=row)
        if code.kind == "order":
            return self._other_order_scan(session, code, [row])
        if code.kind == "bin":
            return _Outcome(ScanOutcome.IGNORED, message="packing: scan the items, not bins",
                            order=row)
        if code.kind == "badge":
            return self._badge_in_pack(code, row, open_lines, now)
        product = picking.product_by_barcode(session, code.key)
        if product is None:
            return _Outcome(ScanOutcome.UNKNOWN_CODE, order=row,
                            message=f"no product has the barcode {code.text or code.raw}")
        got = _item_ref(product, quantity=1)
        matching = [line for line in row.lines if line.sku_to_pack == product.sku]
        target = next((line for line in matching if not _line_done(line)), None)
        if target is None and matching:
            line = matching[0]
            return _Outcome(ScanOutcome.OVER_SCAN, order=row, expected=_line_ref(line), got=got)
        if target is None:
            variant_of = [
                line for line in (open_lines or row.lines)
                if picking.same_style(product, line.sku_to_pack, line.name, line.attributes)
            ]
            if variant_of:
                return _Outcome(ScanOutcome.WRONG_VARIANT, order=row,
                                expected=_line_ref(variant_of[0]), got=got)
            for other in rows:
                if other.id != row.id and any(ln.sku_to_pack == product.sku for ln in other.lines):
                    return _Outcome(ScanOutcome.OTHER_ORDER, order=row, got=replace(
                        got, order_number=other.number, tote_slot=other.tote_slot),
                        expected=_line_ref(open_lines[0]) if open_lines else None)
            return _Outcome(ScanOutcome.WRONG_ITEM, order=row, got=got,
                            expected=_line_ref(open_lines[0]) if open_lines else None)
        target.verified_qty += 1
        complete = all(_line_done(line) for line in row.lines)
        if complete:
            row.change_status(OrderStatus.PACKED)
            row.packed_at = now
        return _Outcome(
            ScanOutcome.ACCEPTED, accepted=True, order=row, got=got,
            expected=_line_ref(target), order_complete=complete,
            detail={"action": "verify", "line": target.id, "product": product.id, "order": row.id},
        )

    def _badge_in_pack(self, code: ScannedCode, row: OrderRow, open_lines: list[OrderLineRow],
                       now: datetime) -> _Outcome:
        person = self._badge_actor(code.key)
        if person is None:
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message="this badge is not known here", order=row)
        if not person.can(Role.LEAD):
            return _Outcome(ScanOutcome.IGNORED, reason=StopReason.NEEDS_LEAD, order=row,
                            message=f"{person.name} is a {person.role.value}")
        if not open_lines:
            return _Outcome(ScanOutcome.IGNORED, reason=StopReason.ALREADY_PACKED, order=row)
        line = open_lines[0]
        return self._override(row, line, person, now)

    def _override(self, row: OrderRow, line: OrderLineRow, lead: Actor, now: datetime) -> _Outcome:
        line.overridden_by = lead.name
        complete = all(_line_done(ln) for ln in row.lines)
        if complete and row.status == OrderStatus.PACKING.value:
            row.change_status(OrderStatus.PACKED)
            row.packed_at = now
        return _Outcome(ScanOutcome.OVERRIDE, accepted=True, order=row, expected=_line_ref(line),
                        order_complete=complete,
                        detail={"line": line.id, "lead": lead.name, "verified": line.verified_qty})

    # --- pick, pack, ship -------------------------------------------------------------

    def short_pick(self, reason: str = "bin empty") -> OrderView:
        """The current step's bin is short: record it and put its order on hold.

        The bin's stock of the product is set to zero. When other bins still hold enough,
        the walk simply continues there and no order is held.
        """
        actor = self._require_actor("report a short pick")

        def attempt() -> OrderView:
            with self._writing() as uow:
                session = uow.session
                now = self.clock()
                rows = self._in_hand(session, lock=True)
                picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
                if not picking_rows:
                    raise StationError("no order is being picked at this station")
                stop = picking.next_stop(picking.walk(session, picking_rows))
                if stop is None:
                    raise StationError("nothing left to pick")
                if stop.bin_id is not None and stop.product is not None:
                    stock = session.scalars(
                        select(BinStockRow).where(BinStockRow.bin_id == stop.bin_id,
                                                  BinStockRow.product_id == stop.product.id)
                    ).first()
                    if stock is not None and stock.quantity:
                        session.add(StockMovementRow(
                            at=now, product_id=stop.product.id, bin_id=stop.bin_id,
                            delta=-stock.quantity, reason=MovementReason.SHORT_PICK.value,
                            order_id=stop.allocations[0].order_id, user_name=actor.name,
                        ))
                        stock.quantity = 0
                session.flush()
                # With this bin at zero, the walk sends the picker elsewhere if stock exists.
                stops = picking.walk(session, picking_rows)
                affected = picking_rows[0]
                for allocation in stop.allocations:
                    if allocation.remaining <= 0:
                        continue
                    row = next(r for r in picking_rows if r.id == allocation.order_id)
                    affected = row
                    still_short = any(
                        s.sku == stop.sku and s.remaining > 0 and
                        (s.bin_code == stop.bin_code or not s.bin_code) and
                        any(a.order_id == row.id and a.remaining > 0 for a in s.allocations)
                        for s in stops
                    )
                    if not still_short or row.status != OrderStatus.PICKING.value:
                        continue
                    line = next(ln for ln in row.lines if ln.id == allocation.line_id)
                    missing = line.quantity - line.picked_qty - line.short_qty
                    line.short_qty += missing
                    where = f"bin {stop.bin_code}" if stop.bin_code else "no bin"
                    hold = (f"short pick: {where} had no {stop.sku} "
                            f"({missing} missing; {reason})")
                    row.change_status(OrderStatus.ON_HOLD, hold)
                    claims.release(row)
                session.add(ScanEventRow(
                    at=now, station=self.station_name, user_name=actor.name,
                    order_id=affected.id, order_number=affected.number, phase=Phase.PICK.value,
                    raw_code=f"BIN:{stop.bin_code}" if stop.bin_code else "(no bin)",
                    outcome=ScanOutcome.SHORT_PICK.value,
                    detail=json.dumps({"sku": stop.sku, "bin": stop.bin_code, "reason": reason},
                                      ensure_ascii=False),
                ))
                for row in picking_rows:
                    row.confirmed_bin = None
                session.flush()
                view = self._view(session, affected)
                uow.commit()
                return view

        return with_retry(attempt)

    def _pack_row(self, session: Session) -> OrderRow:
        row = self._pack_order(self._in_hand(session, lock=True))
        if row is None:
            raise StationError("no order is being packed at this station")
        return row

    def acknowledge_note(self) -> OrderView:
        """The packer read the customer note of the order being packed."""
        actor = self._require_actor("acknowledge the note")

        def attempt() -> OrderView:
            with self._writing() as uow:
                row = self._pack_row(uow.session)
                if not row.customer_note.strip():
                    raise StationError(f"order {row.number} has no customer note")
                row.note_acknowledged_by = actor.name
                row.note_acknowledged_at = self.clock()
                uow.session.flush()
                view = self._view(uow.session, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def confirm_gift_step(self, step: str) -> OrderView:
        """Record one gift step done: ``gift_slip``, ``card`` or ``wrap``."""
        actor = self._require_actor("confirm a gift step")
        if step not in GIFT_STEPS:
            raise StationError(f"unknown gift step {step!r}; the steps are {', '.join(GIFT_STEPS)}")

        def attempt() -> OrderView:
            with self._writing() as uow:
                row = self._pack_row(uow.session)
                if not row.gift:
                    raise StationError(f"order {row.number} is not a gift")
                row.gift_steps = {**(row.gift_steps or {}),
                                  step: f"{actor.name} {self.clock().isoformat(timespec='seconds')}"}
                uow.session.flush()
                view = self._view(uow.session, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def override_line(self, line_id: int, lead_badge: str) -> OrderView:
        """A lead vouches for a line without scanning its units; recorded with their name."""
        self._require_actor("override a line")
        lead = self._badge_actor(lead_badge)
        if lead is None:
            raise StationError("this badge is not known here")
        require_role(lead, Role.LEAD, "overriding a line")

        def attempt() -> OrderView:
            with self._writing() as uow:
                session = uow.session
                now = self.clock()
                row = self._pack_row(session)
                line = next((ln for ln in row.lines if ln.id == line_id), None)
                if line is None:
                    raise StationError(f"order {row.number} has no such line")
                result = self._override(row, line, lead, now)
                self._scan_event(session, ScannedCode(kind="badge", raw=""), Phase.PACK, result,
                                 lead, now)
                session.flush()
                view = self._view(session, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def undo_last_scan(self) -> ScanVerdict:
        """Reverse the last accepted unit scan (pick or verify) of the current order.

        Not after the order is packed: its documents are printed by then; a lead puts
        it on hold to repack it.
        """
        actor = self._require_actor("undo a scan")

        def attempt() -> ScanVerdict:
            with self._writing() as uow:
                session = uow.session
                now = self.clock()
                rows = self._in_hand(session, lock=True)
                phase = self._phase_of(actor, rows)
                if phase is Phase.PICK:
                    ids = [r.id for r in rows if r.status == OrderStatus.PICKING.value]
                    action = "pick"
                elif phase is Phase.PACK:
                    pack_row = self._pack_order(rows)
                    assert pack_row is not None
                    if pack_row.status == OrderStatus.PACKED.value:
                        view = self._view(session, pack_row)
                        return ScanVerdict(raw="", kind="", outcome=ScanOutcome.IGNORED,
                                           accepted=False, phase=phase,
                                           reason=StopReason.ALREADY_PACKED,
                                           message="a lead can put it on hold to repack it",
                                           order=view, actor=actor, next_phase=phase)
                    ids = [pack_row.id]
                    action = "verify"
                else:
                    ids = []
                    action = ""
                events = list(session.scalars(
                    select(ScanEventRow)
                    .where(ScanEventRow.order_id.in_(ids),
                           ScanEventRow.outcome.in_([ScanOutcome.ACCEPTED.value,
                                                     ScanOutcome.UNDONE.value]))
                    .order_by(ScanEventRow.id.desc())
                )) if ids else []
                undone = {json.loads(e.detail).get("undoes") for e in events
                          if e.outcome == ScanOutcome.UNDONE.value and e.detail}
                target = next(
                    (e for e in events if e.outcome == ScanOutcome.ACCEPTED.value
                     and e.id not in undone and e.detail
                     and json.loads(e.detail).get("action") == action),
                    None,
                )
                if target is None:
                    return ScanVerdict(raw="", kind="", outcome=ScanOutcome.IGNORED,
                                       accepted=False, phase=phase,
                                       reason=StopReason.NOTHING_TO_UNDO, actor=actor,
                                       next_phase=phase)
                info = json.loads(target.detail)
                row = next(r for r in rows if r.id == info["order"])
                line = next(ln for ln in row.lines if ln.id == info["line"])
                product = session.get(ProductRow, info["product"])
                if action == "pick":
                    line.picked_qty = max(0, line.picked_qty - 1)
                    stock = session.scalars(
                        select(BinStockRow).where(BinStockRow.bin_id == info["bin"],
                                                  BinStockRow.product_id == info["product"])
                    ).first()
                    if stock is not None:
                        stock.quantity += 1
                    session.add(StockMovementRow(
                        at=now, product_id=info["product"], bin_id=info["bin"], delta=1,
                        reason=MovementReason.PICK.value, order_id=row.id, user_name=actor.name,
                    ))
                else:
                    line.verified_qty = max(0, line.verified_qty - 1)
                result = _Outcome(ScanOutcome.UNDONE, accepted=True, order=row,
                                  got=_item_ref(product, quantity=1),
                                  detail={"undoes": target.id})
                event = self._scan_event(session, ScannedCode(kind="unknown", raw=target.raw_code),
                                         phase, result, actor, now)
                self._renew(rows, now)
                session.flush()
                state = self._state(session, actor)
                after = next((v for v in state.orders if v.id == row.id), None)
                uow.commit()
                return ScanVerdict(raw=target.raw_code, kind="product", outcome=ScanOutcome.UNDONE,
                                   accepted=True, phase=phase, got=result.got, order=after,
                                   next_step=state.pick_step, actor=actor,
                                   next_phase=state.phase, scan_event_id=event.id)

        return with_retry(attempt)

    def _prepare_shipment(self, carrier: str | None, service: str | None,
                          weight_g: int | None) -> tuple[OrderView, Shipment]:
        def attempt() -> tuple[OrderView, Shipment]:
            with self._writing() as uow:
                row = self._pack_row(uow.session)
                if row.status != OrderStatus.PACKED.value:
                    raise StationError(f"order {row.number} is not packed yet: verify every unit first")
                view = self._view(uow.session, row)
                pending = dict(row.pending_shipment or {})
                chosen_carrier = carrier or pending.get("carrier") or DEMO_CARRIER
                tracking = pending.get("tracking_number") or ""
                if chosen_carrier != pending.get("carrier") or not tracking:
                    tracking = demo_tracking_number(row.id) if chosen_carrier == DEMO_CARRIER else ""
                shipment = Shipment(
                    carrier=chosen_carrier,
                    service=service or pending.get("service") or "standard",
                    tracking_number=tracking,
                    weight_g=int(weight_g if weight_g is not None else
                                 pending.get("weight_g") or view.weight_g),
                    label_format=str(pending.get("label_format", "zpl")),
                    tracking_url=tracking_url_for(chosen_carrier, tracking) if tracking else "",
                )
                row.pending_shipment = {
                    "carrier": shipment.carrier, "service": shipment.service,
                    "tracking_number": shipment.tracking_number, "weight_g": shipment.weight_g,
                    "label_format": shipment.label_format, "tracking_url": shipment.tracking_url,
                }
                uow.session.flush()
                view = self._view(uow.session, row)
                uow.commit()
                return view, shipment

        return with_retry(attempt)

    def _mark_printed(self, order_id: int, outcomes: tuple[PrintOutcome, ...]) -> None:
        def attempt() -> None:
            with self._writing() as uow:
                row = uow.session.get(OrderRow, order_id)
                if row is None:
                    return
                now = self.clock()
                for outcome in outcomes:
                    if not outcome.ok:
                        continue
                    if outcome.document == PACKING_SLIP:
                        row.slip_printed_at = now
                    elif outcome.document == SHIPPING_LABEL:
                        row.label_printed_at = now
                uow.commit()

        with_retry(attempt)

    def _printer(self) -> DocumentPrinter:
        if self.printer is None:
            raise StationError("this station has no printer set up")
        return self.printer

    @staticmethod
    def _safely(document: str, job: Callable[[], PrintOutcome]) -> PrintOutcome:
        try:
            return job()
        except Exception as error:  # noqa: BLE001 - a printer failure must not lose the order
            log.warning("printing the %s failed: %s", document, error)
            return PrintOutcome(document, False, message=str(error) or type(error).__name__)

    def print_documents(
        self, *, carrier: str | None = None, service: str | None = None, weight_g: int | None = None
    ) -> tuple[PrintOutcome, ...]:
        """Print (or reprint) the packing slip and the shipping label of the packed order."""
        self._require_actor("print")
        printer = self._printer()
        view, shipment = self._prepare_shipment(carrier, service, weight_g)
        outcomes = (
            self._safely(PACKING_SLIP, lambda: printer.print_packing_slip(view)),
            self._safely(SHIPPING_LABEL, lambda: printer.print_label(view, shipment)),
        )
        self._mark_printed(view.id, outcomes)
        return outcomes

    def reprint_slip(self) -> PrintOutcome:
        self._require_actor("print")
        printer = self._printer()
        view, _ = self._prepare_shipment(None, None, None)
        outcome = self._safely(PACKING_SLIP, lambda: printer.print_packing_slip(view))
        self._mark_printed(view.id, (outcome,))
        return outcome

    def reprint_label(self) -> PrintOutcome:
        self._require_actor("print")
        printer = self._printer()
        view, shipment = self._prepare_shipment(None, None, None)
        outcome = self._safely(SHIPPING_LABEL, lambda: printer.print_label(view, shipment))
        self._mark_printed(view.id, (outcome,))
        return outcome

    def ship(
        self,
        carrier: str | None = None,
        service: str | None = None,
        weight_g: int | None = None,
        tracking_number: str | None = None,
        *,
        lead_badge: str | None = None,
    ) -> ShipResult:
        """Ship the packed order: shipment, shipped status and outbox in one transaction.

        Needs every line verified (or overridden), the note acknowledged, the gift steps
        done and the label printed; a lead's badge waives the printed label.
        """
        actor = self._require_actor("ship")
        waiver: Actor | None = None
        if lead_badge:
            waiver = self._badge_actor(lead_badge)
            if waiver is None:
                raise StationError("this badge is not known here")
            require_role(waiver, Role.LEAD, "shipping without a printed label")

        def attempt() -> ShipResult:
            with self._writing() as uow:
                session = uow.session
                now = self.clock()
                row = self._pack_row(session)
                view = self._view(session, row)
                missing = [m for m in view.missing_for_ship() if not (m == "label" and waiver)]
                if missing:
                    raise StationError(
                        f"order {row.number} cannot ship yet: " + ", ".join(
                            _MISSING_TEXT.get(m, m) for m in missing)
                    )
                pending = dict(row.pending_shipment or {})
                chosen_carrier = carrier or pending.get("carrier") or DEMO_CARRIER
                tracking = (tracking_number or "").strip()
                if not tracking and chosen_carrier == pending.get("carrier"):
                    tracking = str(pending.get("tracking_number") or "")
                if not tracking:
                    if chosen_carrier != DEMO_CARRIER:
                        raise StationError(f"enter the {chosen_carrier} tracking number to ship")
                    tracking = demo_tracking_number(row.id)
                shipment_row = ShipmentRow(
                    order_id=row.id, kind=ShipmentKind.OUTBOUND.value, carrier=chosen_carrier,
                    service=service or pending.get("service") or "standard",
                    tracking_number=tracking,
                    tracking_url=tracking_url_for(chosen_carrier, tracking),
                    weight_g=int(weight_g if weight_g is not None else
                                 pending.get("weight_g") or view.weight_g),
                    label_format=str(pending.get("label_format", "zpl")),
                    station=self.station_name, user_name=actor.name, created_at=now,
                )
                session.add(shipment_row)
                row.change_status(OrderStatus.SHIPPED)
                row.shipped_at = now
                row.claimed_station = None
                row.claimed_user = None
                row.claim_expires_at = None
                row.confirmed_bin = None
                message = record_shipped(session, row, shipment_row)
                session.flush()
                record_order_facts(session, row.id)  # the dashboard's row for this order
                view = self._view(session, row)
                shipment = Shipment(
                    carrier=shipment_row.carrier, service=shipment_row.service,
                    tracking_number=shipment_row.tracking_number, weight_g=shipment_row.weight_g,
                    label_format=shipment_row.label_format, tracking_url=shipment_row.tracking_url,
                )
                uow.commit()
                with self._lock:
                    self._seen_in_hand.discard(row.id)
                return ShipResult(order=view, shipment=shipment, shipment_id=shipment_row.id,
                                  outbox_message_id=message.id)

        return with_retry(attempt)


_MISSING_TEXT = {
    "verify": "units left to verify",
    "note": "the customer note is not acknowledged",
    "gift_slip": "gift slip not confirmed",
    "card": "message card not confirmed",
    "wrap": "gift wrap not confirmed",
    "label": "the shipping label is not printed",
}

DEMO_CARRIER = "demo"


def demo_tracking_number(order_id: int) -> str:
    """The demo carrier's tracking number: one per order, stable across reprints."""
    return f"PD{order_id:010d}"


def _line_done(line: OrderLineRow) -> bool:
    return line.overridden_by is not None or line.verified_qty >= line.quantity - line.short_qty
