"""A WooCommerce store on 127.0.0.1: a real HTTP server with REST API v3's shapes.

Implements what packdesk uses, as documented at woocommerce.github.io/woocommerce-rest-api-docs:
``GET /wp-json/wc/v3/orders`` (``status`` comma list, ``page``, ``per_page`` 1..100,
``after``, ``modified_after``, ``X-WP-Total``/``X-WP-TotalPages``), ``GET/PUT
/orders/{id}``, ``GET/POST /orders/{id}/notes``, ``GET /products/{id}``, ``GET
/products/{id}/variations/{vid}``, ``GET/POST /orders/{id}/refunds`` (a refund above what
is left to refund is refused as WooCommerce does: 500 ``woocommerce_rest_cannot_create_order_refund``
"Invalid refund amount.", nothing created); HTTP Basic auth with the consumer key and secret;
errors as ``{"code", "message", "data": {"status"}}``.

Faults are switched on per request: ``store.faults.add("429", path="/orders", times=2)``.
Kinds: ``429`` (with Retry-After), ``500``, ``slow`` (answer after ``slow_seconds``;
a write is carried out first, as a store that commits and then answers late),
``malformed`` (truncated JSON), ``reset`` (connection reset; a write is carried out first).
"""

from __future__ import annotations

import base64
import json
import math
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.helpers.fake_http import FakeHandler, FakeServer

API = "/wp-json/wc/v3"


@dataclass
class Fault:
    kind: str
    path: str = ""
    method: str = ""
    times: int = 1
    retry_after: str = "0"


