"""Issue 18 point 8: two stations, one bin running empty.

A walk counts the stock that orders claimed before it still have to pick as taken, so two
stations are never sent for the same last unit; and a packer standing at a bin that has no
more of the item hears where to go instead (or that it is a short pick), not "wrong bin".
Two station services on one database, SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select, update

from packdesk.domain.model import OrderStatus, Role, ScanOutcome
from packdesk.persistence.tables import BinRow, BinStockRow, OrderLineRow, OrderRow, ProductRow
from packdesk.services.auth import Actor
from packdesk.services.bins import add_bin, set_bin_stock
from packdesk.services.station import StationService, StopReason, describe
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, SECOND_PACKER_BADGE, barcode_of

ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
FIRST_BIN, SECOND_BIN = "A-01-1-A", "Z-09-9-Z"


@pytest.fixture
def two_orders_one_last_unit(engine: Engine) -> Iterator[tuple[Engine, str, str, str]]:
    """Two new orders of one unit of the same SKU; its first bin holds 1, a later bin 5."""
    seed_small_shop(engine, orders=10)
    with UnitOfWork(engine) as uow:
        sku = uow.session.scalars(select(ProductRow.sku).order_by(ProductRow.sku)).first()
        rows = list(uow.session.scalars(
            select(OrderRow).where(OrderRow.status == OrderStatus.NEW.value)
            .order_by(OrderRow.id).limit(2)))
        product = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
        for row in rows:
            row.lines.clear()
            uow.session.flush()
            row.lines.append(OrderLineRow(position=0, sku=sku, name=product.name, quantity=1,
                                          attributes=dict(product.attributes)))
        uow.session.execute(update(BinStockRow).where(BinStockRow.product_id == product.id)
                            .values(quantity=0))
        uow.commit()
        numbers = [row.number for row in rows]
    assert sku is not None
    for code in (FIRST_BIN, SECOND_BIN):
        try:
            add_bin(UnitOfWork(engine), ADMIN, code)
        except Exception:  # noqa: BLE001 - the demo shop may have it already
            pass
    set_bin_stock(UnitOfWork(engine), ADMIN, FIRST_BIN, sku, 1)
    set_bin_stock(UnitOfWork(engine), ADMIN, SECOND_BIN, sku, 5)
    yield engine, sku, numbers[0], numbers[1]


def station(engine: Engine, name: str, badge: str) -> StationService:
    service = StationService(engine, name)
    assert service.handle_scan(badge).outcome is ScanOutcome.SIGNED_IN
    return service


def stock(engine: Engine, sku: str) -> dict[str, int]:
    with UnitOfWork(engine) as uow:
        return {code: quantity for code, quantity in uow.session.execute(
            select(BinRow.code, BinStockRow.quantity)
            .join(BinStockRow, BinStockRow.bin_id == BinRow.id)
            .join(ProductRow, ProductRow.id == BinStockRow.product_id)
            .where(ProductRow.sku == sku, BinRow.code.in_([FIRST_BIN, SECOND_BIN])))}


def test_two_stations_are_never_sent_for_the_same_last_unit(
    two_orders_one_last_unit: tuple[Engine, str, str, str],
) -> None:
    engine, sku, first, second = two_orders_one_last_unit
    bench1 = station(engine, "Bench 1", PACKER_BADGE)
    bench2 = station(engine, "Bench 2", SECOND_PACKER_BADGE)
    bench1.take_order(first)
    bench2.take_order(second)
    step1, step2 = bench1.resume().pick_step, bench2.resume().pick_step
    assert step1 is not None and step2 is not None
    assert step1.bin_code == FIRST_BIN  # the order claimed first gets the last unit there
    assert step2.bin_code == SECOND_BIN  # the other station is sent where there is stock

    # The second station is quicker: it still does not take the first one's unit.
    code = barcode_of(engine, sku)
    assert bench2.handle_scan(f"BIN:{step2.bin_code}").accepted
    assert bench2.handle_scan(code).accepted
    assert bench1.handle_scan(f"BIN:{step1.bin_code}").accepted
    verdict = bench1.handle_scan(code)
    assert verdict.accepted, describe(verdict)
    assert stock(engine, sku) == {FIRST_BIN: 0, SECOND_BIN: 4}
    assert bench1.resume().phase.value == "pack" and bench2.resume().phase.value == "pack"


def test_a_packer_at_a_bin_another_took_the_last_unit_from_is_sent_to_the_next_bin(
    two_orders_one_last_unit: tuple[Engine, str, str, str],
) -> None:
    engine, sku, first, _second = two_orders_one_last_unit
    bench1 = station(engine, "Bench 1", PACKER_BADGE)
    bench1.take_order(first)
    assert bench1.handle_scan(f"BIN:{FIRST_BIN}").accepted
    # Meanwhile the last unit left that bin (taken by a station that did not reserve it).
    with UnitOfWork(engine) as uow:
        uow.session.execute(update(BinStockRow).where(BinStockRow.quantity == 1).values(quantity=0))
        uow.commit()
    verdict = bench1.handle_scan(barcode_of(engine, sku))
    assert verdict.refused and verdict.reason is StopReason.BIN_EMPTIED
    assert describe(verdict) == f"{FIRST_BIN} has no more {sku}: go to {SECOND_BIN}."
    step = bench1.resume().pick_step
    assert step is not None and step.bin_code == SECOND_BIN and not step.confirmed
    assert bench1.handle_scan(f"BIN:{SECOND_BIN}").accepted
    assert bench1.handle_scan(barcode_of(engine, sku)).accepted
    assert stock(engine, sku) == {FIRST_BIN: 0, SECOND_BIN: 4}


def test_a_packer_at_an_emptied_bin_with_no_other_bin_is_told_to_report_a_short_pick(
    two_orders_one_last_unit: tuple[Engine, str, str, str],
) -> None:
    engine, sku, first, _second = two_orders_one_last_unit
    set_bin_stock(UnitOfWork(engine), ADMIN, SECOND_BIN, sku, 0)
    bench1 = station(engine, "Bench 1", PACKER_BADGE)
    bench1.take_order(first)
    assert bench1.handle_scan(f"BIN:{FIRST_BIN}").accepted
    with UnitOfWork(engine) as uow:
        uow.session.execute(update(BinStockRow).where(BinStockRow.quantity == 1).values(quantity=0))
        uow.commit()
    verdict = bench1.handle_scan(barcode_of(engine, sku))
    assert verdict.refused and verdict.reason is StopReason.BIN_EMPTIED
    assert "report a short pick" in describe(verdict)
    with UnitOfWork(engine) as uow:
        picked = uow.session.scalar(
            select(OrderLineRow.picked_qty).join(OrderRow).where(OrderRow.number == first))
    assert picked == 0  # nothing counted as picked from an empty bin
