"""Shipped status of file-drop orders goes back as one file per shipment, exactly once."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from packdesk.persistence.tables import OrderRow, OutboxMessageRow
from packdesk.services.labels import ship_packed_order
from packdesk.services.stores import remember_store
from packdesk.services.uow import UnitOfWork
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.filedrop_outbox import FileDropOutbox
from packdesk.sync.outbox_worker import OutboxWorker
from packdesk.sync.stores import configured_pushers
from tests.unit.test_tracking import s10_digit


def ship_file_order(engine: Engine, external_id: str) -> str:
    tracking = f"RR{external_id.zfill(8)}{s10_digit(external_id.zfill(8))}NO"
    with UnitOfWork(engine) as uow:
        row = OrderRow(source="file", external_id=external_id, number=f"#{external_id}",
                       placed_at=datetime(2026, 11, 27, 8), status="packed")
        uow.session.add(row)
        uow.commit()
        order_id = row.id
    ship_packed_order(engine, order_id, carrier="posten", service="", tracking_number=tracking,
                      weight_g=700, label_format="zpl", station="Bench 1", user="pat")
    return tracking


def test_each_shipment_is_one_json_file_written_once_even_when_the_send_is_retried(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "shipped"
    folder.mkdir()
    tracking = ship_file_order(engine, "1001")
    summary = OutboxWorker(engine, [FileDropOutbox(folder)]).run_once()
    assert summary.sent == 1
    [written] = list(folder.iterdir())
    assert json.loads(written.read_text("utf-8")) | {"shipped_at": ""} == {
        "order_id": "1001", "number": "#1001", "carrier": "posten", "service": "standard",
        "tracking_number": tracking, "tracking_url": f"https://sporing.posten.no/sporing/{tracking}",
        "shipped_at": "",
    }
    before = written.stat().st_mtime_ns
    with UnitOfWork(engine) as uow:  # as if the worker died before it recorded the send
        uow.session.execute(update(OutboxMessageRow).values(status="pending", in_flight_since=None))
        uow.commit()
    assert OutboxWorker(engine, [FileDropOutbox(folder)]).run_once().sent == 1
    assert list(folder.iterdir()) == [written] and written.stat().st_mtime_ns == before


def test_a_missing_folder_is_retried_later_and_csv_has_a_header_and_one_row(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "not-yet"
    tracking = ship_file_order(engine, "1002")
    summary = OutboxWorker(engine, [FileDropOutbox(folder, file_format="csv")]).run_once()
    assert (summary.sent, summary.retrying) == (0, 1)
    with UnitOfWork(engine) as uow:
        assert uow.session.scalars(select(OutboxMessageRow.status)).one() == "pending"
        uow.session.execute(update(OutboxMessageRow).values(next_attempt_at=datetime(2000, 1, 1)))
        uow.commit()
    folder.mkdir()
    assert OutboxWorker(engine, [FileDropOutbox(folder, file_format="csv")]).run_once().sent == 1
    [written] = list(folder.iterdir())
    rows = list(csv.DictReader(written.open(encoding="utf-8", newline="")))
    assert [(r["order_id"], r["tracking_number"]) for r in rows] == [("1002", tracking)]


def test_the_outbox_folder_set_with_the_feed_is_where_the_worker_writes(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    feed = FileDropSource(tmp_path / "drop", outbox=folder)
    remember_store(UnitOfWork(engine), "file", feed.settings())
    pushers, problems = configured_pushers(engine)
    assert problems == [] and [type(p).__name__ for p in pushers] == ["FileDropOutbox"]
    ship_file_order(engine, "1003")
    assert OutboxWorker(engine, pushers).run_once().sent == 1
    assert [p.name for p in folder.iterdir()] == ["shipped-1003-1.json"]
