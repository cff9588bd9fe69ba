"""The admin's carrier settings (issue 22): which label each store shipping method gets, the
ship-from address of each station, and the number sequences of our own labels.

They are settings rows the label services read (``carriers.methods``, ``carriers.ship_from``,
``carriers.sequence.<carrier>``, see :mod:`packdesk.services.labels`); here they are read and
changed by an admin, each change checked first and refused with one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from packdesk.domain.countries import is_known_country
from packdesk.domain.errors import DomainError
from packdesk.domain.model import Address, Role
from packdesk.domain.say import say
from packdesk.domain.shipping_methods import SOURCES, LabelRoute, parse_routes
from packdesk.persistence.mappers import address_from_json, address_to_json
from packdesk.persistence.tables import SettingRow, StationRow

from .auth import Actor, require_role
from .labels import METHODS_SETTING, SEQUENCE_SETTING, SHIP_FROM_SETTING
from .uow import UnitOfWork

EVERY_STATION = "*"  # the ship-from of the stations without their own
EVERY_METHOD = "*"  # the route of the methods not mapped by name


class CarrierSettingsError(DomainError):
    pass


@dataclass(frozen=True)
class MethodRoute:
    method: str
    route: LabelRoute


@dataclass(frozen=True)
class Sequence:
    carrier: str
    prefix: str
    next_number: int
    width: int

    def example(self) -> str:
        return f"{self.prefix}{self.next_number:0{self.width}d}"


@dataclass
class CarrierSettings:
    methods: list[MethodRoute] = field(default_factory=list)
    ship_from: dict[str, Address] = field(default_factory=dict)  # station (or "*") -> address
    sequences: list[Sequence] = field(default_factory=list)
    stations: list[str] = field(default_factory=list)  # every station, for the ship-from list


def carrier_settings(uow: UnitOfWork, actor: Actor | None) -> CarrierSettings:
    require_role(actor, Role.ADMIN, "the carrier settings")
    with uow:
        rows = {r.key: dict(r.value or {}) for r in uow.session.scalars(
            select(SettingRow).where(
                SettingRow.key.in_([METHODS_SETTING, SHIP_FROM_SETTING])
                | SettingRow.key.startswith(SEQUENCE_SETTING)))}
        stations = list(uow.session.scalars(select(StationRow.name).order_by(StationRow.name)))
    try:
        routes = parse_routes(rows.get(METHODS_SETTING, {}))
    except DomainError:
        routes = {}  # a hand-edited table that no longer parses: the admin maps afresh
    sequences = [
        Sequence(key.removeprefix(SEQUENCE_SETTING), str(value.get("prefix", "")),
                 int(value.get("next", 1)), int(value.get("width", 0)))
        for key, value in sorted(rows.items()) if key.startswith(SEQUENCE_SETTING)
    ]
    return CarrierSettings(
        methods=[MethodRoute(method, route) for method, route in sorted(routes.items())],
        ship_from={station: address_from_json(dict(value))
                   for station, value in rows.get(SHIP_FROM_SETTING, {}).items()
                   if isinstance(value, dict)},
        sequences=sequences, stations=stations,
    )


def save_method(uow: UnitOfWork, actor: Actor | None, method: str, route: LabelRoute) -> LabelRoute:
    """Map a store shipping method (``*``: every other) to a label source."""
    require_role(actor, Role.ADMIN, "mapping shipping methods")
    name = method.strip().lower()
    if not name:
        raise CarrierSettingsError(say("name the store's shipping method (* for every other)"))
    if route.source not in SOURCES:
        raise CarrierSettingsError(say("choose where the label comes from"))
    if route.source == "own" and not route.carrier.strip():
        raise CarrierSettingsError(say("our own label needs a carrier: its numbers come from "
                                       "that carrier's sequence"))
    if route.service.strip() and not route.carrier.strip() and route.source != "dhl":
        raise CarrierSettingsError(say("a service needs its carrier"))
    entry = {"source": route.source, "carrier": route.carrier.strip(),
             "service": route.service.strip()}
    with uow:
        table = _setting(uow, METHODS_SETTING)
        table[name] = entry
        parse_routes(table)  # the whole table still reads as the station reads it
        _store(uow, METHODS_SETTING, table)
        uow.commit()
    return LabelRoute(route.source, entry["carrier"], entry["service"])


def remove_method(uow: UnitOfWork, actor: Actor | None, method: str) -> None:
    require_role(actor, Role.ADMIN, "mapping shipping methods")
    with uow:
        table = _setting(uow, METHODS_SETTING)
        if table.pop(method.strip().lower(), None) is None:
            raise CarrierSettingsError(say("shipping method {method} is not mapped",
                                           method=method.strip()))
        _store(uow, METHODS_SETTING, table)
        uow.commit()


def save_ship_from(uow: UnitOfWork, actor: Actor | None, station: str, address: Address) -> Address:
    """The sender address of ``station``'s labels (``*``: of every station without its own)."""
    require_role(actor, Role.ADMIN, "setting the ship-from address")
    station = station.strip() or EVERY_STATION
    needs = {"name": say("the ship-from address needs a name"),
             "line1": say("the ship-from address needs a street"),
             "city": say("the ship-from address needs a city"),
             "postal_code": say("the ship-from address needs a postal code")}
    for name, refusal in needs.items():
        if not str(getattr(address, name)).strip():
            raise CarrierSettingsError(refusal)
    country = address.country.strip().upper()
    if not is_known_country(country):
        raise CarrierSettingsError(say("{country} is not a two-letter country code (LV, NO, BR)",
                                       country=address.country.strip() or "''"))
    clean = Address(**{k: str(v).strip() for k, v in address_to_json(address).items()})
    clean = Address(**{**address_to_json(clean), "country": country})
    with uow:
        table = _setting(uow, SHIP_FROM_SETTING)
        table[station] = address_to_json(clean)
        _store(uow, SHIP_FROM_SETTING, table)
        uow.commit()
    return clean


