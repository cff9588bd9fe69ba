"""People, stations and store connections, as the admin configures them.

Every change needs an admin (``require_role`` first, whatever screen asked). PINs are
kept only as hashes. Store connections keep their kind, URL and pull schedule here;
their credentials never touch the database (the admin screen puts them in the keyring).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Role
from packdesk.domain.pins import hash_pin
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import SettingRow, StationRow, UserRow

from .auth import Actor, require_role
from .stationflow import (
    NEXT_AFTER_SHIP_SETTING,
    PICKER_IS_PACKER_SETTING,
    StationFlow,
    read_flow,
)
from .stores import STORES_SETTING
from .uow import UnitOfWork, with_retry

BADGE_PATTERN = re.compile(r"^[A-Z0-9:_\-]{4,64}$")
SCHEDULE_SETTING = "sync.schedule"
STORE_KINDS = ("woocommerce", "shopify", "file")


class AdminError(DomainError):
    pass


# --- Users ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    badge_code: str
    active: bool
    has_pin: bool
    locked_until: datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


def _user(row: UserRow) -> UserInfo:
    return UserInfo(row.id, row.name, Role(row.role), row.badge_code, row.active,
                    bool(row.pin_hash), row.locked_until)


def list_users(uow: UnitOfWork, actor: Actor | None) -> list[UserInfo]:
    require_role(actor, Role.ADMIN, "the user list")
    with uow:
        return [_user(r) for r in uow.session.scalars(select(UserRow).order_by(UserRow.name))]


def suggest_badge_code(name: str) -> str:
    """``BADGE:`` and the first name in capitals, like the demo's ``BADGE:LENA02``."""
    letters = re.sub(r"[^A-Z0-9]", "", name.split()[0].upper()) if name.split() else ""
    return f"BADGE:{(letters or 'USER')[:10]}"


def _check_badge(badge: str) -> str:
    badge = badge.strip().upper()
    if not BADGE_PATTERN.match(badge):
        raise AdminError("a badge code is 4 to 64 capital letters, digits, ':', '-' or '_', "
                         "e.g. BADGE:ANNA07")
    return badge


def add_user(
    uow: UnitOfWork, actor: Actor | None, name: str, role: Role, badge_code: str,
    pin: str | None = None,
) -> UserInfo:
    require_role(actor, Role.ADMIN, "adding a user")
    name = " ".join(name.split())
    if not name:
        raise AdminError("a user needs a name")
    badge = _check_badge(badge_code)
    pin_hash = hash_pin(pin) if pin else ""
    with uow:
        session = uow.session
        if session.scalars(select(UserRow).where(UserRow.name == name)).first():
            raise AdminError(f"there is already a user called {name}")
        if session.scalars(select(UserRow).where(UserRow.badge_code == badge)).first():
            raise AdminError(f"badge {badge} belongs to someone else")
        row = UserRow(name=name, role=role.value, badge_code=badge, pin_hash=pin_hash, active=True)
        session.add(row)
        session.flush()
        info = _user(row)
        uow.commit()
        return info


def update_user(
    uow: UnitOfWork, actor: Actor | None, user_id: int, *,
    role: Role | None = None, badge_code: str | None = None, active: bool | None = None,
    pin: str | None = None, unlock: bool = False,
) -> UserInfo:
    admin = require_role(actor, Role.ADMIN, "changing a user")
    pin_hash = hash_pin(pin) if pin else None
    with uow:
        session = uow.session
        row = session.get(UserRow, user_id)
        if row is None:
            raise AdminError("that user no longer exists; reload the list")
        if row.id == admin.user_id and (active is False or (role and role is not Role.ADMIN)):
            raise AdminError("you cannot retire yourself or take away your own admin role")
        if badge_code is not None:
            badge = _check_badge(badge_code)
            other = session.scalars(select(UserRow).where(UserRow.badge_code == badge)).first()
            if other is not None and other.id != row.id:
                raise AdminError(f"badge {badge} belongs to {other.name}")
            row.badge_code = badge
        if role is not None:
            row.role = role.value
        if active is not None:
            row.active = active
        if pin_hash is not None:
            row.pin_hash = pin_hash
        if unlock or pin_hash is not None:
            row.failed_pin_attempts = 0
            row.locked_until = None
        info = _user(row)
        uow.commit()
        return info


# --- Stations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StationInfo:
    id: int
    name: str
    printer_settings: dict[str, str]
    scanner_settings: dict[str, str]


def list_stations(uow: UnitOfWork, actor: Actor | None) -> list[StationInfo]:
    require_role(actor, Role.ADMIN, "the station settings")
    with uow:
        return [
            StationInfo(r.id, r.name, dict(r.printer_settings or {}), dict(r.scanner_settings or {}))
            for r in uow.session.scalars(select(StationRow).order_by(StationRow.name))
        ]


