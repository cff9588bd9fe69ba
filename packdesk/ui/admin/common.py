"""Set-up the admin pages share: the records table, the form beside it, import reports.

Text arrives translated: each page calls its own ``self.tr()`` (the translation context is
the page's class) and hands the result in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packdesk.services.bins import ImportMode, ImportResult

from .models import AdminPage, RecordsModel

T = TypeVar("T")
FormRow = tuple[str, QWidget] | QWidget | QLayout


def records_view(model: RecordsModel[T], on_selection_changed: Callable[[], None], *,
                 fit_contents: bool = False) -> QTableView:
    """One record selected at a time; columns share the width, or fit their contents."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    if fit_contents:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
    else:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.selectionModel().selectionChanged.connect(on_selection_changed)
    return view


def selected_record(view: QTableView, model: RecordsModel[T]) -> T | None:
    rows = view.selectionModel().selectedRows()
    return model.record(rows[0].row()) if rows else None


def select_records(view: QTableView, model: RecordsModel[T], matches: Callable[[T], bool]) -> None:
    for row, record in enumerate(model.records()):
        if matches(record):
            view.selectRow(row)


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    return row


def form_box(title: str, rows: Sequence[FormRow]) -> tuple[QGroupBox, QFormLayout]:
    """A titled form; a row is (label, field), or a widget or layout across the form."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            form.addRow(row)
    return box, form


def table_beside(page: AdminPage, view: QWidget, side: QWidget | QLayout, *,
                 above: Sequence[QWidget] = ()) -> None:
    """The page's layout: the table over the status line on the left, ``side`` on the right."""
    left = QVBoxLayout()
    for widget in above:
        left.addWidget(widget)
    left.addWidget(view, 1)
    left.addWidget(page.status_label)
    layout = QHBoxLayout(page)
    layout.addLayout(left, 3)
    if isinstance(side, QLayout):
        layout.addLayout(side, 2)
    else:
        layout.addWidget(side, 2)


def import_mode_box(all_or_nothing: str, valid_rows: str) -> QComboBox:
    box = QComboBox()
    box.addItem(all_or_nothing, ImportMode.ALL_OR_NOTHING.value)
    box.addItem(valid_rows, ImportMode.VALID_ROWS.value)
    return box


def show_import_result(page: AdminPage, report: QStringListModel, result: ImportResult,
                       line_text: str) -> None:
    """List the refused rows (``line_text`` has {line} for the line, {error} for why), say how it went
    and load the page again."""
    report.setStringList([line_text.format(line=e.line, error=e.message)
                          for e in result.errors])
    if result.errors:
        page.show_error(result.summary())
    else:
        page.show_message(result.summary())
    page.reload()