def save_sequence(uow: UnitOfWork, actor: Actor | None, sequence: Sequence) -> Sequence:
    """Our own labels' numbers for a carrier; a sequence never goes back (no number twice)."""
    require_role(actor, Role.ADMIN, "setting a label number sequence")
    carrier = sequence.carrier.strip().lower()
    if not carrier:
        raise CarrierSettingsError(say("name the carrier of the number sequence"))
    if sequence.next_number < 1 or not 0 <= sequence.width <= 20:
        raise CarrierSettingsError(say("the next number is 1 or more, the width 0 to 20 digits"))
    if any(ch.isspace() for ch in sequence.prefix):
        raise CarrierSettingsError(say("a number prefix has no spaces"))
    key = SEQUENCE_SETTING + carrier
    with uow:
        row = uow.session.get(SettingRow, key, with_for_update=True)
        current = dict(row.value) if row is not None else {}
        used = int(current.get("next", 1))
        if row is not None and sequence.next_number < used and (
                current.get("prefix", "") == sequence.prefix):
            raise CarrierSettingsError(say(
                "{carrier} numbers up to {used} are used: the next number cannot go back",
                carrier=carrier, used=used - 1))
        value = {"prefix": sequence.prefix, "next": sequence.next_number, "width": sequence.width}
        if row is None:
            uow.session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        uow.commit()
    return Sequence(carrier, sequence.prefix, sequence.next_number, sequence.width)


def _setting(uow: UnitOfWork, key: str) -> dict[str, Any]:
    row = uow.session.get(SettingRow, key)
    return dict(row.value) if row is not None and row.value else {}


def _store(uow: UnitOfWork, key: str, value: dict[str, Any]) -> None:
    row = uow.session.get(SettingRow, key)
    if row is None:
        uow.session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
