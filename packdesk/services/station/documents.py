"""The station's documents and shipping: the label's shipment, printing (one path: what
an order needs printed is a :class:`~packdesk.services.printing.DocumentsToPrint` the window,
the simulator and the command line carry out alike) and the ship itself."""

from __future__ import annotations

from packdesk.domain.model import OrderStatus, Role, Shipment, ShipmentKind
from packdesk.domain.packing import RuleRefused, check_can_ship
from packdesk.domain.shipping_methods import LabelRoute, UnmappedMethod
from packdesk.domain.tracking import InvalidTrackingNumber, require_valid
from packdesk.persistence.tables import OrderRow, ShipmentRow

from .. import claims, labels, printing
from ..auth import Actor, require_role
from ..facts import record_order_facts
from ..outbox import record_shipped, tracking_url_for
from ..printing import PACKING_SLIP, SHIPPING_LABEL, DocumentPrinter, DocumentsToPrint
from ..uow import with_retry
from ..views import OrderView, PrintOutcome, ShipResult
from .commands import StationCommands
from .core import StationError

DEMO_CARRIER = "demo"


def demo_tracking_number(order_id: int) -> str:
    """The demo carrier's tracking number: one per order, stable across reprints."""
    return f"PD{order_id:010d}"


class StationDocuments(StationCommands):
    """Print and ship."""

    # Label sources by name ("easypost"), wired by the app (services cannot import sync).
    label_sources: dict[str, labels.LabelSource] = {}

    def _label_route(self) -> tuple[int, LabelRoute | None]:
        """The packed order's id and the admin's route for its shipping method (None: unmapped)."""
        with self._reading() as uow:
            row = self._pack_row(uow.session)
            order_id, packed = row.id, row.status == OrderStatus.PACKED.value
        if not packed:
            return order_id, None
        try:
            return order_id, labels.label_route(self.engine, order_id)
        except UnmappedMethod:
            return order_id, None  # our own label, as before the mapping existed

    def _carrier_label(self, weight_g: int | None) -> labels.Purchase | None:
        """The bought label of an order mapped to EasyPost: bought once, then the stored one.

        Runs before the shipment's write transaction: a purchase is network I/O and writes
        its own records. Every refusal is one sentence; the order stays packed."""
        order_id, route = self._label_route()
        if route is None or route.source != "easypost":
            return None
        source = self.label_sources.get("easypost")
        if source is None:
            raise StationError("EasyPost is not set up at this station: the admin must add its key")
        label_format = str(getattr(self.printer, "label_format", "zpl"))
        try:
            request = labels.parcel_request_for(
                self.engine, order_id, station=self.station_name, weight_g=weight_g or None,
                label_format=label_format, carrier=route.carrier, service=route.service)
            return labels.obtain_label(self.engine, order_id, request, source)
        except (labels.LabelRefused, labels.LabelUnresolved) as refused:
            raise StationError(str(refused)) from None

    def _prepare_shipment(self, carrier: str | None, service: str | None,
                          weight_g: int | None) -> tuple[OrderView, Shipment]:
        bought = self._carrier_label(weight_g)
        if bought is not None:
            carrier, service = bought.carrier.lower(), bought.service

        def attempt() -> tuple[OrderView, Shipment]:
            with self._writing() as uow:
                row = self._pack_row(uow.session)
                if row.status != OrderStatus.PACKED.value:
                    raise StationError(f"order {row.number} is not packed yet: verify every unit first")
                view = self._view(uow.session, row)
                pending = dict(row.pending_shipment or {})
                chosen_carrier = carrier or pending.get("carrier") or DEMO_CARRIER
                tracking = pending.get("tracking_number") or ""
                if chosen_carrier != pending.get("carrier") or not tracking:
                    tracking = demo_tracking_number(row.id) if chosen_carrier == DEMO_CARRIER else ""
                if bought is not None:
                    tracking = bought.tracking_number
                    pending["label_format"] = bought.label_format
                shipment = Shipment(
                    carrier=chosen_carrier,
                    service=service or pending.get("service") or "standard",
                    tracking_number=tracking,
                    weight_g=int(weight_g if weight_g is not None else
                                 pending.get("weight_g") or view.weight_g),
                    label_format=str(pending.get("label_format", "zpl")),
                    tracking_url=tracking_url_for(chosen_carrier, tracking) if tracking else "",
                    carrier_label=bought.label if bought is not None else b"",
                )
                row.pending_shipment = {
                    "carrier": shipment.carrier, "service": shipment.service,
                    "tracking_number": shipment.tracking_number, "weight_g": shipment.weight_g,
                    "label_format": shipment.label_format, "tracking_url": shipment.tracking_url,
                }
                uow.session.flush()
                view = self._view(uow.session, row)
                uow.commit()
                return view, shipment

        return with_retry(attempt)

    def _mark_printed(self, order_id: int, outcomes: tuple[PrintOutcome, ...]) -> None:
        def attempt() -> None:
            with self._writing() as uow:
                row = uow.session.get(OrderRow, order_id)
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
                uow.commit()

        with_retry(attempt)

    def _printer(self) -> DocumentPrinter:
        if self.printer is None:
            raise StationError("this station has no printer set up")
        return self.printer

    def documents_to_print(
        self, *, carrier: str | None = None, service: str | None = None,
        weight_g: int | None = None, documents: tuple[str, ...] = (PACKING_SLIP, SHIPPING_LABEL),
    ) -> DocumentsToPrint:
        """What the packed order needs printed: its view and the label's shipment, stored.

        An order whose method ships with the carrier's pre-printed label gets no label of ours."""
        order_id, route = self._label_route()
        if route is not None and route.source == "scan" and SHIPPING_LABEL in documents:
            documents = tuple(d for d in documents if d != SHIPPING_LABEL)
            # The label on the parcel is the carrier's: shipping waits for its scanned number.
            self._mark_printed(order_id, (PrintOutcome(SHIPPING_LABEL, True, "carrier"),))
        view, shipment = self._prepare_shipment(carrier, service, weight_g)
        return DocumentsToPrint(view, shipment, documents)

    def carry_out(self, todo: DocumentsToPrint) -> tuple[PrintOutcome, ...]:
        """Print ``todo`` on this station's printer and record what printed."""
        outcomes = printing.print_documents(self._printer(), todo)
        self._mark_printed(todo.order.id, outcomes)
        return outcomes

    def print_documents(
        self, *, carrier: str | None = None, service: str | None = None, weight_g: int | None = None
    ) -> tuple[PrintOutcome, ...]:
        """Print (or reprint) the packing slip and the shipping label of the packed order."""
        self._require_actor("print")
        self._printer()
        return self.carry_out(self.documents_to_print(carrier=carrier, service=service,
                                                      weight_g=weight_g))

    def reprint(self, document: str) -> PrintOutcome:
        """Reprint one document (``packing_slip`` or ``shipping_label``) of the packed order."""
        self._require_actor("print")
        self._printer()
        outcomes = self.carry_out(self.documents_to_print(documents=(document,)))
        if not outcomes:
            return PrintOutcome(document, False,
                                message="this order ships with the carrier's pre-printed label")
        return outcomes[0]

    def reprint_slip(self) -> PrintOutcome:
        return self.reprint(PACKING_SLIP)

    def reprint_label(self) -> PrintOutcome:
        return self.reprint(SHIPPING_LABEL)

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
        done and the label printed; a lead's badge waives the printed label.
        """
        actor = self._require_actor("ship")
        waiver: Actor | None = None
        if lead_badge:
            waiver = self._badge_actor(lead_badge)
            if waiver is None:
                raise StationError("this badge is not known here")
            require_role(waiver, Role.LEAD, "shipping without a printed label")

        _order_id, route = self._label_route()
        if route is not None and route.source == "scan":
            # The carrier's pre-printed label: its number is checked, a misread one never ships.
            if not (tracking_number or "").strip():
                raise StationError("scan the carrier label")
            try:
                checked = require_valid(tracking_number or "")
            except InvalidTrackingNumber as refused:
                raise StationError(str(refused)) from None
            tracking_number = checked.number
            carrier = route.carrier or checked.carrier_code or checked.carrier
        scanned_label = route is not None and route.source == "scan"  # the carrier printed it

        def attempt() -> ShipResult:
            with self._writing() as uow:
                session = uow.session
                now = self.clock()
                row = self._pack_row(session)
                view = self._view(session, row)
                try:
                    check_can_ship(row.number, view.missing_for_ship(),
                                   label_waived=waiver is not None or scanned_label)
                except RuleRefused as refused:
                    raise StationError(str(refused)) from None
                pending = dict(row.pending_shipment or {})
                chosen_carrier = carrier or pending.get("carrier") or DEMO_CARRIER
                tracking = (tracking_number or "").strip()
                if not tracking and chosen_carrier == pending.get("carrier"):
                    tracking = str(pending.get("tracking_number") or "")
                if not tracking:
                    if chosen_carrier != DEMO_CARRIER:
                        raise StationError(f"enter the {chosen_carrier} tracking number to ship")
                    tracking = demo_tracking_number(row.id)
                shipment_row = ShipmentRow(
                    order_id=row.id, kind=ShipmentKind.OUTBOUND.value, carrier=chosen_carrier,
                    service=service or pending.get("service") or "standard",
                    tracking_number=tracking,
                    tracking_url=tracking_url_for(chosen_carrier, tracking),
                    weight_g=int(weight_g if weight_g is not None else
                                 pending.get("weight_g") or view.weight_g),
                    label_format=str(pending.get("label_format", "zpl")),
                    station=self.station_name, user_name=actor.name, created_at=now,
                )
                session.add(shipment_row)
                row.change_status(OrderStatus.SHIPPED)
                row.shipped_at = now
                claims.clear(row, keep_batch=True)
                message = record_shipped(session, row, shipment_row)
                session.flush()
                record_order_facts(session, row.id)  # the dashboard's row for this order
                view = self._view(session, row)
                shipment = Shipment(
                    carrier=shipment_row.carrier, service=shipment_row.service,
                    tracking_number=shipment_row.tracking_number, weight_g=shipment_row.weight_g,
                    label_format=shipment_row.label_format, tracking_url=shipment_row.tracking_url,
                )
                uow.commit()
                with self._lock:
                    self._seen_in_hand.discard(row.id)
                return ShipResult(order=view, shipment=shipment, shipment_id=shipment_row.id,
                                  outbox_message_id=message.id)

        return with_retry(attempt)


