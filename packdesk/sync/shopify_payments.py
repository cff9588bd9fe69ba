"""Shopify payments: the payment state intake keeps, and ``orderCapture`` at ship.

Intake reads ``displayFinancialStatus``, ``totalCapturableSet`` and the one capturable
authorisation (``transactions(first: 1, capturable: true)``) with the orders (3 points an
order: the orders query stays under Shopify's 1000). At ship
(:func:`packdesk.services.payments.capture_for_ship`) the order's transactions are read
first (``PAYMENT_STATE_QUERY``): a successful ``CAPTURE`` of the authorisation means it was
made already (an answer lost, the shop's admin); then ``orderCapture`` (``id``,
``parentTransactionId``, ``amount``, ``currency``) is sent once. Its ``userErrors`` or a
``FAILURE`` transaction are a refusal in our words (expired, declined); an answer that
never came is ``AnswerLost`` (the service reads the transactions back before anything
else); no answer at all within the bounded wait is ``StoreUnreachable``.
Every document here is validated against Shopify's published schema by the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
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

# Added to each order of the orders query (3 points an order).
INTAKE_FIELDS = """
      totalCapturableSet { shopMoney { amount currencyCode } }
      transactions(first: 1, capturable: true) { id gateway authorizationExpiresAt }"""

PAYMENT_STATE_QUERY = """
query PackdeskPaymentState($id: ID!) {
  order(id: $id) {
    id name displayFinancialStatus
    totalCapturableSet { shopMoney { amount currencyCode } }
    transactions(first: 50) {
      id kind status errorCode gateway authorizationExpiresAt
      parentTransaction { id }
      amountSet { shopMoney { amount currencyCode } }
    }
  }
}
"""

ORDER_CAPTURE = """
mutation PackdeskOrderCapture($input: OrderCaptureInput!) {
  orderCapture(input: $input) {
    transaction {
      id kind status errorCode
      parentTransaction { id }
      amountSet { shopMoney { amount currencyCode } }
    }
    userErrors { field message }
  }
}
"""

PAYMENT_OPERATIONS = (PAYMENT_STATE_QUERY, ORDER_CAPTURE)

STATES = {
    "PAID": rules.PAID, "PARTIALLY_REFUNDED": rules.PAID, "REFUNDED": rules.REFUNDED,
    "AUTHORIZED": rules.AUTHORIZED, "PARTIALLY_PAID": rules.AUTHORIZED,
    "PENDING": rules.PENDING, "EXPIRED": rules.EXPIRED, "VOIDED": rules.VOIDED,
}

GraphQL = Callable[..., Any]


def _amount(money_bag: Any) -> str:
    return str(((money_bag or {}).get("shopMoney") or {}).get("amount") or "")


def payment_of(node: dict[str, Any]) -> Payment | None:
    """The payment state of an order node of the orders query; None if it says nothing."""
    status = str(node.get("displayFinancialStatus") or "")
    if not status:
        return None
    capturable = _amount(node.get("totalCapturableSet"))
    authorization = next(iter(node.get("transactions") or []), None) or {}
    state = STATES.get(status, rules.UNKNOWN)
    if status == "PARTIALLY_PAID" and rules.money(capturable) <= 0:
        state = rules.PENDING  # the rest is owed, not authorised: nothing to capture here
    return Payment(
        state=state, store_status=status, method=str(authorization.get("gateway") or ""),
        capturable=capturable, currency=str(node.get("currencyCode") or ""),
        authorization_id=str(authorization.get("id") or ""),
    )


def _expired(transaction: dict[str, Any]) -> bool:
    text = str(transaction.get("authorizationExpiresAt") or "")
    if not text:
        return False
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return moment.astimezone(UTC) <= datetime.now(UTC)


def payment_state(graphql: GraphQL, order_gid: str, request: CaptureRequest) -> PaymentState:
    with as_capture_errors():
        data = graphql(PAYMENT_STATE_QUERY, {"id": order_gid})
    order = data.get("order")
    if not order:
        raise CaptureRefused(f"order {request.number} is not in the store")
    transactions = list(order.get("transactions") or [])
    authorizations = [t for t in transactions if t.get("kind") == "AUTHORIZATION"
                      and t.get("status") == "SUCCESS"]
    ours = {request.authorization_id} | {str(t["id"]) for t in authorizations}
    captures = [t for t in transactions if t.get("kind") == "CAPTURE"
                and str((t.get("parentTransaction") or {}).get("id") or "") in ours]
    done = next((t for t in captures if t.get("status") == "SUCCESS"), None)
    failed = next((t for t in reversed(captures) if t.get("status") in ("FAILURE", "ERROR")), None)
    capturable = _amount(order.get("totalCapturableSet"))
    live = [t for t in authorizations if not _expired(t)]
    chosen = next((t for t in live if t["id"] == request.authorization_id), live[0] if live else None)
    status = str(order.get("displayFinancialStatus") or "")
    return PaymentState(
        paid=status in ("PAID", "PARTIALLY_REFUNDED", "REFUNDED") and rules.money(capturable) <= 0,
        captured_id=str(done["id"]) if done else "",
        failed_reason=rules.reason_for_code(str(failed.get("errorCode") or "")) if failed else "",
        authorization_id=str(chosen["id"]) if chosen else "",
        capturable=capturable,
        expired=status == "EXPIRED" or bool(authorizations) and not live,
    )


def capture(graphql: GraphQL, order_gid: str, request: CaptureRequest) -> str:
    capture_input: dict[str, Any] = {"id": order_gid, "parentTransactionId": request.authorization_id,
                                     "amount": request.amount}
    if request.currency:
        capture_input["currency"] = request.currency
    with as_capture_errors(sent=True):
        result = graphql(ORDER_CAPTURE, {"input": capture_input}, mutation=True)
    captured = result.get("orderCapture") or {}
    problems = "; ".join(str(p.get("message")) for p in captured.get("userErrors") or [])
    transaction = captured.get("transaction") or {}
    if problems:
        raise CaptureRefused(_reason(problems, transaction))
    if transaction.get("status") in ("FAILURE", "ERROR"):
        raise CaptureRefused(rules.reason_for_code(str(transaction.get("errorCode") or "")))
    if not transaction.get("id"):
        raise AnswerLost("Shopify answered without the capture")
    return str(transaction["id"])


def _reason(problems: str, transaction: dict[str, Any]) -> str:
    code = str(transaction.get("errorCode") or "")
    if code:
        return rules.reason_for_code(code, problems)
    lowered = problems.lower()
    if "expired" in lowered:
        return rules.REASON_EXPIRED
    if "declined" in lowered:
        return rules.REASON_DECLINED
    return problems
