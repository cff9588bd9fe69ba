"""Box presets, the box proposal for an order, the weight check and learned weights.

The rules are in :mod:`packdesk.domain.boxes`; these functions read what they need in a
unit of work and record what happened (the box and the weight on the shipment, a weight
refusal or a lead's override as a scan event, a learned unit weight on the product).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.domain.boxes import (
    BoxPreset,
    BoxProposal,
    Dimensions,
    PackUnit,
    WeightTolerance,
    WeightVerdict,
    check_weight,
    learned_unit_weight_g,
    propose_box,
)
from packdesk.domain.errors import DomainError
from packdesk.domain.model import Role
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    BoxRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ScanEventRow,
    SettingRow,
    ShipmentRow,
    StationRow,
)

from .auth import Actor, require_role, sign_in_with_badge
from .uow import UnitOfWork

WEIGHT_SETTING = "weight_check"
BOX_KEY = "box_code"  # in orders.pending_shipment: the box the parcel was weighed in


class BoxError(DomainError):
    """A box preset or a weight setting was refused; the message says why."""


# --- Box presets ---------------------------------------------------------------------------


def _preset(row: BoxRow) -> BoxPreset:
    return BoxPreset(row.code, Dimensions(row.length_mm, row.width_mm, row.height_mm),
                     row.tare_g, row.barcode or "", row.stock)


def list_boxes(uow: UnitOfWork) -> list[BoxPreset]:
    with uow:
        return [_preset(r) for r in uow.session.scalars(
            select(BoxRow).where(BoxRow.active.is_(True)).order_by(BoxRow.code))]


def save_box(uow: UnitOfWork, actor: Actor | None, preset: BoxPreset) -> BoxPreset:
    """Create or change the preset with ``preset.code``."""
    require_role(actor, Role.ADMIN, "changing a box preset")
    code = preset.code.strip()
    if not code:
        raise BoxError("a box needs a code, e.g. S or 30x20x15")
    if preset.tare_g < 0 or (preset.stock is not None and preset.stock < 0):
        raise BoxError("tare and stock cannot be negative")
    with uow:
        session = uow.session
        barcode = preset.barcode.strip() or None
        if barcode:
            other = session.scalars(select(BoxRow).where(BoxRow.barcode == barcode,
                                                         BoxRow.code != code)).first()
            if other is not None:
                raise BoxError(f"barcode {barcode} already belongs to box {other.code}")
        row = session.scalars(select(BoxRow).where(BoxRow.code == code)).one_or_none()
        if row is None:
            row = BoxRow(code=code)
            session.add(row)
        row.length_mm, row.width_mm, row.height_mm = (
            preset.inner.length, preset.inner.width, preset.inner.height)
        row.tare_g, row.barcode, row.stock, row.active = preset.tare_g, barcode, preset.stock, True
        session.flush()
        saved = _preset(row)
        uow.commit()
        return saved


def delete_box(uow: UnitOfWork, actor: Actor | None, code: str) -> None:
    """Retire a preset (shipments keep naming it)."""
    require_role(actor, Role.ADMIN, "removing a box preset")
    with uow:
        row = uow.session.scalars(select(BoxRow).where(BoxRow.code == code)).one_or_none()
        if row is not None:
            row.active = False
            row.barcode = None
        uow.commit()


def box_for_barcode(uow: UnitOfWork, code: str) -> BoxPreset | None:
    """The preset whose shelf barcode (or code) was scanned."""
    with uow:
        row = uow.session.scalars(select(BoxRow).where(
            BoxRow.active.is_(True), (BoxRow.barcode == code) | (BoxRow.code == code))).first()
        return None if row is None else _preset(row)


# --- Units of an order and the proposal ------------------------------------------------------


def order_units(session: Session, order_id: int) -> list[PackUnit]:
    """One :class:`PackUnit` per unit to pack, with the product's size and weight."""
    lines = session.scalars(select(OrderLineRow).where(OrderLineRow.order_id == order_id)
                            .order_by(OrderLineRow.position)).all()
    skus = {line.sku_to_pack for line in lines}
    products = {p.sku: p for p in session.scalars(select(ProductRow).where(ProductRow.sku.in_(skus)))}
    units: list[PackUnit] = []
    for line in lines:
        quantity = line.quantity - line.short_qty
        product = products.get(line.sku_to_pack)
        size = None
        weight = None
        if product is not None:
            if product.length_mm and product.width_mm and product.height_mm:
                size = Dimensions(product.length_mm, product.width_mm, product.height_mm)
            weight = product.weight_g or None
        units.extend(PackUnit(line.sku_to_pack, line.name, size, weight) for _ in range(quantity))
    return units


