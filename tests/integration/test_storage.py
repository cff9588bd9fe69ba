"""Storage on a real SQLite file and the real PostgreSQL test server."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from packdesk.domain.errors import IllegalTransition
from packdesk.domain.model import Address, Order, OrderLine, OrderStatus
from packdesk.persistence.db import current_revision, head_revision, make_engine, upgrade
from packdesk.persistence.mappers import new_order_row, order_from_row
from packdesk.persistence.tables import Base, OrderLineRow, OrderRow
from packdesk.services.orders import count_by_status, list_orders
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop


def an_order(external_id: str = "5001", source: str = "woocommerce") -> Order:
    return Order(
        source=source,
        external_id=external_id,
        number=f"#{external_id}",
        placed_at=datetime(2026, 11, 26, 9, 30),
        ship_to=Address("Анна Кузнецова", "ул. Тверская, д. 7", "Москва", "125009", "RU"),
        lines=[OrderLine("TEE-NAV-L", 1, attributes={"color": "navy", "size": "L"})],
        gift=True,
        gift_message="С днём рождения!",
    )


@pytest.mark.parametrize("empty_db_url", ["sqlite", "postgresql"], indirect=True)
def test_migrations_build_exactly_the_models(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize("empty_db_url", ["sqlite"], indirect=True)
def test_sqlite_runs_in_wal_mode(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_an_order_round_trips_with_its_notes_and_non_latin_names(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        uow.session.add(new_order_row(an_order()))
        uow.commit()
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow)).one()
        order = order_from_row(row)
    assert order.ship_to.name == "Анна Кузнецова"
    assert order.gift and order.gift_message == "С днём рождения!"
    assert order.lines[0].attributes == {"color": "navy", "size": "L"}


def test_the_same_external_id_from_the_same_source_is_refused(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        uow.session.add(new_order_row(an_order()))
        uow.session.add(new_order_row(an_order(source="shopify")))  # another store: fine
        uow.commit()
    with UnitOfWork(engine) as uow, pytest.raises(IntegrityError):
        uow.session.add(new_order_row(an_order()))
        uow.commit()


def test_status_changes_follow_the_domain_rules_in_storage(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        uow.session.add(new_order_row(an_order()))
        uow.commit()
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow)).one()
        with pytest.raises(IllegalTransition):
            row.change_status(OrderStatus.SHIPPED)
        row.change_status(OrderStatus.PICKING)
        row.change_status(OrderStatus.ON_HOLD, "bin empty")
        uow.commit()
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow)).one()
        assert (row.status, row.held_from, row.hold_reason) == ("on_hold", "picking", "bin empty")


def test_a_unit_of_work_without_commit_keeps_nothing(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        uow.session.add(new_order_row(an_order()))
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(OrderRow)) == 0


def test_seeded_demo_shop_lists_in_queue_order(engine: Engine) -> None:
    shop = seed_small_shop(engine, orders=40)
    orders = list_orders(UnitOfWork(engine))
    assert len(orders) == 40
    keys = [(o.ship_by, 0 if o.shipping_method == "Express" else 1) for o in orders]
    assert keys == sorted(keys)
    assert count_by_status(UnitOfWork(engine))["new"] == 40
    units = sum(line.quantity for order in shop.orders for line in order.lines)
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.sum(OrderLineRow.quantity))) == units


def test_demo_generation_is_deterministic() -> None:
    from packdesk.services.demo import generate_shop

    first, second = generate_shop(30, seed=3), generate_shop(30, seed=3)
    assert first.orders == second.orders
    assert any(o.gift and o.gift_message for o in first.orders)
    assert any(o.customer_note for o in first.orders)
    assert any(o.ship_to.country == "RU" for o in first.orders)
    assert any(len(o.lines) > 1 for o in first.orders) and any(len(o.lines) == 1 for o in first.orders)
