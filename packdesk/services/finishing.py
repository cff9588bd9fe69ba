"""The admin's settings for what goes in the parcel besides the items (issue 24): the
slip's review and returns links and the thank-you card; and what an order gets of them
when its documents print.

Kept in the settings table under ``documents.finishing``; no secret is among them.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.domain.countries import country_language
from packdesk.domain.finishing import (
    FinishingSettings,
    ThankYouCard,
    card_text,
    card_wanted,
    check_settings,
    slip_links,
)
from packdesk.domain.model import Order, Role
from packdesk.i18n import normalize
from packdesk.persistence.tables import OrderRow, SettingRow

from .auth import Actor, require_role
from .uow import UnitOfWork
from .views import OrderView

FINISHING_SETTING = "documents.finishing"


def finishing_settings(uow: UnitOfWork) -> FinishingSettings:
    with uow:
        return _read(uow.session)


def _read(session: Session) -> FinishingSettings:
    row = session.get(SettingRow, FINISHING_SETTING)
    return FinishingSettings.from_json(row.value if row else {})


def save_finishing_settings(uow: UnitOfWork, actor: Actor | None,
                            settings: FinishingSettings) -> FinishingSettings:
    """Check and keep the admin's links and card settings; a bad field changes nothing."""
    require_role(actor, Role.ADMIN, "changing the slip links and the thank-you card")
    checked = check_settings(settings)
    with uow.writing() as writer:
        row = writer.session.get(SettingRow, FINISHING_SETTING)
        if row is None:
            writer.session.add(SettingRow(key=FINISHING_SETTING, value=checked.to_json()))
        else:
            row.value = checked.to_json()
        writer.commit()
    return checked


def is_first_order(session: Session, order_id: int, order: Order) -> bool:
    """No earlier order from the same store to the same name and postcode."""
    name = order.ship_to.name.strip()
    if not name:
        return False
    earlier = session.scalar(
        select(OrderRow.id).where(
            OrderRow.source == order.source, OrderRow.id != order_id,
            OrderRow.placed_at < order.placed_at,
            OrderRow.ship_to["name"].as_string() == name,
            OrderRow.ship_to["postal_code"].as_string() == order.ship_to.postal_code)
        .limit(1))
    return earlier is None


def card_for(settings: FinishingSettings, order: Order, *, first_order: bool,
             language: str | None = None) -> ThankYouCard | None:
    if not card_wanted(settings, order, first_order=first_order):
        return None
    chosen = country_language(order.ship_to.country, normalize(language))
    return ThankYouCard(chosen, card_text(settings, chosen, order.ship_to.name))


def with_finishing(session: Session, view: OrderView, *,
                   language: str | None = None) -> OrderView:
    """``view`` with its slip links and, when the admin's rule says so, its card."""
    settings = _read(session)
    first = is_first_order(session, view.id, view.order) if settings.card_when == "first" else False
    return replace(view, slip_links=slip_links(settings, view.order),
                   card=card_for(settings, view.order, first_order=first, language=language))
