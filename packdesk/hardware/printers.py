"""Printers and the print queue.

A :class:`PrintJob` is a document (ZPL or PDF bytes) plus the name of a destination.
Destinations implement one method, ``send(job)``, and raise :class:`PrinterError` with a
message for the person at the bench. :class:`PrintQueue` sends jobs one at a time on its
own thread, keeps failed jobs for :meth:`~PrintQueue.retry`, and allows a
:meth:`~PrintQueue.reprint`. A job is marked ``sent`` only after the destination took
all of it; everything else leaves it ``failed`` with the reason.
"""

from __future__ import annotations

import enum
import itertools
import os
import queue
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QImage

ContentType = Literal["zpl", "pdf"]


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class PrinterError(Exception):
    """A destination could not take a job; the message says why and what to check."""


@dataclass
class PrintJob:
    document: bytes
    content_type: ContentType
    title: str
    destination: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    status: JobStatus = JobStatus.QUEUED
    reason: str = ""
    attempts: int = 0
    created_at: datetime = field(default_factory=datetime.now)
    sent_at: datetime | None = None
    reprint_of: str | None = None


class Printer(Protocol):
    def send(self, job: PrintJob) -> None:
        """Deliver ``job`` completely or raise PrinterError."""


# --- Raw TCP (port 9100, JetDirect / Zebra) -------------------------------------------------


class RawTcpPrinter:
    """A printer's raw port. Like CUPS' socket backend, the job counts as delivered
    only when the printer has taken all bytes *and* closed the connection after our
    end-of-job; a printer that accepts but never reads (paused, jammed, out of media,
    busy) runs into ``timeout`` and the job fails instead of being marked printed.
    """

    def __init__(self, host: str, port: int = 9100, *, timeout: float = 4.0,
                 connect_timeout: float = 3.0, wait_for_close: bool = True) -> None:
        self.host, self.port = host, port
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        self.wait_for_close = wait_for_close

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, job: PrintJob) -> None:
        deadline = time.monotonic() + self.timeout
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except ConnectionRefusedError as error:
            raise PrinterError(f"printer at {self.where} refused the connection: is it on, and "
                               "is this its address?") from error
        except TimeoutError as error:
            raise PrinterError(f"no answer from the printer at {self.where} within "
                               f"{self.connect_timeout:g} s: is it on and on the network?") from error
        except OSError as error:
            raise PrinterError(f"cannot reach the printer at {self.where}: "
                               f"{error.strerror or error}") from error
        with sock:
            try:
                view = memoryview(job.document)
                while view:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise TimeoutError
                    sock.settimeout(left)
                    sent = sock.send(view[:65536])
                    view = view[sent:]
                if not self.wait_for_close:
                    return
                sock.shutdown(socket.SHUT_WR)
                while True:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise TimeoutError
                    sock.settimeout(left)
                    if not sock.recv(4096):  # printer closed: it has the whole job
                        return
            except TimeoutError as error:
                raise PrinterError(
                    f"printer at {self.where} took the connection but not the job within "
                    f"{self.timeout:g} s: it may be paused, out of labels or busy"
                ) from error
            except OSError as error:
                raise PrinterError(f"printer at {self.where} dropped the connection: "
                                   f"{error.strerror or error}") from error


# --- CUPS --------------------------------------------------------------------------------


