"""A packer at one station, scripted: sign in, take the next order, pick, pack, print, ship.

It calls the same :class:`~packdesk.services.station.StationService` methods the window
calls (the same path as ``packdesk simulate``) and times every ``handle_scan``: the scan
is stored and the order line updated, in one committed transaction, when it returns.
Printing goes to a printer that renders nothing, so the figures are the station's own.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

from sqlalchemy import Engine, event, select

from packdesk.domain.model import Shipment
from packdesk.persistence.tables import ProductBarcodeRow, ProductRow
from packdesk.services.printing import PACKING_SLIP, SHIPPING_LABEL, PrintOutcome
from packdesk.services.station import OrderView, Phase, StationService
from packdesk.services.uow import UnitOfWork

PACKER_BADGE = "BADGE:PAT03"
# Not one of the history's stations ("Bench 1".."Bench 24"): the history leaves its held
# orders claimed by the station that held them, and a station says "on hold" for each.
STATION = "Benchmark"


class NullPrinter:
    """Prints instantly and keeps nothing (the documents have their own figure)."""

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        return PrintOutcome(PACKING_SLIP, True, "null")

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        return PrintOutcome(SHIPPING_LABEL, True, "null")


def barcodes_by_sku(engine: Engine) -> dict[str, str]:
    with UnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(ProductRow.sku, ProductBarcodeRow.code)
            .join(ProductBarcodeRow, ProductBarcodeRow.product_id == ProductRow.id)
            .order_by(ProductBarcodeRow.id)
        ).all()
    found: dict[str, str] = {}
    for sku, code in rows:
        found.setdefault(sku, code)
    return found


@dataclass
class ShiftLog:
    scan_ms: list[float] = field(default_factory=list)
    # SQL statements each accepted scan ran (issue 17): bin labels, and units that did not
    # complete their order (a completing scan prints and reads the order again).
    bin_statements: list[int] = field(default_factory=list)
    unit_statements: list[int] = field(default_factory=list)
    refused: int = 0
    shipped: list[str] = field(default_factory=list)


def work_shift(service: StationService, barcodes: dict[str, str], orders: int, *,
               error_rate: float = 0.05, seed: int = 1, max_steps: int = 1_000_000,
               log: ShiftLog | None = None) -> ShiftLog:
    """Ship ``orders`` orders (fewer if the queue runs dry); wrong items at ``error_rate``."""
    rng = random.Random(seed)
    log = log or ShiftLog()
    skus = sorted(barcodes)

    def scan(raw: str, must_accept: bool) -> None:
        statements: list[str] = []

        def count(conn: object, cursor: object, statement: str, *args: object) -> None:
            statements.append(statement)

        event.listen(service.engine, "before_cursor_execute", count)
        try:
            start = time.perf_counter()
            verdict = service.handle_scan(raw)
            log.scan_ms.append((time.perf_counter() - start) * 1000)
        finally:
            event.remove(service.engine, "before_cursor_execute", count)
        if verdict.accepted and verdict.kind == "bin":
            log.bin_statements.append(len(statements))
        elif verdict.accepted and verdict.kind == "product" and not verdict.order_complete:
            log.unit_statements.append(len(statements))
        if verdict.refused:
            log.refused += 1
            if must_accept:
                raise RuntimeError(f"scan {raw} refused: {verdict.outcome.value} {verdict.message}")

    def wrong_first(order_skus: set[str]) -> None:
        if rng.random() < error_rate:
            scan(barcodes[rng.choice([s for s in skus if s not in order_skus])], must_accept=False)

    scan(PACKER_BADGE, must_accept=True)
    shipped_target = len(log.shipped) + orders
    for _ in range(max_steps):
        if len(log.shipped) >= shipped_target:
            break
        state = service.resume()
        order_skus = {line.sku_to_pack for view in state.orders for line in view.lines}
        if state.phase is Phase.QUEUE:
            if service.take_next() is None:
                break
        elif state.phase is Phase.PICK:
            step = state.pick_step
            if step is None:
                raise RuntimeError("picking with nothing left to pick")
            if not step.confirmed:
                scan(f"BIN:{step.bin_code}", must_accept=True)
            wrong_first(order_skus)
            scan(barcodes[step.sku], must_accept=True)
        elif state.phase is Phase.PACK:
            current = state.current
            if current is None:
                raise RuntimeError("packing with no current order")
            line = next((ln for ln in current.lines if not ln.done), None)
            if line is not None:
                wrong_first(order_skus)
                scan(barcodes[line.sku_to_pack], must_accept=True)
                continue
            if current.has_note and not current.note_acknowledged:
                service.acknowledge_note()
            for gift_step in current.gift_steps_missing:
                service.confirm_gift_step(gift_step)
            if not current.label_printed:
                service.print_documents()
            log.shipped.append(service.ship().order.number)
        else:
            scan(PACKER_BADGE, must_accept=True)
    return log


def station_service(engine: Engine, name: str = STATION) -> StationService:
    return StationService(engine, name, printer=NullPrinter())
