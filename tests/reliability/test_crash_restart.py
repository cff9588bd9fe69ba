"""Power cut at the bench: a station process is killed with SIGKILL at random points, over
and over, and started again. Nothing acknowledged is lost, no unit counts twice, the
order in hand resumes where it was, and every shipped order has one outbox message.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from packdesk.domain.model import OrderStatus
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import (
    OrderLineRow,
    OrderRow,
    OutboxMessageRow,
    ScanEventRow,
    ShipmentRow,
)
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.crash_station import STATION, run_station
from tests.helpers.reliability import bounded, forkserver_context
from tests.helpers.shop import seed_small_shop

SQLITE_KILLS = 100
POSTGRES_KILLS = 30
UNIT = "accepted"  # the outcome of a scan that picked or verified one unit


@pytest.fixture(scope="module")
def forkserver() -> ForkServerContext:
    return forkserver_context()


@dataclass
class Acks:
    """What the killed processes confirmed, read back from their acknowledgement file."""

    path: Path
    scans: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # id -> outcome, phase, order
    ships: dict[str, tuple[int, int]] = field(default_factory=dict)  # order -> shipment, message
    lines: list[str] = field(default_factory=list)

    def read(self) -> None:
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        self.lines = text.splitlines()
        for line in self.lines:
            parts = line.split(" ", 5)
            if parts[0] == "scan":
                self.scans[int(parts[1])] = (parts[2], parts[3], parts[4])
            elif parts[0] == "ship":
                self.ships[parts[1]] = (int(parts[2]), int(parts[3]))

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self.path.open("rb") as handle:
            return handle.read().count(b"\n")

    def unit_scans(self) -> Counter[str]:
        return Counter(f"{phase}:{order}" for outcome, phase, order in self.scans.values()
                       if outcome == UNIT)


def unit_events(engine: Engine) -> Counter[str]:
    with UnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(ScanEventRow.phase, ScanEventRow.order_number, func.count())
            .where(ScanEventRow.outcome == UNIT)
            .group_by(ScanEventRow.phase, ScanEventRow.order_number)
        ).all()
    return Counter({f"{phase}:{number}": count for phase, number, count in rows})


def check_invariants(engine: Engine, acks: Acks, kills: int) -> None:
    acks.read()
    with UnitOfWork(engine) as uow:
        session = uow.session
        # 1. Every scan a packer saw confirmed is stored, with the outcome they saw.
        stored = dict(session.execute(
            select(ScanEventRow.id, ScanEventRow.outcome)
            .where(ScanEventRow.id.in_(list(acks.scans)))).all())
        lost = {i: o for i, (o, _, _) in acks.scans.items() if stored.get(i) != o}
        assert not lost, f"acknowledged scans missing or changed: {lost}"
        # 2. No line picked or verified beyond its quantity, and each stored count is
        #    exactly the number of accepted unit scans in the log (state and log agree).
        progress: Counter[str] = Counter()
        for number, line in session.execute(
            select(OrderRow.number, OrderLineRow).join(OrderLineRow.order)).all():
            assert line.picked_qty <= line.quantity, f"{number} {line.sku} picked too often"
            assert line.verified_qty <= line.quantity - line.short_qty, \
                f"{number} {line.sku} verified twice"
            progress[f"pick:{number}"] += line.picked_qty
            progress[f"pack:{number}"] += line.verified_qty
        events = unit_events(engine)
        assert +progress == +events, "line counts and the scan log disagree"
        # At most one unacknowledged unit scan per kill (committed, then killed before
        # the acknowledgement), and never fewer stored than acknowledged.
        acked = acks.unit_scans()
        assert not (acked - events), f"acknowledged units missing: {acked - events}"
        assert sum((events - acked).values()) <= kills
        # 3. Shipped orders, shipments and outbox messages: one to one to one.
        shipped = set(session.scalars(
            select(OrderRow.id).where(OrderRow.status == OrderStatus.SHIPPED.value)))
        shipments = Counter(session.scalars(select(ShipmentRow.order_id)))
        messages = Counter(session.scalars(select(OutboxMessageRow.order_id)))
        assert set(shipments) == shipped and set(messages) == shipped
        assert max(shipments.values(), default=1) == 1 and max(messages.values(), default=1) == 1
        for number, (shipment_id, message_id) in acks.ships.items():
            row = session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
            assert row.status == OrderStatus.SHIPPED.value
            assert session.get(ShipmentRow, shipment_id) is not None
            assert session.get(OutboxMessageRow, message_id) is not None
    # 4. The order in hand resumes where it was: a new station object for the same
    #    bench holds the order the last acknowledged scan was about (unless that order
    #    shipped), with the progress the database holds.
    state = StationService(engine, STATION).resume()
    assert len(state.orders) <= 1
    last = next((line for line in reversed(acks.lines) if line.startswith(("scan", "ship"))), "")
    parts = last.split(" ")
    if parts[0] == "scan" and parts[4] != "-":
        number = parts[4]
        with UnitOfWork(engine) as uow:
            status = uow.session.scalars(
                select(OrderRow.status).where(OrderRow.number == number)).one()
        if status in (OrderStatus.PICKING.value, OrderStatus.PACKING.value,
                      OrderStatus.PACKED.value):
            assert [view.number for view in state.orders] == [number]
            view = state.orders[0]
            assert sum(line.verified for line in view.lines) == progress[f"pack:{number}"]
            assert sum(line.picked for line in view.lines) == progress[f"pick:{number}"]


def crash_loop(url: str, context: ForkServerContext, kills: int, tmp_path: Path,
               seconds: float, at_least: int) -> Acks:
    engine = make_engine(url)
    # At most 12 actions per kill and ~9 per order: enough orders that the station never
    # runs out of work before the last kill.
    seed_small_shop(engine, orders=kills * 12 // 8 + 10)
    acks = Acks(tmp_path / "acks.txt")
    rng = random.Random(20261126)
    try:
        done = 0
        for kill in bounded(kills, seconds, "SIGKILL restarts", at_least=at_least):
            before = acks.count()
            child = context.Process(target=run_station, args=(url, str(acks.path), kill))
            child.start()
            # Kill after a random number of confirmed actions, then a random instant
            # more, so some kills land inside a transaction or between commit and ack.
            wanted = before + rng.randint(1, 12)
            deadline = time.monotonic() + 20
            while acks.count() < wanted and child.is_alive() and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.02))
            assert child.is_alive(), f"the station process ended by itself (exit {child.exitcode})"
            assert child.pid is not None
            os.kill(child.pid, signal.SIGKILL)
            child.join(10)
            assert child.exitcode == -signal.SIGKILL
            check_invariants(engine, acks, kill + 1)
            done = kill + 1
        # After the last power cut the station simply goes on: a full run of actions.
        child = context.Process(target=run_station, args=(url, str(acks.path), done, 40))
        child.start()
        child.join(60)
        assert child.exitcode == 0
        check_invariants(engine, acks, done)
    finally:
        engine.dispose()
    return acks


def test_a_sqlite_station_killed_100_times_loses_nothing(
    sqlite_url: str, forkserver: ForkServerContext, tmp_path: Path
) -> None:
    acks = crash_loop(sqlite_url, forkserver, SQLITE_KILLS, tmp_path, seconds=150,
                      at_least=SQLITE_KILLS // 2)
    shipped = len(acks.ships)
    assert shipped >= 3, f"only {shipped} orders shipped: the loop did too little to mean much"
    assert len(acks.scans) >= SQLITE_KILLS // 2


def test_a_postgresql_station_killed_30_times_loses_nothing(
    pg_url: str, forkserver: ForkServerContext, tmp_path: Path
) -> None:
    acks = crash_loop(pg_url, forkserver, POSTGRES_KILLS, tmp_path, seconds=90,
                      at_least=POSTGRES_KILLS // 2)
    assert len(acks.scans) >= POSTGRES_KILLS // 2
