"""Wiring: the one place that builds the application and hands parts to the window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(db_url: str, *, station: str, demo: bool, print_folder: Path | None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from packdesk.persistence.db import open_database

    engine = open_database(db_url)
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(f"packdesk — {station} — {engine.url.render_as_string(hide_password=True)}")
    label.show()
    return int(app.exec())
