"""Returns at the bench over a unit of work: open, receive units, close with the refund.

The rules are the domain's (``packdesk.domain.returns``); this module reads the order's
shipped lines, finds which other order a refused unit might belong to, and at close
writes in ONE transaction: the return and its units, the stock put back in the bin or
the quarantine location with a stock movement each (who, when, why), and the refund as
an ``order.refund`` outbox message (or, above the admin's amount, a refund waiting for
a lead's approval). Nothing is written when a unit is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import BinCode, MovementReason, OrderStatus, Role, bin_barcode
from packdesk.domain.returns import (
    Condition,
    Refund,
    Return,
    ReturnPolicy,
    ReturnRefused,
    ShippedLine,
    code_key,
    compute_refund,
    location_for,
    money,
)
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    BinRow,
    BinStockRow,
    OrderLineRow,
    OrderRow,
    ProductBarcodeRow,
    ProductRow,
    ReturnedUnitRow,
    ReturnRow,
    SettingRow,
    ShipmentRow,
    StockMovementRow,
)
from packdesk.services.auth import Actor, require_role
from packdesk.services.outbox import ORDER_REFUND, enqueue
from packdesk.services.uow import UnitOfWork

POLICY_SETTING = "returns.policy"
# Return authorisations the store announced: {order number: rma code} (Shopify returns).
AUTHORISATIONS_SETTING = "returns.authorisations"

REFUND_QUEUED = "queued"
REFUND_AWAITING = "awaiting_approval"


# --- Policy -------------------------------------------------------------------------


def policy_to_json(policy: ReturnPolicy) -> dict[str, Any]:
    return {
        "quarantine_bin": policy.quarantine_bin,
        "refund_shipping": policy.refund_shipping,
        "restocking_fee_percent": str(policy.restocking_fee_percent),
        "fee_conditions": sorted(c.value for c in policy.fee_conditions),
        "approval_above": None if policy.approval_above is None else str(policy.approval_above),
        "api_refund": policy.api_refund,
    }


def policy_from_json(value: dict[str, Any]) -> ReturnPolicy:
    default = ReturnPolicy()
    above = value.get("approval_above")
    return ReturnPolicy(
        quarantine_bin=str(value.get("quarantine_bin") or default.quarantine_bin),
        refund_shipping=bool(value.get("refund_shipping", default.refund_shipping)),
        restocking_fee_percent=money(value.get("restocking_fee_percent") or "0"),
        fee_conditions=frozenset(Condition(c) for c in value.get("fee_conditions",
                                                                 [c.value for c in default.fee_conditions])),
        approval_above=None if above in (None, "") else money(above),
        api_refund=bool(value.get("api_refund", default.api_refund)),
    )


def _policy(session: Session) -> ReturnPolicy:
    row = session.get(SettingRow, POLICY_SETTING)
    return policy_from_json(row.value) if row is not None else ReturnPolicy()


def load_policy(uow: UnitOfWork) -> ReturnPolicy:
    with uow:
        return _policy(uow.session)


def save_policy(uow: UnitOfWork, actor: Actor | None, policy: ReturnPolicy) -> None:
    require_role(actor, Role.ADMIN, "setting the rules for returns")
    BinCode.parse(policy.quarantine_bin)
    with uow:
        row = uow.session.get(SettingRow, POLICY_SETTING)
        if row is None:
            uow.session.add(SettingRow(key=POLICY_SETTING, value=policy_to_json(policy)))
        else:
            row.value = policy_to_json(policy)
        uow.commit()


def record_authorisation(uow: UnitOfWork, order_number: str, rma_code: str) -> None:
    """A return the store announced (e.g. a Shopify return on the order): its code opens the
    return at the bench, and the return is not flagged as unannounced."""
    if not rma_code.strip():
        raise ReturnRefused("a return authorisation needs its code")
    with uow:
        row = uow.session.get(SettingRow, AUTHORISATIONS_SETTING)
        if row is None:
            uow.session.add(SettingRow(key=AUTHORISATIONS_SETTING, value={order_number: rma_code.strip()}))
        else:
            row.value = {**row.value, order_number: rma_code.strip()}
        uow.commit()


# --- Views --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnLineView:
    line_id: int
    sku: str
    name: str
    shipped: int
    returned_before: int
    received: int
    bin_code: str | None
    unit_price: str


@dataclass
class ReturnDraft:
    """A return being received at the bench: the domain value plus what the screen shows."""

    order_id: int
    source: str
    currency: str
    ret: Return
    bins: dict[str, str] = field(default_factory=dict)  # sku -> its bin
    rma_code: str | None = None
    announced: bool = False
    packer: str = ""
    policy: ReturnPolicy = field(default_factory=ReturnPolicy)

    @property
    def number(self) -> str:
        return self.ret.order_number

    def lines(self) -> list[ReturnLineView]:
        return [
            ReturnLineView(line.line_id, line.sku, line.name, line.shipped, line.returned,
                           self.ret.received_of(line.line_id), self.bins.get(line.sku),
                           str(line.unit_price))
            for line in self.ret.lines
        ]


@dataclass(frozen=True)
class UnitOutcome:
    code: str
    sku: str
    condition: str
    location: str


@dataclass(frozen=True)
class ReturnSummary:
    return_id: int
    order_number: str
    units: tuple[UnitOutcome, ...]
    refund: Refund
    refund_status: str
    outbox_message_id: int | None
    flagged: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "return_id": self.return_id,
            "order": self.order_number,
            "units": [{"code": u.code, "sku": u.sku, "condition": u.condition, "location": u.location}
                      for u in self.units],
            "refund": {"amount": str(self.refund.amount), "currency": self.refund.currency,
                       "status": self.refund_status},
            "outbox_message_id": self.outbox_message_id,
            "flagged_for_lead": self.flagged,
        }


# --- Reading ------------------------------------------------------------------------


def _find_order(session: Session, text: str) -> OrderRow | None:
    wanted = text.strip()
    authorisations = session.get(SettingRow, AUTHORISATIONS_SETTING)
    if authorisations is not None:
        for number, rma in authorisations.value.items():
            if str(rma).upper() == wanted.upper():
                wanted = number
                break
    candidates = [wanted] if wanted.startswith("#") else [wanted, f"#{wanted}"]
    return session.scalars(
        select(OrderRow).where(OrderRow.number.in_(candidates))
        .order_by((OrderRow.status == OrderStatus.SHIPPED.value).desc(), OrderRow.id.desc()).limit(1)
    ).first()


def _returned_before(session: Session, order_id: int) -> dict[int, int]:
    rows = session.execute(
        select(ReturnedUnitRow.order_line_id, func.count())
        .join(ReturnRow, ReturnRow.id == ReturnedUnitRow.return_id)
        .where(ReturnRow.order_id == order_id)
        .group_by(ReturnedUnitRow.order_line_id)
    ).all()
    return {int(line_id): int(count) for line_id, count in rows}


def _codes_by_sku(session: Session, skus: Iterable[str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for sku, code in session.execute(
        select(ProductRow.sku, ProductBarcodeRow.code)
        .join(ProductBarcodeRow, ProductBarcodeRow.product_id == ProductRow.id)
        .where(ProductRow.sku.in_(list(skus)))
    ):
        found.setdefault(sku, set()).add(code)
    return {sku: frozenset(codes) for sku, codes in found.items()}


def _home_bins(session: Session, skus: Iterable[str]) -> dict[str, str]:
    """Each SKU's bin: the active bin holding most of it (ties: walking order)."""
    bins: dict[str, str] = {}
    for sku, code in session.execute(
        select(ProductRow.sku, BinRow.code)
        .join(BinStockRow, BinStockRow.product_id == ProductRow.id)
        .join(BinRow, BinRow.id == BinStockRow.bin_id)
        .where(ProductRow.sku.in_(list(skus)), BinRow.active.is_(True))
        .order_by(ProductRow.sku, BinStockRow.quantity.desc(), BinRow.walk_order)
    ):
        bins.setdefault(sku, code)
    return bins


