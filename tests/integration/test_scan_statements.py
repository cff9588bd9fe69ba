"""A scan costs a few SQL statements (issue 17): counted with SQLAlchemy's
``before_cursor_execute`` on SQLite and PostgreSQL. At most 6 for a unit scan in the middle
of an order (pick or pack), at most 5 for a bin scan."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from packdesk.domain.model import ScanOutcome
from packdesk.services.auth import sign_in_with_badge
from packdesk.services.bins import list_bins, set_bin_stock
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    PACKER_BADGE,
    RecordingPrinter,
    barcode_of,
    bin_label,
    pick_everything,
)
from tests.integration.test_station_flow import order_with_multi_unit_line

UNIT_SCAN_MAX = 6
BIN_SCAN_MAX = 5


@contextmanager
def counting(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


@pytest.fixture
def station(engine: Engine) -> Iterator[tuple[Engine, StationService, str]]:
    seed_small_shop(engine, orders=30)
    number = order_with_multi_unit_line(engine)
    service = StationService(engine, "Bench 1", printer=RecordingPrinter())
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
    service.take_order(number)
    yield engine, service, number


def test_a_bin_scan_and_a_unit_scan_while_picking_cost_few_statements(
        station: tuple[Engine, StationService, str]) -> None:
    engine, service, _ = station
    step = service.resume().pick_step
    assert step is not None and step.quantity >= 1
    code = barcode_of(engine, step.sku)
    service.handle_scan(code)  # refused (bin first): warms every cache a packer's first scan fills
    with counting(engine) as statements:
        verdict = service.handle_scan(bin_label(step))
    assert verdict.outcome is ScanOutcome.BIN_CONFIRMED
    assert len(statements) <= BIN_SCAN_MAX, "\n".join(statements)
    with counting(engine) as statements:
        verdict = service.handle_scan(code)
    assert verdict.outcome is ScanOutcome.ACCEPTED
    assert len(statements) <= UNIT_SCAN_MAX, "\n".join(statements)


def test_a_unit_scan_in_the_middle_of_packing_costs_few_statements(
        station: tuple[Engine, StationService, str]) -> None:
    engine, service, _ = station
    pick_everything(service, engine)
    order = service.resume().current
    assert order is not None
    line = next(ln for ln in order.lines if ln.quantity >= 2)
    code = barcode_of(engine, line.sku_to_pack)
    assert service.handle_scan(code).accepted  # the first unit; the order is not complete after
    with counting(engine) as statements:
        verdict = service.handle_scan(code)
    assert verdict.accepted and not verdict.order_complete
    assert len(statements) <= UNIT_SCAN_MAX, "\n".join(statements)


def test_a_stock_edit_between_two_scans_is_seen_by_the_next_scan(
        station: tuple[Engine, StationService, str]) -> None:
    """What a station keeps between scans gives way to an admin's stock edit."""
    engine, service, _ = station
    step = service.resume().pick_step
    assert step is not None
    assert service.handle_scan(bin_label(step)).outcome is ScanOutcome.BIN_CONFIRMED
    admin = sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01")
    other = next(b for b in list_bins(UnitOfWork(engine), include_retired=False)
                 if b.code != step.bin_code)
    # The product moved: its old bin no longer holds it, another bin holds plenty.
    set_bin_stock(UnitOfWork(engine), admin, step.bin_code, step.sku, 0)
    set_bin_stock(UnitOfWork(engine), admin, other.code, step.sku, 50)

    verdict = service.handle_scan(barcode_of(engine, step.sku))
    assert verdict.outcome is ScanOutcome.WRONG_BIN
    assert verdict.expected is not None and verdict.expected.bin_code == other.code
    assert service.handle_scan(f"BIN:{other.code}").outcome is ScanOutcome.BIN_CONFIRMED
    assert service.handle_scan(barcode_of(engine, step.sku)).accepted
