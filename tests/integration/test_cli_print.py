"""``packdesk print``: documents of a seeded order to a file and to a raw TCP printer."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pypdfium2
import zxingcpp
from sqlalchemy import Engine

from packdesk.domain.scancodes import order_barcode
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


def test_label_goes_to_a_raw_tcp_printer_as_zpl(sqlite_url: str, tmp_path: Path) -> None:
    from packdesk.persistence.db import make_engine

    shop = seed_small_shop(make_engine(sqlite_url), orders=2)
    received = bytearray()
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def printer() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(10)
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=printer, daemon=True)
    thread.start()
    result = packdesk("print", "label", shop.orders[1].number, "--db", sqlite_url,
                      "--carrier", "posten", "--tracking", "70701234567890",
                      "--to", f"tcp://127.0.0.1:{port}")
    thread.join(10)
    server.close()
    assert result.returncode == 0, result.stderr
    assert received.startswith(b"^XA") or b"^XA" in received[:200]
    assert b"70701234567890" in received


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
