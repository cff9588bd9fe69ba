"""Choosing a language at the sign-in screen rebuilds the station in it: the real start-up
(packdesk.app.run_app) on a demo database, driven by timers while its event loop runs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packdesk.app import run_app
from packdesk.persistence.db import make_engine
from packdesk.ui.language import current_language, remove_translations
from packdesk.ui.mainwindow import MainWindow
from tests.helpers.shop import seed_small_shop


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PACKDESK_LANGUAGE", "en")
    yield
    app = QApplication.instance()
    assert app is not None
    remove_translations(app)  # as the other tests expect it


def shown_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()), None)


def when(condition: Callable[[], bool], then: Callable[[], None], tries: int = 150) -> None:
    """Call ``then`` once ``condition`` holds, polling every 100 ms from the event loop."""
    if condition():
        then()
    elif tries:
        QTimer.singleShot(100, lambda: when(condition, then, tries - 1))
    else:
        app = QApplication.instance()
        assert app is not None
        app.exit(3)  # give up: the test fails on the exit code


def test_choosing_russian_at_sign_in_shows_the_station_in_russian(
    qtbot: QtBot, english: None, sqlite_url: str, tmp_path: Path,
) -> None:
    engine = make_engine(sqlite_url)
    seed_small_shop(engine, orders=3)
    engine.dispose()
    titles: list[str] = []
    first: list[MainWindow] = []

    def choose_russian() -> None:
        window = shown_window()
        assert window is not None
        first.append(window)
        titles.append(window.signin.title.text())
        box = window.signin.language
        index = box.findData("ru")
        box.setCurrentIndex(index)
        box.activated.emit(index)

    def read_and_close() -> None:
        window = shown_window()
        assert window is not None
        titles.append(window.signin.title.text())
        titles.append(window.signin.language.currentData())
        window.close()

    when(lambda: shown_window() is not None, choose_russian)
    when(lambda: bool(first) and shown_window() not in (None, first[0]), read_and_close)
    code = run_app(sqlite_url, station="Bench 1", demo=True, print_folder=tmp_path / "printed")

    assert code == 0
    assert titles == ["Scan your badge to sign in", "Сканируйте бейдж, чтобы войти", "ru"]
    assert current_language() == "ru"
