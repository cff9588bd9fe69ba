"""A fake DHL Express MyDHL API (REST, JSON) on 127.0.0.1, shaped after its documented calls.

``POST /rates`` (``customerDetails``, ``packages``, ``plannedShippingDateAndTime``) answers
``{"products": [{"productName", "productCode", "totalPrice": [{"currencyType": "BILLC",
"priceCurrency", "price"}], "deliveryCapabilities": {"totalTransitDays"}}]}``;
``POST /shipments`` creates the shipment and its waybill at once (DHL Express has no
separate "buy": this is the purchase) and answers ``{"shipmentTrackingNumber", "trackingUrl",
"packages", "documents": [{"typeCode": "label", "imageFormat", "content": base64}],
"shipmentCharges"}``; ``GET /tracking?shipmentReference=...`` finds shipments by the
customer reference (``{"shipments": [{"shipmentTrackingNumber", ...}]}``, 404 when none);
``GET /shipments/{number}/get-image?typeCode=label`` answers the label again. Errors answer
``{"instance", "detail", "title", "message", "status"}`` with DHL's statuses (400 for an
address it cannot serve, 401 for bad credentials). Basic authentication is required.

Trouble on demand: ``drop_after_buy`` creates (charges) the shipment, then resets the
connection before the answer; ``stall_rates`` makes rates answer after ``stall_seconds``.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from tests.helpers.fake_http import FakeHandler, FakeServer

PRODUCTS = [  # code, name, price (EUR), transit days
    ("P", "EXPRESS WORLDWIDE", "48.20", 2),
    ("T", "EXPRESS 12:00", "61.90", 1),
    ("8", "EXPRESS EASY", "39.75", 3),
]
USER, PASSWORD = "packdesk", "s3cret"


def awb(serial: int) -> str:
    """A 10-digit DHL Express waybill number with its mod-7 check digit."""
    body = f"{serial:09d}"
    return body + str(int(body) % 7)


class FakeMyDHL(FakeServer):
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.shipments: dict[str, dict[str, Any]] = {}  # waybill -> what was created
        self.requests: list[tuple[str, str, Any]] = []
        self.drop_after_buy = 0
        self.stall_rates = False
        self.stall_seconds = 3.0
        self._numbers = itertools.count(512_000_001)

    def start(self) -> Self:
        return self.serve(_Handler)

    @property
    def api_base(self) -> str:
        return f"{self.url}/mydhlapi/test"

    # --- the API ----------------------------------------------------------------------

    def rates(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        receiver = ((body.get("customerDetails") or {}).get("receiverDetails") or {})
        if not receiver.get("postalCode") or receiver.get("postalCode") == "00000":
            return 400, _error("/mydhlapi/rates", "998: Invalid postal code for the destination",
                               "Product not found")
        return 200, {"products": [
            {"productName": name, "productCode": code, "localProductCode": code,
             "totalPrice": [{"currencyType": "BILLC", "priceCurrency": "EUR", "price": float(price)}],
             "deliveryCapabilities": {"totalTransitDays": days}}
            for code, name, price, days in PRODUCTS
        ]}

    def create(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        receiver = (((body.get("customerDetails") or {}).get("receiverDetails") or {})
                    .get("postalAddress") or {})
        if not receiver.get("postalCode") or receiver.get("postalCode") == "00000":
            return 400, _error("/mydhlapi/shipments", "998: Invalid postal code for the destination",
                               "Bad request")
        code = body.get("productCode")
        product = next((p for p in PRODUCTS if p[0] == code), None)
        if product is None:
            return 422, _error("/mydhlapi/shipments", f"Product {code} is not available", "Unprocessable")
        number = awb(next(self._numbers))
        fmt = str((body.get("outputImageProperties") or {}).get("encodingFormat") or "pdf").upper()
        label = (f"^XA^PW812^LL1218^FO60,60^A0N,40,40^FDDHL {product[1]}^FS"
                 f"^FO60,200^BY3^BCN,220,Y,N,N^FD{number}^FS^XZ").encode()
        answer = {
            "shipmentTrackingNumber": number,
            "trackingUrl": f"https://express.api.dhl.com/mydhlapi/shipments/{number}/tracking",
            "packages": [{"referenceNumber": 1, "trackingNumber": f"JD01{number}0001"}],
            "documents": [{"typeCode": "label", "imageFormat": fmt,
                           "content": base64.b64encode(label).decode()}],
            "shipmentCharges": [{"currencyType": "BILLC", "priceCurrency": "EUR",
                                 "price": float(product[2])}],
        }
        with self.lock:
            self.shipments[number] = {"request": body, "answer": answer}
        return 201, answer

    def tracking(self, query: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        reference = (query.get("shipmentReference") or [""])[0]
        found = [
            {"shipmentTrackingNumber": number, "status": "Success", "description": "Shipment",
             "shipperDetails": {}, "receiverDetails": {}}
            for number, shipment in self.shipments.items()
            if reference and any(r.get("value") == reference
                                 for r in shipment["request"].get("customerReferences") or [])
        ]
        if not found:
            return 404, _error("/mydhlapi/tracking", "No shipments found for the given reference",
                               "Not Found", status=404)
        return 200, {"shipments": found}

    def image(self, number: str) -> tuple[int, dict[str, Any]]:
        shipment = self.shipments.get(number)
        if shipment is None:
            return 404, _error(f"/mydhlapi/shipments/{number}/get-image", "Shipment not found",
                               "Not Found", status=404)
        return 200, {"documents": shipment["answer"]["documents"]}


def _error(instance: str, detail: str, title: str, status: int = 400) -> dict[str, Any]:
    return {"instance": instance, "detail": detail, "title": title, "message": title,
            "status": str(status)}


class _Handler(FakeHandler):
    fake: FakeMyDHL

    def _json(self, status: int, data: Any) -> None:
        body = json.dumps(data).encode()
        try:
            self._send_headers(status, "application/json", len(body))
            self.wfile.write(body)
        except OSError:  # the client gave up waiting (a timeout test)
            self.close_connection = True

    def _authorised(self) -> bool:
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if self.headers.get("Authorization") == expected:
            return True
        self._json(401, _error(self.path, "Invalid Credentials", "Unauthorized", status=401))
        return False

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        parts = urlsplit(self.path)
        self.fake.requests.append(("GET", parts.path, None))
        if not self._authorised():
            return
        if parts.path.endswith("/tracking"):
            self._json(*self.fake.tracking(parse_qs(parts.query)))
        elif parts.path.endswith("/get-image"):
            self._json(*self.fake.image(parts.path.split("/")[-2]))
        else:
            self._json(404, _error(parts.path, "Not found", "Not Found", status=404))

    def do_POST(self) -> None:  # noqa: N802 - the base class's name
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.fake.requests.append(("POST", path, body))
        if not self._authorised():
            return
        if path.endswith("/rates"):
            if self.fake.stall_rates:
                time.sleep(self.fake.stall_seconds)
            self._json(*self.fake.rates(body))
        elif path.endswith("/shipments"):
            status, answer = self.fake.create(body)
            if status == 201 and self.fake.drop_after_buy > 0:
                self.fake.drop_after_buy -= 1  # created and charged: the answer never arrives
                self._reset()
                return
            self._json(status, answer)
        else:
            self._json(404, _error(path, "Not found", "Not Found", status=404))
