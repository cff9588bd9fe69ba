"""How a station's work flows: is the picker the packer, does the next order follow a shipment.

Two settings rows, each a JSON object by station name (no migration):

* ``station.picker_is_packer``: a unit verified at pick counts as verified for packing (no
  second scan of the same unit). Set by the admin on the stations page; a station with no
  choice of its own has it on when it is the only station the database knows (a
  single-station shop), off as soon as there is another.
* ``station.next_after_ship``: where the picker is the packer, the next order is taken by
  itself after a shipment. On unless a lead turned it off for the station.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.persistence.tables import SettingRow, StationRow

PICKER_IS_PACKER_SETTING = "station.picker_is_packer"
NEXT_AFTER_SHIP_SETTING = "station.next_after_ship"


@dataclass(frozen=True)
class StationFlow:
    picker_is_packer: bool
    next_after_ship: bool  # the lead's choice (it applies where the picker is the packer)
    picker_is_packer_default: bool = True  # what the station has without a choice of its own

    @property
    def takes_next_after_ship(self) -> bool:
        return self.picker_is_packer and self.next_after_ship


def flow_of(settings: Mapping[str, Mapping[str, object]], stations: Iterable[str],
            station: str) -> StationFlow:
    """``station``'s flow from the two settings' values and the station names the database
    knows (pure: the SQL and the in-memory stores both answer with it)."""
    default = not (set(stations) - {station})
    chosen = settings.get(PICKER_IS_PACKER_SETTING, {}).get(station)
    after = settings.get(NEXT_AFTER_SHIP_SETTING, {}).get(station)
    return StationFlow(
        picker_is_packer=chosen if isinstance(chosen, bool) else default,
        next_after_ship=after if isinstance(after, bool) else True,
        picker_is_packer_default=default,
    )


def read_flow(session: Session, station: str) -> StationFlow:
    values = {row.key: dict(row.value or {}) for row in session.scalars(
        select(SettingRow).where(SettingRow.key.in_(
            [PICKER_IS_PACKER_SETTING, NEXT_AFTER_SHIP_SETTING])))}
    return flow_of(values, session.scalars(select(StationRow.name)), station)
