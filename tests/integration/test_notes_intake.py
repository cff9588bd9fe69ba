"""Notes read at intake and decided by a lead, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.errors import PermissionDenied
from packdesk.persistence.tables import NoteProposalRow, OrderRow, ScanEventRow, SettingRow
from packdesk.services.auth import Actor, sign_in_with_badge
from packdesk.services.intake import store_pulled
from packdesk.services.notes import (
    NotesError,
    confirm_gift_message,
    note_conflicts,
    order_notes,
    resolve_conflict,
)
from packdesk.services.station import StationService
from packdesk.services.uow import UnitOfWork
from packdesk.sync.filedrop import FileDropSource
from packdesk.sync.pull import pull_all
from tests.helpers.notes_orders import hoodie_order, order_row, seed_catalogue

LEAD = "BADGE:LENA02"
PACKER = "BADGE:PAT03"


@pytest.fixture
def shop(engine: Engine) -> Engine:
    seed_catalogue(engine)
    return engine


def person(engine: Engine, badge: str) -> Actor:
    return sign_in_with_badge(UnitOfWork(engine), badge)


def test_a_pulled_order_whose_note_asks_for_another_size_is_held_before_anyone_picks_it(
    shop: Engine, tmp_path: Path
) -> None:
    drop = [{
        "order_id": "F1", "order_number": "#F1", "placed_at": "2026-11-25T09:00:00Z",
        "ship_name": "Kari Nordmann", "ship_line1": "Storgata 15", "ship_city": "Oslo",
        "ship_postal_code": "0184", "ship_country": "NO",
        "customer_note": "Hei! Kan dere sende str. L i stedet? Takk 🙂",
        "sku": "HOOD-BLA-M", "name": "Hoodie — black / M", "quantity": 1,
        "attributes": {"color": "black", "size": "M"},
    }]
    (tmp_path / "orders.json").write_text(json.dumps(drop), encoding="utf-8")

    summary = pull_all(shop, [FileDropSource(tmp_path)])

    assert summary.total.created == 1, summary.line()
    with UnitOfWork(shop) as uow:
        row = uow.session.scalars(select(OrderRow).where(OrderRow.number == "#F1")).one()
        assert row.status == "on_hold" and row.notes_review == "conflict"
        assert "size M" in row.hold_reason and "asks for L" in row.hold_reason
        assert "“L”" in row.hold_reason  # the note's own words
    station = StationService(shop, "Bench 1")
    station.sign_in_badge(PACKER)
    assert station.take_next() is None  # a held order is not in anyone's hands
    [conflict] = note_conflicts(UnitOfWork(shop))
    assert (conflict.number, conflict.attribute, conflict.ordered, conflict.requested) == (
        "#F1", "size", "M", "L")
    assert conflict.context[conflict.span_start:conflict.span_end] == conflict.text == "L"


def test_a_request_that_agrees_with_the_line_is_kept_beside_it_with_its_exact_span(
    shop: Engine,
) -> None:
    note = "Бережно упакуйте, пожалуйста: нужен именно чёрный, размер М 🙏"
    store_pulled(UnitOfWork(shop), [hoodie_order("A1", note)])

    row = order_row(shop, "A1")
    assert row.status == "new" and row.notes_review == "none"
    notes = order_notes(UnitOfWork(shop), row.id)
    beside = {p.kind: p for p in notes.for_line(row.lines[0].id)}
    assert beside["color"].value == "black" and beside["size"].value == "M"
    for proposal in beside.values():
        assert note[proposal.span_start:proposal.span_end] == proposal.text
        assert proposal.ordered is None and proposal.status == "proposed"
    assert beside["color"].text == "чёрный" and beside["size"].text == "М"


def test_a_line_property_request_is_compared_with_its_own_line(shop: Engine) -> None:
    order = hoodie_order("P1", color="navy", size="L")
    order.lines[0].properties = {"Farge": "grønn"}
    store_pulled(UnitOfWork(shop), [order])

    row = order_row(shop, "P1")
    assert row.status == "on_hold"
    [conflict] = note_conflicts(UnitOfWork(shop))
    assert (conflict.attribute, conflict.ordered, conflict.line_id) == ("color", "navy", row.lines[0].id)
    assert conflict.context == "grønn" and conflict.text == "grønn"


def test_a_gift_in_the_note_proposes_the_card_message_for_the_packer_to_confirm(
    shop: Engine,
) -> None:
    note = "It's a present for my sister, card: Happy birthday Anna! 🎂"
    store_pulled(UnitOfWork(shop), [hoodie_order("G1", note)])

    row = order_row(shop, "G1")
    assert row.gift and row.gift_message == "Happy birthday Anna! 🎂"  # as the customer wrote it
    assert row.status == "new"
    notes = order_notes(UnitOfWork(shop), row.id)
    proposed = notes.gift_message_to_confirm
    assert proposed is not None and proposed.value == "Happy birthday Anna! 🎂"
    assert note[proposed.span_start:proposed.span_end] == "Happy birthday Anna! 🎂"

    packer = person(shop, PACKER)
    after = confirm_gift_message(UnitOfWork(shop), row.id, "Happy birthday, Anna! 💐", packer,
                                 station="Bench 1")

    assert after.gift_message == "Happy birthday, Anna! 💐"
    assert after.gift_message_to_confirm is None
    [decided] = [p for p in after.proposals if p.kind == "gift_message"]
    assert (decided.status, decided.decided_by) == ("rejected", "Pat Packer")  # corrected
    with UnitOfWork(shop) as uow:
        event = uow.session.scalars(
            select(ScanEventRow).where(ScanEventRow.order_id == row.id)).one()
        assert json.loads(event.detail)["proposed"] == ["Happy birthday Anna! 🎂"]


def test_a_store_gift_message_is_not_replaced_by_the_notes(shop: Engine) -> None:
    store_pulled(UnitOfWork(shop), [hoodie_order(
        "G2", "gift for dad, card: Happy Father's day", gift=True, gift_message="Love you Dad")])
    assert order_row(shop, "G2").gift_message == "Love you Dad"


@pytest.mark.parametrize("note", [
    "Please leave the parcel with the neighbour if I'm not home. Thanks!",
    "Merci de sonner deux fois, le code de la porte est 4512B.",
    "Por favor, entregar na portaria. Obrigada!",
    "Пожалуйста, позвоните за час до доставки. Спасибо!",
    "Vennligst legg pakken i postkassen. Tusen takk 😊",
    "Lūdzu, piezvaniet pirms piegādes. Paldies!",
])
def test_notes_without_requests_give_no_color_size_or_gift(shop: Engine, note: str) -> None:
    store_pulled(UnitOfWork(shop), [hoodie_order("D1", note)])

    row = order_row(shop, "D1")
    assert (row.status, row.gift, row.gift_message, row.notes_review) == ("new", False, "", "none")
    kinds = {p.kind for p in order_notes(UnitOfWork(shop), row.id).proposals}
    assert not kinds & {"color", "size", "gift", "gift_message"}


def held(shop: Engine, external_id: str = "C1", note: str = "Could you send it in L instead of M?") -> int:
    store_pulled(UnitOfWork(shop), [hoodie_order(external_id, note)])
    row = order_row(shop, external_id)
    assert row.status == "on_hold"
    return row.id


def test_the_lead_packs_as_the_note_says_and_the_line_expects_that_variant(shop: Engine) -> None:
    order_id = held(shop)

    notes = resolve_conflict(UnitOfWork(shop), order_id, "as_note", person(shop, LEAD),
                             station="Bench 1")

    assert (notes.status, notes.review, notes.decision, notes.hold_reason) == (
        "new", "resolved", "as_note", "")
    row = order_row(shop, "C1")
    assert row.lines[0].sku == "HOOD-BLA-M" and row.lines[0].sku_to_pack == "HOOD-BLA-L"
    # What the packer and the slip see is what goes in the box...
    assert row.lines[0].attributes == {"color": "black", "size": "L"}
    assert row.lines[0].name == "Hoodie — black / L"
    [size] = [p for p in notes.proposals if p.kind == "size"]
    assert (size.status, size.decided_by) == ("confirmed", "Lena Lead")
    with UnitOfWork(shop) as uow:
        event = uow.session.scalars(select(ScanEventRow).where(ScanEventRow.order_id == order_id)).one()
        assert (event.outcome, event.user_name, event.raw_code) == ("override", "Lena Lead", "notes:as_note")
        # ...and what the customer ordered stays on record.
        before = json.loads(event.detail)["lines_before"][str(row.lines[0].id)]
        assert before == {"name": "Hoodie — black / M", "attributes": {"color": "black", "size": "M"}}
    assert size.ordered == "M"
    assert note_conflicts(UnitOfWork(shop))[0].decision == "as_note"


def test_the_lead_packs_as_ordered_and_the_request_is_rejected(shop: Engine) -> None:
    order_id = held(shop)

    notes = resolve_conflict(UnitOfWork(shop), order_id, "as_ordered", person(shop, LEAD))

    assert (notes.status, notes.decision) == ("new", "as_ordered")
    assert order_row(shop, "C1").lines[0].sku_to_pack == "HOOD-BLA-M"
    assert [p.status for p in notes.proposals if p.kind == "size"] == ["rejected"]


def test_contact_the_customer_keeps_the_order_held_until_a_lead_decides_again(shop: Engine) -> None:
    order_id = held(shop)
    lead = person(shop, LEAD)

    notes = resolve_conflict(UnitOfWork(shop), order_id, "contact_customer", lead)

    assert notes.status == "on_hold" and notes.hold_reason.startswith("contact the customer")
    assert "M ordered, note asks for L" in notes.hold_reason
    later = resolve_conflict(UnitOfWork(shop), order_id, "as_note", lead)
    assert later.status == "new" and order_row(shop, "C1").lines[0].sku_to_pack == "HOOD-BLA-L"


def test_a_packer_cannot_decide_a_note_conflict_and_nothing_changes(shop: Engine) -> None:
    order_id = held(shop)

    with pytest.raises(PermissionDenied, match="needs a lead"):
        resolve_conflict(UnitOfWork(shop), order_id, "as_note", person(shop, PACKER))

    row = order_row(shop, "C1")
    assert row.status == "on_hold" and row.lines[0].expected_sku is None
    with UnitOfWork(shop) as uow:
        statuses = uow.session.scalars(select(NoteProposalRow.status)).all()
        assert set(statuses) == {"proposed"}


def test_a_variant_the_catalogue_lacks_cannot_be_packed_as_the_note_says(shop: Engine) -> None:
    order_id = held(shop, "C2", "size XXS please, not M")

    with pytest.raises(NotesError, match="no Hoodie — black / M in size XXS"):
        resolve_conflict(UnitOfWork(shop), order_id, "as_note", person(shop, LEAD))

    assert order_row(shop, "C2").status == "on_hold"


def test_intake_reads_with_the_admins_word_lists_from_the_settings(
    shop: Engine, tmp_path: Path
) -> None:
    (tmp_path / "en.json").write_text('{"colors": {"green": ["sage"]}}', encoding="utf-8")
    with UnitOfWork(shop) as uow:
        uow.session.add(SettingRow(key="notes.lexicon_dirs", value={"dirs": [str(tmp_path)]}))
        uow.commit()

    store_pulled(UnitOfWork(shop), [hoodie_order("X1", "The sage one please!")])

    row = order_row(shop, "X1")
    assert row.status == "on_hold" and "asks for Forest Green" in row.hold_reason


def test_an_order_held_for_its_note_is_updated_when_the_store_edits_it_before_picking(
    shop: Engine,
) -> None:
    note = "Please send it in size L instead, thanks"
    store_pulled(UnitOfWork(shop), [hoodie_order("E1", note, size="M")])
    held = order_row(shop, "E1")
    assert held.status == "on_hold" and held.notes_review == "conflict"

    # The shop's staff change the line to the size the customer asked for.
    summary = store_pulled(UnitOfWork(shop), [hoodie_order("E1", note, size="L")])

    assert summary.updated == 1 and summary.changed_too_late == 0, summary
    row = order_row(shop, "E1")
    assert [(ln.sku, ln.attributes["size"]) for ln in row.lines] == [("HOOD-BLA-L", "L")]
    assert row.status == "new" and row.notes_review == "none" and row.hold_reason == ""
    assert note_conflicts(UnitOfWork(shop)) == []
    station = StationService(shop, "Bench 1")
    station.sign_in_badge(PACKER)
    taken = station.take_next()
    assert taken is not None and taken.number == "#NE1"


def test_a_store_edit_that_keeps_the_conflict_keeps_the_order_held_with_the_new_lines(
    shop: Engine,
) -> None:
    store_pulled(UnitOfWork(shop), [hoodie_order("E2", "size L please", size="M")])
    summary = store_pulled(UnitOfWork(shop), [hoodie_order("E2", "size XL please", size="M")])

    assert summary.updated == 1, summary
    row = order_row(shop, "E2")
    assert row.status == "on_hold" and "asks for XL" in row.hold_reason
    [conflict] = note_conflicts(UnitOfWork(shop))
    assert conflict.requested == "XL"
