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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Order, ScanOutcome, Shipment
from packdesk.domain.time import utcnow

from .auth import Actor
from .orders import OrderSummary
from .printing import DocumentPrinter, PrintOutcome

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


def describe(verdict: ScanVerdict) -> str:
    """The verdict in one line of plain English (the UI builds its own tr() strings)."""
    raise NotImplementedError


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
    ) -> None:
        self.engine = engine
        self.station_name = station_name
        self.lease_seconds = lease_seconds
        self.printer = printer
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.batch_max_orders = batch_max_orders
        self._actor: Actor | None = None
        self._last_activity: datetime | None = None

    # --- people -----------------------------------------------------------------------

    @property
    def actor(self) -> Actor | None:
        """Who is signed in (None after sign-out or the idle time)."""
        raise NotImplementedError

    def sign_in_badge(self, badge_code: str) -> Actor:
        """Sign in with a badge code (``BADGE:PAT03`` or ``PAT03``); raises SignInRefused."""
        raise NotImplementedError

    def sign_in_pin(self, name: str, pin: str) -> Actor:
        """Sign in by name and PIN (with the lock-out of ``auth``); raises SignInRefused."""
        raise NotImplementedError

    def sign_out(self) -> None:
        raise NotImplementedError

    def user_names(self) -> list[str]:
        raise NotImplementedError

    # --- queue and claims -------------------------------------------------------------

    def queue(self, *, statuses: tuple[str, ...] | None = None, limit: int | None = None) -> QueueView:
        """Counts by status and the orders in queue order (default: the open ones)."""
        raise NotImplementedError

    def take_next(self) -> OrderView | None:
        """Claim the first free order of the queue (or one whose lease expired).

        Returns the order now in picking, the current one if this station already holds
        an order, or None when the queue is empty.
        """
        raise NotImplementedError

    def take_order(self, number: str) -> OrderView:
        """Claim the order with this number (an order barcode scan does the same).

        A lead may take over an order another station holds; anyone may take one whose
        lease expired. Raises StationError with the reason otherwise.
        """
        raise NotImplementedError

    def take_batch(self, max_orders: int | None = None, *, max_units: int = BATCH_MAX_UNITS) -> list[OrderView]:
        """Claim up to ``max_orders`` small orders for one walk, tote slots 1..N."""
        raise NotImplementedError

    def release_claim(self, number: str, actor: Actor | None = None) -> OrderView:
        """A lead frees an order held by any station (e.g. one that crashed).

        ``actor`` defaults to the signed-in person; it must be a lead or admin.
        """
        raise NotImplementedError

    # --- where we are -----------------------------------------------------------------

    def resume(self) -> StationState:
        """The station's state from the database: exactly where the order was."""
        raise NotImplementedError

    def state(self) -> StationState:
        """Same as :meth:`resume` (a name for refreshing the screen)."""
        return self.resume()

    def pick_list(self) -> list[PickStep]:
        """The walk for the orders in picking: by bin in walking order, done steps too."""
        raise NotImplementedError

    # --- the scanner ------------------------------------------------------------------

    def handle_scan(self, raw: str) -> ScanVerdict:
        """Apply one scan to the current phase; the scan event is committed before return."""
        raise NotImplementedError

    # --- pick, pack, ship -------------------------------------------------------------

    def short_pick(self, reason: str = "bin empty") -> OrderView:
        """The current step's bin is short: record it and put its order on hold."""
        raise NotImplementedError

    def acknowledge_note(self) -> OrderView:
        """The packer read the customer note of the order being packed."""
        raise NotImplementedError

    def confirm_gift_step(self, step: str) -> OrderView:
        """Record one gift step done: ``gift_slip``, ``card`` or ``wrap``."""
        raise NotImplementedError

    def override_line(self, line_id: int, lead_badge: str) -> OrderView:
        """A lead vouches for a line without scanning its units; recorded with their name."""
        raise NotImplementedError

    def undo_last_scan(self) -> ScanVerdict:
        """Reverse the last accepted unit scan (pick or verify) of the current order."""
        raise NotImplementedError

    def print_documents(
        self, *, carrier: str | None = None, service: str | None = None, weight_g: int | None = None
    ) -> tuple[PrintOutcome, ...]:
        """Print (or reprint) the packing slip and the shipping label of the packed order."""
        raise NotImplementedError

    def reprint_slip(self) -> PrintOutcome:
        raise NotImplementedError

    def reprint_label(self) -> PrintOutcome:
        raise NotImplementedError

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
        raise NotImplementedError
