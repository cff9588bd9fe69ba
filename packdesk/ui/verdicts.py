"""A scan verdict in the packer's words: banner colour, headline and detail, translated.

The station service returns structured verdicts (what was expected, what was scanned);
the words are made here, through ``QCoreApplication.translate``, so every warehouse
reads them in its own language. A refusal always names both sides: "Wrong size:
expected Hoodie navy L, scanned Hoodie navy M", and every refusal says what was scanned
(a badge only as "a badge": it is a credential).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from packdesk.domain.model import ScanOutcome
from packdesk.services.printing import PrintOutcome
from packdesk.services.station import ItemRef, Phase, ScanVerdict, StopReason

from .feedback import FeedbackKind
from .words import said


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("verdict", text, disambiguation, n)


@dataclass(frozen=True)
class Feedback:
    kind: FeedbackKind
    headline: str
    detail: str = ""


def item_text(item: ItemRef | None) -> str:
    """"Hoodie navy L": the name, plus colour and size when the name does not say them."""
    if item is None:
        return ""
    name = item.name or item.sku
    extra = [v for v in (item.color, item.size) if v and v.casefold() not in name.casefold()]
    text = " ".join([name, *extra]).strip()
    return text or item.bin_code or item.order_number


def stop_text(reason: StopReason, verdict: ScanVerdict | None = None) -> str:
    texts = {
        StopReason.NOT_SIGNED_IN: tr("Scan your badge first"),
        StopReason.SIGNED_OUT_IDLE: tr("Signed out after a pause: scan your badge"),
        StopReason.NO_ORDER: tr("No order in hand: press F2 for the next order or scan an order"),
        StopReason.ORDER_NOT_FOUND: tr("No order with this number"),
        StopReason.ORDER_NOT_AVAILABLE: tr("This order cannot be taken now"),
        StopReason.FINISH_CURRENT: tr("Finish the order in hand first"),
        StopReason.SCAN_BIN_FIRST: tr("Scan the bin label first"),
        StopReason.ORDER_ON_HOLD: tr("The order was put on hold"),
        StopReason.ORDER_CANCELLED: tr("The order was cancelled: put the items back"),
        StopReason.CLAIM_LOST: tr("Another station or a lead took this order over"),
        StopReason.NEEDS_LEAD: tr("This needs a lead's badge"),
        StopReason.ALREADY_PACKED: tr("Everything is scanned: print and ship (F10)"),
        StopReason.NOTHING_TO_UNDO: tr("Nothing to undo"),
        StopReason.BIN_EMPTIED: tr("This bin has no more of the item"),
    }
    return texts.get(reason, "")


def _variant_headline(expected: ItemRef | None, got: ItemRef | None) -> str:
    if expected and got:
        size_differs = (expected.size or "") != (got.size or "")
        color_differs = (expected.color or "") != (got.color or "")
        if size_differs and not color_differs:
            return tr("Wrong size")
        if color_differs and not size_differs:
            return tr("Wrong colour")
        if color_differs and size_differs:
            return tr("Wrong colour and size")
    return tr("Wrong variant")


def _expected_scanned(verdict: ScanVerdict) -> str:
    expected, got = item_text(verdict.expected), item_text(verdict.got) or verdict.raw
    if expected:
        return tr("expected {expected}, scanned {got}").format(expected=expected, got=got)
    return tr("scanned {got}").format(got=got)


def print_problems(printed: tuple[PrintOutcome, ...]) -> str:
    failed = [p for p in printed if not p.ok]
    names = {"packing_slip": tr("Packing slip"), "shipping_label": tr("Shipping label"),
             "gift_card": tr("Message card"), "thank_you_card": tr("Thank-you card")}
    return "; ".join(
        tr("{document} did not print: {message}").format(
            document=names.get(p.document, p.document),
            message=said(p.message) if p.message else tr("unknown error"))
        for p in failed)


def scanned_code(verdict: ScanVerdict) -> str:
    """The scanned code as it can be shown: control characters visible, cut short."""
    if verdict.kind == "badge":
        return tr("a badge")
    text = verdict.raw.strip()
    visible = "".join(ch if ch.isprintable() else f"<{ord(ch):02X}>" for ch in text)
    return visible if len(visible) <= 48 else visible[:47] + "…"


def _already(verdict: ScanVerdict) -> tuple[int, int] | None:
    """(done, ordered) when the scanned item's line is already complete, else None."""
    got, order = verdict.got, verdict.order
    if got is None or not got.sku or order is None:
        return None
    if verdict.phase is Phase.PICK:
        lines = [ln for ln in order.lines if got.sku == ln.sku]
        done = sum(ln.picked + ln.short for ln in lines)
    else:
        lines = [ln for ln in order.lines if got.sku in (ln.sku, ln.sku_to_pack)]
        done = sum(ln.progress[0] for ln in lines)
    ordered = sum(ln.quantity for ln in lines)
    if not lines or done < ordered:
        return None
    return min(done, ordered), ordered


