"""What the screens call: small facades over a unit-of-work factory.

``packdesk.app`` builds one unit-of-work factory over the database and hands these to the
window and its screens, so no widget sees the database or opens a unit of work itself.
Each method is the service function of the same name with the unit of work filled in;
the arguments are the function's own, and every role check stays in the function.
Tests build them over their own database (``ScreenServices.over(lambda: UnitOfWork(e))``)
or over a fake factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from packdesk.domain.boxes import BoxPreset, WeightTolerance
from packdesk.domain.finishing import FinishingSettings
from packdesk.domain.model import Product, Role
from packdesk.domain.quality import QualityCheck
from packdesk.services import (
    admin,
    bins,
    boxes,
    catalog,
    finishing,
    notes,
    outbox,
    quality,
    returns,
    returnsreport,
    stats,
    storechanges,
    storeoptions,
    syncstate,
)
from packdesk.services.auth import Actor
from packdesk.services.uow import UnitOfWork

UnitOfWorkFactory = Callable[[], UnitOfWork]


class AdminServices:
    """Bins, products, users, stations and store connections (the admin area)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # --- users -----------------------------------------------------------------------------

    def list_users(self, actor: Actor | None) -> list[admin.UserInfo]:
        return admin.list_users(self._uow(), actor)

    def add_user(self, actor: Actor | None, name: str, role: Role, badge_code: str,
                 pin: str | None = None) -> admin.UserInfo:
        return admin.add_user(self._uow(), actor, name, role, badge_code, pin)

    def update_user(self, actor: Actor | None, user_id: int, *, role: Role | None = None,
                    badge_code: str | None = None, active: bool | None = None,
                    pin: str | None = None, unlock: bool = False) -> admin.UserInfo:
        return admin.update_user(self._uow(), actor, user_id, role=role, badge_code=badge_code,
                                 active=active, pin=pin, unlock=unlock)

    # --- stations and store connections ------------------------------------------------------

    def list_stations(self, actor: Actor | None) -> list[admin.StationInfo]:
        return admin.list_stations(self._uow(), actor)

    def save_station(self, actor: Actor | None, name: str, printer_settings: dict[str, str],
                     scanner_settings: dict[str, str]) -> admin.StationInfo:
        return admin.save_station(self._uow(), actor, name, printer_settings, scanner_settings)

    def list_store_connections(self, actor: Actor | None) -> list[admin.StoreConnection]:
        return admin.list_store_connections(self._uow(), actor)

    def save_store_connection(self, actor: Actor | None, connection: admin.StoreConnection) -> None:
        admin.save_store_connection(self._uow(), actor, connection)

    def store_options(self, source: str) -> storeoptions.StoreOptions:
        return storeoptions.store_options(self._uow(), source)

    def save_store_options(self, actor: Actor | None, source: str,
                           options: storeoptions.StoreOptions) -> None:
        storeoptions.save_store_options(self._uow(), actor, source, options)

    # --- boxes, weights and the scale ---------------------------------------------------------

    def list_boxes(self) -> list[BoxPreset]:
        return boxes.list_boxes(self._uow())

    def save_box(self, actor: Actor | None, preset: BoxPreset) -> BoxPreset:
        return boxes.save_box(self._uow(), actor, preset)

    def delete_box(self, actor: Actor | None, code: str) -> None:
        boxes.delete_box(self._uow(), actor, code)

    def weight_tolerance(self) -> WeightTolerance:
        return boxes.weight_tolerance(self._uow())

    def set_weight_tolerance(self, actor: Actor | None, tolerance: WeightTolerance) -> WeightTolerance:
        return boxes.set_weight_tolerance(self._uow(), actor, tolerance)

    def learned_weights(self) -> list[boxes.LearnedWeight]:
        return boxes.learned_weights(self._uow())

    def confirm_learned_weight(self, actor: Actor | None, sku: str, *, accept: bool = True) -> None:
        boxes.confirm_learned_weight(self._uow(), actor, sku, accept=accept)

    def all_scale_settings(self, actor: Actor | None) -> dict[str, dict[str, str]]:
        return boxes.all_scale_settings(self._uow(), actor)

    def save_scale_settings(self, actor: Actor | None, station: str,
                            settings: dict[str, str]) -> dict[str, str]:
        return boxes.save_scale_settings(self._uow(), actor, station, settings)

    # --- bins ------------------------------------------------------------------------------

    def list_bins(self, *, include_retired: bool = True) -> list[bins.BinInfo]:
        return bins.list_bins(self._uow(), include_retired=include_retired)

    def add_bin(self, actor: Actor | None, code_text: str) -> bins.BinInfo:
        return bins.add_bin(self._uow(), actor, code_text)

    def recode_bin(self, actor: Actor | None, bin_id: int, new_code_text: str) -> bins.BinInfo:
        return bins.recode_bin(self._uow(), actor, bin_id, new_code_text)

    def set_bins_active(self, actor: Actor | None, bin_ids: list[int],
                        active: bool) -> list[bins.BinInfo]:
        return bins.set_bins_active(self._uow(), actor, bin_ids, active)

    def set_bin_stock(self, actor: Actor | None, bin_code: str, sku: str, quantity: int) -> None:
        bins.set_bin_stock(self._uow(), actor, bin_code, sku, quantity)

    def import_bins_csv(self, actor: Actor | None, text: str,
                        mode: bins.ImportMode = bins.ImportMode.ALL_OR_NOTHING) -> bins.ImportResult:
        # An import takes the write lock from its start (SQLite): it reads, then writes.
        return bins.import_bins_csv(self._uow().writing(), actor, text, mode)

    def export_bins_csv(self) -> str:
        return bins.export_bins_csv(self._uow())

    # --- products --------------------------------------------------------------------------

    def search_products(self, text: str = "", limit: int = 500) -> list[catalog.ProductInfo]:
        return catalog.search_products(self._uow(), text, limit)

    def save_product(self, actor: Actor | None, *, product_id: int | None, sku: str, name: str,
                     attributes: dict[str, str], barcodes: list[str],
                     weight_g: int = 0) -> catalog.ProductInfo:
        return catalog.save_product(self._uow(), actor, product_id=product_id, sku=sku, name=name,
                                    attributes=attributes, barcodes=barcodes, weight_g=weight_g)

    def import_products_csv(self, actor: Actor | None, text: str,
                            mode: bins.ImportMode = bins.ImportMode.ALL_OR_NOTHING,
                            ) -> bins.ImportResult:
        return catalog.import_products_csv(self._uow().writing(), actor, text, mode)

    def import_catalogue(self, actor: Actor | None, products: Iterable[Product],
                         mode: bins.ImportMode = bins.ImportMode.VALID_ROWS) -> bins.ImportResult:
        return catalog.import_catalogue(self._uow().writing(), actor, products, mode)

    # --- quality checks, slip links and the thank-you card ------------------------------------

    def list_checks(self) -> list[QualityCheck]:
        return quality.list_checks(self._uow())

    def add_check(self, actor: Actor | None, text: str, *, sku: str | None = None,
                  tag: str | None = None) -> QualityCheck:
        return quality.add_check(self._uow(), actor, text, sku=sku, tag=tag)

    def remove_check(self, actor: Actor | None, check_id: int) -> None:
        quality.remove_check(self._uow(), actor, check_id)

    def set_product_tags(self, actor: Actor | None, sku: str, tags: list[str]) -> list[str]:
        return quality.set_product_tags(self._uow(), actor, sku, tags)

    def finishing_settings(self) -> FinishingSettings:
        return finishing.finishing_settings(self._uow())

    def save_finishing_settings(self, actor: Actor | None,
                                settings: FinishingSettings) -> FinishingSettings:
        return finishing.save_finishing_settings(self._uow(), actor, settings)


