"""The station's rules from the packing table to a packed order, run on the in-memory unit
of work (no database, no Qt): verification, over-scans, short picks, the customer note,
gift steps, a lead's override, undo and completion. Issue 17."""

from __future__ import annotations

from typing import Any

import pytest

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import MovementReason, OrderStatus, ScanOutcome
from packdesk.services.memory import MemoryStation
from packdesk.services.station import (
    GIFT_STEPS,
    LineView,
    Phase,
    StationError,
    StationService,
    StopReason,
)
from tests.helpers.memoryshop import (
    LENA,
    OLGA,
    Clock,
    add_order,
    pick_all,
    small_shop,
    station,
    verify_all,
)


@pytest.fixture
def shop() -> MemoryStation:
    return small_shop()


def packing_station(shop: MemoryStation, *lines: tuple[str, int], number: str = "#1001",
                    **order: Any) -> StationService:
    add_order(shop, number, *lines, **order)
    service = station(shop)
    service.take_order(number)
    pick_all(service)
    return service


@pytest.fixture
def packing(shop: MemoryStation) -> StationService:
    return packing_station(shop, ("TEE-RED-M", 2), ("MUG-WHT", 1))


def _line(service: StationService, sku: str) -> LineView:
    current = service.state().current
    assert current is not None
    return next(ln for ln in current.lines if ln.sku == sku)


# --- verifying units --------------------------------------------------------------------------


def test_a_right_unit_is_verified_on_its_line(packing: StationService) -> None:
    verdict = packing.handle_scan("TEE-RED-M")
    assert verdict.outcome is ScanOutcome.ACCEPTED and verdict.phase is Phase.PACK
    assert _line(packing, "TEE-RED-M").verified == 1
    assert not verdict.order_complete


@pytest.mark.parametrize(("scanned", "outcome", "expected_sku"), [
    ("TEE-RED-L", ScanOutcome.WRONG_VARIANT, "TEE-RED-M"),  # another size
    ("TEE-BLU-M", ScanOutcome.WRONG_VARIANT, "TEE-RED-M"),  # another colour
    ("LAMP-01", ScanOutcome.WRONG_ITEM, "TEE-RED-M"),  # not in the order at all
])
def test_a_unit_the_order_does_not_have_is_refused_and_names_what_is_expected(
        packing: StationService, scanned: str, outcome: ScanOutcome, expected_sku: str) -> None:
    verdict = packing.handle_scan(scanned)
    assert verdict.outcome is outcome and not verdict.accepted
    assert verdict.expected is not None and verdict.expected.sku == expected_sku
    assert verdict.got is not None and verdict.got.sku == scanned
    assert all(line.verified == 0 for line in verdict.order.lines)


def test_a_wrong_variant_says_both_sizes(packing: StationService) -> None:
    verdict = packing.handle_scan("TEE-RED-L")
    assert (verdict.expected.size, verdict.got.size) == ("M", "L")
    assert (verdict.expected.color, verdict.got.color) == ("red", "red")


def test_one_unit_more_than_ordered_is_an_over_scan(packing: StationService) -> None:
    packing.handle_scan("MUG-WHT")
    verdict = packing.handle_scan("MUG-WHT")
    assert verdict.outcome is ScanOutcome.OVER_SCAN
    assert verdict.expected is not None and verdict.expected.quantity == 1
    assert _line(packing, "MUG-WHT").verified == 1


def test_a_bin_label_while_packing_is_ignored(packing: StationService) -> None:
    verdict = packing.handle_scan("BIN:A-01-1-A")
    assert verdict.outcome is ScanOutcome.IGNORED
    assert "packing" in verdict.message


def test_an_unknown_badge_while_packing_is_an_unknown_code(packing: StationService) -> None:
    verdict = packing.handle_scan("BADGE:NOBODY9")
    assert verdict.outcome is ScanOutcome.UNKNOWN_CODE
    assert all(line.overridden_by is None for line in verdict.order.lines)


def test_a_refused_scan_changes_nothing_but_the_log(
        packing: StationService, shop: MemoryStation) -> None:
    before = len(shop.events)
    stock = dict(shop.stock)
    packing.handle_scan("LAMP-01")
    assert len(shop.events) == before + 1
    assert shop.events[-1].outcome == ScanOutcome.WRONG_ITEM.value
    assert shop.stock == stock
    assert shop.order("#1001").status == OrderStatus.PACKING.value


# --- completion -------------------------------------------------------------------------------


def test_the_last_unit_completes_the_order(packing: StationService, shop: MemoryStation) -> None:
    packing.handle_scan("TEE-RED-M")
    packing.handle_scan("MUG-WHT")
    verdict = packing.handle_scan("TEE-RED-M")
    assert verdict.order_complete
    assert verdict.order is not None and verdict.order.status == OrderStatus.PACKED.value
    assert shop.order("#1001").packed_at is not None


