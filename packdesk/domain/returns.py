"""Returns of shipped orders: what may come back, where it goes, what is refunded.

Plain Python. A :class:`Return` holds the order's shipped lines with what was already
returned before; :meth:`Return.receive` takes one scanned unit or refuses it with a
sentence for the bench; :func:`compute_refund` turns the received units into money
(``Decimal``, never floats) under the admin's :class:`ReturnPolicy`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .barcodes import barcode_key
from .errors import DomainError

CENT = Decimal("0.01")


class ReturnRefused(DomainError):
    """A unit (or a whole return) the bench may not take; the message says why."""


class Condition(enum.StrEnum):
    RESELLABLE = "resellable"
    OPENED = "opened"
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"

    @classmethod
    def parse(cls, text: str) -> Condition:
        cleaned = text.strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return cls(cleaned)
        except ValueError:
            choices = ", ".join(c.value for c in cls)
            raise ReturnRefused(f"{text!r} is not a condition; use one of {choices}") from None


# One key per condition at the bench.
CONDITION_KEYS: dict[str, Condition] = {
    "1": Condition.RESELLABLE,
    "2": Condition.OPENED,
    "3": Condition.DAMAGED,
    "4": Condition.WRONG_ITEM,
}


def money(text: str | Decimal | int) -> Decimal:
    """A price as the store sent it (``"19.90"``), or zero when it sent none."""
    if isinstance(text, Decimal):
        return text
    try:
        return Decimal(str(text).strip() or "0")
    except InvalidOperation:
        raise ReturnRefused(f"{text!r} is not an amount of money") from None


@dataclass(frozen=True)
class ShippedLine:
    """One order line as it left: ``shipped`` units, ``returned`` of them came back before."""

    line_id: int
    sku: str
    name: str
    shipped: int
    returned: int = 0
    unit_price: Decimal = Decimal("0")
    codes: frozenset[str] = frozenset()  # barcode keys of the product

    def matches(self, code: str) -> bool:
        return code.strip().upper() == self.sku.upper() or code_key(code) in self.codes


def code_key(code: str) -> str:
    """The key a scanned code is stored under (a GTIN as GTIN-14), or the text itself."""
    try:
        return barcode_key(code.strip())
    except DomainError:
        return code.strip()


@dataclass(frozen=True)
class ReturnPolicy:
    """The admin's rules for returns."""

    quarantine_bin: str = "Q-01-1-A"
    refund_shipping: bool = False
    restocking_fee_percent: Decimal = Decimal("0")
    fee_conditions: frozenset[Condition] = frozenset({Condition.OPENED})
    approval_above: Decimal | None = None  # refunds above this wait for a lead
    api_refund: bool = True  # WooCommerce: refund through the payment gateway


@dataclass(frozen=True)
class ReceivedUnit:
    line_id: int
    sku: str
    code: str
    condition: Condition
    reason: str = ""

    @property
    def restock(self) -> bool:
        return self.condition is Condition.RESELLABLE


def location_for(unit: ReceivedUnit, home_bin: str | None, policy: ReturnPolicy) -> str:
    """Resellable units go back to their bin; every other one to the quarantine location."""
    if unit.restock and home_bin:
        return home_bin
    return policy.quarantine_bin


@dataclass
class Return:
    """A return being received for one shipped order."""

    order_number: str
    lines: list[ShippedLine]
    currency: str = ""
    shipped: bool = True
    units: list[ReceivedUnit] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.shipped:
            raise ReturnRefused(f"order {self.order_number} was never shipped; nothing can come back")

    def received_of(self, line_id: int) -> int:
        return sum(1 for unit in self.units if unit.line_id == line_id)

    def line_for(self, code: str) -> ShippedLine | None:
        """The line this code belongs to; one that still has units to return first."""
        matching = [line for line in self.lines if line.matches(code)]
        for line in matching:
            if line.returned + self.received_of(line.line_id) < line.shipped:
                return line
        return matching[0] if matching else None

    def receive(self, code: str, condition: Condition = Condition.RESELLABLE,
                reason: str = "", *, other_order: str | None = None) -> ReceivedUnit:
        """Take one unit, or refuse it with the sentence the bench shows.

        ``other_order``: a shipped order this code might belong to, when the caller found one.
        """
        line = self.line_for(code)
        if line is None:
            hint = f"; it might belong to order {other_order}" if other_order else ""
            raise ReturnRefused(f"{code} was not shipped in order {self.order_number}{hint}")
        done = line.returned + self.received_of(line.line_id)
        if done >= line.shipped:
            raise ReturnRefused(
                f"{line.sku}: {done} of {line.shipped} already returned for order {self.order_number}")
        unit = ReceivedUnit(line.line_id, line.sku, code.strip(), condition, reason.strip())
        self.units.append(unit)
        return unit

    def undo_last(self) -> ReceivedUnit | None:
        return self.units.pop() if self.units else None

    @property
    def fully_returned(self) -> bool:
        return all(line.returned + self.received_of(line.line_id) >= line.shipped
                   for line in self.lines)


@dataclass(frozen=True)
class RefundLine:
    line_id: int
    sku: str
    quantity: int
    total: Decimal  # after the restocking fee


@dataclass(frozen=True)
class Refund:
    amount: Decimal
    currency: str
    lines: tuple[RefundLine, ...]
    shipping: Decimal = Decimal("0")
    restocking_fee: Decimal = Decimal("0")

    def needs_approval(self, policy: ReturnPolicy) -> bool:
        return policy.approval_above is not None and self.amount > policy.approval_above


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def compute_refund(ret: Return, policy: ReturnPolicy, *, shipping_paid: Decimal = Decimal("0")) -> Refund:
    """The paid unit prices of the received units, less the restocking fee, plus shipping.

    Unit prices are what the customer paid after discounts. The fee is a percentage of the
    units whose condition the admin charges for. Shipping is refunded when the admin says
    so and the whole order came back, or when the shop sent the wrong item.
    """
    by_line: dict[int, ShippedLine] = {line.line_id: line for line in ret.lines}
    totals: dict[int, list[Decimal]] = {}
    fee_total = Decimal("0")
    rate = policy.restocking_fee_percent / Decimal(100)
    for unit in ret.units:
        price = by_line[unit.line_id].unit_price
        fee = _cents(price * rate) if unit.condition in policy.fee_conditions else Decimal("0")
        fee_total += fee
        totals.setdefault(unit.line_id, []).append(price - fee)
    lines = tuple(
        RefundLine(line_id, by_line[line_id].sku, len(amounts), _cents(sum(amounts, Decimal("0"))))
        for line_id, amounts in totals.items()
    )
    wrong_item = any(unit.condition is Condition.WRONG_ITEM for unit in ret.units)
    shipping = Decimal("0")
    if ret.units and ((policy.refund_shipping and ret.fully_returned) or wrong_item):
        shipping = _cents(shipping_paid)
    amount = _cents(sum((line.total for line in lines), Decimal("0")) + shipping)
    return Refund(amount, ret.currency, lines, shipping, _cents(fee_total))


def parse_item(text: str) -> tuple[str, Condition]:
    """``CODE[:CONDITION]`` as the command line takes it (the condition defaults to resellable)."""
    code, _, condition = text.partition(":")
    if not code.strip():
        raise ReturnRefused(f"{text!r} names no item; use CODE[:CONDITION]")
    return code.strip(), Condition.parse(condition) if condition.strip() else Condition.RESELLABLE


def units_by(values: Iterable[ReceivedUnit], attribute: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for unit in values:
        key = str(getattr(unit, attribute))
        counts[key] = counts.get(key, 0) + 1
    return counts
