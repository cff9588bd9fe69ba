"""The station's commands besides a scan: short pick, note acknowledgement, gift steps, a
lead's override and undo. Each applies a rule of ``packdesk.domain`` to the orders in hand."""

from __future__ import annotations

import json
from datetime import datetime

from packdesk.domain import packing as rules
from packdesk.domain.model import MovementReason, OrderStatus, Role, ScanOutcome
from packdesk.domain.picking import WalkLine, live_confirmation, short_lines
from packdesk.domain.say import say, sentence
from packdesk.domain.scancodes import ScannedCode
from packdesk.persistence.tables import OrderLineRow, OrderRow, ScanEventRow, StockMovementRow

from .. import claims, picking
from ..auth import Actor, require_role
from ..store import StationStore
from ..uow import with_retry
from ..views import OrderView, Phase, ScanVerdict, StopReason
from .core import StationError, _item_ref, _line_ref, _Outcome, pack_lines
from .queue import StationQueue

# "Pat is a packer": the role as the sentence says it (translated with it).
_ROLE_WORDS = {Role.PACKER: say("a packer"), Role.LEAD: say("a lead"), Role.ADMIN: say("an admin")}


def _refused(error: rules.RuleRefused) -> StationError:
    return StationError(sentence(error))


class StationCommands(StationQueue):
    """Short pick, note, gift steps, override, undo."""

    def _pack_row(self, store: StationStore) -> OrderRow:
        row = self._pack_order(self._in_hand(store, lock=True))
        if row is None:
            raise StationError(say("no order is being packed at this station"))
        return row

    def _override(self, row: OrderRow, lead: Actor, now: datetime,
                  line_id: int | None = None) -> _Outcome:
        try:
            decision = rules.override(pack_lines(row), lead.name, is_lead=lead.can(Role.LEAD),
                                      line_id=line_id)
        except rules.RuleRefused:
            raise StationError(say("order {number} has no such line", number=row.number)) from None
        if decision.verdict is rules.OverrideVerdict.NEEDS_LEAD:
            return _Outcome(ScanOutcome.IGNORED, reason=StopReason.NEEDS_LEAD, order=row,
                            message=say("{name} is {role}", name=lead.name,
                                        role=_ROLE_WORDS.get(lead.role, lead.role.value)))
        if decision.verdict is rules.OverrideVerdict.ALREADY_PACKED or decision.line is None:
            return _Outcome(ScanOutcome.IGNORED, reason=StopReason.ALREADY_PACKED, order=row)
        line = next(ln for ln in row.lines if ln.id == decision.line.id)
        line.overridden_by = lead.name
        if decision.complete and row.status == OrderStatus.PACKING.value:
            row.change_status(OrderStatus.PACKED)
            row.packed_at = now
        return _Outcome(ScanOutcome.OVERRIDE, accepted=True, order=row, expected=_line_ref(line),
                        order_complete=decision.complete,
                        detail={"line": line.id, "lead": lead.name, "verified": line.verified_qty})

    def short_pick(self, reason: str = "bin empty") -> OrderView:
        """The current step's bin is short: record it and put its order on hold.

        The bin's stock of the product is set to zero. When other bins still hold enough,
        the walk simply continues there and no order is held.
        """
        actor = self._require_actor("report a short pick")

        def attempt() -> OrderView:
            with self._writing() as uow:
                store = uow.station
                now = self.clock()
                rows = self._in_hand(store, lock=True)
                picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
                if not picking_rows:
                    raise StationError(say("no order is being picked at this station"))
                stop = picking.next_stop(self._fresh_walk(store, picking_rows))
                if stop is None:
                    raise StationError(say("nothing left to pick"))
                if stop.bin_id is not None and stop.product is not None:
                    units = store.empty_bin(stop.bin_id, stop.product.id)
                    if units:
                        store.add_movement(StockMovementRow(
                            at=now, product_id=stop.product.id, bin_id=stop.bin_id,
                            delta=-units, reason=MovementReason.SHORT_PICK.value,
                            order_id=stop.allocations[0].order_id, user_name=actor.name,
                        ))
                store.flush()
                # With this bin at zero, the walk sends the picker elsewhere if stock exists.
                after = self._fresh_walk(store, picking_rows)
                by_id = {r.id: r for r in picking_rows}
                lines = [
                    WalkLine(order_id=r.id, order_number=r.number, tote_slot=r.tote_slot or 1,
                             line_id=ln.id, sku=ln.sku_to_pack, quantity=ln.quantity,
                             short=ln.short_qty, picked=ln.picked_qty)
                    for r in picking_rows for ln in r.lines
                ]
                with_remaining = [a for a in stop.allocations if a.remaining > 0]
                affected = by_id[with_remaining[-1].order_id] if with_remaining else picking_rows[0]
                for short in short_lines(stop, after, lines, reason):
                    row = by_id[short.order_id]
                    line = next(ln for ln in row.lines if ln.id == short.line_id)
                    line.short_qty += short.missing
                    row.change_status(OrderStatus.ON_HOLD, short.hold_reason)
                    claims.release(row)
                store.add_scan_event(ScanEventRow(
                    at=now, station=self.station_name, user_name=actor.name,
                    order_id=affected.id, order_number=affected.number, phase=Phase.PICK.value,
                    raw_code=f"BIN:{stop.bin_code}" if stop.bin_code else "(no bin)",
                    outcome=ScanOutcome.SHORT_PICK.value,
                    detail=json.dumps({"sku": stop.sku, "bin": stop.bin_code, "reason": reason},
                                      ensure_ascii=False),
                ))
                for row in picking_rows:
                    row.confirmed_bin = None
                store.bump_stock_version()  # every station reads that bin again
                store.flush()
                self._catalog.clear()
                view = self._view(store, affected)
                uow.commit()
                return view

        return with_retry(attempt)

    def acknowledge_note(self) -> OrderView:
        """The packer read the customer note of the order being packed."""
        actor = self._require_actor("acknowledge the note")

        def attempt() -> OrderView:
            with self._writing() as uow:
                row = self._pack_row(uow.station)
                try:
                    rules.check_note_acknowledgement(row.number, row.customer_note)
                except rules.RuleRefused as error:
                    raise _refused(error) from None
                row.note_acknowledged_by = actor.name
                row.note_acknowledged_at = self.clock()
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def confirm_gift_step(self, step: str) -> OrderView:
        """Record one gift step done: ``gift_slip``, ``card`` or ``wrap``."""
        actor = self._require_actor("confirm a gift step")
        if step not in rules.GIFT_STEPS:
            raise StationError(
                f"unknown gift step {step!r}; the steps are {', '.join(rules.GIFT_STEPS)}")

        def attempt() -> OrderView:
            with self._writing() as uow:
                row = self._pack_row(uow.station)
                try:
                    rules.check_gift_step(row.number, step, gift=row.gift)
                except rules.RuleRefused as error:
                    raise _refused(error) from None
                row.gift_steps = {**(row.gift_steps or {}),
                                  step: f"{actor.name} {self.clock().isoformat(timespec='seconds')}"}
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def override_line(self, line_id: int, lead_badge: str) -> OrderView:
        """A lead vouches for a line without scanning its units; recorded with their name."""
        self._require_actor("override a line")
        lead = self._badge_actor(lead_badge)
        if lead is None:
            raise StationError(say("this badge is not known here"))
        require_role(lead, Role.LEAD, "overriding a line")

        def attempt() -> OrderView:
            with self._writing() as uow:
                store = uow.station
                now = self.clock()
                row = self._pack_row(store)
                result = self._override(row, lead, now, line_id)
                self._scan_event(store, ScannedCode(kind="badge", raw=""), Phase.PACK, result,
                                 lead, now)
                store.flush()
                view = self._view(store, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def request_override(self, line_id: int) -> OrderView:
        """A packer asks a lead to vouch for a line: the next badge scan (a lead's) overrides
        it, any other scan drops the request. Kept on the order, so it survives a restart."""
        self._require_actor("ask for an override")

        def attempt() -> OrderView:
            with self._writing() as uow:
                row = self._pack_row(uow.station)
                if not any(line.id == line_id for line in row.lines):
                    raise StationError(say("order {number} has no such line", number=row.number))
                row.override_line_id = line_id
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                return view

        return with_retry(attempt)

    def cancel_override(self) -> bool:
        """Drop a pending override request; False when there was none."""
        self._require_actor("cancel an override")

        def attempt() -> bool:
            with self._writing() as uow:
                row = self._pack_order(self._in_hand(uow.station, lock=True))
                if row is None or row.override_line_id is None:
                    return False
                row.override_line_id = None
                uow.commit()
                return True

        return with_retry(attempt)

    def undo_last_scan(self) -> ScanVerdict:
        """Reverse the last accepted unit scan (pick or verify) of the current order.

        Not after the order is packed: its documents are printed by then; a lead puts
        it on hold to repack it.
        """
        actor = self._require_actor("undo a scan")

        def attempt() -> ScanVerdict:
            with self._writing() as uow:
                store = uow.station
                now = self.clock()
                rows = self._in_hand(store, lock=True)
                phase = self._phase_of(actor, rows)
                pack_row = self._pack_order(rows)
                kind = rules.undo_action(phase.value, pack_row.status if pack_row else None)
                if kind is rules.UndoVerdict.ALREADY_PACKED and pack_row is not None:
                    view = self._view(store, pack_row)
                    return ScanVerdict(raw="", kind="", outcome=ScanOutcome.IGNORED,
                                       accepted=False, phase=phase,
                                       reason=StopReason.ALREADY_PACKED,
                                       message=say("a lead can put it on hold to repack it"),
                                       order=view, actor=actor, next_phase=phase)
                if kind is rules.UndoVerdict.UNDO_PICK:
                    ids = [r.id for r in rows if r.status == OrderStatus.PICKING.value]
                elif kind is rules.UndoVerdict.UNDO_VERIFY and pack_row is not None:
                    ids = [pack_row.id]
                else:
                    ids = []
                events = store.unit_scans(ids)
                logged = [rules.LoggedScan(e.id, e.outcome == ScanOutcome.UNDONE.value,
                                           json.loads(e.detail) if e.detail else {})
                          for e in events]
                target = rules.undo_target(logged, kind.value)
                if target is None:
                    return ScanVerdict(raw="", kind="", outcome=ScanOutcome.IGNORED,
                                       accepted=False, phase=phase,
                                       reason=StopReason.NOTHING_TO_UNDO, actor=actor,
                                       next_phase=phase)
                raw_code = next(e.raw_code for e in events if e.id == target.id)
                info = target.detail
                row = next(r for r in rows if r.id == info["order"])
                line = next(ln for ln in row.lines if ln.id == info["line"])
                product_id = info["product"]
                product = store.product(product_id) if isinstance(product_id, int) else None
                if kind is rules.UndoVerdict.UNDO_PICK:
                    picking_rows = [r for r in rows if r.status == OrderStatus.PICKING.value]
                    if live_confirmation(self._fresh_walk(store, picking_rows),
                                         row.confirmed_bin) is None:
                        for other in picking_rows:  # the bin was emptied: scan it again
                            other.confirmed_bin = None
                    self._unpick(store, row, line, info, actor, now)
                else:
                    line.verified_qty = max(0, line.verified_qty - 1)
                result = _Outcome(ScanOutcome.UNDONE, accepted=True, order=row,
                                  got=_item_ref(product,
                                                quantity=1),
                                  detail={"undoes": target.id})
                event = self._scan_event(store, ScannedCode(kind="unknown", raw=raw_code),
                                         phase, result, actor, now)
                self._renew(rows, now)
                store.flush()
                self._catalog.clear()  # the picks and stock it followed changed
                state = self._state(store, actor)
                after = next((v for v in state.orders if v.id == row.id), None)
                uow.commit()
                return ScanVerdict(raw=raw_code, kind="product", outcome=ScanOutcome.UNDONE,
                                   accepted=True, phase=phase, got=result.got, order=after,
                                   next_step=state.pick_step, actor=actor,
                                   next_phase=state.phase, scan_event_id=event.id)

        return with_retry(attempt)

    def _unpick(self, store: StationStore, row: OrderRow, line: OrderLineRow,
                info: object, actor: Actor, now: datetime) -> None:
        assert isinstance(info, dict)
        line.picked_qty = max(0, line.picked_qty - 1)
        if info["bin"] is not None:
            store.put_unit_back(info["bin"], info["product"])
        store.add_movement(StockMovementRow(
            at=now, product_id=info["product"], bin_id=info["bin"], delta=1,
            reason=MovementReason.PICK.value, order_id=row.id, user_name=actor.name,
        ))
