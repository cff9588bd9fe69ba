"""The warehouse's nouns and their rules, in plain Python.

Nothing here knows about Qt, SQL or HTTP. Storage maps these values onto tables
(``packdesk.persistence``); services apply the rules over a unit of work.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from .barcodes import barcode_key
from .countries import is_known_country
from .errors import IllegalTransition, InvalidBinCode, InvalidOrder
from .payments import Payment


class Role(enum.StrEnum):
    PACKER = "packer"
    LEAD = "lead"
    ADMIN = "admin"

    def at_least(self, other: Role) -> bool:
        order = [Role.PACKER, Role.LEAD, Role.ADMIN]
        return order.index(self) >= order.index(other)


class OrderStatus(enum.StrEnum):
    NEW = "new"
    PICKING = "picking"
    PACKING = "packing"
    PACKED = "packed"
    SHIPPED = "shipped"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


# The happy path, plus the ways back a person may take on purpose: a claim released
# before picking started, a pack restarted from the pick.
_ALLOWED: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.NEW: frozenset({OrderStatus.PICKING, OrderStatus.ON_HOLD, OrderStatus.CANCELLED}),
    OrderStatus.PICKING: frozenset(
        {OrderStatus.PACKING, OrderStatus.NEW, OrderStatus.ON_HOLD, OrderStatus.CANCELLED}
    ),
    OrderStatus.PACKING: frozenset(
        {OrderStatus.PACKED, OrderStatus.PICKING, OrderStatus.ON_HOLD, OrderStatus.CANCELLED}
    ),
    OrderStatus.PACKED: frozenset({OrderStatus.SHIPPED, OrderStatus.ON_HOLD, OrderStatus.CANCELLED}),
    OrderStatus.ON_HOLD: frozenset(
        {
            OrderStatus.NEW,
            OrderStatus.PICKING,
            OrderStatus.PACKING,
            OrderStatus.PACKED,
            OrderStatus.CANCELLED,
        }
    ),
    OrderStatus.SHIPPED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

NEEDS_REASON = frozenset({OrderStatus.ON_HOLD, OrderStatus.CANCELLED})
OPEN_STATUSES = frozenset(
    {OrderStatus.NEW, OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED, OrderStatus.ON_HOLD}
)


def allowed_transitions(current: OrderStatus) -> frozenset[OrderStatus]:
    return _ALLOWED[current]


def check_transition(
    current: OrderStatus,
    target: OrderStatus,
    reason: str | None = None,
    *,
    held_from: OrderStatus | None = None,
) -> None:
    """Raise IllegalTransition unless ``current -> target`` is allowed.

    A hold or a cancellation needs a reason; leaving a hold goes back only to where
    the order was held from (or to new, which restarts it).
    """
    if target not in _ALLOWED[current]:
        allowed = ", ".join(sorted(s.value for s in _ALLOWED[current])) or "none (final)"
        raise IllegalTransition(
            f"an order that is {current.value} cannot become {target.value}; allowed: {allowed}"
        )
    if target in NEEDS_REASON and not (reason and reason.strip()):
        raise IllegalTransition(f"putting an order {target.value} needs a reason")
    if (
        current is OrderStatus.ON_HOLD
        and target is not OrderStatus.CANCELLED
        and target is not OrderStatus.NEW
        and held_from is not None
        and target is not held_from
    ):
        raise IllegalTransition(
            f"this order was held while {held_from.value}; it can go back to "
            f"{held_from.value} or new, not {target.value}"
        )


@dataclass(frozen=True)
class StatusChange:
    """What a status transition sets on an order: the one table both the domain order and
    the stored order row apply (``Order.transition_to``, ``OrderRow.change_status``)."""

    status: OrderStatus
    held_from: OrderStatus | None
    hold_reason: str
    cancel_reason: str


def transition(
    current: OrderStatus,
    target: OrderStatus,
    reason: str | None = None,
    *,
    held_from: OrderStatus | None = None,
    hold_reason: str = "",
    cancel_reason: str = "",
) -> StatusChange:
    """Check ``current -> target`` and return the order's status fields after it."""
    check_transition(current, target, reason, held_from=held_from)
    if target is OrderStatus.ON_HOLD:
        held_from, hold_reason = current, reason or ""
    elif target is OrderStatus.CANCELLED:
        cancel_reason = reason or ""
    elif current is OrderStatus.ON_HOLD:
        held_from, hold_reason = None, ""
    return StatusChange(target, held_from, hold_reason, cancel_reason)


