"""Guided picking: the current bin, huge, with what to take, and the walk below it.

The picker's hands hold a scanner and items; the screen must be read at a glance from
the shelf. The bin code is the largest thing on screen, then the quantity, colour and
size. In a batch walk each unit's tote slot is shown as big as the bin.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from packdesk.services.station import PickStep, StationState

from .packlinemodel import THUMBNAIL, PickListModel
from .productphotos import ProductPhotos
from .widgets import RIGHT, push_button, read_only_table, set_font, text_label

BIN_POINTS = 72
QUANTITY_POINTS = 40
VARIANT_POINTS = 34
PHOTO_SIZE = QSize(170, 170)  # the item's photo beside the bin: found at a glance on the shelf


class PickScreen(QWidget):
    short_pick_requested = Signal(str)  # reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickScreen")
        self.model = PickListModel(self)

        self.title = text_label("", self, name="pickTitle", points=22, bold=True)
        self.progress = text_label("", self, name="pickProgress", points=20, align=RIGHT)

        card = QFrame(self)
        card.setObjectName("pickCard")
        card.setStyleSheet("#pickCard { background: #ffffff; border: 3px solid #1f2933;"
                           " border-radius: 8px; } #pickCard QLabel { color: #000000; }")
        self.go_to = text_label(self.tr("Go to bin"), card, points=20)
        self.bin_code = QLabel("", card)
        self.bin_code.setTextFormat(Qt.TextFormat.PlainText)
        self.bin_code.setObjectName("pickBin")
        set_font(self.bin_code, BIN_POINTS, True, ["DejaVu Sans Mono", "Monospace"])
        self.instruction = text_label("", card, name="pickInstruction", points=24, bold=True,
                                      wrap=True)
        self.quantity = text_label("", card, name="pickQuantity", points=QUANTITY_POINTS,
                                   bold=True)
        self.item_name = text_label("", card, name="pickItem", points=26, wrap=True)
        self.variant = text_label("", card, name="pickVariant", points=VARIANT_POINTS, bold=True)
        self.slots = text_label("", card, name="pickSlots", points=28, bold=True, wrap=True)
        self.photo = QLabel(card)
        self.photo.setObjectName("pickPhoto")
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        self.photos: ProductPhotos | None = None
        self._photo_sku = ""
        grid = QGridLayout(card)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.addWidget(self.go_to, 0, 0)
        grid.addWidget(self.bin_code, 1, 0, 2, 1)
        grid.addWidget(self.photo, 0, 1, 4, 1, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.quantity, 1, 2)
        grid.addWidget(self.variant, 2, 2)
        grid.addWidget(self.item_name, 3, 2)
        grid.addWidget(self.instruction, 3, 0)
        grid.addWidget(self.slots, 4, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)

        self.table = read_only_table(self, self.model, name="pickList", row_height=34,
                                     selection=QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.short_reason = QComboBox(self)
        self.short_reason.setObjectName("shortReason")
        self.short_reason.setEditable(True)
        set_font(self.short_reason, 14)
        self.short_reason.addItems([self.tr("bin empty"), self.tr("not enough in bin"),
                                    self.tr("item damaged"), self.tr("wrong item in bin")])
        self.short_button = push_button(self.tr("Short pick  (F9)"), self, name="shortPick",
                                        points=16, bold=True,
                                        shortcut=QKeySequence(Qt.Key.Key_F9))
        self.short_button.setToolTip(self.tr(
            "The bin does not hold enough: record it and put the order on hold for a lead"))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)
        actions = QHBoxLayout()
        actions.addStretch(1)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.short_reason)
        actions.addWidget(reason_label)
        actions.addWidget(self.short_reason)
        actions.addWidget(self.short_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(card)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.short_button.clicked.connect(self.on_short_clicked)

    def set_photos(self, photos: ProductPhotos) -> None:
        """Show each step's product photo beside its bin (and on the pick list's lines)."""
        self.photos = photos
        self.model.photos = photos
        self.table.setIconSize(THUMBNAIL)
        photos.changed.connect(self.on_photos_changed)

    @Slot()
    def on_photos_changed(self) -> None:
        self._show_photo(self._photo_sku)
        self.model.photos_changed()

    def _show_photo(self, sku: str) -> None:
        self._photo_sku = sku
        pixmap = self.photos.pixmap(sku, PHOTO_SIZE) if self.photos and sku else None
        if pixmap is None:
            self.photo.clear()
            self.photo.hide()
        else:
            self.photo.setPixmap(pixmap)
            self.photo.show()

    def show_state(self, state: StationState, last_slot: int | None = None) -> None:
        orders = state.orders
        if len(orders) > 1:
            self.title.setText(self.tr("Batch pick: {count} orders ({numbers})").format(
                count=len(orders), numbers=", ".join(o.number for o in orders)))
        elif orders:
            self.title.setText(self.tr("Pick order {number}").format(number=orders[0].number))
        else:
            self.title.setText(self.tr("Pick"))
        steps = state.pick_list
        done = sum(1 for s in steps if s.done)
        units = sum(s.quantity for s in steps)
        taken = sum(min(s.picked, s.quantity) for s in steps)
        self.progress.setText(self.tr("Bin {step} of {steps} · {taken} of {units} items").format(
            step=min(done + 1, len(steps)), steps=len(steps), taken=taken, units=units))
        self.model.set_steps(steps, state.pick_step, batch=state.batch)
        if self.photos is not None:
            self.photos.want(s.sku for s in steps)
        self.table.setColumnHidden(PickListModel.COLUMNS.index("slots"), not state.batch)
        if self.model.current >= 0:
            self.table.scrollTo(self.model.index(self.model.current, 0))
        self.show_step(state.pick_step, batch=state.batch, last_slot=last_slot)

    def show_step(self, step: PickStep | None, *, batch: bool, last_slot: int | None) -> None:
        self._show_step(step, batch=batch, last_slot=last_slot)
        self._show_photo(step.sku if step is not None else "")
        # An empty label would still take its line on the card: small screens need the room.
        for label in (self.quantity, self.variant, self.item_name, self.slots):
            label.setVisible(bool(label.text()))

    def _show_step(self, step: PickStep | None, *, batch: bool, last_slot: int | None) -> None:
        if step is None:
            self.bin_code.setText("✓")
            self.quantity.setText("")
            self.variant.setText("")
            self.item_name.setText("")
            self.instruction.setText(self.tr("Everything is picked: go to the packing bench"))
            self.slots.setText("")
            return
        self.bin_code.setText(step.bin_code or self.tr("NO BIN"))
        self.quantity.setText(self.tr("Take {count}").format(count=step.remaining))
        variant = " · ".join(v for v in (step.color, step.size) if v)
        self.variant.setText(variant)
        self.item_name.setText(step.name or step.sku)
        if not step.bin_code:
            self.instruction.setText(self.tr("No bin holds this item: record a short pick (F9)"))
        elif step.confirmed:
            self.instruction.setText(self.tr("Scan each item ({picked} of {total} taken)").format(
                picked=step.picked, total=step.quantity))
        else:
            self.instruction.setText(self.tr("Scan the bin label first"))
        if batch or any(slot.slot > 1 for slot in step.slots):
            parts = []
            for slot in step.slots:
                left = slot.quantity - slot.picked
                marker = "▶ " if slot.slot == last_slot else ""
                parts.append(self.tr("{marker}Slot {slot}: {left} × ({number})").format(
                    marker=marker, slot=slot.slot, left=left, number=slot.order_number))
            self.slots.setText("   ".join(parts))
        else:
            self.slots.setText("")

    @Slot()
    def on_short_clicked(self) -> None:
        reason = self.short_reason.currentText().strip() or self.tr("bin empty")
        self.short_pick_requested.emit(reason)
