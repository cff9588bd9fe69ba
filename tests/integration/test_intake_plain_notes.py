"""Orders whose notes ask for nothing ("please double-bag") are stored with the rest of
their page, and end up exactly as the one-by-one notes hook leaves them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, event, select

from packdesk.persistence.tables import NoteProposalRow, OrderLineRow, OrderRow
from packdesk.services import notes
from packdesk.services.intake import store_pulled
from packdesk.services.uow import UnitOfWork
from tests.helpers.notes_orders import hoodie_order, seed_catalogue

PLAIN = ["Please double-bag, it's raining here all week.", "Merci de laisser le colis au gardien",
         "Por favor, entregar após as 18h", "Оставьте у двери, пожалуйста", "Ring på dørklokka",
         "Lūdzu, zvaniet pirms piegādes"]


def page() -> list[Any]:
    orders = [hoodie_order(f"P{i}", PLAIN[i % len(PLAIN)]) for i in range(30)]
    orders.append(hoodie_order("S1", "Please send size L instead"))  # asks for something
    orders.append(hoodie_order("G1", "It's a gift for my mum, no prices please"))  # a gift
    return orders


def stored(engine: Engine) -> dict[str, tuple[Any, ...]]:
    """What intake left per order: the columns a packer or lead would see, its lines and
    its note proposals."""
    with UnitOfWork(engine) as uow:
        rows = uow.session.scalars(select(OrderRow).order_by(OrderRow.external_id)).all()
        result = {}
        for row in rows:
            lines = uow.session.execute(select(OrderLineRow.sku, OrderLineRow.quantity,
                                               OrderLineRow.attributes)
                                        .where(OrderLineRow.order_id == row.id)).all()
            proposals = uow.session.execute(select(NoteProposalRow.kind, NoteProposalRow.value)
                                            .where(NoteProposalRow.order_id == row.id)).all()
            result[row.external_id] = (
                row.status, row.hold_reason, row.customer_note, row.gift, row.gift_message,
                row.notes_review, row.notes_decision, row.content_hash,
                sorted(map(tuple, lines)), sorted(map(tuple, proposals)))
        return result


def test_plain_notes_are_stored_in_bulk_and_as_the_notes_hook_would_store_them(
    engine: Engine,
) -> None:
    seed_catalogue(engine)
    numbers = {order.number for order in page()}
    one_by_one: list[str] = []  # the orders inserted by a statement of their own

    def count(conn: Any, cursor: Any, statement: str, params: Any, context: Any,
              executemany: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO ORDERS") and not executemany:
            one_by_one.extend(str(p) for p in (params.values() if isinstance(params, dict)
                                                else params) if str(p) in numbers)

    event.listen(engine, "before_cursor_execute", count)
    try:
        summary = store_pulled(UnitOfWork(engine), page())
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert summary.created == 32
    batched = stored(engine)
    # The plain notes went in with the page's bulk insert, not one statement each; the
    # size request, the gift and the instruction for the packer ("double-bag", which the
    # pack screen shows) still go one by one, through the notes hook.
    assert sorted(one_by_one) == sorted(
        ["#NS1", "#NG1"] + [f"#NP{i}" for i in range(0, 30, len(PLAIN))]), one_by_one

    # The same page through the notes hook, order by order, in place of the first.
    with UnitOfWork(engine) as uow:
        uow.session.execute(delete(NoteProposalRow))
        uow.session.execute(delete(OrderLineRow))
        uow.session.execute(delete(OrderRow))
        uow.commit()
    store_pulled(UnitOfWork(engine), page(), on_order_stored=notes.on_order_stored)
    assert stored(engine) == batched
    # And what the notes said still counts: the request is proposed and holds its order,
    # the gift found in the note makes a gift order.
    assert batched["S1"][5] == "conflict" and batched["S1"][0] == "on_hold"
    assert batched["G1"][3] is True
    assert all(batched[f"P{i}"][5] == "none" and batched[f"P{i}"][0] == "new" for i in range(30))