# --- Bins ---------------------------------------------------------------------------

BIN_CODE_PATTERN = re.compile(r"^([A-Z]{1,3})-(\d{2,3})-(\d{1,2})-([A-Z0-9]{1,2})$")


@dataclass(frozen=True, order=True)
class BinCode:
    """A location such as ``A-03-2-B``: zone A, aisle 03, shelf 2, position B."""

    zone: str
    aisle: int
    shelf: int
    position: str

    @classmethod
    def parse(cls, text: str) -> BinCode:
        cleaned = text.strip().upper()
        match = BIN_CODE_PATTERN.match(cleaned)
        if not match:
            raise InvalidBinCode(
                f"{text!r} is not a bin code; expected ZONE-AISLE-SHELF-POSITION such as A-03-2-B"
            )
        zone, aisle, shelf, position = match.groups()
        return cls(zone, int(aisle), int(shelf), position)

    def __str__(self) -> str:
        return f"{self.zone}-{self.aisle:02d}-{self.shelf}-{self.position}"

    def walk_key(self) -> str:
        """A string that sorts bins in walking order.

        Pickers walk each aisle up and the next one down (a serpentine route), so
        positions run backwards in every second aisle. Shelves are taken top to bottom
        at one position, which does not change the walk.
        """
        position_rank = int(self.position) if self.position.isdigit() else (
            sum((ord(c) - 64) * 100**i for i, c in enumerate(reversed(self.position)))
        )
        if self.aisle % 2 == 0:
            position_rank = 99_999 - position_rank
        return f"{self.zone:>3}|{self.aisle:03d}|{position_rank:05d}|{self.shelf:02d}"


@dataclass
class Bin:
    code: BinCode
    barcode: str = ""
    walk_order: str = ""
    active: bool = True

    def __post_init__(self) -> None:
        if not self.barcode:
            self.barcode = bin_barcode(self.code)
        if not self.walk_order:
            self.walk_order = self.code.walk_key()


BIN_BARCODE_PREFIX = "BIN:"


def bin_barcode(code: BinCode) -> str:
    """What a bin's label encodes: a prefix that no product barcode uses, then its code."""
    return f"{BIN_BARCODE_PREFIX}{code}"


# --- Products -----------------------------------------------------------------------


@dataclass
class Product:
    sku: str
    name: str
    barcodes: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    weight_g: int = 0
    image_path: str | None = None

    def __post_init__(self) -> None:
        if not self.sku.strip():
            raise InvalidOrder("a product needs a SKU")
        self.barcodes = [barcode_key(code) for code in self.barcodes]

    @property
    def color(self) -> str | None:
        return self.attributes.get("color")

    @property
    def size(self) -> str | None:
        return self.attributes.get("size")


# --- Orders -------------------------------------------------------------------------


@dataclass
class Address:
    name: str
    line1: str
    city: str
    postal_code: str
    country: str
    line2: str = ""
    region: str = ""
    company: str = ""
    phone: str = ""
    email: str = ""

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidOrder("the ship-to address has no name")
        if not self.line1.strip() or not self.city.strip():
            raise InvalidOrder("the ship-to address has no street or city")
        if not is_known_country(self.country):
            raise InvalidOrder(f"unknown country {self.country!r} in the ship-to address")

    def lines(self) -> list[str]:
        city_line = " ".join(p for p in (self.postal_code, self.city) if p)
        parts = [self.name, self.company, self.line1, self.line2, city_line, self.region, self.country]
        return [p for p in parts if p]


