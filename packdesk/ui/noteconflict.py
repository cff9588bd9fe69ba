"""The lead's note-conflict panel and the packer's gift-message confirmation.

:class:`NoteConflictWidget` lists the orders held because their notes ask for another
variant than a line holds. For the chosen order it shows each line, what was ordered,
what the note asks for and the note itself with the words that ask highlighted; the lead
chooses *Pack as ordered*, *Pack as the note says* or *Contact the customer*. It is a lead
screen of the main window (``LEAD_SCREENS``: built with ``(services, actor, parent)``).

:class:`GiftMessageGate` stands before the gift card: when the card message was read from
the customer's note, the packer confirms or corrects it in :class:`GiftMessageDialog`
before the card prints or the card step is recorded.

Every database call runs on a :class:`~packdesk.ui.worker.TaskRunner`, never on the GUI
thread; the services check the person's role whatever opened the screen.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.model import Role
from packdesk.services.auth import Actor, require_role
from packdesk.services.notes import ConflictView, Decision, OrderNotes
from packdesk.services.screens import NoteServices
from packdesk.services.station import OrderView, StationService

from .widgets import font, plain_tooltip
from .worker import TaskRunner

HIGHLIGHT = "background:#fde047; color:#000000; font-weight:bold; padding:0 2px;"
ModelIndex = QModelIndex | QPersistentModelIndex


def highlighted(context: str, start: int, end: int) -> str:
    """The note as rich text with ``context[start:end]`` marked; everything else escaped."""
    if not (0 <= start <= end <= len(context)):
        return html.escape(context)
    return (
        html.escape(context[:start])
        + f'<span style="{HIGHLIGHT}">{html.escape(context[start:end])}</span>'
        + html.escape(context[end:])
    ).replace("\n", "<br>")


class ConflictListModel(QAbstractListModel):
    """One row per held order, with its conflicts (``CONFLICTS_ROLE``)."""

    CONFLICTS_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._orders: list[tuple[ConflictView, ...]] = []

    def set_conflicts(self, conflicts: Sequence[ConflictView]) -> None:
        grouped: dict[int, list[ConflictView]] = {}
        for conflict in conflicts:
            grouped.setdefault(conflict.order_id, []).append(conflict)
        self.beginResetModel()
        self._orders = [tuple(group) for group in grouped.values()]
        self.endResetModel()

    def order_conflicts(self, row: int) -> tuple[ConflictView, ...]:
        return self._orders[row] if 0 <= row < len(self._orders) else ()

    def row_of(self, order_id: int) -> int:
        return next((i for i, group in enumerate(self._orders) if group[0].order_id == order_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._orders)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        group = self._orders[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            asks = ", ".join(
                self.tr("{attribute} {ordered} → {requested}").format(
                    attribute=_attribute_name(self, c.attribute), ordered=c.ordered,
                    requested=c.requested)
                for c in group
            )
            return self.tr("{number}   {asks}").format(number=group[0].number, asks=asks)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(group[0].context)
        if role == self.CONFLICTS_ROLE:
            return group
        return None


def _attribute_name(owner: QObject, attribute: str) -> str:
    names = {"color": owner.tr("colour"), "size": owner.tr("size")}
    return names.get(attribute, attribute)


class NoteConflictWidget(QWidget):
    """The lead's panel: held orders whose notes ask for another variant, and the decision."""

    loaded = Signal(int)  # number of orders waiting for a decision
    decided = Signal(object)  # OrderNotes after the decision was stored
    failed = Signal(str)

    def __init__(self, services: NoteServices, actor: Actor | None,
                 parent: QWidget | None = None, *, station: str = "") -> None:
        # Refuse before anything is built or read: no path opens this for a packer.
        self._lead = require_role(actor, Role.LEAD, "the note conflicts")
        super().__init__(parent)
        self.setObjectName("noteConflictPanel")
        self.services = services
        self.station = station
        self.tasks = TaskRunner(self, serial=True, name="note-conflicts")
        self.model = ConflictListModel(self)

        title = QLabel(self.tr("Notes that ask for another variant"), self)
        title.setFont(font(20, bold=True))
        self.list = QListView(self)
        self.list.setObjectName("conflictList")
        self.list.setFont(font(14))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("No order is waiting for a note decision."), self)
        self.empty.setFont(font(14))

        self.order_title = QLabel("", self)
        self.order_title.setTextFormat(Qt.TextFormat.PlainText)  # customer texts: never HTML
        self.order_title.setObjectName("conflictOrder")
        self.order_title.setFont(font(18, bold=True))
        self.lines_label = QLabel("", self)
        self.lines_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lines_label.setObjectName("conflictLines")
        self.lines_label.setFont(font(16))
        self.lines_label.setWordWrap(True)
        self.note_label = QLabel("", self)
        self.note_label.setObjectName("conflictNote")
        self.note_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_label.setFont(font(16))
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "#conflictNote { background:#ffffff; color:#000000; border:2px solid #475569;"
            " border-radius:4px; padding:8px; }")
        self.status_label = QLabel("", self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setObjectName("conflictStatus")
        self.status_label.setFont(font(14))
        self.status_label.setWordWrap(True)

        self.buttons: dict[Decision, QPushButton] = {}
        texts = {
            Decision.AS_ORDERED: (self.tr("Pack as &ordered"), "packAsOrdered"),
            Decision.AS_NOTE: (self.tr("Pack as the &note says"), "packAsNote"),
            Decision.CONTACT_CUSTOMER: (self.tr("&Contact the customer"), "contactCustomer"),
        }
        button_row = QHBoxLayout()
        for decision, (text, name) in texts.items():
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setFont(font(16, bold=True))
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.buttons[decision] = button
            button_row.addWidget(button)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setFont(font(14))
        self.refresh_button.clicked.connect(self.refresh)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addWidget(self.refresh_button)
        right = QVBoxLayout()
        right.addWidget(self.order_title)
        right.addWidget(self.lines_label)
        wrote = QLabel(self.tr("The customer wrote:"), self)
        wrote.setFont(font(14))
        right.addWidget(wrote)
        right.addWidget(self.note_label)
        right.addLayout(button_row)
        right.addWidget(self.status_label)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.list.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self._show_conflicts(())
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        services = self.services

        def load() -> list[ConflictView]:
            # Only what still waits for a lead: undecided, or "contact the customer".
            return [c for c in services.note_conflicts() if c.review == "conflict"]

        self.tasks.submit(load, self.on_loaded, self.on_failed)

    def on_loaded(self, conflicts: list[ConflictView]) -> None:
        current = self.current_order_id()
        self.model.set_conflicts(conflicts)
        self.empty.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(current) if current is not None else -1
        self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        if self.model.rowCount() == 0:
            self._show_conflicts(())
        self.loaded.emit(self.model.rowCount())

    def on_failed(self, error: BaseException) -> None:
        self.status_label.setText(str(error))
        self._set_buttons_enabled(bool(self.current_conflicts()))
        self.failed.emit(str(error))

    # --- showing ----------------------------------------------------------------------------

    def current_conflicts(self) -> tuple[ConflictView, ...]:
        return self.model.order_conflicts(self.list.currentIndex().row())

    def current_order_id(self) -> int | None:
        conflicts = self.current_conflicts()
        return conflicts[0].order_id if conflicts else None

    def select_order(self, number: str) -> bool:
        for row in range(self.model.rowCount()):
            group = self.model.order_conflicts(row)
            if group and group[0].number == number:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_conflicts(self.model.order_conflicts(current.row()))

    def _show_conflicts(self, conflicts: Sequence[ConflictView]) -> None:
        self._set_buttons_enabled(bool(conflicts))
        if not conflicts:
            self.order_title.setText("")
            self.lines_label.setText("")
            self.note_label.setText("")
            return
        first = conflicts[0]
        title = self.tr("Order {number}").format(number=first.number)
        if first.decision == Decision.CONTACT_CUSTOMER.value:
            title += " — " + self.tr("waiting for the customer")
        self.order_title.setText(title)
        self.lines_label.setText("\n".join(
            self.tr("Line {line}: {item} — ordered {attribute} {ordered}, the note asks for "
                    "{requested}").format(
                line=c.line_position + 1, item=c.line_name or c.line_sku,
                attribute=_attribute_name(self, c.attribute), ordered=c.ordered,
                requested=c.requested)
            for c in conflicts
        ))
        notes: dict[str, list[ConflictView]] = {}
        for c in conflicts:
            notes.setdefault(c.source, []).append(c)
        # One highlight per source text: the first request's words (its span is exact).
        self.note_label.setText("<br><br>".join(
            highlighted(group[0].context, group[0].span_start, group[0].span_end)
            if len(group) == 1 else _multi_highlight(group)
            for group in notes.values()
        ))

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    # --- deciding -----------------------------------------------------------------------------

    def decide(self, decision: Decision) -> None:
        order_id = self.current_order_id()
        if order_id is None:
            return
        services, lead, station = self.services, self._lead, self.station
        self._set_buttons_enabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.tasks.submit(
            lambda: services.resolve_conflict(order_id, decision, lead, station=station),
            self.on_decided, self.on_failed)

    def on_decided(self, notes: OrderNotes) -> None:
        texts = {
            Decision.AS_ORDERED.value: self.tr(
                "Order {number} goes back to the queue: pack it as ordered."),
            Decision.AS_NOTE.value: self.tr(
                "Order {number} goes back to the queue: the scanner now expects the variant "
                "the note asks for."),
            Decision.CONTACT_CUSTOMER.value: self.tr(
                "Order {number} stays on hold until the customer answers."),
        }
        self.status_label.setText(texts.get(notes.decision or "", "").format(number=notes.number))
        self.decided.emit(notes)
        self.refresh()


def _multi_highlight(group: Sequence[ConflictView]) -> str:
    context = group[0].context
    spans = sorted({(c.span_start, c.span_end) for c in group})
    out: list[str] = []
    position = 0
    for start, end in spans:
        if start < position or end > len(context):
            continue
        out.append(html.escape(context[position:start]))
        out.append(f'<span style="{HIGHLIGHT}">{html.escape(context[start:end])}</span>')
        position = end
    out.append(html.escape(context[position:]))
    return "".join(out).replace("\n", "<br>")


# --- the gift card message ----------------------------------------------------------------


class GiftMessageDialog(QDialog):
    """Confirm or correct the card message the customer's note proposed."""

    def __init__(self, proposed: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("giftMessageDialog")
        self.setWindowTitle(self.tr("Gift card message"))
        intro = QLabel(self.tr("The card message was read from the customer's note. "
                               "Check it, correct it if needed, then confirm."), self)
        intro.setWordWrap(True)
        intro.setFont(font(14))
        self.note = QLabel(note, self)
        self.note.setObjectName("giftMessageNote")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        self.note.setFont(font(14))
        self.editor = QPlainTextEdit(proposed, self)
        self.editor.setObjectName("giftMessageEditor")
        self.editor.setFont(font(18))
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(self.tr("Confirm message"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmGiftMessage")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def message(self) -> str:
        return self.editor.toPlainText().strip()


class GiftMessageGate(QObject):
    """Asks for the card message's confirmation before the card goes ahead.

    ``confirm_then(order, proceed)`` calls ``proceed(order)`` at once when nothing waits for
    confirmation, or after the packer confirmed (then with the order as stored afterwards,
    so the card prints the confirmed words). Cancelling the dialog does nothing.
    """

    confirmed = Signal(object)  # OrderNotes after the confirmation was stored
    dialog_opened = Signal(object)  # the GiftMessageDialog, for tests and screenshots

    def __init__(self, service: StationService, notes: NoteServices,
                 call: Callable[[Callable[[], Any], Callable[[Any], None]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.note_services = notes
        self._call = call
        self._parent_widget = parent
        self.dialog: GiftMessageDialog | None = None

    def confirm_then(self, order: OrderView, proceed: Callable[[OrderView], object]) -> None:
        services = self.note_services

        def load() -> OrderNotes:
            return services.order_notes(order.id)

        def loaded(notes: OrderNotes) -> None:
            proposal = notes.gift_message_to_confirm
            if proposal is None or not notes.gift:
                proceed(order)
                return
            shown = (highlighted(order.customer_note, proposal.span_start, proposal.span_end)
                     if proposal.source == "customer_note" else html.escape(proposal.text))
            self._open(order, notes.gift_message or proposal.value or "", shown, proceed)

        self._call(load, loaded)

    def _open(self, order: OrderView, proposed: str, note_html: str,
              proceed: Callable[[OrderView], object]) -> None:
        dialog = GiftMessageDialog(proposed, note_html, self._parent_widget)
        self.dialog = dialog
        service, services = self.service, self.note_services

        def accepted() -> None:
            text = dialog.message()
            self.dialog = None

            def store() -> tuple[OrderNotes, OrderView]:
                confirmed = services.confirm_gift_message(order.id, text, service.actor,
                                                          station=service.station_name)
                current = service.state().current
                return confirmed, current if current is not None and current.id == order.id else order

            def stored(result: tuple[OrderNotes, OrderView]) -> None:
                notes, fresh = result
                self.confirmed.emit(notes)
                proceed(fresh)

            self._call(store, stored)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(lambda: setattr(self, "dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)


# --- the note's requests beside the lines at the pack screen ---------------------------------


class NoteRequestsView(QLabel):
    """What the notes ask of each line, shown with the customer's note while packing.

    A request that agrees with its line is checked by the scan like any attribute: the
    line's barcode is the variant asked for. A request a lead decided on says how.
    ``show_order`` loads the proposals once per order (off the GUI thread, through
    ``submit``) and redraws with each new state of the order.
    """

    requests_shown = Signal(str)  # the text shown, after a redraw

    def __init__(self, notes: NoteServices,
                 submit: Callable[[Callable[[], Any], Callable[[Any], None]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteRequests")
        self.setWordWrap(True)
        self.setFont(font(16, bold=True))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.services = notes
        self._submit = submit
        self._order: OrderView | None = None
        self._notes: OrderNotes | None = None
        self.setVisible(False)

    @classmethod
    def under(cls, anchor: QWidget, notes: NoteServices,
              submit: Callable[[Callable[[], Any], Callable[[Any], None]], object],
              ) -> NoteRequestsView:
        """A view placed right below ``anchor`` in its parent's box layout."""
        parent = anchor.parentWidget()
        view = cls(notes, submit, parent)
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(anchor) + 1, view)
        return view

    def show_order(self, order: OrderView) -> None:
        reload = self._order is None or self._order.id != order.id
        self._order = order
        if not reload:
            self._render()
            return
        self._notes = None
        self._render()
        services, order_id = self.services, order.id
        self._submit(lambda: services.order_notes(order_id), self._on_loaded)

    def _on_loaded(self, notes: OrderNotes) -> None:
        if self._order is not None and notes.order_id == self._order.id:
            self._notes = notes
            self._render()

    def _render(self) -> None:
        order, notes = self._order, self._notes
        parts: list[str] = []
        if order is not None and notes is not None:
            for line in order.lines:
                agreeing: list[str] = []
                for p in notes.for_line(line.id):
                    if p.kind not in ("color", "size") or p.value is None:
                        continue
                    what = _attribute_name(self, p.kind)
                    if p.ambiguous:
                        parts.append(self.tr("Line {line}: the note is unclear about the {what} "
                                             "— read it").format(line=line.position + 1, what=what))
                    elif p.ordered is None or p.status == "confirmed":
                        agreeing.append(f"{what} {p.value}")
                    elif p.status == "rejected":
                        parts.append(self.tr("Line {line}: note asked for {what} {value} — "
                                             "{lead} decided: pack as ordered").format(
                            line=line.position + 1, what=what, value=p.value,
                            lead=p.decided_by or ""))
                if agreeing:
                    check = self.tr("✓ scanned") if line.done else self.tr("the scan checks it")
                    parts.append(self.tr("Line {line}: note asks for {values} — matches; "
                                         "{check}").format(line=line.position + 1,
                                                           values=", ".join(agreeing), check=check))
        text = "\n".join(parts)
        self.setText(text)
        self.setVisible(bool(text))
        self.requests_shown.emit(text)
