"""What the database says about this station, read once at start, before the window shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from packdesk.persistence.tables import SettingRow, StationRow

from .uow import UnitOfWork

IDLE_SETTING = "station.idle_minutes"
SHIP_FROM_SETTING = "ship_from"
CARRIERS_SHIP_FROM = "carriers.ship_from"  # {station or "*": address}, as labels.py reads it
DEFAULT_IDLE_MINUTES = 10


@dataclass
class StationSetup:
    """The station's printers, scanner, idle time, sender address and usual carrier."""

    name: str
    printer_settings: dict[str, str] = field(default_factory=dict)
    scanner_settings: dict[str, str] = field(default_factory=dict)
    scale_settings: dict[str, str] = field(default_factory=dict)  # no port: no scale
    idle_minutes: float = DEFAULT_IDLE_MINUTES
    ship_from: dict[str, Any] | None = None
    default_carrier: str = "demo"
    language: str | None = None  # the station's language, if set (else the system's)


def ship_from_in(settings: dict[str, Any], station: str | None) -> dict[str, Any] | None:
    """The sender on our own labels, from the settings rows (key -> value): the admin's
    ship-from of ``station`` (Carriers page), else of every station, else the older single
    ``ship_from`` setting."""
    per_station = settings.get(CARRIERS_SHIP_FROM) or {}
    chosen = ((per_station.get(station) if station else None) or per_station.get("*")
              or settings.get(SHIP_FROM_SETTING))
    return dict(chosen) if chosen else None


def read_station_setup(uow: UnitOfWork, station: str) -> StationSetup:
    """The station's row and the shared settings; defaults for whatever is not there."""
    with uow:
        row = uow.session.scalars(select(StationRow).where(StationRow.name == station)).first()
        settings = {s.key: s.value for s in uow.session.scalars(
            select(SettingRow).where(SettingRow.key.in_(
                [IDLE_SETTING, SHIP_FROM_SETTING, CARRIERS_SHIP_FROM])))}
        setup = StationSetup(station)
        if row is not None:
            setup.printer_settings = dict(row.printer_settings or {})
            setup.scanner_settings = dict(row.scanner_settings or {})
            setup.scale_settings = dict(row.scale_settings or {})
        idle = settings.get(IDLE_SETTING, {}).get("minutes")
        if isinstance(idle, int | float) and idle > 0:
            setup.idle_minutes = float(idle)
        carrier = row.printer_settings.get("carrier") if row is not None else None
        if carrier:
            setup.default_carrier = str(carrier)
        language = row.printer_settings.get("language") if row is not None else None
        if language:
            setup.language = str(language)
        setup.ship_from = ship_from_in(settings, station)
        return setup
