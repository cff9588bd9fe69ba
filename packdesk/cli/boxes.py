"""``packdesk scale read`` and ``packdesk box propose``: the bench scale and the box proposal."""

from __future__ import annotations

import argparse
import json
from typing import Any

from packdesk.cli import CliError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    scale = subparsers.add_parser("scale", parents=[common], help="the bench scale")
    scale_actions = scale.add_subparsers(dest="scale_command", metavar="ACTION", required=True)
    read = scale_actions.add_parser(
        "read", parents=[common],
        help='wait for a stable weight and print {"grams": ..., "stable": ...}')
    read.add_argument("--port", required=True, metavar="DEVICE",
                      help="serial port, e.g. /dev/ttyUSB0 or COM3")
    read.add_argument("--protocol", choices=["mt-sics", "continuous"], default="mt-sics")
    read.add_argument("--baud", type=int, default=9600, metavar="N")
    read.add_argument("--timeout", type=float, default=5.0, metavar="S",
                      help="seconds to wait for a stable reading (default 5)")
    read.add_argument("--line-format", default="", metavar="REGEX",
                      help="continuous scales: a regular expression with the groups "
                      "status, value and unit (default: ST,GS,+0001.234kg)")
    read.set_defaults(handler=run_scale_read)

    box = subparsers.add_parser("box", parents=[common], help="box presets and proposals")
    box_actions = box.add_subparsers(dest="box_command", metavar="ACTION", required=True)
    propose = box_actions.add_parser(
        "propose", parents=[common], help="the smallest box an order's units fit in")
    propose.add_argument("order_number", metavar="ORDER_NUMBER")
    propose.add_argument("--format", choices=["text", "json"], default="text")
    propose.set_defaults(handler=run_box_propose)


def run_scale_read(args: argparse.Namespace) -> int:
    from packdesk.hardware.scale import ScaleError, ScaleSettings, read_stable

    if args.timeout <= 0:
        raise CliError("--timeout must be more than 0 seconds")
    try:
        settings = ScaleSettings(port=args.port, protocol=args.protocol, baudrate=args.baud,
                                 line_format=args.line_format)
    except ValueError as error:
        raise CliError(str(error)) from None
    try:
        reading = read_stable(settings, args.timeout)
    except ScaleError as error:
        raise CliError(str(error)) from None
    print(json.dumps(reading.as_dict()))
    return 0


def run_box_propose(args: argparse.Namespace) -> int:
    from packdesk.cli.core import open_engine
    from packdesk.domain.boxes import NoBoxFits
    from packdesk.services.boxes import propose_for_order
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    try:
        proposal = propose_for_order(UnitOfWork(engine), args.order_number)
    except NoBoxFits as error:
        raise CliError(f"order {args.order_number}: {error}") from None
    finally:
        engine.dispose()
    inner = proposal.box.inner
    if args.format == "json":
        print(json.dumps({
            "order": args.order_number,
            "box": proposal.box.code,
            "inner_mm": [inner.length, inner.width, inner.height],
            "fill_percent": proposal.fill_percent,
            "placements": [{"sku": p.sku, "at_mm": [p.x, p.y, p.z], "size_mm": list(p.size)}
                           for p in proposal.placements],
        }))
    else:
        print(f"box {proposal.box.code} ({inner}), {proposal.fill_percent:g} % full")
        for p in proposal.placements:
            print(f"  {p.sku} at {p.x},{p.y},{p.z} mm as {p.size[0]}×{p.size[1]}×{p.size[2]} mm")
    return 0
