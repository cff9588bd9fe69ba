"""The command line as a newcomer meets it: no database made by a read, no shipping of a
real shop's orders by the simulator, a closed pipe that ends quietly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, inspect, select, table

from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import ScanEventRow, UserRow
from packdesk.services.uow import UnitOfWork

FILE_ORDER = (
    "order_id,order_number,placed_at,status,ship_name,ship_line1,ship_city,ship_postal_code,"
    "ship_country,shipping_method,customer_note,gift_message,sku,name,quantity,attributes,barcode\n"
    "R1,#R1,2026-11-26T08:00:00Z,,Ola Nordmann,Storgata 1,Oslo,0155,NO,express,,,"
    "TEE-NAV-L,T-shirt,1,color=navy;size=L,\n"
)


def packdesk(*args: str, env: dict[str, str] | None = None, timeout: float = 300,
             ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PACKDESK_DB"}
    return subprocess.run([sys.executable, "-m", "packdesk", *args], capture_output=True,
                          text=True, timeout=timeout, env={**environment, **(env or {})},
                          check=False)


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table(name))).scalar_one()
                for name in inspect(conn).get_table_names()}


@pytest.mark.parametrize("command", [
    ["stats", "--from", "2026-11-01", "--to", "2026-11-27"],
    ["orders", "list"],
    ["db", "info"],
    ["quarantine"],
    ["bins", "export", "-"],
])
def test_a_read_only_command_on_a_missing_database_names_it_and_creates_nothing(
    command: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "typo.db"
    result = packdesk(*command, "--db", f"sqlite:///{missing}", timeout=120)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(missing) in result.stderr and "packdesk demo" in result.stderr
    assert not missing.exists()


def test_stats_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert packdesk("seed", "--orders", "300", "--db", url).returncode == 0
    listing = subprocess.Popen(
        [sys.executable, "-m", "packdesk", "orders", "list", "--db", url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.readline()
    listing.stdout.close()  # what `| head -1` does once it has its line
    stderr = listing.stderr.read().decode()
    listing.wait(timeout=60)
    assert stderr == ""


def test_simulate_refuses_a_database_of_store_orders_and_changes_no_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    drop = tmp_path / "orders.csv"
    drop.write_text(FILE_ORDER, encoding="utf-8")
    pulled = packdesk("pull", "--source", "file", "--path", str(drop), "--db", url)
    assert pulled.returncode == 0, pulled.stderr
    engine = make_engine(url)
    before = row_counts(engine)
    result = packdesk("simulate", "--stations", "1", "--db", url, timeout=120)
    assert result.returncode == 1
    assert "did not make up" in result.stderr and "--force" in result.stderr
    assert row_counts(engine) == before
    engine.dispose()


def test_simulate_refuses_a_demo_database_a_store_pulled_into(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert packdesk("seed", "--orders", "3", "--db", url).returncode == 0
    drop = tmp_path / "orders.csv"
    drop.write_text(FILE_ORDER, encoding="utf-8")
    assert packdesk("pull", "--source", "file", "--path", str(drop), "--db", url).returncode == 0
    result = packdesk("simulate", "--stations", "1", "--db", url, timeout=120)
    assert result.returncode == 1 and "did not make up" in result.stderr


def test_simulate_under_force_warns_then_says_which_orders_no_bin_holds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    drop = tmp_path / "orders.csv"
    drop.write_text(FILE_ORDER, encoding="utf-8")
    assert packdesk("pull", "--source", "file", "--path", str(drop), "--db", url).returncode == 0
    result = packdesk("simulate", "--stations", "1", "--db", url, "--force", timeout=120)
    assert "WARNING" in result.stdout and "tell its store" in result.stdout
    assert result.returncode == 1
    assert "cannot be worked" in result.stderr and "#R1" in result.stderr
    assert "bins import" in result.stderr and "Traceback" not in result.stderr


def test_simulate_without_db_uses_a_new_database_and_its_own_packers(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    result = packdesk("simulate", "--orders", "4", "--stations", "1",
                      "--print-folder", str(tmp_path / "printed"), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("no --db given"))
    path = Path(line.rsplit(" at ", 1)[1])
    assert path.exists() and not (home / "data" / "packdesk" / "packdesk.db").exists()
    engine = make_engine(f"sqlite:///{path}")
    with UnitOfWork(engine) as uow:
        simulated = set(uow.session.scalars(
            select(UserRow.name).where(UserRow.badge_code.like("BADGE:SIM%"))))
        scanners = set(uow.session.scalars(select(ScanEventRow.user_name).distinct()))
    engine.dispose()
    assert simulated == {"Simulated packer 1"}
    assert scanners == {"Simulated packer 1"}


def test_the_demo_carries_three_weeks_of_shipped_history_for_the_dashboard(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    assert packdesk("demo", "--no-window", "--orders", "12", env=env).returncode == 0
    url = f"sqlite:///{tmp_path / 'data' / 'packdesk' / 'demo' / 'demo.db'}"
    today = date.today()
    stats = packdesk("stats", "--db", url, "--from", str(today - timedelta(days=21)),
                     "--to", str(today), "--by", "packer", "--format", "json", env=env)
    assert stats.returncode == 0, stats.stderr
    groups = {g["group"]: g for g in json.loads(stats.stdout)["groups"]}
    assert set(groups) == {"Pat Packer", "Olga Ivanova", "Jānis Bērziņš"}
    assert all(g["orders"] > 500 for g in groups.values())
    listed = packdesk("orders", "list", "--db", url, "--format", "json", env=env)
    statuses = {o["status"] for o in json.loads(listed.stdout) if o["source"] == "history"}
    assert statuses == {"shipped"}  # nothing from the past waits in today's queue
