"""CSV cells a spreadsheet will not run as formulas (OWASP "CSV Injection").

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
written with a single quote in front, so a spreadsheet shows it as text instead of
evaluating it (``=HYPERLINK(...)``, ``+cmd|...``). Numbers are written as they are, so a
negative quantity stays a number. A cell that already starts with quotes before such a
character gets one more, so that :func:`unquote_cell` gives back exactly what was written:
a CSV that packdesk exports reads back the same.

A carriage return inside a text cell is written as a line feed: Python's CSV writer does
not quote a lone CR, and a reader would take it as the end of the row.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def _looks_like_formula(text: str) -> bool:
    return text.lstrip(QUOTE).startswith(FORMULA_STARTS)


def safe_cell(value: object) -> object:
    """``value`` as it should go into a CSV cell (numbers and ``None`` unchanged)."""
    if not isinstance(value, str):
        return value
    text = QUOTE + value if _looks_like_formula(value) else value
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unquote_cell(text: str) -> str:
    """The value :func:`safe_cell` wrote as ``text`` (a cell without its quote mark)."""
    if text.startswith(QUOTE) and _looks_like_formula(text):
        return text[1:]
    return text
