"""The station gets the label from the source the admin mapped to the order's shipping method.

Driven the way a packer drives it (badge, order barcode, bins, items); EasyPost is the fake
on 127.0.0.1, the printer records what it was given.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.scancodes import order_barcode
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, SettingRow
from packdesk.services.printing import SHIPPING_LABEL
from packdesk.services.station import StationError, StationService
from packdesk.services.uow import UnitOfWork
from packdesk.sync.carriers.easypost import EasyPostSource
from packdesk.sync.credentials import Secret
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, RecordingPrinter, pick_everything, verify_everything
from tests.unit.test_tracking import s10_digit

DOCK = {"name": "Packdesk Warehouse", "line1": "1 Dock Road", "city": "Portland",
        "postal_code": "97201", "country": "US", "region": "OR"}


@pytest.fixture
def easypost() -> Iterator[FakeEasyPost]:
    with FakeEasyPost().running() as fake:
        yield fake


def map_all_orders(engine: Engine, route: dict[str, str]) -> str:
    """Map every method to ``route``; an order to pack, to the US so no customs are needed."""
    with UnitOfWork(engine) as uow:
        uow.session.add(SettingRow(key="carriers.methods", value={"*": route}))
        uow.session.add(SettingRow(key="carriers.ship_from", value={"*": DOCK}))
        row = uow.session.scalars(select(OrderRow).where(OrderRow.status == "new")
                                  .order_by(OrderRow.id).limit(1)).one()
        row.ship_to = {**dict(row.ship_to), "country": "US", "postal_code": "78701"}
        row.customer_note, row.gift, row.gift_message = "", False, ""  # nothing else to confirm
        uow.commit()
        return row.number


def pack(service: StationService, engine: Engine, number: str) -> None:
    service.handle_scan(PACKER_BADGE)
    assert service.handle_scan(order_barcode(number)).accepted
    pick_everything(service, engine)
    verify_everything(service, engine)


def outbox_payloads(engine: Engine) -> list[dict[str, object]]:
    with UnitOfWork(engine) as uow:
        return [dict(m.payload) for m in uow.session.scalars(select(OutboxMessageRow))]


def test_an_order_mapped_to_easypost_prints_the_bought_label_without_a_key_pressed(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "easypost"})
    printer = RecordingPrinter()
    service = StationService(engine, "Bench 1", printer=printer)  # type: ignore[arg-type]
    service.label_sources = {"easypost": EasyPostSource(Secret("k"), easypost.api_base)}
    pack(service, engine, number)  # the last verification prints: no key pressed
    [charged] = easypost.bought()
    assert (SHIPPING_LABEL, number, charged["tracking_code"]) in printer.jobs
    service.reprint_label()
    assert len(easypost.purchases) == 1  # a reprint prints the stored label
    shipped = service.ship()
    carrier = charged["selected_rate"]["carrier"].lower()  # the cheapest arriving by ship-by
    assert (shipped.shipment.carrier, shipped.shipment.tracking_number) == (carrier, charged["tracking_code"])
    [message] = outbox_payloads(engine)
    assert (message["carrier"], message["tracking_number"]) == (carrier, charged["tracking_code"])
    assert charged["tracking_code"] in str(message["tracking_url"])


def test_an_easypost_refusal_is_one_sentence_and_the_order_stays_packed(
    engine: Engine, easypost: FakeEasyPost
) -> None:
    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "easypost"})
    easypost.balance_low = True
    service = StationService(engine, "Bench 1", printer=RecordingPrinter(),  # type: ignore[arg-type]
                             print_on_complete=False)
    service.label_sources = {"easypost": EasyPostSource(Secret("k"), easypost.api_base)}
    pack(service, engine, number)
    with pytest.raises(StationError, match="^the EasyPost balance does not cover this label: "
                                           "the admin must top it up$"):
        service.print_documents()
    with UnitOfWork(engine) as uow:
        assert uow.session.scalars(select(OrderRow.status).where(OrderRow.number == number)).one() \
            == "packed"
    easypost.balance_low = False
    assert all(o.ok for o in service.print_documents())
    assert len(easypost.purchases) == 1


def test_an_order_mapped_to_scan_refuses_a_mistyped_number_and_ships_with_a_valid_one(
    engine: Engine,
) -> None:
    seed_small_shop(engine, orders=3)
    number = map_all_orders(engine, {"source": "scan"})
    printer = RecordingPrinter()
    service = StationService(engine, "Bench 1", printer=printer)  # type: ignore[arg-type]
    pack(service, engine, number)
    assert [job[0] for job in printer.jobs] == ["packing_slip"]  # the carrier printed the label
    good = f"RR70412389{s10_digit('70412389')}NO"
    typo = good[:6] + good[7] + good[6] + good[8:]
    with pytest.raises(StationError, match="^scan the carrier label$"):
        service.ship()
    with pytest.raises(StationError, match="^not a valid Posten tracking number: scan the label again$"):
        service.ship(tracking_number=typo)
    assert outbox_payloads(engine) == []
    shipped = service.ship(tracking_number=good.lower())
    assert (shipped.shipment.carrier, shipped.shipment.tracking_number) == ("posten", good)
    [message] = outbox_payloads(engine)
    assert message["tracking_url"] == f"https://sporing.posten.no/sporing/{good}"
