"""The station's rules (packdesk.domain.picking / packing / model), in memory: no database,
no Qt. Pick walk, bin confirmation, unit picks, batches with tote slots, short picks,
verification (right item, wrong variant, wrong item, over-scan, another order's item),
notes, gift steps, what shipping needs, lead override, undo and the status table."""

from __future__ import annotations

import pytest

from packdesk.domain.errors import IllegalTransition
from packdesk.domain.model import OrderStatus, transition
from packdesk.domain.packing import (
    GIFT_STEPS,
    LoggedScan,
    OtherOrder,
    OverrideVerdict,
    PackLine,
    PackVerdict,
    RuleRefused,
    UndoVerdict,
    all_done,
    check_can_ship,
    check_gift_step,
    check_note_acknowledgement,
    gift_steps_missing,
    missing_for_ship,
    override,
    undo_action,
    undo_target,
    verify_unit,
)
from packdesk.domain.picking import (
    BinSpot,
    Item,
    PickVerdict,
    WalkLine,
    confirm_bin,
    line_picked,
    live_confirmation,
    next_stop,
    pick_unit,
    plan_walk,
    reserve,
    same_style,
    short_lines,
    split_picked,
    style_key,
)

TEE_RED_M = Item(1, "TEE-RED-M", "T-shirt — red / M", {"color": "red", "size": "M"})
TEE_RED_L = Item(2, "TEE-RED-L", "T-shirt — red / L", {"color": "red", "size": "L"})
TEE_BLU_M = Item(3, "TEE-BLU-M", "T-shirt — blue / M", {"color": "blue", "size": "M"})
MUG = Item(4, "MUG-WHI", "Mug", {})
CAP = Item(5, "CAP-BEI", "Cap — beige", {"color": "beige"})
PRODUCTS = {p.sku: p for p in (TEE_RED_M, TEE_RED_L, TEE_BLU_M, MUG, CAP)}

A1 = BinSpot(10, "A-01-1-A", "0001", 5)
A2 = BinSpot(11, "A-02-1-A", "0002", 5)
B1 = BinSpot(12, "B-01-1-A", "0010", 1)
BINS = {b.id: b for b in (A1, A2, B1)}


def wl(line_id: int, sku: str, quantity: int, *, order_id: int = 100, number: str = "#1",
       slot: int = 1, picked: int = 0, short: int = 0) -> WalkLine:
    return WalkLine(order_id, number, slot, line_id, sku, quantity, short, picked)


def holdings(**by_sku: list[BinSpot]) -> dict[int, list[BinSpot]]:
    return {PRODUCTS[sku.replace("_", "-")].id: spots for sku, spots in by_sku.items()}


def walk(lines: list[WalkLine], hold: dict[int, list[BinSpot]] | None = None,
         picked: dict[tuple[int, int], dict[int | None, int]] | None = None) -> list:
    hold = hold if hold is not None else {TEE_RED_M.id: [A1], MUG.id: [A2], CAP.id: [B1]}
    return plan_walk(lines, PRODUCTS, hold, picked or {}, BINS)


# --- the walk ---------------------------------------------------------------------------


def test_the_walk_goes_by_bin_walking_order() -> None:
    stops = walk([wl(1, "MUG-WHI", 1), wl(2, "TEE-RED-M", 2)])
    assert [s.bin_code for s in stops] == ["A-01-1-A", "A-02-1-A"]
    assert [s.quantity for s in stops] == [2, 1]


def test_a_line_beyond_one_bins_stock_is_split_over_bins() -> None:
    stops = walk([wl(1, "TEE-RED-M", 7)], {TEE_RED_M.id: [A1, A2]})
    assert [(s.bin_code, s.quantity) for s in stops] == [("A-01-1-A", 5), ("A-02-1-A", 2)]


def test_not_enough_stock_anywhere_sends_the_rest_to_the_last_bin() -> None:
    stops = walk([wl(1, "CAP-BEI", 3)])
    assert [(s.bin_code, s.quantity) for s in stops] == [("B-01-1-A", 3)]


