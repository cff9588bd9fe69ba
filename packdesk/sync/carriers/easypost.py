"""Labels bought through EasyPost with its official client (``easypost.EasyPostClient``).

Create the shipment (to, from, parcel in inches and ounces, ``reference`` = the order number,
``options.label_format`` ZPL or PDF, customs info when the parcel leaves a customs union),
choose a rate by the admin's rule, buy it, fetch the label bytes from ``postage_label``.
Answers that never came (timeout, dropped connection, a 5xx) are :class:`AnswerLost`, so
the service reads the shipment back before anything else is bought.
"""

from __future__ import annotations

import logging
import math
import os
from datetime import date, timedelta
from typing import Any

import requests

from packdesk.domain.model import Address
from packdesk.domain.shipping_methods import in_time_or_soonest
from packdesk.services.labels import AnswerLost, CustomsLine, LabelRefused, ParcelRequest, Purchase
from packdesk.sync.credentials import Secret, lookup

log = logging.getLogger(__name__)

NAME = "EasyPost"
KEY_ENV = "PACKDESK_EASYPOST_KEY"
URL_ENV = "PACKDESK_EASYPOST_URL"
DEFAULT_URL = "https://api.easypost.com/v2"
GRAMS_PER_OUNCE = 28.349523125
CM_PER_INCH = 2.54
# Parcels between two of these countries need no customs declaration.
EU = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)


def ounces(grams: int) -> float:
    """EasyPost weighs in ounces: rounded up to a tenth, so a parcel is never under-declared."""
    return math.ceil(grams / GRAMS_PER_OUNCE * 10) / 10


def needs_customs(ship_from: Address, ship_to: Address) -> bool:
    a, b = ship_from.country.upper(), ship_to.country.upper()
    return a != b and not (a in EU and b in EU)


def easypost_key() -> Secret:
    return lookup("easypost", "api_key", KEY_ENV)


def easypost_url(setting: str = "") -> str:
    return setting or os.environ.get(URL_ENV, "") or DEFAULT_URL


