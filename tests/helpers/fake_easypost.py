"""A fake EasyPost API v2 on 127.0.0.1, shaped after its documented objects.

Endpoints the ``easypost`` client calls: ``POST /v2/shipments`` (``{"shipment": {...}}``,
answers a Shipment with ``rates``), ``GET /v2/shipments`` (``{"shipments": [...],
"has_more": false}``), ``GET /v2/shipments/ID``, ``POST /v2/shipments/ID/buy``
(``{"rate": {"id": ...}}``, answers the Shipment with ``selected_rate``, ``tracking_code``
and ``postage_label``), ``POST /v2/shipments/ID/refund``, ``POST /v2/scan_forms``. Errors
answer ``{"error": {"code", "message", "errors"}}`` with EasyPost's statuses (422 for an
address it cannot verify, 402 for a balance too low). Label files are served from
``/files/ID.zpl`` / ``.pdf`` as ``postage_label.label_zpl_url`` / ``label_pdf_url`` say.

Trouble on demand: ``drop_after_buy`` purchases are carried out (charged) and then the
connection is reset before the answer; ``stall_create`` makes creates answer after
``stall_seconds``; ``balance_low`` answers buys with 402; ``drop_after_refund`` refunds (once
per shipment, as a repeated refund only answers its status) and resets the connection.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any, Self

from tests.helpers.fake_http import FakeHandler, FakeServer


def usps_tracking(serial: int) -> str:
    """A 22-digit USPS IMpb number with its mod-10 check digit (weights 3,1 from the right)."""
    body = f"940011189922{serial:09d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


RATES = [  # carrier, service, rate, delivery days
    ("USPS", "GroundAdvantage", "5.93", 5),
    ("USPS", "Priority", "8.25", 2),
    ("UPS", "Ground", "11.40", 4),
    ("UPS", "NextDayAir", "38.10", 1),
]


class FakeEasyPost(FakeServer):
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.shipments: dict[str, dict[str, Any]] = {}
        self.labels: dict[str, bytes] = {}
        self.purchases: list[str] = []  # shipment ids charged, in order
        self.refunds: list[str] = []
        self.scan_forms: list[dict[str, Any]] = []
        self.requests: list[tuple[str, str, Any]] = []
        self.api_keys: set[str] = set()
        self.drop_after_buy = 0
        self.drop_reads = 0
        self.drop_reads_after_buy = 0  # reads dropped once a dropped purchase was charged
        self.stall_create = False
        self.stall_seconds = 3.0
        self.balance_low = False
        self.drop_after_refund = 0
        self._ids = itertools.count(1)

    def start(self) -> Self:
        return self.serve(_Handler)

    @property
    def api_base(self) -> str:
        return f"{self.url}/v2"

    def bought(self) -> list[dict[str, Any]]:
        return [s for s in self.shipments.values() if s["tracking_code"]]

    # --- the API ----------------------------------------------------------------------

    def create(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        params = body.get("shipment") or {}
        to = params.get("to_address") or {}
        if not to.get("street1") or to.get("zip") == "00000":
            return 422, _error("ADDRESS.VERIFY.FAILURE", "Unable to verify address.",
                               [{"field": "address", "message": "Address not found"}])
        n = next(self._ids)
        sid = f"shp_{n:024x}"
        shipment = {
            "id": sid, "object": "Shipment", "mode": "test", "reference": params.get("reference"),
            "to_address": to, "from_address": params.get("from_address"),
            "parcel": {"object": "Parcel", **(params.get("parcel") or {})},
            "customs_info": params.get("customs_info"), "options": params.get("options") or {},
            "rates": [
                {"id": f"rate_{n:04d}{i:02d}", "object": "Rate", "shipment_id": sid, "carrier": c,
                 "service": s, "rate": r, "currency": "USD", "delivery_days": d,
                 "est_delivery_days": d, "delivery_date": None}
                for i, (c, s, r, d) in enumerate(RATES)
            ],
            "selected_rate": None, "postage_label": None, "tracking_code": None,
            "refund_status": None, "status": "unknown",
        }
        with self.lock:
            self.shipments[sid] = shipment
        return 201, shipment

    def buy(self, sid: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            shipment = self.shipments.get(sid)
            if shipment is None:
                return 404, _error("NOT_FOUND", "The requested resource could not be found.")
            if shipment["tracking_code"]:
                return 422, _error("SHIPMENT.POSTAGE.EXISTS", "This shipment already has postage.")
            if self.balance_low:
                return 402, _error("PAYMENT_REQUIRED", "Insufficient funds.")
            rate_id = (body.get("rate") or {}).get("id")
            rate = next((r for r in shipment["rates"] if r["id"] == rate_id), None)
            if rate is None:
                return 422, _error("SHIPMENT.RATE.INVALID", "Rate not found for this shipment.")
            self.purchases.append(sid)
            tracking = usps_tracking(len(self.purchases) + 1000)
            fmt = str(shipment["options"].get("label_format") or "PNG").lower()
            self.labels[sid] = (
                f"^XA^PW812^LL1218^FO60,60^A0N,40,40^FD{rate['carrier']} {rate['service']}^FS"
                f"^FO60,200^BY2^BCN,220,Y,N,N^FD{tracking}^FS^XZ"
            ).encode()
            shipment.update(
                selected_rate=rate, tracking_code=tracking, status="pre_transit",
                postage_label={
                    "object": "PostageLabel", "id": f"pl_{sid[4:]}", "label_file_type":
                    "application/zpl" if fmt == "zpl" else "application/pdf",
                    "label_url": f"{self.url}/files/{sid}.{fmt}",
                    f"label_{fmt}_url": f"{self.url}/files/{sid}.{fmt}",
                },
            )
            return 200, shipment

    def refund(self, sid: str) -> tuple[int, dict[str, Any]]:
        with self.lock:
            shipment = self.shipments.get(sid)
            if shipment is None or not shipment["tracking_code"]:
                return 422, _error("SHIPMENT.REFUND.UNAVAILABLE", "This shipment has no postage.")
            if not shipment["refund_status"]:  # a shipment's money comes back once
                self.refunds.append(sid)
                shipment["refund_status"] = "submitted"
            return 200, shipment

    def scan_form(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        params = body.get("scan_form") or body  # the client wraps it as {"scan_form": {...}}
        ids = [s.get("id") for s in params.get("shipments") or []]
        with self.lock:
            codes = [self.shipments[i]["tracking_code"] for i in ids if i in self.shipments]
            form = {"id": f"sf_{len(self.scan_forms) + 1:024x}", "object": "ScanForm",
                    "status": "created", "tracking_codes": codes,
                    "form_url": f"{self.url}/files/scanform.pdf", "form_file_type": None}
            self.scan_forms.append(form)
            return 200, form


def _error(code: str, message: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "errors": errors or []}}


class _Handler(FakeHandler):
    fake: FakeEasyPost

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw else {}

    def _json(self, status: int, data: Any) -> None:
        body = json.dumps(data).encode()
        try:
            self._send_headers(status, "application/json", len(body))
            self.wfile.write(body)
        except OSError:  # the client gave up waiting (a timeout test)
            self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        path = self.path.split("?")[0]
        self.fake.requests.append(("GET", path, None))
        if path.startswith("/files/"):
            sid = path.removeprefix("/files/").rsplit(".", 1)[0]
            data = self.fake.labels.get(sid, b"%PDF-1.4 scan form")
            self._send_headers(200, "application/octet-stream", len(data))
            self.wfile.write(data)
            return
        if self.fake.drop_reads > 0:
            self.fake.drop_reads -= 1
            self._reset()
            return
        if path == "/v2/shipments":
            shipments = list(reversed(self.fake.shipments.values()))
            self._json(200, {"shipments": shipments, "has_more": False})
            return
        if path.startswith("/v2/shipments/"):
            shipment = self.fake.shipments.get(path.rsplit("/", 1)[1])
            if shipment is None:
                self._json(404, _error("NOT_FOUND", "The requested resource could not be found."))
            else:
                self._json(200, shipment)
            return
        self._json(404, _error("NOT_FOUND", "The requested resource could not be found."))

    def do_POST(self) -> None:  # noqa: N802 - the base class's name
        path = self.path.split("?")[0]
        body = self._body()
        self.fake.requests.append(("POST", path, body))
        self.fake.api_keys.add(self.headers.get("Authorization", ""))
        if path == "/v2/shipments":
            if self.fake.stall_create:
                time.sleep(self.fake.stall_seconds)
            self._json(*self.fake.create(body))
        elif path == "/v2/scan_forms":
            self._json(*self.fake.scan_form(body))
        elif path.endswith("/buy"):
            status, answer = self.fake.buy(path.split("/")[3], body)
            if status == 200 and self.fake.drop_after_buy > 0:
                self.fake.drop_after_buy -= 1  # charged: the answer never reaches the station
                self.fake.drop_reads = self.fake.drop_reads_after_buy
                self._reset()
                return
            self._json(status, answer)
        elif path.endswith("/refund"):
            status, answer = self.fake.refund(path.split("/")[3])
            if status == 200 and self.fake.drop_after_refund > 0:
                self.fake.drop_after_refund -= 1  # refunded: the answer is lost
                self._reset()
                return
            self._json(status, answer)
        else:
            self._json(404, _error("NOT_FOUND", "The requested resource could not be found."))