ATTRIBUTE_ALIASES = {
    "colour": "color",
    "pa_color": "color",
    "pa_colour": "color",
    "pa_size": "size",
}


def normalize_attributes(attributes: Mapping[str, str]) -> dict[str, str]:
    """Lower-case attribute names with the usual store spellings folded together."""
    result: dict[str, str] = {}
    for key, value in attributes.items():
        name = key.strip().lower()
        result[ATTRIBUTE_ALIASES.get(name, name)] = str(value).strip()
    return result


# Bounds on what one order may hold: beyond them the order is quarantined with the reason
# (a store or a file that sends more is broken, not busy).
MAX_LINE_QUANTITY = 10_000  # units on one line
MAX_ORDER_LINES = 1_000
MAX_TEXT_LENGTH = 20_000  # characters of a note, a gift message, a line note or property
MAX_LINE_FIELDS = 50  # attributes or properties on one line


def whole_quantity(value: object, sku: str = "", *, text: bool = False,
                   allow_zero: bool = False) -> int:
    """A line's quantity as sent by a store or a file: a positive whole number, or InvalidOrder.

    ``text``: the source sends text (a CSV cell), so ``"3"`` is 3; a JSON store API must
    send a number. Never rounded: 2.7 is refused, not 2; ``true`` is not 1; ``inf``,
    ``1e400`` and numbers past ``MAX_LINE_QUANTITY`` are refused with the reason.
    ``allow_zero``: 0 is accepted (a store's "removed from the order").
    """
    shown = repr(value)[:30] if isinstance(value, str) and not text else str(value)[:30]
    what = f"quantity {shown} of {sku[:64] or 'a line'}"
    number: int | float | Decimal
    if isinstance(value, bool) or value is None:
        raise InvalidOrder(f"{what} is not a number")
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str) and text:
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidOrder(f"{what} is not a number") from None
    else:
        raise InvalidOrder(f"{what} is not a number")
    if isinstance(number, float) and not math.isfinite(number) or (
        isinstance(number, Decimal) and not number.is_finite()
    ):
        raise InvalidOrder(f"{what} is not a finite number")
    if number != int(number):
        raise InvalidOrder(f"{what} is not a whole number")
    if number < (0 if allow_zero else 1):
        raise InvalidOrder(f"{what} must be at least {0 if allow_zero else 1}")
    if number > MAX_LINE_QUANTITY:
        raise InvalidOrder(f"{what} is more than {MAX_LINE_QUANTITY:,} units on one line")
    return int(number)


def _text_ok(value: str) -> bool:
    """What :func:`_check_text` accepts (checked first: its message is made only when needed)."""
    return len(value) <= MAX_TEXT_LENGTH and "\x00" not in value


def _texts_ok(*texts: object) -> bool:
    """True when every text passes :func:`_check_text`, and any two of them together too
    (an attribute's key and value are checked as one): all of them together are short
    enough and hold no NUL. False may still be fine; the checks one by one then decide.
    A pull checks every order twice (connector and intake), so this is the quick way."""
    try:
        joined = "".join(texts)  # type: ignore[arg-type]
    except TypeError:  # not all text: checked one by one
        return False
    return len(joined) <= MAX_TEXT_LENGTH and "\x00" not in joined


def _check_text(name: str, value: str) -> None:
    if len(value) > MAX_TEXT_LENGTH:
        raise InvalidOrder(f"{name} is {len(value):,} characters long; at most "
                           f"{MAX_TEXT_LENGTH:,} are accepted")
    if "\x00" in value:
        raise InvalidOrder(f"{name} contains a NUL character")


