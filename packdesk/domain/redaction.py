"""Personal data out of a stored store payload (quarantine), keeping what fixes an order.

A quarantined payload is kept whole while a person needs it to fix the order. Once it is
resolved, or has waited long enough, :func:`redact_payload` replaces what identifies a
person (names, e-mail addresses, phone numbers, postal addresses, IP addresses, the
customer's own texts) with ``REDACTED`` and keeps the rest: ids, numbers, SKUs, quantities,
product names, countries, dates, statuses: what shows why the payload was refused.
"""

from __future__ import annotations

import json
import re
from typing import Any

REDACTED = "[redacted]"

# Keys whose value identifies a person wherever they appear (WooCommerce, Shopify, file drop).
PERSONAL_KEYS = frozenset({
    "email", "billing_email", "contact_email", "phone", "billing_phone", "ship_phone",
    "first_name", "last_name", "company", "ship_name", "ship_company",
    "address_1", "address_2", "address1", "address2", "ship_line1", "ship_line2",
    "city", "ship_city", "postcode", "zip", "ship_postal_code", "latitude", "longitude",
    "customer_ip_address", "client_ip", "browser_ip", "ip", "ip_address",
    "customer_user_agent", "user_agent", "customer_note", "note", "gift_message", "line_note",
})
# Objects that describe a person: every text in them is personal, except these keys.
PERSON_OBJECTS = frozenset({
    "billing", "shipping", "shipping_address", "billing_address", "customer",
    "default_address", "client_details",
})
KEPT_IN_PERSON = frozenset({"country", "country_code", "id", "state", "province_code"})

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_IPV6 = re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}\b")
# a phone number: a + or a digit, then at least 6 more digits with spaces, dots, dashes or
# brackets between them; written with a + or a separator (a bare run of digits is an id or
# a barcode, and a phone field is redacted by its key anyway), and not an ISO date
_PHONE = re.compile(r"(?<![\w-])\+?\(?\d(?:[\s().-]*\d){6,}(?![\w-])")


def redact_text(text: str) -> str:
    """``text`` with e-mail addresses, IP addresses and phone numbers replaced."""
    text = _EMAIL.sub(REDACTED, text)
    text = _IPV6.sub(REDACTED, text)
    text = _IPV4.sub(REDACTED, text)
    return _PHONE.sub(lambda m: REDACTED if _phone_like(m.group()) else m.group(), text)


def _phone_like(text: str) -> bool:
    return not text.isdigit() and not _looks_like_date(text)


def _looks_like_date(text: str) -> bool:
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?", text.strip()) is not None


def _redact(value: Any, key: str = "", in_person: bool = False) -> Any:
    if isinstance(value, dict):
        person = in_person or key in PERSON_OBJECTS
        return {k: _redact(v, str(k), person) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v, key, in_person) for v in value]
    if isinstance(value, str):
        if value and (key in PERSONAL_KEYS or (in_person and key not in KEPT_IN_PERSON)):
            return REDACTED
        return redact_text(value)
    if isinstance(value, int | float) and key in PERSONAL_KEYS:
        return REDACTED
    return value


def redact_payload(raw: str) -> str:
    """The stored payload without personal data (JSON stays JSON; other text is scrubbed
    of e-mail addresses, phone numbers and IP addresses)."""
    try:
        data = json.loads(raw)
    except ValueError:
        return redact_text(raw)
    return json.dumps(_redact(data), ensure_ascii=False, sort_keys=True)
