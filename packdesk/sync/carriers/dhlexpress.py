"""Labels bought from DHL Express (MyDHL API) through karrio's SDK (``karrio-mydhl``).

karrio builds the MyDHL request bodies from its carrier-neutral models (addresses, the
parcel in kilograms and centimetres, customs lines with HS code and origin) and reads the
answers (rates, the shipment with its label, DHL's error bodies). The HTTP calls are made
here, with a timeout on each (karrio's own proxy sets none, so a stalled server would hold
the station's worker) and the order number sent as the shipment's customer reference
(karrio's request has none), so a purchase whose answer is lost is found again.

DHL Express has no "create, then buy": ``POST /shipments`` is the purchase. So
:meth:`create` only asks for the rates (an address DHL cannot serve is refused there, with
nothing at DHL) and returns the chosen product as a quote; :meth:`buy` creates the
shipment; :meth:`read_back` looks the reference up (``GET /tracking?shipmentReference=``)
and fetches the label again (``get-image``). A DHL Express waybill is billed when the parcel
is tendered, and MyDHL has no call to cancel one: a void records the waybill as unused.
"""

from __future__ import annotations

import base64
import logging
import os
from datetime import date, timedelta
from typing import Any

import requests

from packdesk.domain.shipping_methods import in_time_or_soonest
from packdesk.services.labels import AnswerLost, LabelRefused, ParcelRequest, Purchase
from packdesk.sync.credentials import Secret, lookup

log = logging.getLogger(__name__)

NAME = "DHL Express"
CARRIER = "dhl"  # the carriers table's code (tracking link)
URL_ENV = "PACKDESK_DHL_URL"
DEFAULT_URL = "https://express.api.dhl.com/mydhlapi"
QUOTE = "quote:"  # a created "shipment" is a quote: nothing exists at DHL before the purchase


def dhl_credentials() -> tuple[Secret, Secret, str]:
    """MyDHL username and password (keyring ``packdesk mydhl/...`` or PACKDESK_DHL_USER /
    PACKDESK_DHL_PASSWORD) and the DHL account number (PACKDESK_DHL_ACCOUNT)."""
    return (lookup("mydhl", "username", "PACKDESK_DHL_USER"),
            lookup("mydhl", "password", "PACKDESK_DHL_PASSWORD"),
            os.environ.get("PACKDESK_DHL_ACCOUNT", ""))


def dhl_url(setting: str = "") -> str:
    return setting or os.environ.get(URL_ENV, "") or DEFAULT_URL


