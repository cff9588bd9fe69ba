"""Widget set-up the station screens share: fonts in points, labels, big buttons, tables.

Text arrives translated: each screen calls its own ``self.tr()`` (the translation context
is the screen's class) and hands the result in.

Fonts are given in points for a full-size screen (1280x860 and up); each widget keeps
its size as a property so :func:`scale_fonts` can shrink every text in proportion on a
smaller screen (down to 1024x600) and grow it back.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QTableView, QWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


_scale = 1.0  # the station window's current text scale (see scale_fonts)


def font(points: float, bold: bool = False) -> QFont:
    """A font of ``points`` on a full-size screen, at the window's current scale."""
    result = QFont()
    result.setPointSizeF(max(MIN_POINTS, points * _scale) if _scale != 1.0 else points)
    result.setBold(bold)
    return result


POINTS_PROPERTY = "packdeskPoints"  # the font size a widget has on a full-size screen
ROW_HEIGHT_PROPERTY = "packdeskRowHeight"  # a table's row height on a full-size screen
MIN_POINTS = 9.0


def set_font(widget: QWidget, points: float, bold: bool = False,
             families: list[str] | None = None) -> QFont:
    """Give ``widget`` a font of ``points`` (at full size) that :func:`scale_fonts` scales."""
    result = font(points, bold)
    if families:
        result.setFamilies(families)
        result.setStyleHint(QFont.StyleHint.Monospace)
    widget.setFont(result)
    widget.setProperty(POINTS_PROPERTY, float(points))
    return result


def scale_fonts(root: QWidget, factor: float) -> None:
    """Every font set with :func:`set_font` under ``root`` at ``factor`` times its size,
    the rows of tables made by :func:`read_only_table` too, and :func:`font` from now on
    (item models ask for it when they paint)."""
    global _scale
    _scale = factor
    for widget in (root, *root.findChildren(QWidget)):
        row_height = widget.property(ROW_HEIGHT_PROPERTY)
        if isinstance(widget, QTableView) and isinstance(row_height, int):
            widget.verticalHeader().setDefaultSectionSize(max(20, round(row_height * factor)))
            widget.viewport().update()
        points = widget.property(POINTS_PROPERTY)
        if not isinstance(points, float):
            continue
        size = max(MIN_POINTS, points * factor)
        current = widget.font()
        if abs(current.pointSizeF() - size) < 0.01:
            continue
        scaled = QFont(current)
        scaled.setPointSizeF(size)
        widget.setFont(scaled)


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
    set_font(widget, points, bold)
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
    set_font(widget, points, bold)
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
    table.verticalHeader().setDefaultSectionSize(round(row_height * _scale))
    table.setProperty(ROW_HEIGHT_PROPERTY, row_height)
    return table


class ElidedLabel(QLabel):
    """A one-line label that a narrow layout may shorten: it asks for its whole text's
    width, accepts down to its first ``floor_characters`` and "…", and then shows the
    start of its text with "…". ``full_text`` keeps all of it, and with ``tip_when_short``
    the tooltip too while it is shortened. For fields beside others on one row, where a 1024-pixel screen or a longer
    language would otherwise push the row's last ones out of the window."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 floor_characters: int = 8, tip_when_short: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.floor_characters = floor_characters
        self.tip_when_short = tip_when_short  # the whole text as tooltip while shortened
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._show_fitting()
        self.updateGeometry()

    def _overhead(self) -> int:
        """Pixels around the text: the padding and the label's own margins."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def full_width(self) -> int:
        return self._overhead() + self.fontMetrics().horizontalAdvance(self.full_text)

    def floor_width(self) -> int:
        if len(self.full_text) <= self.floor_characters + 1:
            return self.full_width()
        start = self.full_text[:self.floor_characters].rstrip() + "…"
        return self._overhead() + self.fontMetrics().horizontalAdvance(start)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.full_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.floor_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_fitting()

    def _show_fitting(self) -> None:
        room = self.width() - self._overhead() if self.isVisible() else 1 << 20
        metrics = self.fontMetrics()
        # Compared in whole pixels first: elidedText measures in fractions and would
        # shorten a text given exactly the width its sizeHint asked for.
        shown = self.full_text if metrics.horizontalAdvance(self.full_text) <= room else (
            metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))
        if shown != self.text():
            self.setText(shown)
            if self.tip_when_short:
                self.setToolTip(self.full_text if shown != self.full_text else "")
