"""``packdesk simulate`` as a user runs it: a real command, real station processes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, ShipmentRow
from packdesk.services.outbox import ORDER_SHIPPED
from packdesk.services.uow import UnitOfWork


def packdesk(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packdesk", *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite_url", "pg_url"])
def test_simulate_ships_sixty_orders_on_three_stations_and_reports_refusals(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url: str = request.getfixturevalue(backend)
    prints = tmp_path / "printed"
    result = packdesk("simulate", "--orders", "60", "--stations", "3", "--error-rate", "0.1",
                      "--db", url, "--print-folder", str(prints))
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "seeded 60 orders" in out
    shipped = re.search(r"orders shipped: (\d+) of (\d+) \((.*)\)", out)
    assert shipped and shipped.group(1) == shipped.group(2) == "60", out
    assert shipped.group(3).count("Sim ") == 3
    refused = re.search(r"refused scans: (\d+) \((.*)\); wrong scans injected: (\d+)", out)
    assert refused, out
    assert int(refused.group(1)) == int(refused.group(3)) > 0
    assert "wrong_item" in refused.group(2) and "wrong_variant" in refused.group(2)
    assert re.search(r"elapsed: [\d.]+ s", out)
    assert "every order shipped exactly once" in out

    engine = make_engine(url)
    with UnitOfWork(engine) as uow:
        statuses = dict(uow.session.execute(
            select(OrderRow.status, func.count()).group_by(OrderRow.status)).all())
        shipments = uow.session.scalar(select(func.count()).select_from(ShipmentRow))
        messages = uow.session.scalar(
            select(func.count(func.distinct(OutboxMessageRow.order_id)))
            .where(OutboxMessageRow.kind == ORDER_SHIPPED))
    engine.dispose()
    assert statuses == {"shipped": 60}
    assert shipments == 60 and messages == 60
    # Each order's slip and label were printed to the stations' folder printers.
    files = [p.name for p in prints.rglob("*") if p.is_file()]
    assert sum("label" in name and name.endswith(".zpl") for name in files) == 60
    assert sum("slip" in name and name.endswith(".pdf") for name in files) == 60


def test_simulate_refuses_a_bad_error_rate_in_one_line(sqlite_url: str) -> None:
    result = packdesk("simulate", "--error-rate", "1.5", "--db", sqlite_url, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == "packdesk: error: --error-rate must be between 0 and 1"


def test_simulate_works_the_open_orders_of_a_seeded_database_then_says_none_are_left(
    sqlite_url: str, tmp_path: Path
) -> None:
    assert packdesk("seed", "--orders", "8", "--db", sqlite_url, timeout=120).returncode == 0
    first = packdesk("simulate", "--stations", "2", "--db", sqlite_url,
                     "--print-folder", str(tmp_path), timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "working its 8 open ones" in first.stdout
    assert "orders shipped: 8 of 8" in first.stdout
    second = packdesk("simulate", "--stations", "2", "--db", sqlite_url, timeout=120)
    assert second.returncode == 1
    assert "has no open orders" in second.stderr and second.stderr.count("\n") == 1


@pytest.mark.parametrize("backend", ["sqlite_url", "pg_url"])
def test_simulate_until_packed_leaves_each_order_packed_with_documents_printed_and_unshipped(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url: str = request.getfixturevalue(backend)
    prints = tmp_path / "printed"
    result = packdesk("simulate", "--orders", "8", "--stations", "2", "--until", "packed",
                      "--db", url, "--print-folder", str(prints), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "orders packed: 8 of 8" in result.stdout
    assert "none shipped" in result.stdout

    engine = make_engine(url)
    with UnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(OrderRow.status, OrderRow.claimed_station, OrderRow.slip_printed_at,
                   OrderRow.label_printed_at)).all()
        shipments = uow.session.scalar(select(func.count()).select_from(ShipmentRow))
        messages = uow.session.scalar(
            select(func.count()).select_from(OutboxMessageRow)
            .where(OutboxMessageRow.kind == ORDER_SHIPPED))
    engine.dispose()
    assert len(rows) == 8
    assert {status for status, *_ in rows} == {"packed"}
    assert all(station is None for _, station, _, _ in rows)  # back in the queue, to be shipped
    assert all(slip is not None and label is not None for _, _, slip, label in rows)
    assert shipments == 0 and messages == 0
    files = [p.name for p in prints.rglob("*") if p.is_file()]
    assert sum("label" in name and name.endswith(".zpl") for name in files) == 8


def test_simulate_confirms_quality_checks_and_prints_a_thank_you_card_per_order(
    sqlite_url: str, tmp_path: Path
) -> None:
    from packdesk.domain.finishing import CardWhen, FinishingSettings
    from packdesk.domain.model import Role
    from packdesk.persistence.tables import ProductRow
    from packdesk.services.auth import Actor
    from packdesk.services.finishing import save_finishing_settings
    from packdesk.services.quality import add_check

    assert packdesk("seed", "--orders", "6", "--db", sqlite_url, timeout=120).returncode == 0
    engine = make_engine(sqlite_url)
    admin = Actor(0, "Ada Admin", Role.ADMIN)
    with UnitOfWork(engine) as uow:
        skus = list(uow.session.scalars(select(ProductRow.sku)))
    for sku in skus:  # every unit has a check to confirm at the bench
        add_check(UnitOfWork(engine), admin, "seal intact", sku=sku)
    save_finishing_settings(UnitOfWork(engine), admin, FinishingSettings(card_when=CardWhen.ALL))
    engine.dispose()
    result = packdesk("simulate", "--stations", "2", "--db", sqlite_url,
                      "--print-folder", str(tmp_path), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "orders shipped: 6 of 6" in result.stdout
    cards = [p for p in tmp_path.rglob("*card*") if p.is_file()]
    assert len(cards) == 6
