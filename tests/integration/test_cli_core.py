"""The packdesk command as a user runs it, on both backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def packdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packdesk", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_seed_200_then_list_them_as_json(db_url: str) -> None:
    seeded = packdesk("seed", "--db", db_url, "--orders", "200")
    assert seeded.returncode == 0, seeded.stderr
    assert "seeded 200 orders" in seeded.stdout
    listed = packdesk("orders", "list", "--db", db_url, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    orders = json.loads(listed.stdout)
    assert isinstance(orders, list) and len(orders) == 200
    assert len({o["number"] for o in orders}) == 200
    assert {"number", "status", "ship_by", "lines", "units"} <= set(orders[0])


def test_every_subcommand_accepts_db_and_packdesk_db_selects_too(db_url: str) -> None:
    assert packdesk("db", "upgrade", "--db", db_url).returncode == 0
    info = packdesk("db", "info", env={"PACKDESK_DB": db_url})
    assert info.returncode == 0, info.stderr
    assert "revision:" in info.stdout
    listed = packdesk("--db", db_url, "orders", "list", "--status", "new")
    assert listed.returncode == 0 and "0 orders" in listed.stdout


@pytest.mark.parametrize(
    "url",
    ["sqlite:////no/such/folder/x.db", "postgresql://nobody@127.0.0.1:1/none", "nonsense"],
)
def test_a_database_that_cannot_be_opened_gives_one_line_and_no_traceback(url: str) -> None:
    result = packdesk("orders", "list", "--db", url)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("packdesk: error:")


def test_seeding_a_database_that_already_has_orders_is_refused(db_url: str) -> None:
    assert packdesk("seed", "--db", db_url, "--orders", "5").returncode == 0
    again = packdesk("seed", "--db", db_url, "--orders", "5")
    assert again.returncode == 1 and "already holds orders" in again.stderr
