"""Order notes at the bench: read once at intake, decided by people, checked by the scanner.

The reader (:mod:`packdesk.domain.notes`) only proposes. This module

* reads an order's free texts when intake stores it (:func:`read_order_notes`, the
  intake hook :func:`on_order_stored`), with the catalogue's own option values as the
  vocabulary, and stores every proposal with its exact source span (``note_proposals``);
* puts a new order whose notes ask for another variant than a line holds on hold, with a
  reason naming the conflict, before anyone can take it;
* lets a lead decide (:func:`resolve_conflict`): pack as ordered, pack as the note says
  (the line's ``expected_sku`` becomes the requested variant, so the scanner expects that
  variant's barcode) or contact the customer (the order stays on hold);
* turns a gift found in the notes into a gift order whose card message a packer confirms
  or corrects (:func:`confirm_gift_message`) before the card prints.

Every decision is recorded: the proposals keep who decided and when, and a scan event
(outcome ``override``) names the decision in the order's history.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packdesk.domain.model import OPEN_STATUSES, OrderStatus, Role, ScanOutcome
from packdesk.domain.notes import (
    Lexicon,
    NotesReader,
    Vocabulary,
    find_conflicts,
)
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    NoteProposalRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ScanEventRow,
)

from .auth import Actor, require_role
from .notereading import (
    CONTACT_CUSTOMER_HOLD,
    LEXICON_DIRS_ENV,
    LEXICON_DIRS_SETTING,
    NOTE_CONFLICT_HOLD,
    VARIANT_KINDS,
    ConflictView,
    Decision,
    NotesError,
    OrderNotes,
    PreparedNotes,
    ProposalStatus,
    ProposalView,
    Review,
    _same_style_as,
    _style_candidates,
    apply_notes,
    lexicon_for,
    note_texts,
    on_order_stored,
    prepare_notes,
    prepare_order_stored,
    read_order_notes,
    reader_for,
    vocabulary_for,
)
from .uow import UnitOfWork, with_retry

__all__ = [
    "CONTACT_CUSTOMER_HOLD",
    "LEXICON_DIRS_ENV",
    "LEXICON_DIRS_SETTING",
    "VARIANT_KINDS",
    "ProposalStatus",
    "Review",
    "lexicon_for",
    "vocabulary_for",
    "NOTE_CONFLICT_HOLD",
    "ConflictView",
    "Decision",
    "NotesError",
    "OrderNotes",
    "ProposalView",
    "catalogue_vocabulary",
    "check_conflicts",
    "confirm_gift_message",
    "find_variant",
    "note_conflicts",
    "note_texts",
    "PreparedNotes",
    "apply_notes",
    "on_order_stored",
    "prepare_notes",
    "prepare_order_stored",
    "order_notes",
    "read_order_notes",
    "reader_for",
    "resolve_conflict",
]

# Start of the hold reason of an order held for a note conflict; the rest names it.
# --------------------------------------------------------------------------- looking


def _proposal_view(p: NoteProposalRow) -> ProposalView:
    return ProposalView(
        id=p.id, line_id=p.line_id, kind=p.kind, value=p.value, source=p.source,
        span_start=p.span_start, span_end=p.span_end, text=p.text, ambiguous=p.ambiguous,
        ordered=p.ordered, status=p.status, decided_by=p.decided_by,
    )


def _proposals(session: Session, order_id: int) -> list[NoteProposalRow]:
    return list(
        session.scalars(
            select(NoteProposalRow)
            .where(NoteProposalRow.order_id == order_id)
            .order_by(NoteProposalRow.id)
        )
    )


def _conflict_views(row: OrderRow, proposals: Iterable[NoteProposalRow]) -> list[ConflictView]:
    texts = note_texts(row)
    lines = {line.id: line for line in row.lines}
    views = []
    for p in proposals:
        if p.ordered is None or p.value is None:
            continue
        line = lines.get(p.line_id) if p.line_id is not None else None
        views.append(
            ConflictView(
                order_id=row.id, number=row.number, status=row.status, review=row.notes_review,
                decision=row.notes_decision, line_id=p.line_id,
                line_position=line.position if line else 0,
                line_name=line.name if line else "", line_sku=line.sku if line else "",
                attribute=p.kind, ordered=p.ordered, requested=p.value, source=p.source,
                span_start=p.span_start, span_end=p.span_end, text=p.text,
                context=texts.get(p.source, ""),
            )
        )
    return views


def _order_notes(session: Session, row: OrderRow) -> OrderNotes:
    proposals = _proposals(session, row.id)
    return OrderNotes(
        order_id=row.id, number=row.number, status=row.status, hold_reason=row.hold_reason,
        review=row.notes_review, decision=row.notes_decision, gift=row.gift,
        gift_message=row.gift_message,
        proposals=tuple(_proposal_view(p) for p in proposals),
        conflicts=tuple(_conflict_views(row, proposals)),
    )


def order_notes(uow: UnitOfWork, order_id: int) -> OrderNotes:
    """What the notes of an order proposed, for the station and the lead's panel."""
    with uow:
        row = uow.session.get(OrderRow, order_id)
        if row is None:
            raise NotesError(f"there is no order with id {order_id}")
        return _order_notes(uow.session, row)


