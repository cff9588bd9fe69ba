"""A station scanning a printed order barcode takes exactly that order (issue 18, point 21).

Orders whose numbers Code 128 cannot carry as they are ("#E2👍" next to "#E2", a CR/LF,
a group separator) are stored, their slips printed and decoded with zxing-cpp, and the
decoded text is scanned at a station, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Engine, select, update

from packdesk.domain.model import ScanOutcome
from packdesk.domain.scancodes import order_barcode
from packdesk.hardware.documents import packing_slip_pdf
from packdesk.persistence.tables import OrderRow
from packdesk.services.orders import find_order_for_print
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from tests.helpers.orders import gift_order
from tests.helpers.printed import decoded, pdf_pages
from tests.helpers.shop import seed_small_shop
from tests.helpers.station import PACKER_BADGE, RecordingPrinter

NUMBERS = ["#E2", "#E2👍", "#E2\r\n7", "#E2\x1d7", "注文-1001"]


def test_each_printed_order_barcode_takes_its_own_order(engine: Engine) -> None:
    seed_small_shop(engine, orders=len(NUMBERS) + 2)
    with UnitOfWork(engine) as uow:
        ids = list(uow.session.scalars(select(OrderRow.id).order_by(OrderRow.id)))
        for order_id, number in zip(ids, NUMBERS, strict=False):
            uow.session.execute(update(OrderRow).where(OrderRow.id == order_id)
                                .values(number=number))
        uow.commit()

    printed: dict[str, str] = {}
    for number in NUMBERS:
        printable = find_order_for_print(UnitOfWork(engine), number)
        assert printable.order.number == number
        slip = pdf_pages(packing_slip_pdf(printable.order, printable.bins_by_sku), dpi=200)[0]
        (printed[number],) = decoded(slip)
    assert len(set(printed.values())) == len(NUMBERS)

    for index, number in enumerate(reversed(NUMBERS)):  # "#E2" last: still there to take
        service = StationService(engine, f"Bench {index}", printer=RecordingPrinter())
        assert service.handle_scan(PACKER_BADGE).outcome is ScanOutcome.SIGNED_IN
        taken = service.handle_scan(printed[number] + "\r")
        assert taken.outcome is ScanOutcome.ORDER_TAKEN, taken
        assert taken.order is not None and taken.order.number == number


def test_the_barcode_of_an_order_not_stored_here_takes_no_other_order(engine: Engine) -> None:
    seed_small_shop(engine, orders=3)
    with UnitOfWork(engine) as uow:
        first = uow.session.scalars(select(OrderRow).order_by(OrderRow.id)).first()
        assert first is not None
        first.number = "#E2"
        uow.commit()
    elsewhere = gift_order()  # an order of another shop, or deleted here
    elsewhere.number = "#E2👍"
    (scanned,) = decoded(pdf_pages(packing_slip_pdf(elsewhere, {}), dpi=200)[0])
    assert scanned == order_barcode("#E2👍")
    service = StationService(engine, "Bench 1", printer=RecordingPrinter())
    service.handle_scan(PACKER_BADGE)
    verdict = service.handle_scan(scanned)
    assert verdict.outcome is not ScanOutcome.ORDER_TAKEN, "took order #E2"
