"""Quality checks through the station service as the simulator and the command line use it:
the words they print, and a restart in the middle of a unit's checks."""

from __future__ import annotations

from sqlalchemy import Engine

from packdesk.domain.model import Role
from packdesk.services.auth import Actor
from packdesk.services.quality import add_check
from packdesk.services.station import StationService, describe
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, barcode_of, pick_everything

ADMIN = Actor(0, "Ada Admin", Role.ADMIN)


def test_checks_survive_a_restart_and_a_failure_is_described_in_plain_english(
        engine: Engine) -> None:
    seed_small_shop(engine, orders=4)
    service = StationService(engine, "Bench 1")
    service.handle_scan(PACKER_BADGE)
    view = service.take_next()
    assert view is not None
    sku = view.lines[0].sku_to_pack
    add_check(UnitOfWork(engine), ADMIN, "seal intact", sku=sku)
    add_check(UnitOfWork(engine), ADMIN, "no stains", sku=sku)
    pick_everything(service, engine)

    verdict = service.handle_scan(barcode_of(engine, sku))
    assert describe(verdict).endswith("confirm its quality checks (seal intact, no stains).")
    assert describe(service.handle_scan("QC:PASS:1")) == "Quality check passed."

    # A new station object (a restart) finds the unit under check where it was.
    again = StationService(engine, "Bench 1")
    again.handle_scan(PACKER_BADGE)
    pending = again.resume().current
    assert pending is not None and pending.quality is not None
    assert pending.quality.checks == (("seal intact", True), ("no stains", False))
    assert describe(again.handle_scan("QC:PASS:1")) == "Quality check passed."
    failed = again.handle_scan("QC:FAIL")
    text = describe(failed)
    assert text.startswith("Quality check failed (no stains): set ")
    assert ("take a replacement from bin" in text) != ("on hold" in text)
