"""A scan is told apart: product, bin, badge, order or unknown, never an exception."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packdesk.domain.scancodes import (
    GS,
    classify,
    order_barcode,
    replace_group_separator,
    split_aim,
    strip_affixes,
)

GTIN14 = "00036000291452"  # UPC-A 036000291452


@pytest.mark.parametrize(
    "raw",
    ["036000291452", "0036000291452", "00036000291452", "]E0036000291452", "]E00036000291452",
     "036000291452\r\n", "]C10100036000291452"],
)
def test_upc_ean_gtin14_and_gs1_forms_of_one_item_give_one_key(raw: str) -> None:
    code = classify(raw)
    assert code.kind == "product"
    assert code.key == GTIN14


def test_gs1_128_with_group_separator_gives_gtin_lot_expiry_and_serial() -> None:
    code = classify("]C101095060001343521012345\x1d1720123121SN-77")
    assert code.kind == "product"
    assert code.gtin == "09506000134352"
    assert code.key == "09506000134352"
    assert code.lot == "12345"
    assert code.expiry == date(2020, 12, 31)
    assert code.serial == "SN-77"
    assert code.aim == "]C1"
    assert code.symbology == "Code 128 (GS1)"


def test_gs1_datamatrix_without_aim_but_with_gs_is_still_parsed() -> None:
    code = classify("0109506000134352" + "10LOT7\x1d" + "21XYZ")
    assert (code.kind, code.gtin, code.lot, code.serial) == ("product", "09506000134352", "LOT7", "XYZ")


def test_an_sscc_is_not_taken_for_a_product() -> None:
    code = classify("]C100106141411234567897")
    assert code.kind == "unknown"
    assert code.sscc == "106141411234567897"
    assert "SSCC" in code.message


def test_bin_label_gives_the_bin_code() -> None:
    code = classify("BIN:a-03-2-b\r")
    assert (code.kind, code.key) == ("bin", "A-03-2-B")


def test_bad_bin_label_is_unknown_with_a_message() -> None:
    code = classify("BIN:nowhere")
    assert code.kind == "unknown"
    assert "bin code" in code.message


def test_badge_and_order_codes() -> None:
    assert (classify("BADGE:U-0042").kind, classify("BADGE:U-0042").key) == ("badge", "U-0042")
    assert classify("]C0" + order_barcode("W-1001")).key == "W-1001"
    assert classify(order_barcode("1001")).kind == "order"
    assert classify("EMP-7", badge_prefix="EMP-").kind == "badge"


def test_store_code_keeps_its_text_with_prefix() -> None:
    code = classify("SKU-RED-M")
    assert (code.kind, code.key) == ("product", "X:SKU-RED-M")


def test_wrong_check_digit_says_scan_again() -> None:
    code = classify("036000291453")
    assert code.kind == "unknown"
    assert "check digit" in code.message


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "two words", "\x01\x02", "]C1", "x" * 2000,
                                 "]C1\x1d\x1d", "BADGE:", "ORD:  "])
def test_unreadable_codes_are_unknown_with_a_message(raw: str) -> None:
    code = classify(raw)
    assert code.kind == "unknown"
    assert code.message
    assert code.key == ""


def test_split_aim() -> None:
    assert split_aim("]d2010950") == ("]d2", "010950")
    assert split_aim("]Q3x") == ("]Q3", "x")
    assert split_aim("ABC") == (None, "ABC")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_classify_never_raises_on_any_text(raw: str) -> None:
    code = classify(raw)
    assert code.kind in {"product", "bin", "badge", "order", "unknown"}
    assert code.raw == raw
    if code.kind == "unknown":
        assert code.message
    else:
        assert code.key


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["]C1", "]d2", "]Q3", "]e0", ""]),
       st.lists(st.sampled_from(["01", "10", "17", "21", "00", "\x1d", "0", "9", "A", "-"]),
                max_size=30))
def test_classify_never_raises_on_gs1_like_text(aim: str, parts: list[str]) -> None:
    classify(aim + "".join(parts))


def test_clean_scan_strips_the_scanner_s_prefix_and_suffix_and_restores_gs() -> None:
    from packdesk.domain.scancodes import clean_scan

    sent = "\x02{GS}01095060001343521012345{GS}1720123121SN1\x03"
    cleaned = clean_scan(sent, prefix="\x02", suffix="\x03", gs_replacement="{GS}")
    assert cleaned == "\x1d01095060001343521012345\x1d1720123121SN1"
    code = classify(cleaned)
    assert (code.kind, code.gtin, code.lot) == ("product", "09506000134352", "12345")
    # Without the setting the same code is not a product: the wedge bug.
    assert classify(sent.strip("\x02\x03")).gtin is None
    assert clean_scan("4006381333931") == "4006381333931"  # nothing configured: unchanged
    assert clean_scan("X4006381333931", prefix="#") == "X4006381333931"  # absent: kept


def test_what_a_scanner_at_the_wrong_baud_rate_sends_is_not_a_plausible_scan() -> None:
    from packdesk.domain.scancodes import is_plausible_scan

    assert is_plausible_scan("4006381333931")
    assert is_plausible_scan("\x1d0109506000134352\x1d10ABC")
    assert is_plausible_scan("ORD:café")
    for garbage in ("", "\x00\x80", "\ufffd\ufffd", "é", "ab\x07cd", "\x98\xfe"):
        assert not is_plausible_scan(garbage), repr(garbage)


def test_a_scanners_prefix_and_suffix_come_off_only_where_they_are() -> None:
    assert strip_affixes("#BIN:A-01-1-A!", "#", "!") == "BIN:A-01-1-A"
    assert strip_affixes("BIN:A-01-1-A", "#", "!") == "BIN:A-01-1-A"
    assert strip_affixes("#4006381333931", "#", "") == "4006381333931"
    assert strip_affixes("4006381333931", "", "") == "4006381333931"


def test_the_group_separator_stand_in_becomes_ascii_29_and_the_code_reads_as_gs1() -> None:
    sent = "{GS}010400638133393110LOT7{GS}21SER9"
    assert classify(sent).kind == "unknown" or classify(sent).key != "04006381333931"
    code = replace_group_separator(sent, "{GS}")
    assert code == GS + "010400638133393110LOT7" + GS + "21SER9"
    assert classify(code).kind == "product"
    assert classify(code).key == "04006381333931"
    assert replace_group_separator(sent, "") == sent
