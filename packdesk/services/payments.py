"""Capturing an authorised payment when its parcel ships: exactly once, before the label.

A store's payment API sits behind :class:`PaymentGateway` (the Shopify and WooCommerce
connectors, wired by the app: services cannot import sync). The discipline is the
outbox's and the labels':

1. the capture is recorded (a ``payment_captures`` row: amount, currency, the
   authorisation) before it is sent, and marked ``sending`` (committed) just before;
2. before anything is sent the order's transactions are read: a capture already made
   (an answer lost, a crash, a second station, the shop's admin) is recorded, not made
   again; a row found ``sending`` is only ever resolved by that read;
3. a capture whose answer is lost is resolved by reading the transactions back before any
   retry; sends are bounded (``MAX_SENDS``), each one confirmed not carried out first;
4. a capture refused (declined, expired) or that cannot be sent or confirmed holds the
   order at the bench: it stays packed, with one sentence ("payment could not be
   captured: authorisation expired") as its hold reason, which the packer reads on the
   screen and the lead in the held orders; a lead's badge lets it ship unpaid
   (``waived``, recorded with the lead's name).

Orders the store says are paid (or that owe nothing to capture) are never captured.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import NoReturn, Protocol

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from packdesk.domain import payments as rules
from packdesk.domain.model import OrderStatus, Role
from packdesk.domain.payments import CaptureFailed, Payment, capture_problem
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import OrderRow, PaymentCaptureRow

from .auth import Actor, require_role
from .uow import UnitOfWork, with_retry

log = logging.getLogger(__name__)

MAX_SENDS = 2  # captures sent for one order, each one confirmed not carried out first
READ_BACKS = 2  # tries to read the transactions back after a lost answer
CAPTURED, WAIVED = "captured", "waived"
SETTLED = (CAPTURED, WAIVED)
HOLD_PREFIX = rules.HOLD_PREFIX
# A capture left "sending" this recently may still be on its way (another station, another
# process): longer than a capture's bounded wait (sync.stores.CAPTURE_POLICY).
IN_FLIGHT_GRACE = timedelta(seconds=45)


@dataclass(frozen=True)
class CaptureRequest:
    """What a store needs to capture one order's authorisation."""

    external_id: str
    number: str
    authorization_id: str
    amount: str  # decimal text
    currency: str


@dataclass(frozen=True)
class PaymentState:
    """What the store says about the order's money now (read before any capture)."""

    paid: bool = False  # nothing left owing: captured before, or paid another way
    captured_id: str = ""  # a successful capture of the authorisation, "" if none
    failed_reason: str = ""  # a failed capture of it (our words), "" if none
    authorization_id: str = ""  # the authorisation still capturable, "" if none
    capturable: str = ""
    expired: bool = False


class StoreUnreachable(Exception):
    """Nothing could be read or sent: no answer within the bounded wait."""


class AnswerLost(Exception):
    """A capture was sent and its answer never came: it may or may not have been made."""


class CaptureRefused(Exception):
    """The store said no (declined, expired): ``args[0]`` is the reason, in our words."""


class PaymentGateway(Protocol):
    destination: str  # the orders' source this gateway captures for

    def payment_state(self, request: CaptureRequest) -> PaymentState:
        """The order's transactions as the store has them now. StoreUnreachable."""
        ...

    def capture(self, request: CaptureRequest) -> str:
        """Capture; the capture's id. CaptureRefused, AnswerLost, StoreUnreachable."""
        ...


@dataclass(frozen=True)
class CaptureResult:
    status: str  # "not_needed", "not_packed", "captured", "waived"
    amount: str = ""
    transaction_id: str = ""


def needs_capture(payment: Payment | None) -> bool:
    return payment is not None and payment.state in (rules.AUTHORIZED, rules.EXPIRED)


