"""Reading an order's notes at intake: the views, the lexicon and vocabulary, the reader,
and what a stored order's notes propose. Looking and deciding are in ``notes``."""

from __future__ import annotations

import enum
import os
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from packdesk.domain.errors import DomainError
from packdesk.domain.model import Order, OrderLine, OrderStatus
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
from packdesk.persistence.tables import (
    NoteProposalRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    SettingRow,
)

from .picking import style_key

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
    session: Session, order: Order | OrderRow, *, reader: NotesReader | None = None,
    lexicon: Lexicon | None = None,
) -> PreparedNotes:
    """Read the order's free texts (``order`` a domain order not stored yet, or a row);
    ``lexicon``, the admin's word lists when already read."""
    texts = note_texts(order)
    if texts:
        reader = reader or reader_for(session, order)
        return PreparedNotes(texts, reader.read(texts), reader.lexicon)
    # most orders: nothing to read, no reader to build
    return PreparedNotes(texts, NotesReading(None, None, False, None, [], []),
                         lexicon if lexicon is not None else lexicon_for(session))


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
        elif row.order_status is OrderStatus.ON_HOLD and row.hold_reason.startswith(
            (NOTE_CONFLICT_HOLD, CONTACT_CUSTOMER_HOLD)
        ):
            row.hold_reason = reason  # the store edited a held order: the conflict as it is now
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
@dataclass(frozen=True)
class NotesToStore:
    """Intake's hook for one order whose notes were read before the write transaction:
    called inside it, it stores the reading (:func:`apply_notes`)."""

    prepared: PreparedNotes

    def __call__(self, session: Session, row: OrderRow, created: bool) -> None:
        apply_notes(session, row, self.prepared)

    @property
    def proposes_nothing(self) -> bool:
        """The notes ask for no colour, size or other change and find no gift: storing
        them would write to a new order only what it has anyway (no proposals, review
        "none", not held), so intake stores such an order with the rest of its page."""
        reading = self.prepared.reading
        return not reading.requests and not reading.gift


@dataclass
class _PageMemo:
    """What a page's notes share, read once in its read session: the word lists, and the
    catalogue's values per set of lines (the same products, the same vocabulary)."""

    lexicon: Lexicon
    vocabularies: dict[tuple[Any, ...], Vocabulary] = field(default_factory=dict)


# Per read session, so a memo never outlives the committed catalogue it was read from.
_PAGE_MEMOS: weakref.WeakKeyDictionary[Session, _PageMemo] = weakref.WeakKeyDictionary()


def prepare_order_stored(session: Session, order: Order) -> NotesToStore:
    """Intake's default: read the order's notes now, in a read session before the write
    transaction, and return the hook that stores the reading inside it.

    Intake prepares a page in one read session; the word lists and each set of lines'
    vocabulary are read once per session (they had cost 2.6 ms of an order's 3.2)."""
    memo = _PAGE_MEMOS.get(session)
    if memo is None:
        memo = _PAGE_MEMOS[session] = _PageMemo(lexicon_for(session))
    reader = None
    if note_texts(order):
        key = tuple((line.sku, line.name, tuple(sorted((line.attributes or {}).items())))
                    for line in order.lines)
        vocabulary = memo.vocabularies.get(key)
        if vocabulary is None:
            vocabulary = memo.vocabularies[key] = vocabulary_for(session, order)
        reader = _reader(memo.lexicon, vocabulary)
    return NotesToStore(prepare_notes(session, order, reader=reader, lexicon=memo.lexicon))


