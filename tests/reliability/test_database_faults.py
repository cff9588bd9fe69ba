"""The database misbehaves mid-shift: SQLite locked by another station, PostgreSQL
restarted under a running station. Bounded waits, a clear message, and nothing lost."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.persistence.db import make_engine, upgrade
from packdesk.persistence.tables import OrderRow, ScanEventRow
from packdesk.services.station import Phase, StationService
from packdesk.services.uow import DatabaseBusy, UnitOfWork
from packdesk.ui.mainwindow import is_database_trouble
from tests.helpers.crash_station import NullPrinter
from tests.helpers.reliability import PgCluster
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, barcode_of, bin_label, pick_everything

# The longest a packer may wait, scanner in hand, before the station says the database
# is busy (with_retry's attempts, each waiting SQLite's busy_timeout, plus backoff).
BUSY_MESSAGE_WITHIN_S = 8.0


def scan_count(engine: Engine) -> int:
    with UnitOfWork(engine) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ScanEventRow)) or 0)


def station_at_first_bin(engine: Engine) -> tuple[StationService, str]:
    """A signed-in station that holds an order and stands at its first pick step."""
    service = StationService(engine, "Bench DB", printer=NullPrinter())
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
    view = service.take_next()
    assert view is not None
    step = service.resume().pick_step
    assert step is not None
    return service, bin_label(step)


class WriteLockHolder:
    """Another station's connection holding SQLite's write lock (BEGIN IMMEDIATE)."""

    def __init__(self, path: str) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()


# --- SQLite busy -------------------------------------------------------------------------


def test_a_short_lock_by_another_station_is_waited_out(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    service, first_bin = station_at_first_bin(engine)
    holder = WriteLockHolder(make_url(sqlite_url).database or "")
    threading.Timer(1.0, holder.release).start()
    started = time.monotonic()
    verdict = service.handle_scan(first_bin)
    assert verdict.outcome is ScanOutcome.BIN_CONFIRMED
    assert 0.8 < time.monotonic() - started < BUSY_MESSAGE_WITHIN_S
    engine.dispose()


def test_a_long_lock_ends_in_a_clear_busy_message_and_the_scan_works_after(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    service, first_bin = station_at_first_bin(engine)
    before = scan_count(engine)
    holder = WriteLockHolder(make_url(sqlite_url).database or "")
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseBusy, match="another station is holding it; try again") as busy:
            service.handle_scan(first_bin)
        waited = time.monotonic() - started
        assert is_database_trouble(busy.value)  # the window says "Scan NOT recorded"
    finally:
        holder.release()
    assert waited < BUSY_MESSAGE_WITHIN_S, f"the packer waited {waited:.1f} s"
    assert scan_count(engine) == before  # nothing half-written
    # The other station let go: the same scan now goes through, once.
    assert service.handle_scan(first_bin).outcome is ScanOutcome.BIN_CONFIRMED
    assert scan_count(engine) == before + 1
    assert service.resume().pick_step is not None
    engine.dispose()


def test_the_busy_message_comes_within_a_few_seconds(sqlite_url: str) -> None:
    """The worst case from the settings, so a slower setting shows here before a packer
    waits it out."""
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        busy_timeout_s = conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() / 1000
    engine.dispose()
    attempts, delay = 5, 0.05  # with_retry's defaults, used by StationService.handle_scan
    worst = attempts * busy_timeout_s + sum(delay * 2**n for n in range(attempts - 1))
    assert worst <= BUSY_MESSAGE_WITHIN_S, f"worst case {worst:.1f} s"


# --- PostgreSQL restarted mid-shift ------------------------------------------------------


@pytest.fixture
def own_postgres() -> Iterator[PgCluster]:
    if not PgCluster.available():
        pytest.skip("PostgreSQL server binaries are not installed")
    # Directly under /tmp: as root the server runs as "postgres", which cannot enter
    # pytest's private temporary folders.
    folder = Path(tempfile.gettempdir()) / f"packdesk-pg-{uuid.uuid4().hex[:8]}"
    cluster = PgCluster(folder)
    cluster.start()
    yield cluster
    cluster.destroy()


def test_a_station_goes_on_after_postgresql_restarts_mid_shift(own_postgres: PgCluster) -> None:
    engine = make_engine(own_postgres.url)
    upgrade(engine)
    seed_small_shop(engine, orders=3)
    service, first_bin = station_at_first_bin(engine)
    assert service.handle_scan(first_bin).outcome is ScanOutcome.BIN_CONFIRMED
    step = service.resume().pick_step
    assert step is not None and step.confirmed
    item = barcode_of(engine, step.sku)
    before = scan_count(engine)

    own_postgres.stop_server()
    started = time.monotonic()
    with pytest.raises(OperationalError) as outage:
        service.handle_scan(item)
    assert time.monotonic() - started < 10, "the scan hung on the dead server"
    message = str(outage.value.orig)
    assert "connection" in message and "failed" in message
    # The station window tells this apart from a bug: "Scan NOT recorded ... the database
    # cannot be reached: scan ... again".
    assert is_database_trouble(outage.value)

    own_postgres.start_server()
    # The same station object, the same engine: stale pooled connections are replaced
    # (pool_pre_ping) and the packer scans the unit again.
    verdict = service.handle_scan(item)
    assert verdict.outcome is ScanOutcome.ACCEPTED, verdict
    assert scan_count(engine) == before + 1  # the scan lost in the outage is not half-there
    state = service.resume()
    assert state.current is not None
    assert sum(line.picked for line in state.current.lines) == 1
    # And the shift goes on to the end of the order.
    pick_everything(service, engine)
    assert service.resume().phase is Phase.PACK
    with UnitOfWork(engine) as uow:
        status = uow.session.scalars(
            select(OrderRow.status).where(OrderRow.number == state.current.number)).one()
    assert status == OrderStatus.PACKING.value
    engine.dispose()

