"""The pack screen with carrier labels: EasyPost's label prints by itself after the last
verification; a "scan the carrier label" order refuses a mistyped number and ships with a
valid one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import build_main_window
from packdesk.hardware.printers import RawTcpPrinter
from packdesk.hardware.scanners import FakeScanner
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import OrderRow, OutboxMessageRow, SettingRow
from packdesk.services.demo import SHIP_FROM, DemoShop
from packdesk.services.uow import UnitOfWork
from packdesk.ui.feedback import Sounds
from tests.helpers.fake_easypost import FakeEasyPost
from tests.helpers.printed import decoded, zpl_labels
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import FolderPrinter
from tests.helpers.ui import LabelPrinterListener, label_printer
from tests.ui.test_station_shift import CARRIERS, WAIT_MS, barcode_of, scan, take_and_pick
from tests.unit.test_tracking import s10_digit

DOCK = {"name": "Packdesk Warehouse", "line1": "1 Dock Road", "city": "Portland",
        "postal_code": "97201", "country": "US", "region": "OR"}


@pytest.fixture
def shop_engine(sqlite_url: str) -> Iterator[tuple[Engine, DemoShop]]:
    engine = make_engine(sqlite_url)
    shop = seed_small_shop(engine, orders=10)
    yield engine, shop
    engine.dispose()


def mapped(engine: Engine, shop: DemoShop, route: dict[str, str]):  # type: ignore[no-untyped-def]
    order = next(o for o in shop.orders if not o.gift and not o.customer_note.strip())
    with UnitOfWork(engine) as uow:
        uow.session.add(SettingRow(key="carriers.methods", value={"*": route}))
        uow.session.add(SettingRow(key="carriers.ship_from", value={"*": DOCK}))
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == order.number)).one()
        row.ship_to = {**dict(row.ship_to), "country": "US", "postal_code": "78701"}
        uow.commit()
    return order


def window_for(qtbot: QtBot, engine: Engine, listener: LabelPrinterListener, tmp_path):  # type: ignore[no-untyped-def]
    printer = StationPrinter(
        FolderPrinter(tmp_path), RawTcpPrinter("127.0.0.1", listener.port, timeout=5),
        ship_from=SHIP_FROM, slip_where=str(tmp_path), label_where=listener.url, label_format="zpl")
    scanner = FakeScanner()
    window = build_main_window(engine, "Bench 1", scanner, printer, sounds=Sounds(enabled=False),
                               carriers=CARRIERS, with_health=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    return window, scanner, printer


def verify_all(qtbot: QtBot, window, scanner, shop: DemoShop, order) -> None:  # type: ignore[no-untyped-def]
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, scanner, barcode_of(shop, line.sku))


def test_an_order_mapped_to_easypost_prints_the_bought_label_without_a_key_pressed(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop], tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, shop = shop_engine
    order = mapped(engine, shop, {"source": "easypost", "carrier": "USPS", "service": "Priority"})
    with FakeEasyPost().running() as easypost, label_printer() as listener:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
        monkeypatch.setenv("PACKDESK_EASYPOST_KEY", "EZTK_test")
        monkeypatch.setenv("PACKDESK_EASYPOST_URL", easypost.api_base)
        window, scanner, printer = window_for(qtbot, engine, listener, tmp_path)
        try:
            take_and_pick(qtbot, window, scanner, shop, order)
            verify_all(qtbot, window, scanner, shop, order)  # and no key after it
            qtbot.waitUntil(lambda: len(listener.jobs()) >= 1, timeout=WAIT_MS)
            [charged] = easypost.bought()
            assert charged["selected_rate"]["service"] == "Priority"
            assert charged["tracking_code"] in decoded(zpl_labels(listener.jobs()[-1])[0])
            assert len(easypost.purchases) == 1
        finally:
            window.stop()
            printer.close()


@contextlib.contextmanager
def packed_for_the_carrier_label(qtbot: QtBot, shop_engine: tuple[Engine, DemoShop],
                                 tmp_path) -> Iterator[tuple[Engine, Any, Any, FakeScanner]]:  # type: ignore[no-untyped-def]
    """An order mapped to "scan the carrier label", picked and verified at a real window:
    (engine, order, window, scanner), the pack screen asking for the carrier's label."""
    engine, shop = shop_engine
    order = mapped(engine, shop, {"source": "scan"})
    with label_printer() as listener:
        window, scanner, printer = window_for(qtbot, engine, listener, tmp_path)
        try:
            take_and_pick(qtbot, window, scanner, shop, order)
            verify_all(qtbot, window, scanner, shop, order)
            qtbot.waitUntil(window.pack.scan_prompt.isVisible, timeout=WAIT_MS)
            yield engine, order, window, scanner
        finally:
            window.stop()
            printer.close()


