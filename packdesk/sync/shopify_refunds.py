"""Refunds of returns to Shopify: ``refundCreate`` with an idempotency key, exactly once.

Two guards: Shopify's ``@idempotent(key:)`` directive (required on ``refundCreate`` since
2026-04) makes a resent mutation return the first refund instead of a second one; and
the refund's note carries packdesk's key, so an attempt after the store forgot the key
(it keeps them for a limited time) still finds the refund made before. A refusal
(``userErrors``: more than is left to refund) is raised with the store's words. When
intake recorded no unit prices for the order (``prices_known`` false in the message),
the amount is the one Shopify suggests for the returned line items.
Every document here is validated against Shopify's published schema by the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .http import RequestRefused

REFUND_STATE_QUERY = """
query PackdeskRefundState($id: ID!) {
  order(id: $id) {
    id name
    refunds(first: 50) { id note }
    lineItems(first: 100) { nodes { id sku quantity } }
    transactions(first: 20) { id kind status gateway }
  }
}
"""

REFUND_CREATE = """
mutation PackdeskRefundCreate($input: RefundInput!, $key: String!) {
  refundCreate(input: $input) @idempotent(key: $key) {
    refund { id note totalRefundedSet { shopMoney { amount currencyCode } } }
    userErrors { field message }
  }
}
"""

# For orders whose unit prices intake did not record: what Shopify says the units cost
# the customer (after discounts, with their taxes).
SUGGESTED_REFUND_QUERY = """
query PackdeskSuggestedRefund($id: ID!, $lines: [RefundLineItemInput!]) {
  order(id: $id) {
    id
    suggestedRefund(refundLineItems: $lines) { amountSet { shopMoney { amount currencyCode } } }
  }
}
"""

REFUND_OPERATIONS = (REFUND_STATE_QUERY, REFUND_CREATE, SUGGESTED_REFUND_QUERY)
PAID_KINDS = ("SALE", "CAPTURE")

GraphQL = Callable[..., Any]


def refund_note(payload: dict[str, Any]) -> str:
    reason = str(payload.get("reason") or "").strip()
    marker = f"[packdesk {payload['idempotency_key']}]"
    return f"{reason} {marker}" if reason else marker


def push_refund(graphql: GraphQL, order_gid: str, payload: dict[str, Any]) -> str:
    """Refund ``payload`` (an ``order.refund`` message) on the order; return the refund's id."""
    key = str(payload["idempotency_key"])
    data = graphql(REFUND_STATE_QUERY, {"id": order_gid})
    order = data.get("order")
    if not order:
        raise RequestRefused(404, f"order {payload.get('number')} is not in the store")
    marker = f"[packdesk {key}]"
    for refund in order.get("refunds") or []:
        if marker in str(refund.get("note") or ""):
            return str(refund["id"])
    items = list((order.get("lineItems") or {}).get("nodes") or [])
    used: set[str] = set()
    refund_lines = []
    for line in payload.get("line_items") or []:
        match = next((item for item in items if item["id"] not in used
                      and str(item.get("sku") or "") == str(line["sku"])), None)
        position = line.get("position")
        if match is None and isinstance(position, int) and 0 <= position < len(items):
            match = items[position]
        if match is None:
            raise RequestRefused(404, f"the store's order has no line with SKU {line['sku']}")
        used.add(match["id"])
        # The bench restocked the unit (or quarantined it): the store must not restock it too.
        refund_lines.append({"lineItemId": match["id"], "quantity": int(line["quantity"]),
                             "restockType": "NO_RESTOCK"})
    refund_input: dict[str, Any] = {
        "orderId": order_gid, "note": refund_note(payload), "notify": True,
        "refundLineItems": refund_lines,
    }
    amount = str(payload["amount"])
    if payload.get("prices_known") is False:
        suggested = graphql(SUGGESTED_REFUND_QUERY, {"id": order_gid, "lines": refund_lines})
        amount_set = (((suggested.get("order") or {}).get("suggestedRefund") or {}).get("amountSet") or {})
        amount = str((amount_set.get("shopMoney") or {}).get("amount") or amount)
    if payload.get("api_refund", True):
        paid = next((t for t in order.get("transactions") or []
                     if t.get("kind") in PAID_KINDS and t.get("status") == "SUCCESS"), None)
        if paid is None:
            raise RequestRefused(422, f"order {order.get('name')} has no payment to refund at the store")
        refund_input["transactions"] = [{
            "orderId": order_gid, "parentId": paid["id"], "gateway": paid["gateway"],
            "kind": "REFUND", "amount": amount,
        }]
    result = graphql(REFUND_CREATE, {"input": refund_input, "key": key}, mutation=True)
    created = result.get("refundCreate") or {}
    problems = created.get("userErrors") or []
    if problems:
        raise RequestRefused(422, "; ".join(str(p.get("message")) for p in problems))
    refund = created.get("refund") or {}
    return str(refund.get("id") or "?")
