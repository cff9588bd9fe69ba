from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packdesk.domain.barcodes import barcode_key, gtin_check_digit, is_valid_gtin, normalize_gtin
from packdesk.domain.errors import (
    DuplicateOrder,
    IllegalTransition,
    InvalidBarcode,
    InvalidBinCode,
    InvalidOrder,
)
from packdesk.domain.model import (
    Address,
    BinCode,
    Order,
    OrderLine,
    OrderStatus,
    Product,
    Role,
    ensure_unique_keys,
)
from packdesk.domain.pins import hash_pin, verify_pin


def make_order(**overrides: object) -> Order:
    values: dict[str, object] = dict(
        source="demo",
        external_id="1",
        number="#1001",
        placed_at=datetime(2026, 11, 26, 8, 0),
        ship_to=Address("Kari Nordmann", "Storgata 1", "Oslo", "0184", "NO"),
        lines=[OrderLine("TEE-BLA-M", 2, attributes={"color": "black", "size": "M"})],
    )
    values.update(overrides)
    return Order(**values)  # type: ignore[arg-type]


# --- GTINs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "gtin14"),
    [
        ("036000291452", "00036000291452"),  # UPC-A
        ("4006381333931", "04006381333931"),  # EAN-13
        ("96385074", "00000096385074"),  # EAN-8
        ("10614141000415", "10614141000415"),  # GTIN-14
    ],
)
def test_every_gtin_length_normalises_to_gtin14(code: str, gtin14: str) -> None:
    assert normalize_gtin(code) == gtin14


def test_upc_a_and_its_ean13_form_are_the_same_product() -> None:
    assert barcode_key("036000291452") == barcode_key("0036000291452")


@pytest.mark.parametrize("code", ["036000291453", "4006381333932", "96385075", "10614141000416"])
def test_a_wrong_check_digit_is_refused_with_the_expected_digit(code: str) -> None:
    with pytest.raises(InvalidBarcode, match="check digit"):
        normalize_gtin(code)
    with pytest.raises(InvalidBarcode):
        barcode_key(code)


@pytest.mark.parametrize("code", ["12345", "abc", "0360002914521234"])
def test_non_gtin_lengths_or_letters_are_not_gtins(code: str) -> None:
    with pytest.raises(InvalidBarcode):
        normalize_gtin(code)


def test_store_codes_are_kept_but_never_collide_with_gtins() -> None:
    assert barcode_key("SHOP-TEE-01") == "X:SHOP-TEE-01"
    with pytest.raises(InvalidBarcode):
        barcode_key("has space")


@given(st.text(alphabet="0123456789", min_size=7, max_size=13))
def test_a_body_with_its_computed_check_digit_is_always_valid(body: str) -> None:
    code = body + str(gtin_check_digit(body))
    if len(code) in (8, 12, 13, 14):
        assert is_valid_gtin(code)
        assert len(normalize_gtin(code)) == 14


def test_product_barcodes_are_stored_as_keys() -> None:
    product = Product("TEE-BLA-M", "Tee", barcodes=["036000291452", "TEE-LABEL"])
    assert product.barcodes == ["00036000291452", "X:TEE-LABEL"]
    with pytest.raises(InvalidOrder):
        Product(" ", "nameless")


# --- Order status ---------------------------------------------------------------------


def test_the_happy_path_runs_new_to_shipped() -> None:
    order = make_order()
    for status in (OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED, OrderStatus.SHIPPED):
        order.transition_to(status)
    assert order.status is OrderStatus.SHIPPED


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (OrderStatus.NEW, OrderStatus.SHIPPED),
        (OrderStatus.NEW, OrderStatus.PACKED),
        (OrderStatus.PICKING, OrderStatus.SHIPPED),
        (OrderStatus.SHIPPED, OrderStatus.NEW),
        (OrderStatus.SHIPPED, OrderStatus.CANCELLED),
        (OrderStatus.CANCELLED, OrderStatus.NEW),
    ],
)
def test_illegal_transitions_raise_a_clear_domain_error(start: OrderStatus, target: OrderStatus) -> None:
    order = make_order(status=start)
    with pytest.raises(IllegalTransition, match=f"{start.value} cannot become {target.value}"):
        order.transition_to(target, reason="because")
    assert order.status is start


def test_hold_and_cancel_need_a_reason() -> None:
    order = make_order()
    with pytest.raises(IllegalTransition, match="needs a reason"):
        order.transition_to(OrderStatus.ON_HOLD)
    with pytest.raises(IllegalTransition, match="needs a reason"):
        order.transition_to(OrderStatus.CANCELLED, reason="  ")


def test_a_held_order_resumes_where_it_was_held() -> None:
    order = make_order(status=OrderStatus.PACKING)
    order.transition_to(OrderStatus.ON_HOLD, reason="bin A-01-1-A empty")
    assert order.hold_reason == "bin A-01-1-A empty"
    with pytest.raises(IllegalTransition, match="held while packing"):
        order.transition_to(OrderStatus.PACKED)
    order.transition_to(OrderStatus.PACKING)
    assert order.status is OrderStatus.PACKING and order.hold_reason == ""


def test_orders_with_the_same_source_and_external_id_are_duplicates() -> None:
    with pytest.raises(DuplicateOrder):
        ensure_unique_keys([make_order(), make_order(number="#other")])
    ensure_unique_keys([make_order(), make_order(source="shopify")])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lines": []}, "no lines"),
        ({"lines": [OrderLine("", 1)]}, "no SKU"),
        ({"lines": [OrderLine("TEE", 0)]}, "quantity 0"),
        ({"ship_to": Address("A", "Street 1", "City", "1", "XX")}, "unknown country"),
        ({"number": ""}, "no order number"),
    ],
)
def test_an_order_that_cannot_be_packed_is_invalid(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidOrder, match=message):
        make_order(**change).validate()


# --- Bins, roles, PINs ------------------------------------------------------------------


def test_bin_codes_parse_and_print_back() -> None:
    code = BinCode.parse(" a-03-2-b ")
    assert (code.zone, code.aisle, code.shelf, code.position) == ("A", 3, 2, "B")
    assert str(code) == "A-03-2-B"


@pytest.mark.parametrize("text", ["A03-2-B", "A-3-2-B", "1-03-2-B", "A-03-2", "", "A-03-2-B-C"])
def test_malformed_bin_codes_are_refused(text: str) -> None:
    with pytest.raises(InvalidBinCode, match="expected ZONE-AISLE-SHELF-POSITION"):
        BinCode.parse(text)


def test_walking_order_snakes_through_the_aisles() -> None:
    codes = ["A-02-1-A", "A-01-1-B", "B-01-1-A", "A-01-1-A", "A-02-1-B"]
    walk = sorted(codes, key=lambda c: BinCode.parse(c).walk_key())
    # Up aisle 1 (A then B), down aisle 2 (B then A), then zone B.
    assert walk == ["A-01-1-A", "A-01-1-B", "A-02-1-B", "A-02-1-A", "B-01-1-A"]


def test_roles_are_ordered() -> None:
    assert Role.ADMIN.at_least(Role.LEAD) and Role.LEAD.at_least(Role.PACKER)
    assert not Role.PACKER.at_least(Role.LEAD)


def test_pins_are_hashed_salted_and_verified() -> None:
    stored = hash_pin("1234")
    assert "1234" not in stored
    assert stored != hash_pin("1234")
    assert verify_pin("1234", stored)
    assert not verify_pin("4321", stored)
    assert not verify_pin("1234", "garbage")
