"""What the admin chose for each store: the station's store location, test orders, pickups.

Kept in the settings table under ``sync.store_options`` (``source -> options``), apart from
``sync.stores`` (which a pull rewrites), so a pull from the command line never undoes the
admin's choice. The connectors read them before every pull and push.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Role
from packdesk.persistence.tables import SettingRow

from .auth import Actor, require_role
from .uow import UnitOfWork

STORE_OPTIONS_SETTING = "sync.store_options"
PICKUP_CHOICES = ("pack", "skip")


class InvalidStoreOptions(DomainError):
    pass


@dataclass(frozen=True)
class StoreOptions:
    location_id: str = ""  # the store location this station packs for; "" = every location
    location_name: str = ""
    test_orders: bool = False  # pull the store's test orders too
    pickup: str = "pack"  # local pickup orders: "pack" (slip, no shipping label) or "skip"

    @classmethod
    def from_json(cls, data: Any) -> StoreOptions:
        if not isinstance(data, dict):
            return cls()
        pickup = str(data.get("pickup") or "pack")
        return cls(str(data.get("location_id") or ""), str(data.get("location_name") or ""),
                   bool(data.get("test_orders")), pickup if pickup in PICKUP_CHOICES else "pack")


def store_options(uow: UnitOfWork, source: str) -> StoreOptions:
    with uow:
        row = uow.session.get(SettingRow, STORE_OPTIONS_SETTING)
        return StoreOptions.from_json((row.value if row else {}).get(source))


def save_store_options(uow: UnitOfWork, actor: Actor | None, source: str, options: StoreOptions) -> None:
    require_role(actor, Role.ADMIN, "changing a store's location and options")
    if options.pickup not in PICKUP_CHOICES:
        raise InvalidStoreOptions(f"pickup orders are packed or skipped, not {options.pickup!r}")
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, STORE_OPTIONS_SETTING)
        value = dict(row.value) if row else {}
        value[source] = asdict(options)
        if row is None:
            writer.session.add(SettingRow(key=STORE_OPTIONS_SETTING, value=value))
        else:
            row.value = value
        writer.commit()
