"""A small shop in memory for the station's unit tests: no database, no Qt.

Products are scanned by their SKU (their barcode is the SKU), bins by ``BIN:<code>``,
orders by ``ORD:<number>``. Bins walk in code order.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from packdesk.domain.model import Role
from packdesk.services.memory import MemoryStation
from packdesk.services.station import StationService, StationState

PAT = "BADGE:PAT03"  # a packer
OLGA = "BADGE:OLGA04"  # another packer
LENA = "BADGE:LENA02"  # a lead
NOW = datetime(2026, 11, 27, 9, 0, 0)


class Clock:
    """A clock the test moves."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def small_shop() -> MemoryStation:
    shop = MemoryStation()
    shop.add_product("TEE-RED-M", "T-shirt - Red, M", color="red", size="M", weight_g=180)
    shop.add_product("TEE-RED-L", "T-shirt - Red, L", color="red", size="L", weight_g=190)
    shop.add_product("TEE-BLU-M", "T-shirt - Blue, M", color="blue", size="M", weight_g=180)
    shop.add_product("MUG-WHT", "Mug", weight_g=350)
    shop.add_product("CAP-BLK", "Cap", weight_g=90)
    shop.add_product("SOCK-GRN", "Socks", weight_g=60)
    shop.add_product("LAMP-01", "Desk lamp", weight_g=1200)
    for code in ("A-01-1-A", "A-02-1-A", "B-01-1-A", "B-02-1-A", "C-01-1-A"):
        shop.add_bin(code)
    shop.put_stock("A-01-1-A", "TEE-RED-M", 5)
    shop.put_stock("A-01-1-A", "TEE-RED-L", 5)
    shop.put_stock("A-01-1-A", "TEE-BLU-M", 5)
    shop.put_stock("A-02-1-A", "MUG-WHT", 6)
    shop.put_stock("B-01-1-A", "CAP-BLK", 4)
    shop.put_stock("B-02-1-A", "TEE-RED-M", 3)
    shop.put_stock("C-01-1-A", "SOCK-GRN", 1)
    shop.add_user("Pat Packer", Role.PACKER, PAT)
    shop.add_user("Olga Ivanova", Role.PACKER, OLGA)
    shop.add_user("Lena Lead", Role.LEAD, LENA)
    return shop


def add_order(shop: MemoryStation, number: str, *lines: tuple[str, int], minutes: int = 0,
              ship_by: date | None = None, **kwargs: Any) -> str:
    shop.add_order(number, list(lines), placed_at=NOW - timedelta(hours=2) + timedelta(minutes=minutes),
                   ship_by=ship_by, **kwargs)
    return number


def station(shop: MemoryStation, name: str = "Bench 1", badge: str | None = PAT,
            clock: Clock | None = None, **kwargs: Any) -> StationService:
    service = StationService(None, name, uow=shop.unit_of_work, clock=clock or Clock(),
                             **kwargs)
    if badge is not None:
        assert service.handle_scan(badge).accepted
    return service


def pick_all(service: StationService) -> StationState:
    """Walk the pick list to the end: each bin label, then each unit."""
    for _ in range(100):
        step = service.state().pick_step
        if step is None:
            return service.state()
        assert service.handle_scan(f"BIN:{step.bin_code}").accepted
        for _unit in range(step.remaining):
            verdict = service.handle_scan(step.sku)
            assert verdict.accepted, verdict
    raise AssertionError("the pick list never ended")


def verify_all(service: StationService) -> StationState:
    state = service.state()
    assert state.current is not None
    for line in state.current.lines:
        for _ in range(line.to_verify - line.verified):
            assert service.handle_scan(line.sku_to_pack).accepted
    return service.state()
