"""``packdesk print``: documents of a seeded order to a file and to a raw TCP printer."""

from __future__ import annotations

import time
from pathlib import Path

import pypdfium2
import zxingcpp
from sqlalchemy import Engine

from packdesk.domain.scancodes import order_barcode
from packdesk.hardware.zebra import HostStatus
from tests.helpers.fake_zebra import FakeZebra
from tests.helpers.shop import seed_small_shop
from tests.integration.test_cli_core import packdesk


def test_slip_of_a_seeded_order_is_a_pdf_whose_order_barcode_reads_back(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    shop = seed_small_shop(engine, orders=3)
    number = shop.orders[0].number
    out = tmp_path / "slip.pdf"
    result = packdesk("print", "slip", number, "--db", db_url, "--out", str(out))
    assert result.returncode == 0, result.stderr
    page = pypdfium2.PdfDocument(out.read_bytes())[0]
    image = page.render(scale=3).to_pil()
    texts = {b.text for b in zxingcpp.read_barcodes(image)}
    assert order_barcode(number) in texts


def test_label_goes_to_a_raw_tcp_printer_as_zpl_after_asking_its_status(
    sqlite_url: str, tmp_path: Path
) -> None:
    from packdesk.persistence.db import make_engine

    shop = seed_small_shop(make_engine(sqlite_url), orders=2)
    zebra = FakeZebra()
    try:
        result = packdesk("print", "label", shop.orders[1].number, "--db", sqlite_url,
                          "--carrier", "posten", "--tracking", "70701234567890",
                          "--to", f"tcp://127.0.0.1:{zebra.port}")
        received = zebra.wait_for_jobs(1)
    finally:
        zebra.close()
    assert result.returncode == 0, result.stderr
    assert zebra.events == ["status", "job", "status"]
    assert len(received) == 1 and received[0].startswith(b"^XA")
    assert b"70701234567890" in received[0]


def test_a_label_to_a_zebra_reporting_paper_out_sends_nothing_and_says_so_in_one_line(
    sqlite_url: str,
) -> None:
    from packdesk.persistence.db import make_engine

    shop = seed_small_shop(make_engine(sqlite_url), orders=1)
    zebra = FakeZebra(status=HostStatus(paper_out=True))
    try:
        result = packdesk("print", "label", shop.orders[0].number, "--db", sqlite_url,
                          "--carrier", "posten", "--tracking", "70701234567890",
                          "--to", f"tcp://127.0.0.1:{zebra.port}")
        time.sleep(0.2)
    finally:
        zebra.close()
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "paper out" in lines[0] and "nothing was sent" in lines[0]
    assert zebra.queries == 1 and zebra.jobs == []


def test_a_label_the_printer_drains_slowly_exits_0(sqlite_url: str) -> None:
    from packdesk.persistence.db import make_engine

    shop = seed_small_shop(make_engine(sqlite_url), orders=1)
    # ~400 B/s: the label takes about two seconds to drain, far over the stall limit.
    zebra = FakeZebra(rcvbuf=4096, chunk=8, delay=0.02)
    try:
        started = time.monotonic()
        result = packdesk("print", "label", shop.orders[0].number, "--db", sqlite_url,
                          "--carrier", "posten", "--tracking", "70701234567890",
                          "--to", f"tcp://127.0.0.1:{zebra.port}?stall=0.3&timeout=5")
        elapsed = time.monotonic() - started
        received = zebra.wait_for_jobs(1)
    finally:
        zebra.close()
    assert result.returncode == 0, result.stderr
    assert len(received) == 1 and received[0].rstrip().endswith(b"^XZ")
    assert zebra.events == ["status", "job", "status"]  # answered after reading it all
    assert elapsed > 1.0


def test_label_for_an_unshipped_order_without_carrier_says_what_to_do(
    sqlite_url: str, tmp_path: Path
) -> None:
    from packdesk.persistence.db import make_engine

    shop = seed_small_shop(make_engine(sqlite_url), orders=1)
    result = packdesk("print", "label", shop.orders[0].number, "--db", sqlite_url,
                      "--out", str(tmp_path / "x.zpl"))
    assert result.returncode == 1
    assert "has no shipment yet" in result.stderr and "Traceback" not in result.stderr
    missing = packdesk("print", "slip", "#999999", "--db", sqlite_url, "--out", str(tmp_path / "y.pdf"))
    assert missing.returncode == 1 and "no order numbered" in missing.stderr


def _shipped(engine: Engine, number: str, *, bought_label: bytes | None = None) -> None:
    """Record ``number`` as shipped with a UPS number (and the carrier's bought label)."""
    from sqlalchemy import select

    from packdesk.persistence.tables import CarrierLabelRow, OrderRow, ShipmentRow
    from packdesk.services.uow import UnitOfWork

    with UnitOfWork(engine) as uow:
        order_id = uow.session.scalars(select(OrderRow.id).where(OrderRow.number == number)).one()
        uow.session.add(ShipmentRow(order_id=order_id, carrier="ups", service="Ground",
                                    tracking_number="1Z999AA10123456784"))
        if bought_label is not None:
            uow.session.add(CarrierLabelRow(
                order_id=order_id, source="easypost", reference=number, shipment_id="shp_1",
                status="bought", carrier="UPS", service="Ground",
                tracking_number="1Z999AA10123456784", label_format="zpl", label=bought_label))
        uow.commit()


def test_reprinting_a_bought_carrier_label_writes_the_carriers_bytes_not_our_drawing(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    shop = seed_small_shop(engine, orders=2)
    number = shop.orders[0].number
    carriers_label = b"^XA^FO50,50^BCN,100^FD1Z999AA10123456784^FS^FXbought-from-ups^XZ"
    _shipped(engine, number, bought_label=carriers_label)
    out = tmp_path / "label.zpl"
    result = packdesk("print", "label", number, "--db", db_url, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == carriers_label

    as_pdf = packdesk("print", "label", number, "--db", db_url, "--format", "pdf",
                      "--out", str(tmp_path / "label.pdf"))
    assert as_pdf.returncode != 0 and "printed only as bought: use --format zpl" in as_pdf.stderr
    assert not (tmp_path / "label.pdf").exists()


def test_a_store_databases_label_carries_its_own_sender_never_the_demo_one(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    from sqlalchemy import delete

    from packdesk.persistence.tables import SettingRow
    from packdesk.services.demo import SEEDED_SETTING, SHIP_FROM
    from packdesk.services.setup import SHIP_FROM_SETTING
    from packdesk.services.uow import UnitOfWork

    shop = seed_small_shop(engine, orders=1)
    number = shop.orders[0].number
    _shipped(engine, number)
    with UnitOfWork(engine) as uow:  # a shop's own database: not seeded by packdesk
        uow.session.execute(delete(SettingRow).where(SettingRow.key == SEEDED_SETTING))
        uow.commit()
    out = tmp_path / "label.zpl"
    refused = packdesk("print", "label", number, "--db", db_url, "--out", str(out))
    assert refused.returncode != 0 and "ship-from address" in refused.stderr
    assert not out.exists()

    with UnitOfWork(engine) as uow:
        uow.session.add(SettingRow(key=SHIP_FROM_SETTING, value={
            "name": "Nordlys Outdoor AS", "line1": "Industriveien 7", "city": "Drammen",
            "postal_code": "3045", "country": "NO"}))
        uow.commit()
    result = packdesk("print", "label", number, "--db", db_url, "--out", str(out))
    assert result.returncode == 0, result.stderr
    label = out.read_bytes()
    assert b"Nordlys Outdoor AS" in label and b"1Z999AA10123456784" in label
    assert SHIP_FROM.name.encode() not in label
