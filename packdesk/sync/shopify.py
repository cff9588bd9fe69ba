"""Shopify through the GraphQL Admin API (version 2026-10).

Source name: ``shopify:<shop>`` (``myshop`` for ``myshop.myshopify.com``). Credentials:
an Admin API access token, sent as ``X-Shopify-Access-Token``.

- Orders to pack: ``orders(query: "status:open AND fulfillment_status:unfulfilled")``,
  10 per page with up to 20 line items each (a requested cost under 1000 points);
  longer orders get their remaining lines in follow-up queries.
- Cancellations: ``status:cancelled AND updated_at:>=<since, or 14 days back>``.
- Throttling: a ``THROTTLED`` answer waits until the bucket holds the query's cost
  (from ``extensions.cost.throttleStatus``); a low bucket is waited for before the next
  query; HTTP 429 honours ``Retry-After`` (in ``StoreHttp``).
- Shipped: the order's fulfilment orders get one ``fulfillmentCreate`` with
  ``trackingInfo {company, number, url}`` and ``notifyCustomer: true``; a fulfilment that
  already carries the tracking number is found first, and not created again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from packdesk.domain.model import Address, Order, OrderLine, normalize_attributes, whole_quantity
from packdesk.services.outbox import carrier_table

from .base import (
    CancelledAtStore,
    PulledItem,
    QuarantinedPayload,
    parse_or_quarantine,
    raw_text,
    source_name,
)
from .credentials import Secret
from .http import RequestRefused, RetryPolicy, StoreHttp, SyncError

log = logging.getLogger(__name__)

API_VERSION = "2026-10"
GRAPHQL_PATH = f"admin/api/{API_VERSION}/graphql.json"
ORDERS_PER_PAGE = 10
# 16, not 20: each line's image keeps a page of orders at the cost it had without it (862).
LINES_PER_ORDER = 16
LINES_PER_FOLLOW_UP = 100
MAX_PAGES = 2000
MAX_LINE_PAGES = 100  # 10,000 lines in one order: a bound on a store that never says "done"
MAX_THROTTLE_WAITS = 6
CANCEL_LOOKBACK = timedelta(days=14)
GIFT_KEYS = ("gift_message", "gift message", "gift note", "gift_note")
OPEN_FULFILLMENT_ORDER = ("OPEN", "IN_PROGRESS")

_LINE_FIELDS = """
        id sku name title variantTitle quantity currentQuantity requiresShipping
        customAttributes { key value }
        image { url }
        variant { barcode sku selectedOptions { name value } }"""

ORDERS_QUERY = f"""
query PackdeskOrders($after: String, $query: String) {{
  orders(first: {ORDERS_PER_PAGE}, after: $after, query: $query, sortKey: CREATED_AT) {{
    pageInfo {{ hasNextPage endCursor }}
    nodes {{
      id legacyResourceId name createdAt updatedAt cancelledAt note email currencyCode
      displayFulfillmentStatus
      customAttributes {{ key value }}
      shippingAddress {{
        name firstName lastName company address1 address2 city zip province provinceCode
        countryCodeV2 phone
      }}
      shippingLine {{ title code }}
      lineItems(first: {LINES_PER_ORDER}) {{
        pageInfo {{ hasNextPage endCursor }}
        nodes {{{_LINE_FIELDS}
        }}
      }}
    }}
  }}
}}
"""

MORE_LINES_QUERY = f"""
query PackdeskOrderLines($id: ID!, $after: String) {{
  order(id: $id) {{
    lineItems(first: {LINES_PER_FOLLOW_UP}, after: $after) {{
      pageInfo {{ hasNextPage endCursor }}
      nodes {{{_LINE_FIELDS}
      }}
    }}
  }}
}}
"""

CANCELLED_QUERY = """
query PackdeskCancelledOrders($after: String, $query: String) {
  orders(first: 100, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes { id legacyResourceId name cancelledAt }
  }
}
"""

FULFILLMENT_STATE_QUERY = """
query PackdeskFulfillmentState($id: ID!) {
  order(id: $id) {
    id name displayFulfillmentStatus
    fulfillments(first: 20) { id status trackingInfo(first: 10) { company number url } }
    fulfillmentOrders(first: 20) { nodes { id status } }
  }
}
"""

FULFILLMENT_CREATE = """
mutation PackdeskFulfillmentCreate($fulfillment: FulfillmentInput!) {
  fulfillmentCreate(fulfillment: $fulfillment) {
    fulfillment { id status trackingInfo(first: 10) { company number url } }
    userErrors { field message }
  }
}
"""

ALL_OPERATIONS = (ORDERS_QUERY, MORE_LINES_QUERY, CANCELLED_QUERY, FULFILLMENT_STATE_QUERY,
                  FULFILLMENT_CREATE)


def shopify_source(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return source_name("shopify", host.removesuffix(".myshopify.com"))


def order_gid(external_id: str) -> str:
    return external_id if external_id.startswith("gid://") else f"gid://shopify/Order/{external_id}"


def _utc(text: str | None) -> datetime:
    if not text:
        raise ValueError("the order has no creation date")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _search_time(moment: datetime) -> str:
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


class ShopifyStore:
    def __init__(
        self,
        url: str,
        token: Secret,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = StoreHttp(url, headers={"X-Shopify-Access-Token": token.reveal(),
                                            "Content-Type": "application/json"}, policy=policy)
        self.url = self.http.base_url
        self.source = shopify_source(self.url)
        self.destination = self.source
        self._sleep = sleep
        self.throttle_waits = 0  # for the summary and the tests

    def settings(self) -> dict[str, Any]:
        return {"kind": "shopify", "url": self.url}

    # --- GraphQL with Shopify's cost-based throttling --------------------------------

    def graphql(self, query: str, variables: dict[str, Any], *, mutation: bool = False) -> Any:
        for _ in range(MAX_THROTTLE_WAITS + 1):
            body, _response = self.http.request_json(
                "POST", GRAPHQL_PATH, json={"query": query, "variables": variables},
                idempotent=not mutation,
            )
            if not isinstance(body, dict):
                raise SyncError(f"{self.url}: the answer is not a GraphQL response")
            cost = (body.get("extensions") or {}).get("cost") or {}
            errors = body.get("errors")
            if errors and any((e.get("extensions") or {}).get("code") == "THROTTLED"
                              for e in errors if isinstance(e, dict)):
                # Throttled requests are not carried out: waiting and resending is safe.
                self._wait_for_bucket(cost, needed=cost.get("requestedQueryCost"))
                continue
            if errors:
                messages = "; ".join(
                    str(e.get("message", e)) if isinstance(e, dict) else str(e)
                    for e in (errors if isinstance(errors, list) else [errors])
                )
                raise RequestRefused(200, messages, self.http.url(GRAPHQL_PATH))
            self._wait_for_bucket(cost, needed=cost.get("requestedQueryCost"), only_if_low=True)
            return body.get("data") or {}
        raise SyncError(f"{self.url}: still throttled after {MAX_THROTTLE_WAITS} waits")

    def _wait_for_bucket(self, cost: dict[str, Any], *, needed: Any, only_if_low: bool = False) -> None:
        status = cost.get("throttleStatus") or {}
        try:
            available = float(status["currentlyAvailable"])
            rate = float(status["restoreRate"]) or 1.0
            wanted = float(needed or 0)
        except (KeyError, TypeError, ValueError):
            if not only_if_low:
                self._sleep(1.0)  # throttled without numbers: a short, bounded pause
                self.throttle_waits += 1
            return
        if only_if_low and available >= wanted:
            return
        wait = max(0.0, (wanted - available) / rate)
        log.info("Shopify throttle: %.0f points available, %.0f wanted; waiting %.1f s",
                 available, wanted, wait)
        self.throttle_waits += 1
        self._sleep(min(wait, 60.0))

    # --- pulling ----------------------------------------------------------------------

    def _orders(self, query: str, search: str) -> Iterator[dict[str, Any]]:
        after: str | None = None
        for _ in range(MAX_PAGES):
            data = self.graphql(query, {"after": after, "query": search})
            connection = data.get("orders") or {}
            yield from connection.get("nodes") or []
            page = connection.get("pageInfo") or {}
            if not page.get("hasNextPage"):
                return
            after = page.get("endCursor")

    def _all_lines(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        connection = node.get("lineItems") or {}
        lines = list(connection.get("nodes") or [])
        page = connection.get("pageInfo") or {}
        for _ in range(MAX_LINE_PAGES):
            if not page.get("hasNextPage"):
                break
            data = self.graphql(MORE_LINES_QUERY, {"id": node["id"], "after": page.get("endCursor")})
            connection = (data.get("order") or {}).get("lineItems") or {}
            lines.extend(connection.get("nodes") or [])
            page = connection.get("pageInfo") or {}
        if page.get("hasNextPage"):
            raise ValueError(f"the order has more than {len(lines)} lines; not all could be read")
        return lines

    def fetch_orders(self, since: datetime | None = None) -> Iterator[PulledItem]:
        search = "status:open AND fulfillment_status:unfulfilled"
        if since:
            search += f" AND created_at:>='{_search_time(since)}'"
        for node in self._orders(ORDERS_QUERY, search):
            external_id = str(node.get("legacyResourceId") or node.get("id") or "") or None
            try:
                node = {**node, "lineItems": {"nodes": self._all_lines(node)}}
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                # Never store an order with some of its lines missing.
                yield QuarantinedPayload(self.source, external_id,
                                         f"unreadable order payload: {exc}", raw_text(node))
                continue
            yield parse_or_quarantine(self.source, external_id, node, self.parse_order)
        cancelled_since = since or datetime.now(UTC) - CANCEL_LOOKBACK
        search = f"status:cancelled AND updated_at:>='{_search_time(cancelled_since)}'"
        for node in self._orders(CANCELLED_QUERY, search):
            external_id = node.get("legacyResourceId") or str(node.get("id", "")).rsplit("/", 1)[-1]
            if node.get("cancelledAt") and external_id:
                yield CancelledAtStore(self.source, str(external_id), str(node.get("name", "")))

    @staticmethod
    def _line(item: dict[str, Any]) -> OrderLine | None:
        sku = str(item.get("sku") or "")
        quantity = whole_quantity(item["currentQuantity"] if item.get("currentQuantity") is not None
                                  else item["quantity"], sku, allow_zero=True)
        if whole_quantity(item.get("quantity") or 0, sku, allow_zero=True) > 0 and quantity == 0:
            return None  # removed by an order edit
        if item.get("requiresShipping") is False:
            return None  # a gift card or a download: nothing to pick
        variant = item.get("variant") or {}
        options = {
            str(o["name"]): str(o["value"])
            for o in variant.get("selectedOptions") or []
            if o.get("name") and o.get("value") and o.get("name") != "Title"
        }
        return OrderLine(
            sku=str(item.get("sku") or variant.get("sku") or "").strip(),
            quantity=quantity,
            name=str(item.get("name") or item.get("title") or ""),
            attributes=normalize_attributes(options),
            properties={str(a["key"]): str(a.get("value") or "")
                        for a in item.get("customAttributes") or [] if a.get("key")},
            barcode=str(variant.get("barcode") or "").strip(),
            image_url=str((item.get("image") or {}).get("url") or "").strip(),
        )

    def parse_order(self, node: dict[str, Any]) -> Order:
        address = node.get("shippingAddress") or {}
        attributes = {str(a["key"]): str(a.get("value") or "")
                      for a in node.get("customAttributes") or [] if a.get("key")}
        gift_message = next(
            (v for k, v in attributes.items() if k.strip().lower() in GIFT_KEYS and v.strip()), ""
        )
        name = address.get("name") or " ".join(
            p for p in (address.get("firstName"), address.get("lastName")) if p
        )
        lines = [line for line in map(self._line, node["lineItems"]["nodes"]) if line]
        shipping_line = node.get("shippingLine") or {}
        return Order(
            source=self.source,
            external_id=str(node["legacyResourceId"]),
            number=str(node["name"]),
            placed_at=_utc(node.get("createdAt")),
            ship_to=Address(
                name=str(name or ""),
                company=str(address.get("company") or ""),
                line1=str(address.get("address1") or ""),
                line2=str(address.get("address2") or ""),
                city=str(address.get("city") or ""),
                region=str(address.get("provinceCode") or address.get("province") or ""),
                postal_code=str(address.get("zip") or ""),
                country=str(address.get("countryCodeV2") or "").upper(),
                phone=str(address.get("phone") or ""),
                email=str(node.get("email") or ""),
            ),
            lines=lines,
            shipping_method=str(shipping_line.get("title") or "standard"),
            customer_note=str(node.get("note") or ""),
            gift=bool(gift_message),
            gift_message=gift_message,
            note_attributes=attributes,
            currency=str(node.get("currencyCode") or ""),
        )

    # --- pushing ----------------------------------------------------------------------

    def push_shipped(self, payload: dict[str, Any], *, check_first: bool) -> str:
        # The fulfilment orders have to be read anyway, so the check costs nothing extra
        # and is always done: a fulfilment with this tracking number is never made twice.
        tracking_number = str(payload["tracking_number"])
        data = self.graphql(FULFILLMENT_STATE_QUERY, {"id": order_gid(str(payload["external_id"]))})
        order = data.get("order")
        if not order:
            raise RequestRefused(404, f"order {payload.get('number')} is not in the store")
        for fulfillment in order.get("fulfillments") or []:
            if fulfillment.get("status") in ("CANCELLED", "ERROR", "FAILURE"):
                continue
            if any(t.get("number") == tracking_number for t in fulfillment.get("trackingInfo") or []):
                return str(fulfillment["id"])
        open_orders = [
            fo["id"] for fo in (order.get("fulfillmentOrders") or {}).get("nodes") or []
            if fo.get("status") in OPEN_FULFILLMENT_ORDER
        ]
        if not open_orders:
            raise RequestRefused(
                422, f"order {order.get('name')} has nothing left to fulfil at the store "
                f"({order.get('displayFulfillmentStatus')}); fulfilled or cancelled there?"
            )
        carrier = carrier_table().get(str(payload.get("carrier", "")).lower())
        tracking: dict[str, Any] = {
            "company": carrier.name if carrier else str(payload.get("carrier", "")),
            "number": tracking_number,
        }
        if payload.get("tracking_url"):
            tracking["url"] = payload["tracking_url"]
        result = self.graphql(
            FULFILLMENT_CREATE,
            {"fulfillment": {
                "lineItemsByFulfillmentOrder": [{"fulfillmentOrderId": fo} for fo in open_orders],
                "trackingInfo": tracking,
                "notifyCustomer": True,
            }},
            mutation=True,
        )
        created = result.get("fulfillmentCreate") or {}
        problems = created.get("userErrors") or []
        if problems:
            raise RequestRefused(422, "; ".join(str(p.get("message")) for p in problems))
        fulfillment = created.get("fulfillment") or {}
        return str(fulfillment.get("id") or "")
