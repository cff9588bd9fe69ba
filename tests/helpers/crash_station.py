"""A station process that packs orders by scripted scans, for the crash tests.

:func:`run_station` plays a packer: badge, take the next order, bin label then units on
the pick walk, units again at the pack table (with some wrong and repeated scans among
them), the note and gift steps, print, ship, next order. It carries on from wherever the
database says the station was, so a process killed at any instant and started again
simply continues.

After each call into the station returns, one line goes to the acknowledgement file
(one ``write`` on an ``O_APPEND`` descriptor, so a kill leaves whole lines only):

    scan <scan_event_id> <outcome> <phase> <order number or -> <raw>
    ship <order number> <shipment id> <outbox message id>
    done

Only what was acknowledged is what a packer saw confirmed on the screen.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field

from sqlalchemy import Engine, select

from packdesk.domain.model import Shipment
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import ProductBarcodeRow, ProductRow
from packdesk.services.printing import PACKING_SLIP, SHIPPING_LABEL, PrintOutcome
from packdesk.services.station import OrderView, Phase, StationService
from packdesk.services.uow import UnitOfWork

STATION = "Crash bench"
PACKER_BADGE = "BADGE:PAT03"
WRONG_CODES = ("BIN:Z-99-9-Z", "definitely not a barcode", "4006381333931")


@dataclass
class NullPrinter:
    """Prints nothing and says it printed (the printer faults have their own tests)."""

    jobs: list[str] = field(default_factory=list)

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        return PrintOutcome(PACKING_SLIP, True, "memory")

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        return PrintOutcome(SHIPPING_LABEL, True, "memory")


class Barcodes:
    """A product's scannable code by SKU, looked up once."""

    def __init__(self, engine: Engine) -> None:
        with UnitOfWork(engine) as uow:
            rows = uow.session.execute(
                select(ProductRow.sku, ProductBarcodeRow.code)
                .join(ProductBarcodeRow, ProductBarcodeRow.product_id == ProductRow.id)
                .order_by(ProductBarcodeRow.id)
            ).all()
        self.by_sku: dict[str, str] = {}
        for sku, code in rows:
            self.by_sku.setdefault(sku, code[1:] if code.startswith("0") else code)

    def __getitem__(self, sku: str) -> str:
        return self.by_sku[sku]


def run_station(url: str, ack_path: str, seed: int, max_actions: int = 100_000) -> None:
    engine = make_engine(url)
    service = StationService(engine, STATION, printer=NullPrinter())
    barcodes = Barcodes(engine)
    rng = random.Random(seed)
    fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def ack(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    def scan(raw: str) -> None:
        verdict = service.handle_scan(raw)
        number = verdict.order.number if verdict.order else "-"
        ack(f"scan {verdict.scan_event_id} {verdict.outcome.value} {verdict.phase.value} "
            f"{number} {raw}")

    scan(PACKER_BADGE)  # after a restart the packer signs in again
    for _ in range(max_actions):
        state = service.resume()
        current = state.current
        if state.phase is Phase.QUEUE:
            if service.take_next() is None:
                ack("done")
                return
            continue
        if rng.random() < 0.08:
            scan(rng.choice(WRONG_CODES))  # a slip of the hand: refused, logged
            continue
        if state.phase is Phase.PICK:
            step = state.pick_step
            assert step is not None
            if not step.bin_code:
                service.short_pick("no bin holds it")
            elif not step.confirmed:
                scan(f"BIN:{step.bin_code}")
            else:
                scan(barcodes[step.sku])
            continue
        assert current is not None
        missing = current.missing_for_ship()
        if "verify" in missing:
            open_lines = [line for line in current.lines if not line.done]
            done_lines = [line for line in current.lines if line.done]
            if done_lines and rng.random() < 0.15:
                scan(barcodes[rng.choice(done_lines).sku_to_pack])  # over-scan: refused
            else:
                scan(barcodes[open_lines[0].sku_to_pack])
        elif "note" in missing:
            service.acknowledge_note()
        elif "label" in missing:  # before the gift steps: "card in" waits for the message printed
            service.print_documents()
        elif any(step in missing for step in ("gift_slip", "card", "wrap")):
            service.confirm_gift_step(next(s for s in ("gift_slip", "card", "wrap") if s in missing))
        else:
            result = service.ship()
            ack(f"ship {result.order.number} {result.shipment_id} {result.outbox_message_id}")
    ack("done")
