"""A headless shift: K station processes working the queue through the station services.

Each station process signs in with a packer's badge and runs the same
:class:`~packdesk.services.station.StationService` methods the window calls: take the next
order, scan each bin label and unit of the pick list, verify every unit, acknowledge the
note, confirm the gift steps, print to the station's printer and ship. At the error rate R
it scans a wrong item or a wrong size before the right one; those scans must be refused,
as at the bench. At the end :func:`check_shipped_once` proves that every order of the run
shipped exactly once, with one shipment and one outbox message each.

With ``until="packed"`` each order stops when it is packed: documents printed, put back in
the queue unshipped (for tests of the shipping paths); :func:`check_packed_unshipped`
then proves every order of the run is packed with its slip and label printed, and has
no shipment and no shipped message.
"""

from __future__ import annotations

import logging
import random
import secrets
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.domain.quality import QC_PASS_ALL
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import (
    BinStockRow,
    OrderLineRow,
    OrderRow,
    OutboxMessageRow,
    ProductBarcodeRow,
    ProductRow,
    ShipmentRow,
    UserRow,
)

from .outbox import ORDER_SHIPPED
from .payments import HOLD_PREFIX, PaymentGateway, held_for_payment
from .printing import THANK_YOU_CARD, DocumentPrinter
from .station import Phase, ScanVerdict, StationError, StationService, StopReason
from .stations import StationHeartbeat
from .uow import UnitOfWork

log = logging.getLogger(__name__)

# The simulator signs in as packers of its own, never as the shop's real users: their
# figures must not land on a real person in the lead's statistics.
SIMULATED_BADGE = "BADGE:SIM{:02d}"
SIMULATED_NAME = "Simulated packer {}"
# A bound on every station's loop, whatever happens to the database.
MAX_STEPS_PER_STATION = 200_000

UNTIL_SHIPPED = "shipped"
UNTIL_PACKED = "packed"

PrinterFactory = Callable[[Path, str], DocumentPrinter]
GatewayFactory = Callable[[Engine], Mapping[str, PaymentGateway]]


@dataclass(frozen=True)
class StationJob:
    url: str
    station: str
    badge: str
    error_rate: float
    seed: int
    print_folder: Path
    printer_factory: PrinterFactory | None
    max_seconds: float
    lease_seconds: float = 300.0
    until: str = "shipped"  # or "packed"
    # The stores' payment APIs for the capture at ship (``sync.stores.payment_gateways``,
    # given by the command line: services cannot import sync); None: no store to charge.
    gateways: GatewayFactory | None = None


@dataclass
class StationTally:
    station: str
    shipped: list[str] = field(default_factory=list)  # order numbers
    packed: list[str] = field(default_factory=list)  # order numbers left packed (--until packed)
    held: list[str] = field(default_factory=list)  # "number: why" of orders held for their payment
    scans: int = 0
    refusals: Counter[str] = field(default_factory=Counter)
    injected: int = 0
    bins_emptied: int = 0  # item scans at a bin another station had emptied
    problems: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    cpu_seconds: float = 0.0  # the station process's own CPU (Python, the driver), not the server's


@dataclass
class SimulationReport:
    orders: int  # orders in the run
    shipped: int
    scans: int
    refusals: dict[str, int]
    injected: int
    elapsed: float
    per_station: dict[str, int]
    problems: list[str]
    until: str = "shipped"
    packed: int = 0
    held: list[str] = field(default_factory=list)  # "number: why", held at the bench for payment

    @property
    def done(self) -> int:
        """Orders taken as far as the run goes (shipped, or packed with ``--until packed``)."""
        return self.packed if self.until == UNTIL_PACKED else self.shipped

    @property
    def by_others(self) -> int:
        """Orders of the run that another process on the same database took instead."""
        return self.orders - self.done - len(self.held)

    @property
    def ok(self) -> bool:
        # The problems include the database's own check that every order of the run was
        # shipped (or packed) exactly once, whichever process did it.
        return not self.problems


