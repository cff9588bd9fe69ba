"""Daily roll-ups of the statistics: every dashboard figure read from roll-ups plus today
equals the fully live reading, over random histories, on both databases; a closed day is
rolled up once, also by two stations at the same moment."""

from __future__ import annotations

import random
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, delete, func, select, update

from packdesk.domain.model import OrderStatus, Role, ScanOutcome
from packdesk.persistence.tables import (
    DailyRollupRow,
    HourlyRollupRow,
    OrderFactRow,
    RollupDayRow,
    ScanEventRow,
)
from packdesk.services.auth import Actor
from packdesk.services.history import PackedOrder, write_history
from packdesk.services.rollups import last_closed_day, roll_up_closed_days
from packdesk.services.stats import Grouping, Period, dashboard_data, local_zone
from packdesk.services.statslive import epoch
from packdesk.services.uow import UnitOfWork

LEAD = Actor(2, "Lena Lead", Role.LEAD)
DAYS = 5  # four closed days and today
PACKERS = ["Pat Packer", "Olga Ivanova", "Jānis Bērziņš", "Ana Souza"]
STATIONS = ["Bench 1", "Bench 2", "Bench 3", ""]
STATUSES = [OrderStatus.SHIPPED] * 14 + [
    OrderStatus.PACKED, OrderStatus.PICKING, OrderStatus.ON_HOLD, OrderStatus.CANCELLED,
    OrderStatus.NEW,  # put back in the queue: its scans count once it ships
]


def _today() -> date:
    return datetime.now(local_zone()).date()


def _seconds(rng: random.Random) -> int:
    """Mostly minutes, sometimes seconds, sometimes hours (an order left over a night)."""
    return rng.choice([rng.randrange(0, 130), rng.randrange(60, 1500), rng.randrange(600, 40_000)])


def _write_random_history(engine: Engine, seed: int) -> None:
    rng = random.Random(seed)
    first = _today() - timedelta(days=DAYS - 1)
    orders = []
    for index in range(DAYS):
        day = Period.for_dates(first + timedelta(days=index), first + timedelta(days=index))
        for number in range(rng.randrange(8, 30)):
            status = rng.choice(STATUSES)
            orders.append(PackedOrder(
                number=f"R{seed}-{index}-{number}",
                packer=rng.choice(PACKERS), station=rng.choice(STATIONS),
                first_scan_at=day.start + timedelta(seconds=rng.randrange(0, 86_400)),
                pick_seconds=_seconds(rng), pack_seconds=_seconds(rng),
                ship_seconds=rng.randrange(0, 300),
                quantities=tuple(rng.randrange(1, 4) for _ in range(rng.randrange(1, 4))),
                misscans=rng.choice([0, 0, 1, 2]), overrides=rng.choice([0, 0, 0, 1]),
                short_units=rng.choice([0, 0, 0, 1]), status=status,
                hold_reason="item missing" if status is OrderStatus.ON_HOLD else "",
            ))
    write_history(engine, orders)
    start = Period.for_dates(first, first).start
    loose = [  # scans tied to no order: a wrong bin while batch picking, a badge, a stray code
        {"at": start + timedelta(seconds=rng.randrange(0, DAYS * 86_400)),
         "station": rng.choice(STATIONS), "user_name": rng.choice([*PACKERS, None]),
         "order_id": None, "order_number": None, "phase": rng.choice(["pick", "pack", ""]),
         "raw_code": "X", "outcome": rng.choice(list(ScanOutcome)).value, "detail": ""}
        for _ in range(rng.randrange(20, 60))
    ]
    with engine.begin() as conn:
        conn.execute(ScanEventRow.__table__.insert(), loose)
        # A few shipped orders without a first scan (shipped by a lead from the list).
        ids = list(conn.scalars(select(OrderFactRow.order_id)))
        conn.execute(update(OrderFactRow).where(OrderFactRow.order_id.in_(rng.sample(ids, 3)))
                     .values(first_scan_s=None, total_s=None, pick_s=None))


def _periods() -> list[Period]:
    today = _today()
    days = [today - timedelta(days=i) for i in range(DAYS + 1)]
    periods = [Period.for_dates(day, day) for day in days]
    periods += [Period.for_dates(days[-1], today), Period.for_dates(days[-2], days[1]),
                Period.for_dates(days[2], today), Period.this_shift()]
    return periods


