"""The admin area as an admin uses it, and closed to everyone else by every path."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from packdesk.app import screen_services
from packdesk.domain.errors import PermissionDenied
from packdesk.domain.model import Role
from packdesk.persistence.db import make_engine
from packdesk.persistence.tables import SettingRow, UserRow
from packdesk.services import admin as admin_service
from packdesk.services.auth import Actor, sign_in_with_badge, sign_in_with_pin
from packdesk.services.bins import ImportMode, list_bins
from packdesk.services.catalog import import_products_csv, save_product, search_products
from packdesk.services.uow import UnitOfWork
from packdesk.ui.admin import AdminWidget
from packdesk.ui.admin.models import AdminPage
from packdesk.ui.dashboard import DashboardWidget
from tests.helpers.shop import seed_small_shop

DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


def _screenshot(widget: Any, name: str) -> None:
    """Render the screen; into docs/img only when asked (PACKDESK_SCREENSHOTS=1), so a
    test run does not rewrite the shared tree's pictures."""
    folder = DOCS_IMG if os.environ.get("PACKDESK_SCREENSHOTS") else Path(tempfile.gettempdir())
    image = widget.grab()
    assert not image.isNull() and image.width() > 800
    assert image.save(str(folder / name))
CSV_WITH_TWO_BAD_ROWS = """bin,sku,quantity
Z-01-1-A,TEE-BLA-M,12
Z-01-1-B,MUG-WHI,4
Z-01-B,TEE-WHI-M,3
Z-02-3-C,,
Z-02-3-D,NO-SUCH-SKU,5
"""


