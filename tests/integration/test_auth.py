from __future__ import annotations

import pytest
from sqlalchemy import Engine

from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import Role
from packdesk.services.auth import (
    MAX_PIN_ATTEMPTS,
    SignInRefused,
    require_role,
    sign_in_with_badge,
    sign_in_with_pin,
)
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop


def test_badges_and_pins_sign_people_in(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    lead = sign_in_with_badge(UnitOfWork(engine), "BADGE:LENA02")
    assert (lead.name, lead.role) == ("Lena Lead", Role.LEAD)
    packer = sign_in_with_pin(UnitOfWork(engine), "Pat Packer", "3456")
    assert packer.role is Role.PACKER
    with pytest.raises(SignInRefused, match="not known"):
        sign_in_with_badge(UnitOfWork(engine), "BADGE:NOBODY")


def test_wrong_pins_lock_the_user_even_with_the_right_pin_after(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(SignInRefused, match="wrong name or PIN"):
            sign_in_with_pin(UnitOfWork(engine), "Pat Packer", "0000")
    with pytest.raises(SignInRefused, match="too many wrong PINs"):
        sign_in_with_pin(UnitOfWork(engine), "Pat Packer", "3456")


def test_roles_are_enforced_in_the_service_layer(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    packer = sign_in_with_badge(UnitOfWork(engine), "BADGE:PAT03")
    admin = sign_in_with_badge(UnitOfWork(engine), "BADGE:ADA01")
    with pytest.raises(PermissionDenied, match="needs a lead"):
        require_role(packer, Role.LEAD, "the dashboard")
    with pytest.raises(PermissionDenied, match="sign in first"):
        require_role(None, Role.PACKER)
    assert require_role(admin, Role.LEAD) is admin
