"""Words the screens share for the domain's codes: a role's name, a unit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packdesk.domain.model import Role


def role_name(role: Role | str) -> str:
    """"Packer", "Shift lead", "Admin" in the station's language."""
    names = {
        Role.PACKER: QCoreApplication.translate("Role", "Packer"),
        Role.LEAD: QCoreApplication.translate("Role", "Shift lead"),
        Role.ADMIN: QCoreApplication.translate("Role", "Admin"),
    }
    return names.get(Role(role), str(role))


def grams_suffix() -> str:
    """The suffix of a weight field in grams (" g")."""
    return QCoreApplication.translate("Units", " g")
