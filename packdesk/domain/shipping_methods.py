"""Which label a store's shipping method gets: the admin's mapping, as a pure rule.

The mapping (setting ``carriers.methods``) is a JSON object from the store's shipping method
(case-insensitive; ``*`` for every other method) to ``{"source": ..., "carrier": ...,
"service": ...}``:

- ``easypost``: bought through EasyPost; with ``carrier`` (and ``service``) that rate,
  without, the cheapest that arrives by the order's ship-by date (a late order: the
  cheapest of the soonest to arrive, see :func:`in_time_or_soonest`);
- ``dhl``: bought from DHL Express (MyDHL API, through karrio); with ``service`` that product,
  without, the cheapest that arrives by the ship-by date (the same for a late order);
- ``scan``: the packer scans the pre-printed carrier label (its number is checked);
- ``own``: our own label, numbered by ``carrier``'s sequence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from packdesk.domain.errors import DomainError

T = TypeVar("T")

SOURCES = ("easypost", "dhl", "scan", "own")
BOUGHT = ("easypost", "dhl")  # sources whose label is bought from a carrier's API


class UnmappedMethod(DomainError):
    pass


@dataclass(frozen=True)
class LabelRoute:
    source: str
    carrier: str = ""
    service: str = ""

    def describe(self) -> str:
        if self.source == "easypost":
            named = " ".join(p for p in (self.carrier, self.service) if p)
            return f"EasyPost, {named}" if named else "EasyPost, cheapest by the ship-by date"
        if self.source == "dhl":
            return f"DHL Express, {self.service}" if self.service else "DHL Express, cheapest by the ship-by date"
        if self.source == "scan":
            return "scan the carrier label"
        return f"own label, {self.carrier}"


def parse_routes(table: Mapping[str, Any]) -> dict[str, LabelRoute]:
    """The admin's table, checked; a bad entry is refused with one sentence naming it."""
    routes: dict[str, LabelRoute] = {}
    for method, entry in table.items():
        if not isinstance(entry, Mapping):
            raise UnmappedMethod(f"shipping method {method!r}: the entry must be an object")
        source = str(entry.get("source", "")).strip().lower()
        if source not in SOURCES:
            raise UnmappedMethod(
                f"shipping method {method!r}: label source must be one of {', '.join(SOURCES)}"
            )
        carrier = str(entry.get("carrier", "")).strip()
        service = str(entry.get("service", "")).strip()
        if source == "own" and not carrier:
            raise UnmappedMethod(f"shipping method {method!r}: an own label needs a carrier")
        if service and not carrier and source != "dhl":  # DHL Express: the carrier is given
            raise UnmappedMethod(f"shipping method {method!r}: a service needs its carrier")
        routes[method.strip().lower()] = LabelRoute(source, carrier, service)
    return routes


def route_for(method: str, routes: Mapping[str, LabelRoute]) -> LabelRoute:
    found = routes.get(method.strip().lower()) or routes.get("*")
    if found is None:
        raise UnmappedMethod(
            f"shipping method {method!r} has no label source: the admin must map it first"
        )
    return found


def in_time_or_soonest(options: Sequence[T], arrival: Callable[[T], date | None],
                       ship_by: date) -> list[T]:
    """The carrier's options that arrive by ``ship_by``; when none does (the order is late
    already, or no service is that fast), those that arrive soonest. A late order still
    ships, as fast as it can: a refusal left it with no label at all. Options without an
    estimate count only when none has one."""
    dated = [(arrives, option) for option in options if (arrives := arrival(option)) is not None]
    if not dated:
        return list(options)
    in_time = [option for arrives, option in dated if arrives <= ship_by]
    if in_time:
        return in_time
    soonest = min(arrives for arrives, _ in dated)
    return [option for arrives, option in dated if arrives == soonest]