def note_conflicts(uow: UnitOfWork, *, open_only: bool = True) -> list[ConflictView]:
    """Every stored note request that disagrees with its line, in order number order."""
    with uow:
        query = select(OrderRow).where(
            OrderRow.id.in_(
                select(NoteProposalRow.order_id).where(NoteProposalRow.ordered.is_not(None))
            )
        )
        if open_only:
            query = query.where(OrderRow.status.in_([s.value for s in OPEN_STATUSES]))
        views: list[ConflictView] = []
        for row in uow.session.scalars(query.order_by(OrderRow.number, OrderRow.id)):
            views.extend(_conflict_views(row, _proposals(uow.session, row.id)))
        return views


# --------------------------------------------------------------------------- deciding


def find_variant(
    session: Session, line: OrderLineRow, wanted: dict[str, str], lexicon: Lexicon
) -> ProductRow | None:
    """The product of the line's style whose options are the line's with ``wanted`` applied."""
    base = {k.casefold(): str(v) for k, v in (line.attributes or {}).items()}
    target = {**{k: v for k, v in base.items() if k in VARIANT_KINDS}, **wanted}
    for product in _style_candidates(session, [line]):
        if not _same_style_as(product, line):
            continue
        attributes = {k.casefold(): str(v) for k, v in (product.attributes or {}).items()}
        if all(
            kind in attributes
            and lexicon.canonical_value(kind, attributes[kind]) == lexicon.canonical_value(kind, value)
            for kind, value in target.items()
        ):
            return product
    return None


def _record(session: Session, row: OrderRow, actor: Actor, station: str, action: str,
            detail: dict[str, Any], now: datetime) -> None:
    session.add(
        ScanEventRow(
            at=now, station=station or "-", user_name=actor.name, order_id=row.id,
            order_number=row.number, phase="notes", raw_code=f"notes:{action}",
            outcome=ScanOutcome.OVERRIDE.value,
            detail=json.dumps({"action": action, **detail}, ensure_ascii=False),
        )
    )