def feedback_for(verdict: ScanVerdict) -> Feedback:
    """The verdict in words; a refusal always says what was scanned."""
    feedback = _feedback_for(verdict)
    if (verdict.accepted or feedback.kind not in (FeedbackKind.REFUSE, FeedbackKind.WARN)
            or verdict.outcome is ScanOutcome.QUALITY_FAILED):  # a key, not a scanned item
        return feedback
    code = scanned_code(verdict)
    said = f"{feedback.headline} {feedback.detail}"
    if not code or code in said or (verdict.kind != "badge" and verdict.raw.strip() in said):
        return feedback
    echo = tr("scanned {code}").format(code=code)
    detail = f"{feedback.detail} · {echo}" if feedback.detail else echo
    return Feedback(feedback.kind, feedback.headline, detail)


def _feedback_for(verdict: ScanVerdict) -> Feedback:
    outcome = verdict.outcome
    expected = item_text(verdict.expected)
    got = item_text(verdict.got) or verdict.raw

    already = _already(verdict) if not verdict.accepted and outcome in (
        ScanOutcome.WRONG_BIN, ScanOutcome.WRONG_ITEM, ScanOutcome.WRONG_VARIANT,
        ScanOutcome.OVER_SCAN) else None
    if already is not None:
        done, ordered = already
        return Feedback(FeedbackKind.REFUSE, tr("Too many"),
                        tr("{item}: already {done} of {ordered}").format(
                            item=got, done=done, ordered=ordered))
    if outcome is ScanOutcome.WRONG_VARIANT:
        return Feedback(FeedbackKind.REFUSE, _variant_headline(verdict.expected, verdict.got),
                        _expected_scanned(verdict))
    if outcome is ScanOutcome.WRONG_ITEM:
        return Feedback(FeedbackKind.REFUSE, tr("Wrong item"), _expected_scanned(verdict))
    if outcome is ScanOutcome.WRONG_BIN and verdict.reason is StopReason.BIN_EMPTIED:
        emptied = verdict.got.bin_code if verdict.got else ""
        sku = verdict.got.sku if verdict.got else ""
        go_to = verdict.expected.bin_code if verdict.expected else ""
        return Feedback(FeedbackKind.REFUSE,
                        tr("{bin} has no more {sku}").format(bin=emptied, sku=sku),
                        tr("go to {bin}, scan its label, then the item").format(bin=go_to)
                        if go_to and go_to != emptied else
                        tr("no other bin has it: report a short pick (F9)"))
    if outcome is ScanOutcome.WRONG_BIN and verdict.reason is StopReason.SCAN_BIN_FIRST:
        expected_bin = verdict.expected.bin_code if verdict.expected else ""
        return Feedback(FeedbackKind.REFUSE, tr("Scan the bin label first"),
                        tr("go to bin {bin}, scan its label, then the item").format(
                            bin=expected_bin) if expected_bin else got)
    if outcome is ScanOutcome.WRONG_BIN:
        expected_bin = verdict.expected.bin_code if verdict.expected else ""
        got_bin = (verdict.got.bin_code if verdict.got else "") or verdict.raw
        return Feedback(FeedbackKind.REFUSE, tr("Wrong bin"),
                        tr("expected {expected}, scanned {got}").format(
                            expected=expected_bin or expected, got=got_bin))
    if outcome is ScanOutcome.OVER_SCAN:
        detail = tr("{item}: all {count} are already scanned").format(
            item=got, count=verdict.expected.quantity if verdict.expected else "")
        if verdict.expected is None or not verdict.expected.quantity:
            detail = tr("{item}: none more is needed").format(item=got)
        return Feedback(FeedbackKind.REFUSE, tr("Too many"), detail)
    if outcome is ScanOutcome.OTHER_ORDER:
        other = verdict.got.order_number if verdict.got else ""
        return Feedback(FeedbackKind.REFUSE, tr("Not in this order"),
                        tr("{item} belongs to order {other}").format(item=got, other=other)
                        if other else tr("{item} is not in this order").format(item=got))
    if outcome is ScanOutcome.UNKNOWN_CODE:
        detail = said(verdict.message) or tr("scanned {got}").format(got=verdict.raw)
        return Feedback(FeedbackKind.REFUSE, tr("Unknown code"), detail)

    if outcome is ScanOutcome.SIGNED_IN and verdict.actor is not None:
        return Feedback(FeedbackKind.ACCEPT, tr("Welcome, {name}").format(name=verdict.actor.name),
                        tr("Press F2 for the next order, or scan an order barcode"))
    if outcome is ScanOutcome.ORDER_TAKEN and verdict.order is not None:
        return Feedback(FeedbackKind.ACCEPT,
                        tr("Order {number} is yours").format(number=verdict.order.number),
                        tr("Go to the first bin"))
    if outcome is ScanOutcome.BIN_CONFIRMED:
        step = verdict.next_step
        detail = ""
        if step is not None:
            detail = tr("Take {count} × {item}").format(
                count=step.remaining,
                item=item_text(ItemRef(sku=step.sku, name=step.name, color=step.color,
                                       size=step.size)))
        bin_code = ((verdict.got.bin_code if verdict.got else "")
                    or (verdict.expected.bin_code if verdict.expected else "") or verdict.raw)
        return Feedback(FeedbackKind.ACCEPT, tr("Bin {bin} ✓").format(bin=bin_code), detail)
    if outcome is ScanOutcome.QUALITY_FAILED:
        go_to = verdict.expected.bin_code if verdict.expected else ""
        headline = tr("Set {item} aside: {reason}").format(item=expected,
                                                           reason=verdict.message)
        if go_to:
            return Feedback(FeedbackKind.WARN, headline,
                            tr("take a replacement from bin {bin} and scan it").format(bin=go_to))
        return Feedback(FeedbackKind.WARN, headline,
                        tr("no bin has another: the order is on hold for a lead"))
    if outcome is ScanOutcome.QUALITY_CHECK:
        pending = verdict.order.quality if verdict.order is not None else None
        left = sum(1 for _text, passed in pending.checks if not passed) if pending else 0
        return Feedback(FeedbackKind.ACCEPT, tr("Check passed"),
                        tr("%n check(s) left", "", left))
    if (outcome is ScanOutcome.ACCEPTED and verdict.order is not None
            and verdict.order.quality is not None):
        count = len(verdict.order.quality.checks)
        return Feedback(FeedbackKind.ACCEPT, tr("Check {item}").format(item=got),
                        tr("Alt+1…Alt+{count}: each check passes · Alt+0: all pass · "
                           "F9: a check failed").format(count=count))
    if outcome is ScanOutcome.ACCEPTED:
        if verdict.order_complete:
            order = verdict.order
            if order is not None and order.documents_unsettled and not verdict.printed:
                detail = tr("Read the customer note, then F6: slip and label print after it")
            elif order is not None and [m for m in order.missing_for_ship()
                                        if m not in ("label", "relabel")]:
                detail = print_problems(verdict.printed) or tr(
                    "Slip and label are printing: see Still to do before Ship")
            else:
                detail = print_problems(verdict.printed) or tr(
                    "Slip and label are printing: check carrier and weight, then Ship (F10)")
            kind = FeedbackKind.COMPLETE if not print_problems(verdict.printed) else FeedbackKind.WARN
            number = verdict.order.number if verdict.order else ""
            return Feedback(kind, tr("Order {number} complete").format(number=number), detail)
        if verdict.tote_slot is not None and verdict.phase is Phase.PICK:
            # In a batch the slot matters most, even for the walk's last unit.
            headline = tr("Put it in slot {slot}").format(slot=verdict.tote_slot)
            if verdict.pick_complete:
                return Feedback(FeedbackKind.COMPLETE, headline,
                                tr("{item} · the pick is complete: pack it now").format(item=got))
            return Feedback(FeedbackKind.ACCEPT, headline, got)
        if verdict.pick_complete:
            return Feedback(FeedbackKind.COMPLETE, tr("Picked: {item}").format(item=got),
                            tr("The pick is complete: pack it now"))
        if verdict.phase is Phase.PICK:
            return Feedback(FeedbackKind.ACCEPT, tr("Picked: {item}").format(item=got),
                            tr("Next bin") if verdict.bin_done else "")
        line_progress = ""
        if verdict.order is not None and verdict.expected is not None:
            for line in verdict.order.lines:
                if line.sku_to_pack == verdict.expected.sku or line.sku == verdict.expected.sku:
                    done, total = line.progress
                    line_progress = tr("{done} of {total}").format(done=min(done, total), total=total)
                    break
        return Feedback(FeedbackKind.ACCEPT, tr("OK: {item}").format(item=got), line_progress)
    if outcome is ScanOutcome.OVERRIDE:
        who = ""
        if verdict.order is not None and verdict.expected is not None:
            who = next((line.overridden_by or "" for line in verdict.order.lines
                        if verdict.expected.sku in (line.sku, line.sku_to_pack)), "")
        headline = (tr("Line overridden by {lead}").format(lead=who) if who
                    else tr("Line overridden"))
        return Feedback(FeedbackKind.WARN, headline, expected)
    if outcome is ScanOutcome.SHORT_PICK:
        return Feedback(FeedbackKind.WARN, tr("Short pick recorded"),
                        tr("The order is on hold for a lead"))
    if outcome is ScanOutcome.UNDONE:
        return Feedback(FeedbackKind.WARN, tr("Undone"),
                        tr("The last scan of {item} is taken back: put it back").format(
                            item=expected or got))
    # IGNORED, or a refusal the service explained with a reason.
    text = stop_text(verdict.reason, verdict)
    if verdict.accepted:
        return Feedback(FeedbackKind.ACCEPT, text or tr("OK"), said(verdict.message))
    return Feedback(FeedbackKind.WARN, text or tr("Scan not used"), said(verdict.message))
