"""The packing station's use cases: sign-in, claims, guided picking, scan-to-verify, ship.

One :class:`StationService` per station. Every public method opens its own unit of work,
so the UI may call it from any worker thread (never from the GUI thread). What must
survive a crash lives in the database, not in this object:

* the station's current orders are the orders claimed by this station
  (``orders.claimed_station``) in picking, packing or packed;
* the confirmed bin (``orders.confirmed_bin``), the note acknowledgement
  (``orders.note_acknowledged_by/_at``), the gift steps done (``orders.gift_steps``),
  the batch (``orders.batch_id`` + ``tote_slot``), the printed documents
  (``orders.slip_printed_at``, ``label_printed_at``) and the label's shipment data
  (``orders.pending_shipment``) are columns of the order (migration 0002);
* every scan, accepted or refused, is a ``scan_events`` row written in the same
  transaction as the change it causes.

So a fresh ``StationService`` for the same station name continues exactly where the last
one stopped (:meth:`StationService.resume`). Only the signed-in person is kept in memory:
after a restart the packer scans their badge again.

The one entry point for the scanner is :meth:`StationService.handle_scan`; it returns a
:class:`ScanVerdict` with structured values the UI turns into translated text, and
:func:`describe` turns into plain English for the command line and the simulator.

The use cases are split by what they do, each class adding to the one before: ``core``
(views, scan log, who is signed in), ``queue`` (queue and claims), ``commands`` (short
pick, note, gift steps, override, undo), ``documents`` (print and ship) and ``scan``. The
rules they apply are in ``packdesk.domain.picking`` and ``packdesk.domain.packing``; the
view objects in ``packdesk.services.views``.
"""

from __future__ import annotations

from packdesk.domain.packing import CARD_PRINTED, GIFT_STEPS
from packdesk.domain.say import say

from ..admin import save_next_after_ship
from ..printing import DocumentPrinter, DocumentsToPrint
from ..stationflow import StationFlow
from ..uow import with_retry
from ..views import (
    ItemRef,
    LineView,
    OrderView,
    Phase,
    PickStep,
    PrintOutcome,
    QueueView,
    ScanVerdict,
    ShipResult,
    StationState,
    StopReason,
    ToteSlot,
)
from .core import BATCH_MAX_UNITS, DEFAULT_LEASE_SECONDS, StationError
from .describe import describe
from .documents import DEMO_CARRIER, demo_tracking_number
from .scan import StationScanner

__all__ = [
    "BATCH_MAX_UNITS",
    "DEFAULT_LEASE_SECONDS",
    "DEMO_CARRIER",
    "GIFT_STEPS",
    "DocumentPrinter",
    "DocumentsToPrint",
    "ItemRef",
    "LineView",
    "OrderView",
    "Phase",
    "PickStep",
    "PrintOutcome",
    "QueueView",
    "ScanVerdict",
    "ShipResult",
    "StationError",
    "StationFlow",
    "StationService",
    "StationState",
    "StopReason",
    "ToteSlot",
    "demo_tracking_number",
    "describe",
]


class StationService(StationScanner):
    """One packing station's flow over the shared database."""

    def print_gift_card(self, order: OrderView | None = None) -> PrintOutcome:
        """Print the packed order's message card (``order``: as the packer just confirmed its
        message) and keep that it printed: "message card in" waits for it."""
        actor = self._require_actor("print")
        print_card = getattr(self._printer(), "print_gift_card", None)
        if print_card is None:
            return PrintOutcome("gift_card", False,
                                message=say("this station's printer cannot print message cards"))
        if order is None:
            with self._reading() as uow:
                order = self._view(uow.station, self._pack_row(uow.station))
        outcome: PrintOutcome = print_card(order)
        if outcome.ok:
            order_id, stamp = order.id, f"{actor.name} {self.clock().isoformat(timespec='seconds')}"

            def attempt() -> None:
                with self._writing() as uow:
                    row = uow.station.order(order_id)
                    if row is not None:
                        row.gift_steps = {**(row.gift_steps or {}), CARD_PRINTED: stamp}
                        uow.commit()

            with_retry(attempt)
        return outcome

    def flow(self) -> StationFlow:
        """Is the picker the packer here; does the next order follow a shipment."""
        with self._reading() as uow:
            return uow.station.station_flow(self.station_name)

    def set_next_after_ship(self, on: bool) -> StationFlow:
        """The lead's choice: take the next order by itself after each shipment."""
        actor = self._require_actor("change how the station takes orders")
        save_next_after_ship(self._sql_writing(), actor, self.station_name, on)
        return self.flow()

    def take_next_after_ship(self) -> tuple[bool, OrderView | None]:
        """After a shipment: the next order, taken by itself where the picker is the
        packer and the lead left that on. ``(False, None)`` when the station does not."""
        if not self.flow().takes_next_after_ship:
            return False, None
        return True, self.take_next()
