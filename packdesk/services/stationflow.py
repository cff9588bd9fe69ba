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

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.domain.model import Role
from packdesk.persistence.tables import SettingRow, StationRow

from .auth import Actor, require_role
from .uow import UnitOfWork, with_retry

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


def single_station(session: Session, station: str) -> bool:
    """True when the database knows no station but ``station``."""
    names = set(session.scalars(select(StationRow.name)))
    return not (names - {station})


def read_flow(session: Session, station: str) -> StationFlow:
    values = {row.key: dict(row.value or {}) for row in session.scalars(
        select(SettingRow).where(SettingRow.key.in_(
            [PICKER_IS_PACKER_SETTING, NEXT_AFTER_SHIP_SETTING])))}
    default = single_station(session, station)
    chosen = values.get(PICKER_IS_PACKER_SETTING, {}).get(station)
    after = values.get(NEXT_AFTER_SHIP_SETTING, {}).get(station)
    return StationFlow(
        picker_is_packer=chosen if isinstance(chosen, bool) else default,
        next_after_ship=after if isinstance(after, bool) else True,
        picker_is_packer_default=default,
    )


def station_flow(uow: UnitOfWork, station: str) -> StationFlow:
    with uow:
        return read_flow(uow.session, station)


def flow_for_admin(uow: UnitOfWork, actor: Actor | None, station: str) -> StationFlow:
    """The stations page's view of ``station``'s flow."""
    require_role(actor, Role.ADMIN, "the station settings")
    return station_flow(uow, station.strip())


def _save(uow: UnitOfWork, key: str, station: str, on: bool) -> None:
    def attempt() -> None:
        with uow.writing() as writer:
            row = writer.session.get(SettingRow, key, with_for_update=True)
            if row is None:
                writer.session.add(SettingRow(key=key, value={station: on}))
            else:
                row.value = {**dict(row.value or {}), station: on}
            writer.commit()

    with_retry(attempt)


def save_picker_is_packer(uow: UnitOfWork, actor: Actor | None, station: str, on: bool) -> None:
    """The admin's choice for ``station``: is the picker the packer."""
    require_role(actor, Role.ADMIN, "changing a station")
    _save(uow, PICKER_IS_PACKER_SETTING, station.strip(), on)


def save_next_after_ship(uow: UnitOfWork, actor: Actor | None, station: str, on: bool) -> None:
    """The lead's choice for ``station``: take the next order by itself after a shipment."""
    require_role(actor, Role.LEAD, "changing how the station takes orders")
    _save(uow, NEXT_AFTER_SHIP_SETTING, station, on)
