"""A very long customer note: read up to a bound and flagged for a person (issue 18, point 11).

The time it takes is measured in the benchmark suite (``python -m bench --only notes``), not here.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from packdesk.domain.model import MAX_TEXT_LENGTH
from packdesk.domain.notes import MAX_NOTE_CHARS, NotesReader
from packdesk.persistence.tables import OrderRow, QuarantinedPayloadRow
from packdesk.services.intake import store_pulled
from packdesk.services.notes import order_notes
from packdesk.services.uow import UnitOfWork
from tests.helpers.notes_orders import hoodie_order, order_row, seed_catalogue

FILLER = (
    "We loved the last parcel, thanks a lot. Ring twice, the bell is broken; leave it with "
    "the neighbour if nobody opens. My brother says hello! "
)


def long_note(start: str, size: int) -> str:
    return (start + " " + FILLER * (size // len(FILLER) + 1))[:size]


def test_a_note_past_the_reading_bound_is_read_up_to_it_and_flagged_for_a_person(
    engine: Engine,
) -> None:
    seed_catalogue(engine)
    # Longer than the reader reads (4,000), within what intake stores (20,000).
    note = long_note("Please send size L instead of M.", MAX_TEXT_LENGTH - 1_000)
    assert len(note) > 4 * MAX_NOTE_CHARS
    store_pulled(UnitOfWork(engine), [hoodie_order("LONG1", note)])

    row = order_row(engine, "LONG1")
    # what the start of the note asks for is read as usual: a conflict with the line's size M
    assert row.status == "on_hold" and "asks for L" in row.hold_reason
    notes = order_notes(UnitOfWork(engine), row.id)
    flagged = [p for p in notes.proposals if p.kind == "attention" and p.ambiguous
               and p.value and "not read" in p.value]
    assert len(flagged) == 1, [(p.kind, p.value) for p in notes.proposals]
    [flag] = flagged
    assert flag.source == "customer_note" and f"{len(note):,}" in flag.value
    assert note[flag.span_start:flag.span_end] == flag.text
    assert MAX_NOTE_CHARS - 200 <= flag.span_start <= MAX_NOTE_CHARS
    # every other request lies within the part that was read
    assert all(p.span_end <= flag.span_start for p in notes.proposals if p is not flag)


def test_a_note_at_the_bound_is_read_whole_and_not_flagged() -> None:
    reader = NotesReader()
    note = long_note("Please send it in black.", MAX_NOTE_CHARS)
    reading = reader.read_text(note)
    assert reading.too_long == []
    assert not any(r.value and "not read" in r.value for r in reading.requests)
    longer = reader.read_text(note + " Actually make it white.")
    assert longer.too_long == ["customer_note"]


def test_a_100_kb_note_is_quarantined_with_the_reason_not_stored(engine: Engine) -> None:
    seed_catalogue(engine)
    note = long_note("Please send size L instead of M.", 100_000)
    store_pulled(UnitOfWork(engine), [hoodie_order("LONG2", note), hoodie_order("SHORT", "size M")])
    with UnitOfWork(engine) as uow:
        stored = set(uow.session.scalars(select(OrderRow.external_id)))
        reasons = list(uow.session.scalars(select(QuarantinedPayloadRow.reason)))
    assert "SHORT" in stored and "LONG2" not in stored
    assert len(reasons) == 1 and f"{MAX_TEXT_LENGTH:,}" in reasons[0]
