"""A Shopify store on 127.0.0.1: the GraphQL Admin API (2026-10), executed for real.

Requests to ``POST /admin/api/2026-10/graphql.json`` with ``X-Shopify-Access-Token`` are
validated and executed by graphql-core against Shopify's own published schema
(tests/data/shopify_admin_2026-10.json.gz), so a query the real API would reject is
rejected here too. Resolvers serve ``orders`` (cursor pagination, a small subset of the
search syntax: ``status:``, ``fulfillment_status:``, ``created_at:>=``, ``updated_at:>=``),
``order(id:)`` with ``lineItems``, ``fulfillments`` and ``fulfillmentOrders`` (status,
``assignedLocation``, ``deliveryMethod``, line items with ``remainingQuantity`` /
``totalQuantity``), ``locations``, the ``fulfillmentCreate`` mutation (one location per
call, ``fulfillmentOrderLineItems`` quantities checked against what remains), and payments:
``transactions(capturable:)``, ``totalCapturableSet`` and ``orderCapture`` (an authorisation
captured once, its ``userErrors`` for an expired authorisation or a declined card as
``capture_refusals`` asks, ``drop_after_capture`` dropping the connection after capturing). Store-side
changes: ``hold``, ``add_line``, ``refund_all``, ``fulfil_elsewhere``; ``shopify_order(...,
fulfillment_orders=[...])`` builds split, pickup, partially fulfilled and test orders. Cost is computed with Shopify's documented rules (object 1,
connection 2 + first x node, mutation 10) against a leaky bucket, answering ``THROTTLED``
with ``extensions.cost.throttleStatus`` when it runs dry, ``MAX_COST_EXCEEDED`` over 1000.

Faults as in the WooCommerce fake: ``store.faults.add("429" | "500" | "slow" |
"malformed" | "reset" | "internal", times=N)``; ``internal`` is Shopify's HTTP 200 with
``INTERNAL_SERVER_ERROR`` (the operation is not carried out).
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
import time
from decimal import Decimal
from functools import lru_cache
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from graphql import (
    FieldNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    build_client_schema,
    get_named_type,
    graphql_sync,
    is_leaf_type,
    parse,
    value_from_ast_untyped,
)

from tests.helpers.fake_http import FakeHandler, FakeServer
from tests.helpers.fake_woocommerce import Fault, Faults

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "shopify_admin_2026-10.json.gz"
GRAPHQL_PATH = "/admin/api/2026-10/graphql.json"
MAX_QUERY_COST = 1000
MUTATION_COST = 10


@lru_cache(maxsize=1)
def shopify_schema() -> GraphQLSchema:
    with gzip.open(SCHEMA_FILE) as handle:
        schema = build_client_schema(json.load(handle)["data"])
    schema._validation_errors = []  # Shopify's schema trips graphql-core's strict schema check
    return schema


# --- Shopify's documented cost rules -------------------------------------------------


def _first(field: FieldNode, variables: dict[str, Any]) -> int | None:
    for argument in field.arguments or ():
        if argument.name.value in ("first", "last"):
            return int(value_from_ast_untyped(argument.value, variables))
    return None


def _selection_cost(parent: GraphQLObjectType, selection: SelectionSetNode | None,
                    variables: dict[str, Any]) -> int:
    total = 0
    for node in selection.selections if selection else ():
        if not isinstance(node, FieldNode) or node.name.value.startswith("__"):
            continue
        definition = parent.fields[node.name.value]
        named = get_named_type(definition.type)
        if is_leaf_type(named):
            continue
        assert isinstance(named, GraphQLObjectType), f"{named} is abstract: not used by packdesk"
        if named.name.endswith("Connection"):
            node_type = named.fields["nodes"].type
            node_object = get_named_type(node_type)
            assert isinstance(node_object, GraphQLObjectType)
            per_node = 0
            for child in node.selection_set.selections if node.selection_set else ():
                if isinstance(child, FieldNode) and child.name.value == "nodes":
                    per_node = 1 + _selection_cost(node_object, child.selection_set, variables)
                if isinstance(child, FieldNode) and child.name.value == "edges":
                    edge = get_named_type(named.fields["edges"].type)
                    assert isinstance(edge, GraphQLObjectType)
                    # edges { node { ... } }: the node is the object counted, the edge is free
                    per_node = _selection_cost(edge, child.selection_set, variables)
            total += 2 + (_first(node, variables) or 0) * per_node
            continue
        inner = definition.type.of_type if isinstance(definition.type, GraphQLNonNull) else definition.type
        list_size = _first(node, variables) if isinstance(inner, GraphQLList) else None
        per_object = 1 + _selection_cost(named, node.selection_set, variables)
        total += per_object * (list_size or 1)
    return total


def query_cost(query: str, variables: dict[str, Any] | None = None) -> int:
    """The requested cost Shopify's rules give this operation (the first in the document)."""
    schema = shopify_schema()
    document = parse(query)
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    if operation.operation is OperationType.MUTATION:
        assert schema.mutation_type is not None
        return MUTATION_COST + _selection_cost(schema.mutation_type, operation.selection_set, variables or {})
    assert schema.query_type is not None
    return _selection_cost(schema.query_type, operation.selection_set, variables or {})


