"""Issue 18, point 15: the disk fills up during a pull or under a scan. One sentence ("the
disk is full"), no traceback, nothing that was stored lost, and everything stored once
there is room again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from packdesk.cli import main
from packdesk.domain.model import ScanOutcome
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, ScanEventRow
from packdesk.services.station import StationService
from packdesk.services.uow import DiskFull, UnitOfWork
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.pull import pull_all
from tests.helpers.crash_station import NullPrinter
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE

HEADER = "order_id,placed_at,ship_name,ship_line1,ship_city,ship_postal_code,ship_country,customer_note,sku,name,quantity\n"


def drop_folder(folder: Path, orders: int, lines: int) -> Path:
    folder.mkdir()
    rows = [
        f"D{o:04d},2026-11-26T08:00:00Z,Ola Nordmann,Storgata {o},Oslo,0155,NO,"
        f"Please leave it at the door {'x' * 200},SKU-{line:03d},Organic cotton T-shirt {line},1\n"
        for o in range(orders) for line in range(lines)
    ]
    (folder / "orders.csv").write_text(HEADER + "".join(rows), encoding="utf-8")
    return folder


def limited_engine(url: str, extra_pages: int) -> Engine:
    """An engine on ``url`` whose database cannot grow by more than ``extra_pages`` pages:
    SQLite's own "database or disk is full", as on a full disk."""
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]
    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    return engine


def order_count(engine: Engine) -> int:
    with UnitOfWork(engine) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(OrderRow)) or 0)


@pytest.fixture
def full_after_a_few_orders(sqlite_url: str) -> Iterator[Engine]:
    engine = limited_engine(sqlite_url, extra_pages=40)
    yield engine
    engine.dispose()


def test_a_pull_onto_a_full_disk_says_so_in_one_sentence_and_loses_nothing(
    full_after_a_few_orders: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    folder = drop_folder(tmp_path / "drop", orders=80, lines=30)
    summary = pull_all(full_after_a_few_orders, [FileDropSource(folder, watch=True)])
    assert not summary.ok
    assert summary.errors == ["file: the disk is full: nothing of this was stored; free space on "
                              "the disk that holds the database, then try again"], summary.errors
    stored_before = order_count(full_after_a_few_orders)
    assert stored_before < 80
    assert (folder / "orders.csv").exists()  # not moved to done/: its orders are not all in
    roomy = make_engine(sqlite_url)  # space freed
    try:
        again = pull_all(roomy, [FileDropSource(folder, watch=True)])
        assert again.ok, again.line()
        assert order_count(roomy) == 80 and again.total.created == 80 - stored_before
        assert (folder / "done" / "orders.csv").exists()
    finally:
        roomy.dispose()


def test_pull_on_the_command_line_onto_a_full_disk_prints_one_line_and_no_traceback(
    full_after_a_few_orders: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import packdesk.cli.sync as cli_sync

    monkeypatch.setattr(cli_sync, "open_engine", lambda args, **_: full_after_a_few_orders)
    folder = drop_folder(tmp_path / "drop", orders=80, lines=30)
    code = main(["pull", "--source", "file", "--path", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    assert len(out.strip().splitlines()) == 1 and "the disk is full" in out, out


def test_a_scan_onto_a_full_disk_says_so_in_one_sentence_and_the_next_scan_works(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the disk-full error is injected as SQLite words it")
    seed_small_shop(engine, orders=2)
    service = StationService(engine, "Bench F", printer=NullPrinter())
    full = True

    @event.listens_for(engine, "before_cursor_execute")
    def _disk_full(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if full and statement.lstrip().upper().startswith("INSERT INTO SCAN_EVENTS"):
            raise sqlite3.OperationalError("database or disk is full")

    with UnitOfWork(engine) as uow:
        before = uow.session.scalar(select(func.count()).select_from(ScanEventRow))
    with pytest.raises(DiskFull) as refused:
        service.handle_scan(PACKER_BADGE)
    assert str(refused.value).startswith("the disk is full") and "\n" not in str(refused.value)
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ScanEventRow)) == before
    full = False  # space freed: the packer scans the badge again
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
