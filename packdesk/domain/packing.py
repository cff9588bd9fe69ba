"""The pack-side rules of the station, in plain Python: unit verification, completeness,
note acknowledgement, gift steps, lead override and undo.

Each rule takes the order's state as small values and returns an outcome; the services
apply the outcome to storage. Verifications count per order line (issue 18).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .errors import DomainError
from .picking import Item, same_style
from .say import say

# The gift steps, in the order the UI shows them.
GIFT_STEPS = ("gift_slip", "card", "wrap")


class RuleRefused(DomainError):
    """A station action the rules refuse; the message says why in one sentence."""


@dataclass(frozen=True)
class PackLine:
    """One order line as the packing rules see it."""

    id: int
    sku: str  # the SKU to pack
    quantity: int
    name: str = ""
    attributes: Mapping[str, str] = field(default_factory=dict)
    verified: int = 0
    short: int = 0
    overridden_by: str | None = None

    @property
    def to_verify(self) -> int:
        return self.quantity - self.short

    @property
    def done(self) -> bool:
        """Verified in full, or overridden by a lead."""
        return self.overridden_by is not None or self.verified >= self.to_verify


@dataclass(frozen=True)
class OtherOrder:
    """Another order at the station (a batch): its number, tote slot and SKUs."""

    number: str
    tote_slot: int | None
    skus: frozenset[str]


class PackVerdict(enum.StrEnum):
    VERIFIED = "verified"
    OVER_SCAN = "over_scan"
    WRONG_VARIANT = "wrong_variant"
    WRONG_ITEM = "wrong_item"
    OTHER_ORDER = "other_order"


@dataclass(frozen=True)
class UnitCheck:
    """What an item scan does in the pack: ``line`` is the line it counts for (verified)
    or the line the packer should look at (refusals); ``other`` the order it belongs to."""

    verdict: PackVerdict
    line: PackLine | None = None
    other: OtherOrder | None = None
    complete: bool = False  # VERIFIED: every line is done now

    @property
    def accepted(self) -> bool:
        return self.verdict is PackVerdict.VERIFIED


def all_done(lines: Sequence[PackLine]) -> bool:
    return all(line.done for line in lines)


def verify_unit(lines: Sequence[PackLine], product: Item,
                others: Sequence[OtherOrder] = ()) -> UnitCheck:
    """One unit of ``product`` scanned for the order with ``lines``."""
    open_lines = [line for line in lines if not line.done]
    matching = [line for line in lines if line.sku == product.sku]
    target = next((line for line in matching if not line.done), None)
    if target is None and matching:
        return UnitCheck(PackVerdict.OVER_SCAN, matching[0])
    if target is None:
        variant_of = [line for line in (open_lines or lines)
                      if same_style(product, line.sku, line.name, line.attributes)]
        if variant_of:
            return UnitCheck(PackVerdict.WRONG_VARIANT, variant_of[0])
        first_open = open_lines[0] if open_lines else None
        for other in others:
            if product.sku in other.skus:
                return UnitCheck(PackVerdict.OTHER_ORDER, first_open, other)
        return UnitCheck(PackVerdict.WRONG_ITEM, first_open)
    after = [line if line.id != target.id else _with(line, verified=line.verified + 1)
             for line in lines]
    return UnitCheck(PackVerdict.VERIFIED, target, complete=all_done(after))


def verified_at_pick(lines: Sequence[PackLine],
                     picked: Mapping[int, int]) -> tuple[tuple[PackLine, ...], bool]:
    """Where the picker is the packer: each unit scanned from its bin into the order counts
    as verified for packing (no second scan of the same unit). ``picked`` is units picked
    by line id; returns the lines after and whether every line is done."""
    after = tuple(
        _with(line, verified=max(line.verified, min(picked.get(line.id, 0), line.to_verify)))
        for line in lines)
    return after, all_done(after)


def _with(line: PackLine, *, verified: int | None = None,
          overridden_by: str | None = None) -> PackLine:
    return PackLine(
        id=line.id, sku=line.sku, quantity=line.quantity, name=line.name,
        attributes=line.attributes,
        verified=line.verified if verified is None else verified, short=line.short,
        overridden_by=line.overridden_by if overridden_by is None else overridden_by,
    )


# --- lead override -----------------------------------------------------------------------


class OverrideVerdict(enum.StrEnum):
    OVERRIDDEN = "overridden"
    NEEDS_LEAD = "needs_lead"  # the badge is not a lead's
    ALREADY_PACKED = "already_packed"  # nothing left to override


@dataclass(frozen=True)
class Override:
    verdict: OverrideVerdict
    line: PackLine | None = None
    complete: bool = False


def override(lines: Sequence[PackLine], lead: str, *, is_lead: bool,
             line_id: int | None = None) -> Override:
    """A lead vouches for a line (``line_id``, or the first line not done)."""
    if not is_lead:
        return Override(OverrideVerdict.NEEDS_LEAD)
    if line_id is None:
        line = next((ln for ln in lines if not ln.done), None)
        if line is None:
            return Override(OverrideVerdict.ALREADY_PACKED)
    else:
        line = next((ln for ln in lines if ln.id == line_id), None)
        if line is None:
            raise RuleRefused(say("the order has no such line"))
    after = [ln if ln.id != line.id else _with(ln, overridden_by=lead) for ln in lines]
    return Override(OverrideVerdict.OVERRIDDEN, line, complete=all_done(after))


# --- note, gift steps, what shipping needs ------------------------------------------------


def check_note_acknowledgement(number: str, customer_note: str) -> None:
    if not customer_note.strip():
        raise RuleRefused(say("order {number} has no customer note", number=number))


def check_gift_step(number: str, step: str, *, gift: bool) -> None:
    if step not in GIFT_STEPS:
        raise RuleRefused(f"unknown gift step {step!r}; the steps are {', '.join(GIFT_STEPS)}")
    if not gift:
        raise RuleRefused(say("order {number} is not a gift", number=number))


# Kept with the gift steps done (``orders.gift_steps``): the message card came out of the printer.
CARD_PRINTED = "card_printed"


def check_card_printed(number: str, *, message: str, card_printed: bool,
                       slip_printed: bool) -> None:
    """"Message card in" is confirmed once the message is on paper: the card printed, or the
    slip, which carries the message too. An order with no message has nothing to print."""
    if message.strip() and not (card_printed or slip_printed):
        raise RuleRefused(say("print the message card of order {number} first (Ctrl+P): "
                              "the card goes in with the message printed", number=number))


def gift_steps_missing(gift: bool, done: Sequence[str]) -> tuple[str, ...]:
    if not gift:
        return ()
    return tuple(step for step in GIFT_STEPS if step not in done)


def missing_for_print(*, customer_note: str, note_acknowledged: bool) -> tuple[str, ...]:
    """What must be settled before an order's documents print: codes as for shipping.

    The customer note may change what prints ("no invoice in the box please"): slip and
    label wait until the packer has read it. Carrier, service and weight are settled at
    print time; a change after it asks for a reprint (``relabel`` in ``missing_for_ship``).
    """
    if customer_note.strip() and not note_acknowledged:
        return ("note",)
    return ()


def missing_for_ship(*, all_verified: bool, customer_note: str, note_acknowledged: bool,
                     gift: bool, gift_steps_done: Sequence[str],
                     label_printed: bool, needs_label: bool = True,
                     label_matches: bool = True) -> tuple[str, ...]:
    """What still stands between an order and its shipping: codes the UI translates.

    ``verify`` (units left), ``note`` (acknowledge the customer note), ``gift_slip``,
    ``card``, ``wrap`` (gift steps), ``label`` (print the shipping label), ``relabel``
    (carrier, service or weight changed after the label printed: reprint it). An order
    collected at the store (``needs_label`` false) ships without a label.
    """
    missing: list[str] = []
    if not all_verified:
        missing.append("verify")
    if customer_note.strip() and not note_acknowledged:
        missing.append("note")
    missing.extend(gift_steps_missing(gift, gift_steps_done))
    if needs_label and not label_printed:
        missing.append("label")
    elif needs_label and not label_matches:
        missing.append("relabel")
    return tuple(missing)


MISSING_TEXT = {
    "verify": "units left to verify",
    "note": "the customer note is not acknowledged",
    "gift_slip": "gift slip not confirmed",
    "card": "message card not confirmed",
    "wrap": "gift wrap not confirmed",
    "label": "the shipping label is not printed",
    "relabel": "the shipment changed after its label printed: reprint the label",
}

# What a lead's badge waives: the printed label (missing or not matching the shipment).
LABEL_CODES = ("label", "relabel")


def check_can_ship(number: str, missing: Sequence[str], *, label_waived: bool) -> None:
    """Raise RuleRefused naming what is missing; a lead's waiver covers the label only."""
    left = [m for m in missing if not (m in LABEL_CODES and label_waived)]
    if left:
        raise RuleRefused(
            f"order {number} cannot ship yet: " + ", ".join(MISSING_TEXT.get(m, m) for m in left))


