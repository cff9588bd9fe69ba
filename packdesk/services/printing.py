"""What the station needs from a printer, as a small interface, and the one way documents
are printed.

The services never render or send a document themselves: the hardware layer
(``packdesk.hardware``) implements :class:`DocumentPrinter` with the real ZPL/PDF renderers
and printer destinations. Completing an order yields :class:`DocumentsToPrint`; the window,
the simulator and the command line all carry it out with :func:`print_documents`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from packdesk.domain.model import Shipment

from .views import PACKING_SLIP, SHIPPING_LABEL, THANK_YOU_CARD, OrderView, PrintOutcome

__all__ = [
    "PACKING_SLIP", "SHIPPING_LABEL", "THANK_YOU_CARD", "DocumentPrinter", "DocumentsToPrint", "PrintOutcome",
    "print_documents", "print_safely",
]

log = logging.getLogger(__name__)


class DocumentPrinter(Protocol):
    """The station's printers: a slip printer (A4/Letter) and a label printer (4x6)."""

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        """Print the packing slip (a gift slip without prices for gift orders)."""
        ...

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        """Print the shipping label for ``shipment`` (carrier, service, tracking, weight)."""
        ...


@dataclass(frozen=True)
class DocumentsToPrint:
    """What an order needs printed now: its view, the label's shipment, which documents."""

    order: OrderView
    shipment: Shipment
    documents: tuple[str, ...] = (PACKING_SLIP, SHIPPING_LABEL)


def print_safely(document: str, job: Callable[[], PrintOutcome]) -> PrintOutcome:
    """Run one print job; a printer failure becomes a failed outcome, never an exception."""
    try:
        return job()
    except Exception as error:  # noqa: BLE001 - a printer failure must not lose the order
        log.warning("printing the %s failed: %s", document, error)
        return PrintOutcome(document, False, message=str(error) or type(error).__name__)


def _print_card(printer: DocumentPrinter, order: OrderView) -> PrintOutcome:
    """The thank-you card, on a printer that has a card renderer (not in the protocol:
    test printers and older fakes print slips and labels only)."""
    card = getattr(printer, "print_thank_you_card", None)
    if card is None:
        return PrintOutcome(THANK_YOU_CARD, False, message="this printer prints no cards")
    outcome = card(order)
    assert isinstance(outcome, PrintOutcome)
    return outcome


def print_documents(printer: DocumentPrinter, todo: DocumentsToPrint) -> tuple[PrintOutcome, ...]:
    """Carry out ``todo`` on ``printer``: the slip first, then the label, then the card."""
    jobs: dict[str, Callable[[], PrintOutcome]] = {
        PACKING_SLIP: lambda: printer.print_packing_slip(todo.order),
        SHIPPING_LABEL: lambda: printer.print_label(todo.order, todo.shipment),
        THANK_YOU_CARD: lambda: _print_card(printer, todo.order),
    }
    return tuple(print_safely(document, jobs[document]) for document in todo.documents)
