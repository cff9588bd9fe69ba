"""Every barcode packdesk prints reads back exactly, from PDF pages and from ZPL.

PDF pages are rendered with pypdfium2, ZPL with zplkit's ZD621 printer profile (whose
resident fonts, like the printer's, lack Cyrillic and most of Latin Extended), and the
images are decoded with zxing-cpp.
"""

from __future__ import annotations

import re

import pytest

from packdesk.domain.model import Address, Order
from packdesk.domain.scancodes import classify
from packdesk.hardware import documents
from packdesk.hardware.captions import caption, document_language
from packdesk.hardware.zpl import compress_rows
from tests.helpers.orders import (
    DEMO_BINS,
    SHIP_FROM,
    all_orders,
    bins_by_sku,
    cyrillic_order,
    gift_order,
    latvian_order,
    shipment_for,
)
from tests.helpers.printed import decoded, ink_dots, pdf_pages, pdf_text, zpl_labels

ORDERS = all_orders()
IDS = [o.number for o in ORDERS]


@pytest.mark.parametrize("order", ORDERS, ids=IDS)
def test_pdf_shipping_label_barcodes_read_back_exactly(order: Order) -> None:
    shipment = shipment_for(order)
    data = documents.shipping_label_pdf(order, shipment, SHIP_FROM)
    (page,) = pdf_pages(data)
    assert abs(page.size[0] - 1200) <= 1 and abs(page.size[1] - 1800) <= 1  # 4 x 6 in, 300 dpi
    assert decoded(page) == sorted([shipment.tracking_number, f"ORD:{order.number}"])
    assert classify(f"ORD:{order.number}").key == order.number


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("order", ORDERS, ids=IDS)
def test_zpl_shipping_label_renders_on_a_zebra_and_reads_back(order: Order, dpi: int) -> None:
    shipment = shipment_for(order)
    data = documents.shipping_label_zpl(order, shipment, SHIP_FROM, dpi=dpi)
    assert data.startswith(b"^XA") and b"^CI28" in data and data.rstrip().endswith(b"^XZ")
    assert len(data) < 40_000
    (label,) = zpl_labels(data, dpi)
    assert label.size == ((812, 1218) if dpi == 203 else (1200, 1800))
    assert decoded(label) == sorted([shipment.tracking_number, f"ORD:{order.number}"])


def test_non_latin_names_are_sent_to_the_printer_as_graphics_not_as_missing_glyphs() -> None:
    for order in (cyrillic_order(), latvian_order()):
        data = documents.shipping_label_zpl(order, shipment_for(order), SHIP_FROM)
        text = data.decode("utf-8")
        assert "^GFA" in text
        assert not re.search(r"[^\x00-\x7f]", text), "non-ASCII text would print as blanks"
        zpl_labels(data)


def test_pdf_label_embeds_a_font_with_the_cyrillic_and_latvian_glyphs() -> None:
    for order in (cyrillic_order(), latvian_order()):
        data = documents.shipping_label_pdf(order, shipment_for(order), SHIP_FROM)
        text = pdf_text(data)
        assert order.ship_to.name in text
        assert order.ship_to.city in text
        assert documents.unprintable_characters(order, SHIP_FROM) == {}


def test_characters_no_document_font_has_are_reported() -> None:
    order = cyrillic_order()
    order.ship_to.name = "山田太郎 \U0001F44D"  # no face of the chain has the emoji
    order.gift_message = "ཀཁ ཀ 🎁"  # nor Tibetan
    assert documents.unprintable_characters(order) == {"ship_to.name": "\U0001F44D",
                                                        "gift_message": "ཀཁ🎁"}
    zpl_labels(documents.shipping_label_zpl(order, shipment_for(order), SHIP_FROM))


def test_label_shows_addresses_carrier_weight_and_order() -> None:
    order = latvian_order()
    with documents.language("en"):  # the captions in English (Latvian is the order's own)
        text = pdf_text(documents.shipping_label_pdf(order, shipment_for(order), SHIP_FROM))
    for expected in ("SHIP TO", "Kārlis Ķēniņš-Bērziņš", "Brīvības iela 123-45", "LV-1010 Rīga",
                     "UPS", "Express Saver", "2.48 kg", "1Z999AA10123456784", "W-88021",
                     "Northwind Goods Ltd", "LS10 1AB Leeds"):
        assert expected in text


def test_a_very_long_address_is_cut_not_overflowing_the_label() -> None:
    order = cyrillic_order()
    order.ship_to = Address(name="Александра Константиновна Ростиславская-Преображенская " * 2,
                            line1="проспект Академика Сахарова, дом 123, корпус 4, строение 5, "
                                  "подъезд 6, этаж 7, квартира 890",
                            company="ООО «Очень Длинное Название Компании»",
                            line2="вход со двора", city="Санкт-Петербург", postal_code="190000",
                            region="Ленинградская область", country="RU")
    page = documents.shipping_label_layout(order, shipment_for(order), SHIP_FROM)
    for item in page.items:
        if isinstance(item, documents.Text):
            assert item.x + documents.text_width(item.text, item.size, item.bold) <= 288 + 0.5
    (label,) = zpl_labels(documents.shipping_label_zpl(order, shipment_for(order), SHIP_FROM))
    assert decoded(label) == sorted(["JD014600006281230971", "ORD:1001"])