def _locked_order(session: Session, order_id: int) -> OrderRow:
    query = select(OrderRow).where(OrderRow.id == order_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    row = session.scalars(query).one_or_none()
    if row is None:
        raise NotesError(f"there is no order with id {order_id}")
    return row


def _release_note_hold(row: OrderRow) -> None:
    if row.order_status is OrderStatus.ON_HOLD and row.hold_reason.startswith(
        (NOTE_CONFLICT_HOLD, CONTACT_CUSTOMER_HOLD)
    ):
        row.change_status(OrderStatus.NEW)


def resolve_conflict(
    uow: UnitOfWork, order_id: int, decision: Decision | str, actor: Actor | None,
    *, station: str = "", clock: Any = utcnow,
) -> OrderNotes:
    """A lead decides what to pack when the notes ask for another variant.

    ``as_ordered``: the requests are rejected and the hold released; ``as_note``: each
    conflicting line expects the requested variant's SKU (and so its barcode), the
    requests are confirmed and the hold released; ``contact_customer``: the order stays
    on hold with that reason until a lead decides again.
    """
    lead = require_role(actor, Role.LEAD, "deciding a note conflict")
    try:
        choice = Decision(decision)
    except ValueError:
        raise NotesError(
            f"unknown decision {decision!r}; choose {', '.join(d.value for d in Decision)}"
        ) from None

    def attempt() -> OrderNotes:
        with uow.writing() as writer:
            session = writer.session
            now = clock()
            row = _locked_order(session, order_id)
            if row.notes_review != Review.CONFLICT.value:
                raise NotesError(f"order {row.number} has no note conflict to decide")
            if row.order_status not in (OrderStatus.NEW, OrderStatus.ON_HOLD):
                raise NotesError(
                    f"order {row.number} is {row.status}: a note conflict is decided before picking"
                )
            proposals = _proposals(session, row.id)
            conflicting = [
                p for p in proposals if p.ordered is not None
                and p.status == ProposalStatus.PROPOSED.value
            ]
            lines = {line.id: line for line in row.lines}
            detail: dict[str, Any] = {
                "requests": [
                    {"line": p.line_id, "kind": p.kind, "ordered": p.ordered,
                     "requested": p.value, "text": p.text}
                    for p in conflicting
                ]
            }
            if choice is Decision.CONTACT_CUSTOMER:
                reason = f"{CONTACT_CUSTOMER_HOLD}: " + "; ".join(
                    f"{p.kind} {p.ordered} ordered, note asks for {p.value} (“{p.text}”)"
                    for p in conflicting
                )
                if row.order_status is OrderStatus.ON_HOLD:
                    row.hold_reason = reason
                else:
                    row.change_status(OrderStatus.ON_HOLD, reason)
                row.notes_decision = choice.value
            else:
                if choice is Decision.AS_NOTE:
                    lexicon = lexicon_for(session)
                    wanted: dict[int, dict[str, str]] = {}
                    for p in conflicting:
                        if p.line_id is None or p.line_id not in lines or p.value is None:
                            raise NotesError(
                                f"the note's {p.kind} {p.value} belongs to no single line of "
                                f"order {row.number}; pack as ordered or contact the customer"
                            )
                        wanted.setdefault(p.line_id, {})[p.kind] = p.value
                    chosen: dict[int, ProductRow] = {}
                    for line_id, values in wanted.items():
                        line = lines[line_id]
                        variant = find_variant(session, line, values, lexicon)
                        if variant is None:
                            asked = ", ".join(f"{k} {v}" for k, v in values.items())
                            raise NotesError(
                                f"the catalogue has no {line.name or line.sku} in {asked}; "
                                "pack as ordered or contact the customer"
                            )
                        chosen[line_id] = variant
                    detail["lines_before"] = {
                        str(k): {"name": lines[k].name, "attributes": dict(lines[k].attributes)}
                        for k in chosen
                    }
                    for line_id, variant in chosen.items():
                        line = lines[line_id]
                        line.expected_sku = None if variant.sku == line.sku else variant.sku
                        # The screens and the slip show what goes in the box; what the
                        # customer ordered stays in the proposals and in this decision's record.
                        line.attributes = {
                            **line.attributes,
                            **{k: v for k, v in (variant.attributes or {}).items()
                               if k in VARIANT_KINDS},
                        }
                        line.name = variant.name or line.name
                    detail["expected_skus"] = {str(k): v.sku for k, v in chosen.items()}
                    status = ProposalStatus.CONFIRMED
                else:
                    for line in row.lines:
                        line.expected_sku = None
                    status = ProposalStatus.REJECTED
                for p in conflicting:
                    p.status = status.value
                    p.decided_by = lead.name
                    p.decided_at = now
                row.notes_review = Review.RESOLVED.value
                row.notes_decision = choice.value
                _release_note_hold(row)
            _record(session, row, lead, station, choice.value, detail, now)
            session.flush()
            view = _order_notes(session, row)
            writer.commit()
            return view

    return with_retry(attempt)


def confirm_gift_message(
    uow: UnitOfWork, order_id: int, text: str, actor: Actor | None,
    *, station: str = "", clock: Any = utcnow,
) -> OrderNotes:
    """The packer confirms (or corrects) the card message the notes proposed.

    The message printed on the card becomes ``text``; the proposal is confirmed when the
    packer kept it, rejected when they changed it (the order's history keeps both).
    """
    person = require_role(actor, Role.PACKER, "confirming a gift message")
    message = text.strip()
    if not message:
        raise NotesError("the card message is empty; type the message or keep the proposed one")

    def attempt() -> OrderNotes:
        with uow.writing() as writer:
            session = writer.session
            now = clock()
            row = _locked_order(session, order_id)
            if not row.gift:
                raise NotesError(f"order {row.number} is not a gift")
            proposed = [
                p for p in _proposals(session, row.id)
                if p.kind == "gift_message" and p.status == ProposalStatus.PROPOSED.value
            ]
            for p in proposed:
                kept = (p.value or "").strip() == message
                p.status = (ProposalStatus.CONFIRMED if kept else ProposalStatus.REJECTED).value
                p.decided_by = person.name
                p.decided_at = now
            previous = row.gift_message
            row.gift_message = message
            _record(session, row, person, station, "gift_message",
                    {"proposed": [p.value for p in proposed], "previous": previous,
                     "confirmed": message}, now)
            session.flush()
            view = _order_notes(session, row)
            writer.commit()
            return view

    return with_retry(attempt)


# --------------------------------------------------------------------------- checking


def check_conflicts(uow: UnitOfWork, *, open_only: bool = True) -> list[ConflictView]:
    """Read every (open) order's notes afresh and list the requests that disagree with a line.

    Nothing is written: this also finds orders stored before the reader existed or
    seeded without intake, and shows a lead's decision where one was made.
    """
    with uow:
        session = uow.session
        query = select(OrderRow)
        if open_only:
            query = query.where(OrderRow.status.in_([s.value for s in OPEN_STATUSES]))
        lexicon = lexicon_for(session)
        views: list[ConflictView] = []
        for row in session.scalars(query.order_by(OrderRow.number, OrderRow.id)):
            texts = note_texts(row)
            if not texts:
                continue
            lines = list(row.lines)
            reader = NotesReader(lexicon, vocabulary_for(session, row))
            reading = reader.read(texts)
            for c in find_conflicts(reading, [dict(ln.attributes or {}) for ln in lines], lexicon):
                line = lines[c.line_index]
                views.append(
                    ConflictView(
                        order_id=row.id, number=row.number, status=row.status,
                        review=row.notes_review, decision=row.notes_decision, line_id=line.id,
                        line_position=c.line_index, line_name=line.name, line_sku=line.sku,
                        attribute=c.attribute, ordered=c.ordered, requested=c.requested,
                        source=c.source, span_start=c.span.start, span_end=c.span.end,
                        text=texts[c.source][c.span.start : c.span.end],
                        context=texts[c.source],
                    )
                )
        return views


def catalogue_vocabulary(uow: UnitOfWork) -> tuple[Lexicon, Vocabulary]:
    """Every colour and size option value of the catalogue, with the admin's word lists."""
    with uow:
        colors: list[str] = []
        sizes: list[str] = []
        for attributes in uow.session.scalars(select(ProductRow.attributes)):
            colors.append(str((attributes or {}).get("color", "")))
            sizes.append(str((attributes or {}).get("size", "")))
        return lexicon_for(uow.session), Vocabulary.from_values(colors, sizes)