class DashboardServices:
    """The lead's pack-rate figures and target, and the stores' side of things."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def dashboard_data(self, actor: Actor | None, period: stats.Period,
                       grouping: stats.Grouping) -> stats.DashboardData:
        return stats.dashboard_data(self._uow(), actor, period, grouping)

    def set_target_rate(self, actor: Actor | None, orders_per_hour: float) -> float:
        return stats.set_target_rate(self._uow(), actor, orders_per_hour)

    def quality_failures(self, actor: Actor | None,
                         period: stats.Period) -> list[quality.FailureCount]:
        return quality.failures_by_sku_and_reason(self._uow(), actor, period.start, period.end)

    # --- the stores: last pull, refused messages, orders the store changed ------------------

    def store_sync(self, actor: Actor | None) -> syncstate.StoreSync:
        return syncstate.store_sync(self._uow(), actor)

    def retry_message(self, actor: Actor | None, message_id: int) -> bool:
        return outbox.retry_message(self._uow(), actor, message_id)

    def dismiss_message(self, actor: Actor | None, message_id: int) -> bool:
        return outbox.dismiss_message(self._uow(), actor, message_id)

    def ship_as_packed(self, actor: Actor | None, number: str) -> str:
        return storechanges.ship_as_packed(self._uow(), actor, number)

    def repick(self, actor: Actor | None, number: str) -> int:
        return storechanges.repick(self._uow(), actor, number)


class NoteServices:
    """Order notes: the lead's conflict decisions, the requests and gift message at the bench."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def note_conflicts(self, *, open_only: bool = True) -> list[notes.ConflictView]:
        return notes.note_conflicts(self._uow(), open_only=open_only)

    def order_notes(self, order_id: int) -> notes.OrderNotes:
        return notes.order_notes(self._uow(), order_id)

    def resolve_conflict(self, order_id: int, decision: notes.Decision | str, actor: Actor | None,
                         *, station: str = "") -> notes.OrderNotes:
        return notes.resolve_conflict(self._uow(), order_id, decision, actor, station=station)

    def confirm_gift_message(self, order_id: int, text: str, actor: Actor | None,
                             *, station: str = "") -> notes.OrderNotes:
        return notes.confirm_gift_message(self._uow(), order_id, text, actor, station=station)


class ReturnServices:
    """Returns at the bench (``services.returns``) and the lead's returns figures."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def service(self, station: str = "") -> returns.ReturnsService:
        return returns.ReturnsService(self._uow(), station=station)

    def list_returns(self) -> list[returnsreport.ReturnListRow]:
        return returnsreport.list_returns(self._uow())

    def figures(self) -> returnsreport.ReturnFigures:
        return returnsreport.return_figures(self._uow())


@dataclass(frozen=True)
class ScreenServices:
    """The services of the window's screens, each over the same unit-of-work factory."""

    admin: AdminServices
    dashboard: DashboardServices
    notes: NoteServices
    returns: ReturnServices | None = None

    @classmethod
    def over(cls, uow: UnitOfWorkFactory) -> ScreenServices:
        return cls(AdminServices(uow), DashboardServices(uow), NoteServices(uow), ReturnServices(uow))

    def for_screen(self, key: str) -> object:
        """The services a lead screen (``dashboard``, ``admin``, ``notes``) is built with."""
        return {"admin": self.admin, "dashboard": self.dashboard, "notes": self.notes,
                "returns": self.returns, "returns_report": self.returns}[key]