def capture_for_ship(
    engine: Engine, order_id: int, gateways: Mapping[str, PaymentGateway], *,
    max_sends: int = MAX_SENDS,
) -> CaptureResult:
    """Capture the packed order's authorised payment once, or hold it (CaptureFailed).

    Network I/O: call it off the GUI thread, outside any open transaction."""
    started = with_retry(lambda: _start(engine, order_id))
    if isinstance(started, CaptureResult):
        return started
    row_id, request, source, sending = started
    gateway = gateways.get(source)
    if gateway is None:
        _hold(engine, row_id, rules.REASON_UNREACHABLE, keep_sending=sending)
    for _attempt in range(max_sends + 1):
        assert gateway is not None
        state = _read(engine, row_id, gateway, request, sending)
        if state.paid or state.captured_id:
            return _captured(engine, row_id, state.captured_id or "paid at the store")
        if state.failed_reason and sending:
            _hold(engine, row_id, state.failed_reason)
        if not state.authorization_id or rules.money(state.capturable) <= 0:
            _hold(engine, row_id, rules.REASON_EXPIRED if state.expired or state.failed_reason
                  else rules.REASON_NOTHING)
        amount = min(rules.money(request.amount), rules.money(state.capturable))
        request = CaptureRequest(request.external_id, request.number, state.authorization_id,
                                 f"{amount:.2f}", request.currency)
        if amount <= 0:
            _hold(engine, row_id, rules.REASON_NOTHING)
        if not _mark_sending(engine, row_id, request, max_sends):
            break
        try:
            transaction_id = gateway.capture(request)
        except CaptureRefused as refused:
            _hold(engine, row_id, str(refused.args[0]) if refused.args else rules.REASON_DECLINED)
        except StoreUnreachable:
            _update(engine, row_id, status="ready")  # nothing reached the store
            _hold(engine, row_id, rules.REASON_UNREACHABLE)
        except AnswerLost as lost:
            log.warning("capture for order %s: answer lost (%s); reading it back", request.number, lost)
            sending = True
            continue  # the next round reads the transactions back before anything else
        return _captured(engine, row_id, transaction_id)
    _update(engine, row_id, status="ready")  # each send confirmed not carried out
    _hold(engine, row_id, rules.REASON_UNCONFIRMED)


def _read(engine: Engine, row_id: int, gateway: PaymentGateway, request: CaptureRequest,
          sending: bool) -> PaymentState:
    """The store's state; a row left ``sending`` that cannot be read stays so (never resent)."""
    problem: StoreUnreachable | None = None
    for _ in range(READ_BACKS if sending else 1):
        try:
            return gateway.payment_state(request)
        except StoreUnreachable as exc:
            problem = exc
        except CaptureRefused as refused:  # the order is not in the store, say
            _hold(engine, row_id, str(refused.args[0]) if refused.args else rules.REASON_UNCONFIRMED,
                  keep_sending=sending)
    log.warning("payment of order %s could not be read: %s", request.number, problem)
    _hold(engine, row_id, rules.REASON_UNCONFIRMED if sending else rules.REASON_UNREACHABLE,
          keep_sending=sending)


# --- steps, each in its own short transaction ------------------------------------------