@dataclass
class Faults:
    items: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, *, path: str = "", method: str = "", times: int = 1,
            retry_after: str = "0") -> None:
        with self.lock:
            self.items.append(Fault(kind, path, method.upper(), times, retry_after))

    def take(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.items:
                if path.find(fault.path) >= 0 and fault.method in ("", method):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.items.remove(fault)
                    return fault
        return None


def wc_order(
    order_id: int,
    *,
    status: str = "processing",
    lines: list[dict[str, Any]] | None = None,
    country: str = "NO",
    note: str = "",
    gift_message: str = "",
    created: str = "2026-11-26T08:00:00",
    modified: str = "2026-11-26T08:00:00",
    authorised: bool = False,
) -> dict[str, Any]:
    """An order as WooCommerce's API returns it (the fields packdesk reads, and some more).

    ``authorised``: paid by card with WooCommerce Stripe's "authorise only": on hold, not
    paid, its charge not captured (the gateway captures when the order leaves on-hold)."""
    order = {
        "id": order_id,
        "parent_id": 0,
        "number": str(order_id),
        "order_key": f"wc_order_{order_id}",
        "status": status,
        "currency": "NOK",
        "date_created": created,
        "date_created_gmt": created,
        "date_modified": modified,
        "date_modified_gmt": modified,
        "total": "499.00",
        "customer_id": 0,
        "customer_note": note,
        "billing": {"first_name": "Kari", "last_name": "Nordmann", "email": "kari@example.com",
                    "phone": "+47 900 00 000", "country": country},
        "shipping": {"first_name": "Kari", "last_name": "Nordmann", "company": "",
                     "address_1": "Storgata 1", "address_2": "", "city": "Oslo", "state": "",
                     "postcode": "0155", "country": country, "phone": ""},
        "payment_method": "stripe",
        "meta_data": [{"id": 1, "key": "gift_message", "value": gift_message}] if gift_message else [],
        "line_items": lines if lines is not None else [wc_line(1, 10, 11, "TEE-NAV-L")],
        "shipping_lines": [{"id": 1, "method_title": "Flat rate", "method_id": "flat_rate", "total": "49.00"}],
        "payment_method_title": "Credit card (Stripe)",
        "transaction_id": f"ch_{order_id}",
        "date_paid": created, "date_paid_gmt": created,
    }
    if authorised:
        order.update(status="on-hold", date_paid=None, date_paid_gmt=None)
        order["meta_data"] = [*order["meta_data"], {"id": 2, "key": "_stripe_charge_captured", "value": "no"}]
    return order


def wc_line(line_id: int, product_id: int, variation_id: int, sku: str, quantity: int = 1,
            meta: list[dict[str, Any]] | None = None, image: str = "") -> dict[str, Any]:
    return {
        "image": {"id": product_id * 100 + variation_id if image else "", "src": image},
        "id": line_id,
        "name": "Organic cotton T-shirt - Navy, L",
        "product_id": product_id,
        "variation_id": variation_id,
        "quantity": quantity,
        "sku": sku,
        "price": 199,
        "subtotal": "199.00",
        "total": "199.00",
        "meta_data": meta if meta is not None else [
            {"id": 101, "key": "pa_color", "value": "navy", "display_key": "Color", "display_value": "Navy"},
            {"id": 102, "key": "pa_size", "value": "l", "display_key": "Size", "display_value": "L"},
            {"id": 103, "key": "_reduced_stock", "value": "1", "display_key": "_reduced_stock",
             "display_value": "1"},
        ],
    }


class _DropConnection(Exception):
    """Carried out, but the connection drops before the answer."""


class FakeWooCommerce(FakeServer):
    def __init__(self, key: str = "ck_test", secret: str = "cs_test") -> None:
        self.key, self.secret = key, secret
        self.orders: dict[int, dict[str, Any]] = {}
        self.products: dict[int, dict[str, Any]] = {}
        self.variations: dict[tuple[int, int], dict[str, Any]] = {}
        self.notes: dict[int, list[dict[str, Any]]] = {}
        self.refunds: dict[int, list[dict[str, Any]]] = {}
        self._next_refund = 9001
        self.requests: list[tuple[str, str]] = []  # (method, path?query)
        self.faults = Faults()
        self.slow_seconds = 3.0
        self.lock = threading.RLock()
        self._next_note = 1
        self._server: ThreadingHTTPServer | None = None
        self.captures: dict[int, int] = {}  # order id -> charges captured by the gateway
        self.capture_refusals: dict[int, str] = {}  # order id -> "declined" | "expired"
        self.drop_after_capture = 0  # the next N captures are made, then the connection drops

    # --- running ------------------------------------------------------------------

    def start(self) -> FakeWooCommerce:
        return self.serve(_Handler)

    # --- what the store knows -------------------------------------------------------

    def add_order(self, order: dict[str, Any]) -> None:
        with self.lock:
            self.orders[order["id"]] = order

    def add_variation(self, product_id: int, variation_id: int, *, sku: str, gtin: str = "",
                      attributes: dict[str, str] | None = None) -> None:
        with self.lock:
            self.products.setdefault(product_id, {"id": product_id, "name": f"Product {product_id}",
                                                  "type": "variable", "sku": "", "meta_data": []})
            self.variations[(product_id, variation_id)] = {
                "id": variation_id, "sku": sku, "global_unique_id": gtin, "meta_data": [],
                "attributes": [{"id": 1, "name": n, "option": v} for n, v in (attributes or {}).items()],
            }

    def notes_with(self, text: str) -> dict[int, int]:
        """Per order id, how many notes contain ``text``."""
        with self.lock:
            return {oid: sum(text in n["note"] for n in notes) for oid, notes in self.notes.items()}

    def add_refund(self, order_id: int, amount: str, reason: str = "") -> dict[str, Any]:
        """A refund made at the store (in its admin), as the API would record it."""
        with self.lock:
            refund = {"id": self._next_refund, "date_created": "2026-11-26T12:00:00", "amount": amount,
                      "reason": reason, "refunded_by": 1, "refunded_payment": False,
                      "meta_data": [], "line_items": [], "api_refund": False}
            self._next_refund += 1
            self.refunds.setdefault(order_id, []).append(refund)
            self.orders[order_id].setdefault("refunds", []).append(
                {"id": refund["id"], "reason": reason, "total": f"-{amount}"})
            return refund

    def refunds_with(self, key: str) -> dict[int, int]:
        """Per order id, how many refunds carry packdesk's key ``key`` in their meta."""
        with self.lock:
            return {oid: sum(any(m.get("value") == key for m in r["meta_data"]) for r in refunds)
                    for oid, refunds in self.refunds.items()}

    def count(self, method: str, path_part: str) -> int:
        with self.lock:
            return sum(1 for m, p in self.requests if m == method and path_part in p)


def _json_bytes(body: Any) -> bytes:
    return json.dumps(body).encode()


class _Handler(FakeHandler):
    fake: FakeWooCommerce

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    # --- plumbing ---------------------------------------------------------------------

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None,
              raw: bytes | None = None) -> None:
        data = raw if raw is not None else _json_bytes(body)
        self._send_headers(status, "application/json; charset=UTF-8", len(data), headers)
        self.wfile.write(data)

    def _error(self, status: int, code: str, message: str) -> None:
        self._send(status, {"code": code, "message": message, "data": {"status": status}})

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return (user, password) == (self.fake.key, self.fake.secret)

    def _serve(self, method: str) -> None:
        fake = self.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw_body = self.rfile.read(length) if length else b""
        with fake.lock:
            fake.requests.append((method, self.path))
        parts = urlsplit(self.path)
        fault = fake.faults.take(method, parts.path)
        if fault and fault.kind == "429":
            self._error_with_headers(429, fault.retry_after)
            return
        if fault and fault.kind == "500":
            self._error(500, "internal_server_error", "There has been a critical error on this website.")
            return
        if not self._authorized():
            self._error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
            return
        if fault and fault.kind == "slow" and method == "GET":
            time.sleep(fake.slow_seconds)
        try:
            status, body, headers = self._route(method, parts.path, parse_qs(parts.query), raw_body)
        except _DropConnection:
            self._reset()  # carried out; the answer never leaves
            return
        if fault and fault.kind == "slow" and method != "GET":
            time.sleep(fake.slow_seconds)  # carried out, answered late
        if fault and fault.kind == "reset":
            self._reset()
            return
        if fault and fault.kind == "malformed":
            self._send(status, None, headers, raw=_json_bytes(body)[: max(1, len(_json_bytes(body)) // 2)])
            return
        try:
            self._send(status, body, headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting

    def _gateway_captures(self, order: dict[str, Any]) -> None:
        """WooCommerce Stripe: an authorised charge is captured as the order leaves on-hold;
        a refused capture fails the order with a note saying why."""
        fake = self.fake
        meta = {m["key"]: m for m in order["meta_data"]}
        if "_stripe_charge_captured" not in meta or meta["_stripe_charge_captured"]["value"] != "no":
            return
        refusal = fake.capture_refusals.get(order["id"])
        if refusal:
            order["status"] = "failed"
            why = ("The authorization has expired." if refusal == "expired"
                   else "Your card was declined.")
            note = {"id": fake._next_note, "author": "WooCommerce", "date_created": "2026-11-26T12:00:00",
                    "note": f"Unable to capture charge! {why}", "customer_note": False}
            fake._next_note += 1
            fake.notes.setdefault(order["id"], []).append(note)
            return
        meta["_stripe_charge_captured"]["value"] = "yes"
        order["date_paid"] = order["date_paid_gmt"] = "2026-11-26T12:00:00"
        fake.captures[order["id"]] = fake.captures.get(order["id"], 0) + 1
        if fake.drop_after_capture > 0:
            fake.drop_after_capture -= 1
            raise _DropConnection

    def _error_with_headers(self, status: int, retry_after: str) -> None:
        self._send(status, {"code": "too_many_requests", "message": "Too many requests.",
                            "data": {"status": status}}, {"Retry-After": retry_after})

    def _route(self, method: str, path: str, query: dict[str, list[str]], raw_body: bytes
               ) -> tuple[int, Any, dict[str, str]]:
        fake = self.fake
        if not path.startswith(API + "/"):
            return 404, {"code": "rest_no_route", "message": "No route was found matching the URL and request method.",
                         "data": {"status": 404}}, {}
        segments = path[len(API) + 1:].strip("/").split("/")
        try:
            body = json.loads(raw_body) if raw_body else {}
        except ValueError:
            return 400, {"code": "rest_invalid_json", "message": "Invalid JSON body passed.",
                         "data": {"status": 400}}, {}
        with fake.lock:
            if segments == ["orders"] and method == "GET":
                return self._list_orders(query)
            if len(segments) >= 2 and segments[0] == "orders":
                order = fake.orders.get(int(segments[1])) if segments[1].isdigit() else None
                if order is None:
                    return 404, {"code": "woocommerce_rest_shop_order_invalid_id", "message": "Invalid ID.",
                                 "data": {"status": 404}}, {}
                if len(segments) == 2 and method == "GET":
                    return 200, order, {}
                if len(segments) == 2 and method == "PUT":
                    if "status" in body:
                        leaving_hold = order["status"] == "on-hold" and body["status"] in (
                            "processing", "completed")
                        order["status"] = body["status"]
                        order["date_modified_gmt"] = datetime.now().replace(microsecond=0).isoformat()
                        if leaving_hold:
                            self._gateway_captures(order)
                    return 200, order, {}
                if segments[2:] == ["notes"] and method == "GET":
                    return 200, list(reversed(fake.notes.get(order["id"], []))), {}
                if segments[2:] == ["notes"] and method == "POST":
                    if not body.get("note"):
                        return 400, {"code": "rest_missing_callback_param", "message": "Missing parameter(s): note",
                                     "data": {"status": 400}}, {}
                    note = {"id": fake._next_note, "author": "WooCommerce", "date_created": "2026-11-26T12:00:00",
                            "note": body["note"], "customer_note": bool(body.get("customer_note"))}
                    fake._next_note += 1
                    fake.notes.setdefault(order["id"], []).append(note)
                    return 201, note, {}
                if segments[2:] == ["refunds"] and method == "GET":
                    return 200, list(reversed(fake.refunds.get(order["id"], []))), {}
                if segments[2:] == ["refunds"] and method == "POST":
                    return self._create_refund(order, body)
            if segments[0] == "products" and len(segments) in (2, 4):
                if len(segments) == 2:
                    product = fake.products.get(int(segments[1]))
                else:
                    product = fake.variations.get((int(segments[1]), int(segments[3])))
                if product is None:
                    return 404, {"code": "woocommerce_rest_product_invalid_id", "message": "Invalid ID.",
                                 "data": {"status": 404}}, {}
                return 200, product, {}
        return 404, {"code": "rest_no_route", "message": "No route was found matching the URL and request method.",
                     "data": {"status": 404}}, {}

    def _create_refund(self, order: dict[str, Any], body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        fake = self.fake
        try:
            amount = Decimal(str(body.get("amount", "0")))
        except InvalidOperation:
            amount = Decimal("-1")
        if amount < 0:
            return 400, {"code": "woocommerce_rest_invalid_order_refund",
                         "message": "Refund amount must be greater than zero.", "data": {"status": 400}}, {}
        refunded = sum((Decimal(r["amount"]) for r in fake.refunds.get(order["id"], [])), Decimal("0"))
        if amount > Decimal(order["total"]) - refunded:
            return 500, {"code": "woocommerce_rest_cannot_create_order_refund",
                         "message": "Invalid refund amount.", "data": {"status": 500}}, {}
        refund = {"id": fake._next_refund, "date_created": "2026-11-26T12:00:00",
                  "amount": f"{amount:.2f}", "reason": str(body.get("reason") or ""),
                  "refunded_by": 1, "refunded_payment": bool(body.get("api_refund", True)),
                  "meta_data": [{"id": fake._next_refund * 10, **m} for m in body.get("meta_data") or []],
                  "line_items": [{"id": fake._next_refund * 10 + i, "name": "", "product_id": 0,
                                  "quantity": -int(li.get("quantity", 0)),
                                  "total": f"-{Decimal(str(li.get('refund_total', '0'))):.2f}",
                                  "meta_data": [{"key": "_refunded_item_id", "value": str(li.get("id"))}]}
                                 for i, li in enumerate(body.get("line_items") or [])],
                  "api_refund": bool(body.get("api_refund", True))}
        fake._next_refund += 1
        fake.refunds.setdefault(order["id"], []).append(refund)
        order.setdefault("refunds", []).append({"id": refund["id"], "reason": refund["reason"],
                                                "total": f"-{refund['amount']}"})
        return 201, refund, {}

    def _list_orders(self, query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        per_page = int(query.get("per_page", ["10"])[0])
        page = int(query.get("page", ["1"])[0])
        if not 1 <= per_page <= 100:
            return 400, {"code": "rest_invalid_param", "message": "Invalid parameter(s): per_page",
                         "data": {"status": 400, "params": {
                             "per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"}}}, {}
        statuses = set(",".join(query.get("status", ["any"])).split(","))
        orders = sorted(self.fake.orders.values(), key=lambda o: o["id"])
        if "any" not in statuses:
            orders = [o for o in orders if o["status"] in statuses]
        if "after" in query:
            orders = [o for o in orders if o["date_created_gmt"] > query["after"][0]]
        if "modified_after" in query:
            orders = [o for o in orders if o["date_modified_gmt"] > query["modified_after"][0]]
        total = len(orders)
        pages = max(1, math.ceil(total / per_page))
        # WooCommerce: "offset" (items to skip) takes precedence over "page".
        offset = query.get("offset")
        start = int(offset[0]) if offset else (page - 1) * per_page
        chunk = orders[start: start + per_page]
        return 200, chunk, {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}


class FakeWooCommerceHost(FakeServer):
    """Several WooCommerce shops on one host, each under its own path (a WordPress
    multisite: ``http://127.0.0.1:PORT/no`` and ``.../se``), each with its own keys."""

    def __init__(self, shops: dict[str, FakeWooCommerce]) -> None:
        self.shops = shops  # path ("/no") -> the shop answering under it
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> FakeWooCommerceHost:
        return self.serve(_HostHandler)

    def shop_url(self, path: str) -> str:
        return self.url + path


class _HostHandler(_Handler):
    def _serve(self, method: str) -> None:
        host: FakeWooCommerceHost = type(self).fake  # type: ignore[assignment]
        for prefix, shop in host.shops.items():
            if self.path.startswith(prefix + "/"):
                self.fake = shop
                self.path = self.path[len(prefix):]
                super()._serve(method)
                return
        self._error(404, "rest_no_route", "No route was found matching the URL and request method.")
