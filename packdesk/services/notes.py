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

import enum
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from packdesk.domain.errors import DomainError
from packdesk.domain.model import OPEN_STATUSES, Order, OrderLine, OrderStatus, Role, ScanOutcome
from packdesk.domain.notes import (
    Conflict,
    Lexicon,
    NoteRequest,
    NotesReader,
    NotesReading,
    Vocabulary,
    find_conflicts,
    load_lexicon,
)
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import (
    NoteProposalRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    ScanEventRow,
    SettingRow,
)

from .auth import Actor, require_role
from .intake import OrderStoredHook
from .picking import style_key
from .uow import UnitOfWork, with_retry

__all__ = [
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
    "on_order_stored",
    "order_notes",
    "read_order_notes",
    "reader_for",
    "resolve_conflict",
]

# Start of the hold reason of an order held for a note conflict; the rest names it.
NOTE_CONFLICT_HOLD = "note asks for another variant"
CONTACT_CUSTOMER_HOLD = "contact the customer about the note"
LEXICON_DIRS_SETTING = "notes.lexicon_dirs"  # {"dirs": ["/path/to/extra/word/lists"]}
LEXICON_DIRS_ENV = "PACKDESK_NOTES_DIRS"  # os.pathsep-separated folders, added to the setting's
VARIANT_KINDS = ("color", "size")


class NotesError(DomainError):
    """A note decision that cannot be made; the message says why."""


class Review(enum.StrEnum):
    NONE = "none"
    CONFLICT = "conflict"
    RESOLVED = "resolved"


class Decision(enum.StrEnum):
    AS_ORDERED = "as_ordered"
    AS_NOTE = "as_note"
    CONTACT_CUSTOMER = "contact_customer"


class ProposalStatus(enum.StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class ProposalView:
    id: int
    line_id: int | None
    kind: str
    value: str | None
    source: str
    span_start: int
    span_end: int
    text: str
    ambiguous: bool
    ordered: str | None  # the line's value when the request disagrees with it
    status: str
    decided_by: str | None

    @property
    def conflicts(self) -> bool:
        return self.ordered is not None


@dataclass(frozen=True)
class ConflictView:
    """One note request that disagrees with a line, for the lead and ``notes check``."""

    order_id: int
    number: str
    status: str
    review: str
    decision: str | None
    line_id: int | None
    line_position: int
    line_name: str
    line_sku: str
    attribute: str
    ordered: str
    requested: str
    source: str
    span_start: int
    span_end: int
    text: str  # the exact words of the note
    context: str  # the whole source text, so a screen can highlight ``text`` in it

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "status": self.status, "review": self.review,
            "decision": self.decision, "line": self.line_position + 1,
            "line_name": self.line_name, "sku": self.line_sku, "attribute": self.attribute,
            "ordered": self.ordered, "requested": self.requested, "source": self.source,
            "span": {"start": self.span_start, "end": self.span_end}, "text": self.text,
        }


@dataclass(frozen=True)
class OrderNotes:
    """What the notes of one order proposed and what became of it."""

    order_id: int
    number: str
    status: str
    hold_reason: str
    review: str
    decision: str | None
    gift: bool
    gift_message: str
    proposals: tuple[ProposalView, ...]
    conflicts: tuple[ConflictView, ...]

    def for_line(self, line_id: int) -> tuple[ProposalView, ...]:
        """The requests about one line (shown beside it at the bench)."""
        return tuple(p for p in self.proposals if p.line_id == line_id)

    @property
    def gift_message_to_confirm(self) -> ProposalView | None:
        """The card message read from the notes, while nobody has confirmed it yet."""
        return next(
            (p for p in self.proposals
             if p.kind == "gift_message" and p.status == ProposalStatus.PROPOSED.value),
            None,
        )


# --------------------------------------------------------------------------- reading


def note_texts(row: OrderRow | Order) -> dict[str, str]:
    """Every free text of an order, named the way the reader's sources are."""
    texts: dict[str, str] = {}
    if row.customer_note and row.customer_note.strip():
        texts["customer_note"] = row.customer_note
    for name, value in (row.note_attributes or {}).items():
        if value and str(value).strip():
            texts[f"note_attribute:{name}"] = str(value)
    lines: list[OrderLineRow | OrderLine] = list(row.lines)
    for index, line in enumerate(lines):
        for name, value in (line.properties or {}).items():
            if value and str(value).strip():
                texts[f"line_property:{index}:{name}"] = str(value)
        if line.line_note and line.line_note.strip():
            texts[f"line_note:{index}"] = line.line_note
    return texts