class _Catalog:
    """Barcodes by SKU and SKUs by style, to scan right and (on purpose) wrong items."""

    def __init__(self, engine: Engine) -> None:
        with UnitOfWork(engine) as uow:
            rows = uow.session.execute(
                select(ProductRow.sku, ProductRow.attributes, ProductBarcodeRow.code)
                .join(ProductBarcodeRow, ProductBarcodeRow.product_id == ProductRow.id)
                .order_by(ProductRow.sku, ProductBarcodeRow.id)
            ).all()
        self.barcode: dict[str, str] = {}
        self.attributes: dict[str, dict[str, str]] = {}
        for sku, attributes, code in rows:
            self.barcode.setdefault(sku, code[1:] if code.startswith("0") else code)
            self.attributes[sku] = dict(attributes)
        self.skus = sorted(self.barcode)

    def style(self, sku: str) -> str:
        return sku.split("-", 1)[0]

    def wrong_size(self, sku: str, avoid: set[str], rng: random.Random) -> str | None:
        """Another variant of the same style, not in the order: wrong size (or color)."""
        color = self.attributes.get(sku, {}).get("color")
        same_style = [s for s in self.skus if self.style(s) == self.style(sku) and s not in avoid]
        same_color = [s for s in same_style if self.attributes[s].get("color") == color]
        choices = same_color or same_style
        return rng.choice(choices) if choices else None

    def wrong_item(self, avoid_styles: set[str], rng: random.Random) -> str:
        return rng.choice([s for s in self.skus if self.style(s) not in avoid_styles])


def run_station(job: StationJob) -> StationTally:
    """One station process's shift (the spawn target; everything it needs is in ``job``)."""
    logging.basicConfig(level=logging.WARNING)
    started = time.monotonic()
    cpu_started = time.process_time()
    tally = StationTally(job.station)
    engine = make_engine(job.url)
    printer = job.printer_factory(job.print_folder, job.station) if job.printer_factory else None
    heartbeat = StationHeartbeat(engine, job.station)
    try:
        heartbeat.start()  # a name another running station holds stops this one here
        _work(engine, job, tally, printer)
    except Exception as error:  # noqa: BLE001 - reported to the parent as a problem
        log.exception("station %s stopped", job.station)
        tally.problems.append(f"{job.station}: {type(error).__name__}: {error}")
    finally:
        close = getattr(printer, "close", None)
        if callable(close):
            close()
        heartbeat.stop()
        engine.dispose()
        tally.elapsed = time.monotonic() - started
        tally.cpu_seconds = time.process_time() - cpu_started
    return tally


