"""Printing to real sockets on 127.0.0.1: exact bytes, clear failures, nothing falsely printed."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium
import pytest
from pytestqt.qtbot import QtBot

from packdesk.hardware import documents
from packdesk.hardware.printers import (
    CupsPrinter,
    FolderPrinter,
    JobStatus,
    PrintJob,
    PrintQueue,
    PrintQueueSignals,
    QtSystemPrinter,
    RawTcpPrinter,
    destination_from_url,
)
from tests.helpers.orders import SHIP_FROM, cyrillic_order, shipment_for


class Listener:
    """A fake label printer on 127.0.0.1: reads a job until EOF, then closes (like a Zebra),
    or with ``read=False`` accepts and never reads (a paused or jammed printer)."""

    def __init__(self, *, read: bool = True) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.read = read
        self.received: list[bytes] = []
        self.stop = threading.Event()
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            if not self.read:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                self.held.append(conn)
                continue
            with conn:
                conn.settimeout(5)
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.received.append(b"".join(chunks))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        for conn in self.held:
            conn.close()
        self.server.close()


@pytest.fixture
def printer_listener() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.close()


@pytest.fixture
def stalled_listener() -> Iterator[Listener]:
    listener = Listener(read=False)
    yield listener
    listener.close()


def closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def label_job(destination: str = "zebra") -> PrintJob:
    order = cyrillic_order()
    zpl = documents.shipping_label_zpl(order, shipment_for(order), SHIP_FROM)
    return PrintJob(document=zpl, content_type="zpl", title=f"Label {order.number}",
                    destination=destination)


def test_printer_receives_the_exact_zpl_bytes_and_the_job_is_sent(printer_listener: Listener) -> None:
    job = label_job()
    queue = PrintQueue({"zebra": RawTcpPrinter("127.0.0.1", printer_listener.port)})
    try:
        submitted = queue.submit(job.document, "zpl", job.title, "zebra")
        assert queue.wait_idle(10)
        done = queue.job(submitted.id)
    finally:
        queue.close()
    assert done.status is JobStatus.SENT
    assert done.sent_at is not None and done.attempts == 1
    deadline = time.monotonic() + 2
    while not printer_listener.received and time.monotonic() < deadline:
        time.sleep(0.01)
    assert printer_listener.received == [job.document]


def test_closed_port_fails_at_once_with_a_clear_reason() -> None:
    port = closed_port()
    queue = PrintQueue({"zebra": RawTcpPrinter("127.0.0.1", port)})
    try:
        started = time.monotonic()
        job = queue.submit(b"^XA^XZ", "zpl", "Label 1001", "zebra")
        assert queue.wait_idle(10)
        elapsed = time.monotonic() - started
        failed = queue.job(job.id)
    finally:
        queue.close()
    assert failed.status is JobStatus.FAILED
    assert "refused the connection" in failed.reason and f"127.0.0.1:{port}" in failed.reason
    assert failed.sent_at is None
    assert elapsed < 5


def test_printer_that_never_reads_fails_within_5_seconds_and_is_not_marked_printed(
    stalled_listener: Listener,
) -> None:
    # A label this size fits the kernel's buffers whole, so the socket alone cannot tell
    # a stalled printer from a slow one; the status query asked first can (and nothing
    # is sent that could print later).
    queue = PrintQueue({"zebra": RawTcpPrinter("127.0.0.1", stalled_listener.port, timeout=4,
                                               status=True)})
    try:
        started = time.monotonic()
        job = queue.submit(label_job().document, "zpl", "Label 1001", "zebra")
        assert queue.wait_idle(10)
        elapsed = time.monotonic() - started
        failed = queue.job(job.id)
    finally:
        queue.close()
    assert failed.status is JobStatus.FAILED
    assert "did not answer its status query" in failed.reason
    assert "paused" in failed.reason
    assert failed.sent_at is None
    assert 3.5 < elapsed < 5


def test_printer_that_stalls_mid_job_on_a_big_job_also_fails_in_time(
    stalled_listener: Listener,
) -> None:
    printer = RawTcpPrinter("127.0.0.1", stalled_listener.port, timeout=2)
    job = PrintJob(document=b"^XA" + b"^FX padding" * 2_000_000 + b"^XZ", content_type="zpl",
                   title="huge", destination="zebra")
    started = time.monotonic()
    with pytest.raises(Exception, match="took the connection but stopped taking the job"):
        printer.send(job)
    assert time.monotonic() - started < 3


def test_failed_job_waits_for_retry_and_prints_when_the_printer_is_back() -> None:
    port = closed_port()
    changes: list[tuple[str, JobStatus]] = []
    queue = PrintQueue({"zebra": RawTcpPrinter("127.0.0.1", port)},
                       on_change=lambda j: changes.append((j.id, j.status)))
    listener: Listener | None = None
    try:
        job = queue.submit(b"^XA^FDhello^FS^XZ", "zpl", "Label", "zebra")
        assert queue.wait_idle(10)
        assert [j.id for j in queue.failed()] == [job.id]
        # The printer is switched on (the listener picks its own free port).
        listener = Listener()
        queue.destinations["zebra"] = RawTcpPrinter("127.0.0.1", listener.port)
        queue.retry(job.id)
        assert queue.wait_idle(10)
        again = queue.job(job.id)
        assert again.status is JobStatus.SENT and again.attempts == 2
        assert queue.failed() == []
        copy = queue.reprint(job.id)
        assert queue.wait_idle(10)
        assert queue.job(copy.id).status is JobStatus.SENT
        assert queue.job(copy.id).reprint_of == job.id
    finally:
        queue.close()
        if listener is not None:
            listener.close()
    statuses = [s for i, s in changes if i == job.id]
    assert statuses == [JobStatus.QUEUED, JobStatus.SENDING, JobStatus.FAILED,
                        JobStatus.QUEUED, JobStatus.SENDING, JobStatus.SENT]
    assert listener.received == [b"^XA^FDhello^FS^XZ"] * 2


def test_a_sent_job_cannot_be_retried_only_reprinted(tmp_path: Path) -> None:
    queue = PrintQueue({"folder": FolderPrinter(tmp_path)})
    try:
        job = queue.submit(b"^XA^XZ", "zpl", "Label", "folder")
        assert queue.wait_idle(5)
        with pytest.raises(ValueError, match="only failed jobs"):
            queue.retry(job.id)
    finally:
        queue.close()


def test_queue_status_arrives_as_a_qt_signal_on_the_gui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    signals = PrintQueueSignals()
    seen: list[JobStatus] = []
    signals.job_changed.connect(lambda job: seen.append(job.status))
    queue = PrintQueue({"folder": FolderPrinter(tmp_path)}, on_change=signals.job_changed.emit)
    try:
        queue.submit(b"%PDF-1.4", "pdf", "Slip 1001", "folder")
        qtbot.waitUntil(lambda: JobStatus.SENT in seen, timeout=3000)
    finally:
        queue.close()
    assert seen == [JobStatus.QUEUED, JobStatus.SENDING, JobStatus.SENT]


def test_folder_printer_writes_each_job_as_a_whole_file(tmp_path: Path) -> None:
    printer = FolderPrinter(tmp_path / "out")
    printer.send(label_job())
    printer.send(PrintJob(document=b"%PDF-1.4 x", content_type="pdf", title="Slip 1001",
                          destination="folder"))
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == 2
    assert files[0].endswith(".zpl") and "Label-1001" in files[0]
    assert files[1].endswith(".pdf")
    assert (tmp_path / "out" / files[0]).read_bytes() == label_job().document


def test_unwritable_folder_is_a_clear_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception, match="cannot write the job to folder"):
        FolderPrinter(blocker / "sub").send(label_job())


def fake_lp(tmp_path: Path, script: str) -> str:
    lp = tmp_path / "lp"
    lp.write_text("#!/bin/sh\n" + script)
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    return str(lp)


def fake_lpstat(tmp_path: Path) -> str:
    """An enabled, accepting queue whose jobs are all done (a real CUPS is in test_cups.py)."""
    lpstat = tmp_path / "lpstat"
    lpstat.write_text('#!/bin/sh\ncase "$1" in\n'
                      '  -p) echo "printer $2 is idle.  enabled since Fri Nov 27 09:00:00 2026";;\n'
                      '  -a) echo "$2 accepting requests since Fri Nov 27 09:00:00 2026";;\n'
                      'esac\n')
    lpstat.chmod(lpstat.stat().st_mode | stat.S_IEXEC)
    return str(lpstat)


def test_cups_sends_zpl_raw_to_the_named_queue(tmp_path: Path) -> None:
    out = tmp_path / "got"
    lp = fake_lp(tmp_path, f'echo "$@" > {out}.args\ncat > {out}\necho "request id is Z-1"\n')
    job = label_job()
    CupsPrinter("Zebra_ZD621", lp_command=lp, lpstat_command=fake_lpstat(tmp_path)).send(job)
    assert out.read_bytes() == job.document
    args = (tmp_path / "got.args").read_text().split()
    assert args[:2] == ["-d", "Zebra_ZD621"] and "raw" in args


def test_cups_refusal_and_missing_lp_are_clear(tmp_path: Path) -> None:
    lp = fake_lp(tmp_path, 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    with pytest.raises(Exception, match="CUPS refused the job for queue 'Nope'.*does not exist"):
        CupsPrinter("Nope", lp_command=lp, lpstat_command=fake_lpstat(tmp_path)).send(label_job())
    with pytest.raises(Exception, match="CUPS is not available"):
        CupsPrinter("Zebra", lp_command=str(tmp_path / "no-lp")).send(label_job())


def test_qt_system_printer_prints_pdf_pages(qtbot: QtBot, tmp_path: Path) -> None:
    order = cyrillic_order()
    slip = documents.packing_slip_pdf(order, {})
    target = tmp_path / "printed.pdf"
    QtSystemPrinter(output_file=str(target)).send(
        PrintJob(document=slip, content_type="pdf", title="Slip", destination="system"))
    printed = pdfium.PdfDocument(str(target))
    assert len(printed) == 1
    width, height = printed[0].get_size()
    assert abs(width - 595) < 3 and abs(height - 842) < 3
    with pytest.raises(Exception, match="PDF only"):
        QtSystemPrinter(output_file=str(target)).send(label_job())


def test_destination_urls() -> None:
    tcp = destination_from_url("tcp://127.0.0.1:9101")
    assert isinstance(tcp, RawTcpPrinter) and (tcp.host, tcp.port) == ("127.0.0.1", 9101)
    assert isinstance(destination_from_url("tcp://zebra.local"), RawTcpPrinter)
    cups = destination_from_url("cups://Zebra_ZD621")
    assert isinstance(cups, CupsPrinter) and cups.queue == "Zebra_ZD621"
    folder = destination_from_url("folder:///tmp/labels")
    assert isinstance(folder, FolderPrinter) and folder.path == Path("/tmp/labels")
    assert isinstance(destination_from_url("system://"), QtSystemPrinter)
    with pytest.raises(ValueError, match="not a printer address"):
        destination_from_url("lpt1:")
