"""Printers and the print queue.

A :class:`PrintJob` is a document (ZPL or PDF bytes) plus the name of a destination.
Destinations implement one method, ``send(job)``, and raise :class:`PrinterError` with a
message for the person at the bench. :class:`PrintQueue` sends jobs one at a time on its
own thread, keeps failed jobs for :meth:`~PrintQueue.retry`, and allows a
:meth:`~PrintQueue.reprint`. A job is marked ``sent`` only after the destination took
all of it and reported no fault; a job the printer (or CUPS) holds unprinted is
``waiting`` (no reprint while it is: that would print twice); everything else leaves it
``failed`` with the reason.
"""

from __future__ import annotations

import enum
import itertools
import os
import queue
import re
import select
import shutil
import socket
import struct
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
from urllib.parse import parse_qsl, unquote, urlparse

from PySide6.QtCore import QObject, Signal

from packdesk.domain.say import say, sentence

from . import ipp
from .zebra import (
    HOST_STATUS_QUERY,
    HostStatus,
    HostStatusError,
    parse_host_status,
    status_frames,
)

try:  # SIOCOUTQ: how much of a job the printer has not acknowledged (POSIX only)
    import fcntl as _fcntl
    import termios as _termios
except ImportError:  # pragma: no cover - Windows
    _fcntl = None  # type: ignore[assignment]
    _termios = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QImage

ContentType = Literal["zpl", "pdf"]


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    WAITING = "waiting"  # the printer or CUPS holds it, not printed yet
    FAILED = "failed"


OUTSTANDING = frozenset({JobStatus.QUEUED, JobStatus.SENDING, JobStatus.WAITING})


class PrinterError(Exception):
    """A destination could not take a job; the message says why and what to check.

    ``says`` is the printer's own words when it gave any ("paper out", "paused", a CUPS
    queue's reason), for a status bar with little room."""

    def __init__(self, message: str, *, says: str = "") -> None:
        super().__init__(message)
        self.says = says


class PrinterHolding(PrinterError):
    """The printer (or CUPS) has the job but has not printed it: paused, out of paper
    after taking it, pending in a queue. Printing it again would print it twice."""


class ReprintRefused(ValueError):
    """A reprint asked for while the first copy is still queued."""


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
    printer_job_id: str = ""  # the destination's own id (a CUPS request id)
    printer_says: str = ""  # the printer's own words about the last attempt


class Printer(Protocol):
    def send(self, job: PrintJob) -> None:
        """Deliver ``job`` completely or raise PrinterError."""


# --- Raw TCP (port 9100, JetDirect / Zebra) -------------------------------------------------


def _unacknowledged(sock: socket.socket) -> int | None:
    """Bytes the peer has not acknowledged yet (Linux SIOCOUTQ); None where unknown."""
    if _fcntl is None or _termios is None or not hasattr(_termios, "TIOCOUTQ"):
        return None
    try:
        answer = _fcntl.ioctl(sock.fileno(), _termios.TIOCOUTQ, struct.pack("i", 0))
    except OSError:
        return None
    return int(struct.unpack("i", answer)[0])


