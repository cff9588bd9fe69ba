"""Undo is a service command a scan code triggers (issue 17 point 4): a headless caller
scanning UNDO gets the same undo the window's key gives, not "unknown code"."""

from __future__ import annotations

from sqlalchemy import Engine

from packdesk.domain.model import ScanOutcome
from packdesk.services.station import StationService, StopReason
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, RecordingPrinter, barcode_of, bin_label
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
