"""Shipping pulled orders as the station would, and reading the outbox, for sync tests."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable

from sqlalchemy import Engine, select

from packdesk.domain.model import OrderStatus
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, ShipmentRow
from packdesk.services.outbox import record_shipped, tracking_url_for
from packdesk.services.uow import UnitOfWork


def tracking(external_id: int | str) -> str:
    """The UPS-style tracking number the tests give an order's shipment."""
    return f"1Z999AA1{int(external_id):010d}"


def ship_every_order(engine: Engine, carrier: str = "ups") -> None:
    """Walk each order to shipped and write its outbox message in the same transaction."""
    with UnitOfWork(engine) as uow:
        for order in uow.session.scalars(select(OrderRow).order_by(OrderRow.id)):
            for status in (OrderStatus.PICKING, OrderStatus.PACKING, OrderStatus.PACKED,
                           OrderStatus.SHIPPED):
                order.change_status(status)
            order.shipped_at = utcnow()
            number = tracking(order.external_id)
            shipment = ShipmentRow(order_id=order.id, carrier=carrier, service="Standard",
                                   tracking_number=number, tracking_url=tracking_url_for(carrier, number))
            uow.session.add(shipment)
            record_shipped(uow.session, order, shipment)
        uow.commit()


def outbox(engine: Engine) -> list[tuple[str, int, str | None]]:
    """(status, attempts, remote_ref) of every outbox message, oldest first."""
    with UnitOfWork(engine) as uow:
        return [(m.status, m.attempts, m.remote_ref)
                for m in uow.session.scalars(select(OutboxMessageRow).order_by(OutboxMessageRow.id))]


def kill_when(worker: subprocess.Popen[str], reached: Callable[[], bool], what: str,
              seconds: float = 30) -> None:
    """SIGKILL the sync ``worker`` the moment ``reached()`` holds (a send it is in the
    middle of); fail if it ends first or ``what`` is not reached within ``seconds``."""
    try:
        deadline = time.monotonic() + seconds
        while not reached():
            assert worker.poll() is None, worker.communicate()
            assert time.monotonic() < deadline, f"the worker never reached {what}"
            time.sleep(0.05)
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
    finally:
        if worker.poll() is None:
            worker.kill()
