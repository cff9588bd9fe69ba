"""Fonts for printed documents, shipped with packdesk so every station prints the same.

DejaVu Sans (Bitstream Vera licence, see ``packdesk/resources/fonts/LICENSE-DejaVu.txt``) covers Latin with
all its diacritics, Greek and Cyrillic. Scripts it lacks (CJK, say) are reported by
:func:`missing_glyphs` so the station can say which characters will not print.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from packdesk.resources import resource_path

REGULAR = "PackdeskSans"
BOLD = "PackdeskSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_path(name: str = REGULAR) -> Path:
    """Path of the TTF behind ``name`` (a bundled file)."""
    return resource_path("fonts", _FILES[name])


@functools.cache
def register_pdf_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once; returns (regular, bold) names."""
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


@functools.cache
def _covered(name: str) -> frozenset[int]:
    register_pdf_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph.keys())


def missing_glyphs(text: str, name: str = REGULAR) -> str:
    """The characters of ``text`` the document font cannot draw, in order, once each."""
    covered = _covered(name)
    missing: list[str] = []
    for ch in text:
        if ch.isprintable() and not ch.isspace() and ord(ch) not in covered and ch not in missing:
            missing.append(ch)
    return "".join(missing)


@functools.cache
def pil_font(size_px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The document font for Pillow at ``size_px`` pixels (for ZPL graphic fields)."""
    return ImageFont.truetype(str(font_path(BOLD if bold else REGULAR)), size_px)
