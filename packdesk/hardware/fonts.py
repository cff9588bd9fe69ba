"""Fonts for printed documents: one face per script, picked for each run of a text.

Addresses come in every script a shop sells to. Each character is drawn with the first
face of a short fallback chain that has its glyph, starting with the face made for its
script:

* ``latin``: DejaVu Sans, shipped with packdesk (Bitstream Vera licence, see
  ``packdesk/resources/fonts/LICENSE-DejaVu.txt``): Latin with all its diacritics, Greek, Cyrillic;
* ``arabic``: Noto Sans Arabic (Debian ``fonts-noto-core``), after arabic-reshaper has
  joined the letters into their contextual forms;
* ``hebrew``: Noto Sans Hebrew (``fonts-noto-core``);
* ``cjk``: Noto Sans CJK JP (``fonts-noto-cjk``): kanji/hanzi, kana, hangul, full-width forms.

The system faces are found at their Debian paths or through ``fc-match``; a face that is
not installed simply drops out of the chain. Right-to-left text is put in display order
(python-bidi) before it is split into runs, so the renderers draw runs left to right.
Characters no face has are reported by :func:`missing_glyphs` before anything prints.

reportlab embeds TrueType outlines only; Noto Sans CJK has PostScript (CFF) outlines, so a
PDF gets a TrueType subset of it holding just the characters that document uses
(:func:`pdf_font_name`), made with fontTools in a few hundred milliseconds.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import shutil
import subprocess
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import arabic_reshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from bidi import get_display
from fontTools.ttLib import TTFont as ToolsFont
from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from packdesk.resources import resource_path

REGULAR = "PackdeskSans"
BOLD = "PackdeskSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

LATIN, ARABIC, HEBREW, CJK = "latin", "arabic", "hebrew", "cjk"
# Who is asked after the script's own face (a digit in an Arabic run, a kana in a name).
FALLBACK_ORDER = (LATIN, CJK, ARABIC, HEBREW)

_NOTO = "/usr/share/fonts/truetype/noto"
_NOTO_CJK = "/usr/share/fonts/opentype/noto"
# (script, bold) -> (known paths, fontconfig pattern, family name fc-match must return)
_SYSTEM_FACES: dict[tuple[str, bool], tuple[tuple[str, ...], str]] = {
    (ARABIC, False): ((f"{_NOTO}/NotoSansArabic-Regular.ttf",
                       f"{_NOTO}/NotoNaskhArabic-Regular.ttf"), "Noto Sans Arabic"),
    (ARABIC, True): ((f"{_NOTO}/NotoSansArabic-Bold.ttf",
                      f"{_NOTO}/NotoNaskhArabic-Bold.ttf"), "Noto Sans Arabic:bold"),
    (HEBREW, False): ((f"{_NOTO}/NotoSansHebrew-Regular.ttf",), "Noto Sans Hebrew"),
    (HEBREW, True): ((f"{_NOTO}/NotoSansHebrew-Bold.ttf",), "Noto Sans Hebrew:bold"),
    (CJK, False): ((f"{_NOTO_CJK}/NotoSansCJK-Regular.ttc",), "Noto Sans CJK JP"),
    (CJK, True): ((f"{_NOTO_CJK}/NotoSansCJK-Bold.ttc",), "Noto Sans CJK JP:bold"),
}


@dataclass(frozen=True)
class FontFile:
    """A font file, and the font's index in it for a collection (``.ttc``)."""

    path: str
    index: int = 0


def font_path(name: str = REGULAR) -> Path:
    """Path of the TTF behind ``name`` (a bundled file)."""
    return resource_path("fonts", _FILES[name])


