"""``packdesk evidence``: the parcel photos taken at the bench, for a dispute."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from packdesk.cli import CliError
from packdesk.cli.core import open_engine


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    evidence = subparsers.add_parser("evidence", parents=[common],
                                     help="parcel photos and scan logs of an order")
    sub = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", parents=[common],
                            help="write an order's photos and a JSON of its scans and shipment")
    export.add_argument("number", metavar="ORDER_NUMBER", help='e.g. "#10001" or 10001')
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    export.add_argument("--photos", metavar="DIR", help="the photo folder (default: the user "
                        "data folder's photos/)")
    export.set_defaults(handler=run_export)
    prune = sub.add_parser("prune", parents=[common],
                           help="delete the photos older than the retention the admin set")
    prune.add_argument("--photos", metavar="DIR", help="the photo folder")
    prune.set_defaults(handler=run_prune)


def _folder(args: argparse.Namespace) -> Path:
    from packdesk.services.evidence import default_photo_folder

    return Path(args.photos) if args.photos else default_photo_folder()


def run_export(args: argparse.Namespace) -> int:
    from packdesk.services.evidence import export_evidence
    from packdesk.services.orders import OrderNotFound
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out {out} is a file; give a folder")
    try:
        target = export_evidence(UnitOfWork(engine), _folder(args), args.number, out)
    except OrderNotFound as exc:
        raise CliError(str(exc)) from None
    body = json.loads(target.read_text(encoding="utf-8"))
    broken = [p["file"] for p in body["photos"] if not p["intact"]]
    print(f"{len(body['photos'])} photo(s), {len(body['scans'])} scan(s), "
          f"{len(body['shipments'])} shipment(s) -> {target}")
    if broken:
        raise CliError(f"not as taken (missing or changed): {', '.join(broken)}")
    return 0


def run_prune(args: argparse.Namespace) -> int:
    from packdesk.services.evidence import photo_settings, prune_photos
    from packdesk.services.uow import UnitOfWork

    engine = open_engine(args)
    days = photo_settings(UnitOfWork(engine)).retention_days
    removed = prune_photos(UnitOfWork(engine), _folder(args), days)
    print(f"removed {removed} photo(s) older than {days} day(s)")
    return 0