def _order(session: Session, order_number: str) -> OrderRow:
    number = order_number.strip()
    candidates = [number] if number.startswith("#") else [number, f"#{number}"]
    row = session.scalars(select(OrderRow).where(OrderRow.number.in_(candidates))
                          .order_by(OrderRow.id.desc())).first()
    if row is None:
        raise BoxError(f"no order {order_number}")
    return row


def propose_for_order(uow: UnitOfWork, order_number: str) -> BoxProposal:
    """The smallest stocked box the order's units fit in (:class:`NoBoxFits` says why not)."""
    with uow:
        row = _order(uow.session, order_number)
        units = order_units(uow.session, row.id)
        boxes = [_preset(r) for r in uow.session.scalars(select(BoxRow).where(BoxRow.active.is_(True)))]
    return propose_box(units, boxes)


def propose_for_order_id(uow: UnitOfWork, order_id: int) -> BoxProposal:
    with uow:
        units = order_units(uow.session, order_id)
        boxes = [_preset(r) for r in uow.session.scalars(select(BoxRow).where(BoxRow.active.is_(True)))]
    return propose_box(units, boxes)


# --- Weight check ----------------------------------------------------------------------------


def weight_tolerance(uow: UnitOfWork) -> WeightTolerance:
    with uow:
        row = uow.session.get(SettingRow, WEIGHT_SETTING)
        values = dict(row.value) if row is not None else {}
    default = WeightTolerance()
    return WeightTolerance(percent=float(values.get("percent", default.percent)),
                           min_g=float(values.get("min_g", default.min_g)),
                           dunnage_g=int(values.get("dunnage_g", default.dunnage_g)))


def set_weight_tolerance(uow: UnitOfWork, actor: Actor | None, tolerance: WeightTolerance
                         ) -> WeightTolerance:
    require_role(actor, Role.ADMIN, "changing the weight tolerance")
    if not 0 <= tolerance.percent <= 50 or tolerance.min_g < 0 or tolerance.dunnage_g < 0:
        raise BoxError("tolerance: a percentage from 0 to 50 and grams of 0 or more")
    with uow:
        value = {"percent": tolerance.percent, "min_g": tolerance.min_g,
                 "dunnage_g": tolerance.dunnage_g}
        row = uow.session.get(SettingRow, WEIGHT_SETTING)
        if row is None:
            uow.session.add(SettingRow(key=WEIGHT_SETTING, value=value))
        else:
            row.value = value
        uow.commit()
    return tolerance


@dataclass(frozen=True)
class Weighing:
    """The weight check of one parcel, as the pack screen shows it."""

    order_id: int
    box: BoxPreset
    verdict: WeightVerdict

    @property
    def passes(self) -> bool:
        return self.verdict.ok


def check_parcel(uow: UnitOfWork, order_id: int, box: BoxPreset, measured_g: float, *,
                 station: str, actor: Actor | None) -> Weighing:
    """Judge the parcel on the scale; a parcel outside the tolerance is recorded as refused."""
    packer = require_role(actor, Role.PACKER, "weighing a parcel")
    tolerance = weight_tolerance(uow)
    with uow:
        units = order_units(uow.session, order_id)
        verdict = check_weight(units, box.tare_g, measured_g, tolerance)
        order = uow.session.get(OrderRow, order_id)
        if order is not None:  # the parcel's box: a bought label declares its size
            order.pending_shipment = {**dict(order.pending_shipment or {}), BOX_KEY: box.code}
        uow.session.add(ScanEventRow(
            at=utcnow(), station=station, user_name=packer.name,
            order_id=order_id, order_number=order.number if order else None, phase="pack",
            raw_code=f"SCALE:{measured_g:.0f}",
            outcome="weight_ok" if verdict.ok else "weight_off", detail=verdict.message()))
        uow.commit()
    return Weighing(order_id, box, verdict)


def override_weight(uow: UnitOfWork, weighing: Weighing, lead: Actor, *, station: str) -> None:
    """A lead lets a parcel outside the tolerance go: recorded with their name."""
    require_role(lead, Role.LEAD, "letting a parcel go with the wrong weight")
    with uow:
        order = uow.session.get(OrderRow, weighing.order_id)
        uow.session.add(ScanEventRow(
            at=utcnow(), station=station, user_name=lead.name, order_id=weighing.order_id,
            order_number=order.number if order else None, phase="pack",
            raw_code=f"SCALE:{weighing.verdict.measured_g:.0f}", outcome="weight_override",
            detail=f"{lead.name} let it go: {weighing.verdict.message()}"))
        uow.commit()


def record_on_shipment(session: Session, shipment: ShipmentRow, box_code: str | None,
                       measured_g: float | None) -> None:
    """The box used and the measured weight go on the shipment (and the label's weight)."""
    shipment.box_code = box_code
    if measured_g is not None:
        shipment.measured_weight_g = round(measured_g)
        shipment.weight_g = round(measured_g)


