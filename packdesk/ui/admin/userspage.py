"""Users: packers, leads and admins, their badges and PINs; print a badge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)

from packdesk.domain.model import Role
from packdesk.services.admin import UserInfo, suggest_badge_code
from packdesk.services.auth import Actor
from packdesk.services.screens import AdminServices

from ..words import role_name
from .badges import badge_pdf
from .common import (
    button_row,
    form_box,
    records_view,
    select_records,
    selected_record,
    table_beside,
)
from .models import AdminPage, RecordsModel


class UsersPage(AdminPage):
    def __init__(self, services: AdminServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.model: RecordsModel[UserInfo] = RecordsModel([
            (self.tr("Name"), lambda u: u.name),
            (self.tr("Role"), lambda u: self.role_label(u.role)),
            (self.tr("Badge"), lambda u: u.badge_code),
            (self.tr("PIN"), lambda u: self.tr("set") if u.has_pin else self.tr("none")),
            (self.tr("Status"), lambda u: self.tr("locked") if u.locked else (
                self.tr("active") if u.active else self.tr("retired"))),
        ], self)
        self.view = records_view(self.model, self.on_selection_changed)

        self.name_edit = QLineEdit()
        self.role_box = QComboBox()
        for role in Role:
            self.role_box.addItem(self.role_label(role), role.value)
        self.badge_edit = QLineEdit()
        self.badge_edit.setPlaceholderText("BADGE:ANNA07")
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("4 to 12 digits; empty keeps the PIN"))
        self.active_check = QCheckBox(self.tr("May sign in"))
        self.active_check.setChecked(True)
        self.add_button = QPushButton(self.tr("Add as new user"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.unlock_button = QPushButton(self.tr("Unlock PIN"))
        self.badge_button = QPushButton(self.tr("Print badge…"))
        user_box, _form = form_box(self.tr("User"), [
            (self.tr("Name:"), self.name_edit),
            (self.tr("Role:"), self.role_box),
            (self.tr("Badge code:"), self.badge_edit),
            (self.tr("New PIN:"), self.pin_edit),
            ("", self.active_check),
            button_row(self.add_button, self.save_button, self.unlock_button, self.badge_button),
        ])
        table_beside(self, self.view, user_box)

        self.name_edit.textEdited.connect(self.on_name_edited)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.unlock_button.clicked.connect(self.on_unlock_clicked)
        self.badge_button.clicked.connect(self.on_badge_clicked)
        self.reload()

    def role_label(self, role: Role) -> str:
        return role_name(role)

    def reload(self) -> None:
        services, actor = self.services, self.actor
        self.run(lambda: services.list_users(actor), self._on_loaded)

    def _on_loaded(self, users: list[UserInfo]) -> None:
        self.model.set_records(users)
        self.loaded.emit()

    def selected(self) -> UserInfo | None:
        return selected_record(self.view, self.model)

    def _chosen(self) -> UserInfo | None:
        """The selected user, or None after asking for one."""
        user = self.selected()
        if user is None:
            self.show_error(self.tr("Select a user first"))
        return user

    def select_name(self, name: str) -> None:
        select_records(self.view, self.model, lambda user: user.name == name)

    @Slot()
    def on_selection_changed(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.name_edit.setText(user.name)
        self.role_box.setCurrentIndex(self.role_box.findData(user.role.value))
        self.badge_edit.setText(user.badge_code)
        self.pin_edit.clear()
        self.active_check.setChecked(user.active)

    @Slot(str)
    def on_name_edited(self, text: str) -> None:
        if self.selected() is None and not self.badge_edit.isModified():
            self.badge_edit.setText(suggest_badge_code(text))

    def _then_reload(self, message: str) -> None:
        self.pin_edit.clear()
        self.show_message(message)
        self.reload()

    @Slot()
    def on_add_clicked(self) -> None:
        services, actor = self.services, self.actor
        name, badge, pin = self.name_edit.text(), self.badge_edit.text(), self.pin_edit.text()
        role = Role(self.role_box.currentData())
        self.run(lambda: services.add_user(actor, name, role, badge, pin or None),
                 lambda user: self._then_reload(self.tr("{name} added").format(name=user.name)))

    @Slot()
    def on_save_clicked(self) -> None:
        user = self._chosen()
        if user is None:
            return
        services, actor = self.services, self.actor
        badge, pin = self.badge_edit.text(), self.pin_edit.text()
        role, active = Role(self.role_box.currentData()), self.active_check.isChecked()
        self.run(lambda: services.update_user(actor, user.id, role=role, badge_code=badge,
                                              active=active, pin=pin or None),
                 lambda saved: self._then_reload(self.tr("{name} saved").format(name=saved.name)))

    @Slot()
    def on_unlock_clicked(self) -> None:
        user = self._chosen()
        if user is None:
            return
        services, actor = self.services, self.actor
        self.run(lambda: services.update_user(actor, user.id, unlock=True),
                 lambda saved: self._then_reload(self.tr("{name} unlocked").format(name=saved.name)))

    @Slot()
    def on_badge_clicked(self) -> None:
        user = self._chosen()
        if user is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save badge"), f"badge-{user.badge_code.replace(':', '-')}.pdf",
            self.tr("PDF files (*.pdf)"))
        if path:
            self.save_badge(user, Path(path))

    def save_badge(self, user: UserInfo, path: Path) -> None:
        role = self.role_label(user.role)

        def work() -> str:
            path.write_bytes(badge_pdf(user.name, role, user.badge_code))
            return str(path)

        self.run(work, lambda written: self.show_message(
            self.tr("Badge saved to {file}").format(file=written)))
