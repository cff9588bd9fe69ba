"""Sign-in: scan a badge, or choose a name and type a PIN.

The badge scan arrives through the window's scanner like every other scan; this screen
only says so, big, and offers the PIN fallback. The window does the signing in (through
the services, off the GUI thread) and tells this screen how it went.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packdesk.i18n import LANGUAGES

from .language import current_language
from .widgets import CENTER, push_button, set_font, text_label


class SignInScreen(QWidget):
    pin_submitted = Signal(str, str)  # name, PIN
    language_chosen = Signal(str)  # a code of packdesk.i18n.LANGUAGES, other than the current

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self.title = text_label(self.tr("Scan your badge to sign in"), self, points=40, bold=True,
                                wrap=True, align=CENTER)
        self.station_label = text_label(self.tr("Station {name}").format(name=station), self,
                                        points=22, align=CENTER)
        self.hint = text_label(
            self.tr("No scanner? Type the badge code into the scan field above and press Enter."),
            self, points=14, wrap=True, align=CENTER,
        )

        box = QFrame(self)
        box.setObjectName("pinBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(640)
        self.names = QComboBox(box)
        self.names.setObjectName("signInName")
        set_font(self.names, 18)
        self.names.setMinimumContentsLength(16)
        self.pin = QLineEdit(box)
        self.pin.setObjectName("signInPin")
        set_font(self.pin, 18)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.sign_in_button = push_button(self.tr("&Sign in"), box, name="signInButton",
                                          points=18, bold=True)
        self.error = text_label("", box, name="signInError", points=16, bold=True, wrap=True)
        self.error.setStyleSheet("color: #b3001b;")
        form = QFormLayout(box)
        name_label = text_label(self.tr("&Name"), box, points=16)
        name_label.setBuddy(self.names)
        pin_label = text_label(self.tr("&PIN"), box, points=16)
        pin_label.setBuddy(self.pin)
        or_label = text_label(self.tr("…or choose your name and type your PIN"), box,
                              points=16, bold=True)
        form.addRow(or_label)
        form.addRow(name_label, self.names)
        form.addRow(pin_label, self.pin)
        form.addRow(self.sign_in_button)
        form.addRow(self.error)

        # The station's language, offered in each language's own name.
        self.language = QComboBox(self)
        self.language.setObjectName("signInLanguage")
        set_font(self.language, 14)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setToolTip(self.tr("Language of this station"))
        self.language.activated.connect(self.on_language_activated)

        layout = QVBoxLayout(self)
        layout.addWidget(self.language, 0, Qt.AlignmentFlag.AlignRight)
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

    @Slot(int)
    def on_language_activated(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != current_language():
            self.language_chosen.emit(str(code))
