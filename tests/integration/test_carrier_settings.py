"""The admin's carrier settings as the services keep them: refused to anyone but an admin,
checked before they are stored, and read by every path that prints a sender."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from packdesk.domain.errors import DomainError, PermissionDenied
from packdesk.domain.model import Address, Role
from packdesk.domain.shipping_methods import LabelRoute
from packdesk.services import carriersettings
from packdesk.services.auth import Actor
from packdesk.services.carriersettings import Sequence
from packdesk.services.orders import find_order_for_print
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop

ADMIN = Actor(1, "Ada Admin", Role.ADMIN)
LEAD = Actor(2, "Lena Lead", Role.LEAD)
DOCK = Address(name="Nordlys Outdoor AS", line1="Industriveien 7", city="Drammen",
               postal_code="3045", country="no")


def test_every_carrier_setting_refuses_anyone_but_an_admin(engine: Engine) -> None:
    uow = lambda: UnitOfWork(engine)  # noqa: E731
    calls = [
        lambda: carriersettings.carrier_settings(uow(), LEAD),
        lambda: carriersettings.save_method(uow(), LEAD, "*", LabelRoute("scan")),
        lambda: carriersettings.remove_method(uow(), LEAD, "*"),
        lambda: carriersettings.save_ship_from(uow(), LEAD, "*", DOCK),
        lambda: carriersettings.save_sequence(uow(), LEAD, Sequence("posten", "", 1, 0)),
        lambda: carriersettings.save_sequence(uow(), None, Sequence("posten", "", 1, 0)),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert carriersettings.carrier_settings(UnitOfWork(engine), ADMIN).methods == []


def test_a_ship_from_address_is_checked_and_kept_per_station(engine: Engine) -> None:
    with pytest.raises(DomainError, match="^the ship-from address needs a postal code$"):
        carriersettings.save_ship_from(UnitOfWork(engine), ADMIN, "Bench 1",
                                       Address(name="A", line1="B", city="C", postal_code="",
                                               country="NO"))
    with pytest.raises(DomainError, match="^XX is not a two-letter country code"):
        carriersettings.save_ship_from(UnitOfWork(engine), ADMIN, "Bench 1",
                                       Address(name="A", line1="B", city="C", postal_code="1",
                                               country="XX"))
    saved = carriersettings.save_ship_from(UnitOfWork(engine), ADMIN, "*", DOCK)
    assert saved.country == "NO"
    settings = carriersettings.carrier_settings(UnitOfWork(engine), ADMIN)
    assert settings.ship_from == {"*": saved}


def test_a_printed_label_without_the_old_setting_carries_the_admins_ship_from(engine: Engine) -> None:
    shop = seed_small_shop(engine, orders=1)
    carriersettings.save_ship_from(UnitOfWork(engine), ADMIN, "*", DOCK)
    printable = find_order_for_print(UnitOfWork(engine), shop.orders[0].number)
    assert printable.ship_from is not None and printable.ship_from["name"] == "Nordlys Outdoor AS"
