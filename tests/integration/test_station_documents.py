"""Pack completion -> documents -> ship, on a real SQLite file and real PostgreSQL.

The parcel leaves with the label that was printed for it: the documents print once what
changes them is settled, and a shipment that differs from its printed label waits for a
reprint (or a lead's badge).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from packdesk.app import build_printer, ship_from_address
from packdesk.domain.model import OrderStatus, Shipment
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, ShipmentRow
from packdesk.services.demo import SHIP_FROM
from packdesk.services.outbox import PICKUP_METHOD
from packdesk.services.printing import PACKING_SLIP, SHIPPING_LABEL, DocumentPrinter, PrintOutcome
from packdesk.services.setup import StationSetup
from packdesk.services.station import OrderView, StationError, StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import LEAD_BADGE, PACKER_BADGE, pick_everything, verify_everything


@pytest.fixture
def shop(engine: Engine) -> Iterator[Engine]:
    seed_small_shop(engine, orders=12)
    yield engine


@dataclass
class LabelPrinter:
    """Keeps each label's shipment; a label can be left "queued, not printed" (a CUPS
    queue holding the job) until ``recheck`` finds it printed."""

    slips: list[str] = field(default_factory=list)
    labels: list[Shipment] = field(default_factory=list)
    holding: bool = False
    came_out: bool = False

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        self.slips.append(order_view.number)
        return PrintOutcome(PACKING_SLIP, True, "memory")

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        self.labels.append(shipment)
        if self.holding:
            return PrintOutcome(SHIPPING_LABEL, False, "cups://LABELS", "queued, not printed")
        return PrintOutcome(SHIPPING_LABEL, True, "memory")

    def recheck(self, document_kind: str) -> PrintOutcome | None:
        if not self.labels:
            return None
        if self.holding and not self.came_out:
            return PrintOutcome(document_kind, False, "cups://LABELS", "queued, not printed")
        return PrintOutcome(document_kind, True, "cups://LABELS")


def packed(engine: Engine, printer: DocumentPrinter, *, note: str = "",
           shipping_method: str | None = None) -> tuple[StationService, str]:
    """A station with one order picked and verified (the last scan completes it)."""
    service = StationService(engine, "Bench 1", printer=printer)
    service.handle_scan(PACKER_BADGE)
    view = service.take_next()
    assert view is not None
    values: dict[str, object] = {"customer_note": note, "gift": False, "gift_message": ""}
    if shipping_method is not None:
        values["shipping_method"] = shipping_method
    with UnitOfWork(engine) as uow:
        uow.session.execute(update(OrderRow).where(OrderRow.id == view.id).values(**values))
        uow.commit()
    pick_everything(service, engine)
    verify_everything(service, engine)
    state = service.resume()
    assert state.current is not None and state.current.status == OrderStatus.PACKED.value
    return service, view.number


def shipped_rows(engine: Engine, number: str) -> tuple[list[ShipmentRow], list[OutboxMessageRow]]:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
        shipments = list(uow.session.scalars(select(ShipmentRow).where(ShipmentRow.order_id == row.id)))
        messages = list(uow.session.scalars(
            select(OutboxMessageRow).where(OutboxMessageRow.order_id == row.id)))
        uow.session.expunge_all()
        return shipments, messages


def test_no_slip_prints_before_the_note_is_acknowledged(shop: Engine) -> None:
    printer = LabelPrinter()
    service, number = packed(shop, printer,
                             note="No invoice in the box please, it's a surprise")
    assert printer.slips == [] and printer.labels == []
    with pytest.raises(StationError, match="customer note is not acknowledged"):
        service.print_documents()
    assert printer.slips == []
    view = service.acknowledge_note()
    assert printer.slips == [number] and len(printer.labels) == 1
    assert view.slip_printed and view.label_printed


def test_a_label_for_the_demo_carrier_does_not_ship_as_ups(shop: Engine) -> None:
    printer = LabelPrinter()
    service, number = packed(shop, printer)
    assert [label.carrier for label in printer.labels] == ["demo"]
    with pytest.raises(StationError, match="reprint the label"):
        service.ship(carrier="ups", tracking_number="1Z999AA10123456784")
    assert shipped_rows(shop, number) == ([], [])  # nothing told to the store

    # Printing for UPS without its number says so in a sentence; nothing is sent.
    outcome = service.reprint_label(carrier="ups")
    assert not outcome.ok and "tracking number" in outcome.message
    assert len(printer.labels) == 1
    assert service.resume().current.missing_for_ship() == ("relabel",)  # type: ignore[union-attr]

    outcome = service.reprint_label(carrier="ups", tracking_number="1Z999AA10123456784")
    assert outcome.ok and printer.labels[-1].carrier == "ups"
    result = service.ship(carrier="ups", tracking_number="1Z999AA10123456784")
    assert (result.shipment.carrier, result.shipment.tracking_number) == ("ups", "1Z999AA10123456784")
    shipments, messages = shipped_rows(shop, number)
    assert [s.carrier for s in shipments] == ["ups"]
    assert messages[0].payload["tracking_number"] == "1Z999AA10123456784"


def test_a_lead_ships_a_changed_shipment_without_a_reprint(shop: Engine) -> None:
    printer = LabelPrinter()
    service, number = packed(shop, printer)
    weight = printer.labels[0].weight_g
    with pytest.raises(StationError, match=f"{weight} g"):
        service.ship(weight_g=weight + 500)
    result = service.ship(weight_g=weight + 500, lead_badge=LEAD_BADGE)
    assert result.shipment.weight_g == weight + 500


def test_the_label_shows_the_orders_shipping_service(shop: Engine) -> None:
    printer = LabelPrinter()
    service, number = packed(shop, printer, shipping_method="Express")
    assert printer.labels[0].service == "Express"
    assert service.ship().shipment.service == "Express"


def test_a_pickup_order_prints_its_slip_and_ships_without_a_label(shop: Engine) -> None:
    printer = LabelPrinter()
    service, number = packed(shop, printer, shipping_method=PICKUP_METHOD)
    assert printer.slips == [number] and printer.labels == []
    view = service.resume().current
    assert view is not None and view.missing_for_ship() == ()
    result = service.ship()
    assert (result.shipment.carrier, result.shipment.tracking_number) == ("pickup", "")
    shipments, _messages = shipped_rows(shop, number)
    assert [(s.carrier, s.tracking_number) for s in shipments] == [("pickup", "")]


def test_a_label_queued_not_printed_blocks_ship_until_the_printer_says_it_printed(
        shop: Engine) -> None:
    printer = LabelPrinter(holding=True)
    service, number = packed(shop, printer)
    view = service.resume().current
    assert view is not None and not view.label_printed and view.slip_printed
    with pytest.raises(StationError, match="label is not printed"):
        service.ship()
    printer.came_out = True  # CUPS has printed it since
    result = service.ship()
    assert result.shipment.tracking_number == printer.labels[0].tracking_number


def test_a_station_without_a_ship_from_address_prints_no_label_and_says_where_to_set_it(
        shop: Engine, tmp_path: Path) -> None:
    setup = StationSetup(name="Bench 1")
    assert ship_from_address(setup, demo=True) == SHIP_FROM  # the demo keeps its sender
    printer = build_printer(setup, demo=False, print_folder=tmp_path)
    assert printer.ship_from is None
    try:
        service, number = packed(shop, printer)
        outcome = service.reprint_label()
        assert not outcome.ok
        assert "no ship-from address" in outcome.message and "'ship_from' setting" in outcome.message
        assert [p.name for p in tmp_path.glob("*label*")] == []
        assert len(list(tmp_path.glob("*slip*"))) == 1  # the slip printed
        with pytest.raises(StationError, match="label is not printed"):
            service.ship()
    finally:
        printer.close()
