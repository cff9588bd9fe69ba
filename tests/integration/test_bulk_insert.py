"""Bulk inserts (``persistence.bulk``): Core executemany on SQLite, COPY on PostgreSQL,
the same rows and the same errors either way."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

import pytest
from sqlalchemy import Engine, Table, select
from sqlalchemy.exc import DataError, IntegrityError

from packdesk.persistence.bulk import insert_rows
from packdesk.persistence.tables import OrderLineRow, OrderRow
from packdesk.services.uow import UnitOfWork

ORDERS, LINES = cast(Table, OrderRow.__table__), cast(Table, OrderLineRow.__table__)


def order(external_id: str, **values: Any) -> dict[str, Any]:
    return {"source": "woocommerce:shop.test", "external_id": external_id, "number": f"#{external_id}",
            "placed_at": datetime(2026, 11, 27, 9, 0), "ship_to": {"name": "Анна Łęcka", "city": "Rīga"},
            "status": "new", **values}


def test_new_rows_get_their_ids_in_row_order_and_their_columns_defaults(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        ids = insert_rows(uow.session, ORDERS, [order(str(n)) for n in (30, 10, 20)],
                          with_ids=True)
        insert_rows(uow.session, LINES, [
            {"order_id": ids[0], "position": 0, "sku": "TEE-NAV-L", "quantity": 2,
             "attributes": {"color": "navy", "size": "L"}, "properties": {}}])
        uow.commit()
    with UnitOfWork(engine) as uow:
        rows = {r.external_id: r for r in uow.session.scalars(select(OrderRow))}
        assert [rows[n].id for n in ("30", "10", "20")] == ids
        first = rows["30"]
        assert first.ship_to == {"name": "Анна Łęcka", "city": "Rīga"}
        assert (first.notes_review, first.gift_steps, first.priority) == ("none", {}, 1)
        assert first.created_at is not None and first.updated_at is not None
        [line] = first.lines
        assert (line.sku, line.quantity, line.attributes, line.picked_qty, line.verified_qty) == (
            "TEE-NAV-L", 2, {"color": "navy", "size": "L"}, 0, 0)


def test_a_row_the_database_refuses_raises_sqlalchemys_error_and_the_savepoint_recovers(
        engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        insert_rows(uow.session, ORDERS, [order("1")], with_ids=True)
        savepoint = uow.session.begin_nested()
        with pytest.raises(IntegrityError):
            insert_rows(uow.session, ORDERS, [order("2"), order("1")], with_ids=True)
        savepoint.rollback()
        if engine.dialect.name == "postgresql":  # SQLite keeps a too-long text; check_fits refuses it
            savepoint = uow.session.begin_nested()
            with pytest.raises(DataError):
                insert_rows(uow.session, ORDERS, [order("3", currency="EURO")], with_ids=True)
            savepoint.rollback()
        insert_rows(uow.session, ORDERS, [order("4")], with_ids=True)
        uow.commit()
    with UnitOfWork(engine) as uow:
        assert sorted(uow.session.scalars(select(OrderRow.external_id))) == ["1", "4"]


def test_a_bulk_row_is_stored_exactly_as_sqlalchemy_stores_the_same_values(engine: Engine) -> None:
    """Dates, times, JSON (a null payment included) and flags: the same stored text and
    numbers as a Core insert of the same values, read back raw."""
    from sqlalchemy import insert, text

    values = order("1", ship_by=date(2026, 11, 30), gift=True, payment=None,
                   note_attributes={"gift_wrap": "yes", "ø": "Ā"}, currency="NOK")
    with UnitOfWork(engine) as uow:
        uow.session.execute(insert(ORDERS), [{**values, "external_id": "core"}])
        insert_rows(uow.session, ORDERS, [{**values, "external_id": "bulk"}],
                    with_ids=True)
        uow.commit()
    columns = [c.name for c in ORDERS.columns if c.name not in ("id", "external_id", "created_at",
                                                                "updated_at")]
    with engine.connect() as conn:
        raw = {external_id: rest for external_id, *rest in conn.execute(text(
            f"SELECT external_id, {', '.join(columns)}, payment IS NULL FROM orders"))}
    assert raw["bulk"] == raw["core"]
