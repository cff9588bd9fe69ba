"""Shipping labels, packing slips, gift cards and bin labels, as ZPL II and PDF bytes.

Pure functions: an order in, bytes out; printing is ``packdesk.hardware.printers``.
Labels are laid out once, in points from the top-left corner, as a list of
:class:`Text`, :class:`Barcode` and :class:`Rule`; the same layout is rendered to PDF
(reportlab) and to ZPL at 203 or 300 dpi (resident font for ASCII, graphic fields for
other scripts, see ``zpl.py``). Every text is drawn run by run with the face that has its
glyphs (``fonts.py``: DejaVu for Latin, Greek and Cyrillic, Noto for Arabic, Hebrew and
CJK); right-to-left lines are shaped, put in display order and aligned right. Lines are
wrapped with those metrics, which are wider than Zebra's condensed font, so a line that
fits in the PDF fits on the printer too. Wrapping takes time in proportion to the text and
stops at the lines that fit, ending the last one with an ellipsis.

Every word printed as a heading comes from :data:`TEXTS` through :func:`tr`, in the
order's language (``captions.py``: the ship-to country's, or the one set with
:func:`language`); dates, money and weights are written the way that country does.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal, ParamSpec, TypeVar
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from packdesk.domain.finishing import SlipLink, ThankYouCard
from packdesk.domain.model import Address, Bin, BinCode, Order, Shipment, bin_barcode
from packdesk.domain.quality import QC_PASS_ALL
from packdesk.domain.scancodes import order_barcode
from packdesk.i18n import normalize

from . import fonts
from .captions import caption, document_language, format_date, format_money, format_weight
from .fonts import PdfFonts, is_rtl, missing_glyphs, register_pdf_fonts
from .zpl import ZplLabel, is_resident_text

# --- Words ----------------------------------------------------------------------------


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks a document word for ``pyside6-lupdate``; looked up at print time by :func:`tr`."""
    return text


TEXTS: dict[str, str] = {
    "from": QT_TRANSLATE_NOOP("documents", "From"),
    "ship_to": QT_TRANSLATE_NOOP("documents", "Ship to"),
    "order": QT_TRANSLATE_NOOP("documents", "Order"),
    "tracking": QT_TRANSLATE_NOOP("documents", "Tracking"),
    "weight": QT_TRANSLATE_NOOP("documents", "Weight"),
    "packing_slip": QT_TRANSLATE_NOOP("documents", "Packing slip"),
    "gift_slip": QT_TRANSLATE_NOOP("documents", "Gift slip"),
    "ordered_on": QT_TRANSLATE_NOOP("documents", "Ordered"),
    "ship_by": QT_TRANSLATE_NOOP("documents", "Ship by"),
    "shipping": QT_TRANSLATE_NOOP("documents", "Shipping"),
    "sku": QT_TRANSLATE_NOOP("documents", "SKU"),
    "item": QT_TRANSLATE_NOOP("documents", "Item"),
    "variant": QT_TRANSLATE_NOOP("documents", "Color / size"),
    "qty": QT_TRANSLATE_NOOP("documents", "Qty"),
    "bin": QT_TRANSLATE_NOOP("documents", "Bin"),
    "price": QT_TRANSLATE_NOOP("documents", "Price"),
    "customer_note": QT_TRANSLATE_NOOP("documents", "Note from the customer"),
    "gift_message": QT_TRANSLATE_NOOP("documents", "Gift message"),
    "returns": QT_TRANSLATE_NOOP("documents", "Returns"),
    "gift_card_title": QT_TRANSLATE_NOOP("documents", "A gift for you"),
    "items_total": QT_TRANSLATE_NOOP("documents", "Items"),
    "page_of": QT_TRANSLATE_NOOP("documents", "Page {page}"),
    "review_link": QT_TRANSLATE_NOOP("documents", "Tell us how it went: scan the code"),
    "returns_link": QT_TRANSLATE_NOOP("documents", "Returns: scan the code to start one"),
    "thank_you_title": QT_TRANSLATE_NOOP("documents", "Thank you"),
    "command_sheet": QT_TRANSLATE_NOOP("documents", "Packing bench commands"),
    "qc_pass_all": QT_TRANSLATE_NOOP("documents", "All quality checks pass"),
    "qc_fail": QT_TRANSLATE_NOOP("documents", "Quality check {number} failed"),
    "undo_scan": QT_TRANSLATE_NOOP("documents", "Undo the last scan"),
}

DEFAULT_RETURN_INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "documents",
    "Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.")  # one literal: lupdate reads no joined strings