def test_stock_reserved_by_an_order_claimed_earlier_sends_the_walk_to_the_next_bin() -> None:
    cap_bins = {CAP.id: [B1, BinSpot(13, "B-02-1-C", "0011", 4)]}
    taken = reserve({CAP.id: 1}, cap_bins)  # the earlier order's last unit at B-01-1-A
    assert taken == {(CAP.id, B1.id): 1}
    stops = plan_walk([wl(1, "CAP-BEI", 1)], PRODUCTS, cap_bins, {}, BINS, taken)
    assert [(s.bin_code, s.quantity) for s in stops] == [("B-02-1-C", 1)]
    # Without the reservation both orders would be sent to the one unit at B-01-1-A.
    alone = plan_walk([wl(1, "CAP-BEI", 1)], PRODUCTS, cap_bins, {}, BINS)
    assert [s.bin_code for s in alone] == ["B-01-1-A"]


def test_a_reservation_takes_bins_in_walking_order_up_to_their_stock() -> None:
    assert reserve({TEE_RED_M.id: 7}, {TEE_RED_M.id: [A1, A2]}) == {
        (TEE_RED_M.id, A1.id): 5, (TEE_RED_M.id, A2.id): 2}
    assert reserve({CAP.id: 3}, {CAP.id: [B1]}) == {(CAP.id, B1.id): 1}


def test_a_product_no_bin_holds_goes_last_with_no_bin() -> None:
    stops = walk([wl(1, "TEE-BLU-M", 1), wl(2, "MUG-WHI", 1)])
    assert [s.bin_code for s in stops] == ["A-02-1-A", ""]


def test_an_unknown_sku_is_a_no_bin_step() -> None:
    stops = walk([wl(1, "NOPE", 1)])
    assert stops[0].bin_code == "" and stops[0].product is None


def test_short_units_are_not_walked() -> None:
    stops = walk([wl(1, "TEE-RED-M", 3, short=1)])
    assert stops[0].quantity == 2


def test_picked_units_stay_in_the_walk_as_done() -> None:
    stops = walk([wl(1, "TEE-RED-M", 2, picked=2)], picked={(100, TEE_RED_M.id): {A1.id: 2}})
    assert stops[0].remaining == 0 and stops[0].picked == 2
    assert next_stop(stops) is None


def test_a_unit_picked_from_a_bin_no_longer_listing_it_is_named() -> None:
    stops = walk([wl(1, "TEE-RED-M", 2, picked=1)], picked={(100, TEE_RED_M.id): {B1.id: 1}})
    assert {(s.bin_code, s.picked) for s in stops} == {("B-01-1-A", 1), ("A-01-1-A", 0)}


def test_the_same_sku_on_two_lines_is_two_allocations() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1), wl(2, "TEE-RED-M", 2)])
    assert len(stops) == 1 and stops[0].quantity == 3
    assert [(a.line_id, a.quantity) for a in stops[0].allocations] == [(1, 1), (2, 2)]


def test_picks_of_a_repeated_sku_are_shared_out_per_line() -> None:
    lines = [wl(1, "TEE-RED-M", 1, picked=1), wl(2, "TEE-RED-M", 2, picked=1)]
    stops = walk(lines, picked={(100, TEE_RED_M.id): {A1.id: 2}})
    assert [(a.line_id, a.picked, a.remaining) for a in stops[0].allocations] == [
        (1, 1, 0), (2, 1, 1)]
    assert stops[0].remaining == 1


def test_split_picked_gives_each_line_at_most_what_it_picked() -> None:
    lines = [wl(1, "TEE-RED-M", 1, picked=1), wl(2, "TEE-RED-M", 3, picked=2)]
    shares = split_picked(lines, PRODUCTS, {(100, TEE_RED_M.id): {A1.id: 1, A2.id: 2}})
    assert shares == {1: {A1.id: 1}, 2: {A2.id: 2}}


def test_a_batch_merges_one_bin_and_sku_into_one_step_with_tote_slots() -> None:
    lines = [wl(1, "TEE-RED-M", 1, order_id=100, number="#1", slot=1),
             wl(2, "TEE-RED-M", 2, order_id=200, number="#2", slot=2)]
    stops = walk(lines)
    assert len(stops) == 1
    assert [(a.tote_slot, a.order_number, a.quantity) for a in stops[0].allocations] == [
        (1, "#1", 1), (2, "#2", 2)]


