"""The returns screen: receive a returned parcel at the bench.

The packer scans the order barcode on the packing slip, the return's RMA code, or types
the order number; the screen shows the order's shipped lines with what came back before.
Each returned unit is scanned (refused with the reason when it was not shipped in this
order, or when all of its line already came back); its condition is one key (F5
resellable, F6 opened, F7 damaged, F8 wrong item) for the last unit scanned. F10 closes
the return: the stock goes back and the refund is queued for the store. Reached from
the Station menu (Ctrl+R), built like a lead screen with ``(services, actor, parent)``.

Every database call runs on a :class:`~packdesk.ui.worker.TaskRunner`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from packdesk.domain.returns import Condition, location_for
from packdesk.domain.scancodes import classify
from packdesk.services.auth import Actor
from packdesk.services.returns import ReturnDraft, ReturnSummary, UnitOutcome
from packdesk.services.returnsreport import ReturnFigures, returns_csv
from packdesk.services.screens import ReturnServices

from .widgets import push_button, read_only_table, set_font, text_label
from .worker import TaskRunner

CONDITION_KEYS = {
    Condition.RESELLABLE: Qt.Key.Key_F5,
    Condition.OPENED: Qt.Key.Key_F6,
    Condition.DAMAGED: Qt.Key.Key_F7,
    Condition.WRONG_ITEM: Qt.Key.Key_F8,
}


class ReturnsWidget(QWidget):
    opened = Signal(object)  # ReturnDraft
    received = Signal(object)  # UnitOutcome
    refused = Signal(str)  # the sentence the screen shows
    closed = Signal(object)  # ReturnSummary

    def __init__(self, services: ReturnServices, actor: Actor | None, parent: QWidget | None = None,
                 *, station: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("returnsScreen")
        self.services = services
        self.actor = actor
        self.service = services.service(station)
        self.tasks = TaskRunner(self, serial=True, name="returns")
        self.draft: ReturnDraft | None = None
        self.outcomes: list[UnitOutcome] = []
        self.summary: ReturnSummary | None = None
        self.condition_names = {
            Condition.RESELLABLE: self.tr("resellable"), Condition.OPENED: self.tr("opened"),
            Condition.DAMAGED: self.tr("damaged"), Condition.WRONG_ITEM: self.tr("wrong item"),
        }

        self.title = text_label(self.tr("Returns: scan the order barcode, the return code or type "
                                        "the order number"), self, points=18, bold=True,
                                name="returnsTitle", wrap=True)
        self.message = text_label("", self, points=16, name="returnsMessage", wrap=True)
        self.lines_model = QStandardItemModel(0, 5, self)
        self.lines_model.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Product"), self.tr("Shipped"), self.tr("Returned"), self.tr("Bin")])
        self.lines_table = read_only_table(self, self.lines_model, name="returnLines", row_height=30)
        self.units_model = QStandardItemModel(0, 4, self)
        self.units_model.setHorizontalHeaderLabels(
            [self.tr("Scanned"), self.tr("SKU"), self.tr("Condition"), self.tr("Goes to")])
        self.units_table = read_only_table(self, self.units_model, name="returnUnits", row_height=30)
        for table in (self.lines_table, self.units_table):
            table.horizontalHeader().setStretchLastSection(True)
            set_font(table, 14)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("returnReason")
        set_font(self.reason, 14)
        self.reason.setPlaceholderText(self.tr("Reason (the store's list or the customer's words)"))
        keys = QHBoxLayout()
        self.condition_buttons: dict[Condition, Any] = {}
        for condition, key in CONDITION_KEYS.items():
            button = push_button(f"{QKeySequence(key).toString()} {self.condition_names[condition]}",
                                 self, points=14, name=f"condition_{condition.value}",
                                 shortcut=QKeySequence(key))
            button.clicked.connect(lambda _=False, c=condition: self.set_condition(c))
            keys.addWidget(button)
            self.condition_buttons[condition] = button
        self.close_button = push_button(self.tr("F10 Close return and refund"), self, points=14,
                                        bold=True, name="closeReturn",
                                        shortcut=QKeySequence(Qt.Key.Key_F10))
        self.close_button.clicked.connect(self.close_return)
        self.receipt_button = push_button(self.tr("Return receipt (PDF)"), self, points=14,
                                          name="returnReceipt")
        self.receipt_button.clicked.connect(self.on_receipt_requested)
        keys.addWidget(self.close_button)
        keys.addWidget(self.receipt_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.units_table, 1)
        layout.addWidget(self.reason)
        layout.addLayout(keys)
        self._update_buttons()

    # --- scans -------------------------------------------------------------------------

    def handle_scan(self, raw: str) -> None:
        """What the window's scanner or scan field read while this screen is shown."""
        code = raw.strip()
        if not code:
            return
        if self.draft is None or self.summary is not None:
            scanned = classify(code)
            number = scanned.key if scanned.kind == "order" else code
            self.tasks.submit(lambda: self.service.open(number), self.on_opened, self.on_refused)
            return
        scanned = classify(code)
        if scanned.kind == "product" and scanned.key and not scanned.key.startswith("X:"):
            code = scanned.key.lstrip("0") if len(scanned.key.lstrip("0")) in (8, 12, 13) else scanned.key
        draft = self.draft
        self.tasks.submit(lambda: self.service.receive(draft, code, Condition.RESELLABLE,
                                                       self.reason.text()),
                          self.on_received, self.on_refused)

    @Slot(object)
    def on_opened(self, draft: ReturnDraft) -> None:
        self.draft = draft
        self.summary = None
        self.outcomes = []
        self.units_model.removeRows(0, self.units_model.rowCount())
        announced = (self.tr("return {code} announced by the store").format(code=draft.rma_code)
                     if draft.announced else self.tr("not announced by the store: the lead will see it"))
        self.title.setText(self.tr("Return of order {number}").format(number=draft.number))
        self.message.setText(self.tr("Scan each returned unit; {announced}").format(announced=announced))
        self._show_lines()
        self._update_buttons()
        self.opened.emit(draft)

    @Slot(object)
    def on_received(self, outcome: UnitOutcome) -> None:
        self.outcomes.append(outcome)
        self.units_model.appendRow([QStandardItem(outcome.code), QStandardItem(outcome.sku),
                                    QStandardItem(""), QStandardItem("")])
        self._show_unit(len(self.outcomes) - 1)
        self.units_table.resizeColumnsToContents()
        self._show_lines()
        self.message.setText(self.tr("{sku} received; condition: F5–F8").format(sku=outcome.sku))
        self._update_buttons()
        self.received.emit(outcome)

    @Slot(object)
    def on_refused(self, error: BaseException) -> None:
        self.message.setText(str(error))
        self.refused.emit(str(error))

    # --- condition and close ------------------------------------------------------------

    def set_condition(self, condition: Condition) -> None:
        """The condition of the last unit scanned (one key)."""
        if self.draft is None or not self.outcomes or self.summary is not None:
            return
        index = len(self.outcomes) - 1
        self.service.set_condition(self.draft, index, condition)
        unit = self.draft.ret.units[index]
        location = location_for(unit, self.draft.bins.get(unit.sku), self.draft.policy)
        old = self.outcomes[index]
        self.outcomes[index] = UnitOutcome(old.code, old.sku, condition.value, location)
        self._show_unit(index)

    def close_return(self) -> None:
        draft = self.draft
        if draft is None or not self.outcomes or self.summary is not None:
            return
        reason = self.reason.text()
        self.tasks.submit(lambda: self.service.close(draft, self.actor, reason),
                          self.on_closed, self.on_refused)

    @Slot(object)
    def on_closed(self, summary: ReturnSummary) -> None:
        self.summary = summary
        status = (self.tr("sent to the store through the outbox") if summary.outbox_message_id
                  else self.tr("waits for a lead's approval"))
        self.title.setText(self.tr("Return {id} closed: refund {amount} {currency} {status}").format(
            id=summary.return_id, amount=summary.refund.amount, currency=summary.refund.currency,
            status=status))
        self.message.setText(self.tr("Scan the next order to receive another return"))
        self._update_buttons()
        self.closed.emit(summary)

    def receipt_pdf(self) -> bytes:
        from packdesk.hardware.receipts import return_receipt_pdf

        assert self.summary is not None
        summary = self.summary
        return return_receipt_pdf(
            return_id=summary.return_id, order_number=summary.order_number, closed_at=datetime.now(),
            units=[(u.sku, u.condition, u.location) for u in summary.units],
            refund=str(summary.refund.amount), currency=summary.refund.currency,
            received_by=self.actor.name if self.actor else "")

    def on_receipt_requested(self) -> None:
        if self.summary is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the return receipt"), f"return-{self.summary.return_id}.pdf", "PDF (*.pdf)")
        if name:
            data = self.receipt_pdf()
            self.tasks.submit(lambda: Path(name).write_bytes(data))

    # --- drawing ------------------------------------------------------------------------

    def _show_lines(self) -> None:
        assert self.draft is not None
        self.lines_model.removeRows(0, self.lines_model.rowCount())
        for line in self.draft.lines():
            self.lines_model.appendRow([
                QStandardItem(line.sku), QStandardItem(line.name), QStandardItem(str(line.shipped)),
                QStandardItem(str(line.returned_before + line.received)),
                QStandardItem(line.bin_code or "")])
        self.lines_table.resizeColumnsToContents()

    def _show_unit(self, index: int) -> None:
        outcome = self.outcomes[index]
        self.units_model.item(index, 2).setText(self.condition_names[Condition(outcome.condition)])
        self.units_model.item(index, 3).setText(outcome.location)

    def _update_buttons(self) -> None:
        can_set = self.draft is not None and bool(self.outcomes) and self.summary is None
        for button in self.condition_buttons.values():
            button.setEnabled(can_set)
        self.close_button.setEnabled(can_set)
        self.receipt_button.setEnabled(self.summary is not None)


