"""File drops: CSV and JSON order files into the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, func, select

from packdesk.domain.model import OrderStatus
from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.uow import UnitOfWork
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.pull import pull_all

HEADER = (
    "order_id,order_number,placed_at,status,ship_name,ship_line1,ship_city,ship_postal_code,"
    "ship_country,shipping_method,customer_note,gift_message,sku,name,quantity,attributes,barcode\n"
)


def csv_file(folder: Path, name: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


GOOD_ROWS = [
    "A1,#A1,2026-11-26T08:00:00Z,,Ola Nordmann,Storgata 1,Oslo,0155,NO,express,"
    "blue please,Happy birthday!,TEE-NAV-L,T-shirt,2,color=navy;size=L,4006381333931",
    "A1,#A1,2026-11-26T08:00:00Z,,Ola Nordmann,Storgata 1,Oslo,0155,NO,express,"
    "blue please,Happy birthday!,MUG-WHT,Mug,1,,",
    "A2,#A2,2026-11-26T09:00:00Z,,Jānis Bērziņš,Brīvības iela 1,Rīga,LV-1010,LV,standard,,,"
    "CAP-RED,Cap,1,colour=red,",
]


def table(engine: Engine) -> list[tuple[str, str, int, str]]:
    with UnitOfWork(engine) as uow:
        rows = uow.session.scalars(select(OrderRow).order_by(OrderRow.external_id)).all()
        return [(r.number, r.status, len(r.lines), r.content_hash) for r in rows]


def test_a_csv_drop_creates_orders_with_lines_attributes_and_gift(engine: Engine, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "orders.csv", GOOD_ROWS)
    summary = pull_all(engine, [FileDropSource(path)])
    assert (summary.total.created, summary.total.quarantined) == (2, 0), summary.line()
    with UnitOfWork(engine) as uow:
        order = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "A1")).one()
        assert order.source == "file" and order.priority == 0
        assert order.gift and order.gift_message == "Happy birthday!"
        assert [(line.sku, line.quantity) for line in order.lines] == [("TEE-NAV-L", 2), ("MUG-WHT", 1)]
        assert order.lines[0].attributes == {"color": "navy", "size": "L"}
        assert order.lines[0].barcode == "4006381333931"
        other = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "A2")).one()
        assert other.ship_to["name"] == "Jānis Bērziņš" and other.lines[0].attributes == {"color": "red"}


def test_pulling_the_same_file_twice_gives_the_same_database(engine: Engine, tmp_path: Path) -> None:
    bad = "A3,#A3,2026-11-26T10:00:00Z,,Kim,Road 1,Town,1000,ZZ,standard,,,SOCK-BLK,Socks,1,,"
    path = csv_file(tmp_path, "orders.csv", [*GOOD_ROWS, bad])
    first = pull_all(engine, [FileDropSource(path)])
    before = table(engine)
    second = pull_all(engine, [FileDropSource(path)])
    assert table(engine) == before
    assert (second.total.created, second.total.updated, second.total.unchanged) == (0, 0, 2)
    assert first.total.quarantined == second.total.quarantined == 1
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(QuarantinedPayloadRow)) == 1


def test_a_malformed_order_is_quarantined_with_its_reason_and_the_others_arrive(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [
        *GOOD_ROWS,
        "B1,#B1,2026-11-26T10:00:00Z,,Kim,Road 1,Town,1000,ZZ,standard,,,SOCK-BLK,Socks,1,,",
        "B2,#B2,2026-11-26T10:00:00Z,,Kim,Road 1,Town,1000,SE,standard,,,,Socks,1,,",
        "B3,#B3,2026-11-26T10:00:00Z,,Kim,Road 1,Town,1000,SE,standard,,,SOCK-BLK,Socks,0,,",
    ]
    summary = pull_all(engine, [FileDropSource(csv_file(tmp_path, "orders.csv", rows))])
    assert (summary.total.created, summary.total.quarantined) == (2, 3)
    with UnitOfWork(engine) as uow:
        reasons = {
            q.external_id: (q.reason, q.raw) for q in uow.session.scalars(select(QuarantinedPayloadRow))
        }
    assert "unknown country 'ZZ'" in reasons["B1"][0]
    assert "no SKU" in reasons["B2"][0]
    assert "quantity 0" in reasons["B3"][0]
    assert "SOCK-BLK" in reasons["B3"][1]  # the raw payload is kept for the admin


def test_broken_json_is_quarantined_whole_and_the_next_file_still_arrives(
    engine: Engine, tmp_path: Path
) -> None:
    (tmp_path / "a-broken.json").write_text('[{"order_id": "J1", "sku": ', encoding="utf-8")
    good = [
        {"order_id": "J2", "order_number": "#J2", "placed_at": "2026-11-26T11:00:00",
         "ship_name": "Ana", "ship_line1": "Rua 1", "ship_city": "Porto",
         "ship_postal_code": "4000-001", "ship_country": "pt", "sku": "BEAN-PNK",
         "quantity": 3, "attributes": {"Color": "pink"}},
    ]
    (tmp_path / "b-good.json").write_text(json.dumps(good), encoding="utf-8")
    summary = pull_all(engine, [FileDropSource(tmp_path, watch=True)])
    assert (summary.total.created, summary.total.quarantined) == (1, 1)
    assert (tmp_path / "rejected" / "a-broken.json").exists()
    assert (tmp_path / "done" / "b-good.json").exists()
    with UnitOfWork(engine) as uow:
        quarantined = uow.session.scalars(select(QuarantinedPayloadRow)).one()
        # the file's name, size and hash (it waits in rejected/), never its bytes
        assert "broken JSON" in quarantined.reason and '"file": "a-broken.json"' in quarantined.raw
        order = uow.session.scalars(select(OrderRow)).one()
        assert order.ship_to["country"] == "PT" and order.lines[0].attributes == {"color": "pink"}
    # The watched folder is now empty of new files: a second pull finds nothing.
    assert pull_all(engine, [FileDropSource(tmp_path, watch=True)]).total.to_json()["created"] == 0


def test_a_row_marked_cancelled_takes_a_new_order_out_of_the_queue(engine: Engine, tmp_path: Path) -> None:
    pull_all(engine, [FileDropSource(csv_file(tmp_path, "day.csv", GOOD_ROWS))])
    cancel = csv_file(tmp_path, "cancel.csv", ["A2,#A2,,cancelled,,,,,,,,,,,,,"])
    summary = pull_all(engine, [FileDropSource(cancel)])
    assert summary.total.cancelled == 1
    with UnitOfWork(engine) as uow:
        order = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == "A2")).one()
        assert order.order_status is OrderStatus.CANCELLED
        assert order.cancel_reason == "cancelled at the store"


def test_a_missing_file_is_a_clear_error_not_a_crash(engine: Engine, tmp_path: Path) -> None:
    summary = pull_all(engine, [FileDropSource(tmp_path / "nope.csv")])
    assert not summary.ok and "nope.csv" in summary.line()