# --- the store -----------------------------------------------------------------------


WAREHOUSE = "gid://shopify/Location/1"
SHOP_FLOOR = "gid://shopify/Location/2"
LOCATIONS = {WAREHOUSE: "Warehouse", SHOP_FLOOR: "High Street shop"}
FULFILLMENT_STATUS_SEARCH = {"unfulfilled": "UNFULFILLED", "partial": "PARTIALLY_FULFILLED",
                             "on_hold": "ON_HOLD", "scheduled": "SCHEDULED"}


def fulfillment_order(
    fo_id: int,
    lines: list[tuple[dict[str, Any], int]],
    *,
    status: str = "OPEN",
    location: str = WAREHOUSE,
    method: str = "SHIPPING",
    fulfilled: dict[str, int] | None = None,
) -> dict[str, Any]:
    """A fulfillment order holding ``(line, quantity)`` pairs; ``fulfilled``: line id -> units done."""
    done = fulfilled or {}
    return {
        "id": f"gid://shopify/FulfillmentOrder/{fo_id}",
        "status": status,
        "_location": location,
        "deliveryMethod": {"methodType": method},
        "_lines": [
            {"id": f"gid://shopify/FulfillmentOrderLineItem/{fo_id}{i:02d}",
             "totalQuantity": quantity,
             "remainingQuantity": quantity - done.get(line["id"], 0),
             "_line": line["id"]}
            for i, (line, quantity) in enumerate(lines)
        ],
    }


def shopify_order(
    legacy_id: int,
    *,
    lines: list[dict[str, Any]] | None = None,
    country: str = "US",
    note: str = "",
    attributes: dict[str, str] | None = None,
    created: str = "2026-11-26T08:00:00Z",
    status: str = "open",
    test: bool = False,
    fulfillment_orders: list[dict[str, Any]] | None = None,
    pickup: bool = False,
    financial: str = "PAID",
    amount: str = "199.00",
    authorization_expires: str = "2099-01-01T00:00:00Z",
) -> dict[str, Any]:
    """An open order; by default one OPEN fulfillment order at the warehouse holds every unit.

    ``financial="AUTHORIZED"``: the payment of ``amount`` is only authorised (a successful
    AUTHORIZATION transaction expiring at ``authorization_expires``); otherwise it was paid
    (a SALE)."""
    lines = lines if lines is not None else [shopify_line(1, "TEE-NAV-L")]
    if fulfillment_orders is None:
        fulfillment_orders = [fulfillment_order(
            legacy_id * 10 + 1, [(line, line["currentQuantity"]) for line in lines],
            method="PICK_UP" if pickup else "SHIPPING")]
    return {
        "id": f"gid://shopify/Order/{legacy_id}",
        "legacyResourceId": str(legacy_id),
        "name": f"#{legacy_id}",
        "createdAt": created,
        "updatedAt": created,
        "cancelledAt": None,
        "closed": False,
        "test": test,
        "note": note or None,
        "email": "emily@example.com",
        "currencyCode": "USD",
        "displayFulfillmentStatus": "UNFULFILLED",
        "displayFinancialStatus": financial,
        "customAttributes": [{"key": k, "value": v} for k, v in (attributes or {}).items()],
        "shippingAddress": None if pickup else {
            "name": "Emily Johnson", "firstName": "Emily", "lastName": "Johnson", "company": None,
            "address1": "742 Evergreen Terrace", "address2": None, "city": "Springfield",
            "zip": "62704", "province": "Illinois", "provinceCode": "IL",
            "countryCodeV2": country, "phone": None,
        },
        "billingAddress": {"name": "Emily Johnson"},
        "shippingLine": {"title": "Pickup in store", "code": "Pickup"} if pickup
        else {"title": "Express", "code": "EXPRESS"},
        "lines": lines,
        "_status": status,
        "_fulfillment_orders": fulfillment_orders,
        "_fulfillments": [],
        "_transactions": [{
            "id": f"gid://shopify/OrderTransaction/{legacy_id}1",
            "kind": "AUTHORIZATION" if financial == "AUTHORIZED" else "SALE",
            "status": "SUCCESS", "gateway": "shopify_payments", "errorCode": None,
            "authorizationExpiresAt": authorization_expires if financial == "AUTHORIZED" else None,
            "parentTransaction": None,
            "amountSet": {"shopMoney": {"amount": amount, "currencyCode": "USD"}},
        }],
    }


