"""What a station reads about itself at start, before its window shows (packdesk.app)."""

from __future__ import annotations

from sqlalchemy import Engine

from packdesk.app import load_station_setup, ship_from_address
from packdesk.domain.model import Address, Role
from packdesk.persistence.tables import SettingRow
from packdesk.services.admin import save_station
from packdesk.services.auth import Actor
from packdesk.services.demo import SHIP_FROM
from packdesk.services.uow import UnitOfWork

ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
WAREHOUSE = {"name": "Nordlicht Versand", "line1": "Hafenstraße 3", "city": "Kiel",
             "postal_code": "24103", "country": "DE"}


def _settings(engine: Engine, values: dict[str, object]) -> None:
    with UnitOfWork(engine) as uow:
        for key, value in values.items():
            uow.session.add(SettingRow(key=key, value=value))
        uow.commit()


def test_a_station_nobody_configured_starts_with_the_defaults(engine: Engine) -> None:
    setup = load_station_setup(engine, "Bench 9")
    assert (setup.name, setup.printer_settings, setup.scanner_settings) == ("Bench 9", {}, {})
    assert setup.idle_minutes == 10 and setup.default_carrier == "demo"
    assert ship_from_address(setup) == SHIP_FROM


def test_the_station_starts_with_its_printers_scanner_carrier_idle_time_and_sender(
    engine: Engine,
) -> None:
    save_station(UnitOfWork(engine), ADMIN, "Bench 1",
                 {"label": "tcp://192.0.2.10:9100", "slip": "cups://Office", "carrier": "dhl"},
                 {"kind": "serial", "port": "/dev/ttyACM0", "baudrate": "115200"})
    _settings(engine, {"station.idle_minutes": {"minutes": 3}, "ship_from": WAREHOUSE})

    setup = load_station_setup(engine, "Bench 1")
    assert setup.printer_settings["label"] == "tcp://192.0.2.10:9100"
    assert setup.scanner_settings == {"kind": "serial", "port": "/dev/ttyACM0", "baudrate": "115200"}
    assert setup.default_carrier == "dhl"
    assert setup.idle_minutes == 3
    assert ship_from_address(setup) == Address(**WAREHOUSE)
    # Another station shares the idle time and the sender, not Bench 1's devices.
    other = load_station_setup(engine, "Bench 2")
    assert other.printer_settings == {} and other.default_carrier == "demo"
    assert other.idle_minutes == 3 and other.ship_from == WAREHOUSE


def test_a_bad_idle_time_or_sender_falls_back_to_the_defaults(engine: Engine) -> None:
    _settings(engine, {"station.idle_minutes": {"minutes": 0}, "ship_from": {"street": "?"}})
    setup = load_station_setup(engine, "Bench 1")
    assert setup.idle_minutes == 10
    assert ship_from_address(setup) == SHIP_FROM
