"""An order barcode always scans back to exactly its order (issue 18, point 21).

Code 128 carries ASCII only: the renderer silently dropped "👍" from "#E2👍", which then
encoded the number of order "#E2"; CR, LF and GS in a number end or split a scan. Each
hostile number is printed on the label (PDF and ZPL) and the slip, decoded with zxing-cpp,
classified as the station does, and must give back the order's number and no other's.
"""

from __future__ import annotations

import pytest

from packdesk.domain.scancodes import classify, order_barcode
from packdesk.hardware import documents
from tests.helpers.orders import SHIP_FROM, bins_by_sku, cyrillic_order, shipment_for
from tests.helpers.printed import decoded, pdf_pages, zpl_labels

HOSTILE = ["#E2👍", "#E2", "注文-1001", "Ø-77", "A\r\nB", "A\nB", "X\x1dY", " 1001 ", "1001",
           "50%OFF", "%41", "^XZ~JR_", "\u202e1001", "W-88021\t"]


def printed_codes(number: str) -> list[str]:
    """Every order barcode on the order's label (PDF and 203 dpi ZPL) and slip, decoded."""
    order = cyrillic_order()
    order.number = number
    shipment = shipment_for(cyrillic_order())
    found = []
    (pdf_label,) = pdf_pages(documents.shipping_label_pdf(order, shipment, SHIP_FROM))
    (zpl_label,) = zpl_labels(documents.shipping_label_zpl(order, shipment, SHIP_FROM))
    slip = pdf_pages(documents.packing_slip_pdf(order, bins_by_sku(order)), dpi=200)[0]
    for image in (pdf_label, zpl_label, slip):
        codes = [c for c in decoded(image) if c != shipment.tracking_number]
        assert len(codes) == 1, codes
        found += codes
    return found


@pytest.mark.parametrize("number", HOSTILE, ids=[repr(n) for n in HOSTILE])
def test_a_printed_order_barcode_scans_back_to_exactly_its_order(number: str) -> None:
    for text in printed_codes(number):
        code = classify(text)
        assert code.kind == "order", code.message
        assert code.key == number
        # A scanner adds its AIM identifier and Enter: still the same order.
        assert classify(f"]C0{text}\r\n").key == number


def test_two_orders_differing_only_in_a_non_ascii_character_get_different_barcodes() -> None:
    assert order_barcode("#E2👍") != order_barcode("#E2")
    assert {classify(order_barcode(n)).key for n in HOSTILE} == set(HOSTILE)


def test_plain_order_numbers_are_printed_as_they_are() -> None:
    assert order_barcode("W-88021") == "ORD:W-88021"
    assert order_barcode("#1001") == "ORD:#1001"


def test_a_broken_escape_is_not_taken_for_another_order() -> None:
    assert classify("ORD:%FF%FE").kind == "unknown"
    assert classify("ORD:50%OFF").key == "50%OFF"  # labels printed before the encoding
