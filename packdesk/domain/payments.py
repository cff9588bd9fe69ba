"""An order's payment as the store reported it, and the rules for charging it at ship.

The shops charge the card when the parcel ships: the payment is only authorised when the
order arrives, and is captured at the bench, before the label is printed or bought. What
is captured is what ships: the authorised amount less the units packed short. Orders the
store says are paid are never captured.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import DomainError
from .say import Say, say

# Our own words for the store's payment state.
PAID = "paid"
AUTHORIZED = "authorized"  # authorised only: captured at ship
PENDING = "pending"  # nothing received yet (a bank transfer, cash on delivery)
REFUNDED = "refunded"
VOIDED = "voided"
EXPIRED = "expired"  # the authorisation lapsed: nothing can be captured
UNKNOWN = "unknown"

# Why a capture did not go through, as the packer and the lead read it.
REASON_EXPIRED = say("authorisation expired")
REASON_DECLINED = say("the card was declined")
REASON_UNREACHABLE = say("the store could not be reached")
REASON_UNCONFIRMED = say("the store did not confirm it")
REASON_NOTHING = say("nothing is left to capture")

EXPIRED_CODES = frozenset({"AUTHORIZATION_EXPIRED", "AMAZON_PAYMENTS_STALE"})
DECLINED_CODES = frozenset({
    "CARD_DECLINED", "DO_NOT_HONOR", "INSUFFICIENT_FUNDS", "INSTRUMENT_DECLINED", "PICK_UP_CARD",
    "CALL_ISSUER", "EXPIRED_CARD", "FRAUD_SUSPECTED", "RETRY_DECLINED", "CANCELLED_PAYMENT",
})


class CaptureFailed(DomainError):
    """The payment could not be captured: the order is held at the bench, with one sentence."""


HOLD_PREFIX = "payment could not be captured: "


def capture_problem(reason: str) -> Say:
    """The one sentence the packer and the lead read."""
    return say("payment could not be captured: {reason}", reason=reason)


def stored_problem(text: str) -> Say:
    """The sentence again from its stored English (our reasons translate again)."""
    reason = text.removeprefix(HOLD_PREFIX)
    known = {str(r): r for r in (REASON_EXPIRED, REASON_DECLINED, REASON_UNREACHABLE,
                                 REASON_UNCONFIRMED, REASON_NOTHING)}
    return capture_problem(known.get(reason, reason))


def reason_for_code(code: str, fallback: str = "") -> str:
    """Our words for a payment provider's error code (Shopify's ``OrderTransactionErrorCode``)."""
    code = code.strip().upper()
    if code in EXPIRED_CODES or "EXPIRED" in code and "CARD" not in code:
        return REASON_EXPIRED
    if code in DECLINED_CODES:
        return REASON_DECLINED
    return fallback or code.replace("_", " ").lower() or REASON_DECLINED


@dataclass(frozen=True)
class Payment:
    """What the store said about the order's money at intake."""

    state: str = UNKNOWN
    store_status: str = ""  # the store's own word (Shopify's displayFinancialStatus, Woo's status)
    method: str = ""  # the gateway or payment method
    capturable: str = ""  # decimal text: what may still be captured
    currency: str = ""
    authorization_id: str = ""  # the authorisation a capture names (Shopify's transaction id)
    paid_at: str = ""  # ISO time the store recorded the payment, "" if not paid

    @property
    def needs_capture(self) -> bool:
        return self.state == AUTHORIZED

    def to_json(self) -> dict[str, str]:
        return {name: str(value) for name, value in vars(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Payment | None:
        if not data:
            return None
        fields = cls.__dataclass_fields__
        return cls(**{k: str(v) for k, v in data.items() if k in fields})


def money(text: str) -> Decimal:
    try:
        value = Decimal(str(text).strip() or "0")
    except InvalidOperation:
        return Decimal("0")
    return value if value.is_finite() else Decimal("0")


def capture_amount(capturable: str, short_units: list[tuple[str, int]]) -> Decimal:
    """What to capture for what ships: the capturable amount less the units packed short
    (``(unit price, units)``; a unit without a price takes nothing off), never below 0."""
    left = money(capturable) - sum((money(price) * units for price, units in short_units),
                                   Decimal("0"))
    return max(left, Decimal("0")).quantize(Decimal("0.01"))
