"""Helpers for driving the station services the way a packer with a scanner does."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from packdesk.domain.model import Shipment
from packdesk.persistence.tables import OrderRow, ProductBarcodeRow, ProductRow
from packdesk.services.printing import PACKING_SLIP, SHIPPING_LABEL, PrintOutcome
from packdesk.services.station import OrderView, PickStep, StationService
from packdesk.services.uow import UnitOfWork

PACKER_BADGE = "BADGE:PAT03"
SECOND_PACKER_BADGE = "BADGE:OLGA04"
LEAD_BADGE = "BADGE:LENA02"


@dataclass
class RecordingPrinter:
    """A printer that keeps what it was asked to print (the rendering is tested elsewhere)."""

    jobs: list[tuple[str, str, str]] = field(default_factory=list)  # document, order, tracking
    fail_labels: bool = False

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        self.jobs.append((PACKING_SLIP, order_view.number, ""))
        return PrintOutcome(PACKING_SLIP, True, "memory")

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        if self.fail_labels:
            return PrintOutcome(SHIPPING_LABEL, False, "memory", "printer offline")
        self.jobs.append((SHIPPING_LABEL, order_view.number, shipment.tracking_number))
        return PrintOutcome(SHIPPING_LABEL, True, "memory")


@dataclass
class FolderPrinter:
    """Writes a text stand-in for each document into a folder, one file per job."""

    folder: Path

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        path = self.folder / f"slip-{order_view.number.lstrip('#')}.txt"
        path.write_text("\n".join(f"{ln.quantity} x {ln.sku}" for ln in order_view.lines), "utf-8")
        return PrintOutcome(PACKING_SLIP, True, str(self.folder))

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        path = self.folder / f"label-{order_view.number.lstrip('#')}.txt"
        path.write_text(f"{shipment.carrier} {shipment.tracking_number}", "utf-8")
        return PrintOutcome(SHIPPING_LABEL, True, str(self.folder))


def barcode_of(engine: Engine, sku: str) -> str:
    """The first barcode of the product with this SKU, as its label carries it (EAN-13)."""
    with UnitOfWork(engine) as uow:
        code = uow.session.scalars(
            select(ProductBarcodeRow.code)
            .join(ProductRow, ProductRow.id == ProductBarcodeRow.product_id)
            .where(ProductRow.sku == sku)
        ).first()
    assert code is not None, sku
    return code[1:] if code.startswith("0") else code


def other_variant(engine: Engine, sku: str, *, same: str) -> str:
    """A SKU of the same style with the ``same`` attribute equal and the other one different.

    ``same="color"`` gives another size in the same color; ``same="size"`` another color.
    """
    style = sku.split("-", 1)[0]
    with UnitOfWork(engine) as uow:
        base = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
        for product in uow.session.scalars(
            select(ProductRow).where(ProductRow.sku.like(f"{style}-%")).order_by(ProductRow.sku)
        ):
            if product.sku == sku:
                continue
            if product.attributes.get(same) == base.attributes.get(same):
                return product.sku
    raise AssertionError(f"no variant of {sku} with the same {same}")


def unrelated_sku(engine: Engine, *avoid_styles: str) -> str:
    with UnitOfWork(engine) as uow:
        for product in uow.session.scalars(select(ProductRow).order_by(ProductRow.sku)):
            if product.sku.split("-", 1)[0] not in avoid_styles:
                return product.sku
    raise AssertionError("no product of another style")


def bin_label(step: PickStep) -> str:
    return f"BIN:{step.bin_code}"


def pick_everything(station: StationService, engine: Engine) -> int:
    """Walk the pick list to the end, scanning each bin then each unit; returns the scans."""
    scans = 0
    for _ in range(500):
        step = station.resume().pick_step
        if step is None:
            return scans
        verdict = station.handle_scan(bin_label(step))
        assert verdict.accepted, verdict
        scans += 1
        code = barcode_of(engine, step.sku)
        for _unit in range(step.remaining):
            verdict = station.handle_scan(code)
            assert verdict.accepted, verdict
            scans += 1
    raise AssertionError("the pick list never ended")


def verify_everything(station: StationService, engine: Engine) -> int:
    state = station.resume()
    assert state.current is not None
    scans = 0
    for line in state.current.lines:
        code = barcode_of(engine, line.sku_to_pack)
        for _ in range(line.to_verify - line.verified):
            verdict = station.handle_scan(code)
            assert verdict.accepted, verdict
            scans += 1
    return scans


def order_row(engine: Engine, number: str) -> OrderRow:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
        uow.session.expunge(row)
        return row


def folder_printer_factory(folder: Path, station: str) -> FolderPrinter:
    """For spawned station processes: a picklable way to give each its folder printer."""
    target = folder / station.replace(" ", "-")
    target.mkdir(parents=True, exist_ok=True)
    return FolderPrinter(target)


def claim_race(url: str, stations: list[str], start: Any) -> list[tuple[str, int]]:
    """In a spawned process: meet the other processes at ``start`` (a barrier), then let
    every station take the next order as fast as it can."""
    from packdesk.persistence.db import make_engine

    engine = make_engine(url)
    services = [StationService(engine, name) for name in stations]
    for service in services:
        service.sign_in_badge(PACKER_BADGE)
    start.wait(60)
    claimed: list[tuple[str, int]] = []
    for service in services:
        view = service.take_next()
        if view is not None:
            claimed.append((service.station_name, view.id))
    engine.dispose()
    return claimed
