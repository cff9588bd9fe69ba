"""What every store connector offers: pulling orders, and pushing "shipped" back."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, Protocol

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Order
from packdesk.services.intake import CancelledAtStore, PulledItem, QuarantinedPayload

__all__ = [
    "CancelledAtStore",
    "OrderSource",
    "PulledItem",
    "QuarantinedPayload",
    "StorePusher",
    "parse_or_quarantine",
    "source_name",
]

SOURCE_MAX = 40  # orders.source column width


class OrderSource(Protocol):
    """A store (or a file feed) that orders are pulled from."""

    source: str  # "woocommerce:<host>", "shopify:<shop>", "file": kept on every order

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


def source_name(kind: str, place: str) -> str:
    """``kind:place`` fitted to the column, keeping the end (port) of a long host."""
    name = f"{kind}:{place}"
    return name if len(name) <= SOURCE_MAX else f"{kind}:…{place[-(SOURCE_MAX - len(kind) - 2):]}"


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
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"unreadable order payload: {exc.__class__.__name__}: {exc}"
    return QuarantinedPayload(source, external_id, reason, raw_text(payload))