_translator: Callable[[str], str] | None = None
_language: ContextVar[str | None] = ContextVar("document_language", default=None)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Route every document word through ``translate`` instead of the order's language."""
    global _translator
    _translator = translate


@contextmanager
def language(code: str | None) -> Iterator[None]:
    """Print the documents made inside in ``code`` (an admin's choice) whatever the order's
    country; None leaves the choice to each order."""
    token = _language.set(normalize(code) if code else None)
    try:
        yield
    finally:
        _language.reset(token)


def in_order_language(render: Callable[P, R]) -> Callable[P, R]:
    """``render(order, ...)`` prints in the order's language unless :func:`language` chose."""

    @functools.wraps(render)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if _language.get() is not None:
            return render(*args, **kwargs)
        order = args[0] if args else kwargs["order"]
        assert isinstance(order, Order)
        token = _language.set(document_language(order.ship_to.country))
        try:
            return render(*args, **kwargs)
        finally:
            _language.reset(token)

    return wrapper


def current_language() -> str:
    return _language.get() or "en"


def tr(key: str, **values: object) -> str:
    text = _translator(TEXTS[key]) if _translator else caption(TEXTS[key], current_language())
    return text.format(**values) if values else text


P = ParamSpec("P")
R = TypeVar("R")

# --- Layout primitives (points, origin top-left) ---------------------------------------

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # top of the line
    text: str
    size: float
    bold: bool = False
    align: Align = "left"
    width: float = 0.0  # box for center/right alignment
    graphic: bool = False  # ZPL: draw with the document font even if ASCII


@dataclass(frozen=True)
class Barcode:
    """Code 128 with no text under it; module is the narrow bar width in points."""

    x: float
    y: float
    data: str
    height: float
    module: float
    max_width: float


@dataclass(frozen=True)
class Rule:
    x: float
    y: float
    width: float
    height: float


Item = Text | Barcode | Rule


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    items: tuple[Item, ...]


LABEL_4X6 = (4 * 72.0, 6 * 72.0)
BIN_LABEL_4X2 = (4 * 72.0, 2 * 72.0)