def learn_weights(session: Session, order_id: int, box: BoxPreset, measured_g: float,
                  tolerance: WeightTolerance) -> tuple[str, int] | None:
    """An accepted single-SKU parcel teaches the weight of a product that had none."""
    units = order_units(session, order_id)
    learned = learned_unit_weight_g(units, box.tare_g, measured_g, tolerance)
    if learned is None:
        return None
    sku, grams = learned
    product = session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one_or_none()
    if product is None or product.weight_g:
        return None
    product.learned_weight_g = grams
    return learned


@dataclass(frozen=True)
class LearnedWeight:
    sku: str
    name: str
    learned_g: int


def learned_weights(uow: UnitOfWork) -> list[LearnedWeight]:
    """Weights learned at the scale, waiting for the admin to confirm."""
    with uow:
        return [LearnedWeight(p.sku, p.name, p.learned_weight_g or 0)
                for p in uow.session.scalars(select(ProductRow).where(
                    ProductRow.learned_weight_g.is_not(None)).order_by(ProductRow.sku))]


def confirm_learned_weight(uow: UnitOfWork, actor: Actor | None, sku: str, *,
                           accept: bool = True) -> None:
    require_role(actor, Role.ADMIN, "confirming a learned weight")
    with uow:
        product = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one_or_none()
        if product is None or product.learned_weight_g is None:
            raise BoxError(f"no learned weight for {sku}")
        if accept:
            product.weight_g = product.learned_weight_g
        product.learned_weight_g = None
        uow.commit()


# --- For the pack screen -----------------------------------------------------------------------


class WeighingServices:
    """What the pack screen's box and weighing step calls (see ``packdesk.ui.weighpanel``)."""

    def __init__(self, uow: Callable[[], UnitOfWork], station: str) -> None:
        self._uow = uow
        self.station = station

    def propose(self, order_id: int) -> BoxProposal:
        return propose_for_order_id(self._uow(), order_id)

    def boxes(self) -> list[BoxPreset]:
        return list_boxes(self._uow())

    def box_for_code(self, code: str) -> BoxPreset | None:
        return box_for_barcode(self._uow(), code)

    def check(self, order_id: int, box: BoxPreset, grams: float, actor: Actor | None) -> Weighing:
        """Judge the parcel; an accepted single-SKU parcel teaches a missing unit weight."""
        weighing = check_parcel(self._uow(), order_id, box, grams, station=self.station,
                                actor=actor)
        if weighing.passes and weighing.verdict.checkable is False:
            uow = self._uow()
            tolerance = weight_tolerance(uow)
            with uow:
                learn_weights(uow.session, order_id, box, grams, tolerance)
                uow.commit()
        return weighing

    def record_shipment(self, shipment_id: int, box_code: str, measured_g: float | None) -> None:
        """The box used and the measured weight go on the shipment."""
        uow = self._uow()
        with uow:
            shipment = uow.session.get(ShipmentRow, shipment_id)
            if shipment is not None:
                record_on_shipment(uow.session, shipment, box_code, measured_g)
                uow.commit()

    def override(self, weighing: Weighing, lead_badge: str) -> Actor:
        """A lead's badge lets a parcel outside the tolerance go; returns the lead."""
        lead = sign_in_with_badge(self._uow(), lead_badge)
        override_weight(self._uow(), weighing, lead, station=self.station)
        return lead


# --- Scale settings of a station -------------------------------------------------------------


def scale_settings(uow: UnitOfWork, station: str) -> dict[str, str]:
    with uow:
        row = uow.session.scalars(select(StationRow).where(StationRow.name == station)).one_or_none()
        return dict(row.scale_settings or {}) if row is not None else {}


def all_scale_settings(uow: UnitOfWork, actor: Actor | None) -> dict[str, dict[str, str]]:
    require_role(actor, Role.ADMIN, "the scale settings")
    with uow:
        return {r.name: dict(r.scale_settings or {})
                for r in uow.session.scalars(select(StationRow).order_by(StationRow.name))}


def save_scale_settings(uow: UnitOfWork, actor: Actor | None, station: str,
                        settings: dict[str, str]) -> dict[str, str]:
    """The station's scale (an empty ``port``: no scale, the station works without)."""
    require_role(actor, Role.ADMIN, "changing the scale settings")
    clean = {k: str(v).strip() for k, v in settings.items() if str(v).strip()}
    if clean.get("protocol", "mt-sics") not in ("mt-sics", "continuous"):
        raise BoxError("scale protocol: mt-sics or continuous")
    if not clean.get("baudrate", "9600").isdigit():
        raise BoxError("baud rate: a whole number such as 9600")
    with uow:
        row = uow.session.scalars(select(StationRow).where(StationRow.name == station)).one_or_none()
        if row is None:
            raise BoxError(f"no station {station}: save the station first")
        row.scale_settings = clean
        uow.commit()
    return clean
