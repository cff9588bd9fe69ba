"""A Shopify store on 127.0.0.1: the GraphQL Admin API (2026-10), executed for real.

Requests to ``POST /admin/api/2026-10/graphql.json`` with ``X-Shopify-Access-Token`` are
validated and executed by graphql-core against Shopify's own published schema
(tests/data/shopify_admin_2026-10.json.gz), so a query the real API would reject is
rejected here too. Resolvers serve ``orders`` (cursor pagination, a small subset of the
search syntax: ``status:``, ``fulfillment_status:``, ``created_at:>=``, ``updated_at:>=``),
``order(id:)`` with ``lineItems``, ``fulfillments`` and ``fulfillmentOrders``, and the
``fulfillmentCreate`` mutation. Cost is computed with Shopify's documented rules (object 1,
connection 2 + first x node, mutation 10) against a leaky bucket, answering ``THROTTLED``
with ``extensions.cost.throttleStatus`` when it runs dry, ``MAX_COST_EXCEEDED`` over 1000.

Faults as in the WooCommerce fake: ``store.faults.add("429" | "500" | "slow" |
"malformed" | "reset", times=N)``.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
import time
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
from tests.helpers.fake_woocommerce import Faults

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


def shopify_order(
    legacy_id: int,
    *,
    lines: list[dict[str, Any]] | None = None,
    country: str = "US",
    note: str = "",
    attributes: dict[str, str] | None = None,
    created: str = "2026-11-26T08:00:00Z",
    status: str = "open",
) -> dict[str, Any]:
    return {
        "id": f"gid://shopify/Order/{legacy_id}",
        "legacyResourceId": str(legacy_id),
        "name": f"#{legacy_id}",
        "createdAt": created,
        "updatedAt": created,
        "cancelledAt": None,
        "closed": False,
        "note": note or None,
        "email": "emily@example.com",
        "currencyCode": "USD",
        "displayFulfillmentStatus": "UNFULFILLED",
        "customAttributes": [{"key": k, "value": v} for k, v in (attributes or {}).items()],
        "shippingAddress": {
            "name": "Emily Johnson", "firstName": "Emily", "lastName": "Johnson", "company": None,
            "address1": "742 Evergreen Terrace", "address2": None, "city": "Springfield",
            "zip": "62704", "province": "Illinois", "provinceCode": "IL",
            "countryCodeV2": country, "phone": None,
        },
        "shippingLine": {"title": "Express", "code": "EXPRESS"},
        "lines": lines if lines is not None else [shopify_line(1, "TEE-NAV-L")],
        "_status": status,
        "_fulfillment_orders": [{"id": f"gid://shopify/FulfillmentOrder/{legacy_id}1", "status": "OPEN"}],
        "_fulfillments": [],
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
        self.bucket_size = 2000.0
        self.restore_rate = 1000.0  # Shopify Plus; tests that throttle set it lower
        self.available = self.bucket_size
        self._refilled = time.monotonic()
        self.throttled_answers = 0
        self.requested_costs: list[int] = []
        self.operations: list[str] = []
        self.lock = threading.RLock()
        self._next_fulfillment = 1
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

    # --- resolvers ------------------------------------------------------------------

    def _node(self, order: dict[str, Any]) -> dict[str, Any]:
        node = {k: v for k, v in order.items() if not k.startswith("_") and k != "lines"}
        node["lineItems"] = lambda info, first=None, after=None, **_: _connection(order["lines"], first, after)
        node["fulfillmentOrders"] = lambda info, first=None, after=None, **_: _connection(
            order["_fulfillment_orders"], first, after)
        node["fulfillments"] = lambda info, first=None, **_: [
            {**f, "trackingInfo": (lambda info, first=None, _f=f, **__: _f["trackingInfo"][: first or 250])}
            for f in order["_fulfillments"][: first or 250]
        ]
        return node

    def _matches(self, order: dict[str, Any], search: str | None) -> bool:
        for term in (search or "").replace(" AND ", " ").split():
            name, _, value = term.partition(":")
            value = value.strip("'\"")
            if name == "status" and value == "open" and (order["_status"] != "open" or order["closed"]):
                return False
            if name == "status" and value == "cancelled" and not order["cancelledAt"]:
                return False
            if name == "fulfillment_status" and value == "unfulfilled" \
                    and order["displayFulfillmentStatus"] != "UNFULFILLED":
                return False
            if name in ("created_at", "updated_at") and value.startswith(">="):
                key = "createdAt" if name == "created_at" else "updatedAt"
                if order[key] < value[2:].strip("'\""):
                    return False
        return True

    def _orders(self, info: Any, first: int | None = None, after: str | None = None,
                query: str | None = None, **_: Any) -> dict[str, Any]:
        chosen = [self._node(o) for _, o in sorted(self.orders.items()) if self._matches(o, query)]
        return _connection(chosen, first, after)

    def _order(self, info: Any, id: str) -> dict[str, Any] | None:  # noqa: A002 - the API's name
        order = self.orders.get(int(id.rsplit("/", 1)[-1]))
        return self._node(order) if order else None

    def _fulfillment_create(self, info: Any, fulfillment: dict[str, Any], **_: Any) -> dict[str, Any]:
        wanted = [item["fulfillmentOrderId"] for item in fulfillment["lineItemsByFulfillmentOrder"]]
        owners = [(o, fo) for o in self.orders.values() for fo in o["_fulfillment_orders"] if fo["id"] in wanted]
        if len(owners) != len(wanted):
            return {"fulfillment": None, "userErrors": [
                {"field": ["fulfillment"], "message": "Fulfillment order does not exist."}]}
        for _order, fo in owners:
            if fo["status"] not in ("OPEN", "IN_PROGRESS"):
                return {"fulfillment": None, "userErrors": [
                    {"field": ["fulfillment"],
                     "message": f"Fulfillment order {fo['id'].rsplit('/', 1)[-1]} has an "
                                f"unfulfillable status= {fo['status'].lower()}."}]}
        tracking = fulfillment.get("trackingInfo") or {}
        created = {
            "id": f"gid://shopify/Fulfillment/{self._next_fulfillment}",
            "status": "SUCCESS",
            "createdAt": "2026-11-26T12:00:00Z",
            "trackingInfo": [{"company": tracking.get("company"), "number": tracking.get("number"),
                              "url": tracking.get("url")}],
            "notifyCustomer": bool(fulfillment.get("notifyCustomer")),
        }
        self._next_fulfillment += 1
        order = owners[0][0]
        order["_fulfillments"].append(created)
        for _order, fo in owners:
            fo["status"] = "CLOSED"
        order["displayFulfillmentStatus"] = "FULFILLED"
        return {"fulfillment": {**created, "trackingInfo": lambda info, first=None, **_: created["trackingInfo"]},
                "userErrors": []}

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
            root = {"orders": self._orders, "order": self._order,
                    "fulfillmentCreate": self._fulfillment_create}
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
        if fault and fault.kind == "slow" and not str(body.get("query", "")).lstrip().startswith("mutation"):
            time.sleep(fake.slow_seconds)
        answer = json.dumps(fake.execute(body)).encode()
        is_mutation = str(body.get("query", "")).lstrip().startswith("mutation")
        if is_mutation and fake.slow_mutations > 0 or fault and fault.kind == "slow" and is_mutation:
            fake.slow_mutations = max(0, fake.slow_mutations - 1)
            time.sleep(fake.slow_seconds)  # carried out, answered late
        if fault and fault.kind == "reset":
            self._reset()
            return
        if fault and fault.kind == "malformed":
            answer = answer[: len(answer) // 2]
        self._send(200, answer)
