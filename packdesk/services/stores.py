"""Which stores this database pulls from, under which names (not secrets: those stay in
the keyring), and which of a store's orders are still open here."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import func, select, update

from packdesk.domain.errors import DomainError
from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import (
    OrderRow,
    OutboxMessageRow,
    QuarantinedPayloadRow,
    SettingRow,
)

from .uow import UnitOfWork

log = logging.getLogger(__name__)

STORES_SETTING = "sync.stores"


def remember_store(uow: UnitOfWork, source: str, settings: dict[str, Any]) -> None:
    """Record how to reach ``source`` so the outbox worker can tell it what shipped."""
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, STORES_SETTING)
        stores = dict(row.value) if row else {}
        if stores.get(source) == settings:
            return
        stores[source] = settings
        if row is None:
            writer.session.add(SettingRow(key=STORES_SETTING, value=stores))
        else:
            row.value = stores
        writer.commit()


def rename_source(uow: UnitOfWork, old: str, new: str) -> int:
    """Move a store's orders, outbox messages, quarantine and settings from ``old`` to
    ``new`` (a store named by an older packdesk, whose names cut the URL's path). Returns
    the orders moved; refused (DomainError) when ``new`` already has orders of its own."""
    with uow.writing() as writer:
        session = writer.session
        if session.scalars(select(OrderRow.id).where(OrderRow.source == new).limit(1)).first():
            raise DomainError(f"cannot rename the store {old} to {new}: {new} already has orders")
        moved = session.scalar(select(func.count()).where(OrderRow.source == old)) or 0
        session.execute(update(OrderRow).where(OrderRow.source == old).values(source=new))
        session.execute(update(OutboxMessageRow).where(OutboxMessageRow.destination == old)
                        .values(destination=new))
        session.execute(update(QuarantinedPayloadRow).where(QuarantinedPayloadRow.source == old)
                        .values(source=new))
        row = session.get(SettingRow, STORES_SETTING)
        if row is not None and old in row.value:
            stores = dict(row.value)
            stores[new] = stores.pop(old)
            row.value = stores
        writer.commit()
        log.warning("store %s is now named %s (%d orders)", old, new, moved)
        return int(moved)


def known_stores(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    with uow:
        row = uow.session.get(SettingRow, STORES_SETTING)
        return {k: dict(v) for k, v in (row.value if row else {}).items()}


def open_external_ids(uow: UnitOfWork, source: str) -> list[str]:
    """External ids of ``source``'s orders not yet shipped or cancelled here."""
    with uow:
        return list(uow.session.scalars(
            select(OrderRow.external_id).where(
                OrderRow.source == source,
                OrderRow.status.not_in([OrderStatus.SHIPPED.value, OrderStatus.CANCELLED.value]),
            ).order_by(OrderRow.id)
        ))