def _draft(session: Session, text: str) -> ReturnDraft:
    row = _find_order(session, text)
    if row is None:
        raise ReturnRefused(f"no order numbered {text.strip()!r}")
    shipped = row.status == OrderStatus.SHIPPED.value
    before = _returned_before(session, row.id)
    skus = {line.sku_to_pack for line in row.lines}
    codes = _codes_by_sku(session, skus)
    lines = [
        ShippedLine(line.id, line.sku_to_pack, line.name, max(0, line.quantity - line.short_qty),
                    before.get(line.id, 0), money(line.unit_price),
                    codes.get(line.sku_to_pack, frozenset()))
        for line in row.lines
    ]
    ret = Return(row.number, lines, row.currency, shipped=shipped)
    authorisations = session.get(SettingRow, AUTHORISATIONS_SETTING)
    rma = authorisations.value.get(row.number) if authorisations is not None else None
    packer = session.scalar(
        select(ShipmentRow.user_name).where(ShipmentRow.order_id == row.id).order_by(ShipmentRow.id.desc()).limit(1))
    return ReturnDraft(row.id, row.source, row.currency, ret, _home_bins(session, skus),
                       rma_code=rma, announced=rma is not None, packer=packer or "",
                       policy=_policy(session))


def other_shipped_order(session: Session, code: str, exclude_order_id: int) -> str | None:
    """The latest shipped order (not this one) with a line of the product scanned, if any."""
    sku = session.scalar(
        select(ProductRow.sku).join(ProductBarcodeRow, ProductBarcodeRow.product_id == ProductRow.id)
        .where(ProductBarcodeRow.code == code_key(code)).limit(1)
    ) or code.strip()
    return session.scalar(
        select(OrderRow.number).join(OrderLineRow, OrderLineRow.order_id == OrderRow.id)
        .where(OrderLineRow.sku == sku, OrderRow.status == OrderStatus.SHIPPED.value,
               OrderRow.id != exclude_order_id)
        .order_by(OrderRow.shipped_at.desc(), OrderRow.id.desc()).limit(1)
    )


