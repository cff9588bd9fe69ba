"""Carriers from the command line: ``tracking check``, ``ship``, ``label void``, ``manifest``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packdesk.cli import CliError

if TYPE_CHECKING:
    from packdesk.sync.carriers.easypost import EasyPostSource


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    tracking = subparsers.add_parser(
        "tracking", parents=[common], help="check a carrier tracking number"
    )
    sub = tracking.add_subparsers(dest="tracking_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check", parents=[common],
        help="recognise the carrier of a tracking number and test its check digit",
    )
    check.add_argument("code", metavar="CODE", help="the number as scanned (spaces, lower case ok)")
    check.set_defaults(handler=run_tracking_check)

    ship = subparsers.add_parser(
        "ship", parents=[common], help="ship a packed order with a carrier label"
    )
    ship.add_argument("order_number", metavar="ORDER_NUMBER")
    ship.add_argument(
        "--label", metavar="buy|own|scan:CODE",
        help="buy: through EasyPost; own: our own label with the carrier's number sequence; "
             "scan:CODE: the tracking number of a pre-printed carrier label (default: as the "
             "admin mapped the order's shipping method)",
    )
    ship.add_argument("--carrier", default="", help="carrier (buy: the rule's carrier; own: required)")
    ship.add_argument("--service", default="", help="service (buy: with --carrier)")
    ship.add_argument("--weight", type=int, metavar="GRAMS", help="the parcel's weight in grams")
    ship.add_argument("--label-out", type=Path, metavar="FILE", help="write the label bytes here")
    ship.add_argument("--format", choices=["zpl", "pdf"], default="zpl", help="label format")
    ship.add_argument(
        "--ship-unpaid", action="store_true",
        help="a lead's decision: if the store cannot capture the payment, ship anyway "
             "(recorded with who ran the command); without it such an order stays held",
    )
    ship.set_defaults(handler=run_ship)

    label = subparsers.add_parser("label", parents=[common], help="carrier labels")
    label_sub = label.add_subparsers(dest="label_command", metavar="ACTION", required=True)
    void = label_sub.add_parser(
        "void", parents=[common], help="refund an order's bought label at the carrier"
    )
    void.add_argument("order_number", metavar="ORDER_NUMBER")
    void.set_defaults(handler=run_label_void)

    manifest = subparsers.add_parser(
        "manifest", parents=[common], help="the day's parcels of one carrier, for the driver"
    )
    manifest.add_argument("--carrier", required=True)
    manifest.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                          help="the day (UTC; default today)")
    manifest.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    manifest.set_defaults(handler=run_manifest)


def run_tracking_check(args: argparse.Namespace) -> int:
    from packdesk.domain.tracking import UPU_S10, check_tracking

    check = check_tracking(args.code)
    out: dict[str, Any] = {"number": check.number, "carrier": check.carrier, "valid": check.valid}
    if check.carrier == UPU_S10:
        out["country"] = check.country
    print(json.dumps(out, ensure_ascii=False))
    if not check.valid:
        print(f"packdesk: {check.refusal()}", file=sys.stderr)
    return 0 if check.valid else 1


def _easypost() -> EasyPostSource:
    from packdesk.sync.carriers.easypost import EasyPostSource, easypost_key, easypost_url
    from packdesk.sync.credentials import MissingCredentials

    try:
        return EasyPostSource(easypost_key(), easypost_url())
    except MissingCredentials as exc:
        raise CliError(str(exc)) from exc


def _source(name: str) -> Any:
    """The label source named in the admin's mapping (``easypost``, ``dhl``), set up here."""
    if name == "easypost":
        return _easypost()
    from packdesk.sync.carriers import configured_label_sources

    found = configured_label_sources().get(name)
    if found is None:
        raise CliError(f"{name}: no credentials at this machine (see the admin guide)")
    return found


def _station(args: argparse.Namespace) -> str:
    from packdesk import config
    from packdesk.services.stations import default_station_name

    return str(getattr(args, "station", None) or default_station_name(config.config_dir()))


