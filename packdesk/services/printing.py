"""What the station needs from a printer, as a small interface.

The services never render or send a document themselves: the hardware layer
(``packdesk.hardware``) implements :class:`DocumentPrinter` with the real ZPL/PDF renderers
and printer destinations, and the station calls it after the scan that completes an order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from packdesk.domain.model import Shipment

if TYPE_CHECKING:
    from .station import OrderView

PACKING_SLIP = "packing_slip"
SHIPPING_LABEL = "shipping_label"


@dataclass(frozen=True)
class PrintOutcome:
    """How one print job went.

    ``document`` is ``"packing_slip"`` or ``"shipping_label"``; ``destination`` names the
    printer or folder ("tcp://10.0.0.5:9100", "/home/pat/printed"); ``message`` says why a
    job failed, in plain English, for the status bar.
    """

    document: str
    ok: bool
    destination: str = ""
    message: str = ""


class DocumentPrinter(Protocol):
    """The station's printers: a slip printer (A4/Letter) and a label printer (4x6)."""

    def print_packing_slip(self, order_view: OrderView) -> PrintOutcome:
        """Print the packing slip (a gift slip without prices for gift orders)."""
        ...

    def print_label(self, order_view: OrderView, shipment: Shipment) -> PrintOutcome:
        """Print the shipping label for ``shipment`` (carrier, service, tracking, weight)."""
        ...
