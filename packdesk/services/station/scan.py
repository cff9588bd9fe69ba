"""The scanner's one entry point: a scan applied to the station's phase (sign-in, queue,
pick, pack), judged by the rules of ``packdesk.domain`` and logged in the same transaction."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from packdesk.domain.errors import DomainError
from packdesk.domain.model import MovementReason, OrderStatus, Role, ScanOutcome
from packdesk.domain.packing import OtherOrder, PackVerdict, verified_at_pick, verify_unit
from packdesk.domain.picking import (
    Item,
    PickVerdict,
    confirm_bin,
    line_picked,
    live_confirmation,
    pick_unit,
)
from packdesk.domain.quality import parse_qc_command
from packdesk.domain.say import say, sentence
from packdesk.domain.scancodes import UNDO_CODES, ScannedCode, classify
from packdesk.persistence.tables import OrderRow, StockMovementRow

from .. import claims, payments, picking
from ..auth import Actor
from ..labelscan import is_label_of, printed_tracking
from ..store import StationStore
from ..uow import with_retry
from ..views import (
    SHIPPING_LABEL,
    ItemRef,
    Phase,
    PrintOutcome,
    ScanVerdict,
    StationState,
    StopReason,
)
from .core import StationError, _item_ref, _line_ref, _Outcome, _stop_ref, pack_lines
from .quality import StationQuality

log = logging.getLogger(__name__)


class StationScanner(StationQuality):
    """Scans."""

    # --- the scanner ------------------------------------------------------------------

    def handle_scan(self, raw: str) -> ScanVerdict:
        """Apply one scan to the current phase; the scan event is committed before return."""
        return self._handle_scan(raw)[0]

    def handle_scan_and_state(
        self, raw: str, ship_with: tuple[str, int, str] | None = None,
    ) -> tuple[ScanVerdict, StationState]:
        """:meth:`handle_scan` and the station's state after it, for the window.

        The state is the one read in the scan's own transaction (a second read for the
        screen was a third of the time from scan to feedback). It is read again when the
        documents printed (the scan completed the order) or the scan changed who is signed
        in (a badge: the state was read for the person before).

        ``ship_with`` is the ship bar's carrier, weight and tracking number: if the scan is
        the order's shipping label, it ships with them, as F10 would.
        """
        verdict, state = self._handle_scan(raw, ship_with)
        if state is None or state.actor != self.actor:
            state = self.state()
        return verdict, state

    def _handle_scan(self, raw: str, ship_with: tuple[str, int, str] | None = None,
                     ) -> tuple[ScanVerdict, StationState | None]:
        if raw.strip().upper() in UNDO_CODES and self.actor is not None:
            # A command, not an item: the window, the simulator and a headless caller alike.
            return self.undo_last_scan(), None
        code = classify(raw)
        verdict, state = with_retry(lambda: self._apply_scan(code))
        if verdict.outcome is ScanOutcome.LABEL:
            return self._ship_by_label(verdict, ship_with), None
        if (verdict.order_complete and self.printer is not None and self.print_on_complete
                and verdict.order is not None and not verdict.order.documents_unsettled):
            # With a customer note to read, the documents wait for its acknowledgement.
            try:
                printed = self.print_documents()
            except DomainError as error:
                printed = (PrintOutcome(SHIPPING_LABEL, False, message=str(error)),)
            with self._reading() as uow:
                row = uow.station.order(verdict.order.id) if verdict.order else None
                order = self._view(uow.station, row) if row is not None else verdict.order
            return replace(verdict, printed=printed, order=order), None
        return verdict, state

    def _ship_by_label(self, verdict: ScanVerdict,
                       ship_with: tuple[str, int, str] | None) -> ScanVerdict:
        """The order's own label was scanned: ship it, by the same path as F10 (with the
        ship bar's carrier, weight and tracking when the window gives them, else as the
        label says). A refusal (a reprint is due, a gift step is left) keeps it packed."""
        carrier, weight_g, tracking = ship_with or ("", 0, "")
        try:
            result = self.ship(carrier or None, None, weight_g or None, tracking or None)
        except DomainError as error:
            return replace(verdict, accepted=False, reason=StopReason.NOT_SHIPPED,
                           message=sentence(error), next_phase=Phase.PACK)
        return replace(verdict, order=result.order, shipped=result, message="",
                       next_phase=Phase.QUEUE)

    def _apply_scan(self, code: ScannedCode) -> tuple[ScanVerdict, StationState]:
        try:
            return self._apply_scan_once(code)
        except BaseException:
            self._catalog.clear()  # it may have followed writes that were rolled back
            raise

    def _apply_scan_once(self, code: ScannedCode) -> tuple[ScanVerdict, StationState]:
        """One scan in one transaction: the orders in hand and their lines are read once
        (with the stock version), the rest comes from the station's cache."""
        actor = self.actor
        with self._lock:
            idle = self._signed_out_idle
        with self._writing() as uow:
            store = uow.station
            now = self.clock()
            held, version = store.held_with_lines(self.station_name, claims.IN_HAND + _STOPPED)
            self._sync_catalog(store, version, known=True)
            stopped = [r for r in held if r.status not in claims.IN_HAND]
            rows = [r for r in held if r.status in claims.IN_HAND]
            phase = self._phase_of(actor, rows)
            if actor is None:
                result = self._scan_signed_out(code, idle)
                if result.outcome is ScanOutcome.SIGNED_IN:
                    actor = self._actor
                    phase = Phase.SIGN_IN
            elif stopped:
                result = self._stop_order(stopped[0])
            else:
                lost = self._lost_order(store, rows)
                if lost is not None:
                    result = lost
                elif phase is Phase.QUEUE:
                    result = self._scan_in_queue(store, code, actor, now)
                elif phase is Phase.PICK:
                    result = self._scan_in_pick(store, code, actor, now, rows)
                else:
                    result = self._scan_in_pack(store, code, actor, now, rows)
            if result.order is None and len(rows) == 1:
                result.order = rows[0]
            self._renew(rows, now)
            if actor is not None and result.accepted:
                # The order is held by who works it: after a switch of user, the scans and
                # the claim are the new person's, not the one who took it.
                for row in rows:
                    if row.claimed_station == self.station_name and row.claimed_user != actor.name:
                        row.claimed_user = actor.name
            for row in rows:
                if row.first_scan_at is None and result.accepted:
                    row.first_scan_at = now
            event = self._scan_event(store, code, phase, result, actor, now)
            store.flush()
            if result.outcome is ScanOutcome.ORDER_TAKEN:
                state = self._state(store, actor)
            else:  # from the rows read above, as the scan left them
                mine = [r for r in held if r.claimed_station == self.station_name]
                state = self._state_of(store, actor,
                                       [r for r in mine if r.status in claims.IN_HAND],
                                       [r for r in mine if r.status in _STOPPED])
            order_view = None
            if result.order is not None:
                order_view = next((v for v in state.orders if v.id == result.order.id), None)
                if order_view is None:
                    order_view = self._view(store, result.order)
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
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=say("this badge is not known here"))
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

    def _lost_order(self, store: StationStore, rows: list[OrderRow]) -> _Outcome | None:
        with self._lock:
            seen = set(self._seen_in_hand)
        gone = seen - {row.id for row in rows}
        for order_id in sorted(gone):
            row = store.order(order_id)
            if row is None or row.status in (OrderStatus.SHIPPED.value,):
                continue
            if row.claimed_station != self.station_name:
                holder = row.claimed_station or say("nobody (released by a lead)")
                return _Outcome(ScanOutcome.IGNORED, reason=StopReason.CLAIM_LOST,
                                message=say("now held by {holder}", holder=holder), order=row)
        return None

    def _scan_in_queue(self, store: StationStore, code: ScannedCode, actor: Actor, now: datetime) -> _Outcome:
        if code.kind == "badge":
            return self._switch_user(code)
        if code.kind == "order":
            try:
                row = self._take_by_number(store, code.key, actor, now)
            except StationError as error:
                exists = store.by_number(code.key) is not None
                return _Outcome(
                    ScanOutcome.IGNORED,
                    reason=StopReason.ORDER_NOT_AVAILABLE if exists else StopReason.ORDER_NOT_FOUND,
                    message=sentence(error) if exists else code.key,
                )
            return _Outcome(ScanOutcome.ORDER_TAKEN, accepted=True, order=row)
        if code.kind == "unknown":
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=code.message)
        return _Outcome(ScanOutcome.IGNORED, reason=StopReason.NO_ORDER)

    def _switch_user(self, code: ScannedCode) -> _Outcome:
        actor = self._badge_actor(code.key)
        if actor is None:
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=say("this badge is not known here"))
        self._set_actor(actor)
        return _Outcome(ScanOutcome.SIGNED_IN, accepted=True, detail={"user": actor.name})

    def _other_order_scan(self, store: StationStore, code: ScannedCode, rows: list[OrderRow]) -> _Outcome:
        if any(r.number == code.key or r.number == "#" + code.key for r in rows):
            return _Outcome(ScanOutcome.IGNORED, message=say("this order is already in hand"))
        first = rows[0]
        return _Outcome(ScanOutcome.OTHER_ORDER, reason=StopReason.FINISH_CURRENT,
                        message=say("scanned order {number}", number=code.key), order=first,
                        got=ItemRef(order_number=code.key))

    def _scan_in_pick(self, store: StationStore, code: ScannedCode, actor: Actor, now: datetime,
                      rows: list[OrderRow]) -> _Outcome:
        picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
        first = picking_rows[0]
        if code.kind == "unknown":
            return _Outcome(ScanOutcome.UNKNOWN_CODE, message=code.message, order=first)
        if code.kind == "order":
            return self._other_order_scan(store, code, rows)
        if code.kind == "badge":
            return _Outcome(ScanOutcome.IGNORED, message=say("badge scanned while picking"), order=first)
        stops = self._walk(store, picking_rows)
        if picking.next_stop(stops) is None:  # cannot happen for long: the order moves on
            return _Outcome(ScanOutcome.IGNORED, message=say("nothing left to pick"), order=first)
        if code.kind == "bin":
            bin_scan = confirm_bin(stops, code.key)
            assert bin_scan.stop is not None
            if bin_scan.verdict is PickVerdict.BIN_CONFIRMED:
                for row in picking_rows:
                    row.confirmed_bin = code.key
                return _Outcome(ScanOutcome.BIN_CONFIRMED, accepted=True, order=first,
                                expected=_stop_ref(bin_scan.stop), detail={"bin": code.key})
            return _Outcome(ScanOutcome.WRONG_BIN, order=first, expected=_stop_ref(bin_scan.stop),
                            got=ItemRef(bin_code=code.key))
        # A product.
        product = self._catalog.product_by_barcode(store, code.key)
        if product is None:
            return _Outcome(ScanOutcome.UNKNOWN_CODE, order=first,
                            message=say("no product has the barcode {code}", code=code.text or code.raw))
        confirmed = live_confirmation(stops, first.confirmed_bin)
        got = _item_ref(product, bin_code=confirmed or "")
        pick = pick_unit(stops, confirmed, product)
        assert pick.expected is not None
        if pick.verdict is PickVerdict.SCAN_BIN_FIRST:
            return _Outcome(ScanOutcome.WRONG_BIN, reason=StopReason.SCAN_BIN_FIRST,
                            order=first, expected=_stop_ref(pick.expected), got=got)
        if pick.verdict is not PickVerdict.PICKED or pick.allocation is None:
            outcome = (ScanOutcome.WRONG_VARIANT if pick.verdict is PickVerdict.WRONG_VARIANT
                       else ScanOutcome.WRONG_ITEM)
            return _Outcome(outcome, order=first, expected=_stop_ref(pick.expected), got=got)
        match, allocation = pick.expected, pick.allocation
        row = next(r for r in picking_rows if r.id == allocation.order_id)
        line = next(line for line in row.lines if line.id == allocation.line_id)
        taken = store.take_unit(match.bin_id, product.id)
        if (not taken and match.bin_id is not None
                and self._catalog.in_stock(product.id, match.bin_id)):
            return self._bin_emptied(store, picking_rows, match.bin_code, product, got)
        line.picked_qty += 1
        self._catalog.picked_one(row.id, product.id, match.bin_id)
        store.add_movement(StockMovementRow(
            at=now, product_id=product.id, bin_id=match.bin_id, delta=-1,
            reason=MovementReason.PICK.value, order_id=row.id, user_name=actor.name,
        ))
        order_complete = False
        if all(line_picked(ln.quantity, ln.picked_qty, ln.short_qty) for ln in row.lines):
            row.change_status(OrderStatus.PACKING)
            row.picked_at = now
            row.confirmed_bin = None
            if len(picking_rows) == 1 and row.batch_id is None:
                order_complete = self._picker_packed(store, row, now)
        # An emptied bin's confirmation is spent (live_confirmation): nothing to write.
        pick_complete = all(r.status != OrderStatus.PICKING.value for r in picking_rows)
        return _Outcome(
            ScanOutcome.ACCEPTED, accepted=True, order=row,
            expected=_stop_ref(match), got=replace(got, bin_code=match.bin_code, quantity=1,
                                                   tote_slot=allocation.tote_slot,
                                                   order_number=row.number),
            tote_slot=allocation.tote_slot if len(picking_rows) > 1 or row.batch_id else None,
            bin_done=pick.bin_done, pick_complete=pick_complete, order_complete=order_complete,
            detail={"action": "pick", "line": line.id, "bin": match.bin_id, "product": product.id,
                    "order": row.id},
        )

    def _picker_packed(self, store: StationStore, row: OrderRow, now: datetime) -> bool:
        """Where the picker is the packer (a station setting), the units just verified at
        pick count as verified for packing: the order is packed. (Not in a batch: there the
        pack scan checks each unit went into the right tote; nor a product with quality
        checks.)"""
        if not store.station_flow(self.station_name).picker_is_packer:
            return False
        # A product with quality checks is still scanned at packing: its checks come with it.
        products = store.products_by_sku({line.sku_to_pack for line in row.lines})
        checked = {sku for sku, item in products.items() if store.quality_checks(item.id, sku)}
        lines, complete = verified_at_pick(pack_lines(row), {
            line.id: line.picked_qty for line in row.lines if line.sku_to_pack not in checked})
        verified = {line.id: line.verified for line in lines}
        for line in row.lines:
            line.verified_qty = verified[line.id]
        if complete:
            row.change_status(OrderStatus.PACKED)
            row.packed_at = now
        return complete

    def _bin_emptied(self, store: StationStore, picking_rows: list[OrderRow], bin_code: str,
                     product: Item, got: ItemRef) -> _Outcome:
        """The bin the packer was sent to has no more of ``product`` in the database (another
        station took the last unit since this station read the stock): the walk is read
        afresh and the packer hears where to go now, or that it is a short pick."""
        self._catalog.clear()
        self._catalog.ensure(store, picking_rows, self.clock())
        stops = self._catalog.walk(picking_rows)
        for row in picking_rows:
            row.confirmed_bin = None
        here = next((s for s in stops if s.sku == product.sku and s.remaining > 0), None)
        if here is not None and (here.bin_id is None
                                 or not self._catalog.in_stock(product.id, here.bin_id)):
            here = None  # the walk's last resort, a bin listing it without stock: short pick
        first = picking_rows[0]
        log.info("%s: bin %s has no more %s for order %s; now %s", self.station_name, bin_code,
                 product.sku, first.number, here.bin_code if here else "nowhere")
        return _Outcome(
            ScanOutcome.WRONG_BIN, reason=StopReason.BIN_EMPTIED, order=first,
            expected=_stop_ref(here) if here is not None else None,
            got=replace(got, bin_code=bin_code),
            message=f"{bin_code} has no more {product.sku}",
            detail={"bin_emptied": bin_code, "go_to": here.bin_code if here else ""},
        )

    def _scan_in_pack(self, store: StationStore, code: ScannedCode, actor: Actor, now: datetime,
                      rows: list[OrderRow]) -> _Outcome:
        row = self._pack_order(rows)
        assert row is not None
        requested = row.override_line_id
        if requested is not None:
            row.override_line_id = None  # the scan after the request answers it, or drops it
        if code.kind != "badge" and (row.qc_line_id is not None
                                     or parse_qc_command(code.raw) is not None):
            if row.qc_line_id is None:
                return _Outcome(ScanOutcome.IGNORED, order=row,
                                message=say("no unit is waiting for its checks"))
            return self._scan_in_quality(store, code, actor, now, row)
        if code.kind in ("product", "unknown") and is_label_of(row, code.text or code.raw):
            # The tracking number barcode of the order's own label: it ships (_handle_scan).
            return _Outcome(ScanOutcome.LABEL, accepted=True, order=row,
                            detail={"action": "ship", "tracking": printed_tracking(row)})
        if code.kind == "unknown":
            return (self._other_label(store, code, row)
                    or _Outcome(ScanOutcome.UNKNOWN_CODE, message=code.message, order=row))
        if code.kind == "order":
            return self._other_order_scan(store, code, [row])
        if code.kind == "bin":
            return _Outcome(ScanOutcome.IGNORED, message=say("packing: scan the items, not bins"),
                            order=row)
        if code.kind == "badge":
            person = self._badge_actor(code.key)
            if person is None:
                return _Outcome(ScanOutcome.UNKNOWN_CODE, message=say("this badge is not known here"),
                                order=row)
            if payments.payment_held(row):
                return self._waive_payment(store, row, person)
            # A lead's badge: the line asked for, or the first line not done.
            return self._override(row, person, now, requested)
        product = self._catalog.product_by_barcode(store, code.key)
        if product is None:
            return self._other_label(store, code, row) or _Outcome(
                ScanOutcome.UNKNOWN_CODE, order=row,
                message=say("no product has the barcode {code}", code=code.text or code.raw))
        got = _item_ref(product, quantity=1)
        others = [OtherOrder(r.number, r.tote_slot, frozenset(ln.sku_to_pack for ln in r.lines))
                  for r in rows if r.id != row.id]
        check = verify_unit(pack_lines(row), product, others)
        lines = {line.id: line for line in row.lines}
        expected = _line_ref(lines[check.line.id]) if check.line is not None else None
        if check.verdict is PackVerdict.OTHER_ORDER and check.other is not None:
            return _Outcome(ScanOutcome.OTHER_ORDER, order=row, expected=expected, got=replace(
                got, order_number=check.other.number, tote_slot=check.other.tote_slot))
        if not check.accepted or check.line is None:
            return _Outcome(_PACK_OUTCOMES[check.verdict], order=row, expected=expected, got=got)
        target = lines[check.line.id]
        if self._await_checks(store, row, target, product):
            # Counted once its checks pass (services/station/quality.py); not undoable.
            return _Outcome(
                ScanOutcome.ACCEPTED, accepted=True, order=row, got=got,
                expected=_line_ref(target),
                detail={"action": "verify_qc", "line": target.id, "product": product.id,
                        "order": row.id})
        target.verified_qty += 1
        if check.complete:
            row.change_status(OrderStatus.PACKED)
            row.packed_at = now
        return _Outcome(
            ScanOutcome.ACCEPTED, accepted=True, order=row, got=got,
            expected=_line_ref(target), order_complete=check.complete,
            detail={"action": "verify", "line": target.id, "product": product.id, "order": row.id},
        )

    def _other_label(self, store: StationStore, code: ScannedCode,
                     row: OrderRow) -> _Outcome | None:
        """The shipping label of another order, scanned on this order's parcel: refused,
        naming both orders; None when the code is no order's label."""
        other = store.label_owner(code.text or code.raw, other_than=row.id)
        if other is None:
            return None
        return _Outcome(
            ScanOutcome.OTHER_ORDER, reason=StopReason.WRONG_LABEL, order=row,
            got=ItemRef(order_number=other.number),
            message=say("this is the label of order {other}, not of order {number}: "
                        "take it off this parcel", other=other.number, number=row.number),
            detail={"label_of": other.number})


    def _waive_payment(self, store: StationStore, row: OrderRow, person: Actor) -> _Outcome:
        """A lead's badge at an order whose payment could not be captured: it may ship
        unpaid (recorded with the lead's name); a packer's badge is told it needs a lead."""
        if not person.can(Role.LEAD):
            return _Outcome(ScanOutcome.IGNORED, reason=StopReason.NEEDS_LEAD, order=row,
                            message=row.hold_reason)
        store.waive_payment(row, person)
        return _Outcome(ScanOutcome.IGNORED, accepted=True, order=row,
                        message=say("{lead} lets order {number} ship without its payment: print (F7) and ship (F10)",
                                    lead=person.name, number=row.number),
                        detail={"payment_waived_by": person.name})


_STOPPED = (OrderStatus.ON_HOLD.value, OrderStatus.CANCELLED.value)

_PACK_OUTCOMES = {
    PackVerdict.OVER_SCAN: ScanOutcome.OVER_SCAN,
    PackVerdict.WRONG_VARIANT: ScanOutcome.WRONG_VARIANT,
    PackVerdict.WRONG_ITEM: ScanOutcome.WRONG_ITEM,
}
