"""GTIN rules: check digits and normalisation to one 14-digit key.

UPC-A (12 digits), EAN-13, EAN-8 and GTIN-14 all name the same trade item when padded
with leading zeros to 14 digits; a scanner may deliver any of them for the same box, so
packdesk stores and compares the GTIN-14 form. Codes that are not GTINs (a store's own
SKU label, say) are kept as written, prefixed so they can never collide with a GTIN.
"""

from __future__ import annotations

from .errors import InvalidBarcode

GTIN_LENGTHS = (8, 12, 13, 14)
STORE_CODE_PREFIX = "X:"


def gtin_check_digit(body: str) -> int:
    """Check digit for the GTIN ``body`` (all digits but the last), GS1 mod-10."""
    if not body.isdigit():
        raise InvalidBarcode(f"a GTIN holds digits only, not {body!r}")
    total = 0
    # Weights 3,1,3,1... from the rightmost digit of the body.
    for position, char in enumerate(reversed(body)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return (
        code.isascii()
        and code.isdigit()
        and len(code) in GTIN_LENGTHS
        and gtin_check_digit(code[:-1]) == int(code[-1])
    )


def normalize_gtin(code: str) -> str:
    """Return the GTIN-14 form of a GTIN-8/12/13/14, or raise InvalidBarcode."""
    code = code.strip()
    if not (code.isascii() and code.isdigit()):
        raise InvalidBarcode(f"{code!r} is not a GTIN: it must be digits only")
    if len(code) not in GTIN_LENGTHS:
        raise InvalidBarcode(
            f"{code!r} is not a GTIN: it has {len(code)} digits, expected 8, 12, 13 or 14"
        )
    expected = gtin_check_digit(code[:-1])
    if expected != int(code[-1]):
        raise InvalidBarcode(
            f"{code!r} is not a valid GTIN: its check digit is {code[-1]}, expected {expected}"
        )
    return code.zfill(14)


def barcode_key(code: str) -> str:
    """The key under which a product barcode is stored and looked up.

    A valid GTIN becomes its GTIN-14; anything else that is a plausible store code
    (printable, no spaces) is kept as a store-specific code.
    """
    code = code.strip()
    if code.isascii() and code.isdigit() and len(code) in GTIN_LENGTHS:
        # All-digit codes of GTIN length must be valid GTINs: a wrong check digit is a
        # typo or a misread, never a store code.
        return normalize_gtin(code)
    if not code or not code.isprintable() or any(ch.isspace() for ch in code):
        raise InvalidBarcode(f"{code!r} cannot be a barcode: empty, or has spaces or control characters")
    if len(code) > 64:
        raise InvalidBarcode("a barcode longer than 64 characters is not accepted")
    return STORE_CODE_PREFIX + code