class ReturnsService:
    """What the returns screen and the command line do; one unit of work per call."""

    def __init__(self, uow: UnitOfWork, *, station: str = "") -> None:
        self._uow = uow
        self.station = station

    def open(self, order_or_rma: str) -> ReturnDraft:
        """The order's shipped lines with what came back before; refused if never shipped."""
        with self._uow as uow:
            return _draft(uow.session, order_or_rma)

    def receive(self, draft: ReturnDraft, code: str, condition: Condition = Condition.RESELLABLE,
                reason: str = "") -> UnitOutcome:
        """Take one scanned unit into the draft (nothing is written until ``close``)."""
        other = None
        if draft.ret.line_for(code) is None:
            with self._uow as uow:
                other = other_shipped_order(uow.session, code, draft.order_id)
        unit = draft.ret.receive(code, condition, reason, other_order=other)
        return UnitOutcome(unit.code, unit.sku, unit.condition.value,
                           location_for(unit, draft.bins.get(unit.sku), draft.policy))

    def set_condition(self, draft: ReturnDraft, index: int, condition: Condition) -> None:
        units = draft.ret.units
        units[index] = replace(units[index], condition=condition)

    def close(self, draft: ReturnDraft, actor: Actor | None, reason: str = "") -> ReturnSummary:
        """Write the return, its stock changes and its refund in one transaction."""
        require_role(actor, Role.PACKER, "receiving a return")
        if not draft.ret.units:
            raise ReturnRefused("scan at least one returned unit before closing the return")
        with self._uow.writing() as uow:
            session = uow.session
            # Again under the write lock (SQLite) or the order's row lock (PostgreSQL):
            # another bench may have received units of this order meanwhile.
            session.execute(select(OrderRow.id).where(OrderRow.id == draft.order_id).with_for_update())
            fresh = _draft(session, draft.number)
            if fresh.order_id != draft.order_id:
                raise ReturnRefused(f"order {draft.number} changed while its return was received")
            for unit in draft.ret.units:
                fresh.ret.receive(unit.code, unit.condition, unit.reason or reason)
            summary = _write_return(session, fresh, _policy(session), actor, self.station, reason)
            uow.commit()
        return summary

    def receive_and_close(self, order_or_rma: str, items: Sequence[tuple[str, Condition]],
                          actor: Actor | None, reason: str = "") -> ReturnSummary:
        draft = self.open(order_or_rma)
        for code, condition in items:
            self.receive(draft, code, condition, reason)
        return self.close(draft, actor, reason)

    def approve_refund(self, return_id: int, lead: Actor | None) -> ReturnSummary:
        """A lead lets a refund above the admin's amount go to the store."""
        if lead is None or not lead.can(Role.LEAD):
            raise PermissionDenied("a lead approves refunds above the set amount; scan a lead badge")
        with self._uow.writing() as uow:
            row = uow.session.get(ReturnRow, return_id)
            if row is None:
                raise ReturnRefused(f"no return {return_id}")
            if row.refund_status != REFUND_AWAITING:
                raise ReturnRefused(f"the refund of return {return_id} is {row.refund_status}, not waiting")
            order = uow.session.get(OrderRow, row.order_id)
            assert order is not None
            message = _enqueue_refund(uow.session, order, row, _policy(uow.session))
            row.refund_status = REFUND_QUEUED
            row.approved_by = lead.name
            row.outbox_message_id = message.id
            uow.commit()
            return _summary(row)

    def waiting_refunds(self) -> list[ReturnSummary]:
        """Closed returns whose refund waits for a lead, oldest first."""
        with self._uow as uow:
            return [_summary(row) for row in uow.session.scalars(
                select(ReturnRow).where(ReturnRow.refund_status == REFUND_AWAITING).order_by(ReturnRow.id))]

    def awaiting_approval(self) -> int:
        """How many refunds wait for a lead (the badge on the lead's screen)."""
        with self._uow as uow:
            return int(uow.session.scalar(
                select(func.count()).select_from(ReturnRow).where(ReturnRow.refund_status == REFUND_AWAITING)) or 0)