class EasyPostSource:
    name = NAME

    def __init__(self, api_key: Secret, api_base: str = DEFAULT_URL, *, timeout: int = 30,
                 today: date | None = None) -> None:
        from easypost.easypost_client import EasyPostClient

        self._client = EasyPostClient(api_key.reveal(), api_base=api_base, timeout=timeout)
        self._timeout = timeout
        self._today = today

    # --- LabelSource -------------------------------------------------------------------

    def create(self, request: ParcelRequest) -> str:
        params: dict[str, Any] = {
            "reference": request.reference,
            "to_address": _address(request.ship_to),
            "from_address": _address(request.ship_from),
            "parcel": _parcel(request),
            "options": {"label_format": request.label_format.upper()},
        }
        if needs_customs(request.ship_from, request.ship_to):
            params["customs_info"] = _customs(request)
        shipment = self._call(self._client.shipment.create, **params)
        return str(shipment.id)

    def find(self, reference: str) -> str | None:
        listed = self._call(self._client.shipment.all, page_size=100)
        for shipment in listed.get("shipments", []):
            if getattr(shipment, "reference", None) == reference:
                return str(shipment.id)
        return None

    def buy(self, shipment_id: str, request: ParcelRequest) -> Purchase:
        shipment = self._call(self._client.shipment.retrieve, shipment_id)
        rate = self._choose(list(getattr(shipment, "rates", None) or []), request)
        bought = self._call(self._client.shipment.buy, shipment_id, rate={"id": rate.id})
        return self._purchase(bought, request)

    def read_back(self, shipment_id: str, request: ParcelRequest) -> Purchase | None:
        shipment = self._call(self._client.shipment.retrieve, shipment_id)
        if not getattr(shipment, "tracking_code", None) or not getattr(shipment, "postage_label", None):
            return None
        return self._purchase(shipment, request)

    def refund(self, shipment_id: str) -> str:
        shipment = self._call(self._client.shipment.refund, shipment_id)
        return str(getattr(shipment, "refund_status", "") or "submitted")

    def scan_form(self, shipment_ids: list[str]) -> tuple[str, str]:
        """The carrier's scan form for these shipments: (its id, its form's URL)."""
        form = self._call(self._client.scan_form.create, shipments=[{"id": s} for s in shipment_ids])
        return str(form.id), str(getattr(form, "form_url", "") or "")

    # --- helpers -----------------------------------------------------------------------

    def _choose(self, rates: list[Any], request: ParcelRequest) -> Any:
        if not rates:
            raise LabelRefused(f"{NAME} offers no rate for this parcel: check the address and weight")
        if request.carrier:
            named = [
                r for r in rates
                if r.carrier.lower() == request.carrier.lower()
                and (not request.service or r.service.lower() == request.service.lower())
            ]
            if not named:
                raise LabelRefused(
                    f"{NAME} offers no {request.carrier} {request.service} rate for this parcel".replace("  ", " ")
                )
            return min(named, key=lambda r: float(r.rate))
        candidates = rates
        if request.ship_by is not None:
            today = self._today or date.today()
            candidates = in_time_or_soonest(rates, lambda r: _arrives(r, today), request.ship_by)
        return min(candidates, key=lambda r: float(r.rate))

    def _purchase(self, shipment: Any, request: ParcelRequest) -> Purchase:
        label = shipment.postage_label
        fmt = request.label_format.lower()
        url = getattr(label, f"label_{fmt}_url", None) or label.label_url
        try:
            answer = requests.get(url, timeout=self._timeout)
            answer.raise_for_status()
        except requests.RequestException as exc:
            raise AnswerLost(f"the label file did not come: {exc.__class__.__name__}") from exc
        rate = shipment.selected_rate
        return Purchase(
            shipment_id=str(shipment.id), carrier=str(rate.carrier), service=str(rate.service),
            rate=str(rate.rate), currency=str(getattr(rate, "currency", "") or ""),
            tracking_number=str(shipment.tracking_code), label=answer.content, label_format=fmt,
        )

    def _call(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        from easypost.errors.api.api_error import ApiError
        from easypost.errors.api.gateway_timeout_error import GatewayTimeoutError
        from easypost.errors.api.http_error import HttpError
        from easypost.errors.api.internal_server_error import InternalServerError
        from easypost.errors.api.payment_error import PaymentError
        from easypost.errors.api.service_unavailable_error import ServiceUnavailableError
        from easypost.errors.api.timeout_error import TimeoutError as EasyPostTimeout

        try:
            return method(*args, **kwargs)
        except (EasyPostTimeout, HttpError, GatewayTimeoutError) as exc:
            raise AnswerLost(f"{NAME} did not answer") from exc
        except (InternalServerError, ServiceUnavailableError) as exc:
            raise AnswerLost(f"{NAME} is out of order (HTTP {exc.http_status})") from exc
        except PaymentError as exc:
            raise LabelRefused(
                f"the {NAME} balance does not cover this label: the admin must top it up"
            ) from exc
        except ApiError as exc:
            raise LabelRefused(f"{NAME} refused the shipment: {_one_line(exc)}") from exc


def _one_line(exc: Any) -> str:
    message = exc.message if isinstance(exc.message, str) else str(exc.message)
    return " ".join(message.split()).rstrip(".") or f"HTTP {exc.http_status}"


def _arrives(rate: Any, today: date) -> date | None:
    when = getattr(rate, "delivery_date", None)
    if when:
        return date.fromisoformat(str(when)[:10])
    days = getattr(rate, "delivery_days", None) or getattr(rate, "est_delivery_days", None)
    return today + timedelta(days=int(days)) if days else None


def _address(address: Address) -> dict[str, str]:
    return {
        "name": address.name, "company": address.company, "street1": address.line1,
        "street2": address.line2, "city": address.city, "state": address.region,
        "zip": address.postal_code, "country": address.country, "phone": address.phone,
        "email": address.email,
    }


def _parcel(request: ParcelRequest) -> dict[str, float]:
    parcel: dict[str, float] = {"weight": ounces(request.weight_g)}
    if request.dimensions_cm:
        for name, cm in zip(("length", "width", "height"), request.dimensions_cm, strict=True):
            parcel[name] = math.ceil(cm / CM_PER_INCH * 10) / 10
    return parcel


def _customs(request: ParcelRequest) -> dict[str, Any]:
    for line in request.customs:
        lacking = "HS code" if not line.hs_code else "origin country" if not line.origin_country else ""
        if lacking:
            raise LabelRefused(f"this parcel leaves the customs union and {line.description!r} "
                               f"has no {lacking}: the admin must add it before it ships")
    if not request.customs:
        raise LabelRefused("this parcel leaves the customs union and its products are unknown: "
                           "the admin must add them before it ships")
    return {
        "contents_type": "merchandise", "eel_pfc": "NOEEI 30.37(a)", "customs_certify": True,
        "customs_signer": request.ship_from.name, "non_delivery_option": "return",
        "customs_items": [_customs_item(line, request.currency) for line in request.customs],
    }


def _customs_item(line: CustomsLine, currency: str) -> dict[str, Any]:
    return {
        "description": line.description[:45], "quantity": line.quantity, "value": line.value,
        "weight": ounces(line.weight_g), "hs_tariff_number": line.hs_code,
        "origin_country": line.origin_country, "currency": currency,
    }
