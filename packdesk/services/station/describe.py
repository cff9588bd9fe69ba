"""A scan's verdict in one line of plain English, for the command line and the simulator
(the window builds its own translated texts from the same values)."""

from __future__ import annotations

from packdesk.domain.model import ScanOutcome

from ..views import ItemRef, Phase, ScanVerdict, StopReason


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
    if outcome is ScanOutcome.QUALITY_FAILED:
        item = _item_text(expected) if expected else "the unit"
        where = (f"take a replacement from bin {expected.bin_code}" if expected and expected.bin_code
                 else "no bin has another: the order is on hold for a lead")
        return f"Quality check failed ({verdict.message}): set {item} aside; {where}."
    if outcome is ScanOutcome.QUALITY_CHECK:
        return "Quality check passed."
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
    if reason is StopReason.BIN_EMPTIED and got:
        go_to = expected.bin_code if expected else ""
        if go_to and go_to != got.bin_code:
            return f"{got.bin_code} has no more {got.sku}: go to {go_to}."
        return f"{got.bin_code} has no more {got.sku} and no other bin has it: report a short pick."
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
        pending = verdict.order.quality if verdict.order else None
        if pending is not None:
            checks = ", ".join(text for text, _passed in pending.checks)
            return f"{_item_text(got)}: confirm its quality checks ({checks})."
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
