"""Issue 18 point 2: one SKU on two lines of an order (different engraving or gift wrap).

Stores send that; picks and verifications count per line, so the second line is picked
and verified like the first and the order reaches packing and ships.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.domain.scancodes import order_barcode
from packdesk.persistence.tables import OrderLineRow, OrderRow
from packdesk.services.station import Phase, StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    PACKER_BADGE,
    RecordingPrinter,
    barcode_of,
    pick_everything,
    verify_everything,
)


@pytest.fixture
def shop(engine: Engine) -> Iterator[Engine]:
    seed_small_shop(engine, orders=10)
    yield engine


def order_with_a_repeated_sku(engine: Engine) -> tuple[str, str]:
    """The first new order, given a second line with its first line's SKU (engraved)."""
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(
            select(OrderRow).where(OrderRow.status == OrderStatus.NEW.value).order_by(OrderRow.id)
        ).first()
        assert row is not None
        first = row.lines[0]
        row.lines.append(OrderLineRow(
            position=max(line.position for line in row.lines) + 1, sku=first.sku,
            name=first.name, quantity=2, attributes=dict(first.attributes),
            properties={"engraving": "For Anna"}, unit_price=first.unit_price,
        ))
        uow.commit()
        return row.number, first.sku


def test_the_same_sku_on_two_lines_is_picked_verified_and_shipped(shop: Engine) -> None:
    number, sku = order_with_a_repeated_sku(shop)
    service = StationService(shop, "Bench 1", printer=RecordingPrinter())
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
    assert service.handle_scan(order_barcode(number)).outcome is ScanOutcome.ORDER_TAKEN

    state = service.resume()
    assert state.current is not None
    assert sum(step.quantity for step in state.pick_list) == state.current.units

    pick_everything(service, shop)
    state = service.resume()
    assert state.phase is Phase.PACK
    assert state.current is not None and state.current.status == OrderStatus.PACKING.value
    same = [line for line in state.current.lines if line.sku == sku]
    assert len(same) == 2
    assert all(line.picked == line.quantity for line in state.current.lines)

    verify_everything(service, shop)
    state = service.resume()
    assert state.current is not None and state.current.status == OrderStatus.PACKED.value
    assert all(line.verified == line.quantity for line in state.current.lines)
    # One more unit of that SKU is one too many.
    assert service.handle_scan(barcode_of(shop, sku)).outcome is ScanOutcome.OVER_SCAN

    if state.current.has_note:
        service.acknowledge_note()
    for step in state.current.gift_steps_missing:
        service.confirm_gift_step(step)
    result = service.ship()
    assert result.order.status == OrderStatus.SHIPPED.value