@dataclass
class OrderLine:
    sku: str
    quantity: int
    name: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    line_note: str = ""
    unit_price: str = ""
    properties: dict[str, str] = field(default_factory=dict)
    barcode: str = ""  # the variant's own barcode when the store sends it
    image_url: str = ""  # the variant's photo at the store, when it has one

    def validate(self) -> None:
        if not self.sku.strip():
            raise InvalidOrder(f"line {self.name[:60] or '?'!r} has no SKU")
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int):
            raise InvalidOrder(f"line {self.sku[:64]} has quantity {self.quantity!r}; "
                               "it must be a whole number")
        if self.quantity <= 0:
            raise InvalidOrder(f"line {self.sku[:64]} has quantity {self.quantity}; it must be at least 1")
        if self.quantity > MAX_LINE_QUANTITY:
            raise InvalidOrder(f"line {self.sku[:64]} has quantity {self.quantity}; at most "
                               f"{MAX_LINE_QUANTITY:,} units fit on one line")
        if _texts_ok(self.sku, self.name, self.line_note, self.unit_price, self.barcode,
                     *self.attributes.keys(), *self.attributes.values(),
                     *self.properties.keys(), *self.properties.values()) and (
                len(self.attributes) <= MAX_LINE_FIELDS and len(self.properties) <= MAX_LINE_FIELDS):
            return
        for kind, values in (("attributes", self.attributes), ("properties", self.properties)):
            if len(values) > MAX_LINE_FIELDS:
                raise InvalidOrder(f"line {self.sku[:64]} has {len(values)} {kind}; at most "
                                   f"{MAX_LINE_FIELDS} are accepted")
            for key, value in values.items():
                if not _text_ok(f"{key}{value}"):
                    _check_text(f"line {self.sku[:64]}, {kind[:-1]} {key[:40]!r}", f"{key}{value}")
        for name in ("sku", "name", "line_note", "unit_price", "barcode"):
            if not _text_ok(getattr(self, name)):
                _check_text(f"line {self.sku[:64]}, {name.replace('_', ' ')}", getattr(self, name))


@dataclass
class Order:
    source: str
    external_id: str
    number: str
    placed_at: datetime
    ship_to: Address
    lines: list[OrderLine]
    ship_by: date | None = None
    shipping_method: str = "standard"
    customer_note: str = ""
    gift: bool = False
    gift_message: str = ""
    note_attributes: dict[str, str] = field(default_factory=dict)
    currency: str = ""
    status: OrderStatus = OrderStatus.NEW
    hold_reason: str = ""
    held_from: OrderStatus | None = None
    cancel_reason: str = ""
    # What the store said about the money (domain.payments.Payment); None: not told.
    payment: Payment | None = None

    def validate(self) -> None:
        """Raise InvalidOrder if this order cannot be packed as it stands."""
        if not self.source.strip() or not self.external_id.strip():
            raise InvalidOrder("an order needs its source and external id")
        if not self.number.strip():
            raise InvalidOrder(f"order {self.external_id} has no order number")
        if not self.lines:
            raise InvalidOrder(f"order {self.number[:40]} has no lines")
        if len(self.lines) > MAX_ORDER_LINES:
            raise InvalidOrder(f"order {self.number[:40]} has {len(self.lines):,} lines; at most "
                               f"{MAX_ORDER_LINES:,} are accepted")
        address = vars(self.ship_to).values()
        if not _texts_ok(self.external_id, self.number, self.shipping_method, self.customer_note,
                         self.gift_message, self.currency, *self.note_attributes.keys(),
                         *self.note_attributes.values(), *address):
            self._check_texts()
        for line in self.lines:
            line.validate()
        self.ship_to.validate()

    def _check_texts(self) -> None:
        """Raise InvalidOrder naming the first order text that is too long or has a NUL."""
        for name in ("external_id", "number", "shipping_method", "customer_note", "gift_message",
                     "currency"):
            if not _text_ok(getattr(self, name)):
                _check_text(f"order {self.number[:40]}: {name.replace('_', ' ')}", getattr(self, name))
        for key, value in self.note_attributes.items():
            if not _text_ok(f"{key}{value}"):
                _check_text(f"order {self.number[:40]}: note attribute {key[:40]!r}", f"{key}{value}")
        for name, value in vars(self.ship_to).items():
            if isinstance(value, str) and not _text_ok(value):
                _check_text(f"order {self.number[:40]}: ship-to {name}", value)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.external_id)

    @property
    def is_express(self) -> bool:
        return is_express_method(self.shipping_method)

    @property
    def unit_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    def transition_to(self, target: OrderStatus, reason: str | None = None) -> None:
        change = transition(self.status, target, reason, held_from=self.held_from,
                            hold_reason=self.hold_reason, cancel_reason=self.cancel_reason)
        self.status = change.status
        self.held_from = change.held_from
        self.hold_reason = change.hold_reason
        self.cancel_reason = change.cancel_reason