def test_a_batch_shares_the_stock_of_a_bin() -> None:
    lines = [wl(1, "CAP-BEI", 1, order_id=100, slot=1), wl(2, "CAP-BEI", 1, order_id=200, slot=2)]
    stops = walk(lines, {CAP.id: [B1, BinSpot(14, "C-01-1-A", "0020", 5)]})
    assert [(s.bin_code, [a.tote_slot for a in s.allocations]) for s in stops] == [
        ("B-01-1-A", [1]), ("C-01-1-A", [2])]


# --- bins and units while picking ---------------------------------------------------------


def test_the_next_steps_bin_label_confirms_it() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1)])
    scan = confirm_bin(stops, "A-01-1-A")
    assert scan.verdict is PickVerdict.BIN_CONFIRMED and scan.stop is stops[0]


@pytest.mark.parametrize("code", ["A-02-1-A", "Z-99-9-Z", ""])
def test_another_bin_label_is_the_wrong_bin(code: str) -> None:
    stops = walk([wl(1, "TEE-RED-M", 1), wl(2, "MUG-WHI", 1)])
    scan = confirm_bin(stops, code)
    assert scan.verdict is PickVerdict.WRONG_BIN and scan.stop is not None
    assert scan.stop.bin_code == "A-01-1-A"


def test_a_bin_label_after_the_walk_is_nothing_left() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1, picked=1)], picked={(100, TEE_RED_M.id): {A1.id: 1}})
    assert confirm_bin(stops, "A-01-1-A").verdict is PickVerdict.NOTHING_LEFT


def test_an_item_before_its_bin_label_asks_for_the_bin() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1)])
    pick = pick_unit(stops, None, TEE_RED_M)
    assert pick.verdict is PickVerdict.SCAN_BIN_FIRST and pick.expected is stops[0]


def test_an_item_at_a_bin_with_nothing_left_asks_for_the_bin() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1), wl(2, "MUG-WHI", 1)])
    assert pick_unit(stops, "B-01-1-A", TEE_RED_M).verdict is PickVerdict.SCAN_BIN_FIRST


def test_the_right_item_at_the_confirmed_bin_is_picked() -> None:
    stops = walk([wl(1, "TEE-RED-M", 2)])
    pick = pick_unit(stops, "A-01-1-A", TEE_RED_M)
    assert pick.verdict is PickVerdict.PICKED
    assert pick.allocation is not None and pick.allocation.line_id == 1
    assert not pick.bin_done


def test_the_last_unit_at_a_bin_says_the_bin_is_done() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1)])
    assert pick_unit(stops, "A-01-1-A", TEE_RED_M).bin_done


def test_an_item_at_a_later_bin_confirmed_out_of_order_is_picked() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1), wl(2, "MUG-WHI", 1)])
    pick = pick_unit(stops, "A-02-1-A", MUG)
    assert pick.verdict is PickVerdict.PICKED and pick.allocation is not None
    assert pick.allocation.line_id == 2


@pytest.mark.parametrize("product", [TEE_RED_L, TEE_BLU_M])
def test_another_variant_while_picking_is_a_wrong_variant(product: Item) -> None:
    stops = walk([wl(1, "TEE-RED-M", 1)])
    pick = pick_unit(stops, "A-01-1-A", product)
    assert pick.verdict is PickVerdict.WRONG_VARIANT and pick.expected is stops[0]


@pytest.mark.parametrize("product", [MUG, CAP])
def test_another_product_while_picking_is_a_wrong_item(product: Item) -> None:
    stops = walk([wl(1, "TEE-RED-M", 1)])
    assert pick_unit(stops, "A-01-1-A", product).verdict is PickVerdict.WRONG_ITEM


def test_the_second_line_of_a_repeated_sku_takes_the_next_unit() -> None:
    lines = [wl(1, "TEE-RED-M", 1, picked=1), wl(2, "TEE-RED-M", 2)]
    stops = walk(lines, picked={(100, TEE_RED_M.id): {A1.id: 1}})
    pick = pick_unit(stops, "A-01-1-A", TEE_RED_M)
    assert pick.verdict is PickVerdict.PICKED and pick.allocation is not None
    assert pick.allocation.line_id == 2


