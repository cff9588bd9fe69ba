"""Return rules without a database: what may come back, where it goes, what is refunded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packdesk.domain.barcodes import barcode_key
from packdesk.domain.returns import (
    Condition,
    ReceivedUnit,
    Return,
    ReturnPolicy,
    ReturnRefused,
    ShippedLine,
    compute_refund,
    location_for,
    parse_item,
)

TEE_GTIN = "4006381333931"


def two_line_return(**overrides: object) -> Return:
    lines = [
        _line(1, "TEE-BLA-M", 2, "19.90", codes=frozenset({barcode_key(TEE_GTIN)})),
        _line(2, "CAP-RED", 1, "12.50"),
    ]
    values: dict[str, object] = {"order_number": "#1001", "lines": lines, "currency": "EUR"}
    values.update(overrides)
    return Return(**values)  # type: ignore[arg-type]


def _line(line_id: int, sku: str, shipped: int, price: str, returned: int = 0,
          codes: frozenset[str] = frozenset()) -> ShippedLine:
    return ShippedLine(line_id, sku, sku.title(), shipped, returned, Decimal(price), codes)


def test_a_unit_is_received_by_its_barcode_or_its_sku() -> None:
    ret = two_line_return()
    assert ret.receive(TEE_GTIN).sku == "TEE-BLA-M"
    assert ret.receive("cap-red", Condition.DAMAGED).condition is Condition.DAMAGED
    assert len(ret.units) == 2


def test_a_unit_not_shipped_in_the_order_is_refused_naming_the_order_it_may_belong_to() -> None:
    ret = two_line_return()
    with pytest.raises(ReturnRefused, match="SOCK-01 was not shipped in order #1001; it might belong to order #1007"):
        ret.receive("SOCK-01", other_order="#1007")
    with pytest.raises(ReturnRefused, match=r"was not shipped in order #1001$"):
        ret.receive("SOCK-01")
    assert ret.units == []


def test_a_unit_beyond_the_shipped_quantity_is_refused_with_how_many_came_back() -> None:
    ret = two_line_return()
    ret.receive("TEE-BLA-M")
    ret.receive(TEE_GTIN)
    with pytest.raises(ReturnRefused, match="2 of 2 already returned"):
        ret.receive("TEE-BLA-M")
    assert len(ret.units) == 2


def test_units_returned_earlier_count_against_the_shipped_quantity() -> None:
    ret = Return("#1001", [_line(1, "TEE-BLA-M", 2, "19.90", returned=2)], "EUR")
    with pytest.raises(ReturnRefused, match="2 of 2 already returned"):
        ret.receive("TEE-BLA-M")


def test_an_order_never_shipped_cannot_be_returned() -> None:
    with pytest.raises(ReturnRefused, match="never shipped"):
        two_line_return(shipped=False)


def test_resellable_units_go_to_their_bin_the_others_to_quarantine() -> None:
    policy = ReturnPolicy(quarantine_bin="Q-01-1-A")
    good = ReceivedUnit(1, "TEE-BLA-M", "TEE-BLA-M", Condition.RESELLABLE)
    assert location_for(good, "A-03-2-B", policy) == "A-03-2-B"
    for condition in (Condition.OPENED, Condition.DAMAGED, Condition.WRONG_ITEM):
        unit = ReceivedUnit(1, "TEE-BLA-M", "TEE-BLA-M", condition)
        assert location_for(unit, "A-03-2-B", policy) == "Q-01-1-A"
    # A product with no bin goes to quarantine too, where someone will shelve it.
    assert location_for(good, None, policy) == "Q-01-1-A"


def test_the_refund_is_the_paid_prices_of_the_returned_units_in_decimal() -> None:
    ret = two_line_return()
    ret.receive("TEE-BLA-M")
    ret.receive("CAP-RED", Condition.DAMAGED)
    refund = compute_refund(ret, ReturnPolicy())
    assert refund.amount == Decimal("32.40") and refund.currency == "EUR"
    assert {(line.sku, line.quantity, line.total) for line in refund.lines} == {
        ("TEE-BLA-M", 1, Decimal("19.90")), ("CAP-RED", 1, Decimal("12.50"))}


def test_a_restocking_fee_is_taken_from_the_conditions_the_admin_charges_for() -> None:
    ret = two_line_return()
    ret.receive("TEE-BLA-M", Condition.OPENED)
    ret.receive("CAP-RED", Condition.DAMAGED)
    policy = ReturnPolicy(restocking_fee_percent=Decimal("10"))
    refund = compute_refund(ret, policy)
    assert refund.restocking_fee == Decimal("1.99")
    assert refund.amount == Decimal("30.41")  # 17.91 + 12.50


def test_shipping_is_refunded_only_by_rule_or_when_the_shop_sent_the_wrong_item() -> None:
    partial = two_line_return()
    partial.receive("CAP-RED")
    rule = ReturnPolicy(refund_shipping=True)
    assert compute_refund(partial, rule, shipping_paid=Decimal("4.90")).shipping == 0
    whole = two_line_return()
    for code in ("TEE-BLA-M", "TEE-BLA-M", "CAP-RED"):
        whole.receive(code)
    assert compute_refund(whole, rule, shipping_paid=Decimal("4.90")).amount == Decimal("57.20")
    assert compute_refund(whole, ReturnPolicy(), shipping_paid=Decimal("4.90")).shipping == 0
    wrong = two_line_return()
    wrong.receive("CAP-RED", Condition.WRONG_ITEM)
    assert compute_refund(wrong, ReturnPolicy(), shipping_paid=Decimal("4.90")).amount == Decimal("17.40")


def test_refunds_above_the_admins_amount_need_a_lead() -> None:
    ret = two_line_return()
    ret.receive("TEE-BLA-M")
    refund = compute_refund(ret, ReturnPolicy())
    assert refund.needs_approval(ReturnPolicy(approval_above=Decimal("10")))
    assert not refund.needs_approval(ReturnPolicy(approval_above=Decimal("19.90")))
    assert not refund.needs_approval(ReturnPolicy())


def test_the_command_line_item_syntax() -> None:
    assert parse_item("TEE-BLA-M") == ("TEE-BLA-M", Condition.RESELLABLE)
    assert parse_item("TEE-BLA-M:damaged") == ("TEE-BLA-M", Condition.DAMAGED)
    assert parse_item("X:wrong_item") == ("X", Condition.WRONG_ITEM)
    with pytest.raises(ReturnRefused, match="not a condition"):
        parse_item("TEE-BLA-M:broken")