def _font(bold: bool) -> str:
    regular, bold_name = register_pdf_fonts()
    return bold_name if bold else regular


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` drawn with the document fonts."""
    return fonts.text_width(text, size, bold)


ELLIPSIS = "\u2026"


def _cut(word: str, size: float, width: float, bold: bool) -> list[str]:
    """``word`` in pieces no wider than ``width``, in one pass over its characters."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, advance in enumerate(fonts.char_widths(word, size, bold)):
        if used + advance > width and index > start:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += advance
    pieces.append(word[start:])
    # Shaped scripts measure a little differently joined than one by one: trim the odd
    # piece (a few characters at most, each piece being one line long).
    out: list[str] = []
    carry = ""
    for piece in pieces:
        piece = carry + piece
        carry = ""
        while len(piece) > 1 and text_width(piece, size, bold) > width:
            carry = piece[-1] + carry
            piece = piece[:-1]
        out.append(piece)
    if carry:
        out.append(carry)
    return out


def wrap(text: str, size: float, width: float, *, bold: bool = False,
         max_lines: int = 0) -> list[str]:
    """Words of ``text`` in lines no wider than ``width``; long words are cut.

    Linear in the length of ``text``: every word is measured once. With ``max_lines``
    it stops reading once that many lines are full and ends the last one with an
    ellipsis, so a 3,000-character name costs what two lines of it cost.
    """
    return wrap_fitted(text, size, width, bold=bold, max_lines=max_lines)[0]


def wrap_fitted(text: str, size: float, width: float, *, bold: bool = False,
                max_lines: int = 0) -> tuple[list[str], bool]:
    """:func:`wrap`, and whether all of ``text`` fitted in ``max_lines``."""
    lines: list[str] = []
    space = text_width(" ", size, bold)
    limit = max_lines + 1 if max_lines else 0
    # No line holds more characters than this (the narrowest glyphs are wider than 0.15 em):
    # reading further could not change the lines kept.
    cap = limit * (int(width / (size * 0.15)) + 1) if limit else 0
    cut_short = bool(cap) and len(text) > cap
    if cut_short:
        text = text[:cap]
    for paragraph in text.splitlines() or [""]:
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            advance = text_width(word, size, bold)
            if current and used + space + advance <= width:
                current.append(word)
                used += space + advance
                continue
            if current:
                lines.append(" ".join(current))
            if advance > width:
                *full, word = _cut(word, size, width, bold)
                lines += full
                advance = text_width(word, size, bold)
            current, used = [word], advance
            if limit and len(lines) >= limit:
                break
        lines.append(" ".join(current))
        if limit and len(lines) >= limit:
            break
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines and (len(lines) > max_lines or cut_short):
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last.rstrip() + ELLIPSIS, size, bold) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
        return lines, False
    return lines, True


class _Flow:
    """Places wrapped lines one under another."""

    def __init__(self, x: float, y: float, width: float) -> None:
        self.x, self.y, self.width = x, y, width
        self.items: list[Item] = []

    def text(self, text: str, size: float, *, bold: bool = False, max_lines: int = 1,
             leading: float = 1.18, align: Align = "left") -> None:
        if not text.strip():
            return
        for line in wrap(text, size, self.width, bold=bold, max_lines=max_lines):
            line_align: Align = "right" if align == "left" and is_rtl(line) else align
            self.items.append(Text(self.x, self.y, line, size, bold, line_align, self.width))
            self.y += size * leading

    def gap(self, points: float) -> None:
        self.y += points

    def uniform(self) -> list[Item]:
        """The lines, all drawn with the document font if any of them needs it.

        A block mixing Zebra's condensed font and DejaVu would look patched together.
        """
        texts = [i for i in self.items if isinstance(i, Text)]
        if all(is_resident_text(t.text) for t in texts):
            return list(self.items)
        return [replace(i, graphic=True) if isinstance(i, Text) else i for i in self.items]


def _fit(items: Sequence[Item], bottom: float) -> int:
    """How many of ``items`` end above ``bottom``."""
    count = 0
    for item in items:
        if isinstance(item, Text) and item.y + item.size > bottom:
            break
        count += 1
    return count


def _weight(grams: int) -> str:
    return format_weight(grams, current_language()) if grams else ""


def _word(text: str) -> str:
    return _translator(text) if _translator else caption(text, current_language())


def _date(value: date | datetime, order: Order) -> str:
    return format_date(value, current_language(), order.ship_to.country)


def _money(amount: object, order: Order) -> str:
    return format_money(str(amount), order.currency, current_language(), order.ship_to.country)


def _city_line(address: Address) -> str:
    return " ".join(p for p in (address.postal_code, address.city) if p)


# --- Renderers ----------------------------------------------------------------------


def _draw_barcode_pdf(canvas: Canvas, page_height: float, item: Barcode) -> None:
    module = item.module
    probe = Code128Auto(item.data, barWidth=1.0, barHeight=item.height, quiet=False)
    if probe.width * module > item.max_width:
        module = item.max_width / probe.width
    code = Code128Auto(item.data, barWidth=module, barHeight=item.height, quiet=False,
                       humanReadable=False)
    code.drawOn(canvas, item.x, page_height - item.y - item.height)


def _draw_text_pdf(canvas: Canvas, pdf_fonts: PdfFonts, page_height: float, item: Text) -> None:
    """One line, run by run, each in the font that has its glyphs."""
    pieces = pdf_fonts.runs(item.text, item.bold)
    widths = [stringWidth(run, name, item.size) for name, run in pieces]
    x = item.x
    if item.align == "center":
        x += (item.width - sum(widths)) / 2
    elif item.align == "right":
        x += item.width - sum(widths)
    baseline = page_height - item.y - item.size * 0.8
    for (name, run), advance in zip(pieces, widths, strict=True):
        canvas.setFont(name, item.size)
        canvas.drawString(x, baseline, run)
        x += advance


def render_pdf(pages: Sequence[Page], title: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    canvas.setTitle(title)
    canvas.setCreator("packdesk")
    pdf_fonts = PdfFonts((item.text, item.bold) for page in pages for item in page.items
                         if isinstance(item, Text))
    for page in pages:
        canvas.setPageSize((page.width, page.height))
        for item in page.items:
            if isinstance(item, Text):
                _draw_text_pdf(canvas, pdf_fonts, page.height, item)
            elif isinstance(item, Barcode):
                _draw_barcode_pdf(canvas, page.height, item)
            else:
                canvas.rect(item.x, page.height - item.y - item.height, item.width, item.height,
                            stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _modules(data: str) -> int:
    return int(round(Code128Auto(data, barWidth=1.0, quiet=False).width))


def render_zpl(pages: Sequence[Page], dpi: int = 203) -> bytes:
    if dpi not in (203, 300, 600):
        raise ValueError(f"ZPL printers print at 203, 300 or 600 dpi, not {dpi}")
    scale = dpi / 72.0
    labels: list[str] = []
    for page in pages:
        label = ZplLabel(round(page.width * scale), round(page.height * scale), dpi)
        for item in page.items:
            if isinstance(item, Text):
                label.text(round(item.x * scale), round(item.y * scale), item.text,
                           max(10, round(item.size * scale)), bold=item.bold,
                           align=item.align, width=round(item.width * scale),
                           graphic=item.graphic)
            elif isinstance(item, Barcode):
                module = max(2, round(item.module * scale))
                modules = _modules(item.data)
                while module > 2 and modules * module > item.max_width * scale:
                    module -= 1
                label.code128(round(item.x * scale), round(item.y * scale), item.data,
                              round(item.height * scale), module)
            else:
                thickness = round(min(item.width, item.height) * scale)
                label.box(round(item.x * scale), round(item.y * scale),
                          round(item.width * scale), round(item.height * scale),
                          max(1, thickness))
        labels.append(label.to_zpl())
    return "".join(labels).encode("utf-8")


# --- Shipping label ----------------------------------------------------------------------


def label_service(order: Order, shipment: Shipment) -> str:
    """The shipping service the label shows: the order's, unless one was chosen for it.

    A shipment made without a service choice carries the placeholder "standard"; the
    label of an Express order must not say so.
    """
    service = shipment.service.strip()
    method = order.shipping_method.strip()
    if not service or (service.casefold() == "standard" and method):
        return method or service
    return service


@in_order_language
def shipping_label_layout(order: Order, shipment: Shipment, ship_from: Address) -> Page:
    width, height = LABEL_4X6
    margin = 10.0
    inner = width - 2 * margin
    items: list[Item] = []

    sender = _Flow(margin, margin, 165)
    sender.text(tr("from").upper(), 7, bold=True)
    sender.text(ship_from.company or ship_from.name, 8, bold=True)
    for part in (ship_from.line1, ship_from.line2, _city_line(ship_from), ship_from.country):
        sender.text(part, 8)
    items += sender.items

    carrier = _Flow(margin + 170, margin, inner - 170)
    carrier.text(shipment.carrier.upper(), 18, bold=True, align="right")
    carrier.text(label_service(order, shipment), 9, max_lines=2, align="right")
    items += carrier.items

    items.append(Rule(0, 72, width, 2))
    ship_to = order.ship_to
    flow = _Flow(margin, 78, inner)
    flow.text(tr("ship_to").upper(), 8, bold=True)
    flow.gap(2)
    flow.text(ship_to.name, 18, bold=True, max_lines=2)
    flow.text(ship_to.company, 12, max_lines=1)
    flow.text(ship_to.line1, 13, max_lines=2)
    flow.text(ship_to.line2, 13, max_lines=1)
    flow.text(_city_line(ship_to), 15, bold=True, max_lines=1)
    flow.text(ship_to.region, 12, max_lines=1)
    flow.text(ship_to.country, 15, bold=True)
    items += flow.uniform()[: _fit(flow.items, 222)]

    top = 226.0
    items.append(Rule(0, top, width, 2))
    items.append(Text(margin, top + 6, tr("tracking").upper(), 7, bold=True))
    weight = _weight(shipment.weight_g)
    if weight:
        items.append(Text(margin, top + 5, f"{tr('weight')}: {weight}", 10, bold=True,
                          align="right", width=inner))
    items.append(Barcode(margin + 4, top + 20, shipment.tracking_number, 58, 1.1, inner - 8))
    items.append(Text(margin, top + 82, shipment.tracking_number, 10, align="center",
                      width=inner))

    top = 322.0
    items.append(Rule(0, top, width, 2))
    items.append(Text(margin, top + 6, tr("order").upper(), 8, bold=True))
    size = 40.0
    while size > 18 and text_width(order.number, size, True) > inner:
        size -= 2
    number = wrap(order.number, size, inner, bold=True, max_lines=1)[0]
    items.append(Text(margin, top + 16, number, size, bold=True))
    items.append(Barcode(margin + 4, top + 62, order_barcode(order.number), 32, 1.0,
                         inner - 8))
    return Page(width, height, tuple(items))


def shipping_label_zpl(order: Order, shipment: Shipment, ship_from: Address,
                       dpi: int = 203) -> bytes:
    """A 4x6 in shipping label in ZPL II for a 203 or 300 dpi printer."""
    return render_zpl([shipping_label_layout(order, shipment, ship_from)], dpi)


def shipping_label_pdf(order: Order, shipment: Shipment, ship_from: Address) -> bytes:
    """A 4x6 in shipping label as a one-page PDF."""
    return render_pdf([shipping_label_layout(order, shipment, ship_from)],
                      f"{tr('order')} {order.number}")


# --- Gift card ---------------------------------------------------------------------------


@in_order_language
def gift_card_layout(order: Order) -> Page:
    width, height = LABEL_4X6
    margin = 18.0
    inner = width - 2 * margin
    items: list[Item] = [
        Rule(8, 8, width - 16, 1.5), Rule(8, height - 9.5, width - 16, 1.5),
        Rule(8, 8, 1.5, height - 16), Rule(width - 9.5, 8, 1.5, height - 16),
        Text(margin, 40, tr("gift_card_title"), 20, bold=True, align="center", width=inner,
             graphic=True),
        Rule(width / 2 - 40, 74, 80, 1),
    ]
    message = order.gift_message.strip()
    room = height - 100 - 40
    for size in (16.0, 14.0, 12.0, 11.0, 10.0, 9.0):
        fit = int(room // (size * 1.3))
        lines, fitted = wrap_fitted(message, size, inner, max_lines=fit)
        if fitted:
            break
    block = len(lines) * size * 1.3
    y = 100 + max(0.0, (room - block) / 2)
    for line in lines:
        items.append(Text(margin, y, line, size, align="center", width=inner, graphic=True))
        y += size * 1.3
    items.append(Text(margin, height - 26, f"{tr('order')} {order.number}", 6,
                      align="right", width=inner))
    return Page(width, height, tuple(items))


def gift_card_pdf(order: Order) -> bytes:
    """The gift message on a 4x6 in card, no prices, no barcodes."""
    return render_pdf([gift_card_layout(order)], tr("gift_card_title"))


def gift_card_zpl(order: Order, dpi: int = 203) -> bytes:
    return render_zpl([gift_card_layout(order)], dpi)


# --- Thank-you card ---------------------------------------------------------------------

A6 = (105 * mm, 148 * mm)


def thank_you_card_layout(card: ThankYouCard, order: Order,
                          size: tuple[float, float] = A6) -> Page:
    """The card's words centred on the card, each line wrapped to fit; its title and the
    order number in the card's language."""
    width, height = size
    margin = 20.0
    inner = width - 2 * margin
    with language(card.language):
        title = tr("thank_you_title")
        footer = f"{tr('order')} {order.number}"
    items: list[Item] = [
        Rule(10, 10, width - 20, 1.2), Rule(10, height - 11.2, width - 20, 1.2),
        Text(margin, 36, title, 22, bold=True, align="center", width=inner, graphic=True),
        Rule(width / 2 - 36, 68, 72, 1),
    ]
    room = height - 90 - 40
    paragraphs = card.text.split("\n")
    for font_size in (14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.0):
        lines: list[str] = []
        fitted = True
        for paragraph in paragraphs:
            wrapped, ok = wrap_fitted(paragraph, font_size, inner, max_lines=12)
            lines += wrapped
            fitted = fitted and ok
        if fitted and len(lines) * font_size * 1.35 <= room:
            break
    lines = lines[: int(room // (font_size * 1.35))]
    y = 90 + max(0.0, (room - len(lines) * font_size * 1.35) / 2)
    for line in lines:
        items.append(Text(margin, y, line, font_size, align="center", width=inner,
                          graphic=True))
        y += font_size * 1.35
    items.append(Text(margin, height - 28, footer, 6.5, align="right", width=inner))
    return Page(width, height, tuple(items))


def thank_you_card_pdf(card: ThankYouCard, order: Order) -> bytes:
    """The thank-you card, A6, in the card's language."""
    with language(card.language):
        title = tr("thank_you_title")
    return render_pdf([thank_you_card_layout(card, order)], f"{title} {order.number}")


def thank_you_card_zpl(card: ThankYouCard, order: Order, dpi: int = 203) -> bytes:
    """The same card on the 4x6 label printer."""
    return render_zpl([thank_you_card_layout(card, order, LABEL_4X6)], dpi)


# --- Command sheet ------------------------------------------------------------------------


def command_sheet_pdf(commands: Sequence[tuple[str, str]], page_size: PageSize = "A4") -> bytes:
    """A sheet of command barcodes for the bench (``(code, words)`` each, words already in
    the sheet's language): scanned, each does what its key does."""
    page_w, page_h = _PAGE_SIZES[page_size]
    margin, row_h = 42.0, 88.0
    items: list[Item] = [Text(margin, margin, tr("command_sheet"), 20, bold=True)]
    y = margin + 44
    for code, words in commands:
        items += [Text(margin, y, words, 13, bold=True),
                  Barcode(margin, y + 20, code, 46, 1.4, page_w - 2 * margin),
                  Rule(margin, y + row_h - 10, page_w - 2 * margin, 0.5)]
        y += row_h
        if y + row_h > page_h - margin:
            break
    return render_pdf([Page(page_w, page_h, tuple(items))], tr("command_sheet"))


def bench_commands(checks: int = 5) -> list[tuple[str, str]]:
    """The quality and undo commands with their words in the current document language."""
    return ([(QC_PASS_ALL, tr("qc_pass_all"))]
            + [(f"QC:FAIL:{n}", tr("qc_fail", number=n)) for n in range(1, checks + 1)]
            + [("CMD:UNDO", tr("undo_scan"))])


# --- Bin labels -------------------------------------------------------------------------


def _bin_code(item: Bin | BinCode) -> BinCode:
    return item.code if isinstance(item, Bin) else item


def _bin_cell(code: BinCode, x: float, y: float, width: float, height: float) -> list[Item]:
    margin = 12.0
    text = str(code)
    size = min(height * 0.36, 44.0)
    while size > 12 and text_width(text, size, True) > width - 2 * margin:
        size -= 1
    bar_top = y + 8 + size * 1.05
    return [
        Text(x + margin, y + 8, text, size, bold=True),
        Barcode(x + margin, bar_top, bin_barcode(code), max(20.0, y + height - 10 - bar_top),
                1.3, width - 2 * margin),
    ]


def bin_label_layouts(bins: Iterable[Bin | BinCode]) -> list[Page]:
    width, height = BIN_LABEL_4X2
    return [Page(width, height, tuple(_bin_cell(_bin_code(b), 0, 0, width, height)))
            for b in bins]


def bin_labels_zpl(bins: Iterable[Bin | BinCode], dpi: int = 203) -> bytes:
    """One 4x2 in label per bin: the code in large text and as Code 128 (``BIN:...``)."""
    return render_zpl(bin_label_layouts(bins), dpi)


PageSize = Literal["A4", "Letter"]
_PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}


def bin_labels_pdf(bins: Iterable[Bin | BinCode], page_size: PageSize = "A4") -> bytes:
    """Sheets of bin labels, two columns (A4: 99.1 x 38.1 mm, 14 a sheet; Letter: 4 x 2 in)."""
    page_w, page_h = _PAGE_SIZES[page_size]
    if page_size == "A4":
        cell_w, cell_h, rows = 99.1 * mm, 38.1 * mm, 7
    else:
        cell_w, cell_h, rows = 4 * 72.0, 2 * 72.0, 5
    left = (page_w - 2 * cell_w) / 2
    top = (page_h - rows * cell_h) / 2
    codes = [_bin_code(b) for b in bins]
    per_page = rows * 2
    pages: list[Page] = []
    for start in range(0, max(len(codes), 1), per_page):
        items: list[Item] = []
        for index, code in enumerate(codes[start:start + per_page]):
            row, col = divmod(index, 2)
            items += _bin_cell(code, left + col * cell_w, top + row * cell_h, cell_w, cell_h)
        pages.append(Page(page_w, page_h, tuple(items)))
    return render_pdf(pages, "Bin labels")


# --- Packing slip -----------------------------------------------------------------------


class _BarcodeFlowable(Flowable):  # type: ignore[misc]
    def __init__(self, data: str, height: float = 36, module: float = 1.1) -> None:
        super().__init__()
        self.code = Code128Auto(data, barWidth=module, barHeight=height, quiet=False,
                                humanReadable=False)
        self.width = float(self.code.width)
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.code.drawOn(self.canv, 0, 0)


class _QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code ``size`` points square (quiet zone included)."""

    def __init__(self, data: str, size: float = 34 * mm) -> None:
        super().__init__()
        widget = QrCodeWidget(data, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        self.drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0),
                                                      0, 0])
        self.drawing.add(widget)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)


_LINK_CAPTIONS = {"review": "review_link", "returns": "returns_link"}


def _links_table(para: _SlipText, links: Sequence[SlipLink], frame_w: float,
                 style: ParagraphStyle) -> Table:
    """The QR codes side by side, each over its one-line caption in the order's language."""
    cell_w = frame_w / 2
    cells = [[_QrFlowable(link.url), para(tr(_LINK_CAPTIONS.get(link.kind, "review_link")),
                                          style, cell_w - 12)] for link in links]
    table = Table([cells], colWidths=[cell_w] * len(cells))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _variant(attributes: Mapping[str, str]) -> str:
    return " / ".join(v for v in (attributes.get("color"), attributes.get("size")) if v)


# The longest customer texts a slip prints (name and address lines, item names, notes):
# beyond these, reportlab's line breaking takes seconds, and no packer reads on anyway.
SLIP_FIELD_LIMIT = 300
SLIP_NOTE_LIMIT = 3000


def bounded(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the cut shown by an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


class _SlipText:
    """Paragraphs of the slip, each run of a text in the font that has its glyphs.

    Built twice: once to learn every text the slip draws (``pdf_fonts`` None), then with
    the document's fonts (a CJK subset holds exactly the characters used).
    """

    def __init__(self, pdf_fonts: PdfFonts | None) -> None:
        self.pdf_fonts = pdf_fonts
        self.texts: list[tuple[str, bool]] = []

    def __call__(self, text: str, style: ParagraphStyle, width: float = 0.0,
                 limit: int = SLIP_FIELD_LIMIT) -> Paragraph:
        regular, bold_name = register_pdf_fonts()
        bold = style.fontName == bold_name
        lines = bounded(text, limit).split("\n")
        if width and any(is_rtl(line) for line in lines):
            # Right-to-left text is put in display order line by line, so it is wrapped here.
            lines = [part for line in lines for part in wrap(line, style.fontSize, width, bold=bold)]
            if all(is_rtl(line) or not line.strip() for line in lines):
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        if self.pdf_fonts is None:
            self.texts += [(line, bold) for line in lines]
            return Paragraph(escape(" ".join(lines)), style)
        markup = "<br/>".join(self._markup(line, style.fontName, bold) for line in lines)
        return Paragraph(markup, style)

    def _markup(self, line: str, font_name: str, bold: bool) -> str:
        assert self.pdf_fonts is not None
        parts = []
        for name, run in self.pdf_fonts.runs(line, bold):
            text = escape(run)
            parts.append(text if name == font_name else f'<font face="{name}">{text}</font>')
        return "".join(parts)


@in_order_language
def packing_slip_pdf(
    order: Order,
    bins_by_sku: Mapping[str, str],
    page_size: PageSize = "A4",
    gift_slip: bool = False,
    return_instructions: str = DEFAULT_RETURN_INSTRUCTIONS,
    links: Sequence[SlipLink] = (),
) -> bytes:
    """The slip that goes in the box: lines with bins for the packer, notes, returns, and
    the admin's review and returns links as QR codes.

    A gift slip leaves out every price; the gift message is printed when the order
    has one.
    """
    page_w, page_h = _PAGE_SIZES[page_size]
    margin = 16 * mm
    title = tr("gift_slip") if gift_slip else tr("packing_slip")
    footer_text = f"{tr('order')} {bounded(order.number, SLIP_FIELD_LIMIT)} · {{page}}"
    collect = _SlipText(None)
    _slip_story(collect, order, bins_by_sku, page_w - 2 * margin - 12, title, gift_slip,
                return_instructions, links)
    pdf_fonts = PdfFonts([*collect.texts, (footer_text, False)])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=(page_w, page_h), leftMargin=margin,
                            rightMargin=margin, topMargin=margin, bottomMargin=margin,
                            title=f"{title} {order.number}", author="packdesk",
                            invariant=True)
    story = _slip_story(_SlipText(pdf_fonts), order, bins_by_sku, page_w - 2 * margin - 12,
                        title, gift_slip, return_instructions, links)

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        text = footer_text.format(page=tr("page_of", page=document.page))
        pieces = pdf_fonts.runs(text)
        x = page_w - margin - sum(stringWidth(run, name, 7.5) for name, run in pieces)
        for name, run in pieces:
            canvas.setFont(name, 7.5)
            canvas.drawString(x, margin / 2, run)
            x += stringWidth(run, name, 7.5)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _slip_story(para: _SlipText, order: Order, bins_by_sku: Mapping[str, str], frame_w: float,
                title: str, gift_slip: bool, return_instructions: str,
                links: Sequence[SlipLink] = ()) -> list[Flowable]:
    regular, bold = register_pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=2)
    title_style = ParagraphStyle("title", parent=body, fontName=bold, fontSize=20, leading=24)
    big = ParagraphStyle("big", parent=body, fontName=bold, fontSize=15, leading=19)
    story: list[Flowable] = []

    barcode = _BarcodeFlowable(order_barcode(order.number))
    head_left = [para(title, title_style),
                 para(f"{tr('order')} {order.number}", big),
                 para(f"{tr('ordered_on')}: {_date(order.placed_at, order)}"
                      + (f"   {tr('ship_by')}: {_date(order.ship_by, order)}" if order.ship_by else "")
                      + f"   {tr('shipping')}: {order.shipping_method}", small)]
    head_right = [barcode, Spacer(1, 3), para(order_barcode(order.number), small)]
    header = Table([[head_left, head_right]],
                   colWidths=[frame_w - max(barcode.width, 120) - 6, max(barcode.width, 120) + 6])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [header, Spacer(1, 6 * mm)]

    story.append(para(tr("ship_to"), heading))
    story.append(para("\n".join(bounded(line, SLIP_FIELD_LIMIT) for line in order.ship_to.lines()),
                      body, frame_w, limit=SLIP_NOTE_LIMIT))

    show_prices = not gift_slip and any(line.unit_price for line in order.lines)
    columns = [tr("sku"), tr("item"), tr("variant"), tr("qty"), tr("bin")]
    widths = [0.19, 0.38, 0.17, 0.08, 0.18]
    if show_prices:
        columns.append(tr("price"))
        widths = [0.16, 0.31, 0.15, 0.07, 0.15, 0.16]  # room for "R$ 1.249,50"
    cells = [w * frame_w - 12 for w in widths]  # the cells pad 6 pt on each side
    head_style = ParagraphStyle("th", parent=small, fontName=bold)
    quantity_style = ParagraphStyle("q", parent=body, fontName=bold, fontSize=12, leading=14)
    bin_style = ParagraphStyle("b", parent=body, fontName=bold)
    rows: list[list[Paragraph]] = [[para(c, head_style) for c in columns]]
    for line in order.lines:
        row = [para(line.sku, small, cells[0]), para(line.name or line.sku, body, cells[1]),
               para(_variant(line.attributes), small, cells[2]),
               para(str(line.quantity), quantity_style),
               para(bins_by_sku.get(line.sku, "—"), bin_style)]
        if show_prices:
            price = _money(line.unit_price, order) if line.unit_price else ""
            row.append(para(price, small))
        rows.append(row)
    rows.append([para("", body), para(f"{tr('items_total')}: {order.unit_count}", head_style),
                 para("", body), para(str(order.unit_count), head_style), para("", body)]
                + ([para("", body)] if show_prices else []))
    table = Table(rows, colWidths=[w * frame_w for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.grey),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [Spacer(1, 4 * mm), table]

    if order.customer_note.strip():
        story += [para(tr("customer_note"), heading),
                  para(order.customer_note, body, frame_w, limit=SLIP_NOTE_LIMIT)]
    if order.gift and order.gift_message.strip():
        story += [para(tr("gift_message"), heading),
                  para(order.gift_message, ParagraphStyle("gm", parent=body, fontSize=11,
                                                          leading=14),
                       frame_w, limit=SLIP_NOTE_LIMIT)]
    if return_instructions == DEFAULT_RETURN_INSTRUCTIONS:
        return_instructions = _word(DEFAULT_RETURN_INSTRUCTIONS)
    if return_instructions.strip():
        story += [para(tr("returns"), heading),
                  para(return_instructions, small, frame_w, limit=SLIP_NOTE_LIMIT)]
    if links:
        caption_style = ParagraphStyle("qr", parent=small, alignment=1)
        story += [Spacer(1, 5 * mm), _links_table(para, links, frame_w, caption_style)]
    return story


# --- What will not print -------------------------------------------------------------


def unprintable_characters(order: Order, ship_from: Address | None = None) -> dict[str, str]:
    """Where the documents would show a blank for a character the font lacks.

    Keys are the fields ("ship_to.name", "line 2 name", "gift_message"...), values the
    characters that will not print. Empty when everything prints.
    """
    fields: dict[str, str] = {}
    for prefix, address in (("ship_to", order.ship_to), ("ship_from", ship_from)):
        if address is None:
            continue
        for name in ("name", "company", "line1", "line2", "city", "region", "postal_code"):
            fields[f"{prefix}.{name}"] = getattr(address, name)
    for index, line in enumerate(order.lines, start=1):
        fields[f"line {index} name"] = line.name
        fields[f"line {index} variant"] = _variant(line.attributes)
    fields["customer_note"] = order.customer_note
    fields["gift_message"] = order.gift_message
    fields["order_number"] = order.number
    return {key: missing for key, value in fields.items() if (missing := missing_glyphs(value))}


_FIELD_NAMES = {
    "ship_to.name": "the name", "ship_to.company": "the company", "ship_to.line1": "the street",
    "ship_to.line2": "the second address line", "ship_to.city": "the city",
    "ship_to.region": "the region", "ship_to.postal_code": "the postal code",
    "customer_note": "the customer's note", "gift_message": "the gift message",
    "order_number": "the order number",
}


def unprintable_message(order: Order, ship_from: Address | None = None) -> str:
    """What :func:`unprintable_characters` found, as one sentence for the packer ("" if
    everything prints): said before the documents print, not after."""
    missing = unprintable_characters(order, ship_from)
    if not missing:
        return ""
    parts = [f"{_FIELD_NAMES.get(field, field.replace('.', ' '))} ({' '.join(chars)})"
             for field, chars in missing.items()]
    return ("No printer font has these characters, they will print as blanks: "
            + "; ".join(parts) + ".")
