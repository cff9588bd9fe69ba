"""The shift lead's dashboard: pack-rate figures, two charts, orders on hold, CSV export,
and the stores (last pull, refused messages to retry or dismiss: ``syncpanel``).

Only a lead or an admin may open it: the constructor refuses anyone else, and the
figures themselves are refused by the service for anyone else. Figures load on a thread
pool, on a timer, so the window stays live while stations ship.
"""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.model import Role
from packdesk.services.auth import Actor, require_role
from packdesk.services.intake import CHANGED_AT_STORE
from packdesk.services.screens import DashboardServices
from packdesk.services.stats import (
    DashboardData,
    GroupFigures,
    Grouping,
    Period,
    report_csv,
)

from .dashboard_tasks import TaskRunner
from .dashboardmodel import HeldOrdersModel, StatsTableModel
from .qualitypanel import QualityPanel
from .syncpanel import StoreSyncPanel
from .widgets import ElidedLabel

REFRESH_MS = 30_000
BAR_COLOR = QColor("#2f6db5")
TARGET_COLOR = QColor("#d9480f")


class DashboardWidget(QWidget):
    """Figures for a period and grouping, refreshed in the background."""

    refreshed = Signal()
    refresh_failed = Signal(str)
    exported = Signal(str)

    def __init__(
        self,
        services: DashboardServices,
        actor: Actor | None,
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        # Refuse before anything is built or read: no path opens this for a packer.
        lead = require_role(actor, Role.LEAD, "the dashboard")
        super().__init__(parent)
        self._actor = lead
        self._services = services
        self._zone = zone
        self._data: DashboardData | None = None
        self._runner = TaskRunner(self)
        self._refresh_again = False
        self.setObjectName("dashboard")

        self.period_box = QComboBox()
        self.period_box.addItem(self.tr("This shift"), "shift")
        self.period_box.addItem(self.tr("Today"), "today")
        self.period_box.addItem(self.tr("Date range"), "range")
        self.period_box.setCurrentIndex(1)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today)
        self.to_edit = QDateEdit(today)
        self.range_dash = QLabel("–")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        # The dates show only for a date range: at 1024 pixels they pushed Export off the row.
        for widget in (self.from_edit, self.range_dash, self.to_edit):
            widget.setVisible(False)
        self.group_box = QComboBox()
        for grouping, label in (
            (Grouping.PACKER, self.tr("Packer")), (Grouping.STATION, self.tr("Station")),
            (Grouping.HOUR, self.tr("Hour of day")), (Grouping.DAY, self.tr("Day")),
        ):
            self.group_box.addItem(label, grouping.value)
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setRange(0.5, 1000)
        self.target_spin.setDecimals(1)
        self.target_spin.setSuffix(self.tr(" orders/h"))
        self.target_spin.setToolTip(self.tr("Orders per hour you expect of one packer"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setEnabled(False)
        self.status_label = ElidedLabel(self.tr("Loading…"), tip_when_short=True)
        self.status_label.setObjectName("dashboardStatus")

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Period:")))
        controls.addWidget(self.period_box)
        controls.addWidget(self.from_edit)
        controls.addWidget(self.range_dash)
        controls.addWidget(self.to_edit)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("By:")))
        controls.addWidget(self.group_box)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Target:")))
        controls.addWidget(self.target_spin)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        controls.addWidget(self.export_button)

        self.figures_model = StatsTableModel(self)
        self.figures_view = QTableView()
        self.figures_view.setModel(self.figures_model)
        self.figures_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures_view.verticalHeader().hide()
        self.figures_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.figures_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        # Room for the header and four rows however small the screen: at 1024x600 the
        # panels below squeezed the figures, the dashboard's point, to a single row.
        self.figures_view.setMinimumHeight(
            self.figures_view.verticalHeader().defaultSectionSize() * 5
            + self.figures_view.horizontalScrollBar().sizeHint().height() + 4)
        self.held_model = HeldOrdersModel(self)
        self.held_view = QTableView()
        self.held_view.setModel(self.held_model)
        self.held_view.verticalHeader().hide()
        self.held_view.horizontalHeader().setStretchLastSection(True)
        self.held_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.held_box = QGroupBox(self.tr("On hold"))
        held_layout = QVBoxLayout(self.held_box)
        held_layout.addWidget(self.held_view)
        self.ship_as_packed_button = QPushButton(self.tr("Ship as &packed"))
        self.ship_as_packed_button.setToolTip(self.tr(
            "The store changed this order after picking started: go on with what was packed "
            "(the store is told only the units packed)"))
        self.ship_as_packed_button.setEnabled(False)
        self.repick_button = QPushButton(self.tr("&Re-pick"))
        self.repick_button.setToolTip(self.tr(
            "The store changed this order after picking started: put the picked units back "
            "in their bins and start it over with the store's lines at the next pull"))
        self.repick_button.setEnabled(False)
        # What the lead's last action on a held order did (the refresh keeps it).
        self.held_status = QLabel()
        self.held_status.setObjectName("heldStatus")
        self.held_status.setWordWrap(True)
        held_buttons = QHBoxLayout()
        held_buttons.addWidget(self.held_status, 1)
        held_buttons.addWidget(self.repick_button)
        held_buttons.addWidget(self.ship_as_packed_button)
        held_layout.addLayout(held_buttons)

        self.hourly_chart = self._new_chart(self.tr("Orders shipped per hour"))
        self.packer_chart = self._new_chart(self.tr("Orders per hour by packer"))
        self.hourly_view = QChartView(self.hourly_chart)
        self.packer_view = QChartView(self.packer_chart)
        for view in (self.hourly_view, self.packer_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.figures_view)
        left.addWidget(self.held_box)
        self.sync_panel = StoreSyncPanel(services, lead)
        left.addWidget(self.sync_panel)
        self.quality_panel = QualityPanel(services, lead)
        left.addWidget(self.quality_panel)
        left.setSizes([320, 120, 140, 120])
        left.setStretchFactor(0, 1)  # a taller window gives its room to the figures
        for index in range(1, left.count()):
            left.setStretchFactor(index, 0)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.hourly_view)
        right.addWidget(self.packer_view)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([620, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        # On a line of its own: beside the controls it pushed Export out of a 1024-pixel
        # window, and an error in it ("the period ends before it starts") must read whole
        # (not word-wrapped: a wrapping label makes the scrolled page as tall as its
        # narrowest wrapping; a message longer than the row ends in "…" and a tooltip).
        layout.addWidget(self.status_label)
        layout.addWidget(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.on_timer)
        self.refresh_button.clicked.connect(self.refresh)
        self.held_view.selectionModel().selectionChanged.connect(self.on_held_selection_changed)
        self.ship_as_packed_button.clicked.connect(self.on_ship_as_packed_clicked)
        self.repick_button.clicked.connect(self.on_repick_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.period_box.currentIndexChanged.connect(self.on_period_changed)
        self.group_box.currentIndexChanged.connect(self.refresh)
        self.from_edit.dateChanged.connect(self.on_dates_changed)
        self.to_edit.dateChanged.connect(self.on_dates_changed)
        self.target_spin.editingFinished.connect(self.on_target_edited)
        self.on_period_changed()
        self.timer.start()

    # --- Choosing what to show ---------------------------------------------------------

    def set_date_range(self, first: date, last: date) -> None:
        """Show whole days ``first`` to ``last`` (what the period controls do)."""
        for edit, value in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
        self.period_box.setCurrentIndex(self.period_box.findData("range"))
        self.refresh()

    def set_grouping(self, grouping: Grouping) -> None:
        self.group_box.setCurrentIndex(self.group_box.findData(grouping.value))

    def period(self) -> Period:
        kind = self.period_box.currentData()
        if kind == "shift":
            return Period.this_shift(zone=self._zone)
        if kind == "today":
            return Period.today(zone=self._zone)
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return Period.for_dates(first, last, self._zone)

    def grouping(self) -> Grouping:
        return Grouping(self.group_box.currentData())

    @Slot()
    def on_timer(self) -> None:
        # A dashboard the lead is not looking at (another screen in front) stays quiet.
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._data is not None:
            self.refresh()  # back on screen: show what happened meanwhile

    @Slot()
    def on_period_changed(self) -> None:
        ranged = self.period_box.currentData() == "range"
        for widget in (self.from_edit, self.range_dash, self.to_edit):
            widget.setVisible(ranged)
        self.refresh()

    @Slot()
    def on_dates_changed(self) -> None:
        if self.period_box.currentData() == "range":
            self.refresh()

    # --- Loading -------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Load the figures in the background; a refresh asked for meanwhile runs after."""
        if self._runner.busy:
            self._refresh_again = True
            return
        try:
            period = self.period()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        grouping = self.grouping()
        services, actor = self._services, self._actor
        self.sync_panel.refresh()
        self.quality_panel.refresh(period)
        self.status_label.set_full_text(self.tr("Updating…"))
        self._runner.run(
            lambda: services.dashboard_data(actor, period, grouping),
            self._on_loaded,
            self._on_load_failed,
        )

    def _on_loaded(self, data: DashboardData) -> None:
        self._data = data
        report = data.report
        self.figures_model.set_figures(report.groups, report.total)
        self.held_model.set_orders(report.on_hold)
        self.ship_as_packed_button.setEnabled(False)
        self.repick_button.setEnabled(False)
        self.held_box.setTitle(self.tr("On hold: %n order(s)", "", len(report.on_hold)))
        if not self.target_spin.hasFocus():
            self.target_spin.blockSignals(True)
            self.target_spin.setValue(data.target_rate)
            self.target_spin.blockSignals(False)
        self._draw_charts()
        self.export_button.setEnabled(True)
        self.status_label.set_full_text(
            self.tr("{period} · updated {time}").format(
                period=report.period.label, time=QTime.currentTime().toString("HH:mm:ss")))
        self.status_label.setStyleSheet("")
        self.refreshed.emit()
        self._after_task()

    def _on_load_failed(self, message: str) -> None:
        self._show_error(self.tr("Figures not updated: {error}").format(error=message))
        self.refresh_failed.emit(message)
        self._after_task()

    def _after_task(self) -> None:
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _show_error(self, text: str) -> None:
        self.status_label.set_full_text(text)
        self.status_label.setStyleSheet("color: #b00020;")

    # --- Orders the store changed -------------------------------------------------------

    def _selected_store_change(self) -> str | None:
        rows = self.held_view.selectionModel().selectedRows()
        if not rows:
            return None
        number = self.held_model.index(rows[0].row(), 0).data()
        reason = str(self.held_model.index(rows[0].row(), 1).data() or "")
        return str(number) if reason.startswith(CHANGED_AT_STORE) else None

    @Slot()
    def on_held_selection_changed(self) -> None:
        chosen = self._selected_store_change() is not None
        self.ship_as_packed_button.setEnabled(chosen)
        self.repick_button.setEnabled(chosen)

    @Slot()
    def on_repick_clicked(self) -> None:
        number = self._selected_store_change()
        if number is None:
            return
        services, actor = self._services, self._actor

        def done(units: int) -> None:
            self.held_status.setText(self.tr(
                "{number} starts over: %n unit(s) back in their bins; the next pull brings "
                "the store's lines", "", units).format(number=number))
            self.refresh()

        self._runner.run(
            lambda: services.repick(actor, number),
            done,
            lambda message: self._show_error(self.tr("Not changed: {message}").format(message=message)),
        )

    @Slot()
    def on_ship_as_packed_clicked(self) -> None:
        number = self._selected_store_change()
        if number is None:
            return
        services, actor = self._services, self._actor

        def done(status: str) -> None:
            self.held_status.setText(self.tr("{number} goes on as packed").format(number=number))
            self.refresh()

        self._runner.run(
            lambda: services.ship_as_packed(actor, number),
            done,
            lambda message: self._show_error(self.tr("Not changed: {error}").format(error=message)),
        )

    # --- Target and export ---------------------------------------------------------------

    @Slot()
    def on_target_edited(self) -> None:
        value = self.target_spin.value()
        if self._data is not None and abs(value - self._data.target_rate) < 1e-9:
            return
        services, actor = self._services, self._actor
        self._runner.run(
            lambda: services.set_target_rate(actor, value),
            lambda _saved: self.refresh(),
            lambda message: self._show_error(self.tr("Target not saved: {error}").format(error=message)),
        )

    @Slot()
    def on_export_clicked(self) -> None:
        suggested = f"packdesk-stats-{date.today():%Y-%m-%d}-{self.grouping().value}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export figures"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the figures on screen (not a fresh query) as CSV, off the GUI thread."""
        if self._data is None:
            return
        text = report_csv(self._data.report)

        def write() -> str:
            path.write_text(text, encoding="utf-8")
            return str(path)

        def done(written: str) -> None:
            self.status_label.set_full_text(self.tr("Exported to {file}").format(file=written))
            self.exported.emit(written)

        self._runner.run(
            write,
            done,
            lambda message: self._show_error(self.tr("Not exported: {error}").format(error=message)),
        )

    # --- Charts --------------------------------------------------------------------------

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _draw_charts(self) -> None:
        if self._data is None:
            return
        data = self._data
        packers = [g for g in data.by_packer if g.orders]
        hours = data.by_hour
        team_target = data.target_rate * max(1, len(packers))
        self._draw_bars(
            self.hourly_chart,
            [f"{h.hour}:00" for h in hours],
            [float(h.orders) for h in hours],
            self.tr("Orders shipped"),
            team_target,
            self.tr("Team target (%n packer(s))", "", max(1, len(packers))),
        )
        self._draw_bars(
            self.packer_chart,
            [g.key or self.tr("(not recorded)") for g in packers],
            [g.orders_per_hour or 0.0 for g in packers],
            self.tr("Orders per hour"),
            data.target_rate,
            self.tr("Target per packer"),
        )

    def _draw_bars(self, chart: QChart, categories: list[str], values: list[float],
                   bar_label: str, target: float, target_label: str) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(bar_label)
        bars.setColor(BAR_COLOR)
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(3)
        bars.setLabelColor(QColor("#1b1b1b"))
        chart.addSeries(series)
        line = QLineSeries()
        line.setName(f"{target_label}: {target:g}")
        line.setPen(QPen(TARGET_COLOR, 2, Qt.PenStyle.DashLine))
        count = max(1, len(categories))
        line.append(-0.5, target)
        line.append(count - 0.5, target)
        chart.addSeries(line)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        axis_y = QValueAxis()
        axis_y.setRange(0, max([target, *values]) * 1.2 or 1)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%g")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for attached in (series, line):
            attached.attachAxis(axis_x)
            attached.attachAxis(axis_y)

    # --- For tests and the main window ----------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._runner.busy or self._refresh_again or self.sync_panel.busy

    def figures(self) -> list[list[str]]:
        """The figures table as the lead sees it, row by row."""
        return [self.figures_model.row_texts(r) for r in range(self.figures_model.rowCount())]

    def chart_values(self) -> dict[str, list[float]]:
        data = self._data
        if data is None:
            return {}
        packers: list[GroupFigures] = [g for g in data.by_packer if g.orders]
        return {
            "hourly": [float(h.orders) for h in data.by_hour],
            "packers": [g.orders_per_hour or 0.0 for g in packers],
        }

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        super().closeEvent(event)
