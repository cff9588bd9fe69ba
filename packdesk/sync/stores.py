"""Building connectors from what the database remembers about each store.

A pull records each store's kind, URL and options (no secrets) in the settings table;
the outbox worker and scheduled pulls rebuild the connectors from there, with the
credentials from the keyring or the environment.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Engine

from packdesk.services.stores import known_stores
from packdesk.services.uow import UnitOfWork

from .base import OrderSource, StorePusher
from .credentials import shopify_token, woocommerce_credentials
from .filedrop import FileDropSource
from .http import RetryPolicy, SyncError

log = logging.getLogger(__name__)


def woocommerce_store(url: str, *, policy: RetryPolicy | None = None, **options: Any) -> Any:
    from .woocommerce import WooCommerceStore, woocommerce_source

    key, secret = woocommerce_credentials(woocommerce_source(url))
    return WooCommerceStore(url, key, secret, policy=policy, **options)


def shopify_store(url: str, *, policy: RetryPolicy | None = None, **options: Any) -> Any:
    from .shopify import ShopifyStore, shopify_source

    return ShopifyStore(url, shopify_token(shopify_source(url)), policy=policy, **options)


def connector_from_settings(settings: dict[str, Any], *, policy: RetryPolicy | None = None) -> Any:
    kind = settings.get("kind")
    options = {k: v for k, v in settings.items() if k not in ("kind", "url", "path")}
    if kind == "woocommerce":
        return woocommerce_store(settings["url"], policy=policy, **options)
    if kind == "shopify":
        return shopify_store(settings["url"], policy=policy, **options)
    if kind == "file":
        return FileDropSource(settings["path"])
    raise SyncError(f"unknown store kind {kind!r}")


def configured_sources(engine: Engine, *, policy: RetryPolicy | None = None) -> list[OrderSource]:
    """Every store pulled before, ready to pull again (stores without credentials skipped)."""
    sources: list[OrderSource] = []
    for name, settings in known_stores(UnitOfWork(engine)).items():
        try:
            sources.append(connector_from_settings(settings, policy=policy))
        except SyncError as exc:
            log.warning("cannot pull %s: %s", name, exc)
    return sources


def configured_pushers(
    engine: Engine, *, policy: RetryPolicy | None = None
) -> tuple[list[StorePusher], list[str]]:
    """Pushers for every store that can be told about shipments, and why others cannot."""
    pushers: list[StorePusher] = []
    problems: list[str] = []
    for name, settings in known_stores(UnitOfWork(engine)).items():
        if settings.get("kind") == "file":
            # A file feed has no store to tell; with an outbox folder set by the admin, its
            # shipped status goes back as files there (docs/file-drop-format.md).
            if settings.get("outbox"):
                from .filedrop_outbox import FileDropOutbox

                pushers.append(FileDropOutbox(settings["outbox"], destination=name,
                                              file_format=settings.get("outbox_format", "json")))
            continue
        try:
            pushers.append(connector_from_settings(settings, policy=policy))
        except SyncError as exc:
            problems.append(f"{name}: {exc}")
    return pushers, problems


# A capture waits at the bench: a short, bounded wait (a few seconds), then the order is
# held with "the store could not be reached" (services.payments).
CAPTURE_POLICY = RetryPolicy(max_attempts=3, max_total_seconds=12.0, connect_timeout=3.0,
                             read_timeout=8.0, backoff_base=0.3, backoff_cap=2.0)


class PaymentGateways(Mapping[str, Any]):
    """The stores' payment APIs by source (``services.payments.PaymentGateway``), built
    when first asked for from what the database remembers about each store, so a store
    pulled after the station started is found too."""

    def __init__(self, engine: Engine, *, policy: RetryPolicy | None = None) -> None:
        self.engine = engine
        self.policy = policy or CAPTURE_POLICY
        self._built: dict[str, Any] = {}

    def _known(self) -> dict[str, dict[str, Any]]:
        return {name: settings for name, settings in known_stores(UnitOfWork(self.engine)).items()
                if settings.get("kind") in ("shopify", "woocommerce")}

    def __getitem__(self, source: str) -> Any:
        if source not in self._built:
            settings = self._known().get(source)
            if settings is None:
                raise KeyError(source)
            try:
                self._built[source] = connector_from_settings(settings, policy=self.policy)
            except SyncError as exc:
                log.warning("cannot capture payments at %s: %s", source, exc)
                raise KeyError(source) from exc
        return self._built[source]

    def __iter__(self) -> Iterator[str]:
        return iter(self._known())

    def __len__(self) -> int:
        return len(self._known())


def payment_gateways(engine: Engine, *, policy: RetryPolicy | None = None) -> PaymentGateways:
    return PaymentGateways(engine, policy=policy)
