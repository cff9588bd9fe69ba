"""Is every label's text readable where it is: not clipped, not covered by another label.

A label's text is clipped when what its font needs (the font metrics' bounding rectangle
of the text, wrapped at the label's width when it wraps; rich text laid out as a text
document) is larger than the label's contents rectangle, or when a parent cuts the label
off (its visible region is smaller than what the text needs). Labels inside a scroll
area's viewport may be scrolled out of view and are left out of that second check.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

BIG = 100_000


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text()))


def text_size(label: QLabel) -> QSize:
    """The room the label's text needs in its font, wrapped at its width if it wraps."""
    rect = label.contentsRect()
    margin = 2 * label.margin()
    width = max(1, rect.width() - margin)
    if _rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(label.text())
        if label.wordWrap():
            doc.setTextWidth(width)
        size = doc.size()
        return QSize(int(size.width() + 0.999), int(size.height() + 0.999))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if label.buddy() is not None:
        flags |= int(Qt.TextFlag.TextShowMnemonic)  # "&Name" shows as "Name"
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
    bounds = label.fontMetrics().boundingRect(
        QRect(0, 0, width if label.wordWrap() else BIG, BIG), flags, label.text())
    return QSize(bounds.width() + margin, bounds.height() + margin)


def shown_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.isVisibleTo(root) and label.text().strip()
            and (label.pixmap() is None or label.pixmap().isNull())]


def clipped_labels(root: QWidget) -> list[str]:
    """One line per label whose text does not fit where it is shown."""
    problems = []
    for label in shown_labels(root):
        need = text_size(label)
        room = label.contentsRect()
        where = f"{label.objectName() or type(label.parent()).__name__}: {label.text()[:40]!r}"
        if need.width() > room.width() or need.height() > room.height():
            problems.append(f"{where} needs {need.width()}x{need.height()}, "
                            f"has {room.width()}x{room.height()}")
            continue
        if not _in_scroll_area(label, root):
            visible = label.visibleRegion().boundingRect()
            if visible.width() < min(need.width(), room.width()) or (
                    visible.height() < min(need.height(), room.height())):
                problems.append(f"{where} is cut off by its parent: "
                                f"{visible.width()}x{visible.height()} of it shows")
    return problems


def overlapping_labels(card: QWidget) -> list[str]:
    """Pairs of labels with text on ``card`` whose rectangles overlap."""
    labels = shown_labels(card)
    rects = [(label, QRect(label.mapTo(card, label.rect().topLeft()), label.size()))
             for label in labels]
    problems = []
    for index, (first, a) in enumerate(rects):
        for second, b in rects[index + 1:]:
            if a.intersects(b):
                problems.append(f"{first.objectName() or first.text()[:20]!r} overlaps "
                                f"{second.objectName() or second.text()[:20]!r}")
    return problems
