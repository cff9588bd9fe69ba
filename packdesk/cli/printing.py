"""``packdesk print label|slip|card``: documents for one order, to a file or a printer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal

from packdesk.cli import CliError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    printing = subparsers.add_parser("print", parents=[common], help="print an order's documents")
    sub = printing.add_subparsers(dest="print_command", metavar="DOCUMENT", required=True)

    label = sub.add_parser("label", parents=[common], help="the 4x6 shipping label")
    label.add_argument("order_number", metavar="ORDER_NUMBER")
    label.add_argument("--format", choices=["zpl", "pdf"], default="zpl")
    label.add_argument("--dpi", type=int, choices=[203, 300], default=203)
    label.add_argument("--carrier", help="carrier, for an order not shipped yet")
    label.add_argument("--tracking", help="tracking number, for an order not shipped yet")
    _destination(label)
    label.set_defaults(handler=run_print_label)

    slip = sub.add_parser("slip", parents=[common], help="the packing slip (PDF)")
    slip.add_argument("order_number", metavar="ORDER_NUMBER")
    slip.add_argument("--page", choices=["A4", "Letter"], default="A4")
    slip.add_argument("--gift", action="store_true", help="a gift slip, without prices")
    _destination(slip)
    slip.set_defaults(handler=run_print_slip)

    card = sub.add_parser("card", parents=[common], help="the gift message card")
    card.add_argument("order_number", metavar="ORDER_NUMBER")
    card.add_argument("--format", choices=["zpl", "pdf"], default="pdf")
    _destination(card)
    card.set_defaults(handler=run_print_card)


def _destination(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help="write the document to FILE")
    where.add_argument(
        "--to", metavar="DESTINATION",
        help="send to a printer: tcp://HOST:9100 (a ZPL job asks the printer's status "
             "first; ?status=off for printers that do not answer it, ?stall=SECONDS, "
             "?timeout=SECONDS), cups://QUEUE[?server=HOST:PORT&wait=SECONDS], "
             "folder:///PATH, system://",
    )


def _load(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from packdesk.cli.core import open_engine
    from packdesk.services.orders import OrderNotFound, find_order_for_print
    from packdesk.services.uow import UnitOfWork

    try:
        return find_order_for_print(UnitOfWork(open_engine(args)), args.order_number)
    except OrderNotFound as exc:
        raise CliError(str(exc)) from exc


def _deliver(
    args: argparse.Namespace, data: bytes, content_type: Literal["zpl", "pdf"], title: str
) -> int:
    if args.out is not None:
        if not args.out.parent.is_dir():
            raise CliError(f"cannot write {args.out}: folder {args.out.parent} does not exist")
        args.out.write_bytes(data)
        print(f"wrote {title} ({len(data)} bytes) to {args.out}")
        return 0
    from packdesk.hardware.printers import PrinterError, PrintJob, destination_from_url

    try:
        printer = destination_from_url(args.to)
    except (ValueError, PrinterError) as exc:
        raise CliError(str(exc)) from exc
    job = PrintJob(document=data, content_type=content_type, title=title, destination=args.to)
    try:
        printer.send(job)
    except PrinterError as exc:
        raise CliError(f"{title} not printed: {exc}") from exc
    print(f"sent {title} ({len(data)} bytes) to {args.to}")
    return 0


def run_print_label(args: argparse.Namespace) -> int:
    from packdesk.domain.model import Address, Shipment
    from packdesk.hardware.station_printer import render_label
    from packdesk.services.demo import SHIP_FROM
    from packdesk.services.outbox import tracking_url_for

    printable = _load(args)
    shipment = printable.shipment
    if args.carrier or args.tracking:
        if not (args.carrier and args.tracking):
            raise CliError("give both --carrier and --tracking")
        shipment = Shipment(args.carrier, "", args.tracking, 0,
                            tracking_url=tracking_url_for(args.carrier, args.tracking))
    if shipment is None:
        raise CliError(
            f"order {printable.order.number} has no shipment yet: ship it at a station, "
            "or give --carrier and --tracking"
        )
    if shipment.carrier_label and shipment.label_format != args.format:
        raise CliError(
            f"order {printable.order.number} has the carrier's {shipment.label_format.upper()} "
            f"label, printed only as bought: use --format {shipment.label_format}")
    ship_from: Address | None = SHIP_FROM if printable.seeded else None
    if printable.ship_from:
        try:
            ship_from = Address(**printable.ship_from)
        except TypeError as exc:
            raise CliError("the 'ship_from' setting is not an address (name, line1, city, "
                           "postal_code, country)") from exc
    try:
        data, fmt = render_label(printable.order, shipment, ship_from,
                                 label_format=args.format, dpi=args.dpi)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    return _deliver(args, data, fmt, f"label for {printable.order.number}")


def run_print_slip(args: argparse.Namespace) -> int:
    from packdesk.hardware.documents import packing_slip_pdf

    printable = _load(args)
    data = packing_slip_pdf(printable.order, printable.bins_by_sku, page_size=args.page,
                            gift_slip=args.gift or printable.order.gift)
    return _deliver(args, data, "pdf", f"packing slip for {printable.order.number}")


def run_print_card(args: argparse.Namespace) -> int:
    from packdesk.hardware.documents import gift_card_pdf, gift_card_zpl

    printable = _load(args)
    if not printable.order.gift_message.strip():
        print(f"order {printable.order.number} has no gift message", file=sys.stderr)
        return 1
    data = gift_card_zpl(printable.order) if args.format == "zpl" else gift_card_pdf(printable.order)
    return _deliver(args, data, args.format, f"gift card for {printable.order.number}")