class DhlExpressSource:
    name = NAME

    def __init__(self, username: Secret, password: Secret, account_number: str,
                 api_base: str = DEFAULT_URL, *, timeout: float = 30,
                 today: date | None = None) -> None:
        from karrio.mappers.mydhl.mapper import Mapper
        from karrio.mappers.mydhl.settings import Settings
        from loguru import logger

        logger.disable("karrio")  # its own log lines (request traces) stay out of ours

        self._settings = Settings(username=username.reveal(), password=password.reveal(),
                                  account_number=account_number)
        self._mapper = Mapper(self._settings)
        self._base = api_base.rstrip("/")
        self._account = account_number
        self._timeout = timeout
        self._today = today
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Basic {self._settings.authorization}"

    # --- LabelSource -------------------------------------------------------------------

    def create(self, request: ParcelRequest) -> str:
        """Rate the parcel and choose the product by the admin's rule (nothing at DHL yet)."""
        import karrio.core.models as models
        import karrio.lib as lib

        rate_request = self._mapper.create_rate_request(models.RateRequest(
            shipper=_address(request.ship_from), recipient=_address(request.ship_to),
            parcels=[_parcel(request)], services=[]))
        try:
            answer = self._send("POST", "/rates", rate_request.serialize())
        except AnswerLost as lost:  # a quote: nothing was created, nothing to find again
            raise LabelRefused(f"{lost}: nothing was bought, try again") from lost
        rates, messages = self._mapper.parse_rate_response(
            lib.Deserializable(answer, lib.to_dict), )
        if messages and not rates:
            raise LabelRefused(f"{NAME} refused the shipment: {_one_line(messages[0].message)}")
        return QUOTE + self._choose(rates, request)

    def find(self, reference: str) -> str | None:
        return None  # create() leaves nothing at DHL

    def buy(self, shipment_id: str, request: ParcelRequest) -> Purchase:
        import karrio.lib as lib

        product = shipment_id.removeprefix(QUOTE)
        body = self._shipment_body(request, product)
        answer = self._send("POST", "/shipments", body)
        details, messages = self._mapper.parse_shipment_response(
            lib.Deserializable(answer, lib.to_dict, {"service": product, "paperless_response": None}))
        if details is None:
            problem = messages[0].message if messages else "no waybill in the answer"
            raise LabelRefused(f"{NAME} refused the shipment: {_one_line(problem)}")
        rate = details.selected_rate
        return Purchase(
            shipment_id=str(details.tracking_number), carrier=CARRIER, service=product,
            rate=str(rate.total_charge) if rate else "", currency=str(rate.currency or "") if rate else "",
            tracking_number=str(details.tracking_number),
            label=base64.b64decode(details.docs.label or ""), label_format=request.label_format,
        )

    def read_back(self, shipment_id: str, request: ParcelRequest) -> Purchase | None:
        """The waybill DHL made for this order's reference, if the lost purchase went through."""
        found = self._send("GET", "/tracking", params={
            "shipmentReference": request.reference, "shipperAccountNumber": self._account},
            not_found_ok=True)
        numbers = [s.get("shipmentTrackingNumber") for s in found.get("shipments") or []]
        numbers = [str(n) for n in numbers if n]
        if not numbers:
            return None
        number = numbers[0]
        images = self._send("GET", f"/shipments/{number}/get-image", params={
            "shipperAccountNumber": self._account, "typeCode": "label"})
        label = next((d.get("content") for d in images.get("documents") or []
                      if d.get("typeCode") == "label" and d.get("content")), None)
        if label is None:
            raise AnswerLost(f"{NAME} has waybill {number} but gave no label for it")
        return Purchase(shipment_id=number, carrier=CARRIER, service=shipment_id.removeprefix(QUOTE),
                        rate="", currency="", tracking_number=number,
                        label=base64.b64decode(label), label_format=request.label_format)

    def refund(self, shipment_id: str) -> str:
        return "unused"  # billed when tendered; MyDHL cannot cancel a waybill

    # --- helpers -----------------------------------------------------------------------

    def _choose(self, rates: list[Any], request: ParcelRequest) -> str:
        if not rates:
            raise LabelRefused(f"{NAME} offers no product for this parcel: check the address and weight")
        wanted = request.service.strip().lower()
        if wanted:
            from karrio.providers.mydhl.units import ShippingService

            code = ShippingService.map(wanted).value_or_key
            named = [r for r in rates if _code(r) in (wanted.upper(), str(code).upper())
                     or r.service.lower() == wanted]
            if not named:
                raise LabelRefused(f"{NAME} offers no {request.service} for this parcel")
            return _code(named[0])
        candidates = rates
        if request.ship_by is not None:
            today = self._today or date.today()
            candidates = in_time_or_soonest(
                rates, lambda r: None if r.transit_days is None
                else today + timedelta(days=int(r.transit_days)), request.ship_by)
        return _code(min(candidates, key=lambda r: float(r.total_charge)))

    def _shipment_body(self, request: ParcelRequest, product: str) -> dict[str, Any]:
        import karrio.core.models as models

        customs = None
        if request.ship_from.country.upper() != request.ship_to.country.upper():
            customs = models.Customs(commodities=[
                models.Commodity(description=line.description[:75], quantity=line.quantity,
                                 value_amount=float(line.value or 0),
                                 value_currency=request.currency or None,
                                 weight=line.weight_g / 1000, weight_unit="KG",
                                 hs_code=line.hs_code or None,
                                 origin_country=line.origin_country or None)
                for line in request.customs])
        shipment = self._mapper.create_shipment_request(models.ShipmentRequest(
            shipper=_address(request.ship_from), recipient=_address(request.ship_to),
            parcels=[_parcel(request)], service=product, label_type=request.label_format.upper(),
            customs=customs, options={"currency": request.currency} if request.currency else {},
            reference=request.reference))
        body: dict[str, Any] = dict(shipment.serialize()["shipment"])
        body["productCode"] = body["localProductCode"] = product
        body["customerReferences"] = [{"value": request.reference, "typeCode": "CU"}]
        return body

    def _send(self, method: str, path: str, body: dict[str, Any] | None = None, *,
              params: dict[str, str] | None = None, not_found_ok: bool = False) -> dict[str, Any]:
        try:
            answer = self._http.request(method, self._base + path, json=body, params=params,
                                        timeout=self._timeout)
        except requests.Timeout as exc:
            raise AnswerLost(f"{NAME} did not answer") from exc
        except requests.RequestException as exc:
            raise AnswerLost(f"{NAME} did not answer ({exc.__class__.__name__})") from exc
        if answer.status_code >= 500:
            raise AnswerLost(f"{NAME} is out of order (HTTP {answer.status_code})")
        try:
            data = answer.json()
        except ValueError:
            data = {}
        if answer.status_code == 404 and not_found_ok:
            return {}
        if answer.status_code == 401:
            raise LabelRefused(f"{NAME} refused our credentials: the admin must check them")
        if answer.status_code >= 400:
            detail = (data.get("detail") or data.get("message") or data.get("title")
                      if isinstance(data, dict) else "") or f"HTTP {answer.status_code}"
            raise LabelRefused(f"{NAME} refused the shipment: {_one_line(str(detail))}")
        return data if isinstance(data, dict) else {}


def _code(rate: Any) -> str:
    from karrio.providers.mydhl.units import ShippingService

    meta = getattr(rate, "meta", None) or {}
    code = meta.get("service_code") or meta.get("product_code")
    if code:
        return str(code)
    return str(ShippingService.map(rate.service).value_or_key)


def _one_line(message: str) -> str:
    return " ".join(message.split()).rstrip(".")


def _address(address: Any) -> Any:
    import karrio.core.models as models

    return models.Address(
        person_name=address.name or None, company_name=address.company or None,
        address_line1=address.line1, address_line2=address.line2 or None, city=address.city,
        state_code=address.region or None, postal_code=address.postal_code,
        country_code=address.country.upper(), phone_number=address.phone or None,
        email=address.email or None)


def _parcel(request: ParcelRequest) -> Any:
    import karrio.core.models as models

    length, width, height = request.dimensions_cm or (None, None, None)
    return models.Parcel(weight=round(request.weight_g / 1000, 3), weight_unit="KG",
                         length=length, width=width, height=height, dimension_unit="CM")
