"""Carrier labels for packed orders: bought once, read back when an answer is lost.

A label source (EasyPost, a carrier's own API) sits behind :class:`LabelSource`; this module
keeps the discipline that makes a second purchase for one parcel impossible, the same as the
outbox's:

1. the carrier shipment is recorded (``carrier_labels`` row with the order's reference)
   before it is asked for, and its id as soon as it is known;
2. the row says ``buying`` (committed) before a purchase is sent; a purchase whose answer is
   lost is resolved by reading that shipment back before anything else is bought, and so is
   a row found ``buying`` by a later call (a crash, a second station);
3. a bought label is stored with its bytes: a reprint prints them and never buys;
4. purchases are bounded; one that cannot be confirmed holds the order with one sentence for
   the lead (``unresolved``), and nothing is bought for it until the lead has looked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Address, OrderStatus
from packdesk.domain.shipping_methods import LabelRoute, parse_routes, route_for
from packdesk.persistence.tables import CarrierLabelRow, OrderRow

from .uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_BUYS = 2  # purchases sent for one shipment, each one confirmed not carried out first
READ_BACKS = 3  # tries to read a shipment back after a lost answer


@dataclass(frozen=True)
class CustomsLine:
    description: str
    quantity: int
    value: str  # decimal text, in the order's currency
    weight_g: int
    hs_code: str
    origin_country: str


@dataclass(frozen=True)
class ParcelRequest:
    """What a label source needs to create and buy one parcel's shipment."""

    reference: str  # the order number: finds the shipment again at the carrier
    ship_to: Address
    ship_from: Address
    weight_g: int
    dimensions_cm: tuple[float, float, float] | None = None  # length, width, height
    label_format: str = "zpl"  # "zpl" for a thermal printer, "pdf" for a desktop one
    carrier: str = ""  # the admin's rule: a named carrier and service...
    service: str = ""
    ship_by: date | None = None  # ...or the cheapest that meets this date
    customs: tuple[CustomsLine, ...] = ()
    currency: str = ""


@dataclass(frozen=True)
class Purchase:
    shipment_id: str
    carrier: str
    service: str
    rate: str
    currency: str
    tracking_number: str
    label: bytes
    label_format: str


class LabelRefused(DomainError):
    """The carrier said no (address, no rate, balance): nothing was bought; one sentence."""


class AnswerLost(Exception):
    """A request whose answer never came: it may or may not have been carried out."""


class LabelUnresolved(DomainError):
    """A purchase that could not be confirmed either way: the order is held for the lead."""


class LabelSource(Protocol):
    name: str

    def create(self, request: ParcelRequest) -> str:
        """Create the carrier shipment (nothing bought); its id. LabelRefused, AnswerLost."""
        ...

    def find(self, reference: str) -> str | None:
        """The id of a shipment created for ``reference`` whose answer was lost, if any."""
        ...

    def buy(self, shipment_id: str, request: ParcelRequest) -> Purchase:
        """Buy the label by the request's rule. LabelRefused, AnswerLost."""
        ...

    def read_back(self, shipment_id: str, request: ParcelRequest) -> Purchase | None:
        """The label if the shipment was bought, None if it was not. AnswerLost."""
        ...

    def refund(self, shipment_id: str) -> str:
        """Ask for the label's money back; the carrier's refund status."""
        ...


def order_id_for(engine: Engine, number: str) -> int:
    wanted = number.strip()
    with UnitOfWork(engine) as uow:
        found = uow.session.scalars(
            select(OrderRow.id).where(OrderRow.number.in_([wanted, f"#{wanted.lstrip('#')}"]))
            .order_by(OrderRow.id).limit(1)
        ).first()
    if found is None:
        raise LabelRefused(f"no order numbered {number!r}")
    return int(found)


def current_label(engine: Engine, order_id: int) -> CarrierLabelRow | None:
    """The order's label that is not voided, detached from its session."""
    with UnitOfWork(engine) as uow:
        row = _current(uow, order_id)
        if row is not None:
            uow.session.expunge(row)
        return row


def stored_purchase(row: CarrierLabelRow) -> Purchase:
    return Purchase(
        shipment_id=row.shipment_id, carrier=row.carrier, service=row.service, rate=row.rate,
        currency=row.currency, tracking_number=row.tracking_number, label=row.label or b"",
        label_format=row.label_format,
    )


def obtain_label(
    engine: Engine, order_id: int, request: ParcelRequest, source: LabelSource,
    *, max_buys: int = MAX_BUYS,
) -> Purchase:
    """The order's label from ``source``: the stored one if bought, else bought exactly once."""
    row_id, status, shipment_id, resumed, reference = _start(engine, order_id, request, source.name)
    request = replace(request, reference=reference)  # a replacement label's own reference
    if status == "bought":
        return _load(engine, row_id)
    if status == "creating":
        shipment_id = _create(engine, row_id, request, source, look_first=resumed)
    if status == "buying":
        bought = _read_back(engine, row_id, order_id, shipment_id, request, source)
        if bought is not None:
            return bought
    for _attempt in range(max_buys):
        if not _mark_buying(engine, row_id, max_buys):
            break
        try:
            purchase = source.buy(shipment_id, request)
        except LabelRefused:
            _update(engine, row_id, status="created", buy_attempts=0)
            raise
        except AnswerLost as lost:
            log.warning("purchase of %s for order %s: answer lost (%s)", shipment_id, order_id, lost)
            bought = _read_back(engine, row_id, order_id, shipment_id, request, source)
            if bought is not None:
                return bought
            continue  # confirmed not bought: one more purchase is safe, within the bound
        return _record(engine, row_id, purchase)
    _update(engine, row_id, status="created", buy_attempts=0)  # each one confirmed not bought
    raise LabelRefused(
        f"the {source.name} purchase did not go through after {max_buys} tries "
        "(nothing was bought): try again in a minute"
    )


