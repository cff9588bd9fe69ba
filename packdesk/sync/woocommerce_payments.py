"""WooCommerce payments: the state intake keeps, and the capture at ship.

WooCommerce has no capture endpoint of its own: a card gateway that authorises only
(WooCommerce Stripe's "authorise only", WooPayments' manual capture) leaves the order
``on-hold`` and unpaid, and captures the charge when the order leaves on-hold for
``processing`` or ``completed``. So intake reads ``status``, ``date_paid``,
``payment_method``, ``transaction_id``, ``total`` and the gateways' "not captured yet" meta;
the capture is that status change (``PUT /orders/{id}`` ``{"status": "processing"}``,
never resent blindly), and the paid state is read back: ``date_paid`` set means captured;
a gateway that could not capture fails the order, with a note saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from packdesk.domain import payments as rules
from packdesk.domain.payments import Payment
from packdesk.services.payments import (
    AnswerLost,
    CaptureRefused,
    CaptureRequest,
    PaymentState,
)

from .capture_errors import as_capture_errors
from .http import StoreHttp, SyncError

API = "wp-json/wc/v3"
# The gateways' own marks of a charge authorised and not captured yet.
NOT_CAPTURED_META = {"_stripe_charge_captured": "no", "_intention_status": "requires_capture"}


def authorised(payload: dict[str, Any]) -> bool:
    """On hold with a card charge the gateway captures when the order leaves on-hold."""
    if payload.get("status") != "on-hold" or _paid_at(payload):
        return False
    meta = {str(m.get("key")): str(m.get("value")) for m in payload.get("meta_data") or []}
    return any(meta.get(key) == value for key, value in NOT_CAPTURED_META.items())


def _paid_at(payload: dict[str, Any]) -> str:
    return str(payload.get("date_paid_gmt") or payload.get("date_paid") or "")


def payment_of(payload: dict[str, Any]) -> Payment:
    status = str(payload.get("status") or "")
    paid_at = _paid_at(payload)
    if paid_at:
        state = rules.PAID
    elif authorised(payload):
        state = rules.AUTHORIZED
    elif status == "refunded":
        state = rules.REFUNDED
    else:
        state = rules.PENDING  # cash on delivery, a bank transfer on its way: not ours to charge
    return Payment(
        state=state, store_status=status, method=str(payload.get("payment_method") or ""),
        capturable=str(payload.get("total") or "") if state == rules.AUTHORIZED else "",
        currency=str(payload.get("currency") or ""),
        authorization_id=str(payload.get("transaction_id") or ""), paid_at=paid_at,
    )


def _state_of(order: dict[str, Any], notes: Callable[[], list[dict[str, Any]]]) -> PaymentState:
    if _paid_at(order):
        return PaymentState(paid=True, captured_id=str(order.get("transaction_id") or "paid"))
    if order.get("status") == "failed":
        return PaymentState(failed_reason=_failure_reason(notes()))
    if authorised(order):
        return PaymentState(authorization_id=str(order.get("transaction_id") or "on-hold"),
                            capturable=str(order.get("total") or ""))
    return PaymentState()


def _failure_reason(notes: list[dict[str, Any]]) -> str:
    text = " ".join(str(n.get("note") or "") for n in notes[:3]).lower()
    return rules.REASON_EXPIRED if "expired" in text else rules.REASON_DECLINED


def payment_state(http: StoreHttp, request: CaptureRequest) -> PaymentState:
    with as_capture_errors():
        order, _ = http.request_json("GET", f"{API}/orders/{request.external_id}")
    return _state_of(order, lambda: _notes(http, request.external_id))


def _notes(http: StoreHttp, order_id: str) -> list[dict[str, Any]]:
    try:
        notes, _ = http.request_json("GET", f"{API}/orders/{order_id}/notes")
    except SyncError:
        return []
    return notes if isinstance(notes, list) else []


def capture(http: StoreHttp, request: CaptureRequest) -> str:
    with as_capture_errors(sent=True):
        order, _ = http.request_json("PUT", f"{API}/orders/{request.external_id}",
                                     json={"status": "processing"}, idempotent=False)
    state = _state_of(order, lambda: _notes(http, request.external_id))
    if state.captured_id:
        return state.captured_id
    if state.failed_reason:
        raise CaptureRefused(state.failed_reason)
    raise AnswerLost("the store changed the status without saying the payment was taken")
