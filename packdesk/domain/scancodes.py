"""What a scanned barcode is: a product, a bin, a badge, an order, or unknown.

Plain Python, no Qt: the scanners in ``packdesk.hardware.scanners`` deliver raw text and
the station calls :func:`classify` on it. A scanner may send:

* an AIM symbology identifier first (``]C1`` GS1-128, ``]E0`` EAN-13, ``]d2`` GS1
  DataMatrix, ``]Q3`` GS1 QR...), which is stripped and kept as ``symbology``;
* GS1 element strings with the group separator (ASCII 29) between variable-length
  fields; GTIN, lot, serial, expiry and SSCC are parsed with ``biip``;
* UPC-A, EAN-13, EAN-8 or GTIN-14 for the same item, all normalised to one GTIN-14 key;
* codes packdesk prints itself: ``BIN:A-03-2-B`` on bin labels, ``ORD:<number>`` on
  shipping labels and slips, ``BADGE:<id>`` on badges (prefixes configurable). An order
  number that is not plain printable ASCII is percent-encoded in its barcode (see
  :func:`order_barcode`) and decoded here, so a scan gives back exactly the number.

Nothing here raises on bad input: anything that cannot be read becomes
``kind="unknown"`` with a message for the person at the bench.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

import biip

from .barcodes import barcode_key, is_valid_gtin
from .errors import DomainError
from .model import BIN_BARCODE_PREFIX, BinCode
from .say import say

ORDER_BARCODE_PREFIX = "ORD:"
BADGE_BARCODE_PREFIX = "BADGE:"
# Command codes a scanner (or a printed command sheet) sends: undo the last unit scan.
UNDO_CODES = frozenset({"UNDO", "CMD:UNDO"})
GS = "\x1d"

CodeKind = Literal["product", "bin", "badge", "order", "unknown"]

# AIM identifier: "]" + symbology letter + modifier character (ISO/IEC 15424).
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")

_AIM_NAMES = {
    "A": "Code 39",
    "C": "Code 128",
    "d": "Data Matrix",
    "E": "EAN/UPC",
    "e": "GS1 DataBar",
    "F": "Codabar",
    "G": "Code 93",
    "I": "Interleaved 2 of 5",
    "L": "PDF417",
    "Q": "QR Code",
    "z": "Aztec",
}
# Modifiers that say "the data is a GS1 element string" (FNC1 in first position).
_GS1_AIMS = {"]C1", "]e0", "]d2", "]Q3", "]z1"}

MAX_CODE_LENGTH = 512


# Order-number characters a Code 128 barcode carries as they are: printable ASCII but the
# space (scanners pad and trim) and "%" (the escape).
_PLAIN_ORDER_CHARS = frozenset(chr(c) for c in range(0x21, 0x7F)) - {"%"}
_ESCAPE = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def order_barcode(number: str) -> str:
    """What packdesk encodes in the order barcode on labels and slips.

    Code 128 carries ASCII only, and a scanner drops, rewrites or ends the scan at control
    characters. Every other character of the number (and space and "%") is sent as its
    UTF-8 bytes in ``%XX`` form, which :func:`classify` decodes:
    ``#E2👍`` -> ``ORD:#E2%F0%9F%91%8D``, ``A<CR><LF>B`` -> ``ORD:A%0D%0AB``.
    """
    encoded = "".join(
        ch if ch in _PLAIN_ORDER_CHARS else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
        for ch in number
    )
    return f"{ORDER_BARCODE_PREFIX}{encoded}"


def _order_number(text: str) -> str | None:
    """The order number in an order barcode's data, or None if its escapes are broken.

    A ``%`` not followed by two hex digits is kept as it is (labels printed before numbers
    were encoded).
    """
    if "%" not in text:
        return text
    try:
        return _ESCAPE.sub(lambda m: bytes.fromhex(m.group(0).replace("%", "")).decode("utf-8"),
                           text)
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class ScannedCode:
    """A scan, read.

    ``key`` is what to look things up by: the GTIN-14 (or ``X:`` store code) for a
    product, the bin code (``A-03-2-B``) for a bin, the badge id, the order number.
    It is empty for unknown codes, whose ``message`` says why.
    """

    kind: CodeKind
    raw: str
    key: str = ""
    text: str = ""  # the data without AIM identifier and terminator
    aim: str | None = None  # "]C1"
    symbology: str | None = None  # "Code 128 (GS1-128)"
    gtin: str | None = None
    lot: str | None = None
    serial: str | None = None
    expiry: date | None = None
    sscc: str | None = None
    message: str = ""

    @property
    def is_unknown(self) -> bool:
        return self.kind == "unknown"


def split_aim(text: str) -> tuple[str | None, str]:
    """Split a leading AIM symbology identifier off ``text``: ``("]E0", "400...")``."""
    match = _AIM.match(text)
    if match is None:
        return None, text
    return match.group(0), text[match.end():]


def symbology_name(aim: str | None) -> str | None:
    if aim is None:
        return None
    name = _AIM_NAMES.get(aim[1], f"symbology {aim[1]}")
    if aim in _GS1_AIMS:
        return f"{name} (GS1)"
    return name


def _unknown(raw: str, text: str, aim: str | None, message: str) -> ScannedCode:
    return ScannedCode(
        kind="unknown",
        raw=raw,
        text=text,
        aim=aim,
        symbology=symbology_name(aim),
        message=message,
    )


def _shown(text: str, limit: int = 40) -> str:
    """A code as it can be shown in a message: control characters visible, cut short."""
    visible = "".join(ch if ch.isprintable() else f"<{ord(ch):02X}>" for ch in text)
    return visible if len(visible) <= limit else visible[: limit - 1] + "…"


def clean_scan(text: str, *, prefix: str = "", suffix: str = "", gs_replacement: str = "") -> str:
    """What a scanner sent, as the code it read: the configured ``prefix`` and ``suffix``
    removed where present, and ``gs_replacement`` (text such as ``{GS}`` that scanners
    unable to send ASCII 29 are set to send instead) turned back into the group separator.

    Shared by the serial and keyboard-wedge scanners; pure.
    """
    return replace_group_separator(strip_affixes(text, prefix, suffix), gs_replacement)


def is_plausible_scan(text: str) -> bool:
    """False for what no barcode holds: control characters (other than the group
    separator), undecodable bytes (U+FFFD), no ASCII letter or digit at all -- what a
    scanner at the wrong baud rate sends."""
    return (any(ch.isascii() and ch.isalnum() for ch in text)
            and all(ch == GS or (ch.isprintable() and ch != "\ufffd") for ch in text))


def _strip_prefix(text: str, prefix: str) -> str | None:
    if prefix and text[: len(prefix)].upper() == prefix.upper():
        return text[len(prefix):]
    return None


def classify(
    raw: str,
    *,
    badge_prefix: str = BADGE_BARCODE_PREFIX,
    order_prefix: str = ORDER_BARCODE_PREFIX,
    bin_prefix: str = BIN_BARCODE_PREFIX,
) -> ScannedCode:
    """Tell what ``raw`` (as a scanner sent it) is. Never raises."""
    try:
        return _classify(raw, badge_prefix, order_prefix, bin_prefix)
    except Exception as error:  # noqa: BLE001 - a scan must never crash the station
        return _unknown(raw, raw, None, say("could not read this code ({error})", error=error))


def _classify(raw: str, badge_prefix: str, order_prefix: str, bin_prefix: str) -> ScannedCode:
    # Terminators and padding a scanner may leave; NULs some wedges send.
    cleaned = raw.replace("\x00", "").strip(" \r\n\t")
    if not cleaned:
        return _unknown(raw, "", None, say("empty scan: no data was read"))
    if len(cleaned) > MAX_CODE_LENGTH:
        return _unknown(raw, cleaned[:MAX_CODE_LENGTH], None,
                        say("this code is too long to be one packdesk knows ({count} characters)",
                            count=len(cleaned)))
    aim, text = split_aim(cleaned)
    text = text.strip(" \r\n\t")
    symbology = symbology_name(aim)

    def ours(kind: CodeKind, key: str) -> ScannedCode:
        return ScannedCode(kind=kind, raw=raw, key=key, text=text, aim=aim, symbology=symbology)

    rest = _strip_prefix(text, bin_prefix)
    if rest is not None:
        try:
            return ours("bin", str(BinCode.parse(rest)))
        except DomainError:
            return _unknown(raw, text, aim,
                            say("bin label {code} does not hold a valid bin code", code=_shown(text)))
    rest = _strip_prefix(text, badge_prefix)
    if rest is not None:
        rest = rest.strip()
        if rest and rest.isprintable():
            return ours("badge", rest)
        return _unknown(raw, text, aim, say("this badge has no readable id"))
    rest = _strip_prefix(text, order_prefix)
    if rest is not None:
        rest = rest.strip()
        number = _order_number(rest) if rest.isprintable() else None
        if rest and number:
            return ours("order", number)
        return _unknown(raw, text, aim, say("this order barcode has no readable order number"))

    if text.isascii() and text.isdigit() and len(text) in (8, 12, 13, 14) and aim not in _GS1_AIMS:
        if is_valid_gtin(text):
            key = barcode_key(text)
            return ScannedCode(kind="product", raw=raw, key=key, text=text, aim=aim,
                               symbology=symbology, gtin=key)
        return _unknown(raw, text, aim,
                        say("{code} looks like a product barcode but its check digit is wrong: "
                            "scan it again", code=text))

    looks_gs1 = aim in _GS1_AIMS or GS in text or (
        text[:2] in ("00", "01", "02") and text[:18].isdigit() and len(text) >= 16
    )
    if looks_gs1:
        gs1 = _from_gs1(raw, text, aim)
        if gs1 is not None:
            return gs1
        if aim in _GS1_AIMS or GS in text:
            return _unknown(raw, text, aim,
                            say("{code} is a GS1 code packdesk cannot read", code=_shown(text)))

    if GS in text or not text.isprintable() or any(ch.isspace() for ch in text):
        return _unknown(raw, text, aim,
                        say("unknown code {code}: it has spaces or control characters",
                            code=_shown(text)))
    try:
        key = barcode_key(text)
    except DomainError as error:
        return _unknown(raw, text, aim, f"unknown code {_shown(text)}: {error}")
    return ScannedCode(kind="product", raw=raw, key=key, text=text, aim=aim, symbology=symbology)


def _from_gs1(raw: str, text: str, aim: str | None) -> ScannedCode | None:
    """A product or SSCC scan from a GS1 element string, or None if it is not one."""
    try:
        result = biip.parse((aim or "") + text)
    except biip.BiipException:
        return None
    message = result.gs1_message
    if message is None:
        return None
    fields: dict[str, str] = {}
    expiry: date | None = None
    for element in message.element_strings:
        ai = element.ai.ai
        fields.setdefault(ai, element.value)
        if ai == "17" and expiry is None and element.date is not None:
            expiry = element.date
    gtin = fields.get("01") or fields.get("02")
    sscc = fields.get("00")
    symbology = symbology_name(aim) or "GS1"
    lot = fields.get("10")
    serial = fields.get("21")
    if gtin is not None and is_valid_gtin(gtin):
        key = barcode_key(gtin)
        return ScannedCode(kind="product", raw=raw, key=key, text=text, aim=aim,
                           symbology=symbology, gtin=key, lot=lot, serial=serial,
                           expiry=expiry, sscc=sscc)
    if sscc is not None:
        return ScannedCode(kind="unknown", raw=raw, text=text, aim=aim, symbology=symbology,
                           lot=lot, serial=serial, expiry=expiry, sscc=sscc,
                           message=say("this is a shipping container code (SSCC {sscc}), "
                                       "not a product: scan the item's own barcode", sscc=sscc))
    return None


def strip_affixes(text: str, prefix: str = "", suffix: str = "") -> str:
    """``text`` without the prefix and suffix a scanner is set to add, each only if there.

    A scanner programmed to send ``STX`` before and ``ETX`` after every code, say, has
    them taken off before the code is classified; a code without them is left alone.
    """
    if prefix and text.startswith(prefix):
        text = text[len(prefix):]
    if suffix and text.endswith(suffix):
        text = text[: len(text) - len(suffix)]
    return text


def replace_group_separator(text: str, replacement: str) -> str:
    """The scanner's stand-in for the group separator (e.g. ``{GS}``) back to ASCII 29.

    Scanners that cannot send ASCII 29 as a key are set to send a text such as ``{GS}``
    or ``<GS>`` instead; an empty ``replacement`` changes nothing.
    """
    return text.replace(replacement, GS) if replacement else text