def void_label(engine: Engine, order_id: int, source: LabelSource) -> str:
    """Refund the order's bought label at the carrier and record it; the order may get a new one."""
    with UnitOfWork(engine) as uow:
        row = _current(uow, order_id)
        if row is None or row.status != "bought":
            raise LabelRefused("this order has no bought label to void")
        row_id, shipment_id = row.id, row.shipment_id
    refund_status = source.refund(shipment_id)
    _update(engine, row_id, status="voided", refund_status=refund_status)
    return refund_status


# --- steps, each in its own short transaction ------------------------------------------


def _current(uow: UnitOfWork, order_id: int) -> CarrierLabelRow | None:
    return uow.session.scalars(
        select(CarrierLabelRow)
        .where(CarrierLabelRow.order_id == order_id,
               CarrierLabelRow.status.not_in(("voided", "voiding")))
        .order_by(CarrierLabelRow.id.desc()).limit(1)
    ).first()


def _start(
    engine: Engine, order_id: int, request: ParcelRequest, source: str
) -> tuple[int, str, str, bool, str]:
    with UnitOfWork(engine, immediate=True) as uow:
        row = _current(uow, order_id)
        resumed = row is not None
        if row is None:
            order = uow.session.get(OrderRow, order_id)
            if order is None or order.order_status is not OrderStatus.PACKED:
                raise LabelRefused("only a packed order gets a shipping label")
            earlier = uow.session.scalar(
                select(func.count()).select_from(CarrierLabelRow)
                .where(CarrierLabelRow.order_id == order_id)) or 0
            # A voided shipment keeps the order number at the carrier: a replacement label's
            # reference is its own, so a lost answer never finds the voided one instead.
            row = CarrierLabelRow(
                order_id=order_id, source=source,
                reference=f"{request.reference}-{earlier + 1}" if earlier else request.reference,
                label_format=request.label_format,
            )
            uow.session.add(row)
            uow.commit()
        if row.status == "unresolved":
            raise LabelUnresolved(row.problem)
        return row.id, row.status, row.shipment_id, resumed, row.reference


def _create(
    engine: Engine, row_id: int, request: ParcelRequest, source: LabelSource, *, look_first: bool
) -> str:
    shipment_id = None
    try:
        # A row left "creating" by a lost answer: the shipment may exist at the carrier.
        shipment_id = source.find(request.reference) if look_first else None
        if shipment_id is None:
            shipment_id = source.create(request)
    except AnswerLost as lost:
        try:
            shipment_id = source.find(request.reference)
        except AnswerLost:
            shipment_id = None
        if shipment_id is None:
            raise LabelRefused(f"{lost}: nothing was bought, try again") from lost
    except LabelRefused:
        _delete(engine, row_id)  # no shipment exists: nothing to remember
        raise
    _update(engine, row_id, shipment_id=shipment_id, status="created")
    return shipment_id


def _read_back(
    engine: Engine, row_id: int, order_id: int, shipment_id: str, request: ParcelRequest,
    source: LabelSource,
) -> Purchase | None:
    for _ in range(READ_BACKS):
        try:
            bought = source.read_back(shipment_id, request)
        except AnswerLost:
            continue
        if bought is None:
            _update(engine, row_id, status="created")
            return None
        return _record(engine, row_id, bought)
    problem = (
        f"the {source.name} label purchase for shipment {shipment_id} could not be confirmed: "
        f"check it at {source.name} before this order gets another label"
    )
    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        order = uow.session.get(OrderRow, order_id)
        assert row is not None and order is not None
        row.status, row.problem = "unresolved", problem
        if order.order_status is OrderStatus.PACKED:
            order.change_status(OrderStatus.ON_HOLD, problem)
        uow.commit()
    raise LabelUnresolved(problem)


def _mark_buying(engine: Engine, row_id: int, max_buys: int) -> bool:
    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        assert row is not None
        if row.buy_attempts >= max_buys:
            return False
        row.status = "buying"
        row.buy_attempts += 1
        uow.commit()
        return True


def _record(engine: Engine, row_id: int, purchase: Purchase) -> Purchase:
    _update(
        engine, row_id, status="bought", shipment_id=purchase.shipment_id, carrier=purchase.carrier,
        service=purchase.service, rate=purchase.rate, currency=purchase.currency,
        tracking_number=purchase.tracking_number, label=purchase.label,
        label_format=purchase.label_format, problem="",
    )
    return purchase


