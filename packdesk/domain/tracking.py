"""Tracking numbers read off a carrier's pre-printed label: whose they are, and whether they hold.

The carrier is told by the number's shape; its check digit is then tested with the
`tracking-numbers` library's definition for that product (UPS, USPS IMpb, FedEx, DHL Express,
UPU S10) or with our own small rule where the library has none (GS1 SSCC). A UPU S10 number
names the country of the post that issued it in its last two letters.

Pure: no I/O, no Qt. The one sentence that refuses a number is built here so the station, the
command line and the simulator say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from packdesk.domain.barcodes import gtin_check_digit  # the same GS1 mod 10 as an SSCC's
from packdesk.domain.errors import DomainError

# Carrier ids used on the command line and in stored shipments.
UPS = "ups"
USPS = "usps"
FEDEX = "fedex"
DHL_EXPRESS = "dhl_express"
UPU_S10 = "upu_s10"
SSCC = "sscc"

_NAMES = {
    UPS: "UPS",
    USPS: "USPS",
    FEDEX: "FedEx",
    DHL_EXPRESS: "DHL Express",
    UPU_S10: "postal",
    SSCC: "SSCC",
}

# The posts that issue S10 numbers, by the ISO country of the suffix: (name, carrier code in
# resources/carriers.json, "" when that table has none).
S10_POSTS: dict[str, tuple[str, str]] = {
    "LV": ("Latvijas Pasts", "latvijas_pasts"),
    "NO": ("Posten", "posten"),
    "BR": ("Correios", "correios"),
    "RU": ("Russian Post", ""),
    "FR": ("La Poste", "laposte"),
    "GB": ("Royal Mail", "royalmail"),
    "SE": ("PostNord", "postnord"),
    "DK": ("PostNord", "postnord"),
    "FI": ("Posti", ""),
    "EE": ("Omniva", ""),
    "LT": ("Lietuvos paštas", ""),
    "DE": ("Deutsche Post", ""),
    "NL": ("PostNL", ""),
    "PL": ("Poczta Polska", ""),
    "US": ("USPS", "usps"),
    "CA": ("Canada Post", ""),
}

# Shape -> (carrier id, the library's product name or "" for our own rule).
_SHAPES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}"), UPU_S10, "S10"),
    (re.compile(r"1Z[A-Z0-9]{16}"), UPS, "UPS"),
    (re.compile(r"9[1-5]\d{20}|9[1-5]\d{24}"), USPS, "USPS 91"),
    (re.compile(r"\d{12}"), FEDEX, "FedEx Express (12)"),
    (re.compile(r"\d{15}"), FEDEX, "FedEx Ground"),
    (re.compile(r"\d{10}"), DHL_EXPRESS, "DHL Express"),
    (re.compile(r"(?:00)?\d{18}"), SSCC, ""),
)

_SEPARATORS = re.compile(r"[\s\-]+")
_AI00 = re.compile(r"^(?:\]C1|\]d2|\]Q3)?\(?00\)?(?=\d{18}$)")


@dataclass(frozen=True)
class TrackingCheck:
    """What a scanned tracking number is: ``carrier`` is "" when no shape matched."""

    number: str
    carrier: str
    valid: bool
    country: str = ""  # UPU S10 only

    @property
    def carrier_name(self) -> str:
        if self.carrier == UPU_S10:
            post = S10_POSTS.get(self.country)
            return post[0] if post else f"{self.country} post"
        return _NAMES.get(self.carrier, "")

    @property
    def carrier_code(self) -> str:
        """The code in the tracking-URL table (``ups``, ``posten``...), "" when it has none."""
        if self.carrier == UPU_S10:
            post = S10_POSTS.get(self.country)
            return post[1] if post else ""
        if self.carrier == DHL_EXPRESS:
            return "dhl"
        return "" if self.carrier == SSCC else self.carrier

    def refusal(self) -> str:
        """One sentence for the packer; "" when the number is valid."""
        if self.valid:
            return ""
        if not self.carrier:
            return "not a tracking number of a known carrier: scan the label again"
        return f"not a valid {self.carrier_name} tracking number: scan the label again"


class InvalidTrackingNumber(DomainError):
    def __init__(self, check: TrackingCheck) -> None:
        super().__init__(check.refusal())
        self.check = check


def normalise(code: str) -> str:
    """Upper case, without spaces or dashes; an SSCC loses its AI (00) and symbology prefix."""
    text = _SEPARATORS.sub("", code).upper()
    text = text.replace("\x1d", "")
    if text.isdigit() or text.startswith(("(00)", "]C1", "]D2", "]Q3")):
        stripped = _AI00.sub("", text.replace("]D2", "]d2"))
        if stripped != text and len(stripped) == 18:
            return stripped
    return text


def check_tracking(code: str) -> TrackingCheck:
    """Recognise the carrier of ``code`` by its shape and test its check digit."""
    number = normalise(code)
    for shape, carrier, product in _SHAPES:
        if not shape.fullmatch(number):
            continue
        if carrier == SSCC:
            number = number[-18:]
            return TrackingCheck(number, SSCC, gtin_check_digit(number[:-1]) == int(number[-1]))
        country = number[-2:] if carrier == UPU_S10 else ""
        return TrackingCheck(number, carrier, _library_valid(product, number), country)
    return TrackingCheck(number, "", False)


def require_valid(code: str) -> TrackingCheck:
    """The checked number, or :class:`InvalidTrackingNumber` with its one sentence."""
    check = check_tracking(code)
    if not check.valid:
        raise InvalidTrackingNumber(check)
    return check


def carrier_label_number(code: str) -> TrackingCheck | None:
    """A bare scan read as a carrier's pre-printed label: its check, valid or not, or None
    when the scan is not such a label and goes on as any scan does: no carrier's shape,
    or digits that are also a valid GTIN (a product's barcode scanned once too often must
    never ship the parcel)."""
    check = check_tracking(code)
    if not check.carrier:
        return None
    digits = check.number
    if digits.isdigit() and len(digits) in (8, 12, 13, 14) and (
            gtin_check_digit(digits[:-1]) == int(digits[-1])):
        return None
    return check


@cache
def _definition(product: str):  # type: ignore[no-untyped-def]
    import tracking_numbers

    definition = tracking_numbers.get_definition(product)
    if definition is None:  # pragma: no cover - a library release that dropped a product
        raise LookupError(f"tracking-numbers has no definition for {product}")
    return definition


def _library_valid(product: str, number: str) -> bool:
    """The library's check-digit verdict only: its tables of known service codes lag behind the
    carriers, and a label the carrier printed with a new service must not be refused."""
    found = _definition(product).test(number)
    if found is None:
        return False
    return not any(error[0] == "checksum" for error in found.validation_errors)