def _lexicon_dirs(session: Session | None) -> list[Path]:
    dirs: list[Path] = []
    if session is not None:
        setting = session.get(SettingRow, LEXICON_DIRS_SETTING)
        if setting is not None:
            dirs.extend(Path(str(d)) for d in setting.value.get("dirs", []) if str(d).strip())
    env = os.environ.get(LEXICON_DIRS_ENV, "")
    dirs.extend(Path(d) for d in env.split(os.pathsep) if d.strip())
    return [d for d in dirs if d.is_dir()]


def lexicon_for(session: Session | None) -> Lexicon:
    """The built-in word lists plus the admin's extension folders."""
    return load_lexicon(_lexicon_dirs(session))


def _style_candidates(session: Session, lines: Sequence[OrderLineRow | OrderLine]) -> list[ProductRow]:
    """Products that may be variants of the lines' products (filtered by style after)."""
    conditions = []
    for line in lines:
        stem = line.sku.split("-", 1)[0]
        conditions.append(ProductRow.sku == line.sku)
        if stem:
            conditions.append(ProductRow.sku.like(_escape_like(stem) + "-%", escape="\\"))
        key = style_key(line.sku, line.name, line.attributes or {})
        if key.startswith("name:"):
            base = line.name[: len(key) - len("name:")]
            if base.strip():
                conditions.append(ProductRow.name.like(_escape_like(base) + "%", escape="\\"))
    # SQLite parses a chain of ORs into a tree at most 1000 deep ("Expression tree is too
    # large"): an order of a few hundred lines is asked about in chunks.
    found: dict[int, ProductRow] = {}
    for start in range(0, len(conditions), OR_CHUNK):
        chunk = conditions[start : start + OR_CHUNK]
        for product in session.scalars(select(ProductRow).where(or_(*chunk))):
            found.setdefault(product.id, product)
    return list(found.values())


OR_CHUNK = 200