def test_in_a_batch_the_unit_goes_to_the_first_open_tote_slot() -> None:
    lines = [wl(1, "TEE-RED-M", 1, order_id=100, slot=1, picked=1),
             wl(2, "TEE-RED-M", 1, order_id=200, number="#2", slot=2)]
    stops = walk(lines, picked={(100, TEE_RED_M.id): {A1.id: 1}})
    pick = pick_unit(stops, "A-01-1-A", TEE_RED_M)
    assert pick.allocation is not None and pick.allocation.tote_slot == 2
    assert pick.allocation.order_number == "#2"


@pytest.mark.parametrize(("quantity", "picked", "short", "done"), [
    (2, 2, 0, True), (2, 1, 0, False), (2, 1, 1, True), (3, 0, 3, True), (1, 0, 0, False)])
def test_a_line_is_picked_when_picked_and_short_cover_it(quantity: int, picked: int, short: int,
                                                          done: bool) -> None:
    assert line_picked(quantity, picked, short) is done


# --- short pick ---------------------------------------------------------------------------


def test_a_short_pick_with_stock_elsewhere_holds_nothing() -> None:
    lines = [wl(1, "TEE-RED-M", 2)]
    before = walk(lines, {TEE_RED_M.id: [A1, A2]})[0]
    after = walk(lines, {TEE_RED_M.id: [BinSpot(10, "A-01-1-A", "0001", 0), A2]})
    assert short_lines(before, after, lines, "bin empty") == []


def test_a_short_pick_with_no_stock_elsewhere_holds_the_order() -> None:
    lines = [wl(1, "CAP-BEI", 2, picked=0)]
    before = walk(lines)[0]
    after = walk(lines, {CAP.id: [BinSpot(12, "B-01-1-A", "0010", 0)]})
    shorts = short_lines(before, after, lines, "bin empty")
    assert len(shorts) == 1 and shorts[0].missing == 2 and shorts[0].line_id == 1
    assert shorts[0].hold_reason == "short pick: bin B-01-1-A had no CAP-BEI (2 missing; bin empty)"


def test_a_short_pick_of_a_product_no_bin_holds_says_no_bin() -> None:
    lines = [wl(1, "TEE-BLU-M", 1)]
    before = walk(lines)[0]
    shorts = short_lines(before, walk(lines), lines, "not found")
    assert "no bin had no TEE-BLU-M" in shorts[0].hold_reason


def test_a_short_pick_in_a_batch_holds_each_order_short() -> None:
    lines = [wl(1, "CAP-BEI", 1, order_id=100, slot=1),
             wl(2, "CAP-BEI", 1, order_id=200, number="#2", slot=2)]
    empty = {CAP.id: [BinSpot(12, "B-01-1-A", "0010", 0)]}
    before = walk(lines, empty)[0]
    shorts = short_lines(before, walk(lines, empty), lines, "bin empty")
    assert [s.order_id for s in shorts] == [100, 200]


# --- same style ---------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "same"), [
    (TEE_RED_L, TEE_RED_M, True), (TEE_BLU_M, TEE_RED_M, True), (MUG, TEE_RED_M, False),
    (TEE_RED_M, TEE_RED_M, False), (CAP, MUG, False)])
def test_same_style_tells_a_variant_from_another_product(a: Item, b: Item, same: bool) -> None:
    assert same_style(a, b.sku, b.name, b.attributes) is same


@pytest.mark.parametrize(("name", "key"), [
    ("T-shirt — red / M", "name:t-shirt"), ("Hoodie - Red, M", "name:hoodie"),
    ("Mug", "name:mug")])
def test_style_key_reads_the_name_before_the_variant(name: str, key: str) -> None:
    assert style_key("X-1", name, {}) == key


# --- verifying units ----------------------------------------------------------------------


def pl(line_id: int, item: Item, quantity: int, **kw: object) -> PackLine:
    return PackLine(line_id, item.sku, quantity, item.name, item.attributes, **kw)  # type: ignore[arg-type]


def test_the_right_item_is_verified_on_its_line() -> None:
    check = verify_unit([pl(1, TEE_RED_M, 2), pl(2, MUG, 1)], MUG)
    assert check.verdict is PackVerdict.VERIFIED and check.line is not None and check.line.id == 2
    assert not check.complete


