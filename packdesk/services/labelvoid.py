"""Void the carrier label of an order that will not leave with it (issue 22).

An order reopened by a lead (re-picked) or cancelled at the store before it was handed to
the carrier keeps no label: in the same transaction that reopens or cancels it, its bought
label is marked ``voiding`` (and one never bought is ``voided`` outright), so the order can
get a new label at once. The refund itself is network I/O and runs later, off that
transaction: :func:`refund_pending` asks the label's source for its money back, a bounded
number of labels per run, and records the carrier's refund status (``voided``). A refund
whose answer is lost stays ``voiding`` and is asked again on the next run (EasyPost answers
a repeated refund of the same shipment with its status; nothing is paid twice).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from packdesk.persistence.tables import CarrierLabelRow, OrderRow

from .labels import AnswerLost, LabelRefused, LabelSource
from .uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_REFUNDS_PER_RUN = 50
NOT_BOUGHT = "not bought"  # refund status of a shipment voided before its label was bought


@dataclass
class RefundSummary:
    refunded: list[str] = field(default_factory=list)  # order numbers
    waiting: list[str] = field(default_factory=list)  # still voiding: to be asked again
    problems: list[str] = field(default_factory=list)


def mark_for_void(session: Session, order: OrderRow, why: str) -> bool:
    """In the caller's transaction: the order's label will not be used (``why``).

    A bought label becomes ``voiding`` (refunded by :func:`refund_pending`), a shipment
    never bought ``voided``; the order's printed label no longer counts, so the order gets
    a new one if it is packed again. A purchase in flight or unresolved is left for the
    lead (it must be read back first). True when a bought label is to be refunded.
    """
    rows = session.scalars(
        select(CarrierLabelRow).where(
            CarrierLabelRow.order_id == order.id,
            CarrierLabelRow.status.in_(("creating", "created", "bought")))
    ).all()
    refund = False
    for row in rows:
        if row.status == "bought":
            row.status, row.problem = "voiding", why
            refund = True
            log.info("order %s: label %s (%s) to be voided: %s", order.number,
                     row.tracking_number, row.source, why)
        else:
            row.status, row.refund_status, row.problem = "voided", NOT_BOUGHT, why
    if refund:
        order.label_printed_at = None
        pending = dict(order.pending_shipment or {})
        if pending:
            pending.pop("printed", None)
            pending.pop("tracking_number", None)
            order.pending_shipment = pending
    return refund


def anything_to_refund(engine: Engine) -> bool:
    """Any label waiting for its refund (asked before the carriers' keys are looked up)."""
    with UnitOfWork(engine) as uow:
        return uow.session.scalar(
            select(CarrierLabelRow.id).where(CarrierLabelRow.status == "voiding").limit(1)
        ) is not None


def refund_pending(
    engine: Engine, sources: Mapping[str, LabelSource], *, limit: int = MAX_REFUNDS_PER_RUN,
) -> RefundSummary:
    """Ask each ``voiding`` label's source for the refund (at most ``limit`` per run).

    ``sources`` by name, as the app wires them ("easypost"); a label whose source is not
    set up here waits for a station that has it.
    """
    by_name = {source.name.lower(): source for source in sources.values()}
    by_name.update({key.lower(): source for key, source in sources.items()})
    summary = RefundSummary()
    with UnitOfWork(engine) as uow:
        due = uow.session.execute(
            select(CarrierLabelRow.id, CarrierLabelRow.source, CarrierLabelRow.shipment_id,
                   OrderRow.number)
            .join(OrderRow, OrderRow.id == CarrierLabelRow.order_id)
            .where(CarrierLabelRow.status == "voiding")
            .order_by(CarrierLabelRow.updated_at, CarrierLabelRow.id).limit(limit)
        ).all()
    for row_id, source_name, shipment_id, number in due:
        source = by_name.get(source_name.lower())
        if source is None:
            summary.waiting.append(number)
            continue
        try:
            status = source.refund(shipment_id)
        except AnswerLost as lost:
            log.warning("refund of %s for order %s: answer lost (%s)", shipment_id, number, lost)
            summary.waiting.append(number)
            _touch(engine, row_id)  # to the back of the line: the others get their turn
            continue
        except LabelRefused as refused:
            # The carrier will not refund it (too old, already scanned): the lead must know.
            log.warning("refund of %s for order %s refused: %s", shipment_id, number, refused)
            summary.problems.append(f"{number}: {refused}")
            _finish(engine, row_id, "refused", str(refused))
            continue
        _finish(engine, row_id, status, "")
        summary.refunded.append(number)
    return summary


def _touch(engine: Engine, row_id: int) -> None:
    from packdesk.domain.time import utcnow

    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        if row is not None:
            row.updated_at = utcnow()
            uow.commit()


def _finish(engine: Engine, row_id: int, refund_status: str, problem: str) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        if row is not None and row.status == "voiding":
            row.status, row.refund_status = "voided", refund_status[:20]
            if problem:
                row.problem = problem
            uow.commit()