class RawTcpPrinter:
    """A printer's raw port (JetDirect, Zebra).

    A job counts as delivered when the printer has *acknowledged* every byte (the
    socket's unacknowledged queue, SIOCOUTQ on Linux, is empty): how long that takes does
    not matter as long as it keeps moving; ``stall`` seconds without one more byte
    acknowledged fails the job (default: ``timeout``). ``timeout`` bounds each wait for
    an answer (connecting, a status reply). With ``status`` on, a ZPL job is framed by Zebra host status queries
    (``~HS``): a fault before the job (paper out, head open, paused, ribbon out, buffer
    full) sends nothing; a fault after it means the printer holds the label unprinted.
    """

    def __init__(self, host: str, port: int = 9100, *, timeout: float = 4.0,
                 connect_timeout: float = 3.0, stall: float | None = None,
                 status: bool = False) -> None:
        self.host, self.port = host, port
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        self.stall = timeout if stall is None else stall
        self.status = status
        self.last_status: HostStatus | None = None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, job: PrintJob) -> None:
        ask = self.status and job.content_type == "zpl"
        sock = self._connect()
        inbox = bytearray()  # what the printer sends back
        with sock:
            sock.setblocking(False)
            try:
                if ask:
                    before = self._host_status(sock, inbox, "before the job")
                    if not before.ok:
                        raise PrinterError(f"printer at {self.where} reports "
                                           f"{before.describe()}: nothing was sent",
                                           says=before.describe())
                self._push(sock, job.document, inbox)
                if ask:
                    after = self._host_status(sock, inbox, "after the job")
                    if not after.ok:
                        raise PrinterHolding(
                            f"printer at {self.where} took the label but reports "
                            f"{after.describe()}: it prints when that is fixed (do not reprint)",
                            says=after.describe())
                self._finish(sock)
            except OSError as error:
                raise PrinterError(say("printer at {where} dropped the connection: {error}",
                                       where=self.where, error=error.strerror or error)) from error

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except ConnectionRefusedError as error:
            raise PrinterError(say("printer at {where} refused the connection: is it on, and "
                                   "is this its address?", where=self.where)) from error
        except TimeoutError as error:
            raise PrinterError(say("no answer from the printer at {where} within {seconds} s: "
                                   "is it on and on the network?", where=self.where,
                                   seconds=f"{self.connect_timeout:g}")) from error
        except OSError as error:
            raise PrinterError(say("cannot reach the printer at {where}: {error}",
                                   where=self.where, error=error.strerror or error)) from error

    def _push(self, sock: socket.socket, data: bytes, inbox: bytearray) -> None:
        """Send ``data``; return when the printer acknowledged all of it. What the
        printer sends meanwhile is kept in ``inbox``."""
        view = memoryview(data)
        total, sent, best = len(data), 0, -1
        last_progress = time.monotonic()
        while True:
            if sent < total:
                try:
                    sent += sock.send(view[sent:sent + 65536])
                except BlockingIOError:
                    pass
            pending = _unacknowledged(sock)
            acknowledged = sent - (pending or 0)
            now = time.monotonic()
            if acknowledged > best:
                best, last_progress = acknowledged, now
            if sent == total and not pending:
                return
            if now - last_progress > self.stall:
                raise PrinterError(
                    f"printer at {self.where} took the connection but stopped taking the job "
                    f"({acknowledged:,} of {total:,} bytes, nothing more for {self.stall:g} s): "
                    "it may be paused, out of labels or busy")
            readable, _, _ = select.select([sock], [sock] if sent < total else [], [],
                                           0.02 if sent == total else 0.05)
            if readable:
                chunk = sock.recv(4096)
                inbox += chunk
                if chunk:
                    continue
                if sent == total and not _unacknowledged(sock):
                    return
                raise PrinterError(f"printer at {self.where} dropped the connection after "
                                   f"{acknowledged:,} of {total:,} bytes")

    def _host_status(self, sock: socket.socket, inbox: bytearray, when: str) -> HostStatus:
        inbox.clear()
        self._push(sock, HOST_STATUS_QUERY, inbox)
        deadline = time.monotonic() + self.timeout
        while len(status_frames(bytes(inbox))) < 3:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            readable, _, _ = select.select([sock], [], [], left)
            if not readable:
                continue
            chunk = sock.recv(4096)
            if not chunk:
                raise PrinterError(f"printer at {self.where} closed the connection instead of "
                                   f"answering its status query (~HS) {when}")
            inbox += chunk
        try:
            status = parse_host_status(bytes(inbox))
        except HostStatusError as error:
            raise PrinterError(
                f"printer at {self.where} did not answer its status query (~HS) {when} within "
                f"{self.timeout:g} s: it may be paused or busy, or not a Zebra "
                "(add ?status=off to its address)") from error
        self.last_status = status
        return status

    def _finish(self, sock: socket.socket) -> None:
        """End of job: read what the printer sent back (so closing does not reset the
        connection and lose data), half-close, and let a printer that closes do so."""
        sock.shutdown(socket.SHUT_WR)
        deadline = time.monotonic() + min(self.timeout, 0.2)
        while (left := deadline - time.monotonic()) > 0:
            readable, _, _ = select.select([sock], [], [], left)
            if readable:
                try:
                    if not sock.recv(4096):
                        return
                except OSError:
                    return


# --- CUPS --------------------------------------------------------------------------------

_REQUEST_ID = re.compile(r"request id is (\S+)")


