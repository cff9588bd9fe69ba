"""What every store connector offers: pulling orders, and pushing "shipped" back."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Order
from packdesk.services.intakeitems import CancelledAtStore, PulledItem, QuarantinedPayload

from .http import SyncError

__all__ = [
    "CancelledAtStore",
    "OrderSource",
    "PulledItem",
    "QuarantinedPayload",
    "StoreNameClash",
    "StorePusher",
    "parse_or_quarantine",
    "source_name",
    "store_place",
]

SOURCE_MAX = 200  # orders.source column width
DEFAULT_PORTS = {"http": 80, "https": 443}


class OrderSource(Protocol):
    """A store (or a file feed) that orders are pulled from."""

    source: str  # "woocommerce:<host[:port][/path]>", "shopify:<shop>", "file": on every order

    def fetch_orders(self, since: datetime | None = None) -> Iterator[PulledItem]:
        """Orders to pack, orders cancelled at the store, and payloads that made no sense.

        Raises ``SyncError`` only when the store cannot be read at all; one bad order
        comes back as ``QuarantinedPayload`` and the rest keep coming.
        """
        ...

    def settings(self) -> dict[str, Any]:
        """How to reach this store again (no secrets), for the outbox worker."""
        ...


class StorePusher(Protocol):
    """Tells one store that an order shipped."""

    destination: str  # the orders' source this pusher serves

    def push_shipped(self, payload: dict[str, Any], *, check_first: bool) -> str:
        """Make the store know the shipment; return the store's reference for it.

        ``check_first``: an earlier attempt may have reached the store, so look before
        creating anything. Raises ``RequestRefused`` for a refusal that retrying cannot
        fix, ``StoreUnavailable``/``UncertainOutcome`` for the rest.
        """
        ...

    def push_refund(self, payload: dict[str, Any], *, check_first: bool) -> str:
        """Refund a return (``order.refund``) once; same contract as ``push_shipped``."""
        ...


class StoreNameClash(SyncError):
    """Two stores would be kept under one source name; refused rather than merged."""


def store_place(url: str) -> str:
    """A store's base URL normalised, without its scheme: ``host[:port][/path]``.

    The host in lower case, a default port (80, 443) left out, the path kept (two shops
    on one host are two stores: ``shop.example.com/no`` and ``shop.example.com/se``) with
    repeated and trailing slashes removed; never a user name, query or fragment.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # IPv6
    try:
        port = parts.port
    except ValueError:
        raise SyncError(f"{url!r} has an invalid port") from None
    if port is not None and port != DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return host + path


def source_name(kind: str, place: str) -> str:
    """``kind:place``, whole: a name too long for the column is refused, never cut short
    (cut names made two stores one)."""
    name = f"{kind}:{place}"
    if len(name) > SOURCE_MAX:
        raise StoreNameClash(
            f"the store address {place[:60]}… is {len(place)} characters long; packdesk keeps "
            f"at most {SOURCE_MAX - len(kind) - 1}: use a shorter address for this store"
        )
    return name


def raw_text(payload: Any) -> str:
    if isinstance(payload, str | bytes):
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)


def parse_or_quarantine(
    source: str, external_id: str | None, payload: Any, parse: Callable[[Any], Order]
) -> PulledItem:
    """The parsed, validated order, or the payload quarantined with the reason."""
    try:
        order = parse(payload)
        order.validate()
        return order
    except DomainError as exc:
        reason = str(exc)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        reason = f"unreadable order payload: {exc.__class__.__name__}: {exc}"
    return QuarantinedPayload(source, external_id, reason, raw_text(payload))
