"""The station's rules from sign-in to the end of the pick walk, run on the in-memory unit
of work (no database, no Qt): what the packer hears at each scan, and what the order,
the bins and the log say after it. Issue 17."""

from __future__ import annotations

from datetime import date

import pytest

from packdesk.domain.model import MovementReason, OrderStatus, ScanOutcome
from packdesk.services.memory import MemoryStation
from packdesk.services.station import OrderView, Phase, StationError, StationService, StopReason
from tests.helpers.memoryshop import (
    LENA,
    OLGA,
    PAT,
    Clock,
    add_order,
    pick_all,
    small_shop,
    station,
)


@pytest.fixture
def shop() -> MemoryStation:
    return small_shop()


# --- sign-in and taking an order --------------------------------------------------------------


def test_a_scan_before_anyone_signs_in_is_ignored_and_asks_for_a_badge(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    service = station(shop, badge=None)
    verdict = service.handle_scan("ORD:#1001")
    assert verdict.outcome is ScanOutcome.IGNORED
    assert verdict.reason is StopReason.NOT_SIGNED_IN
    assert shop.order("#1001").status == OrderStatus.NEW.value


def test_an_unknown_badge_does_not_sign_anyone_in(shop: MemoryStation) -> None:
    service = station(shop, badge=None)
    verdict = service.handle_scan("BADGE:NOBODY9")
    assert verdict.outcome is ScanOutcome.UNKNOWN_CODE
    assert service.actor is None


def test_a_known_badge_signs_the_packer_in(shop: MemoryStation) -> None:
    service = station(shop, badge=None)
    verdict = service.handle_scan(PAT)
    assert verdict.outcome is ScanOutcome.SIGNED_IN
    assert verdict.actor is not None and verdict.actor.name == "Pat Packer"
    assert verdict.next_phase is Phase.QUEUE


def test_a_product_scan_with_no_order_in_hand_asks_to_take_one(shop: MemoryStation) -> None:
    service = station(shop)
    verdict = service.handle_scan("MUG-WHT")
    assert verdict.reason is StopReason.NO_ORDER
    assert not verdict.accepted


def test_an_order_barcode_takes_the_order_and_sends_the_picker_to_its_first_bin(
        shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1), ("TEE-RED-M", 2))
    service = station(shop)
    verdict = service.handle_scan("ORD:#1001")
    assert verdict.outcome is ScanOutcome.ORDER_TAKEN
    assert verdict.next_phase is Phase.PICK
    assert verdict.next_step is not None and verdict.next_step.bin_code == "A-01-1-A"
    row = shop.order("#1001")
    assert (row.status, row.claimed_station, row.claimed_user) == (
        OrderStatus.PICKING.value, "Bench 1", "Pat Packer")


def test_an_order_number_typed_without_its_hash_is_found(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    view = station(shop).take_order("1001")
    assert view.number == "#1001"
    assert view.status == OrderStatus.PICKING.value


def test_an_order_that_does_not_exist_is_named_in_the_refusal(shop: MemoryStation) -> None:
    verdict = station(shop).handle_scan("ORD:#4040")
    assert verdict.reason is StopReason.ORDER_NOT_FOUND
    assert "4040" in verdict.message


def test_take_next_follows_the_queue_ship_by_first_then_oldest(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1), minutes=0, ship_by=date(2026, 11, 30))
    add_order(shop, "#1002", ("CAP-BLK", 1), minutes=5, ship_by=date(2026, 11, 28))
    add_order(shop, "#1003", ("SOCK-GRN", 1), minutes=1, ship_by=date(2026, 11, 28))
    view = station(shop).take_next()
    assert view is not None and view.number == "#1003"


def test_take_next_with_an_empty_queue_gives_nothing(shop: MemoryStation) -> None:
    assert station(shop).take_next() is None


