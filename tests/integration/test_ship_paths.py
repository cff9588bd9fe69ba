"""Shipping from the command line (``packdesk ship``) writes what the bench writes.

Both paths now go through ``services.shipping.record_shipment``. The command line's own
copy had left a lead's line override and the claim's start time on the shipped order.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select

from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    OrderFactRow,
    OrderLineRow,
    OrderRow,
    OutboxMessageRow,
    ShipmentRow,
)
from packdesk.services import labels
from packdesk.services.uow import UnitOfWork


def packed_order_at_a_bench(engine: Engine) -> int:
    """A packed order still claimed by Bench 1, a lead's override on its line, in tote 3."""
    with UnitOfWork(engine) as uow:
        row = OrderRow(source="shopify:shop.example", external_id="9001", number="#9001",
                       placed_at=datetime(2026, 11, 27, 8), status="packed",
                       ship_to={"name": "Ada", "line1": "1 Way", "city": "Oslo",
                                "postal_code": "0150", "country": "NO"},
                       claimed_station="Bench 1", claimed_user="Pat Packer", claimed_at=utcnow(),
                       claim_expires_at=utcnow(), confirmed_bin="A-01-1-A", batch_id="B-7",
                       tote_slot=3, packed_at=utcnow())
        row.lines.append(OrderLineRow(position=0, sku="TEE-BLK-M", quantity=1, verified_qty=1,
                                      picked_qty=1))
        uow.session.add(row)
        uow.session.flush()
        row.override_line_id = row.lines[0].id
        uow.commit()
        return row.id


def test_packdesk_ship_ends_the_claim_keeps_the_tote_and_records_what_the_bench_records(
    engine: Engine,
) -> None:
    order_id = packed_order_at_a_bench(engine)
    shipped = labels.ship_packed_order(
        engine, order_id, carrier="posten", service="", tracking_number="370000000000012345",
        weight_g=450, label_format="zpl", station="Bench 1", user="command line (lena)")
    assert shipped.service == "standard"
    with UnitOfWork(engine) as uow:
        row = uow.session.get(OrderRow, order_id)
        assert row is not None and row.status == "shipped" and row.shipped_at is not None
        # The claim is over, all of it; where it was packed stays (a return finds its tote).
        assert (row.claimed_station, row.claimed_user, row.claimed_at, row.claim_expires_at,
                row.confirmed_bin, row.override_line_id) == (None,) * 6
        assert (row.batch_id, row.tote_slot) == ("B-7", 3)
        shipment = uow.session.scalars(select(ShipmentRow)).one()
        assert (shipment.carrier, shipment.service, shipment.kind) == ("posten", "standard", "outbound")
        assert shipment.tracking_url and "370000000000012345" in shipment.tracking_url
        message = uow.session.scalars(select(OutboxMessageRow)).one()
        assert message.payload["shipment_id"] == shipment.id
        facts = uow.session.get(OrderFactRow, order_id)
        assert facts is not None and facts.station == "Bench 1" and facts.units == 1