class ReturnsReportWidget(QWidget):
    """The lead's view: returned units by reason, by product (with the return rate) and by
    the packer of the original order; the list as CSV."""

    loaded = Signal(object)  # ReturnFigures

    def __init__(self, services: ReturnServices, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsReport")
        self.services = services
        self.actor = actor
        self.tasks = TaskRunner(self, name="returns-report")
        self.models: dict[str, QStandardItemModel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Returned units"), self, points=18, bold=True))
        row = QHBoxLayout()
        headers = {"reason": (self.tr("Reason"), self.tr("Units")),
                   "sku": (self.tr("SKU"), self.tr("Units"), self.tr("Return rate")),
                   "packer": (self.tr("Packed by"), self.tr("Units"))}
        for key, labels in headers.items():
            model = QStandardItemModel(0, len(labels), self)
            model.setHorizontalHeaderLabels(list(labels))
            self.models[key] = model
            row.addWidget(read_only_table(self, model, name=f"returnsBy_{key}", row_height=28))
        layout.addLayout(row, 1)
        # Refunds above the admin's amount wait here for a lead (the badge counts them).
        self.waiting_label = text_label("", self, points=16, bold=True, name="refundsWaiting")
        self.waiting_model = QStandardItemModel(0, 3, self)
        self.waiting_model.setHorizontalHeaderLabels([self.tr("Return"), self.tr("Order"), self.tr("Refund")])
        self.waiting_table = read_only_table(self, self.waiting_model, name="waitingRefunds", row_height=28)
        self.approve_button = push_button(self.tr("Approve the selected refund"), self, points=14,
                                          name="approveRefund")
        self.approve_button.clicked.connect(self.on_approve_requested)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting_table)
        layout.addWidget(self.approve_button)
        self.export_button = push_button(self.tr("Export CSV…"), self, points=14, name="returnsExport")
        self.export_button.clicked.connect(self.on_export_requested)
        layout.addWidget(self.export_button)
        self.refresh()

    def refresh(self) -> None:
        service = self.services.service()

        def load() -> tuple[ReturnFigures, list[ReturnSummary]]:
            return self.services.figures(), service.waiting_refunds()

        self.tasks.submit(load, self.on_loaded)

    def on_approve_requested(self) -> None:
        rows = self.waiting_table.selectionModel().selectedRows()
        if not rows:
            return
        return_id = int(self.waiting_model.item(rows[0].row(), 0).text())
        service = self.services.service()
        self.tasks.submit(lambda: service.approve_refund(return_id, self.actor),
                          lambda _summary: self.refresh(),
                          lambda error: self.waiting_label.setText(str(error)))

    @Slot(object)
    def on_loaded(self, loaded: tuple[ReturnFigures, list[ReturnSummary]]) -> None:
        figures, waiting = loaded
        def fill(key: str, rows: list[list[str]]) -> None:
            model = self.models[key]
            model.removeRows(0, model.rowCount())
            for values in rows:
                model.appendRow([QStandardItem(v) for v in values])

        fill("reason", [[k, str(n)] for k, n in sorted(figures.by_reason.items(), key=lambda kv: -kv[1])])
        fill("sku", [[k, str(n), f"{figures.rate_by_sku.get(k, 0.0):.0%}"]
                     for k, n in sorted(figures.by_sku.items(), key=lambda kv: -kv[1])])
        fill("packer", [[k, str(n)] for k, n in sorted(figures.by_packer.items(), key=lambda kv: -kv[1])])
        self.waiting_model.removeRows(0, self.waiting_model.rowCount())
        for summary in waiting:
            self.waiting_model.appendRow([
                QStandardItem(str(summary.return_id)), QStandardItem(summary.order_number),
                QStandardItem(f"{summary.refund.amount} {summary.refund.currency}")])
        self.waiting_label.setText(self.tr("Refunds waiting for a lead's approval: %n", "", len(waiting)))
        self.approve_button.setEnabled(bool(waiting))
        self.loaded.emit(figures)

    def export_csv(self) -> str:
        return returns_csv(self.services.list_returns())

    def on_export_requested(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export returns"), "returns.csv",
                                                    "CSV (*.csv)")
        if name:
            self.tasks.submit(lambda: Path(name).write_text(self.export_csv(), encoding="utf-8"))