def test_the_last_unit_completes_the_order() -> None:
    check = verify_unit([pl(1, TEE_RED_M, 2, verified=2), pl(2, MUG, 1)], MUG)
    assert check.accepted and check.complete


def test_one_unit_more_than_ordered_is_an_over_scan() -> None:
    check = verify_unit([pl(1, MUG, 1, verified=1), pl(2, TEE_RED_M, 1)], MUG)
    assert check.verdict is PackVerdict.OVER_SCAN and check.line is not None
    assert check.line.id == 1


def test_short_units_need_no_verification() -> None:
    check = verify_unit([pl(1, MUG, 2, verified=1, short=1), pl(2, TEE_RED_M, 1)], MUG)
    assert check.verdict is PackVerdict.OVER_SCAN


@pytest.mark.parametrize("product", [TEE_RED_L, TEE_BLU_M])
def test_another_size_or_colour_is_a_wrong_variant(product: Item) -> None:
    check = verify_unit([pl(1, TEE_RED_M, 1), pl(2, MUG, 1)], product)
    assert check.verdict is PackVerdict.WRONG_VARIANT and check.line is not None
    assert check.line.sku == "TEE-RED-M"


def test_a_variant_of_a_verified_line_is_a_wrong_variant_once_nothing_else_is_open() -> None:
    check = verify_unit([pl(1, TEE_RED_M, 1, verified=1), pl(2, MUG, 1, verified=1)], TEE_RED_L)
    assert check.verdict is PackVerdict.WRONG_VARIANT


def test_a_variant_of_a_verified_line_while_others_are_open_is_a_wrong_item() -> None:
    check = verify_unit([pl(1, TEE_RED_M, 1, verified=1), pl(2, MUG, 1)], TEE_RED_L)
    assert check.verdict is PackVerdict.WRONG_ITEM and check.line is not None
    assert check.line.id == 2


def test_an_unrelated_product_is_a_wrong_item_pointing_at_the_first_open_line() -> None:
    check = verify_unit([pl(1, TEE_RED_M, 1, verified=1), pl(2, MUG, 1)], CAP)
    assert check.verdict is PackVerdict.WRONG_ITEM and check.line is not None
    assert check.line.id == 2


def test_another_orders_item_in_a_batch_names_that_order_and_slot() -> None:
    others = [OtherOrder("#2", 2, frozenset({"CAP-BEI"}))]
    check = verify_unit([pl(1, MUG, 1)], CAP, others)
    assert check.verdict is PackVerdict.OTHER_ORDER
    assert check.other is not None and (check.other.number, check.other.tote_slot) == ("#2", 2)


def test_an_item_of_no_order_in_hand_is_a_wrong_item_even_in_a_batch() -> None:
    others = [OtherOrder("#2", 2, frozenset({"TEE-BLU-M"}))]
    assert verify_unit([pl(1, MUG, 1)], CAP, others).verdict is PackVerdict.WRONG_ITEM


def test_a_repeated_sku_fills_its_first_line_then_the_second() -> None:
    lines = [pl(1, MUG, 1, verified=1), pl(2, MUG, 2)]
    check = verify_unit(lines, MUG)
    assert check.accepted and check.line is not None and check.line.id == 2


def test_a_repeated_sku_is_over_scanned_only_when_both_lines_are_full() -> None:
    lines = [pl(1, MUG, 1, verified=1), pl(2, MUG, 2, verified=2)]
    assert verify_unit(lines, MUG).verdict is PackVerdict.OVER_SCAN


def test_an_overridden_line_takes_no_more_units() -> None:
    lines = [pl(1, MUG, 2, overridden_by="Lena"), pl(2, TEE_RED_M, 1)]
    assert verify_unit(lines, MUG).verdict is PackVerdict.OVER_SCAN


@pytest.mark.parametrize(("lines", "done"), [
    ([pl(1, MUG, 1, verified=1)], True), ([pl(1, MUG, 2, verified=1)], False),
    ([pl(1, MUG, 2, overridden_by="Lena")], True), ([pl(1, MUG, 2, short=2)], True),
    ([pl(1, MUG, 1, verified=1), pl(2, CAP, 1)], False)])
def test_an_order_is_complete_when_every_line_is_done(lines: list[PackLine], done: bool) -> None:
    assert all_done(lines) is done


