"""``packdesk returns``: receive a returned parcel, list the returns.

``receive`` acts as the command line's admin actor and closes the return in one go: a
unit that was not shipped in the order, one beyond the shipped quantity, or an order
never shipped ends in one line on stderr with nothing recorded.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from packdesk.cli import CliError
from packdesk.cli.stats import _date


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    returns = subparsers.add_parser("returns", parents=[common], help="returned parcels and refunds")
    actions = returns.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    receive = actions.add_parser("receive", parents=[common],
                                 help="receive the units of a returned order and close the return")
    receive.add_argument("order", metavar="ORDER_NUMBER", help="order number (or the return's RMA code)")
    receive.add_argument("--item", action="append", required=True, metavar="CODE[:CONDITION]",
                         help="a returned unit by barcode or SKU; condition resellable (default), "
                              "opened, damaged or wrong_item; repeat for each unit")
    receive.add_argument("--reason", default="", metavar="TEXT", help="why it came back")
    receive.set_defaults(handler=run_returns_receive)
    listing = actions.add_parser("list", parents=[common], help="returned units by day")
    listing.add_argument("--from", dest="first", type=_date, metavar="DATE", help="first day, YYYY-MM-DD")
    listing.add_argument("--to", dest="last", type=_date, metavar="DATE", help="last day, included")
    listing.add_argument("--format", choices=["table", "json", "csv"], default="table")
    listing.set_defaults(handler=run_returns_list)


def run_returns_receive(args: argparse.Namespace) -> int:
    from packdesk.cli.bins import command_line_actor
    from packdesk.cli.core import open_engine
    from packdesk.domain.returns import parse_item
    from packdesk.services.returns import ReturnsService
    from packdesk.services.uow import UnitOfWork

    items = [parse_item(text) for text in args.item]
    engine = open_engine(args)
    service = ReturnsService(UnitOfWork(engine), station=getattr(args, "station", None) or "command line")
    summary = service.receive_and_close(args.order, items, command_line_actor(), args.reason)
    json.dump(summary.to_json(), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def run_returns_list(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine, print_table
    from packdesk.services.returnsreport import list_returns, returns_csv, returns_json
    from packdesk.services.uow import UnitOfWork

    if args.first and args.last and args.last < args.first:
        raise CliError("--to is before --from")
    rows = list_returns(UnitOfWork(open_engine(args)), start=args.first, end=args.last)
    if args.format == "json":
        print(returns_json(rows))
    elif args.format == "csv":
        sys.stdout.write(returns_csv(rows))
    else:
        print_table(
            ["return", "closed", "order", "sku", "condition", "went to", "refund", "status"],
            [[str(r.return_id), r.closed_at.strftime("%Y-%m-%d %H:%M") if r.closed_at else "",
              r.order_number, r.sku, r.condition, r.location, f"{r.refund_amount} {r.currency}",
              r.refund_status + (" (unannounced)" if r.flagged else "")] for r in rows],
        )
        print(f"{len(rows)} returned units")
    return 0