def run_ship(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine
    from packdesk.domain.shipping_methods import BOUGHT, UnmappedMethod
    from packdesk.domain.tracking import InvalidTrackingNumber, require_valid
    from packdesk.services import labels, parcels
    from packdesk.services.labels import LabelRefused, LabelUnresolved

    engine = open_engine(args)
    station = _station(args)
    label_bytes = b""
    bought_from = "easypost"  # --label buy: EasyPost, unless the admin mapped DHL Express
    try:
        order_id = labels.order_id_for(engine, args.order_number)
        _capture_payment(engine, order_id, args.ship_unpaid)  # before any label is made
        how = (args.label or "").strip()
        if not how:
            route = labels.label_route(engine, order_id)
            if route.source == "scan":
                raise CliError("this order ships with a pre-printed carrier label: "
                               "give --label scan:CODE")
            how = "buy" if route.source in BOUGHT else "own"
            bought_from = route.source if route.source in BOUGHT else "easypost"
            args.carrier, args.service = args.carrier or route.carrier, args.service or route.service
        if how == "buy":
            request = parcels.parcel_request_for(
                engine, order_id, station=station, weight_g=args.weight, label_format=args.format,
                carrier=args.carrier, service=args.service,
            )
            bought = labels.obtain_label(engine, order_id, request, _source(bought_from))
            carrier, service, tracking = bought.carrier.lower(), bought.service, bought.tracking_number
            label_bytes, weight = bought.label, request.weight_g
        elif how.startswith("scan:"):
            check = require_valid(how.removeprefix("scan:"))
            carrier = args.carrier or check.carrier_code or check.carrier
            service, tracking, weight = args.service, check.number, args.weight or 0
        elif how == "own":
            if not args.carrier:
                raise CliError("--label own needs --carrier")
            carrier, service, weight = args.carrier.lower(), args.service, args.weight or 0
            tracking = _own_number(engine, carrier, order_id)
        else:
            raise CliError(f"--label must be buy, own or scan:CODE, not {how!r}")
        if args.label_out is not None and label_bytes:  # the bought label, as it will print
            _write_atomically(args.label_out, label_bytes)
        shipped = labels.ship_packed_order(
            engine, order_id, carrier=carrier, service=service, tracking_number=tracking,
            weight_g=weight, label_format=args.format, station=station, user="command line",
        )
    except (LabelRefused, LabelUnresolved, InvalidTrackingNumber, UnmappedMethod) as exc:
        raise CliError(str(exc)) from exc
    if how != "buy" and args.label_out is not None:
        _write_own_label(args, engine, shipped)
    print(json.dumps({"order": shipped.number, "carrier": shipped.carrier, "service": shipped.service,
                      "tracking_number": shipped.tracking_number,
                      "tracking_url": shipped.tracking_url}, ensure_ascii=False))
    return 0


def _capture_payment(engine: Any, order_id: int, ship_unpaid: bool) -> None:
    """An authorised payment is captured first (once); a refusal holds the order, unless
    a lead ships it unpaid (``--ship-unpaid``, what a lead's badge does at the bench)."""
    from packdesk.cli.bins import command_line_actor
    from packdesk.domain.payments import CaptureFailed
    from packdesk.services.payments import capture_for_ship, waive_capture
    from packdesk.services.uow import UnitOfWork
    from packdesk.sync.stores import payment_gateways

    try:
        capture_for_ship(engine, order_id, payment_gateways(engine))
    except CaptureFailed as exc:
        if not ship_unpaid:
            raise CliError(f"{exc}; the order stays packed, held for a lead "
                           "(--ship-unpaid ships it anyway)") from exc
        try:
            number = waive_capture(UnitOfWork(engine), command_line_actor(), order_id)
        except CaptureFailed as refused:
            raise CliError(str(refused)) from refused
        print(f"{number} ships with its payment not captured ({exc})", file=sys.stderr)


def _own_number(engine: Any, carrier: str, order_id: int) -> str:
    from packdesk.services import labels
    from packdesk.services.demo import holds_only_made_up_orders
    from packdesk.services.uow import UnitOfWork

    if carrier == "demo":
        if not holds_only_made_up_orders(UnitOfWork(engine)):
            raise CliError("the demo carrier ships only in the demo database")
        return f"PD{order_id:010d}"  # the demo carrier's number, as the station's
    return labels.next_own_number(engine, carrier)


def _write_own_label(args: argparse.Namespace, engine: Any, shipped: Any) -> None:
    from packdesk.hardware.documents import shipping_label_pdf, shipping_label_zpl
    from packdesk.services.demo import SHIP_FROM
    from packdesk.services.orders import find_order_for_print
    from packdesk.services.uow import UnitOfWork

    printable = find_order_for_print(UnitOfWork(engine), shipped.number)
    if printable.shipment is None:  # pragma: no cover - just shipped
        return
    if args.format == "zpl":
        data = shipping_label_zpl(printable.order, printable.shipment, SHIP_FROM)
    else:
        data = shipping_label_pdf(printable.order, printable.shipment, SHIP_FROM)
    _write_atomically(args.label_out, data)


def _write_atomically(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: folder {path.parent} does not exist")
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    part.replace(path)


def run_label_void(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine
    from packdesk.services import labels
    from packdesk.services.labels import LabelRefused

    engine = open_engine(args)
    try:
        order_id = labels.order_id_for(engine, args.order_number)
        current = labels.current_label(engine, order_id)
        from_dhl = current is not None and current.source == "DHL Express"
        status = labels.void_label(engine, order_id, _source("dhl" if from_dhl else "easypost"))
    except LabelRefused as exc:
        raise CliError(str(exc)) from exc
    print(json.dumps({"order": args.order_number, "refund_status": status}))
    return 0


def run_manifest(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine
    from packdesk.domain.time import utcnow
    from packdesk.hardware.manifest import manifest_pdf
    from packdesk.services import labels
    from packdesk.services.labels import LabelRefused

    engine = open_engine(args)
    day = args.date or utcnow().date()
    lines = labels.manifest_lines(engine, args.carrier, day)
    if not lines:
        raise CliError(f"no {args.carrier} parcels shipped on {day.isoformat()}")
    scan_form = ""
    bought = [line.carrier_shipment_id for line in lines if line.carrier_shipment_id]
    if bought:
        try:
            form_id, form_url = _easypost().scan_form(bought)
        except LabelRefused as exc:
            raise CliError(f"no scan form: {exc}") from exc
        scan_form = f"{form_id} {form_url}".strip()
    _write_atomically(args.out, manifest_pdf(args.carrier, day, lines, scan_form=scan_form))
    print(json.dumps({"carrier": args.carrier, "date": day.isoformat(), "parcels": len(lines),
                      "scan_form": scan_form, "out": str(args.out)}))
    return 0
