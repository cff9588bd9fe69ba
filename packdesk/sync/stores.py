"""Building connectors from what the database remembers about each store.

A pull records each store's kind, URL and options (no secrets) in the settings table;
the outbox worker and scheduled pulls rebuild the connectors from there, with the
credentials from the keyring or the environment.
"""

from __future__ import annotations

import logging
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