# --- lead override ------------------------------------------------------------------------


def test_a_lead_overrides_the_first_open_line() -> None:
    decision = override([pl(1, MUG, 1, verified=1), pl(2, CAP, 2)], "Lena", is_lead=True)
    assert decision.verdict is OverrideVerdict.OVERRIDDEN and decision.line is not None
    assert decision.line.id == 2 and decision.complete


def test_an_override_of_one_line_of_two_open_does_not_complete() -> None:
    decision = override([pl(1, MUG, 1), pl(2, CAP, 2)], "Lena", is_lead=True)
    assert decision.line is not None and decision.line.id == 1 and not decision.complete


def test_a_packers_badge_cannot_override() -> None:
    assert override([pl(1, MUG, 1)], "Pat", is_lead=False).verdict is OverrideVerdict.NEEDS_LEAD


def test_nothing_to_override_when_every_line_is_done() -> None:
    decision = override([pl(1, MUG, 1, verified=1)], "Lena", is_lead=True)
    assert decision.verdict is OverrideVerdict.ALREADY_PACKED


def test_a_chosen_line_is_overridden() -> None:
    decision = override([pl(1, MUG, 1), pl(2, CAP, 1)], "Lena", is_lead=True, line_id=2)
    assert decision.line is not None and decision.line.id == 2


def test_overriding_a_line_the_order_has_not_is_refused() -> None:
    with pytest.raises(RuleRefused, match="no such line"):
        override([pl(1, MUG, 1)], "Lena", is_lead=True, line_id=9)


# --- note, gift steps, shipping --------------------------------------------------------------


def test_a_note_is_acknowledged_only_when_there_is_one() -> None:
    check_note_acknowledgement("#1", "Please double-bag")
    with pytest.raises(RuleRefused, match="no customer note"):
        check_note_acknowledgement("#1", "   ")


@pytest.mark.parametrize("step", GIFT_STEPS)
def test_each_gift_step_can_be_confirmed_on_a_gift(step: str) -> None:
    check_gift_step("#1", step, gift=True)


def test_a_gift_step_on_an_order_that_is_no_gift_is_refused() -> None:
    with pytest.raises(RuleRefused, match="not a gift"):
        check_gift_step("#1", "card", gift=False)


def test_an_unknown_gift_step_is_refused() -> None:
    with pytest.raises(RuleRefused, match="unknown gift step"):
        check_gift_step("#1", "bow", gift=True)


@pytest.mark.parametrize(("gift", "done", "missing"), [
    (False, (), ()), (True, (), GIFT_STEPS), (True, ("card",), ("gift_slip", "wrap")),
    (True, GIFT_STEPS, ())])
def test_gift_steps_missing(gift: bool, done: tuple[str, ...], missing: tuple[str, ...]) -> None:
    assert gift_steps_missing(gift, done) == missing


def test_shipping_needs_units_note_gift_and_label() -> None:
    missing = missing_for_ship(all_verified=False, customer_note="ring twice",
                               note_acknowledged=False, gift=True, gift_steps_done=("card",),
                               label_printed=False)
    assert missing == ("verify", "note", "gift_slip", "wrap", "label")


def test_a_complete_order_misses_nothing() -> None:
    assert missing_for_ship(all_verified=True, customer_note="", note_acknowledged=False,
                            gift=False, gift_steps_done=(), label_printed=True) == ()


def test_shipping_refusal_names_what_is_missing() -> None:
    with pytest.raises(RuleRefused, match="customer note is not acknowledged"):
        check_can_ship("#1", ("note", "label"), label_waived=True)


def test_a_leads_waiver_covers_the_label_only() -> None:
    check_can_ship("#1", ("label",), label_waived=True)
    with pytest.raises(RuleRefused, match="label is not printed"):
        check_can_ship("#1", ("label",), label_waived=False)


# --- undo ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("phase", "status", "verdict"), [
    ("pick", None, UndoVerdict.UNDO_PICK), ("pack", "packing", UndoVerdict.UNDO_VERIFY),
    ("pack", "packed", UndoVerdict.ALREADY_PACKED), ("queue", None, UndoVerdict.NOTHING)])
def test_undo_reverses_the_scan_of_the_phase(phase: str, status: str | None,
                                             verdict: UndoVerdict) -> None:
    assert undo_action(phase, status) is verdict


