"""Table models of the admin screens, and what every admin page shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLabel, QWidget

from packdesk.domain.errors import InvalidBinCode
from packdesk.domain.model import BinCode
from packdesk.services.auth import Actor
from packdesk.services.bins import BinInfo
from packdesk.services.screens import AdminServices
from packdesk.ui.dashboard_tasks import TaskRunner

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]


class RecordsModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen records; ``columns`` are (translated title, value of a record)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        value = self._columns[index.column()][1](self._records[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None


class BinsModel(RecordsModel[BinInfo]):
    """Bins; the code column is editable, and a typed code is checked before it is asked for."""

    rename_requested = Signal(int, str)  # bin id, new code
    invalid_code = Signal(str)  # the rule's message

    CODE_COLUMN = 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.CODE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.CODE_COLUMN:
            return False
        record = self.record(index.row())
        try:
            code = BinCode.parse(str(value))
        except InvalidBinCode as exc:
            self.invalid_code.emit(str(exc))
            return False
        if str(code) != record.code:
            # The change is made by the service off the GUI thread; the list reloads after.
            self.rename_requested.emit(record.id, str(code))
        return False


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive filter over every column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class AdminPage(QWidget):
    """A page of the admin area: its services, its admin, a task runner and a status line."""

    loaded = Signal()
    done = Signal(str)  # a change or an action finished; the text says what happened
    failed = Signal(str)

    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.runner = TaskRunner(self)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        # Room for two lines: a wrapped message must not be cut off by the table above it.
        self.status_label.setMinimumHeight(2 * self.status_label.fontMetrics().lineSpacing() + 6)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.runner.run(work, on_done, self.show_error)

    def show_message(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #1b5e20;")
        self.status_label.setText(text)
        self.done.emit(text)

    def reload(self) -> None:
        """Load the page's records again (each page loads its own)."""

    def then_reload(self, message: str) -> None:
        self.show_message(message)
        self.reload()

    def show_error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.setText(text)
        self.failed.emit(text)
