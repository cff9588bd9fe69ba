"""The box proposal and the weight check, as plain rules (no database, no Qt)."""

from __future__ import annotations

import itertools
import random

import pytest

from packdesk.domain.boxes import (
    BoxPreset,
    Dimensions,
    NoBoxFits,
    PackUnit,
    WeightTolerance,
    check_weight,
    learned_unit_weight_g,
    propose_box,
)
from tests.helpers.boxsearch import smallest_box_by_brute_force

BOXES = [
    BoxPreset("S", Dimensions(200, 150, 80), 90, "BOX-S"),
    BoxPreset("M", Dimensions(300, 200, 150), 180, "BOX-M"),
    BoxPreset("L", Dimensions(400, 300, 250), 320, "BOX-L"),
]


def unit(sku: str, l: int, w: int, h: int, grams: int | None = 100) -> PackUnit:  # noqa: E741
    return PackUnit(sku, sku, Dimensions(l, w, h), grams)


def test_a_small_unit_gets_the_smallest_box() -> None:
    proposal = propose_box([unit("MUG", 120, 90, 100)], BOXES)
    assert proposal.box.code == "M"  # no side of it is under S's 80 mm height
    assert 0 < proposal.fill_percent < 100


def test_a_long_unit_is_turned_to_fit() -> None:
    # 190 mm long, 70 mm high: fits S lying down only.
    proposal = propose_box([unit("TUBE", 70, 70, 190)], BOXES)
    assert proposal.box.code == "S"
    (placement,) = proposal.placements
    assert placement.size[2] <= 80


def test_units_that_fit_apart_but_not_together_get_a_bigger_box() -> None:
    units = [unit("BOOK", 190, 140, 40), unit("BOOK", 190, 140, 40), unit("BOOK", 190, 140, 40)]
    assert propose_box(units[:2], BOXES).box.code == "S"
    assert propose_box(units, BOXES).box.code == "M"


def test_a_unit_that_fits_no_box_says_so_and_names_it() -> None:
    with pytest.raises(NoBoxFits, match="LADDER fits no box"):
        propose_box([unit("MUG", 50, 50, 50), unit("LADDER", 1200, 80, 80)], BOXES)


def test_a_unit_without_dimensions_asks_for_the_lead() -> None:
    with pytest.raises(NoBoxFits, match="no dimensions for GIFT"):
        propose_box([PackUnit("GIFT", "Gift card", None)], BOXES)


def test_a_box_out_of_stock_is_not_proposed() -> None:
    boxes = [BoxPreset("S", Dimensions(200, 150, 80), 90, stock=0), *BOXES[1:]]
    assert propose_box([unit("TUBE", 70, 70, 190)], boxes).box.code == "M"


def test_equal_volume_boxes_prefer_the_lighter_one() -> None:
    boxes = [BoxPreset("HEAVY", Dimensions(200, 150, 80), 200),
             BoxPreset("LIGHT", Dimensions(150, 200, 80), 60)]
    assert propose_box([unit("X", 10, 10, 10)], boxes).box.code == "LIGHT"


def test_three_unit_orders_get_the_box_a_brute_force_search_finds() -> None:
    rng = random.Random(25)
    boxes = [BoxPreset(f"B{i}", Dimensions(*d), 50 + 10 * i) for i, d in enumerate([
        (150, 100, 60), (200, 150, 80), (220, 160, 120), (250, 200, 100), (300, 200, 150),
        (350, 250, 200), (400, 300, 250)])]
    checked = refused = 0
    for _ in range(60):
        units = [unit(f"P{i}", rng.randint(40, 420), rng.randint(30, 260), rng.randint(20, 200))
                 for i in range(3)]
        expected = smallest_box_by_brute_force(units, boxes)
        if expected is None:
            with pytest.raises(NoBoxFits):
                propose_box(units, boxes)
            refused += 1
            continue
        proposal = propose_box(units, boxes)
        assert proposal.box == expected, units
        # The placements are real: inside the box, no two overlap.
        inner = (proposal.box.inner.length, proposal.box.inner.width, proposal.box.inner.height)
        for p in proposal.placements:
            assert all(0 <= (p.x, p.y, p.z)[i] and (p.x, p.y, p.z)[i] + p.size[i] <= inner[i]
                       for i in range(3))
        for a, b in itertools.combinations(proposal.placements, 2):
            pa, pb = (a.x, a.y, a.z), (b.x, b.y, b.z)
            assert not all(pa[i] < pb[i] + b.size[i] and pb[i] < pa[i] + a.size[i]
                           for i in range(3))
        checked += 1
    assert checked > 20 and refused > 5  # both kinds of order were tried


def test_a_parcel_150_g_light_is_stopped_and_says_an_item_may_be_missing() -> None:
    units = [unit("MUG", 100, 100, 100, 350), unit("MUG", 100, 100, 100, 350),
             unit("SPOON", 150, 30, 10, 40)]
    verdict = check_weight(units, tare_g=180, measured_g=180 + 350 + 40)  # one mug short
    assert not verdict.ok
    assert verdict.message() == "350 g lighter than expected: is an item missing?"
    fine = check_weight(units, tare_g=180, measured_g=180 + 740 + 15)
    assert fine.ok


def test_tolerance_is_the_larger_of_three_percent_and_twenty_grams() -> None:
    light = [unit("CARD", 100, 100, 1, 20)]
    assert check_weight(light, 30, 50 + 20).ok
    assert not check_weight(light, 30, 50 + 21).ok
    heavy = [unit("KETTLE", 200, 200, 200, 2000)]  # expected 2100 g: 3 % = 63 g
    assert check_weight(heavy, 100, 2100 - 63).ok
    assert not check_weight(heavy, 100, 2100 - 64).ok
    tight = WeightTolerance(percent=1, min_g=5, dunnage_g=10)
    assert not check_weight(heavy, 100, 2100 + 10 - 30, tight).ok
    assert check_weight(heavy, 100, 2100 + 10 - 20, tight).ok


def test_a_unit_with_no_weight_leaves_the_parcel_unchecked_and_is_learned() -> None:
    units = [unit("NEW", 50, 50, 50, None), unit("NEW", 50, 50, 50, None)]
    verdict = check_weight(units, 90, 590)
    assert verdict.ok and not verdict.checkable
    assert "no weight known for NEW" in verdict.message()
    assert learned_unit_weight_g(units, 90, 590) == ("NEW", 250)
    assert learned_unit_weight_g([*units, unit("OLD", 5, 5, 5, 10)], 90, 600) is None