def _assert_rollups_equal_live(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    for period in _periods():
        for grouping in Grouping:
            from_rollups = dashboard_data(uow, LEAD, period, grouping)
            live = dashboard_data(uow, LEAD, period, grouping, rollups=False)
            assert from_rollups == live, (period, grouping)


def _count(engine: Engine, table: type) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_dashboard_figure_from_rollups_and_today_equals_the_live_figure(
    engine: Engine, seed: int
) -> None:
    _write_random_history(engine, seed)
    closed = roll_up_closed_days(UnitOfWork(engine))
    assert closed and closed[-1] == last_closed_day()
    assert _count(engine, DailyRollupRow) > 0 and _count(engine, HourlyRollupRow) > 0
    _assert_rollups_equal_live(engine)
    # The whole history's figures are not all zeros: the comparison compared something.
    whole = Period.for_dates(_today() - timedelta(days=DAYS - 1), _today())
    report = dashboard_data(UnitOfWork(engine), LEAD, whole, Grouping.PACKER).report
    assert report.total.orders > 0 and report.total.median_seconds is not None


def test_closed_days_are_read_from_their_rollups_and_rebuilt_on_demand(engine: Engine) -> None:
    _write_random_history(engine, 4)
    uow = UnitOfWork(engine)
    yesterday = _today() - timedelta(days=1)
    period = Period.for_dates(yesterday - timedelta(days=2), yesterday)
    before = dashboard_data(uow, LEAD, period, Grouping.PACKER)  # rolls the closed days up
    assert before.report.total.orders > 0
    # Facts that vanish under a closed day (a repair of the history) do not change the
    # figures read from its roll-up, until it is rebuilt.
    with engine.begin() as conn:
        conn.execute(delete(OrderFactRow).where(
            OrderFactRow.shipped_s >= epoch(Period.for_dates(yesterday, yesterday).start)))
    assert dashboard_data(uow, LEAD, period, Grouping.PACKER) == before
    live = dashboard_data(uow, LEAD, period, Grouping.PACKER, rollups=False)
    assert live.report.total.orders < before.report.total.orders
    rebuilt = roll_up_closed_days(uow, rebuild=True, since=yesterday)
    assert rebuilt == [yesterday]
    assert dashboard_data(uow, LEAD, period, Grouping.PACKER) == live


def test_a_closed_day_is_rolled_up_once(engine: Engine) -> None:
    _write_random_history(engine, 5)
    uow = UnitOfWork(engine)
    days = roll_up_closed_days(uow)
    assert days == [_today() - timedelta(days=i) for i in range(DAYS - 1, 0, -1)]
    counts = [_count(engine, t) for t in (RollupDayRow, DailyRollupRow, HourlyRollupRow)]
    assert roll_up_closed_days(uow) == []
    assert [_count(engine, t) for t in (RollupDayRow, DailyRollupRow, HourlyRollupRow)] == counts


def test_two_stations_rolling_up_at_once_write_each_day_once(engine: Engine) -> None:
    _write_random_history(engine, 6)
    start = threading.Barrier(2)
    results: list[list[date]] = []
    errors: list[BaseException] = []

    def station() -> None:
        try:
            start.wait()
            results.append(roll_up_closed_days(UnitOfWork(engine)))
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=station) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    first, second = results
    assert not set(first) & set(second)
    assert sorted(first + second) == [_today() - timedelta(days=i) for i in range(DAYS - 1, 0, -1)]
    _assert_rollups_equal_live(engine)


def test_the_first_read_after_midnight_rolls_up_the_day_that_closed(engine: Engine) -> None:
    _write_random_history(engine, 7)
    yesterday = _today() - timedelta(days=1)
    midnight = Period.for_dates(_today(), _today()).start
    zone = local_zone()
    assert roll_up_closed_days(UnitOfWork(engine), now=midnight + timedelta(minutes=5),
                               zone=zone)[-1] == yesterday - timedelta(days=1)
    assert roll_up_closed_days(UnitOfWork(engine), now=midnight + timedelta(minutes=11),
                               zone=zone) == [yesterday]
    assert datetime.now(UTC).replace(tzinfo=None) > midnight
