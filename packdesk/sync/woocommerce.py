"""WooCommerce REST API v3: pulling `processing` orders, pushing `completed` + tracking note.

Source name: ``woocommerce:<host[:port][/path]>`` (the whole base URL: two shops on one host
are two sources). Credentials: consumer key and secret, sent
as HTTP Basic over HTTPS (``credentials.woocommerce_credentials``).

- Orders: ``GET /wp-json/wc/v3/orders?status=processing&per_page=100&page=N``, following
  ``X-WP-TotalPages``; with ``since``, ``after=<since>`` (created after). Then ``on-hold``
  orders whose card charge is authorised only (captured at ship:
  ``sync/woocommerce_payments.py``); other on-hold orders wait at the store.
- Cancellations: ``status=cancelled&modified_after=<since, or 14 days back>``.
- Products and variations (``/products/{id}``, ``/products/{id}/variations/{vid}``) are
  fetched once per connector and cached: barcode from ``global_unique_id`` or a
  configurable meta key, attributes from the variation.
- Gift message: the order meta key ``gift_meta_key`` (default ``gift_message``).
- Shipped: ``POST /orders/{id}/notes`` with ``customer_note: true`` (the customer gets
  the tracking link by e-mail), then ``PUT /orders/{id}`` ``{"status": "completed"}``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from packdesk.domain.model import Address, Order, OrderLine, normalize_attributes, whole_quantity
from packdesk.services.outbox import carrier_table
from packdesk.services.payments import CaptureRequest, PaymentState

from . import woocommerce_payments
from .base import CancelledAtStore, PulledItem, parse_or_quarantine, source_name, store_place
from .credentials import Secret
from .http import RequestRefused, RetryPolicy, StoreHttp, SyncError, UncertainOutcome

log = logging.getLogger(__name__)

API = "wp-json/wc/v3"
MAX_PAGES = 1000  # 100,000 orders: far beyond a day's work, a bound on a misbehaving store
PAGE_OVERLAP = 5  # orders each request repeats of the previous one (see WooCommerceStore._pages)
MAX_STEP_BACKS = 50
CANCEL_LOOKBACK = timedelta(days=14)


def woocommerce_source(url: str) -> str:
    return source_name("woocommerce", store_place(url))


def _iso(moment: datetime) -> str:
    return moment.replace(tzinfo=None, microsecond=0).isoformat()


def _parse_time(text: str | None) -> datetime:
    if not text:
        raise ValueError("the order has no creation date")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


class WooCommerceStore:
    """Pulls orders from, and pushes shipments to, one WooCommerce store."""

    def __init__(
        self,
        url: str,
        key: Secret,
        secret: Secret,
        *,
        gift_meta_key: str = "gift_message",
        barcode_meta_key: str = "",
        per_page: int = 100,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.http = StoreHttp(url, auth=(key.reveal(), secret.reveal()), policy=policy)
        self.url = self.http.base_url
        self.source = woocommerce_source(self.url)
        self.destination = self.source
        self.gift_meta_key = gift_meta_key
        self.barcode_meta_key = barcode_meta_key
        self.per_page = max(1, min(100, per_page))
        self._catalogue: dict[tuple[int, int], dict[str, Any]] = {}

    def settings(self) -> dict[str, Any]:
        return {
            "kind": "woocommerce",
            "url": self.url,
            "gift_meta_key": self.gift_meta_key,
            "barcode_meta_key": self.barcode_meta_key,
        }

    # --- pulling ------------------------------------------------------------------

    def _pages(self, params: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """The list in id order, each order once, even while the shop changes it.

        Paging by page number skips orders when one on an earlier page leaves the list
        (completed by the back office mid-pull): everything after it moves up a place.
        So each request overlaps the previous one by ``PAGE_OVERLAP`` orders and starts
        from an offset; if its first order is past the last one seen, more than the
        overlap moved and the request steps back until it overlaps again. New orders
        (higher ids) only add to the end; an order that came back to the list is met twice
        and given once.
        """
        overlap = min(PAGE_OVERLAP, self.per_page - 1)
        seen: set[object] = set()
        last_id: int | None = None
        offset = 0
        step_backs = 0
        for _ in range(MAX_PAGES + MAX_STEP_BACKS):
            body, _response = self.http.request_json(
                "GET", f"{API}/orders", params={**params, "per_page": self.per_page, "offset": offset}
            )
            if not isinstance(body, list):
                raise SyncError(f"{self.url}: the order list is not a list")
            first_id = _order_id(body[0]) if body else None
            if (
                overlap > 0 and offset > 0 and last_id is not None and first_id is not None and first_id > last_id
                and step_backs < MAX_STEP_BACKS
            ):
                step_backs += 1
                offset = max(0, offset - self.per_page)
                continue
            fresh = [p for p in body if _order_id(p) not in seen or _order_id(p) is None]
            seen.update(_order_id(p) for p in body)
            ids = [i for i in (_order_id(p) for p in body) if i is not None]
            if ids:
                last_id = max(ids) if last_id is None else max(last_id, *ids)
            if fresh:
                yield fresh
            if len(body) < self.per_page:
                return
            offset += len(body) - overlap
        log.warning("%s: stopped after %d requests of the order list", self.url, MAX_PAGES)

    def fetch_orders(self, since: datetime | None = None) -> Iterator[PulledItem]:
        params: dict[str, Any] = {"status": "processing", "orderby": "id", "order": "asc"}
        if since:
            params["after"] = _iso(since)
        for page in self._pages(params):
            for payload in page:
                external_id = str(payload.get("id", "")) if isinstance(payload, dict) else None
                yield parse_or_quarantine(self.source, external_id, payload, self.parse_order)
        # On hold with a card charge authorised only: packed, and captured when it ships.
        for page in self._pages({**params, "status": "on-hold"}):
            for payload in page:
                if isinstance(payload, dict) and woocommerce_payments.authorised(payload):
                    yield parse_or_quarantine(self.source, str(payload.get("id", "")), payload,
                                              self.parse_order)
        cancelled_since = since or datetime.now(UTC) - CANCEL_LOOKBACK
        cancel_params = {"status": "cancelled", "orderby": "id", "order": "asc",
                         "modified_after": _iso(cancelled_since)}
        for page in self._pages(cancel_params):
            for payload in page:
                if isinstance(payload, dict) and payload.get("id") is not None:
                    yield CancelledAtStore(self.source, str(payload["id"]), str(payload.get("number", "")))

    def _catalogue_entry(self, product_id: int, variation_id: int) -> dict[str, Any]:
        """The product or variation, fetched once; {} when the store no longer has it."""
        key = (product_id, variation_id)
        if key not in self._catalogue:
            path = (
                f"{API}/products/{product_id}/variations/{variation_id}"
                if variation_id
                else f"{API}/products/{product_id}"
            )
            try:
                body, _ = self.http.request_json("GET", path)
            except RequestRefused as exc:
                log.info("product %s of %s: %s", key, self.source, exc)
                body = {}
            self._catalogue[key] = body if isinstance(body, dict) else {}
        return self._catalogue[key]

    def _barcode(self, entry: dict[str, Any]) -> str:
        if self.barcode_meta_key:
            for meta in entry.get("meta_data") or []:
                if meta.get("key") == self.barcode_meta_key and meta.get("value"):
                    return str(meta["value"]).strip()
        return str(entry.get("global_unique_id") or "").strip()

    def _line(self, item: dict[str, Any]) -> OrderLine:
        product_id = int(item.get("product_id") or 0)
        variation_id = int(item.get("variation_id") or 0)
        entry = self._catalogue_entry(product_id, variation_id) if product_id else {}
        attributes: dict[str, str] = {
            str(a.get("name", "")): str(a.get("option", ""))
            for a in entry.get("attributes") or []
            if isinstance(a, dict) and a.get("option")
        }
        properties: dict[str, str] = {}
        for meta in item.get("meta_data") or []:
            key = str(meta.get("key", ""))
            if not key or key.startswith("_"):
                continue  # WooCommerce's and plugins' internal values
            value = meta.get("display_value", meta.get("value"))
            if not isinstance(value, str | int | float):
                continue
            display_key = str(meta.get("display_key") or key)
            if key.startswith("pa_") or key.lower() in ("color", "colour", "size"):
                attributes[key] = str(value)
            elif any(display_key.lower() == name.lower() for name in attributes):
                attributes[display_key] = str(value)
            else:
                properties[display_key] = str(value)
        sku = str(item.get("sku") or entry.get("sku") or "").strip()
        return OrderLine(
            sku=sku,
            quantity=whole_quantity(item["quantity"], sku),
            name=str(item.get("name", "")),
            attributes=normalize_attributes(attributes),
            unit_price=str(item.get("price", "")),
            properties=properties,
            barcode=self._barcode(entry),
            image_url=str((item.get("image") or {}).get("src") or "").strip(),
        )

    def parse_order(self, payload: dict[str, Any]) -> Order:
        shipping = payload.get("shipping") or {}
        billing = payload.get("billing") or {}
        meta = {str(m.get("key")): m.get("value") for m in payload.get("meta_data") or []}
        gift_message = str(meta.get(self.gift_meta_key) or "").strip()
        methods = [str(s.get("method_title", "")) for s in payload.get("shipping_lines") or []]
        return Order(
            source=self.source,
            external_id=str(payload["id"]),
            number=f"#{payload.get('number') or payload['id']}",
            placed_at=_parse_time(payload.get("date_created_gmt") or payload.get("date_created")),
            ship_to=Address(
                name=" ".join(p for p in (shipping.get("first_name"), shipping.get("last_name")) if p),
                company=str(shipping.get("company") or ""),
                line1=str(shipping.get("address_1") or ""),
                line2=str(shipping.get("address_2") or ""),
                city=str(shipping.get("city") or ""),
                region=str(shipping.get("state") or ""),
                postal_code=str(shipping.get("postcode") or ""),
                country=str(shipping.get("country") or "").upper(),
                phone=str(shipping.get("phone") or billing.get("phone") or ""),
                email=str(billing.get("email") or ""),
            ),
            lines=[self._line(item) for item in payload.get("line_items") or []],
            shipping_method=", ".join(m for m in methods if m) or "standard",
            customer_note=str(payload.get("customer_note") or ""),
            gift=bool(gift_message),
            gift_message=gift_message,
            currency=str(payload.get("currency") or ""),
            payment=woocommerce_payments.payment_of(payload),
        )

    # --- the payment, captured at ship (services.payments.PaymentGateway) ---------

    def payment_state(self, request: CaptureRequest) -> PaymentState:
        return woocommerce_payments.payment_state(self.http, request)

    def capture(self, request: CaptureRequest) -> str:
        return woocommerce_payments.capture(self.http, request)

    # --- pushing ------------------------------------------------------------------

    def _tracking_note(self, payload: dict[str, Any]) -> str:
        carrier = carrier_table().get(str(payload.get("carrier", "")).lower())
        carrier_name = carrier.name if carrier else str(payload.get("carrier", ""))
        service = str(payload.get("service") or "")
        text = (
            f"Your order has shipped with {carrier_name}{' ' + service if service else ''}. "
            f"Tracking number: {payload['tracking_number']}."
        )
        if payload.get("tracking_url"):
            text += f" Track your parcel: {payload['tracking_url']}"
        return text

    def find_tracking_note(self, order_id: str, tracking_number: str) -> str | None:
        notes, _ = self.http.request_json("GET", f"{API}/orders/{order_id}/notes")
        for note in notes if isinstance(notes, list) else []:
            if tracking_number and tracking_number in str(note.get("note", "")):
                return f"note:{note.get('id')}"
        return None

    def push_shipped(self, payload: dict[str, Any], *, check_first: bool) -> str:
        order_id = str(payload["external_id"])
        reference = (
            self.find_tracking_note(order_id, str(payload["tracking_number"])) if check_first else None
        )
        if reference is None:
            note, _ = self.http.request_json(
                "POST",
                f"{API}/orders/{order_id}/notes",
                json={"note": self._tracking_note(payload), "customer_note": True},
                idempotent=False,
            )
            reference = f"note:{note.get('id') if isinstance(note, dict) else '?'}"
        # Setting the status is idempotent: safe to repeat after any failure.
        self.http.request_json("PUT", f"{API}/orders/{order_id}", json={"status": "completed"})
        return reference

    # --- refunds --------------------------------------------------------------------

    def find_refund(self, order_id: str, key: str) -> str | None:
        """The refund an earlier attempt created for ``key`` (its ``packdesk_refund`` meta)."""
        refunds, _ = self.http.request_json("GET", f"{API}/orders/{order_id}/refunds",
                                            params={"per_page": 100})
        for refund in refunds if isinstance(refunds, list) else []:
            for meta in refund.get("meta_data") or []:
                if meta.get("key") == REFUND_META and str(meta.get("value")) == key:
                    return f"refund:{refund.get('id')}"
        return None

    @staticmethod
    def _refund_lines(order: dict[str, Any], lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Our returned lines as the store's line items (matched by SKU, then position)."""
        items = [item for item in order.get("line_items") or [] if isinstance(item, dict)]
        used: set[int] = set()
        result = []
        for line in lines:
            match = next((item for item in items if id(item) not in used
                          and str(item.get("sku") or "") == line["sku"]), None)
            position = line.get("position")
            if match is None and isinstance(position, int) and 0 <= position < len(items):
                match = items[position]
            if match is None:
                raise RequestRefused(404, f"the store's order has no line with SKU {line['sku']}")
            used.add(id(match))
            result.append({"id": match["id"], "quantity": int(line["quantity"]),
                           "refund_total": str(line["refund_total"])})
        return result

    def push_refund(self, payload: dict[str, Any], *, check_first: bool) -> str:
        """``POST /orders/{id}/refunds`` once: an earlier attempt's refund is found by its meta.

        WooCommerce answers a refund it will not make (more than is left to refund) with a
        500 and ``woocommerce_rest_cannot_create_order_refund``: nothing was created, so
        that answer is a refusal with the store's words, not an unknown outcome.
        """
        order_id = str(payload["external_id"])
        key = str(payload["idempotency_key"])
        if check_first:
            found = self.find_refund(order_id, key)
            if found is not None:
                return found
        order, _ = self.http.request_json("GET", f"{API}/orders/{order_id}")
        body = {
            "amount": str(payload["amount"]),
            "reason": str(payload.get("reason") or ""),
            "api_refund": bool(payload.get("api_refund", True)),
            "line_items": self._refund_lines(order if isinstance(order, dict) else {},
                                             list(payload.get("line_items") or [])),
            "meta_data": [{"key": REFUND_META, "value": key}],
        }
        try:
            refund, _ = self.http.request_json("POST", f"{API}/orders/{order_id}/refunds", json=body,
                                               idempotent=False)
        except UncertainOutcome as exc:
            answer = exc.answer if isinstance(exc.answer, dict) else {}
            if answer.get("code") == "woocommerce_rest_cannot_create_order_refund":
                raise RequestRefused(500, str(answer.get("message") or "refund refused")) from exc
            raise
        return f"refund:{refund.get('id') if isinstance(refund, dict) else '?'}"


REFUND_META = "packdesk_refund"


def _order_id(payload: object) -> int | None:
    if isinstance(payload, dict):
        try:
            return int(payload.get("id"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
    return None
