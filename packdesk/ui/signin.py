"""Sign-in: scan a badge, or choose a name and type a PIN.

The badge scan arrives through the window's scanner like every other scan; this screen
only says so, big, and offers the PIN fallback. The window does the signing in (through
the services, off the GUI thread) and tells this screen how it went.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class SignInScreen(QWidget):
    pin_submitted = Signal(str, str)  # name, PIN

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self.title = QLabel(self.tr("Scan your badge to sign in"), self)
        self.title.setFont(_font(40, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.station_label = QLabel(self.tr("Station {name}").format(name=station), self)
        self.station_label.setFont(_font(22))
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(
            self.tr("No scanner? Type the badge code into the scan field above and press Enter."),
            self,
        )
        self.hint.setFont(_font(14))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)

        box = QFrame(self)
        box.setObjectName("pinBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(640)
        self.names = QComboBox(box)
        self.names.setObjectName("signInName")
        self.names.setFont(_font(18))
        self.names.setMinimumContentsLength(16)
        self.pin = QLineEdit(box)
        self.pin.setObjectName("signInPin")
        self.pin.setFont(_font(18))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.sign_in_button = QPushButton(self.tr("&Sign in"), box)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setFont(_font(18, bold=True))
        self.error = QLabel("", box)
        self.error.setObjectName("signInError")
        self.error.setFont(_font(16, bold=True))
        self.error.setStyleSheet("color: #b3001b;")
        self.error.setWordWrap(True)
        form = QFormLayout(box)
        name_label = QLabel(self.tr("&Name"), box)
        name_label.setBuddy(self.names)
        name_label.setFont(_font(16))
        pin_label = QLabel(self.tr("&PIN"), box)
        pin_label.setBuddy(self.pin)
        pin_label.setFont(_font(16))
        or_label = QLabel(self.tr("…or choose your name and type your PIN"), box)
        or_label.setFont(_font(16, bold=True))
        form.addRow(or_label)
        form.addRow(name_label, self.names)
        form.addRow(pin_label, self.pin)
        form.addRow(self.sign_in_button)
        form.addRow(self.error)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.station_label)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        self.sign_in_button.clicked.connect(self.on_submit)
        self.pin.returnPressed.connect(self.on_submit)

    def set_names(self, names: Sequence[str]) -> None:
        current = self.names.currentText()
        self.names.clear()
        self.names.addItems(list(names))
        if current in names:
            self.names.setCurrentText(current)

    def set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def reset(self) -> None:
        self.pin.clear()
        self.error.clear()
        self.set_busy(False)

    @Slot()
    def on_submit(self) -> None:
        name = self.names.currentText()
        pin = self.pin.text()
        if not name:
            self.show_error(self.tr("Choose your name first."))
            return
        if not pin:
            self.show_error(self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        self.pin.clear()
        self.error.clear()
        self.set_busy(True)
        self.pin_submitted.emit(name, pin)
