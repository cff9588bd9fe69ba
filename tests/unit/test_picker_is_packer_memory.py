"""Where the picker is the packer (issue 19), on the in-memory unit of work: the units scanned
at their bins count as verified, the order is packed at the last pick scan; a batch, or a
shop with a second station, still scans every unit at packing."""

from __future__ import annotations

from packdesk.domain.model import OrderStatus
from packdesk.services.stationflow import PICKER_IS_PACKER_SETTING
from tests.helpers.memoryshop import add_order, pick_all, small_shop, station


def test_a_single_station_shop_packs_the_order_at_the_last_pick_scan() -> None:
    shop = small_shop()
    shop.stations = {"Bench 1"}
    add_order(shop, "#1001", ("TEE-RED-M", 2), ("MUG-WHT", 1))
    service = station(shop)
    service.take_order("#1001")
    state = pick_all(service)
    assert state.current is not None
    assert state.current.status == OrderStatus.PACKED.value
    assert [(ln.verified, ln.quantity) for ln in state.current.lines] == [(2, 2), (1, 1)]
    assert state.current.missing_for_ship() == ("label",)  # nothing left to scan
    # The same unit again is one too many, not a second check.
    assert not service.handle_scan("MUG-WHT").accepted


def test_the_last_pick_scan_says_the_order_is_complete() -> None:
    shop = small_shop()
    shop.stations = set()  # no station row yet: a new single-station shop
    add_order(shop, "#1001", ("CAP-BLK", 1))
    service = station(shop)
    service.take_order("#1001")
    assert service.handle_scan("BIN:B-01-1-A").accepted
    verdict = service.handle_scan("CAP-BLK")
    assert verdict.accepted and verdict.pick_complete and verdict.order_complete


def test_with_a_second_station_or_the_admin_saying_no_the_pack_scan_stays() -> None:
    for setting in (None, False):
        shop = small_shop()  # Bench 1 and Bench 2
        if setting is not None:
            shop.stations = {"Bench 1"}
            shop.settings[PICKER_IS_PACKER_SETTING] = {"Bench 1": setting}
        add_order(shop, "#1001", ("CAP-BLK", 1))
        service = station(shop)
        service.take_order("#1001")
        state = pick_all(service)
        assert state.current is not None and state.current.status == OrderStatus.PACKING.value
        assert service.handle_scan("CAP-BLK").order_complete


def test_a_batch_is_checked_at_packing_even_where_the_picker_packs() -> None:
    shop = small_shop()
    shop.stations = {"Bench 1"}
    add_order(shop, "#1001", ("CAP-BLK", 1))
    add_order(shop, "#1002", ("MUG-WHT", 1), minutes=1)
    service = station(shop)
    assert len(service.take_batch(2)) == 2
    state = pick_all(service)
    assert {o.status for o in state.orders} == {OrderStatus.PACKING.value}
