"""The station's flow through its services, on a real SQLite file and real PostgreSQL.

Each case drives ``StationService`` the way a packer does: by scanning badges, bin labels,
items and order barcodes, and by pressing the few buttons the flow has.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select, update

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import MovementReason, OrderStatus, ScanOutcome
from packdesk.domain.scancodes import order_barcode
from packdesk.persistence.tables import (
    BinStockRow,
    OrderLineRow,
    OrderRow,
    OutboxMessageRow,
    ProductRow,
    ScanEventRow,
    ShipmentRow,
    StockMovementRow,
)
from packdesk.services.outbox import ORDER_SHIPPED
from packdesk.services.station import (
    Phase,
    StationError,
    StationService,
    StopReason,
    describe,
)
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import (
    LEAD_BADGE,
    PACKER_BADGE,
    RecordingPrinter,
    barcode_of,
    bin_label,
    other_variant,
    pick_everything,
    unrelated_sku,
    verify_everything,
)


@pytest.fixture
def shop(engine: Engine) -> Iterator[Engine]:
    seed_small_shop(engine, orders=30)
    yield engine


def station(engine: Engine, name: str = "Bench 1", **kwargs: object) -> StationService:
    service = StationService(engine, name, printer=RecordingPrinter(), **kwargs)  # type: ignore[arg-type]
    return service


def signed_in(engine: Engine, name: str = "Bench 1", badge: str = PACKER_BADGE) -> StationService:
    service = station(engine, name)
    verdict = service.handle_scan(badge)
    assert verdict.outcome is ScanOutcome.SIGNED_IN
    return service


def scan_events(engine: Engine, number: str | None = None) -> list[ScanEventRow]:
    with UnitOfWork(engine) as uow:
        query = select(ScanEventRow).order_by(ScanEventRow.id)
        if number is not None:
            query = query.where(ScanEventRow.order_number == number)
        events = list(uow.session.scalars(query))
        uow.session.expunge_all()  # keep them readable after the unit of work ends
        return events


def prepare_order(engine: Engine, number: str, *, note: str = "", gift: bool = False) -> None:
    """Give an order a customer note and/or make it a gift (the demo picks these at random)."""
    with UnitOfWork(engine) as uow:
        uow.session.execute(
            update(OrderRow).where(OrderRow.number == number).values(
                customer_note=note, gift=gift,
                gift_message="Happy birthday Anna! Love, Mum" if gift else "",
            )
        )
        uow.commit()


def order_with_multi_unit_line(engine: Engine, max_units: int = 6) -> str:
    """A new order with a line of two or more units whose SKU has siblings in other sizes."""
    with UnitOfWork(engine) as uow:
        for row in uow.session.scalars(select(OrderRow).order_by(OrderRow.id)):
            units = sum(line.quantity for line in row.lines)
            if units <= max_units and any(
                line.quantity >= 2 and line.attributes.get("size") for line in row.lines
            ):
                return row.number
    raise AssertionError("the demo shop has no such order")


def test_a_whole_order_from_badge_to_outbox(shop: Engine) -> None:
    engine = shop
    number = order_with_multi_unit_line(engine)
    prepare_order(engine, number, note="Please double-bag, it's raining", gift=True)
    printer = RecordingPrinter()
    service = StationService(engine, "Bench 1", printer=printer)

    # Nobody is signed in: an item scan does nothing but is logged.
    refused = service.handle_scan(barcode_of(engine, "TEE-BLA-M"))
    assert refused.reason is StopReason.NOT_SIGNED_IN and refused.refused
    signed = service.handle_scan(PACKER_BADGE)
    assert signed.outcome is ScanOutcome.SIGNED_IN and signed.actor and signed.actor.name == "Pat Packer"

    taken = service.handle_scan(order_barcode(number))
    assert taken.outcome is ScanOutcome.ORDER_TAKEN and taken.order and taken.order.number == number
    assert taken.next_phase is Phase.PICK

    state = service.resume()
    walk = [step.walk_order for step in state.pick_list]
    assert walk == sorted(walk)
    assert sum(step.quantity for step in state.pick_list) == state.current.units  # type: ignore[union-attr]
    first = state.pick_step
    assert first is not None

    wrong_bin = "BIN:D-99-4-F" if first.bin_code != "D-99-4-F" else "BIN:A-99-4-F"
    verdict = service.handle_scan(wrong_bin)
    assert verdict.outcome is ScanOutcome.WRONG_BIN
    assert verdict.expected is not None and verdict.expected.bin_code == first.bin_code
    assert first.bin_code in describe(verdict)

    # An item before its bin label is refused too, and says which bin to scan.
    verdict = service.handle_scan(barcode_of(engine, first.sku))
    assert verdict.outcome is ScanOutcome.WRONG_BIN and verdict.reason is StopReason.SCAN_BIN_FIRST

    pick_everything(service, engine)
    state = service.resume()
    assert state.phase is Phase.PACK
    assert state.current is not None and state.current.status == OrderStatus.PACKING.value
    assert all(line.picked == line.quantity for line in state.current.lines)

    line = next(ln for ln in state.current.lines if ln.quantity >= 2 and ln.size)
    # Same color, another size: the variant's own barcode tells them apart.
    wrong_size = other_variant(engine, line.sku, same="color")
    verdict = service.handle_scan(barcode_of(engine, wrong_size))
    assert verdict.outcome is ScanOutcome.WRONG_VARIANT
    assert verdict.expected is not None and verdict.got is not None
    assert (verdict.expected.sku, verdict.expected.size) == (line.sku, line.size)
    assert verdict.got.sku == wrong_size and verdict.got.size != line.size
    assert line.size in describe(verdict) and verdict.got.size in describe(verdict)

    wrong_item = unrelated_sku(engine, *{ln.sku.split("-")[0] for ln in state.current.lines})
    verdict = service.handle_scan(barcode_of(engine, wrong_item))
    assert verdict.outcome is ScanOutcome.WRONG_ITEM
    assert verdict.expected is not None and verdict.expected.sku in describe(verdict)

    verdict = service.handle_scan("not a code at all")
    assert verdict.outcome is ScanOutcome.UNKNOWN_CODE

    # Progress per line: "1 of N" after the first unit.
    verdict = service.handle_scan(barcode_of(engine, line.sku))
    assert verdict.accepted
    assert verdict.order is not None
    assert next(ln for ln in verdict.order.lines if ln.id == line.id).progress == (1, line.quantity)

    verify_everything(service, engine)
    state = service.resume()
    assert state.current is not None and state.current.status == OrderStatus.PACKED.value
    # The customer note may change what prints: nothing prints before it is read.
    assert printer.jobs == []
    assert not state.current.label_printed and not state.current.slip_printed

    over = service.handle_scan(barcode_of(engine, line.sku))
    assert over.outcome is ScanOutcome.OVER_SCAN

    with pytest.raises(StationError, match="customer note"):
        service.ship()
    with pytest.raises(StationError, match="customer note"):
        service.print_documents()
    acknowledged = service.acknowledge_note()
    # Acknowledging it printed the slip and the label.
    assert [job[0] for job in printer.jobs] == ["packing_slip", "shipping_label"]
    assert acknowledged.label_printed and acknowledged.slip_printed
    with pytest.raises(StationError, match="gift"):
        service.ship()
    for step in ("gift_slip", "card", "wrap"):
        view = service.confirm_gift_step(step)
    assert view.missing_for_ship() == ()

    # The parcel weighs more than the label printed says: the label is printed again first.
    with pytest.raises(StationError, match="reprint the label"):
        service.ship(weight_g=1234)
    assert service.reprint_label(weight_g=1234).ok
    assert [job[0] for job in printer.jobs] == ["packing_slip", "shipping_label", "shipping_label"]
    result = service.ship(weight_g=1234)
    assert result.order.status == OrderStatus.SHIPPED.value
    assert result.shipment.tracking_number == printer.jobs[-1][2]
    assert service.resume().phase is Phase.QUEUE

    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == number)).one()
        shipments = list(uow.session.scalars(select(ShipmentRow).where(ShipmentRow.order_id == row.id)))
        messages = list(uow.session.scalars(
            select(OutboxMessageRow).where(OutboxMessageRow.order_id == row.id)))
        assert row.status == "shipped" and row.shipped_at is not None and row.claimed_station is None
        assert len(shipments) == 1 and shipments[0].weight_g == 1234
        assert len(messages) == 1 and messages[0].kind == ORDER_SHIPPED
        assert messages[0].payload["tracking_number"] == shipments[0].tracking_number

    outcomes = [event.outcome for event in scan_events(engine, number)]
    for refusal in ("wrong_bin", "wrong_variant", "wrong_item", "unknown_code", "over_scan"):
        assert refusal in outcomes
    # Badges are credentials: the scan log keeps no badge id.
    assert all("PAT03" not in event.raw_code for event in scan_events(engine))


def test_a_refused_scan_changes_nothing_but_the_log(shop: Engine) -> None:
    service = signed_in(shop)
    view = service.take_next()
    assert view is not None
    pick_everything(service, shop)
    before = service.resume().current
    events = len(scan_events(shop))
    line = before.lines[0]  # type: ignore[union-attr]
    other = unrelated_sku(shop, line.sku.split("-")[0])
    verdict = service.handle_scan(barcode_of(shop, other))
    assert verdict.refused
    assert len(scan_events(shop)) == events + 1
    after = service.resume().current
    assert after is not None and before is not None
    # Only the lease moved on (every scan renews it).
    assert replace(after, claim_expires_at=None) == replace(before, claim_expires_at=None)


def test_a_new_station_object_resumes_where_the_order_was(shop: Engine) -> None:
    number = order_with_multi_unit_line(shop)
    prepare_order(shop, number, note="Ring twice")
    first = signed_in(shop)
    first.take_order(number)
    step = first.resume().pick_step
    assert step is not None
    assert first.handle_scan(bin_label(step)).accepted
    assert first.handle_scan(barcode_of(shop, step.sku)).accepted

    # The station crashes; a new process starts for the same bench.
    second = StationService(shop, "Bench 1", printer=RecordingPrinter())
    state = second.resume()
    assert state.phase is Phase.SIGN_IN
    assert [v.number for v in state.orders] == [number]
    assert state.pick_step is not None
    assert (state.pick_step.bin_code, state.pick_step.sku) == (step.bin_code, step.sku)
    assert state.pick_step.picked == step.picked + 1 and state.pick_step.confirmed
    second.handle_scan(PACKER_BADGE)
    if state.pick_step.remaining:
        # The bin stays confirmed across the restart: the next unit needs no bin scan.
        assert second.handle_scan(barcode_of(shop, step.sku)).accepted
    pick_everything(second, shop)
    second.acknowledge_note()
    third = StationService(shop, "Bench 1")
    resumed = third.resume().current
    assert resumed is not None and resumed.status == "packing"
    assert resumed.note_acknowledged_by == "Pat Packer"


def test_a_short_pick_puts_the_order_on_hold_for_the_lead(shop: Engine) -> None:
    service = signed_in(shop)
    view = service.take_next()
    assert view is not None
    step = service.resume().pick_step
    assert step is not None
    # Every bin holding the product is really empty, whatever the stock figures said.
    with UnitOfWork(shop) as uow:
        product = uow.session.scalars(select(ProductRow).where(ProductRow.sku == step.sku)).one()
        other_bins = list(uow.session.scalars(
            select(BinStockRow).where(BinStockRow.product_id == product.id)))
        for stock in other_bins:
            if stock.bin.code != step.bin_code:
                stock.quantity = 0
        uow.commit()
    held = service.short_pick("bin empty")
    assert held.number == view.number
    assert held.status == OrderStatus.ON_HOLD.value
    assert step.bin_code in held.hold_reason and step.sku in held.hold_reason
    assert held.claimed_station is None
    assert service.resume().phase is Phase.QUEUE

    lead = signed_in(shop, "Lead desk", LEAD_BADGE)
    queue = lead.queue()
    assert queue.counts["on_hold"] == 1
    row = next(r for r in queue.rows if r.number == view.number)
    assert row.status == "on_hold" and step.sku in row.hold_reason

    with UnitOfWork(shop) as uow:
        movements = list(uow.session.scalars(
            select(StockMovementRow).where(StockMovementRow.reason == MovementReason.SHORT_PICK.value)))
        line = uow.session.scalars(
            select(OrderLineRow).where(OrderLineRow.order_id == view.id,
                                       OrderLineRow.sku == step.sku)).one()
        assert len(movements) == 1 and movements[0].delta < 0
        assert line.short_qty == step.quantity
    assert "short_pick" in [e.outcome for e in scan_events(shop, view.number)]


def test_a_short_pick_moves_on_to_another_bin_with_stock(shop: Engine) -> None:
    with UnitOfWork(shop) as uow:
        # A product that lives in two bins, in a new order.
        doubles = uow.session.execute(
            select(BinStockRow.product_id).group_by(BinStockRow.product_id)
            .having(func.count() > 1)).scalars().all()
        skus = set(uow.session.scalars(select(ProductRow.sku).where(ProductRow.id.in_(doubles))))
        number = next(
            row.number for row in uow.session.scalars(select(OrderRow).order_by(OrderRow.id))
            if any(line.sku in skus for line in row.lines)
        )
    service = signed_in(shop)
    service.take_order(number)
    for _ in range(20):
        step = service.resume().pick_step
        assert step is not None
        if step.sku in skus:
            break
        service.handle_scan(bin_label(step))
        for _unit in range(step.remaining):
            service.handle_scan(barcode_of(shop, step.sku))
    view = service.short_pick("bin empty")
    assert view.status == OrderStatus.PICKING.value
    remaining = [s for s in service.resume().pick_list if s.sku == step.sku and not s.done]
    assert remaining and all(s.bin_code != step.bin_code for s in remaining)


def test_undo_reverses_the_last_pick_and_the_last_verify(shop: Engine) -> None:
    number = order_with_multi_unit_line(shop)
    service = signed_in(shop)
    service.take_order(number)
    step = service.resume().pick_step
    assert step is not None
    with UnitOfWork(shop) as uow:
        stock_before = uow.session.scalars(
            select(BinStockRow.quantity).join(ProductRow, ProductRow.id == BinStockRow.product_id)
            .where(ProductRow.sku == step.sku)).all()
    service.handle_scan(bin_label(step))
    service.handle_scan(barcode_of(shop, step.sku))
    undone = service.undo_last_scan()
    assert undone.outcome is ScanOutcome.UNDONE and undone.got and undone.got.sku == step.sku
    assert service.resume().pick_step.picked == step.picked  # type: ignore[union-attr]
    with UnitOfWork(shop) as uow:
        stock_after = uow.session.scalars(
            select(BinStockRow.quantity).join(ProductRow, ProductRow.id == BinStockRow.product_id)
            .where(ProductRow.sku == step.sku)).all()
    assert stock_after == stock_before
    assert service.undo_last_scan().reason is StopReason.NOTHING_TO_UNDO

    pick_everything(service, shop)
    line = next(ln for ln in service.resume().current.lines if ln.quantity >= 2)  # type: ignore[union-attr]
    service.handle_scan(barcode_of(shop, line.sku))
    service.handle_scan(barcode_of(shop, line.sku))
    service.undo_last_scan()
    current = service.resume().current
    assert current is not None
    assert next(ln for ln in current.lines if ln.id == line.id).verified == 1
    assert "undone" in [e.outcome for e in scan_events(shop, number)]


def test_a_lead_badge_overrides_a_line_and_a_packer_badge_does_not(shop: Engine) -> None:
    service = signed_in(shop)
    view = service.take_next()
    assert view is not None
    pick_everything(service, shop)
    current = service.resume().current
    assert current is not None
    first_line = current.lines[0]

    refused = service.handle_scan("BADGE:OLGA04")
    assert refused.refused and refused.reason is StopReason.NEEDS_LEAD
    assert service.resume().current.lines[0].overridden_by is None  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        service.override_line(first_line.id, "BADGE:OLGA04")

    verdict = service.handle_scan(LEAD_BADGE)
    assert verdict.outcome is ScanOutcome.OVERRIDE and verdict.accepted
    after = service.resume().current
    assert after is not None
    assert after.lines[0].overridden_by == "Lena Lead" and after.lines[0].done
    # The packer is still the one signed in.
    assert service.actor is not None and service.actor.name == "Pat Packer"
    events = [e for e in scan_events(shop, view.number) if e.outcome == "override"]
    assert len(events) == 1 and "Lena Lead" in events[0].detail


def test_an_order_the_store_holds_while_packing_stops_at_the_next_scan(shop: Engine) -> None:
    service = signed_in(shop)
    view = service.take_next()
    assert view is not None
    pick_everything(service, shop)
    with UnitOfWork(shop, immediate=True) as uow:
        row = uow.session.get(OrderRow, view.id)
        assert row is not None
        row.change_status(OrderStatus.ON_HOLD, "cancelled at the store")
        uow.commit()
    state = service.resume()
    assert state.orders == ()  # the held order is no longer in hand...
    assert [v.number for v in state.stopped] == [view.number]  # ...and the screen can say so
    verdict = service.handle_scan(barcode_of(shop, view.lines[0].sku))
    assert verdict.refused and verdict.reason is StopReason.ORDER_ON_HOLD
    assert "cancelled at the store" in describe(verdict)
    assert verdict.next_phase is Phase.QUEUE
    with UnitOfWork(shop) as uow:
        assert uow.session.get(OrderRow, view.id).claimed_station is None  # type: ignore[union-attr]
    assert service.resume().stopped == ()


def test_a_failed_label_blocks_shipping_until_reprinted_or_a_lead_waives_it(shop: Engine) -> None:
    printer = RecordingPrinter(fail_labels=True)
    service = StationService(shop, "Bench 1", printer=printer)
    service.handle_scan(PACKER_BADGE)
    view = service.take_next()
    assert view is not None
    prepare_order(shop, view.number)  # no note, no gift: only the label is missing
    pick_everything(service, shop)
    last = None
    state = service.resume()
    assert state.current is not None
    for line in state.current.lines:
        for _ in range(line.quantity):
            last = service.handle_scan(barcode_of(shop, line.sku))
    assert last is not None and last.order_complete
    assert [(o.document, o.ok) for o in last.printed] == [("packing_slip", True),
                                                          ("shipping_label", False)]
    assert last.order is not None and last.order.missing_for_ship() == ("label",)
    with pytest.raises(StationError, match="label is not printed"):
        service.ship()
    with pytest.raises(PermissionDenied):
        service.ship(lead_badge="BADGE:OLGA04")

    printer.fail_labels = False
    outcome = service.reprint_label()
    assert outcome.ok
    again = service.reprint_label()
    assert again.ok
    trackings = {job[2] for job in printer.jobs if job[0] == "shipping_label"}
    assert len(trackings) == 1  # a reprint carries the same tracking number
    result = service.ship()
    assert result.shipment.tracking_number in trackings


def test_a_lead_badge_ships_without_a_label_and_the_idle_time_signs_out(shop: Engine) -> None:
    class Clock:
        now = datetime(2026, 11, 26, 9, 0)

        def __call__(self) -> datetime:
            return self.now

    clock = Clock()
    service = StationService(shop, "Bench 1", idle_seconds=120, clock=clock)  # no printer
    assert service.sign_in_pin("Pat Packer", "3456").name == "Pat Packer"
    view = service.take_next()
    assert view is not None
    prepare_order(shop, view.number)
    pick_everything(service, shop)
    verify_everything(service, shop)
    with pytest.raises(StationError, match="no printer"):
        service.print_documents()
    result = service.ship(lead_badge=LEAD_BADGE)
    assert result.order.status == "shipped" and result.shipment.carrier == "demo"

    clock.now += timedelta(seconds=121)
    assert service.actor is None
    verdict = service.handle_scan(barcode_of(shop, view.lines[0].sku))
    assert verdict.reason is StopReason.SIGNED_OUT_IDLE
    assert "idle" in describe(verdict)
    assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN


def test_a_batch_of_three_small_orders_is_picked_in_one_walk(shop: Engine) -> None:
    service = signed_in(shop)
    views = service.take_batch(3)
    assert [v.tote_slot for v in views] == [1, 2, 3]
    assert len({v.batch_id for v in views}) == 1 and all(v.units <= 3 for v in views)
    state = service.resume()
    assert state.phase is Phase.PICK and state.batch
    walk = [step.walk_order for step in state.pick_list]
    assert walk == sorted(walk)
    slots = {slot.slot for step in state.pick_list for slot in step.slots}
    assert slots == {1, 2, 3}
    assert sum(step.quantity for step in state.pick_list) == sum(v.units for v in views)

    # Each unit tells its tote slot.
    step = state.pick_step
    assert step is not None
    service.handle_scan(bin_label(step))
    verdict = service.handle_scan(barcode_of(shop, step.sku))
    assert verdict.accepted and verdict.tote_slot == step.slots[0].slot
    assert f"tote slot {verdict.tote_slot}" in describe(verdict)
    pick_everything(service, shop)

    shipped = []
    for expected_slot in (1, 2, 3):
        current = service.resume().current
        assert current is not None and current.tote_slot == expected_slot
        verify_everything(service, shop)
        current = service.resume().current
        assert current is not None
        if current.has_note:
            service.acknowledge_note()
        for gift_step in current.gift_steps_missing:
            service.confirm_gift_step(gift_step)
        shipped.append(service.ship().order.number)
    assert shipped == [v.number for v in views]
    assert service.resume().phase is Phase.QUEUE


def test_take_next_follows_the_queue_and_an_item_from_the_batch_neighbour_is_refused(
    shop: Engine,
) -> None:
    service = signed_in(shop)
    first_in_queue = service.queue(statuses=("new",)).rows[0]
    view = service.take_next()
    assert view is not None and view.number == first_in_queue.number
    # Taking again returns the order in hand rather than a second one.
    assert service.take_next().number == view.number  # type: ignore[union-attr]
    with pytest.raises(StationError, match="finish order"):
        service.take_order(service.queue(statuses=("new",)).rows[0].number)