def _bin_row(session: Session, code: str) -> BinRow:
    row = session.scalars(select(BinRow).where(BinRow.code == code)).first()
    if row is None:  # the admin's quarantine location, made on first use
        parsed = BinCode.parse(code)
        row = BinRow(code=str(parsed), barcode=bin_barcode(parsed), walk_order=parsed.walk_key(),
                     zone=parsed.zone, active=True)
        session.add(row)
        session.flush()
    return row


def _put_back(session: Session, bin_row: BinRow, product_id: int, now: datetime,
              order_id: int, actor: Actor | None) -> None:
    stock = session.scalars(select(BinStockRow).where(
        BinStockRow.bin_id == bin_row.id, BinStockRow.product_id == product_id)).first()
    if stock is None:
        session.add(BinStockRow(bin_id=bin_row.id, product_id=product_id, quantity=1))
    else:
        stock.quantity += 1
    session.add(StockMovementRow(at=now, product_id=product_id, bin_id=bin_row.id, delta=1,
                                 reason=MovementReason.RETURN.value, order_id=order_id,
                                 user_name=actor.name if actor else None))


def _write_return(session: Session, draft: ReturnDraft, policy: ReturnPolicy, actor: Actor | None,
                  station: str, reason: str) -> ReturnSummary:
    now = utcnow()
    refund = compute_refund(draft.ret, policy)
    order = session.get(OrderRow, draft.order_id)
    assert order is not None
    row = ReturnRow(
        order_id=order.id, order_number=order.number, rma_code=draft.rma_code,
        announced=draft.announced, flagged=not draft.announced, reason=reason.strip(),
        station=station or None, user_name=actor.name if actor else None, status="closed",
        refund_amount=str(refund.amount), refund_shipping=str(refund.shipping),
        restocking_fee=str(refund.restocking_fee), currency=refund.currency,
        refund_status=REFUND_AWAITING if refund.needs_approval(policy) else REFUND_QUEUED,
        created_at=now, closed_at=now,
    )
    session.add(row)
    product_ids = {sku: product_id for sku, product_id in session.execute(
        select(ProductRow.sku, ProductRow.id).where(ProductRow.sku.in_({u.sku for u in draft.ret.units})))}
    price = {line.line_id: line.unit_price for line in draft.ret.lines}
    fee_rate = policy.restocking_fee_percent / Decimal(100)
    for unit in draft.ret.units:
        location = location_for(unit, draft.bins.get(unit.sku), policy)
        product_id = product_ids.get(unit.sku)
        if product_id is not None:
            _put_back(session, _bin_row(session, location), product_id, now, order.id, actor)
        unit_total = price[unit.line_id]
        if unit.condition in policy.fee_conditions:
            unit_total -= (unit_total * fee_rate).quantize(Decimal("0.01"))
        row.units.append(ReturnedUnitRow(
            order_line_id=unit.line_id, product_id=product_id, sku=unit.sku, code=unit.code,
            condition=unit.condition.value, reason=unit.reason or reason.strip(), location=location,
            refund_total=str(unit_total),
        ))
    session.flush()
    if row.refund_status == REFUND_QUEUED:
        row.outbox_message_id = _enqueue_refund(session, order, row, policy).id
    return _summary(row)


