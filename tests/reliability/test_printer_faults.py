"""A label printer that refuses, stalls or hangs up mid-job: a clear message, the job kept
for a retry, and the label printed exactly once when the printer is back."""

from __future__ import annotations

import os
import random
import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import OrderStatus
from packdesk.hardware.printers import FolderPrinter, JobStatus, PrintQueue, RawTcpPrinter
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow
from packdesk.services.printing import SHIPPING_LABEL
from packdesk.services.station import ScanVerdict, StationError, StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.fake_zebra import read_job_answering_status
from tests.helpers.orders import SHIP_FROM
from tests.helpers.reliability import bounded, wait_until
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import LEAD_BADGE, PACKER_BADGE, barcode_of, pick_everything

ROUNDS = 24
FAULTS = ("refuse", "stall", "hang_up")
# What the person at the bench reads for each fault. A stalled Zebra is caught by its
# status query (~HS) before the job, so nothing is sent that could print later.
MESSAGES = {
    "refuse": "refused the connection",
    "stall": "did not answer its status query (~HS) before the job",
    "hang_up": "dropped the connection",
}


class FlakyPrinter:
    """A raw-port label printer on 127.0.0.1 whose behaviour the test switches.

    ``ok``: answers host status queries (``~HS``), reads the job to the end, then closes
    (a Zebra's raw port);
    ``refuse``: not listening (switched off); ``stall``: accepts, never reads (paused,
    out of labels); ``hang_up``: reads a little, then resets the connection (cable pulled,
    printer rebooted).
    """

    def __init__(self) -> None:
        probe = socket.create_server(("127.0.0.1", 0))
        self.port = int(probe.getsockname()[1])
        probe.close()
        self.mode = "ok"
        self.received: list[bytes] = []
        self._server: socket.socket | None = None
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def switch(self, mode: str) -> None:
        with self._lock:
            self.mode = mode
            listening = self._server is not None
        if mode == "refuse" and listening:
            self._close_server()
        elif mode != "refuse" and not listening:
            self._open_server()

    def _open_server(self) -> None:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(8)
        server.settimeout(0.05)
        self._server = server
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, args=(server,), daemon=True)
        self._thread.start()

    def _close_server(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        if self._server is not None:
            self._server.close()
        self._server = None
        for conn in self._held:
            conn.close()
        self._held.clear()

    def _serve(self, server: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            mode = self.mode
            if mode == "stall":
                self._held.append(conn)
                continue
            conn.settimeout(5)
            if mode == "hang_up":
                conn.recv(16)
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()
                continue
            with conn:
                job = read_job_answering_status(conn)
                with self._lock:
                    self.received.append(job)

    def close(self) -> None:
        self._close_server()


@pytest.fixture
def printer() -> Iterator[FlakyPrinter]:
    flaky = FlakyPrinter()
    flaky.switch("ok")
    yield flaky
    flaky.close()


def label(number: int) -> bytes:
    # Big enough not to fit in one segment, as a real label with a logo is not.
    return (f"^XA^FO50,50^A0N,40,40^FDOrder #{number}^FS^BCN,100^FD{number:08d}^FS"
            + "^FO10,10^GFA,0,0,0," + "F0" * 3000 + "^FS^XZ").encode()


def test_printer_faults_leave_the_job_for_retry_and_each_label_prints_once(
    printer: FlakyPrinter,
) -> None:
    rng = random.Random(9)
    queue = PrintQueue({"label": RawTcpPrinter("127.0.0.1", printer.port, timeout=0.6,
                                               connect_timeout=0.5, status=True)})
    documents: dict[str, bytes] = {}
    try:
        for round_no in bounded(ROUNDS, 60, "printer fault rounds"):
            fault = FAULTS[round_no % len(FAULTS)]
            printer.switch(fault)
            job = queue.submit(label(round_no), "zpl", f"Label #{round_no}", "label")
            assert queue.wait_idle(5), "the print queue hung"
            failed = queue.job(job.id)
            assert failed.status is JobStatus.FAILED, f"{fault}: {failed}"
            assert MESSAGES[fault] in failed.reason and str(printer.port) in failed.reason
            assert failed.id in {j.id for j in queue.failed()}  # kept for a retry
            # Sometimes the packer retries while the printer is still broken.
            if rng.random() < 0.3:
                queue.retry(job.id)
                assert queue.wait_idle(5)
                assert queue.job(job.id).status is JobStatus.FAILED
            printer.switch("ok")
            queue.retry(job.id)
            assert queue.wait_idle(5)
            assert queue.job(job.id).status is JobStatus.SENT
            documents[job.id] = label(round_no)
        wait_until(lambda: len(printer.received) >= ROUNDS, 5, "the last labels")
    finally:
        queue.close()
    # Every label came out whole, exactly once, none from a failed attempt.
    assert sorted(printer.received) == sorted(documents.values())
    assert queue.failed() == []


def test_a_reprint_after_a_stall_prints_the_same_label_again(printer: FlakyPrinter) -> None:
    queue = PrintQueue({"label": RawTcpPrinter("127.0.0.1", printer.port, timeout=0.6,
                                               status=True)})
    try:
        printer.switch("stall")
        job = queue.submit(label(7), "zpl", "Label #7", "label")
        assert queue.wait_idle(5)
        printer.switch("ok")
        again = queue.reprint(job.id)
        assert queue.wait_idle(5)
        assert queue.job(again.id).status is JobStatus.SENT
        assert queue.job(job.id).status is JobStatus.FAILED  # still listed, not lost
        wait_until(lambda: len(printer.received) == 1, 5, "the reprint")
        time.sleep(0.2)  # room for a stray second copy to show up
        assert printer.received == [label(7)]
    finally:
        queue.close()


# --- the station's rule: no label, no shipping (unless a lead says so) -------------------


def pack_next_order(service: StationService, engine: Engine) -> tuple[str, ScanVerdict]:
    """Take the next order, pick and verify it; return its number and the last verdict."""
    view = service.take_next()
    assert view is not None
    pick_everything(service, engine)
    state = service.resume()
    assert state.current is not None
    last: ScanVerdict | None = None
    for line in state.current.lines:
        code = barcode_of(engine, line.sku_to_pack)
        for _ in range(line.to_verify - line.verified):
            last = service.handle_scan(code)
            assert last.accepted, last
    assert last is not None and last.order_complete
    if state.current.has_note:
        service.acknowledge_note()
    for step in state.current.gift_steps_missing:
        service.confirm_gift_step(step)
    return view.number, last


def order_status(engine: Engine, number: str) -> str:
    with UnitOfWork(engine) as uow:
        return uow.session.scalars(select(OrderRow.status).where(OrderRow.number == number)).one()


@pytest.mark.parametrize("fault", FAULTS)
def test_no_order_ships_without_its_label_unless_a_lead_says_so(
    sqlite_url: str, printer: FlakyPrinter, tmp_path: Path, fault: str
) -> None:
    # One backend is enough here: the rule lives in the service, the fault in the socket.
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=4)
    label_printer = RawTcpPrinter("127.0.0.1", printer.port, timeout=0.6, connect_timeout=0.5,
                                  status=True)
    documents = StationPrinter(FolderPrinter(tmp_path / "slips"), label_printer,
                               ship_from=SHIP_FROM, label_where=f"tcp://127.0.0.1:{printer.port}",
                               wait_seconds=5)
    service = StationService(engine, "Bench P", printer=documents)
    try:
        assert service.handle_scan(PACKER_BADGE).accepted
        printer.switch(fault)
        number, last = pack_next_order(service, engine)
        label = next(p for p in last.printed if p.document == SHIPPING_LABEL)
        assert not label.ok and MESSAGES[fault] in label.message  # what the packer reads
        assert [job.title for job in documents.failed()] == [f"label {number}"]  # kept
        with pytest.raises(StationError, match="shipping label is not printed"):
            service.ship()
        with pytest.raises(PermissionDenied, match="needs a lead"):
            service.ship(lead_badge=PACKER_BADGE)
        assert order_status(engine, number) == OrderStatus.PACKED.value
        # The printer is back: reprint, and the order ships with its label.
        printer.switch("ok")
        assert documents.reprint(SHIPPING_LABEL).ok
        assert service.reprint_label().ok
        assert service.ship().order.status == OrderStatus.SHIPPED.value
        # Two whole labels came out (the reprints); the failed attempt printed nothing.
        wait_until(lambda: len(printer.received) == 2, 5, "the reprinted labels")
        assert all(job.startswith(b"^XA") and job.rstrip().endswith(b"^XZ")
                   for job in printer.received)
        # Next order, printer broken again: a lead waives the label and it ships.
        printer.switch(fault)
        second, _ = pack_next_order(service, engine)
        shipped = service.ship(lead_badge=LEAD_BADGE)
        assert shipped.order.number == second and shipped.order.status == OrderStatus.SHIPPED.value
    finally:
        documents.close()
        engine.dispose()
