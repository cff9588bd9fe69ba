"""The stores as the window shows them: the pull summary with held order numbers in the status
bar and the lead's dashboard, refused credentials, and refused messages a lead retries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from packdesk.app import health_probe, pull_and_sync
from packdesk.domain.model import OrderStatus
from packdesk.persistence.db import make_engine
from packdesk.services.screens import ScreenServices
from packdesk.services.uow import UnitOfWork
from packdesk.sync.outbox_worker import OutboxWorker
from packdesk.sync.pull import pull_all
from packdesk.ui.dashboard import DashboardWidget
from packdesk.ui.statusbar import StationStatusBar
from packdesk.ui.worker import TaskRunner
from tests.helpers.fake_shopify import FakeShopify, shopify_line, shopify_order
from tests.helpers.outbox import outbox, tracking
from tests.helpers.shopify_flow import (
    LEAD,
    TO_SHIPPED,
    at_warehouse,
    connector,
    orders,
    set_status,
    ship,
)


@pytest.fixture
def store() -> Iterator[FakeShopify]:
    with FakeShopify().running() as fake:
        yield fake


@pytest.fixture
def db(sqlite_url: str) -> Iterator[Engine]:
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


def _hold_order_7_at_the_store(engine: Engine, store: FakeShopify) -> None:
    """Order #7 is picked; then a line is added at the store."""
    store.add_order(shopify_order(7, lines=[shopify_line(1, "TEE-NAV-L", 2)]))
    store.add_order(shopify_order(8))
    pull_all(engine, [at_warehouse(engine, store)])
    set_status(engine, "7", OrderStatus.PICKING)
    store.add_line(7, shopify_line(2, "MUG-WHT", 1, options={}))