def save_station(
    uow: UnitOfWork, actor: Actor | None, name: str,
    printer_settings: dict[str, str], scanner_settings: dict[str, str],
) -> StationInfo:
    """Create or replace the settings of the station called ``name``."""
    require_role(actor, Role.ADMIN, "changing a station")
    name = name.strip()
    if not name:
        raise AdminError("a station needs a name")
    clean_printers = {k: v.strip() for k, v in printer_settings.items() if v.strip()}
    clean_scanner = {k: v.strip() for k, v in scanner_settings.items() if v.strip()}
    with uow:
        row = uow.session.scalars(select(StationRow).where(StationRow.name == name)).one_or_none()
        if row is None:
            row = StationRow(name=name)
            uow.session.add(row)
        row.printer_settings = clean_printers
        row.scanner_settings = clean_scanner
        uow.session.flush()
        info = StationInfo(row.id, row.name, clean_printers, clean_scanner)
        uow.commit()
        return info


def station_flow(uow: UnitOfWork, actor: Actor | None, station: str) -> StationFlow:
    """The stations page's view of ``station``'s flow (``services.stationflow``)."""
    require_role(actor, Role.ADMIN, "the station settings")
    with uow:
        return read_flow(uow.session, station.strip())


def _save_flow(uow: UnitOfWork, key: str, station: str, on: bool) -> None:
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
    _save_flow(uow, PICKER_IS_PACKER_SETTING, station.strip(), on)


def save_next_after_ship(uow: UnitOfWork, actor: Actor | None, station: str, on: bool) -> None:
    """The lead's choice for ``station``: take the next order by itself after a shipment."""
    require_role(actor, Role.LEAD, "changing how the station takes orders")
    _save_flow(uow, NEXT_AFTER_SHIP_SETTING, station, on)


# --- Store connections ------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreConnection:
    source: str  # e.g. woocommerce:shop.example.com (names the keyring entries too)
    kind: str
    address: str  # URL of the store, or the folder/file of a file drop
    pull_minutes: int

    def settings(self) -> dict[str, Any]:
        key = "path" if self.kind == "file" else "url"
        return {"kind": self.kind, key: self.address}


def list_store_connections(uow: UnitOfWork, actor: Actor | None) -> list[StoreConnection]:
    require_role(actor, Role.ADMIN, "the store connections")
    with uow:
        stores = uow.session.get(SettingRow, STORES_SETTING)
        schedule = uow.session.get(SettingRow, SCHEDULE_SETTING)
        minutes = dict(schedule.value) if schedule else {}
        return [
            StoreConnection(source, str(s.get("kind", "")), str(s.get("url") or s.get("path") or ""),
                            int(minutes.get(source, 0)))
            for source, s in sorted((stores.value if stores else {}).items())
        ]


def save_store_connection(uow: UnitOfWork, actor: Actor | None, connection: StoreConnection) -> None:
    """Remember how to reach a store and how often to pull it (0 = by hand only).

    Options the order intake recorded for the store are kept; credentials are not
    accepted here at all.
    """
    require_role(actor, Role.ADMIN, "changing a store connection")
    if connection.kind not in STORE_KINDS:
        raise AdminError(f"unknown store kind {connection.kind!r}; one of {', '.join(STORE_KINDS)}")
    address = connection.address.strip()
    if connection.kind != "file" and not re.match(r"^https?://[^\s/]+", address):
        raise AdminError(f"{address!r} is not a store URL; it starts with https://")
    if not address:
        raise AdminError("a file drop needs its folder or file")
    if not 0 <= connection.pull_minutes <= 24 * 60:
        raise AdminError("pull every 0 (by hand) to 1440 minutes")
    with uow.writing() as writer:
        session = writer.session
        stores_row = session.get(SettingRow, STORES_SETTING)
        stores = dict(stores_row.value) if stores_row else {}
        previous = dict(stores.get(connection.source, {}))
        previous.pop("url", None)
        previous.pop("path", None)
        stores[connection.source] = {**previous, **connection.settings()}
        if stores_row is None:
            session.add(SettingRow(key=STORES_SETTING, value=stores))
        else:
            stores_row.value = stores
        schedule_row = session.get(SettingRow, SCHEDULE_SETTING)
        schedule = dict(schedule_row.value) if schedule_row else {}
        schedule[connection.source] = connection.pull_minutes
        if schedule_row is None:
            session.add(SettingRow(key=SCHEDULE_SETTING, value=schedule))
        else:
            schedule_row.value = schedule
        writer.commit()
