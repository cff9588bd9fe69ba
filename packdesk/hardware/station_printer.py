"""The station's printers as the services see them: a slip printer and a label printer.

Implements :class:`packdesk.services.printing.DocumentPrinter` with the renderers of
``documents`` and the :class:`~packdesk.hardware.printers.PrintQueue`. The station calls it
from a worker thread (never the GUI thread); each call queues the job and waits, bounded,
for the printer's answer, so the verdict the packer sees says whether paper came out. A
failed job stays in the queue for :meth:`StationPrinter.retry` / reprint.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from packdesk.domain.model import Address, Order, Shipment
from packdesk.domain.say import Say, say
from packdesk.services.printing import PACKING_SLIP, SHIPPING_LABEL, THANK_YOU_CARD, PrintOutcome
from packdesk.services.station import OrderView

from .printers import (
    ContentType,
    FolderPrinter,
    JobStatus,
    Printer,
    PrintJob,
    PrintQueue,
    QtSystemPrinter,
    ReprintRefused,
    destination_from_url,
)


def _documents() -> ModuleType:
    """The renderers, imported at the first print (or :meth:`StationPrinter.warm_up`).

    reportlab and the fonts take a good part of a second to load: not something the
    station's start should wait for (see docs/benchmarks.md, cold start).
    """
    from . import documents

    return documents


TCP_OPTIONS = ("timeout", "stall", "status")


def _with_options(url: str, options: dict[str, str]) -> str:
    """``url`` with the station-wide raw-port settings it does not set itself."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "tcp" or not options:
        return url
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in options.items():
        query.setdefault(key, value)
    return urlunsplit(parts._replace(query=urlencode(query)))


NO_SHIP_FROM = ("this station has no ship-from address, so the label would carry no sender: "
                "a lead sets the 'ship_from' setting (name, line1, city, postal_code, country) "
                "in the database's settings")
GIFT_CARD = "gift_card"
SLIP = "slip"
LABEL = "label"
PageSize = Literal["A4", "Letter"]


@dataclass(frozen=True)
class PrinterSettings:
    """A station's ``printer_settings``: where slips and labels go, and how.

    ``timeout``, ``stall`` and ``status`` (raw-port printers: seconds to wait for an
    answer, seconds a job may go without progress, Zebra ``~HS`` queries on/off) apply to
    the ``tcp://`` addresses that do not set them in their own query.
    """

    slip_url: str
    label_url: str
    label_format: ContentType | None = None  # None: ZPL for tcp/cups, PDF for folder/system
    label_dpi: int = 203
    page_size: PageSize = "A4"
    # The documents' language whatever the order's country ("pt_BR"); None: the country's.
    document_language: str | None = None

    @classmethod
    def from_mapping(cls, values: dict[str, str], *, default_folder: str | None = None) -> PrinterSettings:
        fallback = f"folder://{default_folder}" if default_folder else ""
        slip = values.get("slip") or values.get("slip_url") or fallback
        label = values.get("label") or values.get("label_url") or slip
        if not slip or not label:
            raise ValueError("this station has no printers set up: set printer_settings "
                             "'slip' and 'label' (tcp://host:9100, cups://QUEUE, folder:///path)")
        tcp_options = {key: str(values[key]).strip() for key in TCP_OPTIONS
                       if str(values.get(key) or "").strip()}
        slip, label = _with_options(slip, tcp_options), _with_options(label, tcp_options)
        fmt = values.get("label_format")
        if fmt not in (None, "", "zpl", "pdf"):
            raise ValueError(f"label_format {fmt!r}: use zpl or pdf")
        page = values.get("page_size", "A4")
        if page not in ("A4", "Letter"):
            raise ValueError(f"page_size {page!r}: use A4 or Letter")
        dpi_text = str(values.get("label_dpi", 203)).strip()
        if dpi_text not in ("203", "300", "600"):
            raise ValueError(f"label_dpi {dpi_text!r}: use 203, 300 or 600 (the label printer's resolution)")
        return cls(slip, label, fmt or None,  # type: ignore[arg-type]
                   int(dpi_text), page,  # type: ignore[arg-type]
                   values.get("document_language") or None)