def shopify_line(line_id: int, sku: str | None, quantity: int = 1, *, barcode: str = "4006381333931",
                 options: dict[str, str] | None = None, properties: dict[str, str] | None = None,
                 current: int | None = None, image: str | None = None) -> dict[str, Any]:
    options = options if options is not None else {"Color": "Navy", "Size": "L"}
    return {
        "id": f"gid://shopify/LineItem/{line_id}",
        "sku": sku,
        "name": "Organic cotton T-shirt - " + " / ".join(options.values()),
        "title": "Organic cotton T-shirt",
        "variantTitle": " / ".join(options.values()) or None,
        "quantity": quantity,
        "currentQuantity": quantity if current is None else current,
        "requiresShipping": True,
        "customAttributes": [{"key": k, "value": v} for k, v in (properties or {}).items()],
        "image": {"url": image} if image else None,
        "variant": {"barcode": barcode, "sku": sku,
                    "selectedOptions": [{"name": k, "value": v} for k, v in options.items()]},
    }


def _connection(items: list[Any], first: int | None, after: str | None) -> dict[str, Any]:
    start = int(base64.b64decode(after).decode()) + 1 if after else 0
    chunk = items[start: start + (first or 0)]
    end = start + len(chunk) - 1
    return {
        "nodes": chunk,
        "edges": [{"node": n, "cursor": base64.b64encode(str(start + i).encode()).decode()}
                  for i, n in enumerate(chunk)],
        "pageInfo": {
            "hasNextPage": start + len(chunk) < len(items),
            "hasPreviousPage": start > 0,
            "startCursor": base64.b64encode(str(start).encode()).decode() if chunk else None,
            "endCursor": base64.b64encode(str(end).encode()).decode() if chunk else None,
        },
    }


