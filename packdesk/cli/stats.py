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
        "stats", parents=[common], help="pack-rate figures for a period (as on the dashboard)",
        description="Pack-rate figures for a period. 'packdesk stats rollup' rolls up the "
                    "closed days not yet rolled up (the first figures read does it too); "
                    "with --rebuild, every closed day from --since again.",
    )
    stats.add_argument("action", nargs="?", choices=["rollup"],
                       help="rollup: write the daily roll-ups of closed days")
    stats.add_argument("--rebuild", action="store_true",
                       help="with rollup: write days already rolled up again")
    stats.add_argument("--since", type=_date, metavar="DATE",
                       help="with rollup: from this day, YYYY-MM-DD (default: the oldest)")
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

    if args.action == "rollup":
        return run_rollup(args)
    if args.rebuild or args.since:
        raise CliError("--rebuild and --since go with 'packdesk stats rollup'")
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


def run_rollup(args: argparse.Namespace) -> int:
    from packdesk.cli.bins import command_line_actor
    from packdesk.cli.core import open_engine
    from packdesk.services.rollups import last_closed_day, roll_up_on_demand
    from packdesk.services.uow import UnitOfWork

    if args.since and args.since > last_closed_day():
        raise CliError(f"{args.since} is not a closed day yet; the last closed day is "
                       f"{last_closed_day()}")
    engine = open_engine(args)
    days = roll_up_on_demand(UnitOfWork(engine), command_line_actor(), since=args.since,
                             rebuild=args.rebuild)
    if not days:
        print("nothing to roll up: every closed day is rolled up")
    else:
        span = str(days[0]) if len(days) == 1 else f"{days[0]} to {days[-1]}"
        print(f"rolled up {len(days)} closed day(s): {span}")
    return 0