EXPRESS_WORDS = ("express", "overnight", "next day", "next-day", "priority", "1-day", "same day")


def is_express_method(method: str) -> bool:
    lowered = method.lower()
    return any(word in lowered for word in EXPRESS_WORDS)


def ensure_unique_keys(orders: Iterable[Order]) -> None:
    """Raise DuplicateOrder if two orders share (source, external id)."""
    from .errors import DuplicateOrder

    seen: set[tuple[str, str]] = set()
    for order in orders:
        if order.key in seen:
            raise DuplicateOrder(
                f"order {order.external_id} from {order.source} appears twice"
            )
        seen.add(order.key)


# --- People, stations, scans, shipments ------------------------------------------------


@dataclass
class User:
    name: str
    role: Role
    badge_code: str
    pin_hash: str = ""
    active: bool = True


@dataclass
class Station:
    name: str
    printer_settings: dict[str, str] = field(default_factory=dict)
    scanner_settings: dict[str, str] = field(default_factory=dict)


class ShipmentKind(enum.StrEnum):
    OUTBOUND = "outbound"
    RETURN = "return"


@dataclass
class Shipment:
    carrier: str
    service: str
    tracking_number: str
    weight_g: int
    label_format: str = "zpl"
    tracking_url: str = ""
    kind: ShipmentKind = ShipmentKind.OUTBOUND
    # The carrier's own label as bought (ZPL or PDF bytes), printed as it is; empty when
    # packdesk draws the label itself.
    carrier_label: bytes = b""


class ScanOutcome(enum.StrEnum):
    ACCEPTED = "accepted"
    BIN_CONFIRMED = "bin_confirmed"
    WRONG_BIN = "wrong_bin"
    WRONG_ITEM = "wrong_item"
    WRONG_VARIANT = "wrong_variant"
    OVER_SCAN = "over_scan"
    OTHER_ORDER = "other_order"
    UNKNOWN_CODE = "unknown_code"
    SIGNED_IN = "signed_in"
    ORDER_TAKEN = "order_taken"
    OVERRIDE = "override"
    SHORT_PICK = "short_pick"
    UNDONE = "undone"
    LABEL = "label"  # the order's own shipping label scanned: it ships
    IGNORED = "ignored"
    QUALITY_CHECK = "quality_check"  # a check of the unit under check confirmed
    QUALITY_FAILED = "quality_failed"  # a check failed: the unit is set aside

    @property
    def is_refusal(self) -> bool:
        return self in REFUSALS


REFUSALS = frozenset(
    {
        ScanOutcome.WRONG_BIN,
        ScanOutcome.WRONG_ITEM,
        ScanOutcome.WRONG_VARIANT,
        ScanOutcome.OVER_SCAN,
        ScanOutcome.OTHER_ORDER,
        ScanOutcome.UNKNOWN_CODE,
    }
)


@dataclass
class ScanEvent:
    at: datetime
    station: str
    user: str | None
    order_number: str | None
    raw_code: str
    outcome: ScanOutcome
    phase: str = ""  # sign_in, queue, pick, pack
    detail: str = ""


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # the store refused it for good: a lead must look
    DISMISSED = "dismissed"  # a lead decided it is not to be sent


class MovementReason(enum.StrEnum):
    PICK = "pick"
    SHORT_PICK = "short_pick"
    RETURN = "return"
    ADJUST = "adjust"
    RECEIVE = "receive"
