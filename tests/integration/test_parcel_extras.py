"""What goes in the parcel besides the items (issue 24), printed through the station's one
printing path to a folder and read back: the thank-you card of an order placed in Russia
is in Russian with the customer's first name and the next-order code (text read from the
PDF); the slip's two QR codes decode (zxing-cpp) to the admin's links filled in for the
order, each with its caption in the order's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import Engine, select, update

from packdesk.domain.finishing import CardWhen, FinishingSettings, InvalidFinishing, order_token
from packdesk.domain.model import Role
from packdesk.hardware.printers import FolderPrinter
from packdesk.hardware.station_printer import StationPrinter
from packdesk.persistence.mappers import order_from_row
from packdesk.persistence.tables import OrderRow
from packdesk.services.auth import Actor, PermissionDenied
from packdesk.services.demo import SHIP_FROM
from packdesk.services.finishing import finishing_settings, save_finishing_settings
from packdesk.services.printing import PACKING_SLIP, THANK_YOU_CARD
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.printed import pdf_pages, pdf_text
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, pick_everything, verify_everything

ADMIN = Actor(user_id=0, name="Ada Admin", role=Role.ADMIN)
PACKER = Actor(user_id=0, name="Pat Packer", role=Role.PACKER)
REVIEW = "https://shop.example/review/{order}?t={token}"
RETURNS = "https://shop.example/returns?order={order}&t={token}"


@pytest.fixture
def shop(engine: Engine) -> Iterator[Engine]:
    seed_small_shop(engine, orders=8)
    yield engine


def print_first_order(engine: Engine, folder: Path, ship_to: dict[str, str]) -> tuple[str, list]:
    """Take the next order, send it to ``ship_to``, pick and verify it: the documents print
    into ``folder`` at the last scan. Returns its number and the print outcomes."""
    printer = StationPrinter(FolderPrinter(folder), FolderPrinter(folder), ship_from=SHIP_FROM,
                             slip_where=str(folder), label_where=str(folder), label_format="pdf",
                             wait_seconds=10)
    service = StationService(engine, "Bench 1", printer=printer)
    service.handle_scan(PACKER_BADGE)
    view = service.take_next()
    assert view is not None
    with UnitOfWork(engine) as uow:
        row = uow.session.get(OrderRow, view.id)
        assert row is not None
        row.ship_to = {**row.ship_to, **ship_to}
        row.customer_note, row.gift = "", False
        uow.commit()
    pick_everything(service, engine)
    verify_everything(service, engine)
    outcomes = service.print_documents()
    printer.close()
    return view.number, list(outcomes)


def printed(folder: Path, word: str) -> bytes:
    files = sorted(folder.glob(f"*{word}*.pdf"))
    assert files, f"no {word} in {[p.name for p in folder.iterdir()]}"
    return files[-1].read_bytes()


def test_a_russian_order_gets_its_card_in_russian_and_the_slip_qr_codes_decode(
        shop: Engine, tmp_path: Path) -> None:
    save_finishing_settings(UnitOfWork(shop), ADMIN, FinishingSettings(
        review_url=REVIEW, returns_url=RETURNS, card_when=CardWhen.ALL, card_code="SNOVA10"))
    folder = tmp_path / "printed"
    number, outcomes = print_first_order(shop, folder, {
        "name": "Анна Петрова", "country": "RU", "city": "Москва", "postal_code": "101000"})
    assert {o.document: o.ok for o in outcomes}[THANK_YOU_CARD]

    lines = pdf_text(printed(folder, "card")).splitlines()
    card = " ".join(" ".join(lines).split())  # as read, whatever the wrapping
    assert "Анна" in card and "Петрова" not in card  # the first name only
    assert "Спасибо за ваш заказ" in card
    assert "Ваш код на следующий заказ: SNOVA10" in card
    assert lines[0].strip() == "Спасибо"  # the title, in Russian too

    slip = printed(folder, "slip")
    with UnitOfWork(shop) as uow:
        order = order_from_row(uow.session.scalars(
            select(OrderRow).where(OrderRow.number == number)).one())
    plain = number.lstrip("#")
    token = order_token(order)
    assert len(token) == 8
    found = sorted(b.text for page in pdf_pages(slip, dpi=200)
                   for b in zxingcpp.read_barcodes(page)
                   if b.format == zxingcpp.BarcodeFormat.QRCode)
    assert found == sorted([f"https://shop.example/review/{plain}?t={token}",
                            f"https://shop.example/returns?order={plain}&t={token}"])
    text = pdf_text(slip)
    assert "Расскажите" in text and "Возврат" in text  # the captions in the order's language


def test_a_first_order_rule_prints_no_card_for_a_returning_customer(
        shop: Engine, tmp_path: Path) -> None:
    save_finishing_settings(UnitOfWork(shop), ADMIN, FinishingSettings(card_when=CardWhen.FIRST))
    with UnitOfWork(shop) as uow:  # every order goes to the same customer
        uow.session.execute(update(OrderRow).values(ship_to={
            "name": "Kari Nordmann", "line1": "Storgata 1", "city": "Oslo",
            "postal_code": "0155", "country": "NO"}))
        uow.commit()
    folder = tmp_path / "printed"
    number, outcomes = print_first_order(shop, folder, {})
    with UnitOfWork(shop) as uow:
        earliest = uow.session.scalars(select(OrderRow.number).order_by(
            OrderRow.placed_at, OrderRow.id)).first()
    documents = [o.document for o in outcomes]
    assert PACKING_SLIP in documents
    assert (THANK_YOU_CARD in documents) == (number == earliest)
    assert bool(list(folder.glob("*card*"))) == (number == earliest)


def test_bad_settings_are_refused_with_one_sentence_and_change_nothing(shop: Engine) -> None:
    uow = UnitOfWork(shop)
    save_finishing_settings(uow, ADMIN, FinishingSettings(review_url=REVIEW))
    with pytest.raises(InvalidFinishing, match="https://"):
        save_finishing_settings(uow, ADMIN, FinishingSettings(review_url="shop.example/{order}"))
    with pytest.raises(InvalidFinishing, match="customer"):
        save_finishing_settings(uow, ADMIN, FinishingSettings(
            card_templates={"ru": "Привет, {customer}!"}))
    with pytest.raises(PermissionDenied):
        save_finishing_settings(uow, PACKER, FinishingSettings())
    assert finishing_settings(uow).review_url == REVIEW


def test_the_card_on_a_zpl_label_printer_prints_cyrillic_as_graphics(shop: Engine) -> None:
    from packdesk.domain.finishing import ThankYouCard
    from packdesk.hardware.documents import thank_you_card_zpl
    from tests.helpers.printed import ink_dots, zpl_labels

    with UnitOfWork(shop) as uow:
        order = order_from_row(uow.session.scalars(select(OrderRow)).first())
    card = ThankYouCard("ru", "Анна, спасибо за ваш заказ!")
    labels = zpl_labels(thank_you_card_zpl(card, order))  # the printer's fonts lack Cyrillic
    assert len(labels) == 1 and ink_dots(labels[0]) > 2000