def test_a_packed_order_without_note_or_gift_needs_only_its_label(packing: StationService) -> None:
    state = verify_all(packing)
    assert state.current is not None
    assert state.current.missing_for_ship() == ("label",)
    assert state.current.documents_unsettled == ()


def test_an_order_not_fully_verified_cannot_ship_for_units_left(packing: StationService) -> None:
    packing.handle_scan("MUG-WHT")
    assert "verify" in packing.state().current.missing_for_ship()


def test_a_new_station_object_resumes_at_the_same_point(packing: StationService,
                                                        shop: MemoryStation) -> None:
    packing.handle_scan("TEE-RED-M")
    again = station(shop)
    state = again.resume()
    assert state.phase is Phase.PACK
    assert state.current is not None and state.current.number == "#1001"
    assert next(ln for ln in state.current.lines if ln.sku == "TEE-RED-M").verified == 1


def test_an_order_a_lead_puts_on_hold_stops_at_the_next_scan(packing: StationService,
                                                            shop: MemoryStation) -> None:
    row = shop.order("#1001")
    row.change_status(OrderStatus.ON_HOLD, "customer asked to wait")
    verdict = packing.handle_scan("TEE-RED-M")
    assert verdict.reason is StopReason.ORDER_ON_HOLD
    assert verdict.message == "customer asked to wait"
    assert row.claimed_station is None
    assert packing.state().phase is Phase.QUEUE


def test_an_order_a_lead_released_says_it_is_no_longer_here(packing: StationService,
                                                           shop: MemoryStation) -> None:
    packing.release_claim("#1001", actor=station(shop, "Office", badge=LENA).actor)
    verdict = packing.handle_scan("TEE-RED-M")
    assert verdict.reason is StopReason.CLAIM_LOST
    assert _verified_total(shop) == 0


def _verified_total(shop: MemoryStation) -> int:
    return sum(line.verified_qty for line in shop.order("#1001").lines)


