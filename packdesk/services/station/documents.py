"""The station's documents and shipping: the label's shipment, printing (one path: what
an order needs printed is a :class:`~packdesk.services.printing.DocumentsToPrint` the window,
the simulator and the command line carry out alike) and the ship itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from packdesk.domain.model import OrderStatus, Role, Shipment
from packdesk.domain.packing import MISSING_TEXT, RuleRefused, check_can_ship
from packdesk.domain.payments import CaptureFailed, Payment
from packdesk.domain.say import say, sentence
from packdesk.domain.shipping_methods import BOUGHT, LabelRoute, UnmappedMethod
from packdesk.domain.tracking import InvalidTrackingNumber, require_valid
from packdesk.persistence.tables import OrderRow

from .. import labels, parcels, payments, printing
from ..auth import Actor, require_role
from ..boxes import BOX_KEY
from ..finishing import with_finishing
from ..outbox import PICKUP_METHOD, tracking_url_for
from ..printing import (
    PACKING_SLIP,
    SHIPPING_LABEL,
    THANK_YOU_CARD,
    DocumentPrinter,
    DocumentsToPrint,
)
from ..shipping import record_shipment
from ..uow import UnitOfWork, with_retry
from ..views import OrderView, PrintOutcome, ShipResult, same_label
from .commands import StationCommands
from .core import CARRIER_LABEL_KEY, StationError

DEMO_CARRIER = "demo"
SOURCE_NAMES = {"easypost": "EasyPost", "dhl": "DHL Express"}
PICKUP_CARRIER = "pickup"
CARRIER_PRINTED = "carrier"  # the label outcome of a carrier's pre-printed label  # an order the customer collects at the store: no label, no tracking


def demo_tracking_number(order_id: int) -> str:
    """The demo carrier's tracking number: one per order, stable across reprints."""
    return f"PD{order_id:010d}"


def _shipment_data(shipment: Shipment) -> dict[str, Any]:
    return {
        "carrier": shipment.carrier, "service": shipment.service,
        "tracking_number": shipment.tracking_number, "weight_g": shipment.weight_g,
        "label_format": shipment.label_format, "tracking_url": shipment.tracking_url,
    }


def _shipment_of(data: dict[str, Any]) -> Shipment:
    return Shipment(
        carrier=str(data.get("carrier", "")), service=str(data.get("service", "")),
        tracking_number=str(data.get("tracking_number", "")),
        weight_g=int(data.get("weight_g", 0) or 0),
        label_format=str(data.get("label_format", "zpl")),
        tracking_url=str(data.get("tracking_url", "")),
    )


def _describe(shipment: Shipment) -> str:
    tracking = f" {shipment.tracking_number}" if shipment.tracking_number else ""
    return f"{shipment.carrier} {shipment.service}{tracking}, {shipment.weight_g} g"


class _RecheckLabel(Exception):
    """Shipping found no printed label: ask the printer once more before refusing."""