def render_label(order: Order, shipment: Shipment, ship_from: Address | None, *,
                 label_format: ContentType, dpi: int = 203,
                 language: str | None = None) -> tuple[bytes, ContentType]:
    """The shipping label's bytes and format, as the station prints it and
    ``packdesk print label`` writes it: the carrier's label exactly as bought (never
    redrawn, never scaled), else our own label from ``ship_from``."""
    if shipment.carrier_label:
        bought: ContentType = "pdf" if shipment.label_format == "pdf" else "zpl"
        return shipment.carrier_label, bought
    if ship_from is None:
        raise ValueError(NO_SHIP_FROM)
    with _documents().language(language):
        if label_format == "zpl":
            return _documents().shipping_label_zpl(order, shipment, ship_from, dpi), "zpl"
        return _documents().shipping_label_pdf(order, shipment, ship_from), "pdf"


def _status_word(status: JobStatus) -> Say:
    """A print job's state as a word the window translates."""
    words = {JobStatus.QUEUED: say("queued"), JobStatus.SENDING: say("sending"),
             JobStatus.SENT: say("sent"), JobStatus.WAITING: say("waiting"),
             JobStatus.FAILED: say("failed")}
    return words.get(status, say(str(status)))


class StationPrinter:
    """Slip (PDF) and label (ZPL or PDF) printing for one station."""

    def __init__(
        self,
        slip: Printer,
        label: Printer,
        *,
        ship_from: Address | None,
        slip_where: str = "",
        label_where: str = "",
        label_format: ContentType = "zpl",
        label_dpi: int = 203,
        page_size: PageSize = "A4",
        wait_seconds: float = 20.0,
        on_change: Callable[[PrintJob], None] | None = None,
        document_language: str | None = None,
    ) -> None:
        self.ship_from = ship_from
        self.document_language = document_language
        self.where = {SLIP: slip_where, LABEL: label_where}
        self.label_format: ContentType = label_format
        self.label_dpi = label_dpi
        self.page_size: PageSize = page_size
        self.wait_seconds = wait_seconds
        self._finished: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self.queue = PrintQueue({SLIP: slip, LABEL: label}, on_change=self._on_change)
        if on_change is not None:
            self.queue.add_listener(on_change)
        self.last_jobs: dict[str, str] = {}  # document kind -> job id, for reprints

    @classmethod
    def from_settings(cls, settings: PrinterSettings, *, ship_from: Address | None,
                      on_change: Callable[[PrintJob], None] | None = None) -> StationPrinter:
        slip = destination_from_url(settings.slip_url)
        label = destination_from_url(settings.label_url)
        label_format = settings.label_format or (
            "pdf" if isinstance(label, FolderPrinter | QtSystemPrinter) else "zpl")
        return cls(slip, label, ship_from=ship_from, slip_where=settings.slip_url,
                   label_where=settings.label_url, label_format=label_format,
                   label_dpi=settings.label_dpi, page_size=settings.page_size,
                   on_change=on_change, document_language=settings.document_language)

    def warm_up(self) -> None:
        """Load the renderers and fonts now (from a worker thread), not at the first print."""
        from . import fonts

        _documents()
        fonts.warm_up()

    def unprintable(self, order_view: OrderView) -> str:
        """One sentence naming the order's texts that would print blanks, or "".

        For the station to show (and ask about) before the label and slip print.
        """
        return str(_documents().unprintable_message(order_view.order, self.ship_from))

    # --- DocumentPrinter ------------------------------------------------------------------

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        with _documents().language(self.document_language):
            document = _documents().packing_slip_pdf(
                order_view.order, order_view.bins_by_sku, page_size=self.page_size,
                gift_slip=order_view.gift, links=order_view.slip_links)
        title = f"{'gift-slip' if order_view.gift else 'slip'} {order_view.number}"
        return self._print(PACKING_SLIP, SLIP, document, "pdf", title)

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        if not shipment.carrier_label and self.ship_from is None:
            return PrintOutcome(SHIPPING_LABEL, False, self._where(LABEL), NO_SHIP_FROM)
        document, fmt = render_label(order_view.order, shipment, self.ship_from,
                                     label_format=self.label_format, dpi=self.label_dpi,
                                     language=self.document_language)
        return self._print(SHIPPING_LABEL, LABEL, document, fmt, f"label {order_view.number}")

    # --- more than the protocol -------------------------------------------------------------

    def print_gift_card(self, order_view: OrderView) -> PrintOutcome:
        """The gift message card (on the label printer: a 4x6 card)."""
        with _documents().language(self.document_language):
            if self.label_format == "zpl":
                document = _documents().gift_card_zpl(order_view.order, self.label_dpi)
            else:
                document = _documents().gift_card_pdf(order_view.order)
        return self._print(GIFT_CARD, LABEL, document, self.label_format,
                           f"gift-card {order_view.number}")

    def print_thank_you_card(self, order_view: OrderView) -> PrintOutcome:
        """The thank-you card: ZPL on a ZPL label printer, else an A6 PDF on the slip
        printer. Its words are the admin's template in the order's language."""
        card = order_view.card
        if card is None:
            return PrintOutcome(THANK_YOU_CARD, False, message="no card for this order")
        if self.label_format == "zpl":
            document = _documents().thank_you_card_zpl(card, order_view.order, self.label_dpi)
            return self._print(THANK_YOU_CARD, LABEL, document, "zpl",
                               f"card {order_view.number}")
        document = _documents().thank_you_card_pdf(card, order_view.order)
        return self._print(THANK_YOU_CARD, SLIP, document, "pdf", f"card {order_view.number}")

    def reprint(self, document_kind: str) -> PrintOutcome:
        """Print the last ``packing_slip`` / ``shipping_label`` / ``gift_card`` again."""
        job_id = self.last_jobs.get(document_kind)
        if job_id is None:
            return PrintOutcome(document_kind, False, message=say("nothing printed yet to print again"))
        try:
            job = self.queue.reprint(job_id)
        except ReprintRefused as refused:
            destination = SLIP if document_kind == PACKING_SLIP else LABEL
            return PrintOutcome(document_kind, False, self._where(destination), str(refused))
        self.last_jobs[document_kind] = job.id
        return self._wait(document_kind, job)

    def recheck(self, document_kind: str) -> PrintOutcome | None:
        """How the last ``document_kind`` job stands now, None if there was none.

        A job CUPS was holding ("queued, not printed") is asked about again: once CUPS
        has completed it this says ok, so the station can mark the document printed."""
        job_id = self.last_jobs.get(document_kind)
        if job_id is None:
            return None
        self.queue.still_queued(job_id)  # refreshes a copy CUPS was holding
        job = self.queue.job(job_id)
        where = self._where(job.destination)
        if job.status is JobStatus.SENT:
            return PrintOutcome(document_kind, True, where)
        return PrintOutcome(document_kind, False, where,
                            job.reason or say("the job is still {status}", status=_status_word(job.status)))

    def failed(self) -> list[PrintJob]:
        return self.queue.failed()

    def close(self) -> bool:
        return self.queue.close()

    def _where(self, destination: str) -> str:
        return self.where.get(destination, "") or destination

    def _print(self, kind: str, destination: str, document: bytes, content_type: ContentType,
               title: str) -> PrintOutcome:
        previous = self.last_jobs.get(kind)
        if previous is not None and self.queue.job(previous).title == title:
            # The same document again (a reprint through the station): never while the
            # first copy may still come out of the printer.
            queued = self.queue.still_queued(previous)
            if queued is not None:
                message = say("the first copy is still {status}: not sent again, so it "
                              "cannot print twice", status=_status_word(queued.status))
                if queued.reason:
                    message = say("the first copy is still {status} ({why}): not sent again, "
                                  "so it cannot print twice", status=_status_word(queued.status),
                                  why=queued.reason)
                return PrintOutcome(kind, False, self._where(destination), message)
        job = self.queue.submit(document, content_type, title, destination)
        self.last_jobs[kind] = job.id
        return self._wait(kind, job)

    def _event(self, job_id: str) -> threading.Event:
        with self._lock:
            return self._finished.setdefault(job_id, threading.Event())

    def _on_change(self, job: PrintJob) -> None:
        if job.status in (JobStatus.SENT, JobStatus.FAILED, JobStatus.WAITING):
            self._event(job.id).set()
        elif job.status is JobStatus.QUEUED:
            self._event(job.id).clear()  # a retry: wait again

    def _wait(self, kind: str, job: PrintJob) -> PrintOutcome:
        where = self._where(job.destination)
        if not self._event(job.id).wait(self.wait_seconds):
            return PrintOutcome(kind, False, where,
                                say("the printer has not taken the job after {seconds} s; "
                                    "it stays queued", seconds=f"{self.wait_seconds:g}"))
        final = self.queue.job(job.id)
        if final.status is JobStatus.SENT:
            return PrintOutcome(kind, True, where)
        return PrintOutcome(kind, False, where, final.reason)
