"""Undo and the lead override are service commands a scan triggers (issue 17 point 4): a
headless caller scanning UNDO gets the same undo the window's key gives, and a requested
override lives on the order, not on the window."""

from __future__ import annotations

from sqlalchemy import Engine, select

from packdesk.domain.model import ScanOutcome
from packdesk.persistence.tables import OrderRow
from packdesk.services.station import StationService, StopReason
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    LEAD_BADGE,
    PACKER_BADGE,
    RecordingPrinter,
    barcode_of,
    bin_label,
    pick_everything,
)
from tests.integration.test_station_flow import order_with_multi_unit_line


def test_an_undo_scan_reverses_the_last_pick_without_a_window(engine: Engine) -> None:
    seed_small_shop(engine, orders=30)
    service = StationService(engine, "Bench 1", printer=RecordingPrinter())
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
    service.take_order(order_with_multi_unit_line(engine))
    step = service.resume().pick_step
    assert step is not None
    picked = sum(s.picked for s in service.resume().pick_list)
    assert service.handle_scan(bin_label(step)).outcome is ScanOutcome.BIN_CONFIRMED
    assert service.handle_scan(barcode_of(engine, step.sku)).accepted
    assert sum(s.picked for s in service.resume().pick_list) == picked + 1

    undone = service.handle_scan("UNDO")
    assert undone.outcome is ScanOutcome.UNDONE and undone.got and undone.got.sku == step.sku
    assert sum(s.picked for s in service.resume().pick_list) == picked
    again = service.handle_scan("cmd:undo")
    assert again.reason is StopReason.NOTHING_TO_UNDO


def packing(engine: Engine) -> StationService:
    seed_small_shop(engine, orders=30)
    service = StationService(engine, "Bench 1", printer=RecordingPrinter())
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
    service.take_order(order_with_two_lines(engine))
    pick_everything(service, engine)
    return service


def order_with_two_lines(engine: Engine) -> str:
    with UnitOfWork(engine) as uow:
        for row in uow.session.scalars(select(OrderRow).order_by(OrderRow.id)):
            if len(row.lines) >= 2 and len({ln.sku for ln in row.lines}) == len(row.lines):
                return row.number
    raise AssertionError("the demo shop has no order with two lines")


def test_a_requested_override_survives_a_restart_and_the_leads_badge_answers_it(
        engine: Engine) -> None:
    service = packing(engine)
    order = service.resume().current
    assert order is not None
    second = order.lines[1]
    assert service.request_override(second.id).override_requested == second.id

    # The window (or the whole station) restarts: the request is on the order.
    again = StationService(engine, "Bench 1", printer=RecordingPrinter())
    again.handle_scan(PACKER_BADGE)
    verdict = again.handle_scan(LEAD_BADGE)
    assert verdict.outcome is ScanOutcome.OVERRIDE and verdict.order is not None
    overridden = {ln.id: ln.overridden_by for ln in verdict.order.lines}
    assert overridden[second.id] == "Lena Lead" and overridden[order.lines[0].id] is None
    assert verdict.order.override_requested is None


def test_any_other_scan_drops_a_requested_override(engine: Engine) -> None:
    service = packing(engine)
    order = service.resume().current
    assert order is not None
    service.request_override(order.lines[1].id)
    assert service.handle_scan("not a code").outcome is ScanOutcome.UNKNOWN_CODE
    current = service.resume().current
    assert current is not None and current.override_requested is None
    # A lead's badge now overrides the first line not done, as without a request.
    verdict = service.handle_scan(LEAD_BADGE)
    assert verdict.outcome is ScanOutcome.OVERRIDE and verdict.order is not None
    assert verdict.order.lines[0].overridden_by is not None
    assert not service.cancel_override()