def _enqueue_refund(session: Session, order: OrderRow, row: ReturnRow, policy: ReturnPolicy) -> Any:
    lines: dict[int, dict[str, Any]] = {}
    positions = {line.id: line.position for line in order.lines}
    for unit in row.units:
        entry = lines.setdefault(unit.order_line_id, {
            "order_line_id": unit.order_line_id, "position": positions.get(unit.order_line_id),
            "sku": unit.sku, "quantity": 0, "refund_total": "0"})
        entry["quantity"] += 1
        entry["refund_total"] = str(money(entry["refund_total"]) + money(unit.refund_total))
    returned_lines = {unit.order_line_id for unit in row.units}
    prices_known = all(line.unit_price.strip() for line in order.lines if line.id in returned_lines)
    reasons = sorted({u.reason for u in row.units if u.reason} | ({row.reason} if row.reason else set()))
    payload = {
        "order_id": order.id, "source": order.source, "external_id": order.external_id,
        "number": order.number, "return_id": row.id, "amount": row.refund_amount,
        "currency": row.currency, "shipping": row.refund_shipping,
        "reason": "; ".join(reasons) or f"Return {row.id} of order {order.number}",
        "api_refund": policy.api_refund, "line_items": list(lines.values()),
        # False: the store sent no unit prices at intake; a connector that can asks the store.
        "prices_known": prices_known,
    }
    key = f"{ORDER_REFUND}:{order.source}:{order.external_id}:{row.id}"
    payload["idempotency_key"] = key  # the store keeps it on the refund: found again after a crash
    message = enqueue(session, kind=ORDER_REFUND, destination=order.source, idempotency_key=key,
                      payload=payload, order_id=order.id)
    session.flush()
    return message


def _summary(row: ReturnRow) -> ReturnSummary:
    units = tuple(UnitOutcome(u.code, u.sku, u.condition, u.location) for u in row.units)
    refund = Refund(money(row.refund_amount), row.currency, (), money(row.refund_shipping),
                    money(row.restocking_fee))
    return ReturnSummary(row.id, row.order_number, units, refund, row.refund_status,
                         row.outbox_message_id, row.flagged)