def _load(engine: Engine, row_id: int) -> Purchase:
    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        assert row is not None
        return stored_purchase(row)


def _update(engine: Engine, row_id: int, **values: object) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)
        uow.commit()


def _delete(engine: Engine, row_id: int) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.get(CarrierLabelRow, row_id)
        if row is not None:
            uow.session.delete(row)
            uow.commit()



# --- shipping a packed order with its label (the command line; the station after core) -


SHIP_FROM_SETTING = "carriers.ship_from"  # {station name or "*": address fields}
SEQUENCE_SETTING = "carriers.sequence."  # + carrier code: {"prefix", "next", "width"}


@dataclass(frozen=True)
class ShippedOrder:
    number: str
    carrier: str
    service: str
    tracking_number: str
    tracking_url: str


def next_own_number(engine: Engine, carrier: str) -> str:
    """The next number of the admin's sequence for our own label of ``carrier``."""
    from packdesk.persistence.tables import SettingRow

    key = SEQUENCE_SETTING + carrier.strip().lower()
    with UnitOfWork(engine, immediate=True) as uow:
        row = uow.session.get(SettingRow, key, with_for_update=True)
        if row is None:
            raise LabelRefused(
                f"no number sequence for {carrier}: the admin must set one before its own labels"
            )
        value = dict(row.value)
        number = int(value.get("next", 1))
        value["next"] = number + 1
        row.value = value
        uow.commit()
    return f"{value.get('prefix', '')}{number:0{int(value.get('width', 0))}d}"


def ship_packed_order(
    engine: Engine, order_id: int, *, carrier: str, service: str, tracking_number: str,
    weight_g: int, label_format: str, station: str, user: str,
) -> ShippedOrder:
    """Shipment, shipped status and the store's "shipped" message in one transaction."""
    from packdesk.domain.model import Shipment
    from packdesk.domain.payments import CaptureFailed
    from packdesk.domain.time import utcnow

    from .outbox import tracking_url_for
    from .payments import check_settled
    from .shipping import record_shipment

    with UnitOfWork(engine, immediate=True) as uow:
        row = uow.session.get(OrderRow, order_id, with_for_update=True)
        if row is None or row.order_status is not OrderStatus.PACKED:
            state = row.order_status.value.replace("_", " ") if row else "unknown"
            raise LabelRefused(f"order {row.number if row else order_id} is {state}: only a packed order can ship")
        try:
            check_settled(uow.session, row)  # captured (``capture_for_ship``) or waived first
        except CaptureFailed as unpaid:
            raise LabelRefused(str(unpaid)) from None
        shipment, _message = record_shipment(
            uow.session, row,
            Shipment(carrier=carrier, service=service, tracking_number=tracking_number,
                     weight_g=weight_g, label_format=label_format,
                     tracking_url=tracking_url_for(carrier, tracking_number)),
            station=station, user=user, now=utcnow())
        shipped = ShippedOrder(row.number, carrier, shipment.service, tracking_number,
                               shipment.tracking_url)
        uow.commit()
    return shipped


@dataclass(frozen=True)
class ManifestLine:
    tracking_number: str
    order_number: str
    weight_g: int
    carrier_shipment_id: str  # the label source's shipment id, "" for scanned or own labels


def manifest_lines(engine: Engine, carrier: str, day: date) -> list[ManifestLine]:
    """The parcels shipped with ``carrier`` on ``day`` (UTC), without voided labels."""
    from datetime import datetime, time, timedelta

    from packdesk.persistence.tables import ShipmentRow

    start = datetime.combine(day, time.min)
    with UnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(ShipmentRow.tracking_number, OrderRow.number, ShipmentRow.weight_g,
                   ShipmentRow.order_id)
            .join(OrderRow, OrderRow.id == ShipmentRow.order_id)
            .where(func.lower(ShipmentRow.carrier) == carrier.strip().lower(),
                   ShipmentRow.kind == "outbound",
                   ShipmentRow.created_at >= start,
                   ShipmentRow.created_at < start + timedelta(days=1))
            .order_by(ShipmentRow.created_at, ShipmentRow.id)
        ).all()
        bought = {
            (r.order_id, r.tracking_number): r.shipment_id
            for r in uow.session.scalars(
                select(CarrierLabelRow).where(
                    CarrierLabelRow.order_id.in_([row.order_id for row in rows]),
                    CarrierLabelRow.status == "bought")
            )
        }
    return [
        ManifestLine(tracking, number, weight, bought.get((order_id, tracking), ""))
        for tracking, number, weight, order_id in rows
    ]


METHODS_SETTING = "carriers.methods"


def label_route(engine: Engine, order_id: int) -> LabelRoute:
    """Where the order's label comes from, by the admin's mapping of its shipping method."""
    from packdesk.persistence.tables import SettingRow

    with UnitOfWork(engine) as uow:
        order = uow.session.get(OrderRow, order_id)
        if order is None:
            raise LabelRefused("no such order")
        setting = uow.session.get(SettingRow, METHODS_SETTING)
        table = dict(setting.value) if setting else {}
        return route_for(order.shipping_method, parse_routes(table))
