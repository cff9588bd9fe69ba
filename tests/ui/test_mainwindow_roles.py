"""The lead's and admin's screens: offered to those roles only, by menu and by shortcut.

The dashboard and admin widgets are built elsewhere; here stand-ins take their place so
the test does not depend on them, and the window is the real one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from packdesk.app import build_main_window
from packdesk.domain.model import Role
from packdesk.hardware.scanners import FakeScanner
from packdesk.persistence.db import make_engine
from packdesk.services.auth import Actor, require_role
from packdesk.services.screens import AdminServices, DashboardServices
from packdesk.ui import mainwindow
from packdesk.ui.feedback import FeedbackKind, Sounds
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.shop import seed_small_shop

WAIT_MS = 10_000
opened: list[tuple[str, str]] = []  # (screen, who) each time a stand-in is built


class StandInDashboard(QLabel):
    def __init__(self, services: DashboardServices, actor: Actor,
                 parent: QWidget | None = None) -> None:
        opened.append(("dashboard", actor.name))  # built at all: the window let it through
        assert isinstance(services, DashboardServices)  # services from the window, no engine
        require_role(actor, Role.LEAD, "the dashboard")  # as the real one does, in services
        super().__init__("dashboard", parent)


class StandInAdmin(QLabel):
    def __init__(self, services: AdminServices, actor: Actor,
                 parent: QWidget | None = None) -> None:
        opened.append(("admin", actor.name))
        assert isinstance(services, AdminServices)
        require_role(actor, Role.ADMIN, "the admin area")
        super().__init__("admin", parent)


@pytest.fixture
def window(qtbot: QtBot, sqlite_url: str,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, FakeScanner]]:
    monkeypatch.setitem(mainwindow.LEAD_SCREENS, "dashboard",
                        (__name__, "StandInDashboard", Role.LEAD))
    monkeypatch.setitem(mainwindow.LEAD_SCREENS, "admin", (__name__, "StandInAdmin", Role.ADMIN))
    opened.clear()
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    scanner = FakeScanner()
    win = build_main_window(engine, "Bench 2", scanner, None, sounds=Sounds(enabled=False),
                            carriers=[("demo", "Demo Carrier")], with_health=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    yield win, scanner
    win.stop()
    engine.dispose()


def sign_in(qtbot: QtBot, win: MainWindow, scanner: FakeScanner, badge: str) -> None:
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS):
        scanner.feed(badge)
    qtbot.waitUntil(lambda: win.current_screen() == "queue", timeout=WAIT_MS)


def press_lead_shortcuts(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)  # let any (wrongly) triggered action run; nothing to wait for otherwise


def test_a_packer_gets_no_dashboard_or_admin_by_menu_or_shortcut(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner]
) -> None:
    win, scanner = window
    sign_in(qtbot, win, scanner, "BADGE:PAT03")

    assert not win.lead_menu.menuAction().isVisible()
    # Returns at the bench are a packer's screen (Station menu); every other one is not.
    lead_only = [action for key, action in win.lead_actions.items() if key != "returns"]
    for action in lead_only:
        assert not action.isVisible() and not action.isEnabled()
    press_lead_shortcuts(qtbot, win)
    for action in lead_only:
        action.trigger()  # a disabled action ignores even a direct trigger
    assert win.current_screen() == "queue"
    assert opened == []

    # Another path to the screen (not the menu) is refused, visibly.
    assert win.open_lead_screen("dashboard") is False
    assert win.banner.kind is FeedbackKind.REFUSE
    assert win.current_screen() == "queue"
    assert opened == []


def test_a_lead_opens_the_dashboard_by_shortcut_but_not_the_admin_area(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner]
) -> None:
    win, scanner = window
    sign_in(qtbot, win, scanner, "BADGE:LENA02")

    assert win.lead_menu.menuAction().isVisible()
    assert win.lead_actions["dashboard"].isVisible()
    assert not win.lead_actions["admin"].isVisible()
    qtbot.keyClick(win, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.current_screen() == "dashboard", timeout=WAIT_MS)
    assert opened == [("dashboard", "Lena Lead")]


def test_the_lead_screens_go_away_when_a_packer_signs_in_after_a_lead(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner]
) -> None:
    win, scanner = window
    sign_in(qtbot, win, scanner, "BADGE:ADA01")
    qtbot.keyClick(win, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.current_screen() == "admin", timeout=WAIT_MS)

    with qtbot.waitSignal(win.state_shown, timeout=WAIT_MS):
        qtbot.keyClick(win, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.current_screen() == "sign_in", timeout=WAIT_MS)
    sign_in(qtbot, win, scanner, "BADGE:PAT03")

    assert win.lead_screens == {}
    press_lead_shortcuts(qtbot, win)
    assert win.current_screen() == "queue"
    assert not win.lead_menu.menuAction().isVisible()


def test_a_lead_screen_names_itself_in_a_slim_line_and_the_next_scan_is_loud_again(
    qtbot: QtBot, window: tuple[MainWindow, FakeScanner]
) -> None:
    win, scanner = window
    win.resize(1366, 768)
    sign_in(qtbot, win, scanner, "BADGE:LENA02")
    loud = win.banner.height()
    assert win.open_lead_screen("dashboard")
    qtbot.waitUntil(lambda: win.banner.height() < loud, timeout=WAIT_MS)
    assert "Dashboard" in win.banner.text and "F4" in win.banner.text
    assert win.banner.height() <= 0.08 * win.height()  # the charts get the room
    with qtbot.waitSignal(win.scan_handled, timeout=WAIT_MS):
        scanner.feed("4006381333931")  # a scan while on the dashboard: a verdict, full size
    qtbot.waitUntil(lambda: win.banner.height() >= loud, timeout=WAIT_MS)
