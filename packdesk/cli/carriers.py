"""``packdesk tracking check``: carrier tracking numbers from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


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