def _work(engine: Engine, job: StationJob, tally: StationTally, printer: DocumentPrinter | None) -> None:
    rng = random.Random(job.seed)
    catalog = _Catalog(engine)
    until_packed = job.until == UNTIL_PACKED
    service = StationService(engine, job.station, printer=printer, lease_seconds=job.lease_seconds,
                             take_unfinished=not until_packed)
    if job.gateways is not None:
        service.payment_gateways = job.gateways(engine)
    deadline = time.monotonic() + job.max_seconds

    def scan(raw: str) -> ScanVerdict:
        verdict = service.handle_scan(raw)
        tally.scans += 1
        if verdict.refused:
            tally.refusals[verdict.outcome.value] += 1
        return verdict

    def right(raw: str, what: str) -> None:
        verdict = scan(raw)
        if not verdict.accepted:
            raise RuntimeError(f"{what} was refused: {verdict.outcome.value} {verdict.message}")

    def maybe_wrong(sku: str, order_skus: set[str]) -> None:
        if rng.random() >= job.error_rate:
            return
        if rng.random() < 0.5:
            wrong = catalog.wrong_size(sku, order_skus, rng)
            expected = ScanOutcome.WRONG_VARIANT
        else:
            wrong = None
        if wrong is None:
            wrong = catalog.wrong_item({catalog.style(s) for s in order_skus}, rng)
            expected = ScanOutcome.WRONG_ITEM
        tally.injected += 1
        verdict = scan(catalog.barcode[wrong])
        if verdict.accepted or verdict.outcome is not expected:
            tally.problems.append(
                f"{job.station}: scanning {wrong} for {sku} gave {verdict.outcome.value}, "
                f"expected {expected.value}")

    right(job.badge, "the packer's badge")
    for _ in range(MAX_STEPS_PER_STATION):
        if time.monotonic() > deadline:
            tally.problems.append(f"{job.station}: stopped after {job.max_seconds:g} s")
            return
        state = service.resume()
        order_skus = {line.sku_to_pack for view in state.orders for line in view.lines}
        if state.phase is Phase.QUEUE:
            if service.take_next() is None:
                return
        elif state.phase is Phase.PICK:
            step = state.pick_step
            if step is None:
                raise RuntimeError("picking with nothing left to pick")
            if not step.confirmed:
                right(f"BIN:{step.bin_code}", f"bin {step.bin_code}")
            maybe_wrong(step.sku, order_skus)
            verdict = scan(catalog.barcode[step.sku])
            if verdict.reason is StopReason.BIN_EMPTIED:
                # Another station took the last unit: go where the station now sends us,
                # or report the short pick it asks for.
                tally.bins_emptied += 1
                if verdict.expected is None:
                    service.short_pick("bin empty")
                continue
            if verdict.outcome is ScanOutcome.WRONG_BIN:
                # Another station emptied the bin between our look and our scan: the walk
                # moved (or the bin wants confirming again); look again, as a picker would.
                again = service.state().pick_step
                if again is not None and (not again.confirmed or again.bin_code != step.bin_code):
                    tally.bins_emptied += 1
                    continue
            if not verdict.accepted:
                raise RuntimeError(f"{step.sku} from {step.bin_code} was refused: "
                                   f"{verdict.outcome.value} {verdict.message}")
        elif state.phase is Phase.PACK:
            current = state.current
            if current is None:
                raise RuntimeError("packing with no current order")
            if current.quality is not None:  # the simulated packer finds every check passes
                right(QC_PASS_ALL, f"the quality checks of {current.quality.sku}")
                continue
            line = next((ln for ln in current.lines if not ln.done), None)
            if line is not None:
                maybe_wrong(line.sku_to_pack, order_skus)
                right(catalog.barcode[line.sku_to_pack], f"{line.sku_to_pack} for {current.number}")
                continue
            if current.has_note and not current.note_acknowledged:
                current = service.acknowledge_note()  # the documents held for it print now
            if not current.label_printed:
                try:
                    outcomes = service.print_documents()
                except StationError as refused:
                    if not str(refused).startswith(HOLD_PREFIX):
                        raise
                    # Held at the bench for its payment: the lead decides; the next order.
                    tally.held.append(f"{current.number}: {refused}")
                    service.put_back()
                    continue
                # A thank-you card that did not print holds nothing up.
                failed = [o for o in outcomes if not o.ok and o.document != THANK_YOU_CARD]
                if failed:
                    raise RuntimeError(f"printing failed: {failed[0].message}")
            # After the documents: the slip carries the card's message ("card in" waits for it).
            for gift_step in current.gift_steps_missing:
                service.confirm_gift_step(gift_step)
            if until_packed:
                tally.packed += [view.number for view in service.put_back()]
                continue
            tally.shipped.append(service.ship().order.number)
        else:
            right(job.badge, "the packer's badge")
    tally.problems.append(f"{job.station}: more than {MAX_STEPS_PER_STATION} steps")


def orders_in_play(engine: Engine) -> list[int]:
    """The orders a run must ship: every order not yet shipped, held or cancelled."""
    with UnitOfWork(engine) as uow:
        return list(uow.session.scalars(
            select(OrderRow.id).where(OrderRow.status.in_([
                OrderStatus.NEW.value, OrderStatus.PICKING.value,
                OrderStatus.PACKING.value, OrderStatus.PACKED.value,
            ])).order_by(OrderRow.id)
        ))


