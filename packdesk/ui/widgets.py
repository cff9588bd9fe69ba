"""Widget set-up the station screens share: fonts in points, labels, big buttons, tables.

Text arrives translated: each screen calls its own ``self.tr()`` (the translation context
is the screen's class) and hands the result in.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView, QWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def font(points: int, bold: bool = False) -> QFont:
    result = QFont()
    result.setPointSize(points)
    result.setBold(bold)
    return result


def text_label(
    text: str,
    parent: QWidget,
    *,
    points: int,
    bold: bool = False,
    name: str = "",
    wrap: bool = False,
    align: Qt.AlignmentFlag | None = None,
) -> QLabel:
    """A label in ``points``, named ``name`` when given (tests and style sheets find it so).

    Always plain text: labels show customer texts (notes, gift messages, names), and one
    that starts with a tag must show the tag, not be rendered as HTML."""
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    widget.setFont(font(points, bold))
    if wrap:
        widget.setWordWrap(True)
    if align is not None:
        widget.setAlignment(align)
    return widget


def plain_tooltip(text: str) -> str:
    """A tool tip that shows ``text`` as written (Qt renders a tip that looks like HTML as
    HTML, and customer texts may start with a tag)."""
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'


def push_button(
    text: str,
    parent: QWidget,
    *,
    points: int,
    bold: bool = False,
    name: str = "",
    shortcut: QKeySequence | None = None,
) -> QPushButton:
    widget = QPushButton(text, parent)
    if name:
        widget.setObjectName(name)
    widget.setFont(font(points, bold))
    if shortcut is not None:
        widget.setShortcut(shortcut)
    return widget


def read_only_table(
    parent: QWidget,
    model: QAbstractItemModel,
    *,
    name: str,
    row_height: int,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
) -> QTableView:
    """A table of ``model`` that is never edited in place, with no row numbers."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    if selection != QAbstractItemView.SelectionMode.NoSelection:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    return table