class StationDocuments(StationCommands):
    """Print and ship."""

    # Label sources by name ("easypost"), wired by the app (services cannot import sync).
    label_sources: dict[str, labels.LabelSource] = {}
    # The stores' payment APIs by source, wired by the app: an authorised payment is
    # captured before the label prints or is bought, and before the order ships.
    payment_gateways: Mapping[str, payments.PaymentGateway] = {}

    def _capture_payment(self) -> None:
        """Capture the packed order's authorised payment (once; nothing for a paid order).

        Network I/O before any write transaction of the station. A capture that fails
        holds the order at the bench with one sentence (``services.payments``)."""
        if self.engine is None:
            return  # a station without a database (the unit tests'): no store to charge
        with UnitOfWork(self.engine) as sql:
            # One light query first: most orders owe nothing to capture (paid, or no store).
            owed = sql.session.scalars(select(OrderRow.payment).where(
                OrderRow.claimed_station == self.station_name,
                OrderRow.status == OrderStatus.PACKED.value)).all()
        if not any(payments.needs_capture(Payment.from_json(p)) for p in owed):
            return
        with self._reading() as uow:
            row = self._pack_row(uow.station)
            order_id, packed = row.id, row.status == OrderStatus.PACKED.value
            needed = payments.needs_capture(Payment.from_json(row.payment))
        if not packed or not needed:
            return
        try:
            payments.capture_for_ship(self._sql_engine(), order_id, self.payment_gateways)
        except CaptureFailed as failed:
            raise StationError(sentence(failed)) from None

    def _label_route(self) -> tuple[int, LabelRoute | None]:
        """The packed order's id and the admin's route for its shipping method (None: unmapped)."""
        with self._reading() as uow:
            row = self._pack_row(uow.station)
            order_id, packed = row.id, row.status == OrderStatus.PACKED.value
        if not packed:
            return order_id, None
        try:
            return order_id, labels.label_route(self._sql_engine(), order_id)
        except UnmappedMethod:
            return order_id, None  # our own label, as before the mapping existed

    def _carrier_label(self, weight_g: int | None) -> labels.Purchase | None:
        """The bought label of an order mapped to EasyPost or DHL Express: bought once, then
        the stored one.

        Runs before the shipment's write transaction: a purchase is network I/O and writes
        its own records. Every refusal is one sentence; the order stays packed."""
        order_id, route = self._label_route()
        if route is None or route.source not in BOUGHT:
            return None
        source = self.label_sources.get(route.source)
        if source is None:
            raise StationError(say("{source} is not set up at this station: the admin must add "
                                   "its key", source=SOURCE_NAMES.get(route.source, route.source)))
        label_format = str(getattr(self.printer, "label_format", "zpl"))
        try:
            request = parcels.parcel_request_for(
                self._sql_engine(), order_id, station=self.station_name, weight_g=weight_g or None,
                label_format=label_format, carrier=route.carrier, service=route.service)
            return labels.obtain_label(self._sql_engine(), order_id, request, source)
        except (labels.LabelRefused, labels.LabelUnresolved) as refused:
            raise StationError(sentence(refused)) from None

    def _shipment_for(self, row: OrderRow, view: OrderView, carrier: str | None,
                      service: str | None, weight_g: int | None,
                      tracking_number: str | None,
                      bought: labels.Purchase | None = None) -> Shipment:
        """The shipment ``row`` ships with: what is given, else what was prepared, else the
        order's own (its shipping service, the products' weight, the demo carrier)."""
        pending = dict(row.pending_shipment or {})
        given = (tracking_number or "").strip()
        if row.shipping_method == PICKUP_METHOD:
            chosen_carrier, tracking = PICKUP_CARRIER, ""
        else:
            chosen_carrier = carrier or pending.get("carrier") or DEMO_CARRIER
            tracking = given or (str(pending.get("tracking_number") or "")
                                 if chosen_carrier == pending.get("carrier") else "")
            if pending.get(CARRIER_LABEL_KEY) and not given:
                tracking = ""  # the carrier's label has the number: scanned, never made up
            elif not tracking and chosen_carrier == DEMO_CARRIER:
                tracking = demo_tracking_number(row.id)
        label_format = str(pending.get("label_format", "zpl"))
        if bought is not None:
            tracking, label_format = bought.tracking_number, bought.label_format
        return Shipment(
            carrier=chosen_carrier,
            service=service or pending.get("service") or row.shipping_method or "standard",
            tracking_number=tracking,
            weight_g=int(weight_g if weight_g is not None else
                         pending.get("weight_g") or view.weight_g),
            label_format=label_format,
            tracking_url=tracking_url_for(chosen_carrier, tracking) if tracking else "",
            carrier_label=bought.label if bought is not None else b"",
        )

    def _prepare_shipment(self, carrier: str | None, service: str | None,
                          weight_g: int | None,
                          tracking_number: str | None = None) -> tuple[OrderView, Shipment]:
        bought = self._carrier_label(weight_g)
        if bought is not None:
            carrier, service = bought.carrier.lower(), bought.service

        def attempt() -> tuple[OrderView, Shipment]:
            with self._writing() as uow:
                row = self._pack_row(uow.station)
                if row.status != OrderStatus.PACKED.value:
                    raise StationError(say("order {number} is not packed yet: verify every unit first",
                                               number=row.number))
                view = self._view(uow.station, row)
                unsettled = view.documents_unsettled
                if unsettled:
                    raise StationError(
                        f"order {row.number} does not print yet: "
                        + ", ".join(MISSING_TEXT.get(m, m) for m in unsettled)
                        + " (it can change what prints)")
                shipment = self._shipment_for(row, view, carrier, service, weight_g,
                                              tracking_number, bought)
                pending = dict(row.pending_shipment or {})
                row.pending_shipment = {
                    **_shipment_data(shipment),
                    **{key: pending[key] for key in ("printed", CARRIER_LABEL_KEY, BOX_KEY)
                       if key in pending},
                }
                uow.station.flush()
                view = self._view(uow.station, row)
                uow.commit()
                return view, shipment

        return with_retry(attempt)

    def _mark_printed(self, order_id: int, outcomes: tuple[PrintOutcome, ...],
                      shipment: Shipment | None = None) -> None:
        def attempt() -> None:
            with self._writing() as uow:
                row = uow.station.order(order_id)
                if row is None:
                    return
                now = self.clock()
                for outcome in outcomes:
                    if not outcome.ok:
                        continue
                    if outcome.document == PACKING_SLIP:
                        row.slip_printed_at = now
                    elif outcome.document == SHIPPING_LABEL:
                        row.label_printed_at = now
                        pending = dict(row.pending_shipment or {})
                        pending.pop("printed", None)
                        pending.pop(CARRIER_LABEL_KEY, None)
                        if outcome.destination != CARRIER_PRINTED:
                            label = shipment if shipment is not None else _shipment_of(pending)
                            # What our label on the parcel says: shipping checks against it.
                            pending["printed"] = _shipment_data(label)
                        else:  # the carrier's pre-printed label: the packer scans it
                            pending[CARRIER_LABEL_KEY] = True
                        row.pending_shipment = pending
                uow.commit()

        with_retry(attempt)

    def acknowledge_note(self) -> OrderView:
        """The packer read the customer note; a packed order's documents, held for it,
        print now (headless callers; the window prints from its worker)."""
        view = super().acknowledge_note()
        if (self.print_on_complete and self.printer is not None
                and view.status == OrderStatus.PACKED.value
                and not (view.slip_printed or view.label_printed)):
            self.print_documents()
            with self._reading() as uow:
                row = uow.station.order(view.id)
                if row is not None:
                    view = self._view(uow.station, row)
        return view

    def _printer(self) -> DocumentPrinter:
        if self.printer is None:
            raise StationError(say("this station has no printer set up"))
        return self.printer

    def documents_to_print(
        self, *, carrier: str | None = None, service: str | None = None,
        weight_g: int | None = None, tracking_number: str | None = None,
        documents: tuple[str, ...] = (PACKING_SLIP, SHIPPING_LABEL),
    ) -> DocumentsToPrint:
        """What the packed order needs printed: its view and the label's shipment, stored.

        Refused while something that changes the documents is unsettled (the customer
        note not acknowledged). An order collected at the store prints no label, nor one
        whose method ships with the carrier's pre-printed label.
        """
        if SHIPPING_LABEL in documents:
            self._capture_payment()  # charged before the label prints or is bought
        order_id, route = self._label_route()
        if route is not None and route.source == "scan" and SHIPPING_LABEL in documents:
            documents = tuple(d for d in documents if d != SHIPPING_LABEL)
            # The label on the parcel is the carrier's: shipping waits for its scanned number.
            self._mark_printed(order_id, (PrintOutcome(SHIPPING_LABEL, True, CARRIER_PRINTED),))
        first_print = documents == (PACKING_SLIP, SHIPPING_LABEL)
        view, shipment = self._prepare_shipment(carrier, service, weight_g, tracking_number)
        with self._sql_reading() as uow:  # the slip's QR links and the card, as set now
            view = with_finishing(uow.session, view,
                                  language=getattr(self.printer, "document_language", None))
        if not view.needs_label:
            documents = tuple(d for d in documents if d != SHIPPING_LABEL)
        if first_print and view.card is not None:
            documents = (*documents, THANK_YOU_CARD)
        return DocumentsToPrint(view, shipment, documents)

    def unprintable(self, view: OrderView) -> str:
        """One sentence naming the order's texts no font can print, or "" (asked before
        the documents print; a printer that cannot tell says "")."""
        check = getattr(self.printer, "unprintable", None)
        if check is None:
            return ""
        try:
            return str(check(view) or "")
        except Exception:  # noqa: BLE001 - a font check must never stop the printing
            return ""

    def carry_out(self, todo: DocumentsToPrint) -> tuple[PrintOutcome, ...]:
        """Print ``todo`` on this station's printer and record what printed.

        A label without a tracking number is not sent (Code 128 cannot encode nothing):
        its outcome says to enter the number."""
        printer = self._printer()
        refused: dict[str, PrintOutcome] = {}
        if SHIPPING_LABEL in todo.documents and not todo.shipment.tracking_number:
            refused[SHIPPING_LABEL] = PrintOutcome(
                SHIPPING_LABEL, False,
                message=f"the {todo.shipment.carrier} label needs its tracking number: "
                        "enter it, then print the label")
        sent = printing.print_documents(
            printer, replace(todo, documents=tuple(d for d in todo.documents if d not in refused)))
        by_document = {o.document: o for o in sent} | refused
        outcomes = tuple(by_document[d] for d in todo.documents)
        self._mark_printed(todo.order.id, sent, todo.shipment)
        return outcomes

    def print_documents(
        self, *, carrier: str | None = None, service: str | None = None,
        weight_g: int | None = None, tracking_number: str | None = None,
    ) -> tuple[PrintOutcome, ...]:
        """Print (or reprint) the packing slip and the shipping label of the packed order."""
        self._require_actor("print")
        self._printer()
        return self.carry_out(self.documents_to_print(
            carrier=carrier, service=service, weight_g=weight_g, tracking_number=tracking_number))

    def reprint(self, document: str, *, carrier: str | None = None, service: str | None = None,
                weight_g: int | None = None,
                tracking_number: str | None = None) -> PrintOutcome:
        """Reprint one document (``packing_slip`` or ``shipping_label``) of the packed
        order, only that one (for the shipment as it stands, or as changed here)."""
        self._require_actor("print")
        self._printer()
        todo = self.documents_to_print(carrier=carrier, service=service, weight_g=weight_g,
                                       tracking_number=tracking_number, documents=(document,))
        if not todo.documents:
            why = ("is collected at the store: it has no shipping label" if not todo.order.needs_label
                   else "ships with the carrier's pre-printed label")
            return PrintOutcome(document, False, message=f"order {todo.order.number} {why}")
        return self.carry_out(todo)[0]

    def reprint_slip(self) -> PrintOutcome:
        return self.reprint(PACKING_SLIP)

    def reprint_label(self, *, carrier: str | None = None, service: str | None = None,
                      weight_g: int | None = None,
                      tracking_number: str | None = None) -> PrintOutcome:
        return self.reprint(SHIPPING_LABEL, carrier=carrier, service=service,
                            weight_g=weight_g, tracking_number=tracking_number)

    def _recheck_label(self, order_id: int) -> bool:
        """Ask the label printer again about a job it was holding ("queued, not printed");
        mark the label printed if it has come out since."""
        recheck = getattr(self.printer, "recheck", None)
        if recheck is None:
            return False
        try:
            outcome = recheck(SHIPPING_LABEL)
        except Exception:  # noqa: BLE001 - a printer that cannot answer: still not printed
            return False
        if outcome is None or not outcome.ok:
            return False
        self._mark_printed(order_id, (outcome,))
        return True

    def ship(
        self,
        carrier: str | None = None,
        service: str | None = None,
        weight_g: int | None = None,
        tracking_number: str | None = None,
        *,
        lead_badge: str | None = None,
    ) -> ShipResult:
        """Ship the packed order: shipment, shipped status and outbox in one transaction.

        Needs every line verified (or overridden), the note acknowledged, the gift steps
        done and the label printed for this very shipment (carrier, service, tracking,
        weight); a lead's badge waives the label. An order collected at the store ships
        with carrier ``pickup`` and no label.
        """
        actor = self._require_actor("ship")
        waiver: Actor | None = None
        if lead_badge:
            waiver = self._badge_actor(lead_badge)
            if waiver is None:
                raise StationError(say("this badge is not known here"))
            require_role(waiver, Role.LEAD, "shipping without a printed label")

        self._capture_payment()  # nothing ships unpaid (a lead's badge scan may waive it)
        _order_id, route = self._label_route()
        if route is not None and route.source == "scan":
            # The carrier's pre-printed label: its number is checked, a misread one never ships.
            if not (tracking_number or "").strip():
                raise StationError(say("scan the carrier label"))
            try:
                checked = require_valid(tracking_number or "")
            except InvalidTrackingNumber as refused:
                raise StationError(sentence(refused)) from None
            tracking_number = checked.number
            carrier = route.carrier or checked.carrier_code or checked.carrier
        scanned_label = route is not None and route.source == "scan"  # the carrier printed it

        def attempt(recheck: bool) -> ShipResult:
            with self._sql_writing() as uow:  # the shipment and the outbox: the database's
                session = uow.session
                now = self.clock()
                row = self._pack_row(uow.station)
                view = self._view(uow.station, row)
                missing = view.missing_for_ship()
                if recheck and waiver is None and not scanned_label and "label" in missing:
                    raise _RecheckLabel(row.id)
                try:
                    check_can_ship(row.number, missing,
                                   label_waived=waiver is not None or scanned_label)
                except RuleRefused as refused:
                    raise StationError(sentence(refused)) from None
                try:
                    payments.check_settled(session, row)
                except CaptureFailed as unpaid:
                    raise StationError(sentence(unpaid)) from None
                shipment = self._shipment_for(row, view, carrier, service, weight_g,
                                              tracking_number)
                if view.needs_label and not shipment.tracking_number:
                    raise StationError(say("enter the {carrier} tracking number to ship",
                                           carrier=shipment.carrier))
                printed = view.printed_shipment
                if (waiver is None and not scanned_label and printed is not None
                        and not same_label(printed, shipment)):
                    raise StationError(
                        f"order {row.number}'s label says {_describe(printed)}, not "
                        f"{_describe(shipment)}: reprint the label (F7) or a lead's badge "
                        "ships it as it is")
                shipment_row, message = record_shipment(
                    session, row, shipment, station=self.station_name, user=actor.name, now=now)
                view = self._view(uow.station, row)
                uow.commit()
                with self._lock:
                    self._seen_in_hand.discard(row.id)
                return ShipResult(order=view, shipment=shipment, shipment_id=shipment_row.id,
                                  outbox_message_id=message.id)

        try:
            return with_retry(lambda: attempt(self.printer is not None))
        except _RecheckLabel as pending:
            self._recheck_label(int(pending.args[0]))
        return with_retry(lambda: attempt(False))