def check_shipped_once(engine: Engine, order_ids: Sequence[int]) -> list[str]:
    """Problems, if any: orders not shipped, or without exactly one shipment and message."""
    problems: list[str] = []
    ids = list(order_ids)
    with UnitOfWork(engine) as uow:
        session = uow.session
        statuses = dict(session.execute(
            select(OrderRow.id, OrderRow.number).where(OrderRow.id.in_(ids),
                                                      OrderRow.status != OrderStatus.SHIPPED.value)
        ).all())
        shipments = dict(session.execute(
            select(ShipmentRow.order_id, func.count()).where(ShipmentRow.order_id.in_(ids))
            .group_by(ShipmentRow.order_id)
        ).all())
        messages = session.execute(
            select(OutboxMessageRow.order_id, OutboxMessageRow.payload)
            .where(OutboxMessageRow.order_id.in_(ids), OutboxMessageRow.kind == ORDER_SHIPPED)
        ).all()
        shipment_ids = set(session.scalars(select(ShipmentRow.id).where(ShipmentRow.order_id.in_(ids))))
    for order_id, number in statuses.items():
        problems.append(f"order {number} (id {order_id}) is not shipped")
    per_order_messages: Counter[int | None] = Counter(order_id for order_id, _ in messages)
    for order_id in ids:
        if shipments.get(order_id, 0) != 1:
            problems.append(f"order id {order_id} has {shipments.get(order_id, 0)} shipments")
        if per_order_messages.get(order_id, 0) != 1:
            problems.append(f"order id {order_id} has {per_order_messages.get(order_id, 0)} "
                            "shipped messages in the outbox")
    for _, payload in messages:
        if payload.get("shipment_id") not in shipment_ids:
            problems.append(f"outbox message for order {payload.get('number')} names no shipment")
    return problems


def check_packed_unshipped(engine: Engine, order_ids: Sequence[int]) -> list[str]:
    """Problems, if any, of a run ``--until packed``: orders not packed, held by a station,
    without their printed slip or label, or with a shipment or shipped message."""
    ids = list(order_ids)
    with UnitOfWork(engine) as uow:
        session = uow.session
        rows = session.execute(
            select(OrderRow.id, OrderRow.number, OrderRow.status, OrderRow.claimed_station,
                   OrderRow.slip_printed_at, OrderRow.label_printed_at)
            .where(OrderRow.id.in_(ids))
        ).all()
        shipped = set(session.scalars(
            select(ShipmentRow.order_id).where(ShipmentRow.order_id.in_(ids))))
        shipped |= set(session.scalars(
            select(OutboxMessageRow.order_id)
            .where(OutboxMessageRow.order_id.in_(ids), OutboxMessageRow.kind == ORDER_SHIPPED)))
    problems: list[str] = []
    for order_id, number, status, station, slip, label in rows:
        if status != OrderStatus.PACKED.value:
            problems.append(f"order {number} (id {order_id}) is {status}, not packed")
        if station is not None:
            problems.append(f"order {number} is still held by {station}")
        if slip is None or label is None:
            problems.append(f"order {number} is packed without its printed slip and label")
        if order_id in shipped:
            problems.append(f"order {number} was shipped")
    return problems


def ensure_simulated_packers(engine: Engine, count: int) -> list[str]:
    """Badges of ``count`` packers that exist only for the simulator (created when missing)."""
    badges = [SIMULATED_BADGE.format(index + 1) for index in range(count)]
    # Two simulations started together on one database both look for the packers. SQLite:
    # the write lock is taken before the read (a read upgraded to a write is refused as
    # "locked"); PostgreSQL: the one that commits second is refused by the unique badge and
    # finds the packers there on its retry.
    for attempt in range(2):
        try:
            with UnitOfWork(engine, immediate=True) as uow:
                known = set(uow.session.scalars(
                    select(UserRow.badge_code).where(UserRow.badge_code.in_(badges))))
                for index, badge in enumerate(badges):
                    if badge not in known:
                        uow.session.add(UserRow(name=SIMULATED_NAME.format(index + 1),
                                                role="packer", badge_code=badge))
                uow.commit()
            break
        except IntegrityError:
            if attempt:
                raise
    return badges


