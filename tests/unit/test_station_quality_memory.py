"""Quality checks at the packing table on the in-memory unit of work (no database, no Qt):
a unit waits for its checks, a tag's checks apply, a failure sends the packer to the other
bin (stock taken there) or holds the order, and a failure is never counted as packed."""

from __future__ import annotations

import pytest

from packdesk.domain.model import OrderStatus, ScanOutcome
from packdesk.domain.quality import QualityCheck
from packdesk.services.memory import MemoryStation
from packdesk.services.station import StationService, StopReason
from tests.helpers.memoryshop import add_order, pick_all, small_shop, station


@pytest.fixture
def shop() -> MemoryStation:
    shop = small_shop()
    shop.quality = [QualityCheck(1, "seal intact", sku="TEE-RED-M"),
                    QualityCheck(2, "no stains", tag="textile")]
    shop.product_tags[shop.product_id("TEE-RED-M")] = ["textile"]
    return shop


def packing(shop: MemoryStation, *lines: tuple[str, int]) -> StationService:
    add_order(shop, "#2001", *lines)
    service = station(shop)
    service.take_order("#2001")
    pick_all(service)
    return service


def verified(service: StationService, sku: str) -> int:
    current = service.state().current
    assert current is not None
    return sum(ln.verified for ln in current.lines if ln.sku == sku)


def test_a_unit_counts_once_its_own_and_its_tags_checks_pass(shop: MemoryStation) -> None:
    service = packing(shop, ("TEE-RED-M", 1), ("MUG-WHT", 1))
    assert service.handle_scan("MUG-WHT").accepted and verified(service, "MUG-WHT") == 1
    assert service.handle_scan("TEE-RED-M").accepted
    current = service.state().current
    assert current is not None and current.quality is not None
    assert current.quality.checks == (("seal intact", False), ("no stains", False))
    assert verified(service, "TEE-RED-M") == 0
    assert service.handle_scan("QC:PASS:2").outcome is ScanOutcome.QUALITY_CHECK
    done = service.handle_scan("QC:PASS:1")
    assert done.outcome is ScanOutcome.ACCEPTED and done.order_complete
    assert verified(service, "TEE-RED-M") == 1
    assert shop.order("#2001").status == OrderStatus.PACKED.value


def test_a_failure_takes_the_replacement_from_the_other_bin(shop: MemoryStation) -> None:
    service = packing(shop, ("TEE-RED-M", 1))
    picked_from = "A-01-1-A"  # the walk's first bin with the shirt
    before = shop.stock_of("B-02-1-A", "TEE-RED-M")
    service.handle_scan("TEE-RED-M")
    failed = service.handle_scan("QC:FAIL:2")
    assert failed.outcome is ScanOutcome.QUALITY_FAILED and not failed.accepted
    assert failed.expected is not None and failed.expected.bin_code == "B-02-1-A" != picked_from
    assert failed.message == "no stains"
    assert shop.stock_of("B-02-1-A", "TEE-RED-M") == before - 1
    assert verified(service, "TEE-RED-M") == 0
    assert [(f.sku, f.reason, f.replacement_bin) for f in shop.quality_failures] == [
        ("TEE-RED-M", "no stains", "B-02-1-A")]


def test_no_unit_anywhere_puts_the_order_on_hold(shop: MemoryStation) -> None:
    shop.quality = [QualityCheck(3, "lid fits", sku="CAP-BLK")]
    service = packing(shop, ("CAP-BLK", 4))  # the only bin's four units
    service.handle_scan("CAP-BLK")
    failed = service.handle_scan("QC:FAIL")
    assert failed.reason is StopReason.ORDER_ON_HOLD
    row = shop.order("#2001")
    assert row.status == OrderStatus.ON_HOLD.value and "lid fits" in row.hold_reason
    assert row.claimed_station is None


def test_a_check_number_not_shown_and_another_item_are_refused_and_record_nothing(shop: MemoryStation) -> None:
    service = packing(shop, ("TEE-RED-M", 1))
    service.handle_scan("TEE-RED-M")
    assert service.handle_scan("QC:FAIL:9").outcome is ScanOutcome.IGNORED  # no check 9
    assert shop.quality_failures == []
    assert service.handle_scan("MUG-WHT").outcome is ScanOutcome.IGNORED  # checks first