class FakeShopify(FakeServer):
    def __init__(self, token: str = "shpat_test") -> None:
        self.token = token
        self.orders: dict[int, dict[str, Any]] = {}
        self.faults = Faults()
        self.slow_seconds = 3.0
        self.slow_mutations = 0  # the next N mutations are carried out, then answered late
        self.failing_mutations = 0  # the next N mutations: INTERNAL_SERVER_ERROR, not carried out
        self.ready_for_pickup: list[str] = []  # fulfillment orders marked ready, in order
        self.user_error_mutations: list[str] = []  # userErrors the next mutations get, not carried out
        self.bucket_size = 2000.0
        self.restore_rate = 1000.0  # Shopify Plus; tests that throttle set it lower
        self.available = self.bucket_size
        self._refilled = time.monotonic()
        self.throttled_answers = 0
        self.requested_costs: list[int] = []
        self.operations: list[str] = []
        self.lock = threading.RLock()
        self._next_fulfillment = 1
        self._next_refund = 1
        self.idempotent_refunds: dict[str, dict[str, Any]] = {}
        self.line_price = "199.00"  # what the customer paid per unit, for what is left to refund
        self.capture_refusals: dict[int, str] = {}  # order id -> "declined" | "expired"
        self.drop_after_capture = 0  # the next N captures are made, then the connection drops
        self.capture_requests: list[dict[str, Any]] = []  # every orderCapture input received
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> FakeShopify:
        shopify_schema()  # built before serving: the first request must not pay for it
        return self.serve(_Handler)

    def add_order(self, order: dict[str, Any]) -> None:
        with self.lock:
            self.orders[int(order["legacyResourceId"])] = order

    def cancel(self, legacy_id: int, at: str = "2099-01-01T00:00:00Z") -> None:
        with self.lock:
            order = self.orders[legacy_id]
            order.update(_status="cancelled", cancelledAt=at, updatedAt=at)

    def fulfillments_with(self, number: str) -> dict[int, int]:
        with self.lock:
            return {
                oid: sum(any(t["number"] == number for t in f["trackingInfo"]) for f in o["_fulfillments"])
                for oid, o in self.orders.items()
            }

    def fulfilled_units(self, legacy_id: int) -> dict[str, int]:
        """SKU -> units the store was told were fulfilled, over all of the order's fulfilments."""
        with self.lock:
            order = self.orders[legacy_id]
            skus = {line["id"]: line["sku"] for line in order["lines"]}
            units: dict[str, int] = {}
            for fulfillment in order["_fulfillments"]:
                for line_id, quantity in fulfillment["_units"].items():
                    units[skus[line_id]] = units.get(skus[line_id], 0) + quantity
            return units

    # --- changes made in the Shopify admin ----------------------------------------------

    def touch(self, order: dict[str, Any]) -> None:
        order["updatedAt"] = "2026-11-26T10:00:00Z"

    def hold(self, legacy_id: int, status: str = "ON_HOLD") -> None:
        with self.lock:
            order = self.orders[legacy_id]
            for fo in order["_fulfillment_orders"]:
                if fo["status"] in ("OPEN", "IN_PROGRESS"):
                    fo["status"] = status
            if all(fo["status"] == status for fo in order["_fulfillment_orders"]):
                order["displayFulfillmentStatus"] = status
            self.touch(order)

    def add_line(self, legacy_id: int, line: dict[str, Any]) -> None:
        """An order edit adding a line: it goes to the first open fulfillment order."""
        with self.lock:
            order = self.orders[legacy_id]
            order["lines"].append(line)
            fo = next(f for f in order["_fulfillment_orders"] if f["status"] in ("OPEN", "IN_PROGRESS"))
            fo["_lines"].append({"id": f"{fo['id'].replace('FulfillmentOrder', 'FulfillmentOrderLineItem')}"
                                       f"{len(fo['_lines']):02d}",
                                 "totalQuantity": line["quantity"], "remainingQuantity": line["quantity"],
                                 "_line": line["id"]})
            self.touch(order)

    def refund_all(self, legacy_id: int) -> None:
        """Every line refunded and restocked: nothing left to fulfil, the order stays open."""
        with self.lock:
            order = self.orders[legacy_id]
            for line in order["lines"]:
                line["currentQuantity"] = 0
            for fo in order["_fulfillment_orders"]:
                for item in fo["_lines"]:
                    item["remainingQuantity"] = 0
                fo["status"] = "CLOSED"
            order["displayFinancialStatus"] = "REFUNDED"
            self.touch(order)

    def fulfil_elsewhere(self, legacy_id: int) -> None:
        """Fulfilled by hand in the Shopify admin."""
        with self.lock:
            order = self.orders[legacy_id]
            for fo in order["_fulfillment_orders"]:
                for item in fo["_lines"]:
                    item["remainingQuantity"] = 0
                fo["status"] = "CLOSED"
            order["displayFulfillmentStatus"] = "FULFILLED"
            self.touch(order)

    # --- resolvers ------------------------------------------------------------------

    def _node(self, order: dict[str, Any]) -> dict[str, Any]:
        node = {k: v for k, v in order.items() if not k.startswith("_") and k != "lines"}
        node["lineItems"] = lambda info, first=None, after=None, **_: _connection(order["lines"], first, after)
        node["fulfillmentOrders"] = lambda info, first=None, after=None, **_: _connection(
            [self._fulfillment_order_node(order, fo) for fo in order["_fulfillment_orders"]], first, after)
        node["refunds"] = lambda info, first=None, **_: order.setdefault("_refunds", [])[: first or 250]
        node["suggestedRefund"] = lambda info, refundLineItems=None, **_: {"amountSet": {"shopMoney": {
            "amount": f"{sum(Decimal(self.line_price) * li['quantity'] for li in refundLineItems or []):.2f}",
            "currencyCode": order["currencyCode"]}}}
        node["transactions"] = lambda info, first=None, capturable=None, **_: [
            t for t in order.get("_transactions", [])
            if capturable is None or (self._capturable(order, t) > 0) == capturable][: first or 250]
        node["totalCapturableSet"] = {"shopMoney": {
            "amount": f"{sum((self._capturable(order, t) for t in order.get('_transactions', [])), Decimal('0')):.2f}",
            "currencyCode": order["currencyCode"]}}
        node["fulfillments"] = lambda info, first=None, **_: [
            {**f, "trackingInfo": (lambda info, first=None, _f=f, **__: _f["trackingInfo"][: first or 250])}
            for f in order["_fulfillments"][: first or 250]
        ]
        return node

    @staticmethod
    def _location(location_id: str) -> dict[str, Any]:
        return {"id": location_id, "name": LOCATIONS.get(location_id, "Elsewhere"),
                "isActive": True, "fulfillsOnlineOrders": True}

    def _fulfillment_order_node(self, order: dict[str, Any], fo: dict[str, Any]) -> dict[str, Any]:
        lines = {line["id"]: line for line in order["lines"]}
        items = [{**{k: v for k, v in item.items() if not k.startswith("_")},
                  "sku": lines[item["_line"]]["sku"], "lineItem": lines[item["_line"]]}
                 for item in fo["_lines"]]
        location = self._location(fo["_location"])
        return {
            "id": fo["id"], "status": fo["status"], "deliveryMethod": fo["deliveryMethod"],
            "assignedLocation": {"name": location["name"], "address1": "1 Main Street", "city": "Springfield",
                                 "zip": "62701", "countryCode": "US", "location": location},
            "lineItems": lambda info, first=None, after=None, **_: _connection(items, first, after),
        }

    def _locations(self, info: Any, first: int | None = None, after: str | None = None,
                   **_: Any) -> dict[str, Any]:
        return _connection([self._location(i) for i in LOCATIONS], first, after)

    def _term(self, order: dict[str, Any], term: str) -> bool:
        name, _, value = term.strip().partition(":")
        value = value.strip("'\"")
        if name == "id":
            return order["legacyResourceId"] == value
        if name == "status" and value == "open":
            return order["_status"] == "open" and not order["closed"]
        if name == "status" and value == "cancelled":
            return bool(order["cancelledAt"])
        if name == "fulfillment_status":
            return order["displayFulfillmentStatus"] == FULFILLMENT_STATUS_SEARCH.get(value, value.upper())
        if name in ("created_at", "updated_at") and value.startswith(">="):
            key = "createdAt" if name == "created_at" else "updatedAt"
            return bool(order[key] >= value[2:].strip("'\""))
        raise ValueError(f"the fake does not know the search term {term!r}")

    def _matches(self, order: dict[str, Any], search: str | None) -> bool:
        """``a AND (b OR c) AND ...``, as much of Shopify's search syntax as packdesk uses."""
        for conjunct in (search or "").split(" AND "):
            alternatives = conjunct.strip().removeprefix("(").removesuffix(")").split(" OR ")
            if conjunct.strip() and not any(self._term(order, t) for t in alternatives):
                return False
        return True

    def _orders(self, info: Any, first: int | None = None, after: str | None = None,
                query: str | None = None, **_: Any) -> dict[str, Any]:
        chosen = [self._node(o) for _, o in sorted(self.orders.items()) if self._matches(o, query)]
        return _connection(chosen, first, after)

    def _order(self, info: Any, id: str) -> dict[str, Any] | None:  # noqa: A002 - the API's name
        order = self.orders.get(int(id.rsplit("/", 1)[-1]))
        return self._node(order) if order else None

    def _fulfillment_order(self, info: Any, id: str) -> dict[str, Any] | None:  # noqa: A002 - the API's name
        for order in self.orders.values():
            for fo in order["_fulfillment_orders"]:
                if fo["id"] == id:
                    return self._fulfillment_order_node(order, fo)
        return None

    def _prepared_for_pickup(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:  # noqa: A002
        wanted = {item["fulfillmentOrderId"] for item in input["lineItemsByFulfillmentOrder"]}
        for order in self.orders.values():
            for fo in order["_fulfillment_orders"]:
                if fo["id"] not in wanted:
                    continue
                if fo["deliveryMethod"]["methodType"] != "PICK_UP" or fo["status"] != "OPEN":
                    return {"userErrors": [{"field": ["input"], "code": "INVALID_FULFILLMENT_ORDER",
                                            "message": "Fulfillment order is not ready for pickup."}]}
                fo["status"] = "IN_PROGRESS"
                self.ready_for_pickup.append(fo["id"])
        return {"userErrors": []}

    def _fulfillment_create(self, info: Any, fulfillment: dict[str, Any], **_: Any) -> dict[str, Any]:
        def refused(message: str) -> dict[str, Any]:
            return {"fulfillment": None, "userErrors": [{"field": ["fulfillment"], "message": message}]}

        wanted = {item["fulfillmentOrderId"]: item for item in fulfillment["lineItemsByFulfillmentOrder"]}
        owners = [(o, fo) for o in self.orders.values() for fo in o["_fulfillment_orders"] if fo["id"] in wanted]
        if len(owners) != len(wanted):
            return refused("Fulfillment order does not exist.")
        if len({fo["_location"] for _, fo in owners}) > 1:
            return refused("All fulfillment orders in a fulfillment must belong to the same location.")
        units: dict[str, int] = {}  # fulfillment order line item id -> quantity
        for _order, fo in owners:
            if fo["status"] not in ("OPEN", "IN_PROGRESS"):
                return refused(f"Fulfillment order {fo['id'].rsplit('/', 1)[-1]} has an "
                               f"unfulfillable status= {fo['status'].lower()}.")
            named = wanted[fo["id"]].get("fulfillmentOrderLineItems")
            items = {item["id"]: item for item in fo["_lines"]}
            if named is None:  # no line items named: everything that remains
                units.update({i["id"]: i["remainingQuantity"] for i in fo["_lines"] if i["remainingQuantity"]})
                continue
            for asked in named:
                item = items.get(asked["id"])
                if item is None:
                    return refused("Fulfillment order line item does not exist.")
                if not 0 < asked["quantity"] <= item["remainingQuantity"]:
                    return refused("Invalid fulfillment order line item quantity requested.")
                units[item["id"]] = asked["quantity"]
        tracking = fulfillment.get("trackingInfo") or {}
        order = owners[0][0]
        location = self._location(owners[0][1]["_location"])
        done: dict[str, int] = {}  # order line item id -> quantity
        for _order, fo in owners:
            for item in fo["_lines"]:
                if item["id"] in units:
                    item["remainingQuantity"] -= units[item["id"]]
                    done[item["_line"]] = done.get(item["_line"], 0) + units[item["id"]]
            fo["status"] = "IN_PROGRESS" if any(i["remainingQuantity"] for i in fo["_lines"]) else "CLOSED"
        created = {
            "id": f"gid://shopify/Fulfillment/{self._next_fulfillment}",
            "status": "SUCCESS",
            "createdAt": "2026-11-26T12:00:00Z",
            "location": location,
            "trackingInfo": [{"company": tracking.get("company"), "number": tracking.get("number"),
                              "url": tracking.get("url")}],
            "notifyCustomer": bool(fulfillment.get("notifyCustomer")),
            "_units": done,
        }
        self._next_fulfillment += 1
        order["_fulfillments"].append(created)
        remaining = any(i["remainingQuantity"] for fo in order["_fulfillment_orders"] for i in fo["_lines"])
        order["displayFulfillmentStatus"] = "PARTIALLY_FULFILLED" if remaining else "FULFILLED"
        return {"fulfillment": {**created, "trackingInfo": lambda info, first=None, **_: created["trackingInfo"]},
                "userErrors": []}

    # --- refunds (refundCreate with @idempotent, as 2026-10 requires) ------------------

    def refunds_with(self, key: str) -> dict[int, int]:
        """Per order id, how many refunds carry packdesk's key in their note."""
        with self.lock:
            return {oid: sum(key in (r["note"] or "") for r in o.get("_refunds", []))
                    for oid, o in self.orders.items()}

    def add_refund(self, legacy_id: int, amount: str, note: str = "") -> None:
        """A refund made in the shop's admin."""
        with self.lock:
            self._store_refund(self.orders[legacy_id], amount, note)

    def _store_refund(self, order: dict[str, Any], amount: str, note: str | None) -> dict[str, Any]:
        refund = {"id": f"gid://shopify/Refund/{self._next_refund}", "note": note,
                  "totalRefundedSet": {"shopMoney": {"amount": amount, "currencyCode": order["currencyCode"]}}}
        self._next_refund += 1
        order.setdefault("_refunds", []).append(refund)
        return refund

    def _refund_create(self, info: Any, input: dict[str, Any], **_: Any) -> dict[str, Any]:  # noqa: A002
        from graphql import get_directive_values

        directive = info.schema.get_directive("idempotent")
        key = str((get_directive_values(directive, info.field_nodes[0], info.variable_values) or {})
                  .get("key") or "")
        if not key.strip():
            return {"refund": None, "userErrors": [
                {"field": None, "message": "An idempotency key is required: use the @idempotent directive."}]}
        if key in self.idempotent_refunds:
            return {"refund": self.idempotent_refunds[key], "userErrors": []}
        order = self.orders.get(int(str(input["orderId"]).rsplit("/", 1)[-1]))
        if order is None:
            return {"refund": None, "userErrors": [{"field": ["orderId"], "message": "Order does not exist"}]}
        amount = sum((Decimal(str(t["amount"])) for t in input.get("transactions") or []), Decimal("0"))
        received = sum((Decimal(self.line_price) * line["quantity"] for line in order["lines"]), Decimal("0"))
        refunded = sum((Decimal(r["totalRefundedSet"]["shopMoney"]["amount"]) for r in order.get("_refunds", [])),
                       Decimal("0"))
        if amount > received - refunded:
            return {"refund": None, "userErrors": [{
                "field": ["transactions", "0", "amount"],
                "message": f"Refund amount ${amount:.2f} is greater than net payment received "
                           f"${received - refunded:.2f}"}]}
        refund = self._store_refund(order, f"{amount:.2f}", input.get("note"))
        self.idempotent_refunds[key] = refund
        return {"refund": refund, "userErrors": []}

    # --- payments (orderCapture, as Shopify documents it) ------------------------------

    def captures(self, legacy_id: int) -> list[dict[str, Any]]:
        """The order's successful CAPTURE transactions."""
        with self.lock:
            return [t for t in self.orders[legacy_id].get("_transactions", [])
                    if t["kind"] == "CAPTURE" and t["status"] == "SUCCESS"]

    def capture_in_admin(self, legacy_id: int) -> None:
        """The merchant captures the whole authorisation in the Shopify admin."""
        with self.lock:
            order = self.orders[legacy_id]
            auth = next(t for t in order["_transactions"] if t["kind"] == "AUTHORIZATION")
            self._record_capture(order, auth, Decimal(auth["amountSet"]["shopMoney"]["amount"]))

    @staticmethod
    def _expired(transaction: dict[str, Any]) -> bool:
        expires = transaction.get("authorizationExpiresAt")
        return bool(expires) and str(expires) <= time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

    def _capturable(self, order: dict[str, Any], transaction: dict[str, Any]) -> Decimal:
        if (transaction["kind"] != "AUTHORIZATION" or transaction["status"] != "SUCCESS"
                or self._expired(transaction)):
            return Decimal("0")
        captured = sum((Decimal(t["amountSet"]["shopMoney"]["amount"]) for t in order["_transactions"]
                        if t["kind"] == "CAPTURE" and t["status"] == "SUCCESS"
                        and (t["parentTransaction"] or {}).get("id") == transaction["id"]), Decimal("0"))
        if captured:
            return Decimal("0")  # not multi-capturable: the rest is released at the first capture
        return Decimal(transaction["amountSet"]["shopMoney"]["amount"])

    def _record_capture(self, order: dict[str, Any], parent: dict[str, Any], amount: Decimal,
                        status: str = "SUCCESS", error: str | None = None) -> dict[str, Any]:
        created = {
            "id": f"gid://shopify/OrderTransaction/{order['legacyResourceId']}"
                  f"{len(order['_transactions']) + 1}",
            "kind": "CAPTURE", "status": status, "gateway": parent["gateway"], "errorCode": error,
            "authorizationExpiresAt": None, "parentTransaction": {"id": parent["id"]},
            "amountSet": {"shopMoney": {"amount": f"{amount:.2f}", "currencyCode": order["currencyCode"]}},
        }
        order["_transactions"].append(created)
        if status == "SUCCESS":
            order["displayFinancialStatus"] = "PAID"
        return created

    def _order_capture(self, info: Any, input: dict[str, Any]) -> dict[str, Any]:  # noqa: A002
        self.capture_requests.append(dict(input))

        def refused(field: str, message: str) -> dict[str, Any]:
            return {"transaction": None, "userErrors": [{"field": ["input", field], "message": message}]}

        order = self.orders.get(int(str(input["id"]).rsplit("/", 1)[-1]))
        if order is None:
            return refused("id", "Order does not exist")
        parent = next((t for t in order["_transactions"] if t["id"] == input["parentTransactionId"]), None)
        if parent is None or parent["kind"] != "AUTHORIZATION":
            return refused("parentTransactionId", "Parent transaction does not exist")
        if input.get("currency") and input["currency"] != order["currencyCode"]:
            return refused("currency", "Currency must match the presentment currency of the order")
        amount = Decimal(str(input["amount"]))
        refusal = self.capture_refusals.get(int(order["legacyResourceId"]))
        if refusal == "expired" or self._expired(parent):
            return refused("parentTransactionId", "The authorization has expired and can no longer be captured.")
        capturable = self._capturable(order, parent)
        if capturable <= 0:
            return refused("parentTransactionId", "The transaction has already been captured.")
        if not 0 < amount <= capturable:
            return refused("amount", f"Amount must be between 0 and the capturable amount {capturable:.2f}")
        if refusal == "declined":
            failed = self._record_capture(order, parent, amount, "FAILURE", "CARD_DECLINED")
            return {"transaction": failed, "userErrors": [
                {"field": None, "message": "The capture was declined by the card issuer."}]}
        return {"transaction": self._record_capture(order, parent, amount), "userErrors": []}

    def execute(self, body: dict[str, Any]) -> dict[str, Any]:
        query = str(body.get("query") or "")
        variables = body.get("variables") or {}
        try:
            cost = query_cost(query, variables)
        except Exception:  # invalid documents are reported by validation below
            cost = 1
        with self.lock:
            now = time.monotonic()
            self.available = min(self.bucket_size, self.available + (now - self._refilled) * self.restore_rate)
            self._refilled = now

            def cost_extension(actual: int | None) -> dict[str, Any]:
                return {"cost": {
                    "requestedQueryCost": cost, "actualQueryCost": actual,
                    "throttleStatus": {"maximumAvailable": self.bucket_size,
                                       "currentlyAvailable": round(self.available),
                                       "restoreRate": self.restore_rate}}}

            if cost > MAX_QUERY_COST:
                return {"errors": [{"message": f"Query cost is {cost}, which exceeds the single query "
                                               f"max cost limit ({MAX_QUERY_COST}).",
                                    "extensions": {"code": "MAX_COST_EXCEEDED", "cost": cost,
                                                   "maxCost": MAX_QUERY_COST}}],
                        "extensions": cost_extension(None)}
            if cost > self.available:
                self.throttled_answers += 1
                return {"errors": [{"message": "Throttled", "extensions": {
                    "code": "THROTTLED",
                    "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
                    "extensions": cost_extension(None)}
            self.requested_costs.append(cost)
            self.operations.append(query)
            root = {"orders": self._orders, "order": self._order, "locations": self._locations,
                    "fulfillmentOrder": self._fulfillment_order,
                    "fulfillmentOrderLineItemsPreparedForPickup": self._prepared_for_pickup,
                    "fulfillmentCreate": self._fulfillment_create, "refundCreate": self._refund_create,
                    "orderCapture": self._order_capture}
            result = graphql_sync(shopify_schema(), query, root_value=root, variable_values=variables,
                                  operation_name=body.get("operationName"))
            if result.errors:
                return {"errors": [{"message": e.message, "locations": [
                    {"line": loc.line, "column": loc.column} for loc in e.locations or []]}
                    for e in result.errors]}
            self.available -= cost
            return {"data": result.data, "extensions": cost_extension(cost)}


class _Handler(FakeHandler):
    fake: FakeShopify

    def _send(self, status: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        self._send_headers(status, "application/json; charset=utf-8", len(data), headers)
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_POST(self) -> None:
        fake = self.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path != GRAPHQL_PATH:
            self._send(404, b'{"errors":"Not Found"}')
            return
        fault = fake.faults.take("POST", self.path)
        if fault and fault.kind == "429":
            self._send(429, b'{"errors":"Exceeded 2 calls per second for api client. Reduce request '
                            b'rates to resume uninterrupted service."}', {"Retry-After": fault.retry_after})
            return
        if fault and fault.kind == "500":
            self._send(500, b'{"errors":"Internal Server Error"}')
            return
        if self.headers.get("X-Shopify-Access-Token") != fake.token:
            self._send(401, b'{"errors":"[API] Invalid API key or access token (unrecognized login or '
                            b'wrong password)"}')
            return
        try:
            body = json.loads(raw)
        except ValueError:
            self._send(400, b'{"errors":{"query":"Required parameter missing or invalid"}}')
            return
        is_mutation = str(body.get("query", "")).lstrip().startswith("mutation")
        if is_mutation and fake.user_error_mutations:
            message = fake.user_error_mutations.pop(0)
            self._send(200, json.dumps({"data": {"fulfillmentCreate": {"fulfillment": None, "userErrors": [
                {"field": ["fulfillment"], "message": message}]}}}).encode())
            return
        if is_mutation and fake.failing_mutations > 0:
            fake.failing_mutations -= 1
            fault = fault or Fault("internal", "", "", 1, "0")
        if fault and fault.kind == "internal":
            self._send(200, json.dumps({"errors": [{
                "message": "Internal error. Looks like something went wrong on our end.\nRequest ID: "
                           "1b355a21-7117-44c5-8d8b-8948082f40a8 (include this in support requests).",
                "extensions": {"code": "INTERNAL_SERVER_ERROR",
                               "requestId": "1b355a21-7117-44c5-8d8b-8948082f40a8"}}]}).encode())
            return
        if fault and fault.kind == "slow" and not str(body.get("query", "")).lstrip().startswith("mutation"):
            time.sleep(fake.slow_seconds)
        answer = json.dumps(fake.execute(body)).encode()
        if is_mutation and fake.slow_mutations > 0 or fault and fault.kind == "slow" and is_mutation:
            fake.slow_mutations = max(0, fake.slow_mutations - 1)
            time.sleep(fake.slow_seconds)  # carried out, answered late
        if fault and fault.kind == "reset" or (
                "orderCapture" in str(body.get("query", "")) and fake.drop_after_capture > 0):
            if not (fault and fault.kind == "reset"):
                fake.drop_after_capture -= 1  # captured, and the answer never leaves
            self._reset()
            return
        if fault and fault.kind == "malformed":
            answer = answer[: len(answer) // 2]
        self._send(200, answer)
