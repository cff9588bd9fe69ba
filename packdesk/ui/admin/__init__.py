"""The admin area: bins, products, users, stations, store connections, boxes and scale,
quality checks and the parcel's cards and links.

Only an admin may open it: the constructor refuses anyone else before building a page,
and every change the pages ask for is refused by the services for anyone else too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from packdesk.domain.model import Role
from packdesk.services.auth import Actor, require_role
from packdesk.services.screens import AdminServices

from .binspage import BinsPage
from .boxespage import BoxesPage
from .finishingpage import FinishingPage
from .models import AdminPage
from .productspage import ProductsPage
from .stationspage import StationsPage
from .storespage import StoresPage
from .userspage import UsersPage

__all__ = ["AdminWidget"]


class AdminWidget(QWidget):
    def __init__(self, services: AdminServices, actor: Actor | None,
                 parent: QWidget | None = None) -> None:
        admin = require_role(actor, Role.ADMIN, "the admin screens")
        super().__init__(parent)
        self.setObjectName("admin")
        self.actor = admin
        self.tabs = QTabWidget()
        self.bins = BinsPage(services, admin)
        self.products = ProductsPage(services, admin)
        self.users = UsersPage(services, admin)
        self.stations = StationsPage(services, admin)
        self.stores = StoresPage(services, admin)
        self.boxes = BoxesPage(services, admin)
        self.finishing = FinishingPage(services, admin)
        self.tabs.addTab(self.bins, self.tr("Bins"))
        self.tabs.addTab(self.products, self.tr("Products"))
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.stations, self.tr("Stations"))
        self.tabs.addTab(self.stores, self.tr("Store connections"))
        self.tabs.addTab(self.boxes, self.tr("Boxes and scale"))
        self.tabs.addTab(self.finishing, self.tr("Quality and cards"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def pages(self) -> list[AdminPage]:
        return [self.bins, self.products, self.users, self.stations, self.stores, self.boxes,
                self.finishing]

    @property
    def busy(self) -> bool:
        return any(page.busy for page in self.pages())