def _start(engine: Engine, order_id: int) -> CaptureResult | tuple[int, CaptureRequest, str, bool]:
    with UnitOfWork(engine, immediate=True) as uow:
        order = uow.session.get(OrderRow, order_id)
        if order is None:
            raise CaptureFailed("no such order")
        if order.order_status is not OrderStatus.PACKED:
            return CaptureResult("not_packed")  # charged only with the parcel at the bench
        row = _capture_row(uow.session, order_id)
        if row is not None and row.status in SETTLED:
            return CaptureResult(row.status, row.amount, row.transaction_id)
        if (row is not None and row.status == "sending"
                and row.updated_at > utcnow() - IN_FLIGHT_GRACE):
            # Another station's capture may be on its way this moment: never a second one.
            raise CaptureFailed(rules.capture_problem(rules.REASON_UNCONFIRMED))
        if row is not None and row.status == "failed":
            # Refused for good (declined, expired): not sent again; a lead decides.
            raise CaptureFailed(rules.stored_problem(row.problem))
        payment = Payment.from_json(order.payment)
        if row is None and not needs_capture(payment):
            return CaptureResult("not_needed")
        if row is None:
            assert payment is not None
            short = [(line.unit_price, line.short_qty) for line in order.lines if line.short_qty]
            amount = rules.capture_amount(payment.capturable, short)
            row = PaymentCaptureRow(
                order_id=order_id, source=order.source, authorization_id=payment.authorization_id,
                amount=f"{amount:.2f}", currency=payment.currency or order.currency, status="ready",
            )
            uow.session.add(row)
            uow.session.flush()
        request = CaptureRequest(order.external_id, order.number, row.authorization_id, row.amount,
                                 row.currency)
        result = (row.id, request, row.source, row.status == "sending")
        uow.commit()
        return result


def _capture_row(session: Session, order_id: int) -> PaymentCaptureRow | None:
    return session.scalars(
        select(PaymentCaptureRow).where(PaymentCaptureRow.order_id == order_id)).first()


def _mark_sending(engine: Engine, row_id: int, request: CaptureRequest, max_sends: int) -> bool:
    def write() -> bool:
        with UnitOfWork(engine, immediate=True) as uow:
            row = uow.session.get(PaymentCaptureRow, row_id)
            assert row is not None
            if row.attempts >= max_sends:
                return False
            row.status, row.attempts = "sending", row.attempts + 1
            row.authorization_id, row.amount = request.authorization_id, request.amount
            uow.commit()
            return True

    return with_retry(write)


def _captured(engine: Engine, row_id: int, transaction_id: str) -> CaptureResult:
    def write() -> CaptureResult:
        with UnitOfWork(engine, immediate=True) as uow:
            row = uow.session.get(PaymentCaptureRow, row_id)
            assert row is not None
            row.status, row.transaction_id, row.problem = CAPTURED, transaction_id[:120], ""
            order = uow.session.get(OrderRow, row.order_id)
            if order is not None:
                _unhold(order)
            result = CaptureResult(CAPTURED, row.amount, row.transaction_id)
            uow.commit()
            log.info("order %s: payment of %s %s captured (%s)", row.order_id, row.amount,
                     row.currency, transaction_id)
            return result

    return with_retry(write)


def _hold(engine: Engine, row_id: int, reason: str, *, keep_sending: bool = False) -> NoReturn:
    """Hold the order at the bench with one sentence, and raise it (CaptureFailed)."""
    problem = capture_problem(reason)

    def write() -> None:
        with UnitOfWork(engine, immediate=True) as uow:
            row = uow.session.get(PaymentCaptureRow, row_id)
            assert row is not None
            if not keep_sending:
                # Nothing was captured. Refused by the store ("sending" -> "failed"): never
                # sent again, a lead decides. Not sent, or each send confirmed not carried
                # out ("ready"): a later ship tries again, within the bound again.
                row.status = "failed" if row.status != "ready" else "ready"
                row.attempts = 0
            row.problem = str(problem)
            order = uow.session.get(OrderRow, row.order_id)
            if order is not None and order.order_status is OrderStatus.PACKED:
                order.hold_reason = str(problem)  # stays packed: the parcel is at the bench
            uow.commit()

    with_retry(write)
    log.warning("capture %s: the order is held at the bench: %s", row_id, problem)
    raise CaptureFailed(problem)


def _unhold(order: OrderRow) -> None:
    if order.order_status is OrderStatus.PACKED and order.hold_reason.startswith(HOLD_PREFIX):
        order.hold_reason = ""


def _update(engine: Engine, row_id: int, **values: object) -> None:
    def write() -> None:
        with UnitOfWork(engine, immediate=True) as uow:
            row = uow.session.get(PaymentCaptureRow, row_id)
            assert row is not None
            for name, value in values.items():
                setattr(row, name, value)
            uow.commit()

    with_retry(write)


