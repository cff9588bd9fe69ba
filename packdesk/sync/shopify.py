"""Shopify through the GraphQL Admin API (version 2026-10).

Source name: ``shopify:<shop>`` (``myshop`` for ``myshop.myshopify.com``). Credentials:
an Admin API access token, sent as ``X-Shopify-Access-Token``.

- Orders to pack: ``orders(query: "status:open AND (fulfillment_status:unfulfilled OR
  ...partial OR ...on_hold OR ...scheduled)")``, a few per page with up to 20 line items and
  their fulfillment orders (a requested cost under 1000 points); longer orders get their
  remaining lines in follow-up queries. What is packed is read from the fulfillment
  orders, not the order: those assigned to this station's location (an admin setting),
  OPEN or IN_PROGRESS, delivered by shipping (or local pickup, when the admin packs
  pickups), with the quantities that remain. ON_HOLD / SCHEDULED ones arrive held
  ("at the store: on hold"); other locations', test orders (unless wanted) and skipped
  pickups are not ours.
- Store-side changes: every pull re-reads the orders still open here by id, so one the
  store refunded, fulfilled, closed, put on hold or moved elsewhere comes back as a
  ``StoreHold`` (intake holds it with the reason), and one it edited comes back changed.
- Cancellations: ``status:cancelled AND updated_at:>=<since, or 14 days back>``.
- Throttling: a ``THROTTLED`` answer waits until the bucket holds the query's cost
  (from ``extensions.cost.throttleStatus``); a low bucket is waited for before the next
  query; HTTP 429 honours ``Retry-After`` (in ``StoreHttp``).
- Shipped: ``fulfillmentCreate`` with ``lineItemsByFulfillmentOrder`` naming the
  fulfillment-order line items and the units actually packed (never more than remain),
  one call per location, with ``trackingInfo {company, number, url}`` and
  ``notifyCustomer: true``; a fulfilment at that location already carrying the tracking
  number is found first, and not created again.
- Errors: ``THROTTLED`` waits for the bucket; ``INTERNAL_SERVER_ERROR`` is retried (a
  query) or left uncertain (a mutation: the worker looks before sending again); a
  userError asking to try again is transient; ``ACCESS_DENIED`` / 401 / 403 stop sending
  (``AccessDenied``); anything else is refused with Shopify's words.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from packdesk.domain.errors import DomainError
from packdesk.domain.model import (
    Address,
    Order,
    OrderLine,
    OrderStatus,
    normalize_attributes,
    whole_quantity,
)
from packdesk.services.intake import STORE_HOLD
from packdesk.services.intakeitems import StoreHold
from packdesk.services.outbox import PICKUP_METHOD, carrier_table
from packdesk.services.payments import CaptureRequest, PaymentState

from . import shopify_payments, shopify_refunds
from .base import (
    CancelledAtStore,
    PulledItem,
    QuarantinedPayload,
    parse_or_quarantine,
    raw_text,
    source_name,
)
from .credentials import Secret
from .http import (
    AccessDenied,
    RequestRefused,
    RetryPolicy,
    StoreHttp,
    StoreUnavailable,
    SyncError,
    UncertainOutcome,
)

log = logging.getLogger(__name__)

API_VERSION = "2026-10"
GRAPHQL_PATH = f"admin/api/{API_VERSION}/graphql.json"
ORDERS_PER_PAGE = 6
LINES_PER_ORDER = 20
FULFILLMENT_ORDERS_PER_ORDER = 2  # more (split, refunded, fulfilled ones) come in follow-ups
FULFILLMENT_ORDER_LINES = 10
FULFILLMENT_ORDERS_PER_FOLLOW_UP = 10
LINES_PER_FOLLOW_UP = 100
KNOWN_PER_QUERY = ORDERS_PER_PAGE * 5  # ids in one "id:1 OR id:2 ..." search
MAX_PAGES = 2000
MAX_LINE_PAGES = 100  # 10,000 lines in one order: a bound on a store that never says "done"
MAX_THROTTLE_WAITS = 6
CANCEL_LOOKBACK = timedelta(days=14)
GIFT_KEYS = ("gift_message", "gift message", "gift note", "gift_note")
OPEN_FULFILLMENT_ORDER = ("OPEN", "IN_PROGRESS")
WAITING_FULFILLMENT_ORDER = ("ON_HOLD", "SCHEDULED")
PICKUP_METHODS = ("PICK_UP",)
SHIPPING_METHODS = ("SHIPPING", "NONE", "LOCAL")  # LOCAL: local delivery, a labelled parcel too
PICKUP_PACK = "pack"
PICKUP_SKIP = "skip"
PICKUP_METHOD_NAME = PICKUP_METHOD  # the shipping method a pickup order gets here
OPEN_ORDERS_SEARCH = ("status:open AND (fulfillment_status:unfulfilled OR fulfillment_status:partial"
                      " OR fulfillment_status:on_hold OR fulfillment_status:scheduled)")
RETRY_WORDS = ("try again", "temporarily", "please retry", "timed out", "timeout")

_LINE_FIELDS = """
        id sku name title variantTitle quantity currentQuantity requiresShipping
        customAttributes { key value }
        image { url }
        variant { barcode sku selectedOptions { name value } }"""

_FULFILLMENT_ORDER_LINE_FIELDS = "id remainingQuantity totalQuantity lineItem { id }"
_FULFILLMENT_ORDER_FIELDS = f"""
          id status
          assignedLocation {{ name address1 city zip countryCode location {{ id }} }}
          deliveryMethod {{ methodType }}
          lineItems(first: {FULFILLMENT_ORDER_LINES}) {{
            pageInfo {{ hasNextPage endCursor }}
            nodes {{ {_FULFILLMENT_ORDER_LINE_FIELDS} }}
          }}"""

ORDERS_QUERY = f"""
query PackdeskOrders($after: String, $query: String) {{
  orders(first: {ORDERS_PER_PAGE}, after: $after, query: $query, sortKey: CREATED_AT) {{
    pageInfo {{ hasNextPage endCursor }}
    nodes {{
      id legacyResourceId name createdAt updatedAt cancelledAt closed test note email currencyCode
      displayFulfillmentStatus displayFinancialStatus{shopify_payments.INTAKE_FIELDS}
      fulfillmentOrders(first: {FULFILLMENT_ORDERS_PER_ORDER}) {{
        pageInfo {{ hasNextPage endCursor }}
        nodes {{{_FULFILLMENT_ORDER_FIELDS}
        }}
      }}
      customAttributes {{ key value }}
      shippingAddress {{
        name firstName lastName company address1 address2 city zip province provinceCode
        countryCodeV2 phone
      }}
      shippingLine {{ title code }}
      billingAddress {{ name }}
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

MORE_FULFILLMENT_ORDER_LINES_QUERY = f"""
query PackdeskFulfillmentOrderLines($id: ID!, $after: String) {{
  fulfillmentOrder(id: $id) {{
    lineItems(first: {LINES_PER_FOLLOW_UP}, after: $after) {{
      pageInfo {{ hasNextPage endCursor }}
      nodes {{ {_FULFILLMENT_ORDER_LINE_FIELDS} }}
    }}
  }}
}}
"""

MORE_FULFILLMENT_ORDERS_QUERY = f"""
query PackdeskFulfillmentOrders($id: ID!, $after: String) {{
  order(id: $id) {{
    fulfillmentOrders(first: {FULFILLMENT_ORDERS_PER_FOLLOW_UP}, after: $after) {{
      pageInfo {{ hasNextPage endCursor }}
      nodes {{{_FULFILLMENT_ORDER_FIELDS}
      }}
    }}
  }}
}}
"""

LOCATIONS_QUERY = """
query PackdeskLocations {
  locations(first: 100) { nodes { id name isActive } }
}
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
    fulfillments(first: 20) {
      id status location { id } trackingInfo(first: 5) { company number url }
    }
    fulfillmentOrders(first: 5) {
      nodes {
        id status
        assignedLocation { location { id } }
        deliveryMethod { methodType }
        lineItems(first: 50) { nodes { id remainingQuantity lineItem { id sku } } }
      }
    }
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

PREPARED_FOR_PICKUP = """
mutation PackdeskReadyForPickup($input: FulfillmentOrderLineItemsPreparedForPickupInput!) {
  fulfillmentOrderLineItemsPreparedForPickup(input: $input) {
    userErrors { field message }
  }
}
"""

ALL_OPERATIONS = (ORDERS_QUERY, MORE_LINES_QUERY, MORE_FULFILLMENT_ORDERS_QUERY,
                  MORE_FULFILLMENT_ORDER_LINES_QUERY,
                  LOCATIONS_QUERY, CANCELLED_QUERY, FULFILLMENT_STATE_QUERY, FULFILLMENT_CREATE,
                  PREPARED_FOR_PICKUP, *shopify_payments.PAYMENT_OPERATIONS)


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


def _error_code(error: Any) -> str:
    return str(((error.get("extensions") or {}).get("code") or "") if isinstance(error, dict) else "")


def _says_try_again(message: str) -> bool:
    return any(word in message.lower() for word in RETRY_WORDS)


class ShopifyStore:
    def __init__(
        self,
        url: str,
        token: Secret,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        location: str = "",
        test_orders: bool = False,
        pickup: str = PICKUP_PACK,
    ) -> None:
        self.http = StoreHttp(url, headers={"X-Shopify-Access-Token": token.reveal(),
                                            "Content-Type": "application/json"}, policy=policy)
        self.url = self.http.base_url
        self.source = shopify_source(self.url)
        self.destination = self.source
        self._sleep = sleep
        self.throttle_waits = 0  # for the summary and the tests
        self.location = location  # this station's store location (gid); "" = every location
        self.test_orders = test_orders
        self.pickup = pickup
        self.known_open: list[str] = []  # external ids still open here, re-read on every pull

    def settings(self) -> dict[str, Any]:
        return {"kind": "shopify", "url": self.url}

    def apply_options(self, options: Any) -> None:
        """The admin's choices for this store (``services.storeoptions.StoreOptions``)."""
        self.location = str(getattr(options, "location_id", "") or "")
        self.test_orders = bool(getattr(options, "test_orders", False))
        self.pickup = str(getattr(options, "pickup", PICKUP_PACK) or PICKUP_PACK)

    # --- GraphQL with Shopify's cost-based throttling --------------------------------

    def graphql(self, query: str, variables: dict[str, Any], *, mutation: bool = False) -> Any:
        policy = self.http.policy
        internal_errors = throttled = 0
        for _ in range(MAX_THROTTLE_WAITS + policy.max_attempts + 1):
            body, _response = self.http.request_json(
                "POST", GRAPHQL_PATH, json={"query": query, "variables": variables},
                idempotent=not mutation,
            )
            if not isinstance(body, dict):
                raise SyncError(f"{self.url}: the answer is not a GraphQL response")
            cost = (body.get("extensions") or {}).get("cost") or {}
            errors = body.get("errors")
            error_list = errors if isinstance(errors, list) else [errors] if errors else []
            codes = {_error_code(e) for e in error_list}
            messages = "; ".join(
                str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in error_list
            )
            if "THROTTLED" in codes:
                # Throttled requests are not carried out: waiting and resending is safe.
                throttled += 1
                if throttled > MAX_THROTTLE_WAITS:
                    break
                self._wait_for_bucket(cost, needed=cost.get("requestedQueryCost"))
                continue
            if "INTERNAL_SERVER_ERROR" in codes:
                if mutation:
                    # Whether the store made the change is unknown: look before sending again.
                    raise UncertainOutcome(f"{self.url}: Shopify had an internal error: {messages}")
                internal_errors += 1
                if internal_errors >= policy.max_attempts:
                    raise StoreUnavailable(f"{self.url}: Shopify had an internal error "
                                           f"{internal_errors} times: {messages}")
                self.http.retries += 1
                self._sleep(policy.backoff(internal_errors, random.Random()))
                continue
            if "ACCESS_DENIED" in codes:
                raise AccessDenied(403, messages, self.http.url(GRAPHQL_PATH))
            if errors:
                raise RequestRefused(200, messages, self.http.url(GRAPHQL_PATH))
            self._wait_for_bucket(cost, needed=cost.get("requestedQueryCost"), only_if_low=True)
            return body.get("data") or {}
        raise StoreUnavailable(f"{self.url}: still throttled after {MAX_THROTTLE_WAITS} waits")

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

    # --- the store's locations, for the admin's choice ---------------------------------

    def locations(self) -> list[tuple[str, str]]:
        """(id, name) of the store's active locations."""
        data = self.graphql(LOCATIONS_QUERY, {})
        return [(str(n["id"]), str(n.get("name") or n["id"]))
                for n in (data.get("locations") or {}).get("nodes") or []
                if n.get("id") and n.get("isActive", True)]

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

    def _follow(self, connection: dict[str, Any], query: str, owner_id: str, root: str,
                field: str = "lineItems") -> list[dict[str, Any]]:
        """Every node of a connection, reading the pages after the first with ``query``."""
        items = list(connection.get("nodes") or [])
        page = connection.get("pageInfo") or {}
        for _ in range(MAX_LINE_PAGES):
            if not page.get("hasNextPage"):
                break
            data = self.graphql(query, {"id": owner_id, "after": page.get("endCursor")})
            connection = (data.get(root) or {}).get(field) or {}
            items.extend(connection.get("nodes") or [])
            page = connection.get("pageInfo") or {}
        if page.get("hasNextPage"):
            raise ValueError(f"the order has more than {len(items)} lines; not all could be read")
        return items

    def _all_lines(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        return self._follow(node.get("lineItems") or {}, MORE_LINES_QUERY, node["id"], "order")

    def _complete(self, node: dict[str, Any]) -> dict[str, Any]:
        """The order node with every line item and every fulfillment-order line item."""
        lines = self._all_lines(node)
        fulfillment_orders = [
            {**fo, "lineItems": {"nodes": self._follow(fo.get("lineItems") or {},
                                                       MORE_FULFILLMENT_ORDER_LINES_QUERY,
                                                       fo["id"], "fulfillmentOrder")}}
            for fo in self._follow(node.get("fulfillmentOrders") or {}, MORE_FULFILLMENT_ORDERS_QUERY,
                                   node["id"], "order", "fulfillmentOrders")
        ]
        return {**node, "lineItems": {"nodes": lines}, "fulfillmentOrders": {"nodes": fulfillment_orders}}

    def fetch_orders(self, since: datetime | None = None) -> Iterator[PulledItem]:
        search = OPEN_ORDERS_SEARCH
        if since:
            search += f" AND created_at:>='{_search_time(since)}'"
        seen: set[str] = set()
        for node in self._orders(ORDERS_QUERY, search):
            item = self._pulled(node)
            if item is not None:
                seen.add(str(node.get("legacyResourceId")))
                yield item
        # The orders still open here that the search no longer finds (or did not look at):
        # refunded, fulfilled, closed, held or moved at the store, read again by id.
        again = [i for i in self.known_open if i not in seen and i.isdigit()]
        for start in range(0, len(again), KNOWN_PER_QUERY):
            ids = again[start: start + KNOWN_PER_QUERY]
            found: set[str] = set()
            for node in self._orders(ORDERS_QUERY, " OR ".join(f"id:{i}" for i in ids)):
                found.add(str(node.get("legacyResourceId")))
                item = self._pulled(node, known=True)
                if item is not None:
                    yield item
            for missing in set(ids) - found:
                yield StoreHold(self.source, missing, "", "deleted")
        cancelled_since = since or datetime.now(UTC) - CANCEL_LOOKBACK
        search = f"status:cancelled AND updated_at:>='{_search_time(cancelled_since)}'"
        for node in self._orders(CANCELLED_QUERY, search):
            external_id = node.get("legacyResourceId") or str(node.get("id", "")).rsplit("/", 1)[-1]
            if node.get("cancelledAt") and external_id:
                yield CancelledAtStore(self.source, str(external_id), str(node.get("name", "")))

    def _pulled(self, node: dict[str, Any], *, known: bool = False) -> PulledItem | None:
        """What one order node means here: an order to pack, a hold, or nothing of ours."""
        external_id = str(node.get("legacyResourceId") or node.get("id") or "") or None
        try:
            node = self._complete(node)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            # Never store an order with some of its lines missing.
            return QuarantinedPayload(self.source, external_id,
                                      f"unreadable order payload: {exc}", raw_text(node))
        number = str(node.get("name") or "")
        if node.get("cancelledAt") and external_id:
            return CancelledAtStore(self.source, external_id, number)
        try:
            not_packable = self._not_packable(node)
        except (KeyError, TypeError, AttributeError) as exc:
            return QuarantinedPayload(self.source, external_id,
                                      f"unreadable order payload: {exc}", raw_text(node))
        if not_packable and external_id:
            return StoreHold(self.source, external_id, number, not_packable)
        return parse_or_quarantine(self.source, external_id, node, self.parse_order)

    def _ours(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        """The order's fulfillment orders assigned to this station's location."""
        return [
            fo for fo in (node.get("fulfillmentOrders") or {}).get("nodes") or []
            if not self.location
            or ((fo.get("assignedLocation") or {}).get("location") or {}).get("id") == self.location
        ]

    def _wanted(self, fo: dict[str, Any]) -> bool:
        method = (fo.get("deliveryMethod") or {}).get("methodType") or "SHIPPING"
        return method in SHIPPING_METHODS or (method in PICKUP_METHODS and self.pickup == PICKUP_PACK)

    def _not_packable(self, node: dict[str, Any]) -> str:
        """Why nothing of this order is to be packed here now, or "" if something is."""
        if node.get("test") and not self.test_orders:
            return "a test order"
        if node.get("closed"):
            return "closed"
        lines = node["lineItems"]["nodes"]
        if not all(_positive_whole(item.get("quantity")) for item in lines):
            return ""  # a payload that makes no sense: parsing quarantines it with the reason
        if str(node.get("displayFinancialStatus") or "") == "REFUNDED":
            return "refunded"
        ours = self._ours(node)
        if not ours:
            return "assigned to another location"
        if not any(self._wanted(fo) for fo in ours):
            return "a local pickup, not packed here"
        if any(fo.get("status") in OPEN_FULFILLMENT_ORDER and _remaining(fo) for fo in ours):
            return ""
        if any(fo.get("status") in WAITING_FULFILLMENT_ORDER for fo in ours):
            return ""  # parsed as a held order: the lead sees it waiting
        if lines and all(int(item.get("currentQuantity") or 0) == 0 for item in lines):
            return "refunded"
        return "fulfilled"

    def _quantities(self, node: dict[str, Any]) -> tuple[dict[str, int], str]:
        """Order line item id -> units to pack here, and why the order waits ("" if not)."""
        ours = [fo for fo in self._ours(node) if self._wanted(fo)]
        open_here = [fo for fo in ours if fo.get("status") in OPEN_FULFILLMENT_ORDER and _remaining(fo)]
        chosen = open_here or [fo for fo in ours if fo.get("status") in WAITING_FULFILLMENT_ORDER]
        waiting = "" if open_here else (
            "scheduled" if any(fo.get("status") == "SCHEDULED" for fo in chosen)
            else "on hold")
        units: dict[str, int] = {}
        for fo in chosen:
            for item in (fo.get("lineItems") or {}).get("nodes") or []:
                line_id = str((item.get("lineItem") or {}).get("id") or "")
                units[line_id] = units.get(line_id, 0) + int(item.get("remainingQuantity") or 0)
        return units, waiting

    @staticmethod
    def _line(item: dict[str, Any], remaining: int | None = None) -> OrderLine | None:
        sku = str(item.get("sku") or "")
        quantity = whole_quantity(item["currentQuantity"] if item.get("currentQuantity") is not None
                                  else item["quantity"], sku, allow_zero=True)
        if whole_quantity(item.get("quantity") or 0, sku, allow_zero=True) > 0 and quantity == 0:
            return None  # removed by an order edit
        if item.get("requiresShipping") is False:
            return None  # a gift card or a download: nothing to pick
        if remaining is not None and quantity > 0:
            if remaining <= 0:
                return None  # fulfilled already, or another location's
            quantity = remaining
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
        pickup_at = next((fo.get("assignedLocation") or {} for fo in self._ours(node)
                          if (fo.get("deliveryMethod") or {}).get("methodType") in PICKUP_METHODS), None)
        address = node.get("shippingAddress") or {}
        if pickup_at is not None:
            # Collected at the store: the slip names the customer and the pickup location.
            address = {"name": (node.get("billingAddress") or {}).get("name") or node.get("email"),
                       "company": pickup_at.get("name"), "address1": pickup_at.get("address1"),
                       "city": pickup_at.get("city"), "zip": pickup_at.get("zip"),
                       "countryCodeV2": pickup_at.get("countryCode")}
        attributes = {str(a["key"]): str(a.get("value") or "")
                      for a in node.get("customAttributes") or [] if a.get("key")}
        gift_message = next(
            (v for k, v in attributes.items() if k.strip().lower() in GIFT_KEYS and v.strip()), ""
        )
        name = address.get("name") or " ".join(
            p for p in (address.get("firstName"), address.get("lastName")) if p
        )
        waiting = ""
        if "fulfillmentOrders" in node:
            units, waiting = self._quantities(node)
            lines = [line for item in node["lineItems"]["nodes"]
                     if (line := self._line(item, units.get(str(item.get("id")), 0)))]
        else:
            lines = [line for line in map(self._line, node["lineItems"]["nodes"]) if line]
        shipping_line = node.get("shippingLine") or {}
        shipping_method = (PICKUP_METHOD_NAME if pickup_at is not None
                           else str(shipping_line.get("title") or "standard"))
        order = Order(
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
            shipping_method=shipping_method,
            customer_note=str(node.get("note") or ""),
            gift=bool(gift_message),
            gift_message=gift_message,
            note_attributes=attributes,
            currency=str(node.get("currencyCode") or ""),
            payment=shopify_payments.payment_of(node),
        )
        if waiting:
            order.status = OrderStatus.ON_HOLD
            order.hold_reason = f"{STORE_HOLD}{waiting}"
            order.held_from = OrderStatus.NEW
        return order

    # --- pushing ----------------------------------------------------------------------

    def push_shipped(self, payload: dict[str, Any], *, check_first: bool) -> str:
        # The fulfilment orders have to be read anyway, so the check costs nothing extra
        # and is always done: a fulfilment with this tracking number is never made twice.
        tracking_number = str(payload["tracking_number"])
        data = self.graphql(FULFILLMENT_STATE_QUERY, {"id": order_gid(str(payload["external_id"]))})
        order = data.get("order")
        if not order:
            raise RequestRefused(404, f"order {payload.get('number')} is not in the store")
        done_at: dict[str, str] = {}  # location id -> fulfilment already made for this shipment
        for fulfillment in order.get("fulfillments") or []:
            if fulfillment.get("status") in ("CANCELLED", "ERROR", "FAILURE"):
                continue
            if any(t.get("number") == tracking_number for t in fulfillment.get("trackingInfo") or []):
                done_at[str((fulfillment.get("location") or {}).get("id") or "")] = str(fulfillment["id"])
        if "" in done_at:
            return done_at[""]  # a fulfilment without a location: made before, for everything
        if payload.get("pickup"):
            return self._ready_for_pickup(order, check_first=check_first)
        plan = self._allocate(order, payload.get("lines"), skip_locations=set(done_at))
        if not plan and done_at:
            return ",".join(sorted(done_at.values()))
        if not plan:
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
        references = list(done_at.values())
        for _location, by_fulfillment_order in sorted(plan.items()):
            result = self.graphql(
                FULFILLMENT_CREATE,
                {"fulfillment": {
                    "lineItemsByFulfillmentOrder": by_fulfillment_order,
                    "trackingInfo": tracking,
                    "notifyCustomer": True,
                }},
                mutation=True,
            )
            created = result.get("fulfillmentCreate") or {}
            problems = "; ".join(str(p.get("message")) for p in created.get("userErrors") or [])
            if problems and _says_try_again(problems):
                raise StoreUnavailable(f"Shopify asks to try again: {problems}")
            if problems:
                raise RequestRefused(422, problems)
            references.append(str((created.get("fulfillment") or {}).get("id") or ""))
        return ",".join(r for r in references if r)

    def _ready_for_pickup(self, order: dict[str, Any], *, check_first: bool) -> str:
        """A local pickup packed here: the store tells the customer it is ready to collect.

        Shopify takes whole fulfillment orders here. A prepared one is IN_PROGRESS, so a
        second attempt after an unknown outcome finds it so and sends nothing again.
        """
        pickups = [fo for fo in (order.get("fulfillmentOrders") or {}).get("nodes") or []
                   if (fo.get("deliveryMethod") or {}).get("methodType") in PICKUP_METHODS
                   and (not self.location or _location_of(fo) == self.location)]
        to_prepare = [fo["id"] for fo in pickups
                      if fo.get("status") == "OPEN" or (fo.get("status") == "IN_PROGRESS" and not check_first)]
        if not to_prepare:
            if any(fo.get("status") == "IN_PROGRESS" for fo in pickups):
                return "ready for pickup"
            raise RequestRefused(422, f"order {order.get('name')} has no open pickup to mark ready at the store")
        result = self.graphql(
            PREPARED_FOR_PICKUP,
            {"input": {"lineItemsByFulfillmentOrder": [{"fulfillmentOrderId": fo} for fo in to_prepare]}},
            mutation=True,
        )
        problems = "; ".join(str(p.get("message")) for p in
                             (result.get("fulfillmentOrderLineItemsPreparedForPickup") or {}).get("userErrors") or [])
        if problems and _says_try_again(problems):
            raise StoreUnavailable(f"Shopify asks to try again: {problems}")
        if problems:
            raise RequestRefused(422, problems)
        return "ready for pickup"

    # --- the payment, captured at ship (services.payments.PaymentGateway) -------------

    def payment_state(self, request: CaptureRequest) -> PaymentState:
        return shopify_payments.payment_state(self.graphql, order_gid(request.external_id), request)

    def capture(self, request: CaptureRequest) -> str:
        return shopify_payments.capture(self.graphql, order_gid(request.external_id), request)

    def push_refund(self, payload: dict[str, Any], *, check_first: bool) -> str:
        # The refund state is read anyway, so the check is always done (sync/shopify_refunds.py).
        return shopify_refunds.push_refund(self.graphql, order_gid(str(payload["external_id"])), payload)

    def _allocate(self, order: dict[str, Any], packed: Any, *,
                  skip_locations: set[str]) -> dict[str, list[dict[str, Any]]]:
        """Location -> ``lineItemsByFulfillmentOrder`` naming the units packed, never more.

        ``packed``: ``[{"sku", "quantity"}]`` from the outbox message; a message written
        before packdesk recorded what was packed (None) fulfils what remains.
        """
        wanted: dict[str, int] | None = None
        if packed is not None:
            wanted = {}
            for line in packed:
                wanted[str(line["sku"])] = wanted.get(str(line["sku"]), 0) + int(line["quantity"])
        nodes = [fo for fo in (order.get("fulfillmentOrders") or {}).get("nodes") or []
                 if fo.get("status") in OPEN_FULFILLMENT_ORDER]
        # This station's location first, so a SKU stocked at two locations is reported here.
        nodes.sort(key=lambda fo: _location_of(fo) != self.location)
        plan: dict[str, list[dict[str, Any]]] = {}
        for fo in nodes:
            location = _location_of(fo)
            if location in skip_locations:
                continue
            items = []
            for item in (fo.get("lineItems") or {}).get("nodes") or []:
                remaining = int(item.get("remainingQuantity") or 0)
                sku = str((item.get("lineItem") or {}).get("sku") or "").strip()
                quantity = remaining if wanted is None else min(remaining, wanted.get(sku, 0))
                if quantity <= 0:
                    continue
                if wanted is not None:
                    wanted[sku] -= quantity
                items.append({"id": item["id"], "quantity": quantity})
            if items:
                plan.setdefault(location, []).append(
                    {"fulfillmentOrderId": fo["id"], "fulfillmentOrderLineItems": items})
        if wanted and any(wanted.values()):
            log.warning("order %s: packed units the store has no open line for (not reported): %s",
                        order.get("name"), {k: v for k, v in wanted.items() if v})
        return plan


def _positive_whole(value: Any) -> bool:
    try:
        return whole_quantity(value, allow_zero=True) > 0
    except DomainError:
        return False


def _remaining(fo: dict[str, Any]) -> int:
    return sum(int(i.get("remainingQuantity") or 0) for i in (fo.get("lineItems") or {}).get("nodes") or [])


def _location_of(fo: dict[str, Any]) -> str:
    return str(((fo.get("assignedLocation") or {}).get("location") or {}).get("id") or "")
