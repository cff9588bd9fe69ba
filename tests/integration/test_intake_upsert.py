"""The intake upsert: repeats change nothing, changes land while new, cancels reach the bench."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from packdesk.domain.barcodes import barcode_key
from packdesk.domain.model import Address, Order, OrderLine, OrderStatus
from packdesk.persistence.tables import OrderRow, ProductRow
from packdesk.services.intake import CancelledAtStore, store_pulled
from packdesk.services.picking import product_by_barcode
from packdesk.services.uow import UnitOfWork


def store_order(external_id: str = "77", *, quantity: int = 1, note: str = "") -> Order:
    return Order(
        source="woocommerce:shop.test",
        external_id=external_id,
        number=f"#{external_id}",
        placed_at=datetime(2026, 11, 26, 8, 0),
        ship_to=Address("Marie Curie", "1 rue Pierre", "Paris", "75005", "FR"),
        lines=[OrderLine("HOOD-BLK-M", quantity, attributes={"color": "black", "size": "M"})],
        customer_note=note,
    )


def load(engine: Engine, external_id: str = "77") -> OrderRow:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.external_id == external_id)).one()
        _ = list(row.lines)
        uow.session.expunge_all()
        return row


def set_status(engine: Engine, *statuses: OrderStatus) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(OrderRow)).one()
        for status in statuses:
            row.change_status(status)
        uow.commit()


def test_an_order_changed_at_the_store_is_updated_while_still_new(engine: Engine) -> None:
    store_pulled(UnitOfWork(engine), [store_order()])
    summary = store_pulled(UnitOfWork(engine), [store_order(quantity=3, note="no plastic")])
    assert (summary.created, summary.updated) == (0, 1)
    row = load(engine)
    assert [line.quantity for line in row.lines] == [3] and row.customer_note == "no plastic"


def test_a_change_after_picking_started_is_left_alone_and_counted(engine: Engine) -> None:
    store_pulled(UnitOfWork(engine), [store_order()])
    set_status(engine, OrderStatus.PICKING)
    summary = store_pulled(UnitOfWork(engine), [store_order(quantity=3)])
    assert (summary.updated, summary.changed_too_late) == (0, 1)
    assert [line.quantity for line in load(engine).lines] == [1]


def test_a_cancel_of_an_order_being_packed_puts_it_on_hold_and_names_it(engine: Engine) -> None:
    store_pulled(UnitOfWork(engine), [store_order()])
    set_status(engine, OrderStatus.PICKING, OrderStatus.PACKING)
    summary = store_pulled(UnitOfWork(engine), [CancelledAtStore("woocommerce:shop.test", "77")])
    assert summary.held_numbers == ["#77"] and summary.cancelled == 1
    row = load(engine)
    assert row.order_status is OrderStatus.ON_HOLD
    assert row.hold_reason == "cancelled at the store" and row.held_from == "packing"
    # Told once: the same cancel pulled again changes nothing.
    again = store_pulled(UnitOfWork(engine), [CancelledAtStore("woocommerce:shop.test", "77")])
    assert (again.cancelled, again.held_numbers) == (0, [])


def test_a_shipped_order_stays_shipped_when_the_store_cancels_it(engine: Engine) -> None:
    store_pulled(UnitOfWork(engine), [store_order()])
    set_status(engine, OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED, OrderStatus.SHIPPED)
    summary = store_pulled(UnitOfWork(engine), [CancelledAtStore("woocommerce:shop.test", "77")])
    assert summary.cancelled == 0 and load(engine).order_status is OrderStatus.SHIPPED


def test_the_same_external_id_from_two_stores_is_two_orders(engine: Engine) -> None:
    other = store_order()
    other.source = "shopify:other-shop"
    summary = store_pulled(UnitOfWork(engine), [store_order(), other])
    assert summary.created == 2


def test_the_order_stored_hook_sees_each_stored_order_in_its_transaction(engine: Engine) -> None:
    seen: list[tuple[str, bool, int]] = []

    def hook(session: Session, row: OrderRow, created: bool) -> None:
        seen.append((row.number, created, len(row.lines)))
        row.customer_note = row.customer_note + " [read]"

    store_pulled(UnitOfWork(engine), [store_order()], on_order_stored=hook)
    store_pulled(UnitOfWork(engine), [store_order(note="gift wrap")], on_order_stored=hook)
    assert seen == [("#77", True, 1), ("#77", False, 1)]
    assert load(engine).customer_note == "gift wrap [read]"


def test_new_skus_become_products_and_store_barcodes_make_them_scannable(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    order = store_order()
    order.lines[0].barcode = "4006381333931"
    order.lines.append(OrderLine("MUG-WHT", 1, name="Enamel mug", barcode="1234567890123"))  # bad check digit
    taken = store_order("78")
    taken.lines = [OrderLine("HOOD-GRY-M", 1, barcode="04006381333931")]  # same GTIN, other SKU
    store_pulled(UnitOfWork(engine), [order, taken])
    with UnitOfWork(engine) as uow:
        products = {p.sku: p for p in uow.session.scalars(select(ProductRow))}
        assert set(products) == {"HOOD-BLK-M", "MUG-WHT", "HOOD-GRY-M"}
        assert products["HOOD-BLK-M"].attributes == {"color": "black", "size": "M"}
        scanned = product_by_barcode(uow.session, barcode_key("4006381333931"))
        assert scanned is not None and scanned.sku == "HOOD-BLK-M"  # the first holder keeps it
        assert [b.code for b in products["MUG-WHT"].barcodes] == []  # an invalid GTIN is not learnt
    # The log says which order's barcode was ignored and why, for the admin who fixes it.
    ignored = [r.getMessage() for r in caplog.records if "ignored" in r.getMessage()]
    assert len(ignored) == 1 and "#77" in ignored[0] and "MUG-WHT" in ignored[0], ignored
    assert "check digit" in ignored[0], ignored


def test_a_page_with_one_bad_order_stores_the_rest_once(engine: Engine) -> None:
    """A page goes in by executemany runs; a bad order is quarantined, an order the page
    holds twice (edited at the store while the page was read) is stored once, as edited
    (the run's insert is refused and its orders are stored one by one), and pulling the
    page again creates nothing."""
    page = [store_order(str(100 + i)) for i in range(30)]
    page[3].lines.append(OrderLine("MUG-WHT", 2, name="Enamel mug", barcode="4006381333931"))
    edited = store_order("105", quantity=3)
    bad = store_order("200", quantity=0)  # a line of no units: not an order a packer can pack
    page[10:10] = [edited, bad]

    first = store_pulled(UnitOfWork(engine), page)

    assert (first.created, first.updated, first.quarantined) == (30, 1, 1), first
    with UnitOfWork(engine) as uow:
        rows = {r.external_id: r for r in uow.session.scalars(select(OrderRow))}
        assert sorted(rows) == sorted(str(100 + i) for i in range(30))
        assert [(ln.sku, ln.quantity) for ln in rows["105"].lines] == [("HOOD-BLK-M", 3)]
        assert [(ln.sku, ln.quantity) for ln in rows["103"].lines] == [
            ("HOOD-BLK-M", 1), ("MUG-WHT", 2)]
        assert all(r.status == "new" for r in rows.values())
        mug = product_by_barcode(uow.session, barcode_key("4006381333931"))
        assert mug is not None and mug.sku == "MUG-WHT"
    again = store_pulled(UnitOfWork(engine), page)
    # nothing new; order 105 is stored as the page says, first as first seen then as edited
    assert (again.created, again.updated, again.unchanged) == (0, 2, 29), again
    assert [ln.quantity for ln in load(engine, "105").lines] == [3]


def test_a_page_sent_again_as_stored_writes_nothing_but_a_new_payment_state_is_kept(
        engine: Engine) -> None:
    """The store sends recent orders again on every pull: those stored as they are cost no
    write at all; one whose payment the store has since captured gets its new state."""
    from sqlalchemy import event

    from packdesk.domain.payments import Payment

    page = [store_order(str(300 + i)) for i in range(20)]
    store_pulled(UnitOfWork(engine), page)
    page[4].payment = Payment(state="paid", store_status="paid", paid_at="2026-11-27T09:00:00")
    statements: list[str] = []

    def count_writes(_conn, _cursor, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()[:3]).upper())

    event.listen(engine, "before_cursor_execute", count_writes)
    try:
        again = store_pulled(UnitOfWork(engine), page)
    finally:
        event.remove(engine, "before_cursor_execute", count_writes)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 20), again
    writes = [s for s in statements if s.startswith(("INSERT", "UPDATE", "DELETE", "COPY"))]
    assert writes == ["UPDATE ORDERS SET"], writes
    # The page's one query, and the paid order read and written: not a query per order.
    assert len([s for s in statements if s.startswith("SELECT")]) <= 3, statements
    assert load(engine, "304").payment == page[4].payment.to_json()
    assert load(engine, "305").payment is None