def _escape_like(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


def _same_style_as(product: ProductRow, line: OrderLineRow | OrderLine) -> bool:
    if product.sku == line.sku:
        return True
    return style_key(product.sku, product.name, product.attributes or {}) == style_key(
        line.sku, line.name, line.attributes or {}
    ) or (
        "-" in product.sku
        and product.sku.split("-", 1)[0].lower() == line.sku.split("-", 1)[0].lower()
    )


def vocabulary_for(session: Session, row: OrderRow | Order) -> Vocabulary:
    """The option values of every variant of the order's products, and the lines' own."""
    colors: list[str] = []
    sizes: list[str] = []
    lines: list[OrderLineRow | OrderLine] = list(row.lines)
    for product in _style_candidates(session, lines):
        if any(_same_style_as(product, line) for line in lines):
            colors.append(str((product.attributes or {}).get("color", "")))
            sizes.append(str((product.attributes or {}).get("size", "")))
    for line in lines:
        colors.append(str((line.attributes or {}).get("color", "")))
        sizes.append(str((line.attributes or {}).get("size", "")))
    return Vocabulary.from_values(colors, sizes)


def reader_for(session: Session | None, row: OrderRow | Order | None = None) -> NotesReader:
    """A reader with the admin's word lists and, for an order, its catalogue's values."""
    vocabulary = vocabulary_for(session, row) if session is not None and row is not None else None
    return _reader(lexicon_for(session), vocabulary or Vocabulary())


_READERS: dict[tuple[int, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], NotesReader] = {}
_READERS_MAX = 64


def _reader(lexicon: Lexicon, vocabulary: Vocabulary) -> NotesReader:
    # Building a reader compiles the vocabulary; orders of one style share it, so a pull of
    # many orders builds a few readers, not one per order. Readers are immutable once built.
    key = (id(lexicon), tuple(sorted(vocabulary.colors.items())),
           tuple(sorted(vocabulary.sizes.items())))
    reader = _READERS.get(key)
    if reader is None or reader.lexicon is not lexicon:
        if len(_READERS) >= _READERS_MAX:
            _READERS.pop(next(iter(_READERS)))
        reader = _READERS[key] = NotesReader(lexicon, vocabulary)
    return reader


def _line_index(source: str) -> int | None:
    match = re.match(r"^(?:line_property:(\d+):|line_note:(\d+)$)", source)
    if match is None:
        return None
    return int(match.group(1) if match.group(1) is not None else match.group(2))


def _request_line(request: NoteRequest, lines: Sequence[OrderLineRow]) -> OrderLineRow | None:
    """The line a request is about: its own for a line text, the only one otherwise."""
    index = _line_index(request.source)
    if index is not None:
        return lines[index] if index < len(lines) else None
    if request.kind in VARIANT_KINDS and len(lines) == 1:
        return lines[0]
    return None


@dataclass(frozen=True)
class PreparedNotes:
    """What an order's notes say, read before intake's write transaction (reading takes
    time; a station must not wait behind it)."""

    texts: dict[str, str]
    reading: NotesReading
    lexicon: Lexicon


def prepare_notes(
    session: Session, order: Order | OrderRow, *, reader: NotesReader | None = None
) -> PreparedNotes:
    """Read the order's free texts (``order`` a domain order not stored yet, or a row)."""
    texts = note_texts(order)
    if texts:
        reader = reader or reader_for(session, order)
        return PreparedNotes(texts, reader.read(texts), reader.lexicon)
    # most orders: nothing to read, no reader to build
    return PreparedNotes(texts, NotesReading(None, None, False, None, [], []), lexicon_for(session))


def read_order_notes(
    session: Session, row: OrderRow, *, reader: NotesReader | None = None
) -> NotesReading:
    """Read the order's notes once and store what they propose (:func:`apply_notes`)."""
    session.flush()
    return apply_notes(session, row, prepare_notes(session, row, reader=reader))


def apply_notes(session: Session, row: OrderRow, prepared: PreparedNotes) -> NotesReading:
    """Store what the notes propose, in the transaction that stored the order (intake).

    Earlier proposals of the order are replaced (intake only updates an order nobody has
    started). A conflict puts a new order on hold; a gift found in the notes makes it a
    gift order whose message waits for a packer's confirmation.
    """
    session.flush()
    lines = list(row.lines)
    texts, reading, lexicon = prepared.texts, prepared.reading, prepared.lexicon
    conflicts = find_conflicts(
        reading, [dict(line.attributes or {}) for line in lines], lexicon
    )
    by_span = {(c.source, c.span.start, c.span.end, c.attribute): c for c in conflicts}

    session.execute(delete(NoteProposalRow).where(NoteProposalRow.order_id == row.id))
    for request in reading.requests:
        line = _request_line(request, lines)
        conflict = by_span.get((request.source, request.span.start, request.span.end, request.kind))
        session.add(
            NoteProposalRow(
                order_id=row.id, line_id=line.id if line is not None else None,
                kind=request.kind, value=request.value, source=request.source,
                span_start=request.span.start, span_end=request.span.end, text=request.text,
                ambiguous=request.ambiguous, ordered=conflict.ordered if conflict else None,
                status=ProposalStatus.PROPOSED.value,
            )
        )

    if reading.gift and not row.gift:
        # The store had no gift field; the packer confirms the message at the gift step.
        row.gift = True
        if reading.gift_message and not row.gift_message.strip():
            row.gift_message = reading.gift_message

    row.notes_decision = None
    if conflicts:
        row.notes_review = Review.CONFLICT.value
        reason = _conflict_reason(conflicts, lines, texts)
        if row.order_status is OrderStatus.NEW:
            row.change_status(OrderStatus.ON_HOLD, reason)
    else:
        row.notes_review = Review.NONE.value
        if row.order_status is OrderStatus.ON_HOLD and row.hold_reason.startswith(
            (NOTE_CONFLICT_HOLD, CONTACT_CUSTOMER_HOLD)
        ):
            row.change_status(OrderStatus.NEW)  # the note no longer conflicts
    session.flush()
    return reading


def _conflict_reason(
    conflicts: Sequence[Conflict], lines: Sequence[OrderLineRow], texts: dict[str, str]
) -> str:
    parts = []
    for c in conflicts:
        line = lines[c.line_index]
        words = texts.get(c.source, "")[c.span.start : c.span.end]
        parts.append(
            f"line {c.line_index + 1} ({line.name or line.sku}) is {c.attribute} {c.ordered}, "
            f"the note asks for {c.requested} (“{words}”)"
        )
    return f"{NOTE_CONFLICT_HOLD}: " + "; ".join(parts)


def on_order_stored(session: Session, row: OrderRow, created: bool) -> None:
    """The intake hook (``store_pulled(..., on_order_stored=on_order_stored)``)."""
    read_order_notes(session, row)


def prepare_order_stored(session: Session, order: Order) -> OrderStoredHook:
    """Intake's default: read the order's notes now, in a read session before the write
    transaction, and return the hook that stores the reading inside it."""
    prepared = prepare_notes(session, order)

    def apply(write_session: Session, row: OrderRow, created: bool) -> None:
        apply_notes(write_session, row, prepared)

    return apply


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
