"""The returns as lists and figures: one row per returned unit, CSV/JSON, and the lead's
figures (by reason, by SKU with the return rate, by the packer of the original order).
Split from ``services.returns`` (the receiving side) to keep each module readable."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from packdesk.domain.csvcells import safe_cell
from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    ReturnedUnitRow,
    ReturnRow,
    ShipmentRow,
)
from packdesk.services.uow import UnitOfWork

# --- Lists and the lead's figures ---------------------------------------------------


@dataclass(frozen=True)
class ReturnListRow:
    return_id: int
    closed_at: datetime | None
    order_number: str
    sku: str
    condition: str
    reason: str
    location: str
    received_by: str
    packer: str
    refund_amount: str
    currency: str
    refund_status: str
    flagged: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "return_id": self.return_id,
            "closed_at": self.closed_at.isoformat(timespec="seconds") if self.closed_at else None,
            "order": self.order_number, "sku": self.sku, "condition": self.condition,
            "reason": self.reason, "location": self.location, "received_by": self.received_by,
            "packer": self.packer, "refund_amount": self.refund_amount, "currency": self.currency,
            "refund_status": self.refund_status, "flagged": self.flagged,
        }


def list_returns(uow: UnitOfWork, *, start: date | None = None, end: date | None = None) -> list[ReturnListRow]:
    """One row per returned unit, closed between ``start`` and ``end`` (inclusive days)."""
    packer = (select(ShipmentRow.user_name).where(ShipmentRow.order_id == ReturnRow.order_id)
              .order_by(ShipmentRow.id.desc()).limit(1).scalar_subquery())
    query = (select(ReturnRow, ReturnedUnitRow, packer)
             .join(ReturnedUnitRow, ReturnedUnitRow.return_id == ReturnRow.id)
             .order_by(ReturnRow.closed_at, ReturnRow.id, ReturnedUnitRow.id))
    if start is not None:
        query = query.where(ReturnRow.closed_at >= datetime.combine(start, time.min))
    if end is not None:
        query = query.where(ReturnRow.closed_at < datetime.combine(end + timedelta(days=1), time.min))
    with uow:
        return [
            ReturnListRow(ret.id, ret.closed_at, ret.order_number, unit.sku, unit.condition,
                          unit.reason, unit.location, ret.user_name or "", packed_by or "",
                          ret.refund_amount, ret.currency, ret.refund_status, ret.flagged)
            for ret, unit, packed_by in uow.session.execute(query)
        ]


LIST_COLUMNS = ("return_id", "closed_at", "order", "sku", "condition", "reason", "location",
                "received_by", "packer", "refund_amount", "currency", "refund_status", "flagged")


def returns_csv(rows: Sequence[ReturnListRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(LIST_COLUMNS)
    for row in rows:
        values = row.as_dict()
        writer.writerow([safe_cell(values[column]) for column in LIST_COLUMNS])
    return out.getvalue()


def returns_json(rows: Sequence[ReturnListRow]) -> str:
    return json.dumps([row.as_dict() for row in rows], indent=2, ensure_ascii=False)


@dataclass(frozen=True)
class ReturnFigures:
    by_reason: dict[str, int]
    by_sku: dict[str, int]
    by_packer: dict[str, int]
    rate_by_sku: dict[str, float]  # returned units / shipped units


def return_figures(uow: UnitOfWork, *, start: date | None = None, end: date | None = None) -> ReturnFigures:
    rows = list_returns(uow, start=start, end=end)
    by_reason: dict[str, int] = {}
    by_sku: dict[str, int] = {}
    by_packer: dict[str, int] = {}
    for row in rows:
        by_reason[row.reason or row.condition] = by_reason.get(row.reason or row.condition, 0) + 1
        by_sku[row.sku] = by_sku.get(row.sku, 0) + 1
        by_packer[row.packer or "-"] = by_packer.get(row.packer or "-", 0) + 1
    with uow:
        shipped = {sku: units for sku, units in uow.session.execute(
            select(OrderLineRow.sku, func.sum(OrderLineRow.quantity - OrderLineRow.short_qty))
            .join(OrderRow, OrderRow.id == OrderLineRow.order_id)
            .where(OrderRow.status == OrderStatus.SHIPPED.value, OrderLineRow.sku.in_(list(by_sku)))
            .group_by(OrderLineRow.sku))}
    rate = {sku: count / int(shipped[sku]) for sku, count in by_sku.items() if shipped.get(sku)}
    return ReturnFigures(by_reason, by_sku, by_packer, rate)
