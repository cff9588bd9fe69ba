"""The station's look: packdesk's icon, and a high-contrast theme for bright warehouses.

``PACKDESK_THEME=high-contrast`` (or the station's ``printer_settings`` key ``theme``)
turns it on: pure black on pure white (what stays readable in sunlight or under strong
lamps), heavy black borders, bold buttons, a thick blue focus mark, black table headings;
the scan banner keeps its own full colours (white on dark green / red).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from packdesk.resources import resource_path

THEME_ENV = "PACKDESK_THEME"
THEMES = ("standard", "high-contrast")

HIGH_CONTRAST_STYLE = """
QLineEdit, QComboBox, QAbstractSpinBox, QTableView, QListView, QTextEdit {
    color: #000000; background-color: #ffffff; border: 3px solid #000000; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTableView:focus {
    border: 4px solid #0047ff; background-color: #fffbd6; }
QPushButton { color: #000000; background-color: #ffffff; border: 3px solid #000000;
    padding: 6px 12px; font-weight: bold; }
QPushButton:focus { border: 4px solid #0047ff; }
QPushButton:disabled { color: #5c5c5c; border: 3px dashed #5c5c5c; }
QHeaderView::section { color: #ffffff; background-color: #000000; font-weight: bold;
    padding: 4px; border: 1px solid #ffffff; }
QMenuBar { border-bottom: 2px solid #000000; font-weight: bold; }
QMenu::item:selected, QMenuBar::item:selected { color: #ffffff; background-color: #000000; }
QToolTip { color: #000000; background-color: #ffffff; border: 2px solid #000000; }
"""


_current = ["standard"]


def current_theme() -> str:
    return _current[0]


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "packdesk.svg")))


def apply_theme(app: QApplication, name: str | None) -> str:
    """Set the window icon and the theme ``name`` (unknown names: standard); returns it."""
    app.setWindowIcon(app_icon())
    theme = name if name in THEMES else "standard"
    _current[0] = theme
    if theme == "high-contrast":
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#ffffff"), (QPalette.ColorRole.WindowText, "#000000"),
            (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#000000"),
            (QPalette.ColorRole.Button, "#ffffff"), (QPalette.ColorRole.ButtonText, "#000000"),
            (QPalette.ColorRole.Highlight, "#0047ff"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
        app.setStyleSheet(HIGH_CONTRAST_STYLE)
    else:
        app.setStyleSheet("")
    return theme
