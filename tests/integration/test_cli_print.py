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