def check_settled(session: Session, order: OrderRow) -> None:
    """Inside a ship transaction: refuse (CaptureFailed) an order whose authorised payment
    is neither captured nor waived by a lead. Nothing ships unpaid."""
    if not needs_capture(Payment.from_json(order.payment)):
        return
    row = _capture_row(session, order.id)
    if row is not None and row.status in SETTLED:
        return
    raise CaptureFailed(rules.stored_problem(order.hold_reason) if payment_held(order)
                        else rules.capture_problem(rules.REASON_UNCONFIRMED))


# --- a lead lets it ship unpaid -----------------------------------------------------------


def payment_held(order: OrderRow) -> bool:
    """The packed order waits for its payment (a capture failed)."""
    return order.order_status is OrderStatus.PACKED and order.hold_reason.startswith(HOLD_PREFIX)


def waive_in_session(session: Session, actor: Actor | None, order: OrderRow) -> Actor:
    """A lead's badge: the packed order ships without its payment captured (recorded with
    the lead's name). Inside the caller's transaction."""
    lead = require_role(actor, Role.LEAD, "shipping an order whose payment was not captured")
    row = _capture_row(session, order.id)
    if row is None:
        payment = Payment.from_json(order.payment)
        row = PaymentCaptureRow(order_id=order.id, source=order.source,
                                currency=payment.currency if payment else order.currency)
        session.add(row)
    if row.status == "sending":
        # A capture whose answer was lost may have gone through: the lead ships it, and the
        # record keeps that it was never confirmed either way.
        row.problem = f"{row.problem} (a capture was sent and never confirmed)".strip()
    row.status, row.waived_by, row.waived_at = WAIVED, lead.name, utcnow()
    _unhold(order)
    log.warning("order %s ships with its payment not captured, by %s (%s)", order.number,
                lead.name, row.problem)
    return lead


def waive_capture(uow: UnitOfWork, actor: Actor | None, order_id: int) -> str:
    """A lead lets a packed order ship unpaid (the command line, the dashboard); its number."""
    require_role(actor, Role.LEAD, "shipping an order whose payment was not captured")
    with uow.writing() as writer:
        order = writer.session.get(OrderRow, order_id)
        if order is None or order.order_status is not OrderStatus.PACKED:
            raise CaptureFailed("only a packed order can ship unpaid")
        waive_in_session(writer.session, actor, order)
        number = order.number
        writer.commit()
        return number


def held_for_payment(uow: UnitOfWork, order_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Of ``order_ids``, those packed and held at the bench for their payment: id ->
    (number, the sentence)."""
    with uow:
        rows = uow.session.execute(
            select(OrderRow.id, OrderRow.number, OrderRow.hold_reason)
            .where(OrderRow.status == OrderStatus.PACKED.value,
                   OrderRow.hold_reason.startswith(HOLD_PREFIX))
        ).all()  # few: no list of ids in the query
    wanted = set(order_ids)
    return {order_id: (number, reason) for order_id, number, reason in rows if order_id in wanted}


@dataclass(frozen=True)
class CaptureRecord:
    number: str
    status: str
    amount: str
    currency: str
    attempts: int
    transaction_id: str
    problem: str
    waived_by: str


def capture_records(uow: UnitOfWork) -> list[CaptureRecord]:
    """Every capture, oldest first (the lead's list, the command line, the tests)."""
    with uow:
        rows = uow.session.execute(
            select(PaymentCaptureRow, OrderRow.number)
            .join(OrderRow, OrderRow.id == PaymentCaptureRow.order_id)
            .order_by(PaymentCaptureRow.id)
        ).all()
        return [CaptureRecord(number, r.status, r.amount, r.currency, r.attempts,
                              r.transaction_id, r.problem, r.waived_by or "")
                for r, number in rows]
