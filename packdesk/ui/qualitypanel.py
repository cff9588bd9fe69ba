"""The lead's quality failures: units set aside at the bench per SKU and failed check in
the dashboard's period, most first, with a CSV export (issue 24)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packdesk.services.auth import Actor
from packdesk.services.quality import FailureCount, failures_csv
from packdesk.services.screens import DashboardServices
from packdesk.services.stats import Period

from .admin.models import RecordsModel
from .dashboard_tasks import TaskRunner


class QualityPanel(QGroupBox):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, services: DashboardServices, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityPanel")
        self.setTitle(self.tr("Quality checks failed"))
        self._services, self._actor = services, actor
        self._runner = TaskRunner(self)
        self.model: RecordsModel[FailureCount] = RecordsModel([
            (self.tr("SKU"), lambda f: f.sku),
            (self.tr("Failed check"), lambda f: f.reason),
            (self.tr("Units set aside"), lambda f: f.count),
        ], self)
        self.view = QTableView()
        self.view.setObjectName("qualityFailures")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export quality CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.on_export_clicked)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def refresh(self, period: Period) -> None:
        services, actor = self._services, self._actor
        self._runner.run(lambda: services.quality_failures(actor, period), self._on_loaded,
                         self._on_failed)

    def _on_loaded(self, failures: list[FailureCount]) -> None:
        self.model.set_records(failures)
        self.setTitle(self.tr("Quality checks failed: %n unit(s)", "",
                              sum(f.count for f in failures)))
        self.status.setText("")
        self.export_button.setEnabled(bool(failures))
        self.loaded.emit()

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Not updated: {error}").format(error=message))

    @Slot()
    def on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export quality failures"),
                                              "packdesk-quality.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """The rows on screen as CSV, written off the GUI thread."""
        text = failures_csv(self.model.records())

        def write() -> str:
            path.write_text(text, encoding="utf-8")
            return str(path)

        def done(written: str) -> None:
            self.status.setText(self.tr("Exported to {file}").format(file=written))
            self.exported.emit(written)

        self._runner.run(write, done, self._on_failed)