def test_put_back_returns_an_order_nothing_was_picked_for_to_new(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    service = station(shop)
    service.take_order("#1001")
    views = service.put_back()
    assert [v.status for v in views] == [OrderStatus.NEW.value]
    assert shop.order("#1001").claimed_station is None


def test_put_back_keeps_what_was_picked(packing: StationService, shop: MemoryStation) -> None:
    packing.handle_scan("MUG-WHT")
    packing.put_back()
    row = shop.order("#1001")
    assert row.status == OrderStatus.PACKING.value and row.claimed_station is None
    assert _verified_total(shop) == 1


def test_the_station_is_signed_out_after_its_idle_time(shop: MemoryStation) -> None:
    clock = Clock()
    service = station(shop, clock=clock, idle_seconds=300)
    clock.advance(301)
    verdict = service.handle_scan("MUG-WHT")
    assert verdict.reason is StopReason.SIGNED_OUT_IDLE
    assert service.actor is None


# --- short pick -------------------------------------------------------------------------------


def test_a_short_pick_with_no_stock_elsewhere_puts_the_order_on_hold(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("SOCK-GRN", 2))
    service = station(shop)
    service.take_order("#1001")
    service.handle_scan("BIN:C-01-1-A")
    service.handle_scan("SOCK-GRN")
    view = service.short_pick("bin empty")
    assert view.status == OrderStatus.ON_HOLD.value
    assert "C-01-1-A" in view.hold_reason and "SOCK-GRN" in view.hold_reason
    assert view.lines[0].short == 1 and view.lines[0].picked == 1
    assert view.claimed_station is None
    assert service.state().phase is Phase.QUEUE


def test_a_short_pick_with_stock_in_another_bin_walks_on_there(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("TEE-RED-M", 2))
    service = station(shop)
    service.take_order("#1001")
    view = service.short_pick()
    assert view.status == OrderStatus.PICKING.value
    step = service.state().pick_step
    assert step is not None and step.bin_code == "B-02-1-A"


def test_a_short_pick_empties_the_bin_and_records_the_units_lost(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("TEE-RED-M", 2))
    service = station(shop)
    service.take_order("#1001")
    service.short_pick()
    assert shop.stock_of("A-01-1-A", "TEE-RED-M") == 0
    lost = [m for m in shop.movements if m.reason == MovementReason.SHORT_PICK.value]
    assert [m.delta for m in lost] == [-5]
    assert shop.events[-1].outcome == ScanOutcome.SHORT_PICK.value


def test_a_short_pick_in_a_batch_holds_only_the_order_it_leaves_short(shop: MemoryStation) -> None:
    add_order(shop, "#2001", ("SOCK-GRN", 1), minutes=0)
    add_order(shop, "#2002", ("SOCK-GRN", 1), minutes=1)
    service = station(shop)
    service.take_batch(2)
    service.handle_scan("BIN:C-01-1-A")
    assert service.handle_scan("SOCK-GRN").tote_slot == 1
    service.short_pick()
    assert shop.order("#2002").status == OrderStatus.ON_HOLD.value
    assert shop.order("#2001").status == OrderStatus.PACKING.value
    assert service.state().current.number == "#2001"


def test_a_short_pick_while_packing_is_refused(packing: StationService) -> None:
    with pytest.raises(StationError, match="no order is being picked"):
        packing.short_pick()


# --- the customer note ------------------------------------------------------------------------


@pytest.fixture
def with_note(shop: MemoryStation) -> StationService:
    return packing_station(shop, ("MUG-WHT", 1), customer_note="no invoice in the box please")


def test_a_note_not_yet_read_holds_the_documents_and_the_ship(with_note: StationService) -> None:
    state = verify_all(with_note)
    assert state.current.status == OrderStatus.PACKED.value
    assert state.current.documents_unsettled == ("note",)
    assert "note" in state.current.missing_for_ship()


def test_acknowledging_the_note_records_who_read_it(with_note: StationService,
                                                    shop: MemoryStation) -> None:
    view = with_note.acknowledge_note()
    assert view.note_acknowledged_by == "Pat Packer"
    assert "note" not in view.missing_for_ship()
    assert shop.order("#1001").note_acknowledged_at is not None


def test_acknowledging_an_order_without_a_note_is_refused(packing: StationService) -> None:
    with pytest.raises(StationError, match="has no customer note"):
        packing.acknowledge_note()


def test_acknowledging_a_note_with_nothing_at_the_packing_table_is_refused(
        shop: MemoryStation) -> None:
    with pytest.raises(StationError, match="no order is being packed"):
        station(shop).acknowledge_note()


# --- gift steps -------------------------------------------------------------------------------


@pytest.fixture
def gift(shop: MemoryStation) -> StationService:
    return packing_station(shop, ("MUG-WHT", 1), gift=True, gift_message="Happy birthday")


@pytest.mark.parametrize("step", GIFT_STEPS)
def test_each_gift_step_confirmed_is_kept_on_the_order(gift: StationService, step: str) -> None:
    view = gift.confirm_gift_step(step)
    assert view.gift_steps_done == (step,)
    assert step not in view.missing_for_ship()
    assert set(view.missing_for_ship()) >= set(GIFT_STEPS) - {step}


def test_a_gift_with_every_step_done_needs_only_its_label(gift: StationService) -> None:
    verify_all(gift)
    for step in GIFT_STEPS:
        gift.confirm_gift_step(step)
    assert gift.state().current.missing_for_ship() == ("label",)


def test_an_unknown_gift_step_is_refused(gift: StationService) -> None:
    with pytest.raises(StationError, match="unknown gift step"):
        gift.confirm_gift_step("bow")


def test_a_gift_step_on_an_order_that_is_not_a_gift_is_refused(packing: StationService) -> None:
    with pytest.raises(StationError, match="is not a gift"):
        packing.confirm_gift_step("wrap")


# --- a lead's override ------------------------------------------------------------------------


def test_a_leads_badge_overrides_the_first_line_not_done(packing: StationService) -> None:
    verdict = packing.handle_scan(LENA)
    assert verdict.outcome is ScanOutcome.OVERRIDE
    assert verdict.expected is not None and verdict.expected.sku == "TEE-RED-M"
    assert _line(packing, "TEE-RED-M").overridden_by == "Lena Lead"
    assert packing.actor.name == "Pat Packer"  # the packer stays signed in


def test_a_packers_badge_does_not_override(packing: StationService) -> None:
    verdict = packing.handle_scan(OLGA)
    assert verdict.reason is StopReason.NEEDS_LEAD
    assert all(line.overridden_by is None for line in packing.state().current.lines)


def test_overriding_the_last_open_line_completes_the_order(packing: StationService) -> None:
    packing.handle_scan("MUG-WHT")
    verdict = packing.handle_scan(LENA)
    assert verdict.order_complete
    assert packing.state().current.status == OrderStatus.PACKED.value


def test_override_line_vouches_for_the_line_asked(packing: StationService) -> None:
    mug = _line(packing, "MUG-WHT")
    view = packing.override_line(mug.id, LENA)
    assert next(ln for ln in view.lines if ln.id == mug.id).overridden_by == "Lena Lead"
    assert _line(packing, "TEE-RED-M").overridden_by is None


def test_override_line_with_a_packers_badge_is_refused(packing: StationService) -> None:
    with pytest.raises(PermissionDenied):
        packing.override_line(_line(packing, "MUG-WHT").id, OLGA)


def test_override_of_a_line_the_order_does_not_have_is_refused(packing: StationService) -> None:
    with pytest.raises(StationError, match="no such line"):
        packing.override_line(999_999, LENA)


def test_a_requested_override_is_answered_by_the_next_lead_badge(packing: StationService) -> None:
    mug = _line(packing, "MUG-WHT")
    assert packing.request_override(mug.id).override_requested == mug.id
    packing.handle_scan(LENA)
    assert _line(packing, "MUG-WHT").overridden_by == "Lena Lead"
    assert _line(packing, "TEE-RED-M").overridden_by is None
    assert packing.state().current.override_requested is None


def test_a_requested_override_survives_a_restart(
        packing: StationService, shop: MemoryStation) -> None:
    mug = _line(packing, "MUG-WHT")
    packing.request_override(mug.id)
    assert station(shop).resume().current.override_requested == mug.id


def test_any_other_scan_drops_a_requested_override(packing: StationService) -> None:
    packing.request_override(_line(packing, "MUG-WHT").id)
    packing.handle_scan("TEE-RED-M")
    assert packing.state().current.override_requested is None
    packing.handle_scan(LENA)  # no longer the mug: the first line not done
    assert _line(packing, "MUG-WHT").overridden_by is None
    assert _line(packing, "TEE-RED-M").overridden_by == "Lena Lead"


def test_cancel_override_says_whether_there_was_one(packing: StationService) -> None:
    packing.request_override(_line(packing, "MUG-WHT").id)
    assert packing.cancel_override() is True
    assert packing.cancel_override() is False


# --- undo -------------------------------------------------------------------------------------


def test_undo_puts_the_last_picked_unit_back_in_its_bin(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("TEE-RED-M", 2))
    service = station(shop)
    service.take_order("#1001")
    service.handle_scan("BIN:A-01-1-A")
    service.handle_scan("TEE-RED-M")
    verdict = service.undo_last_scan()
    assert verdict.outcome is ScanOutcome.UNDONE
    assert verdict.order is not None and verdict.order.lines[0].picked == 0
    assert shop.stock_of("A-01-1-A", "TEE-RED-M") == 5
    assert sum(m.delta for m in shop.movements if m.reason == MovementReason.PICK.value) == 0


def test_undo_takes_back_the_last_verified_unit(packing: StationService) -> None:
    packing.handle_scan("TEE-RED-M")
    packing.handle_scan("MUG-WHT")
    verdict = packing.undo_last_scan()
    assert verdict.got is not None and verdict.got.sku == "MUG-WHT"
    assert _line(packing, "MUG-WHT").verified == 0
    assert _line(packing, "TEE-RED-M").verified == 1


def test_two_undos_take_back_the_two_last_scans_newest_first(packing: StationService) -> None:
    packing.handle_scan("TEE-RED-M")
    packing.handle_scan("MUG-WHT")
    assert [packing.undo_last_scan().got.sku for _ in range(2)] == ["MUG-WHT", "TEE-RED-M"]
    assert packing.undo_last_scan().reason is StopReason.NOTHING_TO_UNDO


def test_the_undo_barcode_does_what_the_undo_command_does(packing: StationService) -> None:
    packing.handle_scan("MUG-WHT")
    verdict = packing.handle_scan("UNDO")
    assert verdict.outcome is ScanOutcome.UNDONE
    assert _line(packing, "MUG-WHT").verified == 0


def test_undo_with_no_order_in_hand_has_nothing_to_undo(shop: MemoryStation) -> None:
    verdict = station(shop).undo_last_scan()
    assert verdict.reason is StopReason.NOTHING_TO_UNDO


def test_undo_after_the_order_is_packed_is_refused(packing: StationService) -> None:
    verify_all(packing)
    verdict = packing.undo_last_scan()
    assert verdict.reason is StopReason.ALREADY_PACKED
    assert all(line.verified == line.quantity for line in packing.state().current.lines)


# --- the unit of work itself ------------------------------------------------------------------


def test_what_a_unit_of_work_did_not_commit_is_put_back(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    with shop.unit_of_work() as uow:
        row = uow.station.by_number("#1001")
        assert row is not None
        row.claimed_station = "Bench 9"
        uow.station.take_unit(shop.bin_id("A-02-1-A"), shop.product_id("MUG-WHT"))
    assert shop.order("#1001").claimed_station is None
    assert shop.stock_of("A-02-1-A", "MUG-WHT") == 6