def posten_numbers() -> tuple[str, str]:
    """A valid Posten (UPU S10) tracking number, and the same with one digit misread."""
    good = f"RR70412389{s10_digit('70412389')}NO"
    return good, good[:5] + ("1" if good[5] == "0" else "0") + good[6:]


def shipped_as(engine: Engine) -> tuple[str, str, str]:
    """The carrier, tracking number and link the outbox will tell the store."""
    with engine.connect() as conn:
        payload = conn.scalar(select(OutboxMessageRow.payload))
    return payload["carrier"], payload["tracking_number"], payload["tracking_url"]


def nothing_shipped(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(OutboxMessageRow.id)) is None


def test_an_order_mapped_to_scan_refuses_a_mistyped_number_and_ships_with_a_valid_one(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop], tmp_path
) -> None:
    with packed_for_the_carrier_label(qtbot, shop_engine, tmp_path) as (engine, _, window, scanner):
        pack = window.pack
        # Shown big, and nothing ships before the carrier's label is scanned.
        assert pack.scan_prompt.text() == "Scan the carrier label"
        assert not pack.ship_button.isEnabled()
        window.grab().save(str(tmp_path.parent / "pack_scan_carrier_label.png"))
        good, misread = posten_numbers()
        for number, expect in ((misread, "not a valid Posten tracking number"), (good, "shipped")):
            pack.tracking.clear()
            pack.tracking.setFocus()
            qtbot.waitUntil(pack.tracking.hasFocus, timeout=WAIT_MS)
            scanner.feed(number)
            assert pack.tracking.text() == number
            assert pack.ship_button.isEnabled() and not pack.scan_prompt.isVisible()
            qtbot.keyClick(window, Qt.Key.Key_F10)
            qtbot.waitUntil(lambda e=expect: e in window.banner.text, timeout=WAIT_MS)
            if expect != "shipped":
                assert nothing_shipped(engine)
        assert shipped_as(engine) == ("posten", good, f"https://sporing.posten.no/sporing/{good}")


def test_the_carrier_label_ships_with_a_bare_scan_and_a_misread_one_is_refused_out_loud(
    qtbot: QtBot, shop_engine: tuple[Engine, DemoShop], tmp_path
) -> None:
    """No field to focus and no F10: the packer scans the carrier's label and the parcel
    ships. A misread number is refused with the carrier's name and Tracking stays empty
    for the next scan; the order's own product scanned again is an over-scan, never a
    label."""
    _, shop = shop_engine
    with packed_for_the_carrier_label(qtbot, shop_engine, tmp_path) as (engine, order, window,
                                                                        scanner):
        pack = window.pack
        assert not pack.tracking.hasFocus()
        scan(qtbot, window, scanner, barcode_of(shop, order.lines[0].sku))
        assert "shipped" not in window.banner.text.lower()

        good, misread = posten_numbers()
        scanner.feed(misread)
        qtbot.waitUntil(lambda: "not a valid Posten tracking number" in window.banner.text,
                        timeout=WAIT_MS)
        assert pack.tracking.text() == "" and pack.scan_prompt.isVisible()
        assert nothing_shipped(engine)

        scanner.feed(good)
        qtbot.waitUntil(lambda: "shipped" in window.banner.text, timeout=WAIT_MS)
        assert shipped_as(engine)[:2] == ("posten", good)
        with engine.connect() as conn:
            assert conn.scalar(select(OrderRow.status).where(OrderRow.number == order.number)) == (
                "shipped")