def test_the_pull_summary_with_held_orders_reaches_the_status_bar(
    qtbot: QtBot, db: Engine, store: FakeShopify, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _hold_order_7_at_the_store(db, store)
    monkeypatch.setenv("PACKDESK_SHOPIFY_TOKEN", store.token)
    # The window's own round: every known store pulled (with the admin's location), then the outbox.
    bar = StationStatusBar("S1", runner=TaskRunner(), pull=lambda report: pull_and_sync(db, report))
    qtbot.addWidget(bar)
    bar.start()
    bar.pull_button.click()
    qtbot.waitUntil(lambda: "#7" in bar.pull_state.text(), timeout=20_000)
    assert bar.pull_state.state == "warn" and "1 held" in bar.pull_state.text()
    assert "changed at the store after picking started: #7" in bar.pull_state.toolTip()
    bar.resize(1300, 40)
    bar.grab().save(str(tmp_path / "statusbar_held.png"))
    bar.stop()


def test_refused_credentials_turn_the_outbox_field_amber_with_where_to_fix_it(
    qtbot: QtBot, db: Engine, store: FakeShopify
) -> None:
    store.add_order(shopify_order(9))
    pull_all(db, [at_warehouse(db, store)])
    ship(db, "9", *TO_SHIPPED)
    store.token = "shpat_rotated"
    OutboxWorker(db, [connector(store, "shpat_test")]).run_once()
    bar = StationStatusBar("S1")
    qtbot.addWidget(bar)
    bar.show_health(health_probe(db))
    assert bar.outbox.state == "warn"
    assert "refused the token" in bar.outbox.text()
    assert "Admin > Store connections" in bar.outbox.toolTip()


def test_the_dashboard_shows_the_held_orders_and_a_lead_retries_a_refused_message(
    qtbot: QtBot, db: Engine, store: FakeShopify, tmp_path: Path
) -> None:
    _hold_order_7_at_the_store(db, store)
    source = at_warehouse(db, store)
    pull_all(db, [source])
    ship(db, "8", *TO_SHIPPED)
    store.user_error_mutations = ["Tracking number is invalid for the carrier."]
    assert OutboxWorker(db, [source]).run_once().failed == 1

    widget = DashboardWidget(ScreenServices.over(lambda: UnitOfWork(db)).dashboard, LEAD, refresh_ms=60_000)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    panel = widget.sync_panel
    qtbot.waitUntil(lambda: panel.messages_model.rowCount() == 1 and not widget.loading, timeout=10_000)
    assert "On hold after the pull: #7" in panel.pull_label.text()
    assert panel.messages_model.index(0, 0).data() == "#8"
    assert panel.messages_model.index(0, 2).data() == "422: Tracking number is invalid for the carrier."
    assert not panel.retry_button.isEnabled()  # nothing chosen yet
    widget.grab().save(str(tmp_path / "dashboard_stores.png"))

    # Order #7 is held "changed at the store": the lead lets it go on as packed.
    assert widget.held_model.index(0, 0).data() == "#7"
    widget.held_view.selectRow(0)
    assert widget.ship_as_packed_button.isEnabled()
    widget.ship_as_packed_button.click()
    qtbot.waitUntil(lambda: widget.held_model.rowCount() == 0 and not widget.loading, timeout=10_000)
    assert orders(db)["7"].status == OrderStatus.PICKING.value

    panel.select_row(0)
    with qtbot.waitSignal(panel.acted, timeout=10_000) as acted:
        panel.retry_button.click()
    assert acted.args == ["Order #8: sent again at the next round"]
    qtbot.waitUntil(lambda: panel.messages_model.rowCount() == 0 and not panel.busy, timeout=10_000)
    assert OutboxWorker(db, [source], retry_base=timedelta(0)).run_once().sent == 1
    assert [status for status, _, _ in outbox(db)] == ["sent"]
    assert store.fulfillments_with(tracking(8))[8] == 1


def test_a_lead_re_picks_an_order_the_store_changed_from_the_dashboard(
    qtbot: QtBot, db: Engine, store: FakeShopify, tmp_path: Path
) -> None:
    _hold_order_7_at_the_store(db, store)
    source = at_warehouse(db, store)
    pull_all(db, [source])
    assert orders(db)["7"].status == OrderStatus.ON_HOLD.value

    widget = DashboardWidget(ScreenServices.over(lambda: UnitOfWork(db)).dashboard, LEAD, refresh_ms=60_000)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.held_model.rowCount() == 1 and not widget.loading, timeout=10_000)
    assert not widget.repick_button.isEnabled()  # nothing chosen yet
    widget.held_view.selectRow(0)
    assert widget.repick_button.isEnabled() and widget.ship_as_packed_button.isEnabled()
    widget.held_box.grab().save(str(tmp_path / "dashboard_held_repick.png"))
    widget.repick_button.click()
    qtbot.waitUntil(lambda: widget.held_model.rowCount() == 0 and not widget.loading, timeout=10_000)
    assert "#7 starts over" in widget.held_status.text()
    widget.grab().save(str(tmp_path / "dashboard_after_repick.png"))
    assert orders(db)["7"].status == OrderStatus.NEW.value
    pull_all(db, [source])  # the store's lines as they are now
    assert {line.sku: line.quantity for line in orders(db)["7"].lines} == {"TEE-NAV-L": 2, "MUG-WHT": 1}


def test_the_admin_chooses_the_stations_store_location_among_those_the_store_lists(
    qtbot: QtBot, db: Engine, store: FakeShopify, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from packdesk.services.storeoptions import StoreOptions, store_options
    from packdesk.ui.admin.storespage import StoresPage
    from tests.helpers.fake_shopify import WAREHOUSE
    from tests.helpers.shopify_flow import ADMIN

    monkeypatch.setenv("PACKDESK_SHOPIFY_TOKEN", store.token)
    page = StoresPage(ScreenServices.over(lambda: UnitOfWork(db)).admin, ADMIN)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.kind_box.setCurrentIndex(page.kind_box.findData("shopify"))
    page.address_edit.setText(store.url)
    assert page.options_box.isVisible()
    with qtbot.waitSignal(page.done, timeout=10_000) as listed:
        page.on_locations_clicked()
    assert listed.args == ["2 location(s) at the store"]
    names = [page.location_box.itemText(i) for i in range(page.location_box.count())]
    assert names == ["Every location", "Warehouse", "High Street shop"]
    page.location_box.setCurrentIndex(1)
    page.pickup_box.setCurrentIndex(page.pickup_box.findData("skip"))
    with qtbot.waitSignal(page.done, timeout=10_000):
        page.on_save_options_clicked()
    page.grab().save(str(tmp_path / "admin_store_location.png"))
    source = connector(store).source
    assert store_options(UnitOfWork(db), source) == StoreOptions(WAREHOUSE, "Warehouse", False, "skip")