class CupsPrinter:
    """A CUPS queue through ``lp`` and ``lpstat``; ZPL goes ``-o raw`` so CUPS passes it
    untouched.

    Before sending, the queue's state is read: a paused (disabled) or rejecting queue is
    reported and nothing is sent. After sending, the job is followed for up to ``wait``
    seconds: it counts as printed when CUPS has completed it; a job still pending, held
    or on a stopped queue raises :class:`PrinterHolding` ("queued", not printed). ``server``
    (``host:port``) picks a CUPS server other than the system's.
    """

    def __init__(self, queue_name: str, *, lp_command: str = "lp",
                 lpstat_command: str = "lpstat", cancel_command: str = "cancel",
                 server: str | None = None, timeout: float = 10.0, wait: float = 10.0,
                 poll: float = 0.2) -> None:
        self.queue = queue_name
        self.lp_command = lp_command
        self.lpstat_command = lpstat_command
        self.cancel_command = cancel_command
        self.server = server
        self.timeout = timeout
        self.wait = wait
        self.poll = poll
        self.last_problem = ""

    def command(self, job: PrintJob) -> list[str]:
        args = [self.lp_command, "-d", self.queue, "-t", job.title[:100]]
        if job.content_type == "zpl":
            args += ["-o", "raw"]
        return [*args, "--", "-"]

    def _run(self, args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        env = dict(os.environ, LANG="C", LC_ALL="C")  # lpstat's words are parsed
        if self.server:
            env["CUPS_SERVER"] = self.server
        try:
            return subprocess.run(args, input=data, capture_output=True, timeout=self.timeout,
                                  check=False, env=env)
        except subprocess.TimeoutExpired as error:
            raise PrinterError(f"CUPS did not answer about queue {self.queue!r} within "
                               f"{self.timeout:g} s") from error
        except OSError as error:
            raise PrinterError(f"cannot run {args[0]!r}: {error.strerror or error}") from error

    def queue_problem(self) -> str:
        """Why the queue would not print now ("paused: reason", "rejecting jobs: reason"),
        or "" when it is enabled and accepting."""
        for args, bad in (([self.lpstat_command, "-p", self.queue], " disabled "),
                          ([self.lpstat_command, "-a", self.queue], " not accepting ")):
            result = self._run(args)
            out = result.stdout.decode(errors="replace")
            if result.returncode != 0 or not out.strip():
                detail = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
                raise PrinterError(f"CUPS cannot tell the state of queue {self.queue!r}: {detail}")
            if bad in out.splitlines()[0] + " ":
                reason = " ".join(line.strip() for line in out.splitlines()[1:] if line.strip())
                what = "paused" if bad == " disabled " else "rejecting jobs"
                return f"{what}: {reason}" if reason else what
        return ""

    def job_state(self, request_id: str) -> str:
        """``waiting: why`` while CUPS has not finished the job; once it has, ``completed``
        or ``cancelled: why`` (cancelled in CUPS, or aborted by it: not printed).

        ``lpstat`` lists a finished job among the completed ones however it ended; the
        job's IPP state tells them apart. A server that cannot be asked over HTTP (a local
        socket only) or has forgotten the job leaves it "completed", as ``lpstat`` says."""
        result = self._run([self.lpstat_command, "-W", "not-completed", "-l", "-o", self.queue])
        if result.returncode != 0:
            detail = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
            raise PrinterError(f"CUPS cannot tell the state of job {request_id}: {detail}")
        block: list[str] = []
        for line in result.stdout.decode(errors="replace").splitlines():
            if line and not line[0].isspace():
                if block:
                    break
                if line.split()[0] == request_id:
                    block = [line]
            elif block:
                block.append(line.strip())
        if not block:
            return self._finished_state(request_id)
        alerts = " ".join(line for line in block if line.startswith("Alerts:"))
        if "job-hold-until" in alerts:
            return "waiting: held in the queue"
        problem = self.queue_problem()
        if problem:
            return f"waiting: the queue is {problem}"
        return "waiting: pending in the queue"

    def _finished_state(self, request_id: str) -> str:
        server = ipp.cups_server(self.server)
        queue_name, _, number = request_id.rpartition("-")
        if server is None or not number.isdigit():
            return "completed"
        try:
            ended = ipp.job_state(server, queue_name or self.queue, int(number),
                                  timeout=self.timeout)
        except ipp.IppError:
            return "completed"
        if ended.state == ipp.CANCELED:
            return "cancelled: cancelled in CUPS, not printed"
        if ended.state == ipp.ABORTED:
            reasons = ", ".join(r for r in ended.reasons if r != "none")
            return "cancelled: CUPS aborted it, not printed" + (f" ({reasons})" if reasons else "")
        return "completed"

    def send(self, job: PrintJob) -> None:
        if shutil.which(self.lp_command) is None:
            raise PrinterError(f"CUPS is not available here (no {self.lp_command!r} command); "
                               "choose another printer")
        problem = self.queue_problem()
        if problem:
            raise PrinterError(f"CUPS queue {self.queue!r} is {problem}: nothing was sent",
                               says=problem)
        result = self._run(self.command(job), job.document)
        if result.returncode != 0:
            detail = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
            raise PrinterError(f"CUPS refused the job for queue {self.queue!r}: {detail}")
        found = _REQUEST_ID.search(result.stdout.decode(errors="replace"))
        if found is None:
            raise PrinterHolding(f"CUPS took the job for queue {self.queue!r} but did not say "
                                 "its request id: check the queue before printing it again")
        job.printer_job_id = found.group(1)
        deadline = time.monotonic() + self.wait
        while True:
            state = self.job_state(job.printer_job_id)
            if state == "completed":
                return
            if state.startswith("cancelled: "):
                why = state.removeprefix("cancelled: ")
                raise PrinterError(f"CUPS job {job.printer_job_id} was {why}", says=why)
            if time.monotonic() >= deadline:
                why = state.removeprefix("waiting: ")
                raise PrinterHolding(f"CUPS job {job.printer_job_id} is queued, not printed "
                                     f"({why})", says=why)
            time.sleep(self.poll)

    def cancel(self, job: PrintJob) -> None:
        """Cancel the job's copy still queued in CUPS."""
        if not job.printer_job_id:
            raise PrinterError("this job has no CUPS request id to cancel")
        result = self._run([self.cancel_command, job.printer_job_id])
        if result.returncode != 0:
            detail = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
            raise PrinterError(f"CUPS could not cancel job {job.printer_job_id}: {detail}")


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


_ON = {"on": True, "yes": True, "true": True, "1": True,
       "off": False, "no": False, "false": False, "0": False}


def _options(url: str, query: str, allowed: dict[str, str]) -> dict[str, str]:
    options = dict(parse_qsl(query, keep_blank_values=True))
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise ValueError(f"{url!r}: unknown setting {unknown[0]!r}; use "
                         + ", ".join(f"{k} ({v})" for k, v in allowed.items()))
    return options


def _seconds(url: str, options: dict[str, str], name: str, default: float) -> float:
    text = options.get(name, "").strip().lower().removesuffix("s")
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 3600:
        raise ValueError(f"{url!r}: {name}={options[name]!r} is not a number of seconds "
                         "between 0 and 3600")
    return value


def destination_from_url(url: str) -> Printer:
    """``tcp://host:9100``, ``cups://QUEUE``, ``folder:///path``, ``system://[name]``.

    Settings ride in the query: ``tcp://host:9100?timeout=4&stall=10&status=off``
    (``timeout``: seconds to wait for an answer; ``stall``: seconds a job may go without
    progress; ``status``: Zebra ``~HS`` queries around ZPL jobs, on by default) and
    ``cups://QUEUE?server=host:631&wait=10`` (``wait``: seconds to follow the job).
    """
    parsed = urlparse(url.strip())
    scheme = parsed.scheme.lower()
    if scheme == "tcp":
        if not parsed.hostname:
            raise ValueError(f"{url!r}: a tcp printer needs a host, e.g. tcp://192.0.2.10:9100")
        options = _options(url, parsed.query, {
            "timeout": "seconds to wait for an answer", "stall": "seconds without progress",
            "status": "on or off"})
        status_text = options.get("status", "on").strip().lower()
        if status_text not in _ON:
            raise ValueError(f"{url!r}: status={options['status']!r}: use on or off")
        timeout = _seconds(url, options, "timeout", 4.0)
        return RawTcpPrinter(parsed.hostname, parsed.port or 9100, timeout=timeout,
                             connect_timeout=min(3.0, timeout),
                             stall=_seconds(url, options, "stall", 10.0),
                             status=_ON[status_text])
    if scheme == "cups":
        name = unquote(parsed.netloc or parsed.path.lstrip("/"))
        if not name:
            raise ValueError(f"{url!r}: a CUPS printer needs a queue name, e.g. cups://Zebra")
        options = _options(url, parsed.query, {
            "server": "host:port of the CUPS server", "wait": "seconds to follow a job",
            "timeout": "seconds to wait for CUPS"})
        return CupsPrinter(name, server=options.get("server") or None,
                           timeout=_seconds(url, options, "timeout", 10.0),
                           wait=_seconds(url, options, "wait", 10.0))
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

    def still_queued(self, job_id: str) -> PrintJob | None:
        """The copy of this document (the job, a reprint of it, or what it reprints) that
        is queued, sending or held unprinted at the printer; None if there is none.

        A job CUPS was holding is asked again first: it may have printed since."""
        with self._lock:
            root = self._jobs[job_id]
            while root.reprint_of is not None and root.reprint_of in self._jobs:
                root = self._jobs[root.reprint_of]
            family = [j for j in self._jobs.values()
                      if j.id == root.id or self._root_of(j) == root.id]
            waiting = [j for j in family if j.status in OUTSTANDING]
        for job in waiting:
            if job.status is JobStatus.WAITING and not self._still_held(job):
                continue
            return replace(job)
        return None

    def _root_of(self, job: PrintJob) -> str:
        while job.reprint_of is not None and job.reprint_of in self._jobs:
            job = self._jobs[job.reprint_of]
        return job.id

    def _still_held(self, job: PrintJob) -> bool:
        printer = self.destinations.get(job.destination)
        if not isinstance(printer, CupsPrinter) or not job.printer_job_id:
            return True
        try:
            state = printer.job_state(job.printer_job_id)
        except PrinterError:
            return True
        if state.startswith("cancelled: "):
            # Cancelled at the CUPS page (or aborted by CUPS) while it was held: not
            # printed, so the label is still to print; a retry sends it again.
            with self._lock:
                job.status = JobStatus.FAILED
                job.reason = f"CUPS job {job.printer_job_id} was {state.removeprefix('cancelled: ')}"
            self._notify(job)
            return False
        if state != "completed":
            return True
        with self._lock:
            job.status, job.reason, job.sent_at = JobStatus.SENT, "", datetime.now()
        self._notify(job)
        return False

    def cancel_waiting(self, job_id: str) -> PrintJob:
        """Cancel a copy CUPS holds unprinted (the job is then ``failed``, "cancelled")."""
        with self._lock:
            job = self._jobs[job_id]
            printer = self.destinations.get(job.destination)
        if job.status is not JobStatus.WAITING or not isinstance(printer, CupsPrinter):
            raise ReprintRefused(f"{job.title!r} is {job.status}: only a copy waiting in a "
                                 "CUPS queue can be cancelled from here")
        printer.cancel(job)
        with self._lock:
            job.status, job.reason = JobStatus.FAILED, "cancelled (to print it again)"
        self._notify(job)
        return replace(job)

    def reprint(self, job_id: str, destination: str | None = None, *,
                cancel_first: bool = False) -> PrintJob:
        """A new job with the same document (a torn label, a second copy).

        Refused (:class:`ReprintRefused`) while a copy is still queued, sending or held
        at the printer, since both would print; with ``cancel_first`` a copy waiting in a
        CUPS queue is cancelled instead."""
        queued = self.still_queued(job_id)
        if queued is not None:
            if cancel_first and queued.status is JobStatus.WAITING:
                self.cancel_waiting(queued.id)
            else:
                where = f" ({queued.reason})" if queued.reason else ""
                raise ReprintRefused(f"{queued.title} is still {queued.status}{where}: it "
                                     "would print twice; wait for it or cancel it first")
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
            except PrinterHolding as error:
                status, reason, says = JobStatus.WAITING, sentence(error), error.says
            except PrinterError as error:
                status, reason, says = JobStatus.FAILED, sentence(error), error.says
            except Exception as error:  # noqa: BLE001 - report, never lose the job
                status, reason, says = JobStatus.FAILED, f"printing failed: {error!r}", ""
            else:
                status, reason, says = JobStatus.SENT, "", ""
                last = getattr(printer, "last_status", None)
                if isinstance(last, HostStatus):
                    says = last.describe()
            with self._lock:
                job.status, job.reason, job.printer_says = status, reason, says
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
