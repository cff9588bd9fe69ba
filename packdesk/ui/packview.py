"""Scan-to-verify packing: lines with "2 of 3", the customer note, the gift step, ship.

Everything is inline on one screen, reachable by keyboard: no dialog interrupts the
scanning loop. The customer note sits above the lines in amber until acknowledged; a
gift order shows its three steps (gift slip, message card, wrap); the ship bar takes the
carrier and weight and ships with F10 once nothing is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packdesk.domain.payments import HOLD_PREFIX, stored_problem
from packdesk.services.station import GIFT_STEPS, LineView, OrderView

from .packlinemodel import LINE_ROLE, THUMBNAIL, PackLineModel
from .productphotos import ProductPhotos
from .widgets import RIGHT, push_button, read_only_table, set_font, text_label
from .words import grams_suffix, said


class PackScreen(QWidget):
    acknowledge_requested = Signal()
    gift_step_requested = Signal(str)  # gift_slip, card, wrap
    gift_card_print_requested = Signal()
    print_requested = Signal(str, int, str)  # carrier, weight g, tracking number
    reprint_requested = Signal(str)  # packing_slip, shipping_label
    ship_requested = Signal(str, int, str)  # carrier, weight g, tracking number ("" = from label)
    override_requested = Signal(int)  # line id
    # The ship bar's carrier, weight or tracking now differs from the printed label (Ship
    # waits for a reprint), or matches it again.
    relabel_needed = Signal(bool)
    quality_code = Signal(str)  # QC:PASS, QC:PASS:N, QC:FAIL:N, QC:FAIL (as a scan sends them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packScreen")
        self.model = PackLineModel(self)
        self.photos: ProductPhotos | None = None
        self.order: OrderView | None = None
        self._shown_shipment: object = None  # the pending shipment last put into the ship bar
        self._relabel: tuple[int, bool] | None = None  # (order id, a reprint is due)

        self.title = text_label("", self, name="packTitle", points=24, bold=True, wrap=True)
        self.progress = text_label("", self, name="packProgress", points=26, bold=True,
                                   align=RIGHT)

        # --- customer note -----------------------------------------------------------
        self.note_box = QFrame(self)
        self.note_box.setObjectName("noteBox")
        self.note_title = text_label(self.tr("Note from the customer"), self.note_box,
                                     points=16, bold=True)
        self.note_text = text_label("", self.note_box, name="noteText", points=24, bold=True,
                                    wrap=True)
        self.note_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ack_button = push_button(self.tr("I have read the note  (F6)"), self.note_box,
                                      name="acknowledgeNote", points=16, bold=True,
                                      shortcut=QKeySequence(Qt.Key.Key_F6))
        note_layout = QVBoxLayout(self.note_box)
        note_layout.setContentsMargins(10, 6, 10, 6)
        note_layout.setSpacing(4)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_title, 1)
        note_row.addWidget(self.ack_button)
        note_layout.addLayout(note_row)
        note_layout.addWidget(self.note_text)

        # --- lines ---------------------------------------------------------------------
        self.table = read_only_table(self, self.model, name="packLines", row_height=46)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A light selection keeps the line's green "done" readable under it.
        palette = self.table.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#b9d4f7"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
        self.table.setPalette(palette)

        # --- gift step -----------------------------------------------------------------
        self.gift_box = QFrame(self)
        self.gift_box.setObjectName("giftBox")
        self.gift_box.setStyleSheet("#giftBox { background: #f3e8ff; border: 3px solid #6b21a8;"
                                    " border-radius: 6px; } #giftBox QLabel { color: #000000; }")
        self.gift_title = text_label(self.tr("Gift order"), self.gift_box, points=20, bold=True)
        self.gift_message = text_label("", self.gift_box, name="giftMessage", points=20,
                                       wrap=True)
        self.gift_buttons: dict[str, QPushButton] = {}
        step_texts = {
            "gift_slip": self.tr("1  Gift slip, no prices  (Ctrl+1)"),
            "card": self.tr("2  Message card in  (Ctrl+2)"),
            "wrap": self.tr("3  Wrapped  (Ctrl+3)"),
        }
        gift_row = QHBoxLayout()
        for number, step in enumerate(GIFT_STEPS, start=1):
            button = push_button(step_texts.get(step, step), self.gift_box,
                                 name=f"giftStep_{step}", points=15, bold=True,
                                 shortcut=QKeySequence(f"Ctrl+{number}"))
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, s=step: self.gift_step_requested.emit(s))
            self.gift_buttons[step] = button
            gift_row.addWidget(button)
        self.print_card_button = push_button(self.tr("Print message card  (Ctrl+P)"),
                                             self.gift_box, name="printGiftCard", points=14,
                                             shortcut=QKeySequence("Ctrl+P"))
        gift_layout = QVBoxLayout(self.gift_box)
        gift_layout.setContentsMargins(10, 6, 10, 6)
        gift_layout.setSpacing(4)
        gift_top = QHBoxLayout()
        gift_top.addWidget(self.gift_title)
        gift_top.addWidget(self.gift_message, 1)
        gift_top.addWidget(self.print_card_button)
        gift_layout.addLayout(gift_top)
        gift_layout.addLayout(gift_row)

        # --- quality checks of the unit just verified ---------------------------------
        self.quality_box = QFrame(self)
        self.quality_box.setObjectName("qualityBox")
        self.quality_box.setStyleSheet(
            "#qualityBox { background: #e0f2fe; border: 3px solid #075985; border-radius: 6px; }"
            " #qualityBox QLabel { color: #000000; }")
        self.quality_title = text_label("", self.quality_box, name="qualityTitle", points=18,
                                        bold=True, wrap=True)
        self.quality_all_button = push_button(self.tr("All checks pass  (Alt+0)"),
                                              self.quality_box, name="qualityAllPass",
                                              points=15, bold=True,
                                              shortcut=QKeySequence("Alt+0"))
        self.quality_fail_button = push_button(self.tr("A check failed  (F9)"),
                                               self.quality_box, name="qualityFail", points=15,
                                               shortcut=QKeySequence(Qt.Key.Key_F9))
        self.quality_rows = QGridLayout()
        self.quality_rows.setHorizontalSpacing(8)
        self.quality_pass_buttons: list[QPushButton] = []
        self.quality_fail_buttons: list[QPushButton] = []
        self._quality_shown: tuple[tuple[str, bool], ...] | None = None
        quality_layout = QVBoxLayout(self.quality_box)
        quality_layout.setContentsMargins(10, 6, 10, 6)
        quality_layout.setSpacing(4)
        quality_top = QHBoxLayout()
        quality_top.addWidget(self.quality_title, 1)
        quality_top.addWidget(self.quality_all_button)
        quality_top.addWidget(self.quality_fail_button)
        quality_layout.addLayout(quality_top)
        quality_layout.addLayout(self.quality_rows)
        self.quality_box.setVisible(False)
        self.quality_all_button.clicked.connect(lambda: self.quality_code.emit("QC:PASS"))
        self.quality_fail_button.clicked.connect(lambda: self.quality_code.emit("QC:FAIL"))

        # --- ship bar -----------------------------------------------------------------
        self.missing = text_label("", self, name="packMissing", points=18, bold=True, wrap=True)
        # An order whose parcel has the carrier's pre-printed label: its barcode is scanned
        # into Tracking, and nothing ships before it is.
        self.scan_prompt = text_label(self.tr("Scan the carrier label"), self,
                                      name="scanCarrierLabel", points=30, bold=True,
                                      align=Qt.AlignmentFlag.AlignCenter)
        self.scan_prompt.setStyleSheet(
            "#scanCarrierLabel { background: #0d47a1; color: white; border-radius: 8px;"
            " padding: 10px; }")
        self.scan_prompt.hide()
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("shipCarrier")
        set_font(self.carrier, 15)
        self.weight = QSpinBox(self)
        self.weight.setObjectName("shipWeight")
        set_font(self.weight, 15)
        self.weight.setRange(1, 70_000)
        self.weight.setSuffix(grams_suffix())
        self.weight.setSingleStep(10)
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("shipTracking")
        set_font(self.tracking, 15)
        self.tracking.setPlaceholderText(self.tr("from the printed label"))
        self.tracking.setMinimumWidth(200)
        self.print_button = push_button(self.tr("Print slip + label  (F7)"), self,
                                        name="printDocuments", points=14,
                                        shortcut=QKeySequence(Qt.Key.Key_F7))
        self.reprint_slip_button = push_button(self.tr("Reprint sli&p"), self,
                                               name="reprintSlip", points=14)
        self.reprint_label_button = push_button(self.tr("Reprint la&bel"), self,
                                                name="reprintLabel", points=14)
        self.override_button = push_button(self.tr("Lead override of line  (F8)"), self,
                                           name="overrideLine", points=14,
                                           shortcut=QKeySequence(Qt.Key.Key_F8))
        self.ship_button = push_button(self.tr("Ship  (F10)"), self, name="shipOrder", points=22,
                                       bold=True, shortcut=QKeySequence(Qt.Key.Key_F10))
        self.ship_button.setMinimumHeight(44)
        self.ship_button.setStyleSheet(
            "QPushButton { background: #0b6e2a; color: white; border-radius: 6px; padding: 6px 28px; }"
            "QPushButton:disabled { background: #9bb5a3; color: #eeeeee; }")
        ship_row = QHBoxLayout()
        carrier_label = text_label(self.tr("&Carrier"), self, points=15)
        carrier_label.setBuddy(self.carrier)
        weight_label = text_label(self.tr("&Weight"), self, points=15)
        weight_label.setBuddy(self.weight)
        ship_row.addWidget(carrier_label)
        ship_row.addWidget(self.carrier)
        ship_row.addWidget(weight_label)
        ship_row.addWidget(self.weight)
        tracking_label = text_label(self.tr("&Tracking"), self, points=15)
        tracking_label.setBuddy(self.tracking)
        ship_row.addWidget(tracking_label)
        ship_row.addWidget(self.tracking)
        ship_row.addStretch(1)
        ship_row.addWidget(self.ship_button)
        tools_row = QHBoxLayout()
        tools_row.addWidget(self.print_button)
        tools_row.addWidget(self.reprint_slip_button)
        tools_row.addWidget(self.reprint_label_button)
        tools_row.addStretch(1)
        tools_row.addWidget(self.override_button)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.note_box)
        layout.addWidget(self.gift_box)
        layout.addWidget(self.quality_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.scan_prompt)
        layout.addWidget(self.missing)
        layout.addLayout(tools_row)
        layout.addLayout(ship_row)

        self.ack_button.clicked.connect(self.acknowledge_requested)
        self.print_card_button.clicked.connect(self.gift_card_print_requested)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.reprint_slip_button.clicked.connect(
            lambda: self.reprint_requested.emit("packing_slip"))
        self.reprint_label_button.clicked.connect(
            lambda: self.reprint_requested.emit("shipping_label"))
        self.ship_button.clicked.connect(self.on_ship_clicked)
        # A carrier, weight or tracking number other than the printed label's asks for a
        # reprint before Ship.
        self.carrier.currentIndexChanged.connect(self.refresh_ship_bar)
        self.weight.valueChanged.connect(self.refresh_ship_bar)
        self.tracking.textChanged.connect(self.refresh_ship_bar)
        self.override_button.clicked.connect(self.on_override_clicked)

    # --- showing an order -------------------------------------------------------------------

    def set_carriers(self, carriers: Sequence[tuple[str, str]]) -> None:
        current = self.carrier.currentData()
        self.carrier.clear()
        for code, name in carriers:
            self.carrier.addItem(name, code)
        if current is not None:
            self._select_carrier(str(current))

    def _select_carrier(self, code: str) -> None:
        index = self.carrier.findData(code)
        if index < 0 and code:
            self.carrier.addItem(code, code)
            index = self.carrier.count() - 1
        if index >= 0:
            self.carrier.setCurrentIndex(index)

    def set_photos(self, photos: ProductPhotos) -> None:
        """A thumbnail of each line's product photo at the start of the line."""
        self.photos = photos
        self.model.photos = photos
        self.table.setIconSize(THUMBNAIL)
        photos.changed.connect(self.model.photos_changed)

    def show_order(self, order: OrderView, touched_line: int | None = None) -> None:
        new_order = self.order is None or self.order.id != order.id
        self.order = order
        if self.photos is not None:
            self.photos.want(line.sku_to_pack for line in order.lines)
        ship_to = ", ".join(p for p in (order.ship_to_name, order.country) if p)
        method = order.shipping_method + (self.tr("  EXPRESS") if order.express
                                          and "express" not in order.shipping_method.lower()
                                          else "")
        self.title.setText(self.tr("Pack order {number} — {ship_to} — {method}").format(
            number=order.number, ship_to=ship_to, method=method))
        self.progress.setText(self.tr("{done} of {total} items").format(
            done=order.units_verified, total=sum(line.to_verify for line in order.lines)))
        self.model.set_lines(order.lines, touched_line)
        if touched_line is not None:
            for row, line in enumerate(order.lines):
                if line.id == touched_line:
                    self.table.selectRow(row)
                    break

        self.note_box.setVisible(order.has_note)
        self.note_text.setText(order.customer_note)
        if order.note_acknowledged:
            self.note_box.setStyleSheet(
                "#noteBox { background: #eef2f5; border: 2px solid #8a9bb0; border-radius: 6px; }"
                " #noteBox QLabel { color: #1f2933; }")
            self.note_title.setText(self.tr("Note from the customer — read by {name}").format(
                name=order.note_acknowledged_by))
            self.ack_button.setEnabled(False)
        else:
            self.note_box.setStyleSheet(
                "#noteBox { background: #ffb300; border: 4px solid #000000; border-radius: 6px; }"
                " #noteBox QLabel { color: #000000; }")
            self.note_title.setText(self.tr("Note from the customer — read it, then press F6"))
            self.ack_button.setEnabled(True)

        self.gift_box.setVisible(order.gift)
        self.gift_message.setText(f"“{order.gift_message}”" if order.gift_message else "")
        for step, button in self.gift_buttons.items():
            done = step in order.gift_steps_done
            button.setEnabled(not done)
            text = button.text().lstrip("✓ ")
            button.setText(("✓ " + text) if done else text)

        self.show_quality(order)

        shipment = order.pending_shipment
        if new_order or shipment != self._shown_shipment:
            # The ship bar shows what the printed label says; the packer may change it.
            self._shown_shipment = shipment
            if shipment is not None:
                self._select_carrier(shipment.carrier)
                self.tracking.setText(shipment.tracking_number)
            elif new_order:
                self.tracking.clear()
            self.weight.setValue(shipment.weight_g if shipment and shipment.weight_g
                                 else max(order.weight_g, 1))
        tried = order.pending_shipment is not None  # a label was printed or tried
        # A document whose print was tried (the label's shipment is kept from the first
        # try, printed or failed) can be printed again on its own: a failed label must not
        # need F7, which prints the slip again.
        self.reprint_slip_button.setEnabled(order.slip_printed or tried)
        self.reprint_label_button.setEnabled((order.label_printed or tried) and order.needs_label)
        self.print_button.setEnabled(order.all_verified and not order.documents_unsettled)
        self.refresh_ship_bar()

    def show_quality(self, order: OrderView) -> None:
        """The unit under check: each check with its key (Alt+1...) and a fail button."""
        pending = order.quality
        self.quality_box.setVisible(pending is not None)
        if pending is None:
            self._quality_shown = None
            return
        self.quality_title.setText(self.tr("Check {item} before it goes in the box").format(
            item=pending.name or pending.sku))
        if pending.checks == self._quality_shown:
            return
        self._quality_shown = pending.checks
        for button in self.quality_pass_buttons + self.quality_fail_buttons:
            self.quality_rows.removeWidget(button)
            button.deleteLater()
        self.quality_pass_buttons, self.quality_fail_buttons = [], []
        for number, (text, passed) in enumerate(pending.checks, start=1):
            # Customer-independent words, but the admin's: shown as plain text.
            label = (self.tr("✓ {check}").format(check=text) if passed else
                     self.tr("{check}  (Alt+{number})").format(check=text, number=number))
            ok = push_button(label, self.quality_box, name=f"qualityPass_{number}", points=14,
                             shortcut=QKeySequence(f"Alt+{number}") if number <= 9 else None)
            ok.setEnabled(not passed)
            ok.clicked.connect(lambda _=False, n=number: self.quality_code.emit(f"QC:PASS:{n}"))
            fail = push_button(self.tr("✗ Failed"), self.quality_box,
                               name=f"qualityFail_{number}", points=14)
            fail.clicked.connect(lambda _=False, n=number: self.quality_code.emit(f"QC:FAIL:{n}"))
            self.quality_rows.addWidget(ok, number - 1, 0)
            self.quality_rows.addWidget(fail, number - 1, 1)
            ok.show()
            fail.show()
            self.quality_pass_buttons.append(ok)
            self.quality_fail_buttons.append(fail)
        self.quality_rows.setColumnStretch(0, 1)

    def shipment_inputs(self) -> tuple[str, int, str]:
        """Carrier, weight and tracking number as the ship bar has them; the tracking
        number of another carrier's label is not taken for the one chosen now."""
        carrier, tracking = self.carrier_code(), self.tracking.text().strip()
        shown = self.order.pending_shipment if self.order is not None else None
        if shown is not None and carrier != shown.carrier and tracking == shown.tracking_number:
            tracking = ""
        return carrier, self.weight.value(), tracking

    def missing_codes(self) -> tuple[str, ...]:
        """What stands between the order and Ship, the ship bar's values included."""
        order = self.order
        if order is None:
            return ()
        missing = order.missing_for_ship()
        if self.wants_carrier_label() and not self.tracking.text().strip():
            missing = (*missing, "scan_label")
        if order.hold_reason.startswith(HOLD_PREFIX):
            missing = ("payment", *missing)  # held at the bench: the capture failed
        printed = order.printed_shipment
        if printed is not None and order.needs_label and "relabel" not in missing:
            carrier, weight, tracking = self.shipment_inputs()
            if (carrier and carrier != printed.carrier or weight != printed.weight_g
                    or tracking != printed.tracking_number):
                missing = (*missing, "relabel")
        return missing

    @Slot()
    def refresh_ship_bar(self) -> None:
        order = self.order
        if order is None:
            return
        missing = self.missing_codes()
        self.scan_prompt.setVisible("scan_label" in missing)
        tried = order.pending_shipment is not None
        self.missing.setText(self.missing_text(missing, label_tried=tried))
        self.missing.setStyleSheet("color: #0b6e2a;" if not missing else "color: #7a4a00;")
        self.ship_button.setEnabled(not missing)
        relabel = (order.id, "relabel" in missing)
        if self._relabel is not None and self._relabel[0] == order.id and self._relabel != relabel:
            self.relabel_needed.emit(relabel[1])
        self._relabel = relabel

    def missing_text(self, missing: Sequence[str], *, label_tried: bool = False) -> str:
        if not missing:
            return self.tr("Ready: scan the label on the parcel to ship it, or Ship (F10)")
        names = {
            "verify": self.tr("scan the remaining items"),
            "note": self.tr("acknowledge the note (F6)"),
            "gift_slip": self.tr("gift slip (Ctrl+1)"),
            "card": self.tr("message card (Ctrl+2)"),
            "wrap": self.tr("wrap (Ctrl+3)"),
            "label": (self.tr("print the label (Reprint label)") if label_tried
                      else self.tr("print the label (F7)")),
            "relabel": self.tr("reprint the label: carrier, weight or tracking changed (F7)"),
            "scan_label": self.tr("scan the carrier label into Tracking"),
        }
        if self.order is not None and "payment" in missing:
            names["payment"] = self.tr("{reason} — a lead's badge lets it ship unpaid").format(
                reason=said(stored_problem(self.order.hold_reason)))
        return self.tr("Still to do: {steps}").format(
            steps=", ".join(names.get(code, code) for code in missing))

    def wants_carrier_label(self) -> bool:
        """The packed order ships with the carrier's pre-printed label, to be scanned."""
        order = self.order
        return (order is not None and order.scan_carrier_label and order.all_verified
                and order.status == "packed")

    def selected_line(self) -> LineView | None:
        index = self.table.currentIndex()
        if index.isValid():
            line = index.data(LINE_ROLE)
            if isinstance(line, LineView):
                return line
        for line in self.model.lines():
            if not line.done:
                return line
        return None

    # --- actions ------------------------------------------------------------------------

    def carrier_code(self) -> str:
        return str(self.carrier.currentData() or self.carrier.currentText())

    @Slot()
    def on_print_clicked(self) -> None:
        self.print_requested.emit(*self.shipment_inputs())

    @Slot()
    def on_ship_clicked(self) -> None:
        self.ship_requested.emit(*self.shipment_inputs())

    @Slot()
    def on_override_clicked(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.override_requested.emit(line.id)
