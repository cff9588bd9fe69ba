"""Pack-rate statistics on a known history: hand-checked, and the same on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, func, select

from packdesk.domain.errors import DomainError, PermissionDenied
from packdesk.domain.model import Role
from packdesk.persistence.tables import ScanEventRow
from packdesk.services.auth import Actor
from packdesk.services.history import generate_history, write_history
from packdesk.services.stats import (
    Grouping,
    Period,
    dashboard_data,
    group_figures,
    orders_by_hour,
    pack_rate_report,
    set_target_rate,
    target_rate,
    total_figures,
)
from packdesk.services.uow import UnitOfWork
from tests.helpers.history import (
    BENCH1,
    BENCH2,
    EXPECTED_BY_PACKER,
    EXPECTED_ORDERS_BY_HOUR,
    EXPECTED_TOTAL,
    KNOWN_DAY,
    OLGA,
    PAT,
    write_known_history,
)

KNOWN_PERIOD = Period.for_dates(KNOWN_DAY, KNOWN_DAY, UTC)
LEAD = Actor(2, "Lena Lead", Role.LEAD)
PACKER = Actor(3, "Pat Packer", Role.PACKER)


def _records(engine: Engine, grouping: Grouping) -> dict[str, dict[str, object]]:
    return {
        g.key: {k: v for k, v in g.record().items() if k != "group"}
        for g in group_figures(UnitOfWork(engine), KNOWN_PERIOD, grouping)
    }


def test_figures_by_packer_match_the_hand_checked_history(engine: Engine) -> None:
    write_known_history(engine)
    assert _records(engine, Grouping.PACKER) == EXPECTED_BY_PACKER


def test_stations_carry_the_figures_of_their_packer(engine: Engine) -> None:
    write_known_history(engine)
    by_station = _records(engine, Grouping.STATION)
    assert by_station == {BENCH1: EXPECTED_BY_PACKER[PAT], BENCH2: EXPECTED_BY_PACKER[OLGA]}


def test_total_is_computed_over_all_orders_not_averaged_over_packers(engine: Engine) -> None:
    write_known_history(engine)
    total = total_figures(UnitOfWork(engine), KNOWN_PERIOD).record()
    total.pop("group")
    assert total == EXPECTED_TOTAL


def test_orders_per_hour_of_day_and_per_day(engine: Engine) -> None:
    write_known_history(engine)
    by_hour = _records(engine, Grouping.HOUR)
    assert {hour: r["orders"] for hour, r in by_hour.items() if r["orders"]} == EXPECTED_ORDERS_BY_HOUR
    chart = orders_by_hour(UnitOfWork(engine), KNOWN_PERIOD)  # the dashboard's light query
    assert {h.hour: h.orders for h in chart} == EXPECTED_ORDERS_BY_HOUR
    two_days = Period.for_dates(KNOWN_DAY - timedelta(days=1), KNOWN_DAY, UTC)
    by_day = {g.key: g.orders for g in group_figures(UnitOfWork(engine), two_days, Grouping.DAY)}
    assert by_day == {"2026-11-25": 1, "2026-11-26": 7}


def test_hours_are_read_in_the_warehouse_local_time(engine: Engine) -> None:
    write_known_history(engine)
    oslo_winter = timezone(timedelta(hours=1))
    period = Period.for_dates(KNOWN_DAY, KNOWN_DAY, oslo_winter)
    by_hour = {g.key: g.orders for g in group_figures(UnitOfWork(engine), period, Grouping.HOUR)}
    assert {k: v for k, v in by_hour.items() if v} == {"09": 5, "10": 2}


def test_report_lists_orders_on_hold_with_their_reason(engine: Engine) -> None:
    write_known_history(engine)
    report = pack_rate_report(UnitOfWork(engine), LEAD, KNOWN_PERIOD, Grouping.PACKER)
    assert [(h.number, h.reason, h.packer) for h in report.on_hold] == [
        ("#2004", "Item damaged", OLGA)
    ]


def test_an_empty_period_gives_zeros_not_errors(engine: Engine) -> None:
    write_known_history(engine)
    empty = Period.for_dates(date(2026, 1, 1), date(2026, 1, 1), UTC)
    assert group_figures(UnitOfWork(engine), empty, Grouping.PACKER) == []
    total = total_figures(UnitOfWork(engine), empty)
    assert (total.orders, total.median_seconds, total.misscan_rate) == (0, None, None)


def test_generated_history_gives_the_same_figures_on_every_query_path(engine: Engine) -> None:
    """A larger generated history: per-packer orders add up to the total, on both backends."""
    counts = write_history(engine, generate_history(KNOWN_DAY, 2, orders_per_day=120))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ScanEventRow)) == counts["scan_events"]
    period = Period.for_dates(KNOWN_DAY, KNOWN_DAY + timedelta(days=1), UTC)
    groups = group_figures(UnitOfWork(engine), period, Grouping.PACKER)
    total = total_figures(UnitOfWork(engine), period)
    assert sum(g.orders for g in groups) == total.orders == counts["shipments"]
    assert sum(g.item_scans for g in groups) == total.item_scans
    assert all(g.median_seconds is not None and g.p90_seconds >= g.median_seconds  # type: ignore[operator]
               for g in groups)


def test_this_shift_is_the_shift_the_clock_is_in() -> None:
    morning = Period.this_shift(datetime(2026, 11, 26, 9, 30), UTC)
    night = Period.this_shift(datetime(2026, 11, 27, 3, 0), UTC)
    assert (morning.start, morning.end) == (datetime(2026, 11, 26, 6), datetime(2026, 11, 26, 14))
    assert (night.start, night.end) == (datetime(2026, 11, 26, 22), datetime(2026, 11, 27, 6))


def test_a_packer_gets_no_figures_and_cannot_set_the_target(engine: Engine) -> None:
    write_known_history(engine)
    for call in (
        lambda: pack_rate_report(UnitOfWork(engine), PACKER, KNOWN_PERIOD, Grouping.PACKER),
        lambda: dashboard_data(UnitOfWork(engine), PACKER, KNOWN_PERIOD, Grouping.DAY),
        lambda: dashboard_data(UnitOfWork(engine), None, KNOWN_PERIOD, Grouping.DAY),
        lambda: set_target_rate(UnitOfWork(engine), PACKER, 99),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_the_lead_sets_a_target_rate_that_the_dashboard_data_carries(engine: Engine) -> None:
    assert target_rate(UnitOfWork(engine)) == 12.0
    set_target_rate(UnitOfWork(engine), LEAD, 15.5)
    with pytest.raises(DomainError, match="more than 0"):
        set_target_rate(UnitOfWork(engine), LEAD, 0)
    data = dashboard_data(UnitOfWork(engine), LEAD, KNOWN_PERIOD, Grouping.STATION)
    assert data.target_rate == 15.5


def test_sqlite_and_postgresql_give_identical_figures_on_a_generated_history(
    sqlite_url: str, pg_url: str
) -> None:
    from packdesk.persistence.db import make_engine

    history = list(generate_history(KNOWN_DAY, 3, orders_per_day=150, seed=11))
    period = Period.for_dates(KNOWN_DAY, KNOWN_DAY + timedelta(days=2), UTC)
    answers = []
    for url in (sqlite_url, pg_url):
        engine = make_engine(url)
        write_history(engine, history)
        answers.append({
            grouping: [g.record() for g in group_figures(UnitOfWork(engine), period, grouping)]
            for grouping in Grouping
        } | {"total": total_figures(UnitOfWork(engine), period).record()})
        engine.dispose()
    assert answers[0]["total"]["orders"] > 400
    assert answers[0] == answers[1]