# --- undo --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedScan:
    """An accepted or undone unit scan from the scan log, newest first when listed."""

    id: int
    undone: bool  # an UNDONE event (``detail["undoes"]`` names the scan it reversed)
    detail: Mapping[str, object]


def undo_target(events: Sequence[LoggedScan], action: str) -> LoggedScan | None:
    """The newest accepted ``action`` ("pick" or "verify") scan not undone yet.

    ``events`` newest first.
    """
    undone = {e.detail.get("undoes") for e in events if e.undone}
    return next(
        (e for e in events
         if not e.undone and e.id not in undone and e.detail.get("action") == action),
        None,
    )


class UndoVerdict(enum.StrEnum):
    UNDO_PICK = "pick"
    UNDO_VERIFY = "verify"
    ALREADY_PACKED = "already_packed"  # documents printed: a lead holds it to repack
    NOTHING = "nothing"


def undo_action(phase: str, pack_status: str | None) -> UndoVerdict:
    """Which kind of scan an undo reverses in ``phase`` ("pick", "pack", other)."""
    if phase == "pick":
        return UndoVerdict.UNDO_PICK
    if phase == "pack":
        if pack_status == "packed":
            return UndoVerdict.ALREADY_PACKED
        return UndoVerdict.UNDO_VERIFY
    return UndoVerdict.NOTHING
