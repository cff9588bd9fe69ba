"""Quality checklists (issue 24): the admin's checks per product or tag, the checks a unit
gets at the bench, and the failures per SKU and reason for the lead's statistics.

Every change takes the acting person and refuses anyone but an admin; the report needs a
lead. The station applies the checks in ``services/station/quality.py``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from packdesk.domain.csvcells import safe_cell
from packdesk.domain.errors import DomainError
from packdesk.domain.model import Role
from packdesk.domain.quality import QualityCheck, check_text, normalize_tag
from packdesk.domain.say import say
from packdesk.persistence.tables import (
    OrderRow,
    ProductRow,
    QualityCheckRow,
    QualityFailureRow,
)

from .auth import Actor, require_role
from .store import SqlStationStore, StationStore
from .uow import UnitOfWork
from .views import QualityPending

CSV_COLUMNS = ["sku", "tag", "check"]


class QualityError(DomainError):
    pass


@dataclass(frozen=True)
class FailureCount:
    sku: str
    reason: str
    count: int


def _check(row: QualityCheckRow) -> QualityCheck:
    return QualityCheck(id=row.id, text=row.text, sku=row.sku, tag=row.tag)


# --- the admin's checklists ------------------------------------------------------------


def list_checks(uow: UnitOfWork) -> list[QualityCheck]:
    with uow:
        rows = uow.session.scalars(select(QualityCheckRow).order_by(
            QualityCheckRow.sku, QualityCheckRow.tag, QualityCheckRow.position,
            QualityCheckRow.id))
        return [_check(row) for row in rows]


def add_check(uow: UnitOfWork, actor: Actor | None, text: str, *, sku: str | None = None,
              tag: str | None = None) -> QualityCheck:
    """One more check for the product with ``sku``, or for every product tagged ``tag``."""
    require_role(actor, Role.ADMIN, "changing quality checks")
    words = check_text(text)
    sku = (sku or "").strip() or None
    tag = normalize_tag(tag or "") or None
    if (sku is None) == (tag is None):
        raise QualityError(say("a quality check is for one product or one tag"))
    with uow.writing() as writer:
        session = writer.session
        if sku is not None and session.scalar(
                select(ProductRow.id).where(ProductRow.sku == sku)) is None:
            raise QualityError(say("no product has the SKU {sku}", sku=sku))
        position = session.scalar(select(func.count()).select_from(QualityCheckRow).where(
            QualityCheckRow.sku == sku if sku is not None else QualityCheckRow.tag == tag)) or 0
        row = QualityCheckRow(sku=sku, tag=tag, text=words, position=position)
        session.add(row)
        session.flush()
        check = _check(row)
        writer.commit()
        return check


def remove_check(uow: UnitOfWork, actor: Actor | None, check_id: int) -> None:
    require_role(actor, Role.ADMIN, "changing quality checks")
    with uow.writing() as writer:
        writer.session.execute(delete(QualityCheckRow).where(QualityCheckRow.id == check_id))
        writer.commit()


def set_product_tags(uow: UnitOfWork, actor: Actor | None, sku: str, tags: list[str]) -> list[str]:
    """The product's tags, replaced; the checks of those tags apply to it from now on."""
    require_role(actor, Role.ADMIN, "tagging products")
    clean = sorted({normalize_tag(t) for t in tags if normalize_tag(t)})
    with uow.writing() as writer:
        row = writer.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).first()
        if row is None:
            raise QualityError(say("no product has the SKU {sku}", sku=sku))
        row.tags = clean
        writer.commit()
        return clean


def checks_csv(uow: UnitOfWork) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for check in list_checks(uow):
        writer.writerow([safe_cell(check.sku or ""), safe_cell(check.tag or ""),
                         safe_cell(check.text)])
    return out.getvalue()


def import_checks_csv(uow: UnitOfWork, actor: Actor | None, text: str) -> int:
    """Add the checks of a CSV (``sku,tag,check``; one of sku and tag per row). Every row is
    checked first: a bad one stops the whole file, naming its line, and nothing is added.
    Returns the checks added."""
    require_role(actor, Role.ADMIN, "changing quality checks")
    wanted: list[tuple[int, str | None, str | None, str]] = []
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        sku = (row.get("sku") or "").strip() or None
        tag = normalize_tag(row.get("tag") or "") or None
        try:
            words = check_text(row.get("check") or "")
            if (sku is None) == (tag is None):
                raise QualityError(say("a quality check is for one product or one tag"))
        except DomainError as error:
            raise QualityError(f"line {number}: {error}") from None
        wanted.append((number, sku, tag, words))
    with uow.writing() as writer:
        session = writer.session
        skus = {sku for _, sku, _, _ in wanted if sku is not None}
        known = set(session.scalars(select(ProductRow.sku).where(ProductRow.sku.in_(skus))))
        for number, sku, _, _ in wanted:
            if sku is not None and sku not in known:
                raise QualityError(f"line {number}: no product has the SKU {sku}")
        for _, sku, tag, words in wanted:
            session.add(QualityCheckRow(sku=sku, tag=tag, text=words, position=1000))
        writer.commit()
    return len(wanted)


# --- at the bench ---------------------------------------------------------------------


def checks_for_product(session: Session, product_id: int, sku: str) -> list[QualityCheck]:
    """The checks a unit of the product gets, in screen order."""
    return SqlStationStore(session).quality_checks(product_id, sku)


def quality_view(store: StationStore, row: OrderRow) -> QualityPending | None:
    """The unit of ``row`` under check, for the pack screen; None when there is none."""
    if row.qc_line_id is None:
        return None
    line = next((ln for ln in row.lines if ln.id == row.qc_line_id), None)
    if line is None:
        return None
    product = store.products_by_sku([line.sku_to_pack]).get(line.sku_to_pack)
    checks = store.quality_checks(product.id if product else 0, line.sku_to_pack)
    passed = set(row.qc_passed or [])
    return QualityPending(line_id=line.id, sku=line.sku_to_pack, name=line.name,
                          checks=tuple((c.text, c.id in passed) for c in checks))


# --- the lead's statistics ------------------------------------------------------------


def failures_by_sku_and_reason(uow: UnitOfWork, actor: Actor | None, since: datetime,
                               until: datetime) -> list[FailureCount]:
    """Units set aside per SKU and failed check in [since, until), most first."""
    require_role(actor, Role.LEAD, "reading the quality failures")
    with uow:
        count = func.count(QualityFailureRow.id)
        rows = uow.session.execute(
            select(QualityFailureRow.sku, QualityFailureRow.reason, count)
            .where(QualityFailureRow.at >= since, QualityFailureRow.at < until)
            .group_by(QualityFailureRow.sku, QualityFailureRow.reason)
            .order_by(count.desc(), QualityFailureRow.sku, QualityFailureRow.reason))
        return [FailureCount(sku, reason, int(n)) for sku, reason, n in rows]


def failures_csv(failures: list[FailureCount]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["sku", "reason", "units"])
    for f in failures:
        writer.writerow([safe_cell(f.sku), safe_cell(f.reason), f.count])
    return out.getvalue()
