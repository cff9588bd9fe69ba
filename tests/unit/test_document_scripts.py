"""Addresses in every script print with a font that has their glyphs (issue 19).

Read back from the PDF (each character's embedded font, as pdfium extracts it) and from the
ZPL as a Zebra renders it (zplkit), whose barcodes still decode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import pytest
from PIL import Image, ImageChops

from packdesk.domain.model import Order, Shipment
from packdesk.hardware import documents, fonts
from packdesk.hardware.zpl import text_graphic, text_image
from tests.helpers.orders import (
    SHIP_FROM,
    arabic_order,
    bins_by_sku,
    greek_norwegian_order,
    hebrew_order,
    japanese_order,
    latvian_order,
    shipment_for,
    world_orders,
)
from tests.helpers.printed import decoded, pdf_char_fonts, pdf_text, zpl_labels

WORLD = world_orders()
IDS = [o.number for o in WORLD]

# The embedded font a character of each script must be drawn with.
FONT_OF_SCRIPT = {"cjk": "CJK", "arabic": "Arabic", "hebrew": "Hebrew", "latin": "DejaVuSans"}


def ink(image: Image.Image) -> Image.Image:
    return image.convert("L").point(lambda v: 255 if v < 128 else 0)


def script(ch: str) -> str:
    return fonts.script_of(ch)


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def assert_drawn_with_their_fonts(data: bytes, texts: list[str]) -> None:
    chars = pdf_char_fonts(data)
    page = "".join(ch for ch, _ in chars if not ch.isspace())  # lines are wrapped
    wanted = {ch for text in texts for ch in unicodedata.normalize("NFKC", text)
              if ch.isalpha()}
    for ch, font in chars:
        if ch in wanted:
            expected = FONT_OF_SCRIPT[script(ch)]
            assert expected in font, f"{ch!r} drawn with {font}, not a {expected} font"
    for text in texts:
        for word in flat(text).split():
            if any(c.isalpha() for c in word) and not any(c.isdigit() for c in word):
                assert word.strip("،,") in page, f"{word!r} is not on the page"


@pytest.mark.parametrize("order", WORLD, ids=IDS)
def test_label_pdf_draws_each_script_with_a_font_that_has_its_glyphs(order: Order) -> None:
    data = documents.shipping_label_pdf(order, shipment_for(order), SHIP_FROM)
    address = order.ship_to
    assert_drawn_with_their_fonts(data, [address.name, address.line1, address.city])
    assert documents.unprintable_characters(order, SHIP_FROM) == {}
    fonts_embedded = set(re.findall(rb"/BaseFont /[A-Z]{6}\+([\w-]+)", data))
    scripts = {script(ch) for ch in address.name + address.city}
    for name in scripts:
        assert any(FONT_OF_SCRIPT[name].encode() in f for f in fonts_embedded), fonts_embedded


@pytest.mark.parametrize("order", WORLD, ids=IDS)
def test_packing_slip_and_gift_card_draw_each_script_with_its_font(order: Order) -> None:
    slip = documents.packing_slip_pdf(order, bins_by_sku(order), gift_slip=order.gift)
    texts = [order.ship_to.name, *(line.name for line in order.lines)]
    if order.customer_note:
        texts.append(order.customer_note)
    assert_drawn_with_their_fonts(slip, texts)
    if order.gift_message:
        card = documents.gift_card_pdf(order)
        assert_drawn_with_their_fonts(card, [order.gift_message])


@pytest.mark.parametrize("order", WORLD, ids=IDS)
def test_zpl_label_draws_every_script_and_its_barcodes_decode(order: Order) -> None:
    shipment = shipment_for(order)
    data = documents.shipping_label_zpl(order, shipment, SHIP_FROM)
    assert not re.search(rb"[^\x00-\x7f]", data), "non-ASCII text would print as blanks"
    (label,) = zpl_labels(data)
    assert decoded(label) == sorted([shipment.tracking_number, f"ORD:{order.number}"])
    # The name as the document fonts draw it is on the label, dot for dot, where it belongs.
    page = documents.shipping_label_layout(order, shipment, SHIP_FROM)
    (item,) = [i for i in page.items
               if isinstance(i, documents.Text) and i.text == order.ship_to.name]
    scale = 203 / 72
    size = round(item.size * scale)
    image = text_image(item.text, size, bold=item.bold)
    _width, _field, top = text_graphic(item.text, size, item.bold)
    x = round(item.x * scale)
    if item.align == "right":
        x += round(item.width * scale) - image.width
    y = round(item.y * scale) + top
    printed = label.crop((x, y, x + image.width, y + image.height))
    # Every dot of the drawing is printed (the next line's accents may reach into the box).
    assert ImageChops.subtract(ink(image), ink(printed)).getbbox() is None


def test_glyphs_are_drawn_not_replaced_by_boxes() -> None:
    # A font without the glyph draws the same box for every character.
    for a, b in (("山", "田"), ("ب", "ت"), ("ד", "כ"), ("Ж", "Ψ")):
        first, second = text_image(a, 60), text_image(b, 60)
        assert first.tobytes() != second.tobytes(), (a, b)


def test_arabic_is_joined_and_read_right_to_left() -> None:
    order = arabic_order()
    text = pdf_text(documents.shipping_label_pdf(order, shipment_for(order), SHIP_FROM))
    assert flat(order.ship_to.name) in flat(text)  # pdfium puts RTL runs back in reading order
    page = documents.shipping_label_layout(order, shipment_for(order), SHIP_FROM)
    (name,) = [i for i in page.items if isinstance(i, documents.Text)
               and i.text == order.ship_to.name]
    assert name.align == "right"
    drawn = fonts.display(order.ship_to.name)
    assert drawn != order.ship_to.name
    assert all(0xFE70 <= ord(c) <= 0xFEFF or 0xFDF0 <= ord(c) <= 0xFDFF or c == " "
               for c in drawn), "letters in their joined forms"
    assert drawn.split()[-1] == fonts.display("محمد")  # the first word is drawn rightmost


def test_hebrew_and_latin_and_greek_still_read_in_their_own_order() -> None:
    order = hebrew_order()
    assert fonts.display("רחוב הרצל 25").startswith("25")
    assert fonts.display("Γιώργος Øyvind Ķēniņš") == "Γιώργος Øyvind Ķēniņš"
    for other in (greek_norwegian_order(), latvian_order(), japanese_order(), order):
        text = flat(pdf_text(documents.shipping_label_pdf(other, shipment_for(other), SHIP_FROM)))
        if not fonts.is_rtl(other.ship_to.name):
            assert flat(other.ship_to.name) in text


def test_label_of_an_express_order_shows_its_service_not_standard() -> None:
    order = latvian_order()  # shipping_method "Express"
    placeholder = Shipment(carrier="UPS", service="standard",
                           tracking_number="1Z999AA10123456784", weight_g=2480)
    text = pdf_text(documents.shipping_label_pdf(order, placeholder, SHIP_FROM))
    assert "Express" in text and "standard" not in text.lower()
    no_service = Shipment(carrier="UPS", service="", tracking_number="1Z999AA10123456784",
                          weight_g=2480)
    assert "Express" in pdf_text(documents.shipping_label_pdf(order, no_service, SHIP_FROM))
    chosen = shipment_for(order)  # "Express Saver", chosen at the station
    assert "Express Saver" in pdf_text(documents.shipping_label_pdf(order, chosen, SHIP_FROM))


def test_what_will_not_print_is_said_in_one_sentence_before_printing() -> None:
    order = japanese_order()
    assert documents.unprintable_message(order, SHIP_FROM) == ""
    order.ship_to.name = "山田 太郎 \U0001F44D"
    message = documents.unprintable_message(order, SHIP_FROM)
    assert message.count(".") == 1 and message.endswith(".")
    assert "the name (\U0001F44D)" in message


@pytest.fixture
def fresh_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def clear() -> None:
        for cached in (fonts.find_font, fonts._face, fonts._chain, fonts.pil_font):
            cached.cache_clear()
        fonts._choices.clear()

    clear()
    yield
    monkeypatch.undo()
    clear()


def test_a_system_font_not_at_its_debian_path_is_found_through_fontconfig(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, pattern = fonts._SYSTEM_FACES[("hebrew", False)]
    monkeypatch.setitem(fonts._SYSTEM_FACES, ("hebrew", False), (("/nonexistent/x.ttf",), pattern))
    found = fonts.find_font("hebrew")
    assert found is not None and "Hebrew" in found.path


def test_a_missing_system_font_drops_out_and_its_characters_are_reported(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for bold in (False, True):
        monkeypatch.setitem(fonts._SYSTEM_FACES, ("cjk", bold),
                            (("/nonexistent/cjk.ttc",), "No Such Font Family"))
    order = japanese_order()
    missing = documents.unprintable_characters(order, SHIP_FROM)
    assert missing["ship_to.name"] == "山田太郎"
    assert "ship_to.country" not in missing
    data = documents.shipping_label_zpl(order, shipment_for(order), SHIP_FROM)
    assert decoded(zpl_labels(data)[0]) == sorted(["JD014600006281239999", "ORD:JP-2001"])
