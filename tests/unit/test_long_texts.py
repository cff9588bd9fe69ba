"""Long unbroken texts are cut, visibly, not wrapped for minutes (issue 18, point 12).

A 3,000-character gift message with no spaces took 93 s on the gift card, a 3,000-character
name 13.6 s on the label. Wrapping is linear now and stops at the lines that fit; the cut
shows as an ellipsis. (The time itself is a figure of ``bench/bench_documents.py``.)
"""

from __future__ import annotations

import pytest

from packdesk.hardware import documents
from tests.helpers.orders import SHIP_FROM, bins_by_sku, gift_order, shipment_for
from tests.helpers.printed import pdf_text, zpl_labels

ELLIPSIS = "…"
LABEL_WIDTH = 4 * 72.0


def long_order(length: int, text: str = "x") -> documents.Order:
    order = gift_order()
    order.gift_message = (text * length)[:length]
    order.ship_to.name = ("N" * length)[:length]
    return order


def texts(page: documents.Page) -> list[documents.Text]:
    return [i for i in page.items if isinstance(i, documents.Text)]


@pytest.mark.parametrize("unit", ["x", "W", "山", "م", "\u0301a"])
def test_a_3000_character_unbroken_gift_message_fills_the_card_and_ends_in_an_ellipsis(unit: str) -> None:
    order = long_order(3000, unit)
    page = documents.gift_card_layout(order)
    lines = [t for t in texts(page) if t.size >= 9 and t.text != documents.tr("gift_card_title")]
    assert 5 <= len(lines) <= 40
    assert lines[-1].text.endswith(ELLIPSIS)
    assert sum(len(t.text) for t in lines) < 3000  # what is printed is bounded
    for line in texts(page):
        assert line.x + documents.text_width(line.text, line.size, line.bold) <= LABEL_WIDTH
        assert line.y + line.size <= 6 * 72.0
    card = " ".join(pdf_text(documents.gift_card_pdf(order)).split())
    assert ELLIPSIS in card or "..." in card  # pdfium spells it out in right-to-left text
    (label,) = zpl_labels(documents.gift_card_zpl(order))
    assert label.size == (812, 1218)


def test_a_3000_character_name_takes_its_two_lines_on_the_label_with_an_ellipsis() -> None:
    order = long_order(3000)
    page = documents.shipping_label_layout(order, shipment_for(order), SHIP_FROM)
    name_lines = [t for t in texts(page) if t.text.startswith("NNNN")]
    assert len(name_lines) == 2
    assert name_lines[-1].text.endswith(ELLIPSIS)
    for line in name_lines:
        assert line.x + documents.text_width(line.text, line.size, line.bold) <= LABEL_WIDTH
    assert ELLIPSIS in pdf_text(documents.shipping_label_pdf(order, shipment_for(order), SHIP_FROM))
    zpl_labels(documents.shipping_label_zpl(order, shipment_for(order), SHIP_FROM))


def test_a_text_that_fits_is_not_cut() -> None:
    order = gift_order()
    lines = documents.wrap(order.gift_message, 12, 250, max_lines=10)
    assert not any(ELLIPSIS in line for line in lines)
    assert " ".join(lines) == order.gift_message


def test_the_slip_prints_a_huge_message_cut_short_with_an_ellipsis() -> None:
    order = long_order(100_000)
    text = "".join(pdf_text(documents.packing_slip_pdf(order, bins_by_sku(order),
                                                      gift_slip=True)).split())
    assert ELLIPSIS in text
    assert text.count("x") <= documents.SLIP_NOTE_LIMIT
    assert "N" * 200 in text and "N" * (documents.SLIP_FIELD_LIMIT + 1) not in text