class MemoryKeyring(KeyringBackend):
    """The OS keyring's interface, in memory (no desktop keyring in the test run)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def shop_engine(sqlite_url: str) -> Iterator[Engine]:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    yield engine
    engine.dispose()


def _actor(engine: Engine, badge: str) -> Actor:
    return sign_in_with_badge(UnitOfWork(engine), badge)


def _open_admin(qtbot: QtBot, engine: Engine) -> AdminWidget:
    widget = AdminWidget(screen_services(engine).admin, _actor(engine, "BADGE:ADA01"))
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    qtbot.waitUntil(lambda: not widget.busy and widget.bins.model.rowCount() > 0, timeout=10_000)
    return widget


def _wait_done(qtbot: QtBot, page: AdminPage, action: Any) -> str:
    """Run ``action`` and wait for the page to report success; return its message."""
    with qtbot.waitSignal(page.done, timeout=10_000, raising=True) as blocker:
        action()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    return str(blocker.args[0])


def _wait_failed(qtbot: QtBot, page: AdminPage, action: Any) -> str:
    with qtbot.waitSignal(page.failed, timeout=10_000, raising=True) as blocker:
        action()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    return str(blocker.args[0])


# --- bins ------------------------------------------------------------------------------------


def test_admin_imports_bins_csv_with_two_bad_rows_and_sees_them_by_line(
    qtbot: QtBot, shop_engine: Engine, tmp_path: Path
) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.bins
    before = page.model.rowCount()
    source = tmp_path / "bins.csv"
    source.write_text(CSV_WITH_TWO_BAD_ROWS, encoding="utf-8")

    message = _wait_failed(qtbot, page, lambda: page.import_file(source, ImportMode.ALL_OR_NOTHING))
    assert message.startswith("nothing imported: 2 of 5 rows have errors")
    report = page.import_report()
    assert [line.split(":")[0] for line in report] == ["Line 4", "Line 6"]
    assert "'Z-01-B' is not a bin code" in report[0]
    assert report[1] == "Line 6: unknown SKU 'NO-SUCH-SKU'"
    qtbot.waitUntil(lambda: not page.busy)
    assert page.model.rowCount() == before

    message = _wait_failed(qtbot, page, lambda: page.import_file(source, ImportMode.VALID_ROWS))
    assert message == "imported 3 of 5 rows, 3 new bins; 2 rows skipped because of errors"
    assert len(page.import_report()) == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 3, timeout=10_000)
    page.filter_edit.setText("Z-01-1-A")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 4).data() == "TEE-BLA-M × 12"
    page.filter_edit.clear()
    page.view.selectRow(0)
    page.errors_view.setMinimumHeight(120)
    _screenshot(widget, "admin_bins.png")


def test_admin_models_keep_the_qt_model_contract(
    qtbot: QtBot, qtmodeltester: Any, shop_engine: Engine
) -> None:
    widget = _open_admin(qtbot, shop_engine)
    qtbot.waitUntil(lambda: not widget.busy and widget.users.model.rowCount() == 5, timeout=10_000)
    for page in widget.pages():
        qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(widget.bins.proxy)


def test_bins_are_renamed_in_the_table_and_bad_codes_are_refused_there(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.bins
    row = next(r for r, b in enumerate(page.model.records()) if b.code == "A-01-1-A")
    index = page.model.index(row, 0)
    assert page.model.flags(index) & page.model.flags(index).ItemIsEditable
    with qtbot.waitSignal(page.failed, timeout=5_000) as refused:
        page.model.setData(index, "shelf by the door")
    assert "is not a bin code" in refused.args[0]
    message = _wait_done(qtbot, page, lambda: page.model.setData(index, "q-07-3-c"))
    assert message == "Bin is now Q-07-3-C: print its new label"
    qtbot.waitUntil(lambda: any(b.code == "Q-07-3-C" for b in page.model.records()), timeout=10_000)
    assert not any(b.code == "A-01-1-A" for b in list_bins(UnitOfWork(shop_engine)))


def test_selected_bins_get_their_labels_as_pdf(qtbot: QtBot, shop_engine: Engine, tmp_path: Path) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.bins
    page.select_codes(["A-01-1-A", "A-01-1-B"])
    assert [b.code for b in page.selected_bins()] == ["A-01-1-A", "A-01-1-B"]
    target = tmp_path / "labels.pdf"
    message = _wait_done(qtbot, page, lambda: page.save_labels_pdf(
        [b.code for b in page.selected_bins()], target))
    assert message == f"2 label(s) saved to {target}"
    assert target.read_bytes().startswith(b"%PDF")


def test_retiring_a_bin_that_holds_stock_is_refused_with_the_reason(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.bins
    empty = next(b for b in page.model.records() if not b.units)
    stocked = next(b for b in page.model.records() if b.units)
    page.select_codes([empty.code, stocked.code])
    message = _wait_failed(qtbot, page, lambda: page.set_selected_active(False))
    assert message.startswith(f"bin {stocked.code} still holds {stocked.units} units")
    # All or nothing: the empty bin selected with it was not retired either.
    assert all(b.active for b in list_bins(UnitOfWork(shop_engine)) if b.code == empty.code)
    page.select_codes([empty.code])
    assert _wait_done(qtbot, page, lambda: page.set_selected_active(False)) == "1 bin(s) retired"


# --- users -----------------------------------------------------------------------------------


def test_admin_adds_a_packer_with_a_hashed_pin_and_prints_a_badge_that_scans(
    qtbot: QtBot, shop_engine: Engine, tmp_path: Path
) -> None:
    import pypdfium2
    import zxingcpp

    widget = _open_admin(qtbot, shop_engine)
    page = widget.users
    widget.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)
    page.name_edit.setText("Anna Berg")
    page.on_name_edited("Anna Berg")
    assert page.badge_edit.text() == "BADGE:ANNA"
    page.badge_edit.setText("BADGE:ANNA07")
    page.role_box.setCurrentIndex(page.role_box.findData("packer"))
    page.pin_edit.setText("7391")
    assert _wait_done(qtbot, page, page.on_add_clicked) == "Anna Berg added"
    with shop_engine.connect() as conn:
        stored = conn.scalar(select(UserRow.pin_hash).where(UserRow.name == "Anna Berg"))
    assert stored and "7391" not in stored
    assert sign_in_with_pin(UnitOfWork(shop_engine), "Anna Berg", "7391").role is Role.PACKER

    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=10_000)
    page.select_name("Anna Berg")
    badge = tmp_path / "badge.pdf"
    _wait_done(qtbot, page, lambda: page.save_badge(page.selected(), badge))  # type: ignore[arg-type]
    image = pypdfium2.PdfDocument(badge.read_bytes())[0].render(scale=300 / 72).to_pil()
    decoded = zxingcpp.read_barcodes(image)
    assert [(d.text, d.format.name) for d in decoded] == [("BADGE:ANNA07", "Code128")]
    _screenshot(widget, "admin_users.png")


def test_an_admin_cannot_lock_themself_out(qtbot: QtBot, shop_engine: Engine) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.users
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=10_000)
    page.select_name("Ada Admin")
    page.active_check.setChecked(False)
    message = _wait_failed(qtbot, page, page.on_save_clicked)
    assert message == "you cannot retire yourself or take away your own admin role"


# --- products ----------------------------------------------------------------------------------


def test_admin_edits_barcodes_and_variant_and_a_bad_gtin_is_refused(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.products
    widget.tabs.setCurrentWidget(page)
    page.search_edit.setText("MUG-WHI")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.busy, timeout=10_000)
    page.select_sku("MUG-WHI")
    assert page.sku_edit.text() == "MUG-WHI"
    page.barcodes_edit.setText(page.barcodes_edit.text() + ", 4006381333931, 4006381333932")
    message = _wait_failed(qtbot, page, lambda: page.save(as_new=False))
    assert message == "'4006381333932' is not a valid GTIN: its check digit is 2, expected 1"
    page.barcodes_edit.setText(page.barcodes_edit.text().rsplit(",", 1)[0])
    page.attributes_edit.setText("Colour=white, capacity=350 ml")
    assert _wait_done(qtbot, page, lambda: page.save(as_new=False)) == "MUG-WHI saved"
    found = search_products(UnitOfWork(shop_engine), "4006381333931")
    assert [(p.sku, p.attributes) for p in found] == [
        ("MUG-WHI", {"color": "white", "capacity": "350 ml"})]
    page.search_edit.clear()
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() > 10 and not page.busy, timeout=10_000)
    _screenshot(widget, "admin_products.png")


def test_products_csv_reports_bad_rows_by_line(shop_engine: Engine) -> None:
    admin = _actor(shop_engine, "BADGE:ADA01")
    text = ("sku,name,barcodes,color\nNEW-1,New thing,4006381333931,red\n"
            "NEW-2,,,\nNEW-3,Third,4006381333932,blue\n")
    result = import_products_csv(UnitOfWork(shop_engine), admin, text, ImportMode.VALID_ROWS)
    assert [str(e) for e in result.errors] == [
        "line 3: the name is empty",
        "line 4: '4006381333932' is not a valid GTIN: its check digit is 2, expected 1",
    ]
    assert result.rows_imported == 1
    assert [p.attributes for p in search_products(UnitOfWork(shop_engine), "NEW-1")] == [{"color": "red"}]


def test_store_catalogue_products_are_imported_and_clashes_named(shop_engine: Engine) -> None:
    from packdesk.domain.model import Product
    from packdesk.services.catalog import import_catalogue

    admin = _actor(shop_engine, "BADGE:ADA01")
    taken = search_products(UnitOfWork(shop_engine), "MUG-WHI")[0].barcodes[0]
    feed = [
        Product("WC-101", "Linen apron", barcodes=["4006381333931"], attributes={"Colour": "sand"}),
        Product("WC-102", "Stolen barcode", barcodes=[taken]),
        Product("MUG-WHI", "Enamel mug, white (store title)", barcodes=[taken]),
    ]
    result = import_catalogue(UnitOfWork(shop_engine), admin, feed)
    assert [str(e) for e in result.errors] == [
        f"line 2: WC-102: barcode {taken[1:]} already belongs to MUG-WHI"]
    assert result.rows_imported == 2
    apron = search_products(UnitOfWork(shop_engine), "4006381333931")
    assert [(p.sku, p.attributes) for p in apron] == [("WC-101", {"color": "sand"})]
    assert search_products(UnitOfWork(shop_engine), "MUG-WHI")[0].name == "Enamel mug, white (store title)"


def test_a_store_whose_connector_cannot_list_products_says_so(
    qtbot: QtBot, shop_engine: Engine, tmp_path: Path
) -> None:
    admin = _actor(shop_engine, "BADGE:ADA01")
    admin_service.save_store_connection(UnitOfWork(shop_engine), admin, admin_service.StoreConnection(
        "file", "file", str(tmp_path), 0))
    widget = _open_admin(qtbot, shop_engine)
    page = widget.products
    qtbot.waitUntil(lambda: page.store_box.count() == 1 and not page.busy, timeout=10_000)
    message = _wait_failed(qtbot, page, page.on_store_import_clicked)
    assert message.startswith("the file connector cannot list its catalogue yet")


# --- stations ---------------------------------------------------------------------------------


def test_station_test_print_reaches_its_printer_and_test_scan_reads_the_code(
    qtbot: QtBot, shop_engine: Engine, tmp_path: Path
) -> None:
    widget = _open_admin(qtbot, shop_engine)
    page = widget.stations
    widget.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.view.selectRow(0)
    folder = tmp_path / "labels"
    folder.mkdir()
    page.label_edit.setText(f"folder://{folder}")
    page.slip_edit.setText("nonsense")
    assert "is not a printer address" in _wait_failed(qtbot, page, page.on_save_clicked)
    page.slip_edit.setText(f"folder://{folder}")
    assert _wait_done(qtbot, page, page.on_save_clicked) == "Bench 1 saved"
    stations = admin_service.list_stations(UnitOfWork(shop_engine), widget.actor)
    assert stations[0].printer_settings["label"] == f"folder://{folder}"
    assert stations[0].scanner_settings == {"kind": "keyboard", "max_gap_ms": "30"}

    message = _wait_done(qtbot, page, page.on_test_print_clicked)
    assert message.startswith(f"Test label sent to folder://{folder}")
    assert [p.suffix for p in folder.iterdir()] == [".pdf"]

    page.test_scan_edit.setText("BIN:A-03-2-B")
    page.test_scan_edit.returnPressed.emit()
    assert page.test_scan_result.text() == "Read a bin code: A-03-2-B"
    _screenshot(widget, "admin_stations.png")


# --- store connections -----------------------------------------------------------------------


def test_store_credentials_go_to_the_keyring_never_the_database(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        widget = _open_admin(qtbot, shop_engine)
        page = widget.stores
        widget.tabs.setCurrentWidget(page)
        page.kind_box.setCurrentIndex(page.kind_box.findData("woocommerce"))
        page.address_edit.setText("https://shop.example.com")
        page.secret_edits["consumer_key"].setText("ck_live_4f1d2c")
        page.secret_edits["consumer_secret"].setText("cs_live_9a8b7c")
        page.minutes_spin.setValue(15)
        assert _wait_done(qtbot, page, page.on_save_clicked) == "woocommerce:shop.example.com saved"
        assert memory.passwords == {
            ("packdesk", "woocommerce:shop.example.com/consumer_key"): "ck_live_4f1d2c",
            ("packdesk", "woocommerce:shop.example.com/consumer_secret"): "cs_live_9a8b7c",
        }
        with shop_engine.connect() as conn:
            stored = " ".join(str(v) for v in conn.scalars(select(SettingRow.value)))
        assert "ck_live" not in stored and "cs_live" not in stored
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        assert page.model.index(0, 2).data() == "every 15 min"
        assert page.secret_edits["consumer_secret"].text() == ""

        page.address_edit.setText("http://127.0.0.1:9")  # discard port: nobody answers there
        message = _wait_failed(qtbot, page, page.on_test_clicked)
        assert message
        assert "cs_live" not in message
        page.address_edit.setText("https://shop.example.com")
        _screenshot(widget, "admin_stores.png")
    finally:
        keyring.set_keyring(previous)


def test_two_shops_on_one_host_get_their_own_keys_and_a_too_long_address_is_refused(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        widget = _open_admin(qtbot, shop_engine)
        page = widget.stores
        widget.tabs.setCurrentWidget(page)
        page.kind_box.setCurrentIndex(page.kind_box.findData("woocommerce"))
        for shop in ("no", "se"):
            page.address_edit.setText(f"https://shop.example.com/{shop}/")
            page.secret_edits["consumer_key"].setText(f"ck_{shop}")
            page.secret_edits["consumer_secret"].setText(f"cs_{shop}")
            assert _wait_done(qtbot, page, page.on_save_clicked) == \
                f"woocommerce:shop.example.com/{shop} saved"
        assert memory.passwords[("packdesk", "woocommerce:shop.example.com/no/consumer_key")] == "ck_no"
        assert memory.passwords[("packdesk", "woocommerce:shop.example.com/se/consumer_key")] == "ck_se"
        page.address_edit.setText("https://shop.example.com/" + "x" * 250)
        message = _wait_failed(qtbot, page, page.on_save_clicked)
        assert "characters long" in message
    finally:
        keyring.set_keyring(previous)


# --- who may open what ------------------------------------------------------------------------


def test_a_packer_cannot_open_the_dashboard_or_the_admin_area(shop_engine: Engine) -> None:
    packer = _actor(shop_engine, "BADGE:PAT03")
    lead = _actor(shop_engine, "BADGE:LENA02")
    with pytest.raises(PermissionDenied, match="Pat Packer is a packer"):
        AdminWidget(screen_services(shop_engine).admin, packer)
    with pytest.raises(PermissionDenied, match="Pat Packer is a packer"):
        DashboardWidget(screen_services(shop_engine).dashboard, packer)
    with pytest.raises(PermissionDenied, match="Lena Lead is a lead; the admin screens needs an admin"):
        AdminWidget(screen_services(shop_engine).admin, lead)
    with pytest.raises(PermissionDenied):
        AdminWidget(screen_services(shop_engine).admin, None)


def test_a_page_built_for_a_packer_gets_nothing_and_changes_nothing(
    qtbot: QtBot, shop_engine: Engine
) -> None:
    """Even a page constructed directly, past the admin area's door, is refused by the services."""
    from packdesk.ui.admin.userspage import UsersPage

    packer = _actor(shop_engine, "BADGE:PAT03")
    page = UsersPage(screen_services(shop_engine).admin, packer)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "needs an admin" in page.status_label.text(), timeout=10_000)
    assert page.model.rowCount() == 0


def test_every_admin_service_refuses_a_packer(shop_engine: Engine) -> None:
    packer = _actor(shop_engine, "BADGE:PAT03")
    uow = lambda: UnitOfWork(shop_engine)  # noqa: E731
    calls = [
        lambda: admin_service.list_users(uow(), packer),
        lambda: admin_service.add_user(uow(), packer, "Mallory", Role.ADMIN, "BADGE:MAL01", "1234"),
        lambda: admin_service.update_user(uow(), packer, 3, role=Role.ADMIN),
        lambda: admin_service.list_stations(uow(), packer),
        lambda: admin_service.save_station(uow(), packer, "Bench 1", {}, {}),
        lambda: admin_service.list_store_connections(uow(), packer),
        lambda: admin_service.save_store_connection(uow(), packer, admin_service.StoreConnection(
            "woocommerce:evil.example", "woocommerce", "https://evil.example", 1)),
        lambda: save_product(uow(), packer, product_id=None, sku="X", name="X", attributes={},
                             barcodes=[]),
        lambda: import_products_csv(uow(), packer, "sku,name\nX,Y\n"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert sign_in_with_badge(UnitOfWork(shop_engine), "BADGE:PAT03").role is Role.PACKER