class CupsPrinter:
    """A CUPS queue through ``lp``; ZPL goes ``-o raw`` so CUPS passes it untouched."""

    def __init__(self, queue_name: str, *, lp_command: str = "lp", timeout: float = 10.0) -> None:
        self.queue = queue_name
        self.lp_command = lp_command
        self.timeout = timeout

    def command(self, job: PrintJob) -> list[str]:
        args = [self.lp_command, "-d", self.queue, "-t", job.title[:100]]
        if job.content_type == "zpl":
            args += ["-o", "raw"]
        return [*args, "--", "-"]

    def send(self, job: PrintJob) -> None:
        if shutil.which(self.lp_command) is None:
            raise PrinterError(f"CUPS is not available here (no {self.lp_command!r} command); "
                               "choose another printer")
        try:
            result = subprocess.run(self.command(job), input=job.document, capture_output=True,
                                    timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired as error:
            raise PrinterError(f"CUPS did not accept the job for {self.queue!r} within "
                               f"{self.timeout:g} s") from error
        if result.returncode != 0:
            detail = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
            raise PrinterError(f"CUPS refused the job for queue {self.queue!r}: {detail}")


# --- Folder --------------------------------------------------------------------------------

_counter = itertools.count(1)


class FolderPrinter:
    """Writes each job as a file (``<time>-<title>-<id>.zpl``), complete or not at all."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def send(self, job: PrintJob) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", job.title).strip("-")[:40] or "job"
            name = f"{datetime.now():%Y%m%d-%H%M%S}-{next(_counter):04d}-{slug}-{job.id}"
            target = self.path / f"{name}.{job.content_type}"
            fd, temp = tempfile.mkstemp(dir=self.path, prefix=".partial-")
            with os.fdopen(fd, "wb") as out:
                out.write(job.document)
            os.replace(temp, target)
        except OSError as error:
            raise PrinterError(f"cannot write the job to folder {self.path}: "
                               f"{error.strerror or error}") from error


# --- The system printer (Qt print support) ---------------------------------------------------


class QtSystemPrinter:
    """PDF to a system printer through QtPrintSupport, for desktops without CUPS.

    ``printer_name`` picks a printer by name (default: the system's default printer);
    ``output_file`` prints to a PDF file instead (for tests and "save as PDF").
    """

    def __init__(self, printer_name: str | None = None, *, output_file: str | None = None,
                 dpi: int = 300) -> None:
        self.printer_name = printer_name
        self.output_file = output_file
        self.dpi = dpi

    def send(self, job: PrintJob) -> None:
        if job.content_type != "pdf":
            raise PrinterError("the system printer takes PDF only; send ZPL to a label "
                               "printer (raw TCP or a CUPS raw queue)")
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPageSize, QPainter
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        pages = _pdf_pages(job.document, self.dpi)
        if not pages:
            raise PrinterError(f"job {job.title!r} is not a readable PDF")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
        else:
            info = (QPrinterInfo.printerInfo(self.printer_name) if self.printer_name
                    else QPrinterInfo.defaultPrinter())
            if info.isNull():
                raise PrinterError(f"no system printer named {self.printer_name!r}"
                                   if self.printer_name else "this computer has no default printer")
            printer.setPrinterName(info.printerName())
        printer.setDocName(job.title)
        printer.setFullPage(True)
        painter = QPainter()
        try:
            for index, (points, image) in enumerate(pages):
                printer.setPageSize(QPageSize(points, QPageSize.Unit.Point))
                if index == 0:
                    if not painter.begin(printer):
                        raise PrinterError("the system printer could not start the job")
                elif not printer.newPage():
                    raise PrinterError("the system printer stopped before the last page")
                painter.drawImage(QRectF(painter.viewport()), image)
        finally:
            if painter.isActive():
                painter.end()


def _pdf_pages(data: bytes, dpi: int) -> list[tuple[QSizeF, QImage]]:
    """(size in points, image) per page: QtPdf if this PySide6 has it, else pypdfium2."""
    from PySide6.QtCore import QSize, QSizeF
    from PySide6.QtGui import QImage

    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        try:
            import pypdfium2
        except ImportError as error:
            raise PrinterError("cannot print PDF here: this PySide6 has no QtPdf and "
                               "pypdfium2 is not installed") from error
        pages: list[tuple[QSizeF, QImage]] = []
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            return []
        try:
            for page in pdf:
                width, height = page.get_size()
                pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
                raw = pil.tobytes()
                image = QImage(raw, pil.width, pil.height, 3 * pil.width,
                               QImage.Format.Format_RGB888).copy()
                pages.append((QSizeF(width, height), image))
        finally:
            pdf.close()
        return pages
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        return []
    result = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        result.append((points, document.render(index, size)))
    document.close()
    return result


# --- URLs ----------------------------------------------------------------------------------


def destination_from_url(url: str) -> Printer:
    """``tcp://host:9100``, ``cups://QUEUE``, ``folder:///path``, ``system://[name]``."""
    parsed = urlparse(url.strip())
    scheme = parsed.scheme.lower()
    if scheme == "tcp":
        if not parsed.hostname:
            raise ValueError(f"{url!r}: a tcp printer needs a host, e.g. tcp://192.0.2.10:9100")
        return RawTcpPrinter(parsed.hostname, parsed.port or 9100)
    if scheme == "cups":
        name = unquote(parsed.netloc or parsed.path.lstrip("/"))
        if not name:
            raise ValueError(f"{url!r}: a CUPS printer needs a queue name, e.g. cups://Zebra")
        return CupsPrinter(name)
    if scheme == "folder":
        path = unquote(parsed.path if not parsed.netloc else f"//{parsed.netloc}{parsed.path}")
        if not path:
            raise ValueError(f"{url!r}: a folder printer needs a path, e.g. folder:///tmp/labels")
        return FolderPrinter(path)
    if scheme == "system":
        return QtSystemPrinter(unquote(parsed.netloc or parsed.path.lstrip("/")) or None)
    raise ValueError(f"{url!r} is not a printer address: use tcp://, cups://, folder:// or system://")


# --- Queue ---------------------------------------------------------------------------------

JobListener = Callable[[PrintJob], None]


class PrintQueue:
    """Sends jobs in order on one worker thread; failed jobs wait for a retry.

    ``on_change(job)`` is called (from the worker thread) with a copy of the job each
    time its status changes; pass ``PrintQueueSignals.job_changed.emit`` to get the
    updates on the GUI thread as a Qt signal.
    """

    def __init__(self, destinations: dict[str, Printer],
                 on_change: JobListener | None = None) -> None:
        self.destinations = dict(destinations)
        self._listeners: list[JobListener] = [on_change] if on_change else []
        self._jobs: dict[str, PrintJob] = {}
        self._lock = threading.Lock()
        self._pending: queue.Queue[str | None] = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._outstanding = 0
        self._thread = threading.Thread(target=self._run, name="print-queue", daemon=True)
        self._thread.start()

    def add_listener(self, listener: JobListener) -> None:
        self._listeners.append(listener)

    def submit(self, document: bytes, content_type: ContentType, title: str,
               destination: str) -> PrintJob:
        if destination not in self.destinations:
            raise KeyError(f"no printer called {destination!r}")
        job = PrintJob(document=document, content_type=content_type, title=title,
                       destination=destination)
        with self._lock:
            self._jobs[job.id] = job
        self._enqueue(job)
        return replace(job)

    def retry(self, job_id: str) -> PrintJob:
        """Send a failed job again."""
        with self._lock:
            job = self._jobs[job_id]
            if job.status is not JobStatus.FAILED:
                raise ValueError(f"job {job.title!r} is {job.status}, only failed jobs are retried")
            job.status, job.reason = JobStatus.QUEUED, ""
        self._enqueue(job)
        return replace(job)

    def reprint(self, job_id: str, destination: str | None = None) -> PrintJob:
        """A new job with the same document (a torn label, a second copy)."""
        with self._lock:
            old = self._jobs[job_id]
        job = PrintJob(document=old.document, content_type=old.content_type, title=old.title,
                       destination=destination or old.destination, reprint_of=old.id)
        with self._lock:
            self._jobs[job.id] = job
        self._enqueue(job)
        return replace(job)

    def job(self, job_id: str) -> PrintJob:
        with self._lock:
            return replace(self._jobs[job_id])

    def jobs(self) -> list[PrintJob]:
        with self._lock:
            return [replace(j) for j in self._jobs.values()]

    def failed(self) -> list[PrintJob]:
        return [j for j in self.jobs() if j.status is JobStatus.FAILED]

    def wait_idle(self, timeout: float) -> bool:
        """Block until no job is queued or sending (for tests and shutdown)."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> bool:
        self._pending.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _enqueue(self, job: PrintJob) -> None:
        with self._lock:
            self._outstanding += 1
            self._idle.clear()
        self._notify(job)
        self._pending.put(job.id)

    def _notify(self, job: PrintJob) -> None:
        snapshot = replace(job)
        for listener in list(self._listeners):
            try:
                listener(snapshot)
            except Exception:  # noqa: BLE001 - a broken listener must not stop printing
                pass

    def _run(self) -> None:
        while True:
            job_id = self._pending.get()
            if job_id is None:
                self._idle.set()
                return
            with self._lock:
                job = self._jobs[job_id]
                job.status = JobStatus.SENDING
                job.attempts += 1
                printer = self.destinations.get(job.destination)
            self._notify(job)
            try:
                if printer is None:
                    raise PrinterError(f"no printer called {job.destination!r}")
                printer.send(job)
            except PrinterError as error:
                status, reason = JobStatus.FAILED, str(error)
            except Exception as error:  # noqa: BLE001 - report, never lose the job
                status, reason = JobStatus.FAILED, f"printing failed: {error!r}"
            else:
                status, reason = JobStatus.SENT, ""
            with self._lock:
                job.status, job.reason = status, reason
                if status is JobStatus.SENT:
                    job.sent_at = datetime.now()
            self._notify(job)
            with self._lock:
                self._outstanding -= 1
                if self._outstanding == 0:
                    self._idle.set()


class PrintQueueSignals(QObject):
    """Qt face of a PrintQueue: ``job_changed(PrintJob)`` arrives on the GUI thread."""

    job_changed = Signal(object)
