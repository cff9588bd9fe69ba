"""Boxes and weights in storage, on both backends: the demo's boxes and sizes, the box
proposal for demo orders (``packdesk box propose``), the weight check's records."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.boxes import BoxPreset, Dimensions, NoBoxFits
from packdesk.domain.model import Role
from packdesk.persistence.tables import ProductRow, ScanEventRow
from packdesk.services import boxes
from packdesk.services.auth import Actor
from packdesk.services.demo import generate_shop, seed_database
from packdesk.services.uow import UnitOfWork
from tests.helpers.boxsearch import smallest_box_by_brute_force

ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
LEAD = Actor(2, "Lena Lead", Role.LEAD)
PACKER = Actor(3, "Pat Packer", Role.PACKER)


@pytest.fixture
def shop_engine(engine: Engine) -> Engine:
    seed_database(engine, generate_shop(60, seed=25))
    return engine


def three_unit_orders(engine: Engine) -> list[tuple[str, int]]:
    from packdesk.persistence.tables import OrderRow

    with UnitOfWork(engine) as uow:
        found = []
        for row in uow.session.scalars(select(OrderRow).order_by(OrderRow.id)):
            if len(boxes.order_units(uow.session, row.id)) == 3:
                found.append((row.number, row.id))
        return found


def test_the_demo_has_three_boxes_and_every_product_a_size_and_weight(shop_engine: Engine) -> None:
    presets = boxes.list_boxes(UnitOfWork(shop_engine))
    assert [b.code for b in presets] == ["L", "M", "S"]
    assert all(b.tare_g > 0 and b.barcode for b in presets)
    with UnitOfWork(shop_engine) as uow:
        products = uow.session.execute(select(
            ProductRow.weight_g, ProductRow.length_mm, ProductRow.width_mm, ProductRow.height_mm
        )).all()
    assert products and all(all(value and value > 0 for value in p) for p in products)


def test_box_propose_gives_three_unit_demo_orders_the_smallest_box_that_fits(
    shop_engine: Engine, db_url: str
) -> None:
    orders = three_unit_orders(shop_engine)
    assert len(orders) >= 3
    presets = boxes.list_boxes(UnitOfWork(shop_engine))
    for number, order_id in orders[:3]:
        with UnitOfWork(shop_engine) as uow:
            units = boxes.order_units(uow.session, order_id)
        expected = smallest_box_by_brute_force(units, presets)
        run = subprocess.run(
            [sys.executable, "-m", "packdesk", "box", "propose", number, "--db", db_url,
             "--format", "json"], capture_output=True, text=True, timeout=120, env={**os.environ})
        if expected is None:
            assert run.returncode == 1 and "ask the lead" in run.stderr
            continue
        assert run.returncode == 0, run.stderr
        answer = json.loads(run.stdout)
        assert answer["box"] == expected.code
        assert answer["inner_mm"] == [expected.inner.length, expected.inner.width,
                                      expected.inner.height]
        assert len(answer["placements"]) == 3
        assert 0 < answer["fill_percent"] <= 100
    text = subprocess.run(
        [sys.executable, "-m", "packdesk", "box", "propose", orders[0][0], "--db", db_url],
        capture_output=True, text=True, timeout=120, env={**os.environ})
    assert text.returncode == 0 and text.stdout.startswith("box ")
    assert "% full" in text.stdout


def test_an_order_with_a_unit_too_big_for_any_box_asks_for_the_lead(shop_engine: Engine) -> None:
    number, order_id = three_unit_orders(shop_engine)[0]
    with UnitOfWork(shop_engine) as uow:
        sku = boxes.order_units(uow.session, order_id)[0].sku
        product = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
        product.length_mm = 1500
        uow.commit()
    with pytest.raises(NoBoxFits, match=f"{sku} fits no box: ask the lead"):
        boxes.propose_for_order(UnitOfWork(shop_engine), number)


def test_a_light_parcel_is_recorded_refused_and_a_lead_override_with_the_name(
    shop_engine: Engine,
) -> None:
    number, order_id = three_unit_orders(shop_engine)[0]
    uow = UnitOfWork(shop_engine)
    box = boxes.propose_for_order(uow, number).box
    with uow:
        units = boxes.order_units(uow.session, order_id)
    full = box.tare_g + sum(u.weight_g or 0 for u in units)
    missing = boxes.check_parcel(uow, order_id, box, full - 150, station="Bench 1", actor=PACKER)
    assert not missing.passes
    assert missing.verdict.message() == "150 g lighter than expected: is an item missing?"
    boxes.override_weight(uow, missing, LEAD, station="Bench 1")
    assert boxes.check_parcel(uow, order_id, box, full + 5, station="Bench 1", actor=PACKER).passes
    with UnitOfWork(shop_engine) as u:
        events = u.session.execute(
            select(ScanEventRow.outcome, ScanEventRow.user_name)
            .where(ScanEventRow.order_id == order_id).order_by(ScanEventRow.id)).all()
    assert [e.outcome for e in events] == ["weight_off", "weight_override", "weight_ok"]
    assert events[1].user_name == "Lena Lead"


def test_weights_learned_from_single_sku_parcels_wait_for_the_admin(shop_engine: Engine) -> None:
    uow = UnitOfWork(shop_engine)
    with uow:
        from packdesk.persistence.tables import OrderRow

        for row in uow.session.scalars(select(OrderRow).order_by(OrderRow.id)):
            units = boxes.order_units(uow.session, row.id)
            if len({u.sku for u in units}) == 1:
                order_id, sku, count = row.id, units[0].sku, len(units)
                break
        product = uow.session.scalars(select(ProductRow).where(ProductRow.sku == sku)).one()
        product.weight_g = 0
        uow.commit()
    box = BoxPreset("S", Dimensions(260, 210, 80), 110)
    tolerance = boxes.weight_tolerance(uow)
    with uow:
        assert boxes.learn_weights(uow.session, order_id, box, 110 + 333 * count, tolerance) == (
            sku, 333)
        uow.commit()
    assert [(w.sku, w.learned_g) for w in boxes.learned_weights(uow)] == [(sku, 333)]
    boxes.confirm_learned_weight(uow, ADMIN, sku)
    assert boxes.learned_weights(uow) == []
    with uow:
        assert uow.session.scalars(select(ProductRow.weight_g).where(ProductRow.sku == sku)
                                   ).one() == 333


def test_the_tolerance_is_admin_settable_and_refuses_nonsense(shop_engine: Engine) -> None:
    from packdesk.domain.boxes import WeightTolerance
    from packdesk.domain.errors import PermissionDenied

    uow = UnitOfWork(shop_engine)
    assert boxes.weight_tolerance(uow) == WeightTolerance(3.0, 20.0, 0)
    boxes.set_weight_tolerance(uow, ADMIN, WeightTolerance(2.0, 15.0, 30))
    assert boxes.weight_tolerance(uow) == WeightTolerance(2.0, 15.0, 30)
    with pytest.raises(PermissionDenied):
        boxes.set_weight_tolerance(uow, LEAD, WeightTolerance())
    with pytest.raises(boxes.BoxError):
        boxes.set_weight_tolerance(uow, ADMIN, WeightTolerance(percent=-1))


