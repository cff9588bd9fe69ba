"""Two stations never hold or pack the same order: real processes on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from multiprocessing import get_context
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.persistence.tables import OrderRow, ScanEventRow, ShipmentRow
from packdesk.services.simulation import check_shipped_once, orders_in_play, simulate
from packdesk.services.station import Phase, StationError, StationService, StopReason
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    LEAD_BADGE,
    PACKER_BADGE,
    SECOND_PACKER_BADGE,
    barcode_of,
    bin_label,
    claim_race,
    folder_printer_factory,
)

STATIONS_PER_PROCESS = 12


@pytest.mark.slow
def test_two_processes_taking_orders_at_once_never_claim_one_twice(
    db_url: str, engine: Engine
) -> None:
    seed_small_shop(engine, orders=40)
    context = get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
            futures = [
                pool.submit(claim_race, db_url,
                            [f"P{process}-{n}" for n in range(STATIONS_PER_PROCESS)], start)
                for process in (1, 2)
            ]
            claims = [claim for future in futures for claim in future.result(timeout=120)]
    order_ids = [order_id for _, order_id in claims]
    assert len(order_ids) == 2 * STATIONS_PER_PROCESS
    assert len(set(order_ids)) == len(order_ids), Counter(order_ids).most_common(3)
    with UnitOfWork(engine) as uow:
        holders = dict(uow.session.execute(
            select(OrderRow.id, OrderRow.claimed_station).where(OrderRow.claimed_station.is_not(None))
        ).all())
        picking = uow.session.scalar(
            select(func.count()).select_from(OrderRow).where(OrderRow.status == "picking"))
    assert holders == {order_id: station for station, order_id in claims}
    assert picking == 2 * STATIONS_PER_PROCESS


@pytest.mark.slow
def test_two_station_processes_pack_and_ship_each_order_once(
    db_url: str, engine: Engine, tmp_path: Path
) -> None:
    seed_small_shop(engine, orders=24)
    order_ids = orders_in_play(engine)
    report = simulate(db_url, stations=2, error_rate=0.0, seed=3, print_folder=tmp_path,
                      printer_factory=folder_printer_factory, max_seconds=240)
    assert report.problems == []
    assert report.shipped == len(order_ids) == 24
    assert all(count > 0 for count in report.per_station.values())
    assert check_shipped_once(engine, order_ids) == []
    with UnitOfWork(engine) as uow:
        # Every unit was verified once, by one station: no order was packed twice.
        verified = uow.session.execute(
            select(ScanEventRow.order_id, func.count(func.distinct(ScanEventRow.station)),
                   func.count())
            .where(ScanEventRow.phase == "pack", ScanEventRow.outcome == "accepted")
            .group_by(ScanEventRow.order_id)
        ).all()
        units = {row.id: sum(line.quantity for line in row.lines)
                 for row in uow.session.scalars(select(OrderRow))}
        shipments = uow.session.scalar(select(func.count()).select_from(ShipmentRow))
    assert len(verified) == 24
    for order_id, station_count, scans in verified:
        assert station_count == 1 and scans == units[order_id]
    assert shipments == 24


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def test_a_live_claim_is_kept_and_an_expired_one_can_be_taken_over(engine: Engine) -> None:
    seed_small_shop(engine, orders=5)
    clock = Clock()
    first = StationService(engine, "Bench 1", lease_seconds=60, clock=clock)
    second = StationService(engine, "Bench 2", lease_seconds=60, clock=clock)
    first.sign_in_badge(PACKER_BADGE)
    second.sign_in_badge(SECOND_PACKER_BADGE)
    taken = first.take_next()
    assert taken is not None
    step = first.resume().pick_step
    assert step is not None and first.handle_scan(bin_label(step)).accepted

    with pytest.raises(StationError, match="held by Bench 1"):
        second.take_order(taken.number)
    other = second.take_next()
    assert other is not None and other.number != taken.number
    with pytest.raises(PermissionDenied):
        second.release_claim(taken.number)
    # Bench 2 finishes nothing and lets its order go back through a lead.
    StationService(engine, "Lead", clock=clock).release_claim(
        other.number, actor=_lead(engine))

    # A scan renews the lease; after it runs out, Bench 2 may take the order over.
    clock.now += timedelta(seconds=59)
    assert first.handle_scan(barcode_of(engine, step.sku)).accepted
    clock.now += timedelta(seconds=59)
    with pytest.raises(StationError, match="held by"):
        second.take_order(taken.number)
    clock.now += timedelta(seconds=2)
    over = second.take_order(taken.number)
    assert over.claimed_station == "Bench 2"
    # Bench 2 continues where Bench 1 was: the unit picked stays picked.
    assert over.lines[0].picked + sum(ln.picked for ln in over.lines[1:]) == 1

    # Bench 1's next scan is told the order went away, and changes nothing.
    verdict = first.handle_scan(barcode_of(engine, step.sku))
    assert verdict.refused and verdict.reason is StopReason.CLAIM_LOST
    assert "Bench 2" in verdict.message
    assert first.resume().phase is Phase.QUEUE
    with UnitOfWork(engine) as uow:
        row = uow.session.get(OrderRow, taken.id)
        assert row is not None and row.claimed_station == "Bench 2"
        assert sum(line.picked_qty for line in row.lines) == 1


def _lead(engine: Engine):  # type: ignore[no-untyped-def]
    from packdesk.services.auth import sign_in_with_badge

    return sign_in_with_badge(UnitOfWork(engine), LEAD_BADGE)


def test_a_lead_frees_or_takes_over_the_order_of_a_crashed_station(engine: Engine) -> None:
    seed_small_shop(engine, orders=5)
    crashed = StationService(engine, "Bench 1")
    crashed.sign_in_badge(PACKER_BADGE)
    first = crashed.take_next()
    second_order = None
    assert first is not None

    # The lead takes the order over at once, without waiting for the lease.
    lead_station = StationService(engine, "Lead desk")
    lead_station.sign_in_badge(LEAD_BADGE)
    taken = lead_station.take_order(first.number)
    assert taken.claimed_station == "Lead desk" and taken.claimed_user == "Lena Lead"

    # Another crashed station's order is released by a lead and goes back to the queue.
    other = StationService(engine, "Bench 2")
    other.sign_in_badge(SECOND_PACKER_BADGE)
    second_order = other.take_next()
    assert second_order is not None
    released = lead_station.release_claim(second_order.number)
    assert released.claimed_station is None and released.status == OrderStatus.NEW.value
    with UnitOfWork(engine) as uow:
        row = uow.session.get(OrderRow, second_order.id)
        assert row is not None and row.claimed_station is None
    verdict = other.handle_scan("BIN:A-01-1-A")
    assert verdict.reason is StopReason.CLAIM_LOST
    assert verdict.outcome is ScanOutcome.IGNORED