def _fc_match(pattern: str) -> FontFile | None:
    """The file fontconfig gives for ``pattern``, if it is that family (not a substitute)."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{family}|%{file}|%{index}", pattern],
                             capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    family, _, rest = out.partition("|")
    path, _, index = rest.partition("|")
    wanted = pattern.split(":")[0].casefold()
    if not path or wanted not in family.casefold():
        return None
    return FontFile(path, int(index) if index.isdigit() else 0)


@functools.cache
def find_font(script: str, bold: bool = False) -> FontFile | None:
    """The file of the face for ``script``: bundled, at its Debian path, or via fontconfig."""
    if script == LATIN:
        return FontFile(str(font_path(BOLD if bold else REGULAR)))
    paths, pattern = _SYSTEM_FACES[(script, bold)]
    for path in paths:
        if Path(path).is_file():
            return FontFile(path)
    found = _fc_match(pattern)
    if found is None and bold:
        return find_font(script, False)  # a regular face beats no face
    return found


class Face:
    """One font of the chain: its coverage and advance widths, read with fontTools."""

    def __init__(self, script: str, file: FontFile, bold: bool) -> None:
        self.script, self.file, self.bold = script, file, bold
        font = ToolsFont(file.path, fontNumber=file.index, lazy=True)
        units = float(font["head"].unitsPerEm)
        metrics = font["hmtx"].metrics
        cmap = font.getBestCmap() or {}
        self.advance: dict[str, float] = {}  # character -> width in em
        self.glyph: dict[str, str] = {}  # character -> glyph name
        for code, glyph in cmap.items():
            if 0 <= code < 0x110000:
                self.advance[chr(code)] = metrics[glyph][0] / units
                self.glyph[chr(code)] = glyph
        self.truetype = "glyf" in font  # reportlab embeds these as they are
        font.close()
        self._outlines: tuple[ToolsFont, Any] | None = None

    def outlines(self) -> tuple[ToolsFont, Any]:
        """The font and its glyph set, read once (the CFF index alone is a third of a second)."""
        if self._outlines is None:
            font = ToolsFont(self.file.path, fontNumber=self.file.index, lazy=True)
            self._outlines = (font, font.getGlyphSet())
        return self._outlines

    def covers(self, ch: str) -> bool:
        return ch in self.advance

    def width(self, text: str, size: float) -> float:
        advance = self.advance
        return sum(advance.get(ch, 0.5) for ch in text) * size

    def __repr__(self) -> str:
        return f"Face({self.script}, {Path(self.file.path).name}, bold={self.bold})"


_face_lock = threading.Lock()


@functools.cache
def _face(script: str, bold: bool) -> Face | None:
    file = find_font(script, bold)
    if file is None:
        return None
    try:
        return Face(script, file, bold)
    except Exception:  # noqa: BLE001 - a broken system font drops out of the chain
        return None


def face(script: str, bold: bool = False) -> Face | None:
    """The face for ``script`` (``latin``, ``arabic``, ``hebrew``, ``cjk``) if installed."""
    with _face_lock:  # two print threads must not read a 20 MB font twice
        return _face(script, bold)


def script_of(ch: str) -> str:
    """Which face a character asks for first."""
    code = ord(ch)
    if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return ARABIC
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return HEBREW
    if (0x1100 <= code <= 0x11FF or 0x2E80 <= code <= 0x9FFF or 0xA960 <= code <= 0xA97F
            or 0xAC00 <= code <= 0xD7FF or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF):
        return CJK
    return LATIN


@functools.cache
def _chain(script: str, bold: bool) -> tuple[Face, ...]:
    order = (script, *(s for s in FALLBACK_ORDER if s != script))
    return tuple(f for s in order if (f := face(s, bold)) is not None)


_choices: dict[tuple[str, bool], Face | None] = {}


def face_for(ch: str, bold: bool = False) -> Face | None:
    """The face that draws ``ch``: its script's own, else the first of the chain that can."""
    key = (ch, bold)
    try:
        return _choices[key]
    except KeyError:
        pass
    chosen = next((f for f in _chain(script_of(ch), bold) if f.covers(ch)), None)
    _choices[key] = chosen
    return chosen


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def is_rtl(text: str) -> bool:
    """True if ``text`` reads right to left (its first strong character is Hebrew/Arabic)."""
    if not _RTL.search(text):
        return False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def display(text: str) -> str:
    """``text`` as drawn from left to right: Arabic letters joined, bidi order applied."""
    if not _RTL.search(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


def runs(text: str, bold: bool = False) -> list[tuple[Face | None, str]]:
    """``text`` in display order, cut where the face changes (None: no face has it).

    Spaces and other characters every face has stay in the run they are in.
    """
    out: list[tuple[Face | None, str]] = []
    current: Face | None = None
    chars: list[str] = []
    for ch in display(text):
        if not ch.isprintable():
            continue  # bidi marks and the like: nothing to draw
        if chars and current is not None and ch.isspace() and current.covers(ch):
            chars.append(ch)
            continue
        chosen = face_for(ch, bold)
        if chars and chosen is not current:
            out.append((current, "".join(chars)))
            chars = []
        current = chosen
        chars.append(ch)
    if chars:
        out.append((current, "".join(chars)))
    return out


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` as the documents draw it."""
    total = 0.0
    for run_face, run in runs(text, bold):
        chosen = run_face or face(LATIN, bold)
        if chosen is not None:
            total += chosen.width(run, size)
    return total


_widest: dict[tuple[str, bool], float] = {}


def _widest_form(ch: str, bold: bool) -> float:
    """The widest way ``ch`` is drawn, in em: an Arabic letter's widest joined form."""
    key = (ch, bold)
    if key in _widest:
        return _widest[key]
    forms = [ch, *(f for f in LETTERS_ARABIC.get(ch, ()) if f)] if ch.isprintable() else []
    widths = [chosen.advance[f] for f in forms if (chosen := face_for(f, bold)) is not None]
    width = max(widths) if widths else (0.5 if forms else 0.0)
    _widest[key] = width
    return width


def char_widths(text: str, size: float, bold: bool = False) -> list[float]:
    """The width of each character of ``text`` (logical order), in points.

    Joined Arabic forms are narrower or wider than the letter alone: each letter counts as
    its widest form, so a line cut by these widths is never too wide once shaped.
    """
    return [_widest_form(ch, bold) * size for ch in text]


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` that no document font can draw, in order, once each."""
    missing: list[str] = []
    for ch in text:
        if (ch.isprintable() and not ch.isspace() and ch not in missing
                and face_for(ch) is None):
            missing.append(ch)
    return "".join(missing)


# --- PDF ------------------------------------------------------------------------------

_PDF_NAMES = {LATIN: "PackdeskSans", ARABIC: "PackdeskArabic", HEBREW: "PackdeskHebrew",
              CJK: "PackdeskCJK"}
_pdf_lock = threading.Lock()
# The CJK subsets registered with reportlab, oldest first. reportlab keeps a registered font
# for the life of the process; a station printing Japanese labels all day would collect one
# per label, so the oldest are let go (:func:`_forget_pdf_font`).
_subsets: OrderedDict[str, None] = OrderedDict()
MAX_SUBSETS = 32


@functools.cache
def register_pdf_fonts() -> tuple[str, str]:
    """Register the bundled fonts with reportlab once; returns (regular, bold) names."""
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


def _registered(name: str) -> bool:
    try:
        pdfmetrics.getFont(name)
    except KeyError:
        return False
    return True


def _truetype_subset(run_face: Face, chars: str, ps_name: str) -> bytes:
    """A TrueType font holding just ``chars`` of ``run_face`` (whose outlines are CFF).

    ``ps_name`` is its PostScript name, the name a PDF gives it: one per subset, or a PDF
    holding a regular and a bold subset would draw both with one of them.

    Curves are converted to quadratics (cu2qu) glyph by glyph; only the glyphs asked for
    are drawn, from the collection read once per face (see :meth:`Face.outlines`), so a
    document's subset takes milliseconds.
    """
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    source, glyph_set = run_face.outlines()
    cmap = {ord(ch): run_face.glyph[ch] for ch in chars if ch in run_face.glyph}
    order = [".notdef", *sorted(set(cmap.values()) - {".notdef"})]
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    hmtx = source["hmtx"]
    metrics = {name: hmtx[name] for name in order}
    hhea, os2 = source["hhea"], source["OS/2"]
    names = source["name"]
    family = names.getDebugName(1) or "Packdesk CJK"
    builder = FontBuilder(source["head"].unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(cmap)
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent)
    builder.setupNameTable({
        "familyName": family,
        "styleName": "Bold" if run_face.bold else "Regular",
        "psName": ps_name,
        "copyright": names.getDebugName(0) or "",
        "licenseDescription": names.getDebugName(13) or "",
    })
    builder.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                     usWinAscent=os2.usWinAscent, usWinDescent=os2.usWinDescent,
                     fsType=os2.fsType)
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def pdf_font_name(run_face: Face | None, text: str = "", bold: bool = False) -> str:
    """The reportlab font name that draws ``run_face``'s characters in a document.

    ``text`` is every character the document draws with that face: a face reportlab cannot
    embed as it is (CFF outlines) is registered as a subset holding exactly those.
    """
    if run_face is None:
        regular, bold_name = register_pdf_fonts()
        return bold_name if bold else regular
    if run_face.script == LATIN:
        regular, bold_name = register_pdf_fonts()
        return bold_name if run_face.bold else regular
    base = _PDF_NAMES[run_face.script] + ("-Bold" if run_face.bold else "")
    with _pdf_lock:
        if run_face.truetype:
            if not _registered(base):
                pdfmetrics.registerFont(TTFont(base, run_face.file.path,
                                               subfontIndex=run_face.file.index))
            return base
        chars = "".join(sorted({ch for ch in text if run_face.covers(ch)}))
        name = f"{base}-{hashlib.sha1(chars.encode()).hexdigest()[:10]}"
        if name in _subsets:
            _subsets.move_to_end(name)
            return name
        data = _truetype_subset(run_face, chars, name)
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        _subsets[name] = None
        while len(_subsets) > MAX_SUBSETS:
            _forget_pdf_font(_subsets.popitem(last=False)[0])
        return name


def _forget_pdf_font(name: str) -> None:
    """Unregister a font from reportlab (its registries are module dictionaries)."""
    from reportlab.lib import fonts as rl_fonts

    font = pdfmetrics._fonts.pop(name, None)
    for face_name, registered in list(pdfmetrics._dynFaceNames.items()):
        if registered is font:
            del pdfmetrics._dynFaceNames[face_name]
    for bold in (0, 1):
        for italic in (0, 1):
            rl_fonts._tt2ps_map.pop((name.lower(), bold, italic), None)
    rl_fonts._ps2tt_map.pop(name.lower(), None)


class PdfFonts:
    """The fonts of one PDF: which reportlab name draws each run of its texts."""

    def __init__(self, texts: Iterable[tuple[str, bool]]) -> None:
        register_pdf_fonts()
        self._chars: dict[tuple[str, bool], set[str]] = {}
        for text, bold in texts:
            for run_face, run in runs(text, bold):
                if run_face is not None and not run_face.truetype:
                    self._chars.setdefault((run_face.script, run_face.bold), set()).update(run)
        self._names: dict[tuple[str, bool], str] = {}

    def name(self, run_face: Face | None, bold: bool = False) -> str:
        if run_face is None or run_face.truetype:
            return pdf_font_name(run_face, bold=bold)
        key = (run_face.script, run_face.bold)
        if key not in self._names:
            self._names[key] = pdf_font_name(run_face, "".join(self._chars.get(key, ())), bold)
        return self._names[key]

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """``text`` as (reportlab font name, characters) runs in display order."""
        return [(self.name(run_face, bold), run) for run_face, run in runs(text, bold)]


# --- Pillow (ZPL graphic fields) -------------------------------------------------------


@functools.cache
def pil_font(size_px: int, bold: bool = False,
             script: str = LATIN) -> ImageFont.FreeTypeFont:
    """A document face for Pillow at ``size_px`` pixels (for ZPL graphic fields).

    The basic layout engine: the text given is already in display order and shaped.
    """
    file = find_font(script, bold) or find_font(LATIN, bold)
    assert file is not None
    return ImageFont.truetype(file.path, size_px, index=file.index,
                              layout_engine=ImageFont.Layout.BASIC)


def pil_runs(text: str, size_px: int,
             bold: bool = False) -> list[tuple[ImageFont.FreeTypeFont, str]]:
    """``text`` as (Pillow font, characters) runs in display order."""
    return [(pil_font(size_px, bold, run_face.script if run_face else LATIN), run)
            for run_face, run in runs(text, bold)]


def warm_up() -> None:
    """Read the small faces' tables now (from a worker thread), not at the first print.

    Noto Sans CJK (two 20 MB collections, some 40 MB of tables in memory) is read at the
    first document that needs it: a third of a second once, then milliseconds.
    """
    register_pdf_fonts()
    for script in (LATIN, ARABIC, HEBREW):
        for bold in (False, True):
            face(script, bold)
