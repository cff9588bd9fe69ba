"""``packdesk stats``: the shift lead's figures, the same ones the dashboard shows."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from packdesk.cli import CliError

TABLE_HEADERS = [
    "group", "orders", "units", "orders/h", "median", "p90", "pick", "pack", "mis-scans",
    "short", "overrides",
]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    stats = subparsers.add_parser(
        "stats", parents=[common], help="pack-rate figures for a period (as on the dashboard)"
    )
    stats.add_argument("--from", dest="first", type=_date, metavar="DATE",
                       help="first day, YYYY-MM-DD (default: today)")
    stats.add_argument("--to", dest="last", type=_date, metavar="DATE",
                       help="last day, included (default: the --from day)")
    stats.add_argument("--shift", action="store_true",
                       help="this shift instead of whole days")
    stats.add_argument("--by", choices=["packer", "station", "hour", "day"], default="packer")
    stats.add_argument("--format", choices=["table", "csv", "json"], default="table")
    stats.set_defaults(handler=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine, print_table
    from packdesk.services.stats import (
        Grouping,
        Period,
        display_values,
        pack_rate_report,
        report_csv,
    )
    from packdesk.services.uow import UnitOfWork

    if args.shift and (args.first or args.last):
        raise CliError("--shift and --from/--to name different periods; give one of them")
    if args.shift:
        period = Period.this_shift()
    elif args.first or args.last:
        first = args.first or args.last
        try:
            period = Period.for_dates(first, args.last or first)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    else:
        period = Period.today()
    engine = open_engine(args)
    from packdesk.cli.bins import command_line_actor

    report = pack_rate_report(UnitOfWork(engine), command_line_actor(), period, Grouping(args.by))
    if args.format == "json":
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":
        sys.stdout.write(report_csv(report))
    else:
        print(f"{period.label}, by {args.by}")
        rows = [display_values(g) for g in report.groups]
        rows.append(["total", *display_values(report.total)[1:]])
        print_table(TABLE_HEADERS, rows)
        if report.on_hold:
            print()
            print_table(
                ["on hold", "reason", "held from", "packer", "station"],
                [[h.number, h.reason, h.held_from, h.packer, h.station] for h in report.on_hold],
            )
    return 0
