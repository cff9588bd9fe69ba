"""What EasyPost is asked for a packed order's parcel: the size of the box the packer weighed
it in, and for a parcel leaving the customs union each product's HS code and origin (a fake
EasyPost on 127.0.0.1 keeps what it was sent)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.model import Role
from packdesk.persistence.tables import OrderLineRow, OrderRow, ProductRow, SettingRow
from packdesk.services import boxes
from packdesk.services.auth import Actor
from packdesk.services.station import StationError, StationService
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.easypost import EasyPostSource
from packdesk.sync.credentials import Secret
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import RecordingPrinter
from tests.integration.test_station_carrier_labels import map_all_orders, pack

PACKER = Actor(3, "Pat Packer", Role.PACKER)
RIGA = {"name": "Packdesk Riga", "line1": "Brivibas iela 1", "city": "Riga",
        "postal_code": "LV-1010", "country": "LV"}


@pytest.fixture
def easypost() -> Iterator[FakeEasyPost]:
    with FakeEasyPost().running() as fake:
        yield fake


def station(engine: Engine, easypost: FakeEasyPost) -> StationService:
    service = StationService(engine, "Bench 1", printer=RecordingPrinter(),  # type: ignore[arg-type]
                             print_on_complete=False)
    service.label_sources = {"easypost": EasyPostSource(Secret("k"), easypost.api_base)}
    return service


def order_id(engine: Engine, number: str) -> int:
    with UnitOfWork(engine) as uow:
        return int(uow.session.scalars(select(OrderRow.id).where(OrderRow.number == number)).one())


def test_the_parcel_sent_to_easypost_has_the_size_of_the_box_it_was_weighed_in(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "easypost"})
    service = station(engine, easypost)
    pack(service, engine, number)
    box = next(b for b in boxes.list_boxes(UnitOfWork(engine)) if b.code == "L")
    boxes.check_parcel(UnitOfWork(engine), order_id(engine, number), box, 1500, station="Bench 1",
                       actor=PACKER)
    assert all(o.ok for o in service.print_documents())
    [shipment] = easypost.shipments.values()
    inches = [round(mm / 25.4, 1) for mm in (box.inner.length, box.inner.width, box.inner.height)]
    parcel = shipment["parcel"]
    assert [parcel["length"], parcel["width"], parcel["height"]] == pytest.approx(inches, abs=0.11)


def test_a_parcel_leaving_the_eu_declares_each_products_hs_code_and_origin(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "easypost"})
    with UnitOfWork(engine) as uow:  # from Riga to Oslo: out of the customs union
        uow.session.merge(SettingRow(key="carriers.ship_from", value={"*": RIGA}))
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
        row.ship_to = {**dict(row.ship_to), "country": "NO", "postal_code": "0154", "city": "Oslo"}
        skus = list(uow.session.scalars(select(OrderLineRow.sku).where(OrderLineRow.order_id == row.id)))
        uow.commit()
    service = station(engine, easypost)
    pack(service, engine, number)
    with pytest.raises(StationError, match="has no HS code: the admin must add it before it ships$"):
        service.print_documents()
    assert easypost.shipments == {}  # nothing created, nothing bought
    with UnitOfWork(engine) as uow:
        for product in uow.session.scalars(select(ProductRow).where(ProductRow.sku.in_(skus))):
            product.hs_code, product.origin_country = "6109.10", "PT"
        uow.commit()
    assert all(o.ok for o in service.print_documents())
    [shipment] = easypost.shipments.values()
    items = shipment["customs_info"]["customs_items"]
    assert len(items) == len(skus)
    assert {(i["hs_tariff_number"], i["origin_country"]) for i in items} == {("6109.10", "PT")}
    assert all(float(i["value"]) > 0 and i["quantity"] >= 1 for i in items)