def test_undo_takes_the_newest_scan_of_its_kind() -> None:
    events = [LoggedScan(3, False, {"action": "verify"}), LoggedScan(2, False, {"action": "pick"}),
              LoggedScan(1, False, {"action": "pick"})]
    target = undo_target(events, "pick")
    assert target is not None and target.id == 2


def test_an_undone_scan_is_not_undone_twice() -> None:
    events = [LoggedScan(3, True, {"undoes": 2}), LoggedScan(2, False, {"action": "pick"}),
              LoggedScan(1, False, {"action": "pick"})]
    target = undo_target(events, "pick")
    assert target is not None and target.id == 1


def test_nothing_to_undo_when_every_scan_is_undone() -> None:
    events = [LoggedScan(2, True, {"undoes": 1}), LoggedScan(1, False, {"action": "verify"})]
    assert undo_target(events, "verify") is None


# --- the one status table ---------------------------------------------------------------------


@pytest.mark.parametrize(("current", "target"), [
    (OrderStatus.NEW, OrderStatus.PICKING), (OrderStatus.PICKING, OrderStatus.PACKING),
    (OrderStatus.PACKING, OrderStatus.PACKED), (OrderStatus.PACKED, OrderStatus.SHIPPED),
    (OrderStatus.PICKING, OrderStatus.NEW)])
def test_the_station_path_is_allowed(current: OrderStatus, target: OrderStatus) -> None:
    assert transition(current, target).status is target


@pytest.mark.parametrize(("current", "target"), [
    (OrderStatus.NEW, OrderStatus.PACKED), (OrderStatus.SHIPPED, OrderStatus.PICKING),
    (OrderStatus.PACKED, OrderStatus.PICKING), (OrderStatus.CANCELLED, OrderStatus.NEW)])
def test_skipping_or_leaving_a_final_status_is_refused(current: OrderStatus,
                                                        target: OrderStatus) -> None:
    with pytest.raises(IllegalTransition):
        transition(current, target)


def test_a_hold_keeps_where_it_came_from_and_why() -> None:
    change = transition(OrderStatus.PICKING, OrderStatus.ON_HOLD, "short pick")
    assert (change.held_from, change.hold_reason) == (OrderStatus.PICKING, "short pick")
    back = transition(OrderStatus.ON_HOLD, OrderStatus.PICKING, held_from=OrderStatus.PICKING,
                      hold_reason="short pick")
    assert (back.status, back.held_from, back.hold_reason) == (OrderStatus.PICKING, None, "")


def test_a_held_order_returns_only_to_where_it_was_held_or_new() -> None:
    with pytest.raises(IllegalTransition, match="held while picking"):
        transition(OrderStatus.ON_HOLD, OrderStatus.PACKED, held_from=OrderStatus.PICKING)


def test_a_hold_needs_a_reason() -> None:
    with pytest.raises(IllegalTransition, match="needs a reason"):
        transition(OrderStatus.PACKING, OrderStatus.ON_HOLD, " ")


def test_cancelling_a_held_order_keeps_the_hold_and_records_why() -> None:
    change = transition(OrderStatus.ON_HOLD, OrderStatus.CANCELLED, "customer",
                        held_from=OrderStatus.NEW, hold_reason="note")
    assert (change.held_from, change.hold_reason, change.cancel_reason) == (
        OrderStatus.NEW, "note", "customer")


def test_a_confirmed_bin_counts_while_it_has_something_to_take() -> None:
    stops = walk([wl(1, "TEE-RED-M", 1), wl(2, "MUG-WHI", 1)])
    assert live_confirmation(stops, "A-01-1-A") == "A-01-1-A"
    assert live_confirmation(stops, None) is None


def test_emptying_a_bin_spends_its_confirmation() -> None:
    lines = [wl(1, "TEE-RED-M", 1, picked=1), wl(2, "MUG-WHI", 1)]
    stops = walk(lines, picked={(100, TEE_RED_M.id): {A1.id: 1}})
    assert live_confirmation(stops, "A-01-1-A") is None
    assert pick_unit(stops, "A-01-1-A", MUG).verdict is PickVerdict.SCAN_BIN_FIRST
