"""What the station shows: read-only view objects built from the rows a scan already read.

Kept apart from the use cases so that the printers (``services.printing``, the hardware
renderers) and the screens import these values without importing the station's service.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from packdesk.domain.finishing import SlipLink, ThankYouCard
from packdesk.domain.model import Order, ScanOutcome, Shipment
from packdesk.domain.packing import (
    GIFT_STEPS,
    gift_steps_missing,
    missing_for_print,
    missing_for_ship,
)

from .auth import Actor
from .orders import OrderSummary
from .outbox import PICKUP_METHOD

__all__ = [
    "GIFT_STEPS", "PACKING_SLIP", "SHIPPING_LABEL", "ItemRef", "LineView", "OrderView", "Phase",
    "PickStep", "PrintOutcome", "QueueView", "ScanVerdict", "ShipResult", "StationState",
    "StopReason", "ToteSlot",
]

PACKING_SLIP = "packing_slip"
SHIPPING_LABEL = "shipping_label"
THANK_YOU_CARD = "thank_you_card"


@dataclass(frozen=True)
class PrintOutcome:
    """How one print job went.

    ``document`` is ``"packing_slip"`` or ``"shipping_label"``; ``destination`` names the
    printer or folder ("tcp://10.0.0.5:9100", "/home/pat/printed"); ``message`` says why a
    job failed, in plain English, for the status bar.
    """

    document: str
    ok: bool
    destination: str = ""
    message: str = ""


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
    # The bin the packer stands at has no more of the item (another station took the last
    # unit): ``got`` names that bin, ``expected`` the bin to go to now (the same bin when
    # there is none: report a short pick).
    BIN_EMPTIED = "bin_emptied"


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
class QualityPending:
    """The unit waiting for its quality checks (issue 24): its line and the checks, each
    with whether it is confirmed, in the order the screen numbers them."""

    line_id: int
    sku: str
    name: str
    checks: tuple[tuple[str, bool], ...]


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
    override_requested: int | None = None  # the line a lead's badge scan would override
    printed_shipment: Shipment | None = None  # what the label that printed says
    quality: QualityPending | None = None  # a verified unit waiting for its checks
    # Set when the documents are about to print (services/finishing.py): the slip's QR
    # links and the thank-you card, as the admin's settings make them for this order.
    slip_links: tuple[SlipLink, ...] = ()
    card: ThankYouCard | None = None

    @property
    def needs_label(self) -> bool:
        """False for an order the customer collects at the store: no carrier, no label."""
        return self.shipping_method != PICKUP_METHOD

    @property
    def label_matches(self) -> bool:
        """The printed label shows the shipment as it stands (carrier, service, tracking,
        weight); True when no label printed."""
        return (self.printed_shipment is None or self.pending_shipment is None
                or same_label(self.printed_shipment, self.pending_shipment))

    @property
    def documents_unsettled(self) -> tuple[str, ...]:
        """What must be settled before the documents print (``note``), or ()."""
        return missing_for_print(customer_note=self.customer_note,
                                 note_acknowledged=self.note_acknowledged)

    @property
    def has_note(self) -> bool:
        return bool(self.customer_note.strip())

    @property
    def note_acknowledged(self) -> bool:
        return self.note_acknowledged_by is not None

    @property
    def gift_steps_missing(self) -> tuple[str, ...]:
        return gift_steps_missing(self.gift, self.gift_steps_done)

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
        """What still stands between this order and ``ship()``: codes the UI translates
        (see ``domain.packing.missing_for_ship``)."""
        return missing_for_ship(
            all_verified=self.all_verified, customer_note=self.customer_note,
            note_acknowledged=self.note_acknowledged, gift=self.gift,
            gift_steps_done=self.gift_steps_done, label_printed=self.label_printed,
            needs_label=self.needs_label, label_matches=self.label_matches,
        )


def same_label(printed: Shipment, wanted: Shipment) -> bool:
    """The label printed for ``printed`` is right for ``wanted``."""
    return ((printed.carrier, printed.service, printed.tracking_number, printed.weight_g)
            == (wanted.carrier, wanted.service, wanted.tracking_number, wanted.weight_g))


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
