"""Per-order facts: written when an order ships, backfilled by the migration, read by the
dashboard. Each case runs on a SQLite file and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, func, select

from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.persistence.db import alembic_config
from packdesk.persistence.tables import OrderFactRow, OrderLineRow, ScanEventRow
from packdesk.services.history import PackedOrder, generate_history, write_history
from packdesk.services.station import StationError, StationService
from packdesk.services.stats import (
    GroupFigures,
    Grouping,
    Period,
    group_figures,
    orders_by_hour,
)
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import TEST_DAY, seed_small_shop
from tests.helpers.station import (
    PACKER_BADGE,
    RecordingPrinter,
    barcode_of,
    pick_everything,
    unrelated_sku,
    verify_everything,
)

PAT, BENCH = "Pat Packer", "Bench 1"
TEST_PERIOD = Period.for_dates(TEST_DAY, TEST_DAY, UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def shop(engine: Engine) -> Iterator[Engine]:
    seed_small_shop(engine, orders=10)
    yield engine


def _pats_figures(engine: Engine) -> GroupFigures:
    # Read live: these stations' clock ships on a day that has closed by now, and a closed
    # day is read from its roll-up, which no real station would write into afterwards.
    groups = {g.key: g for g in group_figures(UnitOfWork(engine), TEST_PERIOD, Grouping.PACKER,
                                              rollups=False)}
    return groups[PAT]


def _pack_one_order(engine: Engine, clock: Clock, printer: RecordingPrinter | None = None
                    ) -> tuple[StationService, int]:
    """Pat picks at 09:00:00, packs with one wrong item at 09:02:00, all at Bench 1."""
    service = StationService(engine, BENCH, printer=printer or RecordingPrinter(), clock=clock)
    service.handle_scan(PACKER_BADGE)
    view = service.take_next()
    assert view is not None
    pick_everything(service, engine)
    clock.now += timedelta(seconds=120)
    wrong = service.handle_scan(barcode_of(engine, unrelated_sku(engine)))
    assert wrong.outcome is ScanOutcome.WRONG_ITEM
    verify_everything(service, engine)
    return service, view.id


def _facts(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(OrderFactRow).order_by(OrderFactRow.order_id)).mappings()
        return [dict(row) for row in rows]


def test_shipping_writes_the_orders_facts_and_its_scans_count_once(shop: Engine) -> None:
    clock = Clock(datetime(2026, 11, 26, 9, 0, 0))
    service, order_id = _pack_one_order(shop, clock)
    with UnitOfWork(shop) as uow:
        scans = uow.session.scalar(
            select(func.count()).select_from(ScanEventRow).where(
                ScanEventRow.order_id == order_id, ScanEventRow.phase.in_(("pick", "pack"))))
        units = uow.session.scalar(
            select(func.sum(OrderLineRow.quantity)).where(OrderLineRow.order_id == order_id))
    before = _pats_figures(shop)  # packed, not shipped: its scans are read from the scan log
    assert (before.orders, before.item_scans, before.misscans) == (0, scans, 1)

    clock.now += timedelta(seconds=30)
    service.ship()

    facts = _facts(shop)
    assert len(facts) == 1
    fact = facts[0]
    assert (fact["order_id"], fact["packer"], fact["station"], fact["units"]) == (
        order_id, PAT, BENCH, units)
    # Picked at 09:00:00, packed at 09:02:00, shipped at 09:02:30.
    assert (fact["total_s"], fact["pick_s"], fact["pack_s"]) == (150, 0, 120)
    assert (fact["item_scans"], fact["misscans"], fact["short_picks"], fact["overrides"]) == (
        scans, 1, 0, 0)
    after = _pats_figures(shop)  # shipped: now from its facts, the scans counted once
    assert (after.orders, after.units, after.item_scans, after.misscans) == (1, units, scans, 1)
    assert after.median_seconds == after.p90_seconds == 150.5  # 150 s: bucket 150-151 s
    assert after.pick_seconds == 0.0 and after.pack_seconds == 120.0


def test_a_refused_ship_writes_no_facts(shop: Engine) -> None:
    clock = Clock(datetime(2026, 11, 26, 9, 0, 0))
    service, _ = _pack_one_order(shop, clock, RecordingPrinter(fail_labels=True))
    with pytest.raises(StationError, match="label is not printed"):
        service.ship()
    assert _facts(shop) == []
    assert _pats_figures(shop).orders == 0


def test_the_migration_backfills_the_same_facts_that_shipping_writes(shop: Engine) -> None:
    clock = Clock(datetime(2026, 11, 26, 9, 0, 0))
    service, _ = _pack_one_order(shop, clock)
    clock.now += timedelta(seconds=45)
    service.ship()
    # A generated history too: held orders, short picks, overrides, several packers.
    write_history(shop, generate_history(TEST_DAY, 2, orders_per_day=60, seed=3))
    written = _facts(shop)
    assert len(written) > 100
    assert any(f["overrides"] for f in written) and any(f["misscans"] for f in written)

    config = alembic_config(shop)
    command.downgrade(config, "0005")  # as if the orders had shipped before facts existed
    command.upgrade(config, "head")

    assert _facts(shop) == written


def test_scans_no_shipped_order_holds_yet_still_count(engine: Engine) -> None:
    """Until an order ships its scans are read from the scan log: an order cancelled while
    picking, and a wrong bin scanned with no order in hand, count for who scanned them."""
    at = datetime(2026, 11, 26, 10, 0)
    write_history(engine, [
        PackedOrder("#3001", PAT, BENCH, at, pick_seconds=60, pack_seconds=30),
        PackedOrder("#3002", PAT, BENCH, at + timedelta(minutes=5), 60, 0, quantities=(2,),
                    status=OrderStatus.CANCELLED),
    ])
    shipped_only = _pats_figures(engine)
    # Shipped: its bin, its unit, the unit verified; cancelled: its bin and two units.
    assert (shipped_only.orders, shipped_only.item_scans) == (1, 3 + 3)
    with UnitOfWork(engine) as uow:
        uow.session.add(ScanEventRow(
            at=at + timedelta(minutes=20), station=BENCH, user_name=PAT, order_id=None,
            phase="pick", raw_code="BIN:Z-99-9-Z", outcome=ScanOutcome.WRONG_BIN.value))
        uow.commit()
    figures = _pats_figures(engine)
    assert (figures.orders, figures.item_scans, figures.misscans) == (1, 7, 1)


@pytest.mark.parametrize("utc_offset", [timedelta(0), timedelta(hours=1),
                                        timedelta(hours=5, minutes=30)])
def test_the_hourly_chart_counts_what_the_figures_by_hour_count(
    engine: Engine, utc_offset: timedelta
) -> None:
    """The chart counts hour by hour from the time index, the figures group every order:
    both say the same, in a zone a whole or a half hour from UTC, and for a period that
    starts within an hour."""
    write_history(engine, generate_history(TEST_DAY, 2, orders_per_day=80, seed=5,
                                           shift_start_hour=20))  # shifts across midnight
    zone = timezone(utc_offset)
    whole_days = Period.for_dates(TEST_DAY, TEST_DAY + timedelta(days=1), zone)
    from_mid_hour = replace(whole_days, start=whole_days.start + timedelta(minutes=20))
    for period in (whole_days, from_mid_hour):
        chart = {h.hour: h.orders for h in orders_by_hour(UnitOfWork(engine), period)}
        figures = {g.key: g.orders for g in group_figures(UnitOfWork(engine), period,
                                                          Grouping.HOUR) if g.orders}
        assert chart == figures
        assert sum(chart.values()) > 50
