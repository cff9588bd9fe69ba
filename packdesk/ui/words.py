"""Words the screens share for the domain's codes: a role's name, a unit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packdesk.domain.model import Role
from packdesk.domain.say import Say


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


def said(text: str) -> str:
    """A service's sentence in the station's language (see ``packdesk.domain.say``); a
    plain string (a customer's or a device's own words) is shown as it is."""
    if isinstance(text, Say):
        template = QCoreApplication.translate("verdict", text.template)
        values = {k: said(v) if isinstance(v, Say) else v for k, v in text.values.items()}
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):
            return str(text)  # a broken translation still says something
    return text


def error_text(error: BaseException) -> str:
    """What went wrong, in the station's language when the service said it with ``say``."""
    if error.args and isinstance(error.args[0], Say):
        return said(error.args[0])
    return str(error)
