"""Carriers and their public tracking links, from a table admins can extend."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    tracking_url: str  # with {number}

    def link(self, tracking_number: str) -> str:
        return self.tracking_url.replace("{number}", quote(tracking_number.strip(), safe=""))


def load_carriers(*files: Path) -> dict[str, Carrier]:
    """Read carrier tables; later files override earlier ones.

    A missing file is skipped; a broken one is skipped with a warning that names it, so a
    bad override in the data folder never stops a station from shipping.
    """
    carriers: dict[str, Carrier] = {}
    for path in files:
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            log.warning("carrier table %s ignored: %s", path, exc)
            continue
        if not isinstance(data, Mapping):
            log.warning("carrier table %s ignored: it must be a JSON object of carriers", path)
            continue
        for code, entry in data.items():
            if code.startswith("_") or not isinstance(entry, dict):
                continue
            carriers[code.lower()] = Carrier(
                code.lower(), str(entry.get("name", code)), str(entry.get("tracking_url", ""))
            )
    return carriers


def tracking_link(carriers: Mapping[str, Carrier], carrier: str, tracking_number: str) -> str:
    """The public tracking URL, or "" for a carrier the table does not know."""
    known = carriers.get(carrier.strip().lower())
    if known is None:
        for candidate in carriers.values():
            if candidate.name.lower() == carrier.strip().lower():
                known = candidate
                break
    return known.link(tracking_number) if known and known.tracking_url else ""