def test_take_next_while_holding_an_order_gives_that_order_back(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    add_order(shop, "#1002", ("CAP-BLK", 1), minutes=5)
    service = station(shop)
    first = service.take_next()
    again = service.take_next()
    assert first is not None and again is not None and again.number == first.number == "#1001"
    assert shop.order("#1002").claimed_station is None


def test_an_order_another_station_holds_is_refused_to_a_packer(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    station(shop, "Bench 2", badge=OLGA).take_order("#1001")
    verdict = station(shop).handle_scan("ORD:#1001")
    assert verdict.reason is StopReason.ORDER_NOT_AVAILABLE
    assert "Bench 2" in verdict.message
    assert shop.order("#1001").claimed_station == "Bench 2"


def test_a_lead_takes_over_an_order_another_station_holds(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    station(shop, "Bench 2", badge=OLGA).take_order("#1001")
    view = station(shop, badge=LENA).take_order("#1001")
    assert view.claimed_station == "Bench 1"
    assert view.claimed_user == "Lena Lead"


def test_an_order_whose_lease_ran_out_is_free_for_another_station(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    clock = Clock()
    station(shop, "Bench 2", badge=OLGA, clock=clock).take_order("#1001")
    clock.advance(16 * 60)
    view = station(shop, clock=clock).take_next()
    assert view is not None and view.number == "#1001" and view.claimed_station == "Bench 1"


def test_a_second_order_barcode_while_picking_says_finish_the_current_one(
        shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("MUG-WHT", 1))
    add_order(shop, "#1002", ("CAP-BLK", 1))
    service = station(shop)
    service.handle_scan("ORD:#1001")
    verdict = service.handle_scan("ORD:#1002")
    assert verdict.outcome is ScanOutcome.OTHER_ORDER
    assert verdict.reason is StopReason.FINISH_CURRENT
    assert shop.order("#1002").status == OrderStatus.NEW.value


# --- the pick walk ----------------------------------------------------------------------------


@pytest.fixture
def picking(shop: MemoryStation) -> StationService:
    add_order(shop, "#1001", ("MUG-WHT", 1), ("TEE-RED-M", 2), ("CAP-BLK", 1))
    service = station(shop)
    service.take_order("#1001")
    return service


def test_the_walk_goes_bin_by_bin_in_walking_order(picking: StationService) -> None:
    steps = picking.state().pick_list
    assert [(s.bin_code, s.sku, s.quantity) for s in steps] == [
        ("A-01-1-A", "TEE-RED-M", 2), ("A-02-1-A", "MUG-WHT", 1), ("B-01-1-A", "CAP-BLK", 1)]


def test_an_item_scanned_before_its_bin_label_asks_for_the_bin(
        picking: StationService, shop: MemoryStation) -> None:
    verdict = picking.handle_scan("TEE-RED-M")
    assert verdict.outcome is ScanOutcome.WRONG_BIN
    assert verdict.reason is StopReason.SCAN_BIN_FIRST
    assert verdict.expected is not None and verdict.expected.bin_code == "A-01-1-A"
    assert shop.stock_of("A-01-1-A", "TEE-RED-M") == 5


def test_the_wrong_bin_label_names_the_bin_to_go_to(picking: StationService) -> None:
    verdict = picking.handle_scan("BIN:B-01-1-A")
    assert verdict.outcome is ScanOutcome.WRONG_BIN
    assert verdict.expected is not None and verdict.expected.bin_code == "A-01-1-A"
    assert verdict.got is not None and verdict.got.bin_code == "B-01-1-A"
    assert not picking.state().pick_step.confirmed


def test_the_right_bin_label_says_what_and_how_many_to_take(picking: StationService) -> None:
    verdict = picking.handle_scan("BIN:A-01-1-A")
    assert verdict.outcome is ScanOutcome.BIN_CONFIRMED
    assert verdict.expected is not None
    assert (verdict.expected.sku, verdict.expected.quantity) == ("TEE-RED-M", 2)
    assert picking.state().pick_step.confirmed


def test_a_picked_unit_counts_on_its_line_leaves_the_bin_and_is_logged(
        picking: StationService, shop: MemoryStation) -> None:
    picking.handle_scan("BIN:A-01-1-A")
    verdict = picking.handle_scan("TEE-RED-M")
    assert verdict.outcome is ScanOutcome.ACCEPTED and verdict.phase is Phase.PICK
    line = next(ln for ln in verdict.order.lines if ln.sku == "TEE-RED-M")
    assert line.picked == 1
    assert shop.stock_of("A-01-1-A", "TEE-RED-M") == 4
    moves = [m for m in shop.movements if m.reason == MovementReason.PICK.value]
    assert [(m.delta, m.user_name) for m in moves] == [(-1, "Pat Packer")]
    assert not verdict.bin_done


def test_the_last_unit_of_a_bin_says_the_bin_is_done_and_points_to_the_next(
        picking: StationService) -> None:
    picking.handle_scan("BIN:A-01-1-A")
    picking.handle_scan("TEE-RED-M")
    verdict = picking.handle_scan("TEE-RED-M")
    assert verdict.bin_done
    assert verdict.next_step is not None and verdict.next_step.bin_code == "A-02-1-A"
    assert not verdict.next_step.confirmed


def test_another_size_of_the_same_shirt_is_a_wrong_variant_while_picking(
        picking: StationService, shop: MemoryStation) -> None:
    picking.handle_scan("BIN:A-01-1-A")
    verdict = picking.handle_scan("TEE-RED-L")
    assert verdict.outcome is ScanOutcome.WRONG_VARIANT
    assert verdict.expected is not None and verdict.expected.size == "M"
    assert verdict.got is not None and verdict.got.size == "L"
    assert shop.stock_of("A-01-1-A", "TEE-RED-L") == 5


def test_another_colour_of_the_same_shirt_is_a_wrong_variant_while_picking(
        picking: StationService) -> None:
    picking.handle_scan("BIN:A-01-1-A")
    verdict = picking.handle_scan("TEE-BLU-M")
    assert verdict.outcome is ScanOutcome.WRONG_VARIANT
    assert (verdict.expected.color, verdict.got.color) == ("red", "blue")


def test_an_unrelated_product_is_a_wrong_item_while_picking(picking: StationService) -> None:
    picking.handle_scan("BIN:A-01-1-A")
    verdict = picking.handle_scan("LAMP-01")
    assert verdict.outcome is ScanOutcome.WRONG_ITEM
    assert verdict.expected is not None and verdict.expected.sku == "TEE-RED-M"
    assert all(line.picked == 0 for line in verdict.order.lines)


def test_a_barcode_no_product_has_is_an_unknown_code(picking: StationService) -> None:
    picking.handle_scan("BIN:A-01-1-A")
    verdict = picking.handle_scan("NO-SUCH-THING")
    assert verdict.outcome is ScanOutcome.UNKNOWN_CODE
    assert "NO-SUCH-THING" in verdict.message


def test_a_badge_scanned_while_picking_is_ignored(picking: StationService) -> None:
    verdict = picking.handle_scan(OLGA)
    assert verdict.outcome is ScanOutcome.IGNORED
    assert picking.actor.name == "Pat Packer"


def test_every_scan_accepted_or_refused_is_in_the_scan_log(
        picking: StationService, shop: MemoryStation) -> None:
    before = len(shop.events)
    picking.handle_scan("TEE-RED-M")  # refused: bin first
    picking.handle_scan("BIN:A-01-1-A")
    assert [e.outcome for e in shop.events[before:]] == [
        ScanOutcome.WRONG_BIN.value, ScanOutcome.BIN_CONFIRMED.value]
    assert shop.events[-1].order_number == "#1001"


def test_the_last_pick_moves_the_order_to_packing(
        picking: StationService, shop: MemoryStation) -> None:
    state = pick_all(picking)
    assert state.phase is Phase.PACK
    assert state.current is not None and state.current.status == OrderStatus.PACKING.value
    assert shop.order("#1001").picked_at is not None
    assert shop.stock_of("A-01-1-A", "TEE-RED-M") == 3


def test_the_scan_that_ends_the_walk_says_pack_next(picking: StationService) -> None:
    for _ in range(2):
        step = picking.state().pick_step
        picking.handle_scan(f"BIN:{step.bin_code}")
        for _unit in range(step.remaining):
            picking.handle_scan(step.sku)
    picking.handle_scan("BIN:B-01-1-A")
    verdict = picking.handle_scan("CAP-BLK")
    assert verdict.pick_complete
    assert verdict.next_phase is Phase.PACK


def test_a_line_larger_than_one_bin_is_picked_from_two_bins(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("TEE-RED-M", 7))
    service = station(shop)
    service.take_order("#1001")
    steps = service.state().pick_list
    assert [(s.bin_code, s.quantity) for s in steps] == [("A-01-1-A", 5), ("B-02-1-A", 2)]
    state = pick_all(service)
    assert state.phase is Phase.PACK
    assert (shop.stock_of("A-01-1-A", "TEE-RED-M"), shop.stock_of("B-02-1-A", "TEE-RED-M")) == (0, 1)


def test_a_bin_another_station_emptied_sends_the_picker_to_the_next_bin(
        shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("TEE-RED-M", 1))
    service = station(shop)
    service.take_order("#1001")
    service.handle_scan("BIN:A-01-1-A")
    # Another station took every unit since (its own scans; this station's cache still
    # believes the bin holds five).
    shop.stock[(shop.bin_id("A-01-1-A"), shop.product_id("TEE-RED-M"))] = 0
    verdict = service.handle_scan("TEE-RED-M")
    assert verdict.reason is StopReason.BIN_EMPTIED
    assert verdict.expected is not None and verdict.expected.bin_code == "B-02-1-A"
    assert verdict.order.lines[0].picked == 0


def test_stock_an_order_claimed_earlier_needs_is_left_for_it(shop: MemoryStation) -> None:
    add_order(shop, "#1001", ("TEE-RED-M", 5), minutes=0)
    add_order(shop, "#1002", ("TEE-RED-M", 1), minutes=1)
    clock = Clock()
    station(shop, "Bench 2", badge=OLGA, clock=clock).take_order("#1001")
    clock.advance(1)
    service = station(shop, clock=clock)
    service.take_order("#1002")
    # Bench 2's order takes the five in A-01-1-A: this one is sent to the other bin.
    step = service.state().pick_step
    assert step is not None and step.bin_code == "B-02-1-A"


# --- a batch with tote slots ------------------------------------------------------------------

Batch = tuple[StationService, list[OrderView]]


@pytest.fixture
def batch(shop: MemoryStation) -> Batch:
    add_order(shop, "#2001", ("TEE-RED-M", 1), ("MUG-WHT", 1), minutes=0)
    add_order(shop, "#2002", ("TEE-RED-M", 2), minutes=1)
    add_order(shop, "#2003", ("LAMP-01", 4), minutes=2)  # four units: too big for a batch
    add_order(shop, "#2004", ("CAP-BLK", 1), minutes=3)
    service = station(shop)
    views = service.take_batch(3)
    return service, views


def test_a_batch_takes_small_orders_into_tote_slots_one_to_three(batch: Batch) -> None:
    _service, views = batch
    assert [(v.number, v.tote_slot) for v in views] == [("#2001", 1), ("#2002", 2), ("#2004", 3)]
    assert len({v.batch_id for v in views}) == 1 and views[0].batch_id


def test_an_order_too_big_for_a_batch_stays_in_the_queue(batch: Batch, shop: MemoryStation) -> None:
    row = shop.order("#2003")
    assert (row.status, row.claimed_station) == (OrderStatus.NEW.value, None)


def test_the_batch_walk_merges_one_sku_at_one_bin_with_a_slot_per_order(batch: Batch) -> None:
    service, _ = batch
    step = service.state().pick_list[0]
    assert (step.bin_code, step.sku, step.quantity) == ("A-01-1-A", "TEE-RED-M", 3)
    assert [(s.slot, s.order_number, s.quantity) for s in step.slots] == [
        (1, "#2001", 1), (2, "#2002", 2)]


def test_each_unit_picked_in_a_batch_names_its_tote_slot(batch: Batch) -> None:
    service, _ = batch
    service.handle_scan("BIN:A-01-1-A")
    slots = [service.handle_scan("TEE-RED-M").tote_slot for _ in range(3)]
    assert slots == [1, 2, 2]


def test_a_batch_is_packed_tote_by_tote_after_the_walk(batch: Batch) -> None:
    service, _ = batch
    state = pick_all(service)
    assert state.phase is Phase.PACK
    assert state.current is not None and state.current.number == "#2001"
    assert {v.status for v in state.orders} == {OrderStatus.PACKING.value}


def test_an_item_of_the_next_tote_while_packing_says_which_order_and_slot(batch: Batch) -> None:
    service, _ = batch
    pick_all(service)
    verdict = service.handle_scan("CAP-BLK")
    assert verdict.outcome is ScanOutcome.OTHER_ORDER
    assert verdict.got is not None
    assert (verdict.got.order_number, verdict.got.tote_slot) == ("#2004", 3)


def test_a_batch_while_holding_an_order_is_refused(batch: Batch, shop: MemoryStation) -> None:
    service, _ = batch
    with pytest.raises(StationError, match="finish order #2001 first"):
        service.take_batch(2)


def test_a_batch_with_no_small_order_in_the_queue_takes_nothing(shop: MemoryStation) -> None:
    add_order(shop, "#2003", ("LAMP-01", 4))
    service = station(shop)
    assert service.take_batch(3) == []
    assert service.state().phase is Phase.QUEUE
    assert shop.order("#2003").claimed_station is None