@pytest.mark.parametrize("page_size,size", [("A4", (2481, 3508)), ("Letter", (2550, 3300))])
@pytest.mark.parametrize("order", ORDERS, ids=IDS)
def test_packing_slip_lists_lines_with_bins_and_its_barcode_reads_back(
    order: Order, page_size: str, size: tuple[int, int]
) -> None:
    bins = bins_by_sku(order)
    data = documents.packing_slip_pdf(order, bins, page_size=page_size)
    pages = pdf_pages(data)
    assert abs(pages[0].size[0] - size[0]) <= 1 and abs(pages[0].size[1] - size[1]) <= 1
    assert decoded(pages[0]) == [f"ORD:{order.number}"]
    text = pdf_text(data)
    for line in order.lines:
        assert line.sku in text
        assert bins[line.sku] in text
        assert str(line.quantity) in text
        for value in line.attributes.values():
            assert value in text
    if order.customer_note:
        assert order.customer_note in text.replace("\r\n", " ").replace("\n", " ")
    # The returns heading in the order's own language (Russian, Latvian, English).
    assert caption("Returns", document_language(order.ship_to.country)) in text


def test_packing_slip_shows_prices_and_a_gift_slip_hides_them() -> None:
    order = latvian_order()
    bins = bins_by_sku(order)
    with documents.language("en"):  # English words and money (the order is Latvian)
        full = pdf_text(documents.packing_slip_pdf(order, bins))
        gift = pdf_text(documents.packing_slip_pdf(order, bins, gift_slip=True))
    assert "€24.00" in full and "Price" in full
    assert "24.00" not in gift and "€" not in gift and "Price" not in gift
    assert "Gift slip" in gift


def test_gift_order_slip_carries_the_message_and_custom_return_instructions() -> None:
    order = gift_order()
    text = pdf_text(documents.packing_slip_pdf(order, bins_by_sku(order), gift_slip=True,
                                               return_instructions="Returns: packdesk.example/r"))
    flat = " ".join(text.split())
    assert "Gift message" in flat
    assert "Happy birthday, Zoë!" in flat
    assert "packdesk.example/r" in flat


def test_long_order_runs_onto_a_second_page_with_the_barcode_on_the_first() -> None:
    order = latvian_order()
    line = order.lines[0]
    order.lines = [type(line)(sku=f"SKU-{i:03d}", quantity=1, name=f"Item {i}") for i in range(80)]
    pages = pdf_pages(documents.packing_slip_pdf(order, {}), dpi=150)
    assert len(pages) >= 2
    assert decoded(pages[0]) == ["ORD:W-88021"]


def test_gift_card_pdf_and_zpl_carry_the_message_without_prices() -> None:
    order = gift_order()
    text = " ".join(pdf_text(documents.gift_card_pdf(order)).split())
    assert "Happy birthday, Zoë!" in text and "Rex says woof." in text
    assert "EUR" not in text
    (label,) = zpl_labels(documents.gift_card_zpl(order))
    assert label.size == (812, 1218)
    ink = ink_dots(label)
    assert ink > 5000  # the message is drawn, not silently dropped


def test_bin_labels_zpl_one_label_per_bin_reading_back_the_bin_barcode() -> None:
    data = documents.bin_labels_zpl(DEMO_BINS)
    labels = zpl_labels(data)
    assert len(labels) == len(DEMO_BINS)
    for label, code in zip(labels, DEMO_BINS, strict=True):
        assert decoded(label) == [f"BIN:{code}"]
        assert classify(decoded(label)[0]).key == str(code)
    assert f"^FD{DEMO_BINS[0]}^FS".encode() in data  # the code in large text


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_bin_label_sheets_read_back_every_bin(page_size: str) -> None:
    bins = DEMO_BINS * 3  # 21 labels: more than one sheet
    pages = pdf_pages(documents.bin_labels_pdf(bins, page_size=page_size))
    assert len(pages) == (2 if page_size == "A4" else 3)
    found = [text for page in pages for text in decoded(page)]
    assert sorted(found) == sorted(f"BIN:{code}" for code in bins)


def test_translator_hook_changes_document_words() -> None:
    order = gift_order()
    documents.set_translator(lambda text: {"Ship to": "Empfänger", "Order": "Bestellung"}.get(text, text))
    try:
        text = pdf_text(documents.shipping_label_pdf(order, shipment_for(order), SHIP_FROM))
    finally:
        documents.set_translator(None)
    assert "EMPFÄNGER" in text and "BESTELLUNG" in text


def test_zpl_graphic_compression_round_trips_through_the_renderer() -> None:
    assert compress_rows(["FF000000", "FF000000", "00000000", "F0F0F0F0"]) == "HF,:,F0F0F0F,"
    assert compress_rows(["F" * 45 + "0" * 5]) == "hKF,"  # 20+20 and 5 Fs, zero tail
    # Rendered graphic equals Pillow's own drawing of the same text.
    from packdesk.hardware.zpl import graphic_field, text_image

    image = text_image("Анна Ķēniņš", 60, bold=True)
    data = f"^XA^PW{image.width + 20}^LL{image.height + 20}^FO10,10{graphic_field(image)}^FS^XZ"
    (rendered,) = zpl_labels(data.encode())
    ink = ink_dots(rendered)
    expected = ink_dots(image)
    assert abs(ink - expected) <= expected * 0.02