def unworkable_orders(engine: Engine) -> list[str]:
    """Numbers of open orders with a product that no bin holds: nobody could pick them."""
    with UnitOfWork(engine) as uow:
        stocked = (
            select(BinStockRow.product_id).where(BinStockRow.quantity > 0).distinct()
        )
        return list(uow.session.scalars(
            select(OrderRow.number).distinct()
            .join(OrderLineRow, OrderLineRow.order_id == OrderRow.id)
            .outerjoin(ProductRow, ProductRow.sku == OrderLineRow.sku)
            .where(OrderRow.status == OrderStatus.NEW.value,
                   (ProductRow.id.is_(None)) | ProductRow.id.not_in(stocked))
            .order_by(OrderRow.number)
        ))


def simulate(
    url: str,
    *,
    stations: int,
    error_rate: float,
    seed: int,
    print_folder: Path,
    printer_factory: PrinterFactory | None,
    max_seconds: float = 600.0,
    until: str = UNTIL_SHIPPED,
    gateways: GatewayFactory | None = None,
) -> SimulationReport:
    """Run ``stations`` station processes on the (seeded, migrated) database at ``url``,
    shipping every open order, or leaving each packed with ``until="packed"``."""
    engine = make_engine(url)
    try:
        order_ids = orders_in_play(engine)
        badges = ensure_simulated_packers(engine, stations)
    finally:
        engine.dispose()
    run = secrets.token_hex(2)  # two simulations on one database never share a station name
    jobs = [
        StationJob(
            url=url, station=f"Sim {run}-{index + 1}", badge=badges[index],
            error_rate=error_rate, seed=seed * 1000 + index, print_folder=print_folder,
            printer_factory=printer_factory, max_seconds=max_seconds, until=until,
            gateways=gateways,
        )
        for index in range(stations)
    ]
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=stations, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(run_station, job) for job in jobs]
        tallies = [future.result(timeout=max_seconds + 120) for future in futures]
    elapsed = time.monotonic() - started
    engine = make_engine(url)
    try:
        problems = [p for tally in tallies for p in tally.problems]
        held = held_for_payment(UnitOfWork(engine), order_ids)
        worked = [order_id for order_id in order_ids if order_id not in held]
        if until == UNTIL_PACKED:
            problems += check_packed_unshipped(engine, worked)
        else:
            problems += check_shipped_once(engine, worked)
    finally:
        engine.dispose()
    shipped_numbers = [n for tally in tallies for n in tally.shipped]
    duplicates = [n for n, count in Counter(shipped_numbers).items() if count > 1]
    problems += [f"order {n} was shipped by more than one station" for n in duplicates]
    packed_numbers = [n for tally in tallies for n in tally.packed]
    problems += [f"order {n} was packed by more than one station"
                 for n, count in Counter(packed_numbers).items() if count > 1]
    refusals: Counter[str] = Counter()
    for tally in tallies:
        refusals.update(tally.refusals)
    return SimulationReport(
        orders=len(order_ids),
        shipped=len(shipped_numbers),
        scans=sum(t.scans for t in tallies),
        refusals=dict(sorted(refusals.items())),
        injected=sum(t.injected for t in tallies),
        elapsed=elapsed,
        per_station={t.station: len(t.packed if until == UNTIL_PACKED else t.shipped)
                     for t in tallies},
        problems=problems,
        until=until,
        packed=len(packed_numbers),
        held=sorted(f"{number}: {why}" for number, why in held.values()),
    )
