"""Bins CSV import (per-line errors, all-or-nothing or valid rows) and export, on both backends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import Role
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import BinRow, BinStockRow
from packdesk.services.auth import Actor
from packdesk.services.bins import (
    BinError,
    ImportMode,
    add_bin,
    export_bins_csv,
    import_bins_csv,
    list_bins,
    recode_bin,
    set_bin_active,
    set_bin_stock,
)
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop

ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
LEAD = Actor(2, "Lena Lead", Role.LEAD)
PACKER = Actor(3, "Pat Packer", Role.PACKER)

# Lines 4 and 6 are wrong: a bin code without its shelf, and a SKU the shop does not sell.
CSV_WITH_TWO_BAD_ROWS = """bin,sku,quantity
Z-01-1-A,TEE-BLA-M,12
Z-01-1-B,MUG-WHI,4
Z-01-B,TEE-WHI-M,3
Z-02-3-C,,
Z-02-3-D,NO-SUCH-SKU,5
"""


def _bins(engine: Engine) -> dict[str, tuple[bool, tuple[tuple[str, int], ...]]]:
    return {b.code: (b.active, b.stock) for b in list_bins(UnitOfWork(engine))}


def test_all_or_nothing_reports_both_bad_rows_by_line_and_imports_nothing(engine: Engine) -> None:
    seed_small_shop(engine)
    before = _bins(engine)
    result = import_bins_csv(UnitOfWork(engine), ADMIN, CSV_WITH_TWO_BAD_ROWS)
    assert [e.line for e in result.errors] == [4, 6]
    assert "Z-01-B" in result.errors[0].message and "expected ZONE-AISLE-SHELF-POSITION" in result.errors[0].message
    assert result.errors[1].message == "unknown SKU 'NO-SUCH-SKU'"
    assert result.rows_imported == 0 and result.summary().startswith("nothing imported")
    assert _bins(engine) == before


def test_valid_rows_mode_imports_the_good_rows_and_reports_the_bad(engine: Engine) -> None:
    seed_small_shop(engine)
    result = import_bins_csv(UnitOfWork(engine), ADMIN, CSV_WITH_TWO_BAD_ROWS, ImportMode.VALID_ROWS)
    assert [e.line for e in result.errors] == [4, 6]
    assert (result.rows_imported, result.bins_created) == (3, 3)
    bins = _bins(engine)
    assert bins["Z-01-1-A"] == (True, (("TEE-BLA-M", 12),))
    assert bins["Z-01-1-B"] == (True, (("MUG-WHI", 4),))
    assert bins["Z-02-3-C"] == (True, ())
    assert "Z-02-3-D" not in bins


def test_export_then_import_into_an_empty_layout_gives_the_same_bins(
    engine: Engine, tmp_path: Path
) -> None:
    seed_small_shop(engine)
    set_bin_stock(UnitOfWork(engine), ADMIN, "A-01-1-A", "TEE-BLA-S", 7)
    exported = export_bins_csv(UnitOfWork(engine))
    before = _bins(engine)
    with engine.begin() as conn:
        conn.execute(delete(BinStockRow))
        conn.execute(delete(BinRow))
    assert _bins(engine) == {}
    result = import_bins_csv(UnitOfWork(engine), ADMIN, exported)
    assert result.errors == [] and result.bins_created == len(before)
    assert _bins(engine) == before
    assert export_bins_csv(UnitOfWork(engine)) == exported


def test_semicolons_a_byte_order_mark_and_a_retired_column_are_understood(engine: Engine) -> None:
    seed_small_shop(engine)
    text = "\ufeffBin;SKU;Quantity;Active\nA-01-1-A;;;no\nY-09-1-A;MUG-BLU;3;yes\n"
    result = import_bins_csv(UnitOfWork(engine), ADMIN, text)
    assert result.errors == []
    bins = _bins(engine)
    assert bins["A-01-1-A"][0] is False
    assert bins["Y-09-1-A"] == (True, (("MUG-BLU", 3),))


def test_duplicate_rows_and_bad_quantities_are_reported_on_their_own_lines(engine: Engine) -> None:
    seed_small_shop(engine)
    text = "bin,sku,quantity\nZ-01-1-A,MUG-BLU,2\nZ-01-1-A,MUG-BLU,3\nZ-01-1-B,MUG-YEL,-1\n"
    result = import_bins_csv(UnitOfWork(engine), ADMIN, text)
    assert [str(e) for e in result.errors] == [
        "line 3: bin Z-01-1-A with MUG-BLU is already on line 2",
        "line 4: quantity '-1' is not a whole number of 0 or more",
    ]


def test_admin_edits_bins_and_the_rules_hold(engine: Engine) -> None:
    seed_small_shop(engine)
    made = add_bin(UnitOfWork(engine), ADMIN, " z-05-2-c ")
    assert made.code == "Z-05-2-C"
    with pytest.raises(BinError, match="exists already"):
        add_bin(UnitOfWork(engine), ADMIN, "Z-05-2-C")
    with pytest.raises(BinError, match="not a bin code"):
        add_bin(UnitOfWork(engine), ADMIN, "shelf by the door")
    moved = recode_bin(UnitOfWork(engine), ADMIN, made.id, "Z-06-1-A")
    assert (moved.code, moved.walk_order) != (made.code, made.walk_order)
    set_bin_stock(UnitOfWork(engine), ADMIN, "Z-06-1-A", "MUG-BLU", 5)
    with pytest.raises(BinError, match="still holds 5 units"):
        set_bin_active(UnitOfWork(engine), ADMIN, made.id, False)
    set_bin_stock(UnitOfWork(engine), ADMIN, "Z-06-1-A", "MUG-BLU", 0)
    assert set_bin_active(UnitOfWork(engine), ADMIN, made.id, False).active is False


@pytest.mark.parametrize("actor", [PACKER, LEAD, None])
def test_nobody_but_an_admin_changes_bins(sqlite_url: str, actor: Actor | None) -> None:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine)
    before = _bins(engine)
    for change in (
        lambda: add_bin(UnitOfWork(engine), actor, "Z-01-1-A"),
        lambda: import_bins_csv(UnitOfWork(engine), actor, "bin,sku,quantity\nZ-01-1-A,,\n"),
        lambda: set_bin_stock(UnitOfWork(engine), actor, "A-01-1-A", "MUG-BLU", 1),
        lambda: set_bin_active(UnitOfWork(engine), actor, 1, False),
        lambda: recode_bin(UnitOfWork(engine), actor, 1, "Z-01-1-A"),
    ):
        with pytest.raises(PermissionDenied):
            change()
    assert _bins(engine) == before


def packdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "packdesk", *args], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))


def test_cli_reports_bad_rows_with_file_and_line_then_exports(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    seed_small_shop(engine)
    engine.dispose()
    source = tmp_path / "bins.csv"
    source.write_text(CSV_WITH_TWO_BAD_ROWS, encoding="utf-8")
    refused = packdesk("bins", "import", str(source), "--db", db_url)
    assert refused.returncode == 1
    assert [line.split(":")[1] for line in refused.stderr.splitlines()[:2]] == ["4", "6"]
    assert "nothing imported: 2 of 5 rows have errors" in refused.stderr
    partial = packdesk("bins", "import", str(source), "--mode", "valid", "--db", db_url)
    assert partial.returncode == 1 and "imported 3 of 5 rows, 3 new bins" in partial.stderr
    target = tmp_path / "out.csv"
    exported = packdesk("bins", "export", str(target), "--db", db_url)
    assert exported.returncode == 0, exported.stderr
    assert "Z-01-1-A,TEE-BLA-M,12,yes" in target.read_text(encoding="utf-8").splitlines()


def test_cli_prints_labels_of_named_bins_to_a_raw_printer_socket(sqlite_url: str, tmp_path: Path) -> None:
    import socket
    import threading

    engine = make_engine(sqlite_url)
    seed_small_shop(engine)
    engine.dispose()
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(20)
    received: list[bytes] = []

    def accept_one() -> None:
        from tests.helpers.fake_zebra import read_job_answering_status

        conn, _ = server.accept()
        with conn:
            conn.settimeout(20)
            # A Zebra: the command line asks its status (~HS) around a ZPL job.
            received.append(read_job_answering_status(conn))

    thread = threading.Thread(target=accept_one, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    sent = packdesk("bins", "labels", "A-01-1-A", "b-02-3-c", "--printer", f"tcp://127.0.0.1:{port}",
                    "--db", sqlite_url)
    thread.join(20)
    server.close()
    assert sent.returncode == 0, sent.stderr
    assert "sent 2 bin labels" in sent.stdout
    assert received[0].count(b"^XA") == 2 and b"BIN:B-02-3-C" in received[0]
    pdf = tmp_path / "all.pdf"
    written = packdesk("bins", "labels", "--all", "--out", str(pdf), "--db", sqlite_url)
    assert written.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
    bad = packdesk("bins", "labels", "A-1", "--out", str(pdf), "--db", sqlite_url)
    assert bad.returncode == 1 and "'A-1' is not a bin code" in bad.stderr


def test_odd_files_are_reported_by_line_not_crashed_on() -> None:
    from packdesk.services.bins import parse_bins_csv

    known = {"TEE-NAV-L"}
    rows, errors = parse_bins_csv("bin,sku,quantity\nA-01-1-A,,\n\r,\nA-01-1-B,,\n", known)
    assert [r.line for r in rows] == [2, 4]
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [
        (3, "this line holds a stray carriage return (CR)")]
    rows, errors = parse_bins_csv("bin,sku,quantity\nA-01-1-A,TEE-NAV-L,²\n", known)
    assert rows == [] and [str(e) for e in errors] == [
        "line 2: quantity '²' is not a whole number of 0 or more"]
    # Old Mac line ends (CR alone) are lines; a quantity no shelf holds is refused.
    rows, errors = parse_bins_csv("bin,sku,quantity\rA-01-1-A,,\rA-01-1-B,TEE-NAV-L,99999999999\r",
                                  known)
    assert [r.line for r in rows] == [2]
    assert [str(e) for e in errors] == ["line 3: quantity 99999999999 is more than 10,000,000"]
