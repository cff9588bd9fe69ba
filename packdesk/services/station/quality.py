"""Quality checks at the pack bench (issue 24): a verified unit of a product with a
checklist waits for its checks; all passed, it counts; one failed, it is set aside with
the check as the reason and the packer is sent to another bin for a replacement, or the
order is held when no bin has one. The rules are in ``packdesk.domain.quality``; storage
is the station's :class:`~packdesk.services.store.StationStore`."""

from __future__ import annotations

from datetime import datetime

from packdesk.domain.model import MovementReason, OrderStatus, ScanOutcome
from packdesk.domain.packing import all_done
from packdesk.domain.picking import BinSpot, Item
from packdesk.domain.quality import InvalidCheck, apply_qc, parse_qc_command
from packdesk.domain.say import say, sentence
from packdesk.domain.scancodes import ScannedCode
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    QualityFailureRow,
    StockMovementRow,
)

from .. import claims
from ..auth import Actor
from ..store import StationStore
from ..uow import with_retry
from ..views import ItemRef, Phase, ScanVerdict, StopReason
from .core import _line_ref, _Outcome, pack_lines
from .documents import StationDocuments


class StationQuality(StationDocuments):
    """The unit under check: its checks confirmed or failed by key or scan."""

    def _await_checks(self, store: StationStore, row: OrderRow, line: OrderLineRow,
                      product: Item) -> bool:
        """After ``product`` verified for ``line``: True when it has checks, and the unit
        now waits for them (not counted yet)."""
        if not store.quality_checks(product.id, product.sku):
            return False
        row.qc_line_id = line.id
        row.qc_passed = []
        return True

    def undo_last_scan(self) -> ScanVerdict:
        """An undo while a unit waits for its checks takes that unit back (it was never
        counted); otherwise the last counted scan, as before."""
        actor = self._require_actor("undo a scan")

        def attempt() -> ScanVerdict | None:
            with self._writing() as uow:
                store = uow.station
                row = self._pack_order(self._in_hand(store, lock=True))
                if row is None or row.qc_line_id is None:
                    return None
                line = next((ln for ln in row.lines if ln.id == row.qc_line_id), None)
                row.qc_line_id, row.qc_passed = None, None
                result = _Outcome(ScanOutcome.UNDONE, accepted=True, order=row,
                                  got=_line_ref(line, quantity=1) if line is not None else None,
                                  detail={"quality": "undone"})
                event = self._scan_event(store, ScannedCode(kind="unknown", raw="UNDO"),
                                         Phase.PACK, result, actor, self.clock())
                store.flush()
                state = self._state(store, actor)
                after = next((v for v in state.orders if v.id == row.id), None)
                uow.commit()
                return ScanVerdict(raw="UNDO", kind="", outcome=ScanOutcome.UNDONE,
                                   accepted=True, phase=Phase.PACK, got=result.got, order=after,
                                   actor=actor, next_phase=state.phase, scan_event_id=event.id)

        verdict = with_retry(attempt)
        return verdict if verdict is not None else super().undo_last_scan()

    def _scan_in_quality(self, store: StationStore, code: ScannedCode, actor: Actor,
                         now: datetime, row: OrderRow) -> _Outcome:
        """A scan while a unit waits for its checks: a QC command, or refused."""
        line = next((ln for ln in row.lines if ln.id == row.qc_line_id), None)
        command = parse_qc_command(code.raw)
        if line is None:  # the line went away (the store changed the order): start afresh
            row.qc_line_id, row.qc_passed = None, None
            return _Outcome(ScanOutcome.IGNORED, message=say("no unit is waiting for its checks"),
                            order=row)
        expected = _line_ref(line, quantity=1)
        if command is None:
            return _Outcome(ScanOutcome.IGNORED, order=row, expected=expected,
                            message=say("confirm the quality checks of {sku} first",
                                        sku=line.sku_to_pack))
        product = store.products_by_sku([line.sku_to_pack]).get(line.sku_to_pack)
        checks = store.quality_checks(product.id if product else 0, line.sku_to_pack)
        try:
            decision = apply_qc(command, checks, row.qc_passed or [])
        except InvalidCheck as error:
            return _Outcome(ScanOutcome.IGNORED, order=row, expected=expected,
                            message=sentence(error))
        if decision.failed is not None:
            return self._check_failed(store, row, line, product, decision.failed.text,
                                      actor, now)
        if not decision.done:
            row.qc_passed = list(decision.passed)
            return _Outcome(ScanOutcome.QUALITY_CHECK, accepted=True, order=row,
                            expected=expected, detail={"line": line.id,
                                                       "passed": len(decision.passed)})
        row.qc_line_id, row.qc_passed = None, None
        line.verified_qty += 1
        complete = all_done(pack_lines(row))
        if complete:
            row.change_status(OrderStatus.PACKED)
            row.packed_at = now
        # Logged as the unit's verification: an undo takes it back like any other.
        return _Outcome(
            ScanOutcome.ACCEPTED, accepted=True, order=row, expected=_line_ref(line),
            got=expected, order_complete=complete,
            detail={"action": "verify", "line": line.id,
                    "product": product.id if product else None, "order": row.id,
                    "quality": "passed"})

    def _check_failed(self, store: StationStore, row: OrderRow, line: OrderLineRow,
                      product: Item | None, reason: str, actor: Actor,
                      now: datetime) -> _Outcome:
        """The unit is set aside: a replacement from a bin that has one (its stock taken
        now, as a pick), or the order held for a lead."""
        row.qc_line_id, row.qc_passed = None, None
        spot = self._replacement(store, row, product) if product is not None else None
        store.add_quality_failure(QualityFailureRow(
            at=now, station=self.station_name, user_name=actor.name, order_id=row.id,
            order_number=row.number, sku=line.sku_to_pack, reason=reason,
            replacement_bin=spot.code if spot is not None else None))
        expected = _line_ref(line, quantity=1)
        detail = {"line": line.id, "reason": reason,
                  "replacement_bin": spot.code if spot is not None else ""}
        if spot is None or product is None:
            row.change_status(OrderStatus.ON_HOLD, say(
                "quality check failed for {sku} ({reason}) and no bin has another",
                sku=line.sku_to_pack, reason=reason))
            claims.release(row)
            return _Outcome(ScanOutcome.QUALITY_FAILED, order=row, expected=expected,
                            reason=StopReason.ORDER_ON_HOLD, message=reason, detail=detail)
        store.add_movement(StockMovementRow(
            at=now, product_id=product.id, bin_id=spot.id, delta=-1,
            reason=MovementReason.PICK.value, order_id=row.id, user_name=actor.name))
        store.bump_stock_version()
        self._catalog.clear()
        return _Outcome(ScanOutcome.QUALITY_FAILED, order=row, message=reason,
                        expected=ItemRef(sku=expected.sku, name=expected.name,
                                         color=expected.color, size=expected.size,
                                         bin_code=spot.code, quantity=1),
                        detail=detail)

    @staticmethod
    def _replacement(store: StationStore, row: OrderRow, product: Item) -> BinSpot | None:
        """A bin with a unit of ``product``, taken out of its stock: another than the ones
        the order's units came from when there is one, in walking order."""
        picked = store.picked_by_bin([row.id]).get((row.id, product.id), {})
        holding = store.bins_holding([product.id]).get(product.id, [])
        spots = sorted((spot for spot, units in holding if units > 0),
                       key=lambda spot: spot.id in picked)  # stable: walk order kept
        for spot in spots:
            if store.take_unit(spot.id, product.id):
                return spot
        return None
