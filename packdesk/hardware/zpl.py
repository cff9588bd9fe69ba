"""ZPL II building blocks: text that prints in any script, Code 128, rules.

Zebra's resident fonts cover printable ASCII reliably and little else (no Cyrillic, no
Greek, no CJK, Arabic or Hebrew, patchy Latin Extended), so text outside ASCII is drawn
here with the document fonts (``fonts.py``: a face per script, right-to-left text shaped
and in display order) and sent as a compressed graphic field (``^GFA``). Labels still start with
``^CI28`` (UTF-8) so any text field that a firmware font does cover is read as UTF-8.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import zlib
from functools import lru_cache

from PIL import Image, ImageDraw

from .fonts import pil_runs

PRINTABLE_ASCII = frozenset(chr(c) for c in range(0x20, 0x7F))


def is_resident_text(text: str) -> bool:
    """True if a Zebra resident font (``^A0``) prints ``text`` as is."""
    return all(ch in PRINTABLE_ASCII for ch in text)


def field_data(text: str) -> str:
    """``^FD`` data with the ZPL control characters escaped via ``^FH``."""
    if not any(ch in "^~_" for ch in text):
        return f"^FD{text}"
    escaped = text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")
    return f"^FH_^FD{escaped}"


_COUNT_LOW = "GHIJKLMNOPQRSTUVWXY"  # 1..19
_COUNT_HIGH = "ghijklmnopqrstuvwxyz"  # 20, 40, ... 400


@lru_cache(maxsize=8192)
def _repeat(count: int, char: str) -> str:
    if count == 1:
        return char
    out = []
    while count > 0:
        chunk = min(count, 419)
        high, low = divmod(chunk, 20)
        if high:
            out.append(_COUNT_HIGH[high - 1])
        if low:
            out.append(_COUNT_LOW[low - 1])
        out.append(char)
        count -= chunk
    return "".join(out)


_RUN = re.compile(r"(.)\1+")


def _run_code(match: re.Match[str]) -> str:
    return _repeat(match.end() - match.start(), match.group(1))


# Ink where the grey is darker than the middle: 255 (set bit) for values below 128.
_THRESHOLD = [255 if v < 128 else 0 for v in range(256)]


def compress_rows(rows: list[str]) -> str:
    """ZPL ASCII compression of hex rows: run counts, ``,`` zero tails, ``:`` repeats."""
    out: list[str] = []
    previous: str | None = None
    for row in rows:
        if row == previous:
            out.append(":")
            continue
        previous = row
        body = row.rstrip("0")
        if not body:
            out.append(",")
            continue
        # Single digits are copied by the regex engine; only runs call back into Python.
        # (A Python step per digit was two thirds of a label's rendering time.)
        out.append(_RUN.sub(_run_code, body))
        if len(body) < len(row):
            out.append(",")
    return "".join(out)


def graphic_field(image: Image.Image, *, encoding: str = "z64") -> str:
    """``^GFA`` for a picture (black ink on white).

    ``z64`` (the default) sends the bitmap deflated and base64-encoded with its CRC, which
    every Zebra firmware since x.13 reads: it is smaller than ASCII hex and is made by
    zlib in C, where the ASCII run-length compression (``encoding="ascii"``) costs a
    Python step per run, milliseconds per line of text.
    """
    mono = image.convert("L").point(_THRESHOLD).convert("1")
    width, height = mono.size
    row_bytes = math.ceil(width / 8)
    data = mono.tobytes()
    total = row_bytes * height
    if encoding == "z64":
        encoded = base64.b64encode(zlib.compress(data))
        crc = binascii.crc_hqx(encoded, 0)
        return f"^GFA,{total},{total},{row_bytes},:Z64:{encoded.decode('ascii')}:{crc:04X}"
    rows = [data[r * row_bytes:(r + 1) * row_bytes].hex().upper() for r in range(height)]
    return f"^GFA,{total},{total},{row_bytes},{compress_rows(rows)}"


# Room above and below the line for the scripts that reach further than Latin (Arabic
# marks and descenders, CJK ideographs): the drawing is cropped to its ink afterwards.
_PAD = 0.35


def text_image(text: str, size_px: int, *, bold: bool = False) -> Image.Image:
    """``text`` drawn with the document fonts, run by run; the baseline sits at 0.8 x size.

    Each run gets the face that has its glyphs (see ``fonts.runs``); right-to-left text
    arrives in display order, already shaped.
    """
    image, _top = _drawn(text, size_px, bold)
    return image


def _drawn(text: str, size_px: int, bold: bool) -> tuple[Image.Image, int]:
    """The drawing of ``text`` cropped to its ink rows, and where its top row is.

    The top is in dots from the top of the line (negative: above it).
    """
    pieces = pil_runs(text, size_px, bold)
    width = max(1, math.ceil(sum(font.getlength(run) for font, run in pieces)) + 2)
    pad = math.ceil(size_px * _PAD)
    height = max(1, math.ceil(size_px * 1.05) + 2 * pad)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    x = 0.0
    baseline = pad + round(size_px * 0.8)
    for font, run in pieces:
        draw.text((x, baseline), run, font=font, fill=0, anchor="ls")
        x += font.getlength(run)
    ink = image.point(_THRESHOLD).getbbox()
    if ink is None:
        return image.crop((0, pad, width, pad + 1)), 0
    return image.crop((0, ink[1], width, ink[3])), ink[1] - pad


@lru_cache(maxsize=4096)
def text_graphic(text: str, size_px: int, bold: bool) -> tuple[int, str, int]:
    """The width, ``^GFA`` field and top offset of ``text`` drawn, kept for the next label.

    Senders, carriers, services, countries, captions and returning customers repeat from
    label to label; drawing and compressing them once is most of the saving.
    """
    image, top = _drawn(text, size_px, bold)
    return image.width, graphic_field(image), top


class ZplLabel:
    """One label (``^XA`` ... ``^XZ``) in printer dots, drawn top-down."""

    def __init__(self, width: int, height: int, dpi: int) -> None:
        self.width, self.height, self.dpi = width, height, dpi
        self._parts: list[str] = ["^XA", "^CI28", f"^PW{width}", f"^LL{height}", "^LH0,0"]

    def text(self, x: int, y: int, text: str, size: int, *, bold: bool = False,
             align: str = "left", width: int = 0, graphic: bool = False) -> None:
        """One line of ``text``, ``size`` dots tall, top-left at (x, y).

        ASCII goes to the resident font unless ``graphic``; anything else is drawn.
        """
        if not text:
            return
        if is_resident_text(text) and not graphic:
            font = f"^A0N,{size},{size}"
            if align in ("center", "right") and width:
                just = "C" if align == "center" else "R"
                self._parts.append(f"^FO{x},{y}^FB{width},1,0,{just},0{font}{field_data(text)}^FS")
            else:
                self._parts.append(f"^FO{x},{y}{font}{field_data(text)}^FS")
            return
        image_width, field, top = text_graphic(text, size, bold)
        if align != "left" and width:
            shift = width - image_width if align == "right" else (width - image_width) // 2
            x += max(0, shift)
        self._parts.append(f"^FO{x},{max(0, y + top)}{field}^FS")

    def code128(self, x: int, y: int, data: str, height: int, module: int) -> None:
        """Code 128 (automatic subsets) with no interpretation line."""
        self._parts.append(f"^FO{x},{y}^BY{module},3,{height}^BCN,{height},N,N,N,A"
                           f"{field_data(data)}^FS")

    def box(self, x: int, y: int, width: int, height: int, thickness: int) -> None:
        self._parts.append(f"^FO{x},{y}^GB{width},{height},{thickness}^FS")

    def reverse_box(self, x: int, y: int, width: int, height: int) -> None:
        """A solid black block; text drawn over it with ``^FR`` would be white."""
        self._parts.append(f"^FO{x},{y}^GB{width},{height},{min(width, height)}^FS")

    def to_zpl(self) -> str:
        return "\n".join([*self._parts, "^XZ"]) + "\n"
