"""Order-notes reader: structured requests from an order's free text.

Pure domain code (no Qt, SQL or HTTP).  The reader looks at the customer note, the
note attributes, the line properties and the line notes of an order and proposes:

* a colour and a size, normalised to the catalogue's own option values when a
  :class:`Vocabulary` is given, to canonical names otherwise;
* whether the order is a gift, and the message for the card;
* ``attention``: what a packer must read, kept as the customer wrote it.

Every word list and pattern comes from the JSON files in ``resources/notes/``
(format documented in ``resources/notes/README.md``); an admin can add a folder of
extension files that are merged over the built-in ones (see :func:`load_lexicon`).

Nothing is guessed: when a note names two different colours (or sizes) without
saying which one it wants, the value stays ``None``, the requests are flagged
``ambiguous`` and the sentence goes into ``attention``.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import snowballstemmer
from rapidfuzz.distance import OSA

import packdesk

__all__ = [
    "Conflict",
    "Lexicon",
    "NoteRequest",
    "NotesReader",
    "NotesReading",
    "Span",
    "Vocabulary",
    "find_conflicts",
    "load_lexicon",
    "resources_dir",
]

KINDS = ("color", "size", "gift", "gift_message", "attention")
# A text longer than this is read up to here (at a word break) and flagged for a person:
# reading is linear, but a pull's transaction should not wait on a 1 MB note.
MAX_NOTE_CHARS = 4000
_FLAG_CHARS = 200  # how much of the unread rest a flag quotes
# Colour words this long or longer are also read with one letter wrong, missing, added or two
# letters swapped ("gteen", "purpke", "nior"), in a sentence that asks for a size.
TYPO_MIN_LETTERS = 4
# An inflected form with a slip in its stem: the stem has at least _TYPO_STEM letters and the
# ending after it at most _TYPO_ENDING.
_TYPO_STEM = 5
_TYPO_ENDING = 2


def resources_dir() -> Path:
    """The repository's ``resources/`` folder."""
    return Path(packdesk.__file__).resolve().parent.parent / "resources"


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Span:
    """Character offsets ``[start, end)`` into the source text."""

    start: int
    end: int


@dataclass(frozen=True)
class NoteRequest:
    """One thing the reader found, with where it found it.

    ``text == source_text[span.start:span.end]`` always holds.
    """

    kind: str  # "color" | "size" | "gift" | "gift_message" | "attention"
    value: str | None
    source: (
        str  # "customer_note", "note_attribute:<name>", "line_property:<i>:<name>", "line_note:<i>"
    )
    span: Span
    text: str
    ambiguous: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "source": self.source,
            "span": {"start": self.span.start, "end": self.span.end},
            "text": self.text,
            "ambiguous": self.ambiguous,
        }


@dataclass(frozen=True)
class NotesReading:
    """What an order's notes ask for.

    ``ambiguous`` lists the kinds ("color", "size") the notes named more than one
    value for without saying which; their value is ``None`` and the sentences are
    in ``attention``.
    """

    color: str | None
    size: str | None
    gift: bool
    gift_message: str | None
    attention: list[str]
    requests: list[NoteRequest]
    ambiguous: list[str] = field(default_factory=list)
    too_long: list[str] = field(default_factory=list)  # sources read only up to MAX_NOTE_CHARS

    def to_json_dict(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "color": self.color,
            "size": self.size,
            "gift": self.gift,
            "gift_message": self.gift_message,
            "attention": list(self.attention),
            "requests": [r.to_json_dict() for r in self.requests],
        }
        if self.too_long:
            shown["too_long"] = list(self.too_long)
        return shown


@dataclass(frozen=True)
class Vocabulary:
    """The store's variant option values.

    Keys are casefolded option values, values are the option values as the
    catalogue writes them, e.g. ``{"forest green": "Forest Green"}``.
    """

    colors: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_values(cls, colors: Iterable[str] = (), sizes: Iterable[str] = ()) -> Vocabulary:
        return cls(
            colors={c.strip().casefold(): c.strip() for c in colors if c.strip()},
            sizes={s.strip().casefold(): s.strip() for s in sizes if s.strip()},
        )


@dataclass(frozen=True)
class Conflict:
    """A note request that disagrees with what an order line holds."""

    line_index: int
    attribute: str  # "color" | "size"
    ordered: str
    requested: str
    span: Span
    source: str


# --------------------------------------------------------------------------- text basics

_FOLD_TABLE = str.maketrans({"ё": "е", "ß": "ss", "ł": "l", "’": "'", "æ": "ae", "œ": "oe"})
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’][^\W_]+)*")
_CLAUSE_GAP_RE = re.compile(r"[.,!?;:\n()\[\]–—…]|\s-\s|\s-$|^-\s")
_SENTENCE_GAP_RE = re.compile(r"[.!?\n…]")
_UNIT_GAP_RE = re.compile(r"[.!?\n…,;]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_PHRASE_GAP_RE = re.compile(r"[\s\-'’]*")
# A text after a gift word with one of these is an instruction, not a message ("- no rush").
_NOT_IN_A_MESSAGE = frozenset({"neg_before", "neg_after", "handling", "size_cue_before", "change_verb"})
# What introduces a message after a gift word: a colon, or a dash between spaces.
_GIFT_INTRO_RE = re.compile(r"\s*:(?![()|/\\]|[DPpO3](?![^\W\d_]))\s*|\s[-–—]\s+")  # not ":)", ":P"


def fold(text: str) -> str:
    """Casefold; drop accents on Latin letters (not on Cyrillic: й stays й); ё → е."""
    t = text.casefold().translate(_FOLD_TABLE)
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", t):
        if unicodedata.combining(ch) and out and out[-1] < "\u0250":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    folded: str


def _tokenize(text: str, elisions: Mapping[str, str] | None = None) -> list[_Token]:
    """Words with their offsets; an elided article is a word of its own ("qu'en" → "que", "en")."""
    out: list[_Token] = []
    for m in _TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        if elisions:
            cut = max(word.find("'"), word.find("’"))
            if 0 < cut < len(word) - 2:
                head = fold(word[: cut + 1])
                if head in elisions:
                    out.append(_Token(word[: cut + 1], start, start + cut + 1, elisions[head]))
                    word, start = word[cut + 1 :], start + cut + 1
        out.append(_Token(word, start, start + len(word), fold(word)))
    return out


# --------------------------------------------------------------------------- lexicon


def _typo_variants(word: str, min_length: int) -> set[str]:
    """Common one-key slips of a (folded) word: swapped neighbours, a doubled or undoubled letter."""
    out: set[str] = set()
    n = len(word)
    if n >= min_length:
        for i in range(1, n - 1):
            if word[i] != word[i + 1]:
                out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    if n >= min_length - 1:
        for i in range(1, n):
            if word[i].isalpha():
                out.add(word[: i + 1] + word[i] + word[i + 1 :])
        for i in range(1, n):
            if word[i] == word[i - 1]:
                out.add(word[:i] + word[i + 1 :])
    out.discard(word)
    return out


@dataclass(frozen=True)
class _TokPat:
    stem: str | None
    glob: re.Pattern[str] | None
    variants: frozenset[str]
    folded: str = ""


# Function words only count in a language the note is written in ("men" is Norwegian
# "but", not Portuguese "menos" stemmed).
_FUNCTION_CATEGORIES = frozenset(
    {
        "neg_before",
        "neg_after",
        "boundary",
        "alternative",
        "change_to",
        "size_word_lead",
        "size_filler",
        "handling",
        "object",
    }
)
# Words this short are compared whole, never by stem ("not" is not "nota").
_SHORT = 3


@dataclass(frozen=True)
class _Phrase:
    lang: str
    pats: tuple[_TokPat, ...]
    category: str
    payload: str
    weak: bool


@dataclass(frozen=True)
class _Match:
    start: int  # token index
    end: int  # token index, exclusive
    category: str
    payload: str
    lang: str


class Lexicon:
    """Word lists and patterns for every language, compiled for matching.

    Build it with :func:`load_lexicon`; ``Lexicon(data)`` takes the merged JSON
    documents keyed by file stem ("shared", "en", "fr", ...).
    """

    def __init__(self, data: Mapping[str, Mapping[str, Any]]) -> None:
        self.data = {k: dict(v) for k, v in data.items()}
        shared: dict[str, Any] = dict(self.data.get("shared", {}))
        self.canonical_colors: tuple[str, ...] = tuple(shared.get("colors", ()))
        sizes: dict[str, Any] = dict(shared.get("sizes", {}))
        self.letter_sizes: dict[str, str] = {}
        for canon, aliases in dict(sizes.get("letters", {})).items():
            self.letter_sizes[str(canon).upper()] = str(canon)
            for alias in aliases:
                self.letter_sizes[str(alias).upper()] = str(canon)
        self.numeric_re = re.compile(str(sizes.get("numeric_pattern", r"\d{1,2}(?:[.,]5)?")))
        self.numeric_min = float(sizes.get("numeric_min", 1))
        self.numeric_max = float(sizes.get("numeric_max", 70))
        self.homoglyphs: dict[str, str] = {
            str(k): str(v) for k, v in dict(shared.get("homoglyphs", {})).items()
        }
        self.gift_symbols: tuple[str, ...] = tuple(shared.get("gift_symbols", ()))
        self.quotes: dict[str, str] = {str(q[0]): str(q[1]) for q in shared.get("quotes", ())}
        self.typo_min = int(dict(shared.get("typos", {})).get("min_length", 5))
        self.elisions: dict[str, str] = {
            fold(str(k)): fold(str(v)) for k, v in dict(shared.get("elisions", {})).items()
        }

        self.languages: tuple[str, ...] = tuple(k for k in self.data if k != "shared")
        self._stemmers: dict[str, Callable[[str], str]] = {}
        self._stem_cache: dict[tuple[str, str], str] = {}
        self.markers: dict[str, set[str]] = {}
        self.scope: dict[str, int] = {}
        self.lang_letters: dict[str, dict[str, str]] = {}
        self.yes_words: set[str] = set()
        self.titles: set[str] = set()
        self.no_words: set[str] = {"no", "false", "0", "off", "non", "nao", "нет", "nei", "ne"}
        # Words that after a size word make it an adjective ("a small note", "un grand merci").
        self.size_not_before: set[str] = set()
        # Colour words for one-letter typos: lang -> first letter -> [(form, stem, canonical)],
        # and the words that are never read as a typo ("while" is not "white").
        self.typo_colors: dict[str, dict[str, list[tuple[str, str, str]]]] = {}
        self.typo_not: set[str] = set()
        self.known_words: set[str] = set()
        self._phrases: dict[str, list[_Phrase]] = {}
        self._index: dict[str, dict[str, list[_Phrase]]] = {}
        self._loose: dict[str, list[_Phrase]] = {}
        # Loose phrases (typo variants) indexed by the first word as written and by its stem,
        # so that matching looks up candidates instead of trying every loose phrase on every
        # word; ``_rank`` keeps the order in which they were tried before.
        self._loose_by_form: dict[str, dict[str, list[_Phrase]]] = {}
        self._loose_by_stem: dict[str, dict[str, list[_Phrase]]] = {}
        self._globs: dict[str, list[_Phrase]] = {}
        self._rank: dict[int, int] = {}
        for lang in self.languages:
            self._compile_language(lang, self.data[lang])

    # -- compiling

    def _compile_language(self, lang: str, d: Mapping[str, Any]) -> None:
        self._stemmers[lang] = self._make_stemmer(d)
        self.markers[lang] = {self.key(lang, fold(m)) for m in d.get("markers", ())}
        weak = {fold(w) for w in d.get("weak", ())}
        phrases: list[_Phrase] = []

        def add(
            forms: Iterable[str], category: str, payload: str = "", typos: bool = False
        ) -> None:
            for form in forms:
                p = self._compile_phrase(
                    lang, str(form), category, payload, fold(str(form)) in weak, typos
                )
                if p is not None:
                    phrases.append(p)

        typo_colors: dict[str, list[tuple[str, str, str]]] = {}
        for canon, forms in dict(d.get("colors", {})).items():
            add(forms, "color", str(canon), typos=True)
            for form in forms:
                folded = fold(str(form))
                if len(folded) >= TYPO_MIN_LETTERS and folded.isalpha():
                    typo_colors.setdefault(folded[0], []).append(
                        (folded, self.key(lang, folded), str(canon))
                    )
        self.typo_colors[lang] = typo_colors
        self.typo_not |= {fold(str(w)) for w in dict(d.get("typos", {})).get("not", ())}
        sizes: dict[str, Any] = dict(d.get("sizes", {}))
        add(sizes.get("cues_before", ()), "size_cue_before", typos=True)
        add(sizes.get("cues_after", ()), "size_cue_after", typos=True)
        add(sizes.get("fillers", ()), "size_filler")
        add(sizes.get("word_leads", ()), "size_word_lead")
        for word, canon in dict(sizes.get("words", {})).items():
            add([word], "size_word", str(canon))
        self.size_not_before |= {fold(str(w)) for w in sizes.get("not_before", ())}
        self.lang_letters[lang] = {
            str(k).upper(): str(v) for k, v in dict(sizes.get("letters", {})).items()
        }
        neg: dict[str, Any] = dict(d.get("negation", {}))
        add(neg.get("before", ()), "neg_before")
        add(neg.get("after", ()), "neg_after")
        self.scope[lang] = int(neg.get("scope", 4))
        add(d.get("mistake", ()), "mistake")
        change: dict[str, Any] = dict(d.get("change", {}))
        add(change.get("verbs", ()), "change_verb")
        add(change.get("to", ()), "change_to")
        add(d.get("boundaries", ()), "boundary")
        add(d.get("alternatives", ()), "alternative")
        add(d.get("indifference", ()), "indifference")
        add(d.get("gift", ()), "gift", typos=True)
        gm: dict[str, Any] = dict(d.get("gift_message", {}))
        add(gm.get("card", ()), "msg_card")
        add(gm.get("text", ()), "msg_text")
        add(gm.get("open", ()), "msg_open")
        add(d.get("handling", ()), "handling")
        add(d.get("objects", ()), "object")
        for kind, names in dict(d.get("attributes", {})).items():
            add(names, "attr", str(kind))
        self.yes_words |= {fold(str(w)) for w in d.get("yes", ())}
        self.titles |= {fold(str(w)).rstrip(".") for w in d.get("titles", ())}

        self._phrases[lang] = phrases
        for p in phrases:
            self.known_words.update(t.folded for t in p.pats if t.glob is None)
        self.known_words |= {fold(str(m)) for m in d.get("markers", ())}
        index: dict[str, list[_Phrase]] = {}
        loose: list[_Phrase] = []
        for p in phrases:
            first = p.pats[0]
            if first.stem is not None and first.glob is None and not first.variants:
                index.setdefault(first.stem, []).append(p)
            else:
                loose.append(p)
        self._index[lang] = index
        self._loose[lang] = loose
        by_form: dict[str, list[_Phrase]] = {}
        by_stem: dict[str, list[_Phrase]] = {}
        globs: list[_Phrase] = []
        for rank, p in enumerate(loose):
            self._rank[id(p)] = rank
            first = p.pats[0]
            if first.glob is not None:
                globs.append(p)
                continue
            for form in {first.folded, *first.variants}:
                by_form.setdefault(form, []).append(p)
            if first.stem is not None:
                by_stem.setdefault(first.stem, []).append(p)
        self._loose_by_form[lang] = by_form
        self._loose_by_stem[lang] = by_stem
        self._globs[lang] = globs

    @staticmethod
    def _make_stemmer(d: Mapping[str, Any]) -> Callable[[str], str]:
        name = d.get("stemmer")
        if name:
            stemmer = snowballstemmer.stemmer(str(name))

            def snowball(word: str) -> str:
                return str(stemmer.stemWord(word))

            return snowball
        suffixes = sorted((fold(str(s)) for s in d.get("suffixes", ())), key=len, reverse=True)
        min_stem = int(d.get("suffix_min_stem", 3))

        def strip(word: str) -> str:
            for suffix in suffixes:
                if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
                    return word[: -len(suffix)]
            return word

        return strip

    def _compile_phrase(
        self, lang: str, form: str, category: str, payload: str, weak: bool, typos: bool
    ) -> _Phrase | None:
        form = form.strip()
        if not form:
            return None
        if "*" in form or "?" in form:
            rx = re.compile(
                "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in fold(form))
            )
            return _Phrase(lang, (_TokPat(None, rx, frozenset()),), category, payload, weak)
        toks = self.tokenize(form)
        if not toks:
            return None
        pats = []
        for t in toks:
            variants = frozenset(_typo_variants(t.folded, self.typo_min)) if typos else frozenset()
            pats.append(_TokPat(self.key(lang, t.folded), None, variants, t.folded))
        return _Phrase(lang, tuple(pats), category, payload, weak)

    # -- matching

    def tokenize(self, text: str) -> list[_Token]:
        return _tokenize(text, self.elisions)

    def key(self, lang: str, folded: str) -> str:
        ck = (lang, folded)
        got = self._stem_cache.get(ck)
        if got is None:
            stem = self._stemmers.get(lang)
            got = stem(folded) if stem is not None and folded.isalpha() else folded
            self._stem_cache[ck] = got
        return got

    def _pat_ok(self, pat: _TokPat, lang: str, tok: _Token) -> int:
        """0: no match; 1: the word as listed (or a typo of it); 2: an inflection of it."""
        if pat.glob is not None:
            return 1 if pat.glob.fullmatch(tok.folded) is not None else 0
        if tok.folded == pat.folded or tok.folded in pat.variants:
            return 1
        if pat.stem is not None and len(tok.folded) > _SHORT:
            return 2 if self.key(lang, tok.folded) == pat.stem else 0
        return 0

    def languages_present(self, tokens: Sequence[_Token], text: str) -> set[str]:
        present: set[str] = set()
        for lang in self.languages:
            if any(self.key(lang, t.folded) in self.markers[lang] for t in tokens):
                present.add(lang)
        if _CYRILLIC_RE.search(text) and "ru" in self.languages:
            present.add("ru")
        return present

    def match(self, tokens: Sequence[_Token], present: set[str], text: str = "") -> list[_Match]:
        """Every phrase of every language found in ``tokens``.

        A phrase never spans punctuation ("please, not" is not "please not").
        """
        joins = [
            not text
            or _PHRASE_GAP_RE.fullmatch(text[tokens[i].end : tokens[i + 1].start]) is not None
            for i in range(len(tokens) - 1)
        ]
        found: list[_Match] = []
        for lang in self.languages:
            lang_ok = lang in present or not present
            index = self._index[lang]
            by_form, by_stem = self._loose_by_form[lang], self._loose_by_stem[lang]
            globs = self._globs[lang]
            for i, tok in enumerate(tokens):
                key = self.key(lang, tok.folded)
                for p in (*index.get(key, ()), *self._loose_candidates(
                    by_form.get(tok.folded, ()),
                    by_stem.get(key, ()) if len(tok.folded) > _SHORT else (),
                    globs,
                )):
                    if (p.weak or p.category in _FUNCTION_CATEGORIES) and not lang_ok:
                        continue
                    n = len(p.pats)
                    if i + n > len(tokens) or not all(joins[i : i + n - 1]):
                        continue
                    how = [self._pat_ok(p.pats[j], lang, tokens[i + j]) for j in range(n)]
                    if not all(how):
                        continue
                    if 2 in how and not lang_ok:
                        continue  # inflections are read only in a language the note is written in
                    found.append(_Match(i, i + n, p.category, p.payload, lang))
        return found

    def _loose_candidates(
        self, *groups: Sequence[_Phrase]
    ) -> Sequence[_Phrase]:
        """The loose phrases that may start at a word, in their original order."""
        nonempty = [g for g in groups if g]
        if not nonempty:
            return ()
        if len(nonempty) == 1:
            return nonempty[0]
        unique = {id(p): p for g in nonempty for p in g}
        return sorted(unique.values(), key=lambda p: self._rank[id(p)])

    def typo_color(self, folded: str, langs: Iterable[str]) -> str | None:
        """The canonical colour a word is one slip away from ("gteen" → green), when there is
        exactly one; never for a word the lists know or list as no typo ("while")."""
        if (
            len(folded) < TYPO_MIN_LETTERS
            or not folded.isalpha()
            or folded in self.typo_not
            or folded in self.known_words
        ):
            return None
        found: set[str] = set()
        for lang in langs:
            for form, form_stem, canon in self.typo_colors.get(lang, {}).get(folded[0], ()):
                if OSA.distance(folded, form, score_cutoff=1) <= 1 or self._typo_of_stem(
                    folded, form_stem
                ):
                    found.add(canon)
        return next(iter(found)) if len(found) == 1 else None

    @staticmethod
    def _typo_of_stem(folded: str, stem: str) -> bool:
        """An inflected form with one slip in its stem: "крвсную" is "красн" + "ую", one letter
        off, "grpnne" is "grønn" + "e"."""
        if len(stem) < _TYPO_STEM:
            return False
        for cut in (len(stem) - 1, len(stem), len(stem) + 1):
            if 0 <= len(folded) - cut <= _TYPO_ENDING and (
                OSA.distance(folded[:cut], stem, score_cutoff=1) <= 1
            ):
                return True
        return False

    def full_cover(self, text: str, category: str) -> str | None:
        """The payload of a phrase of ``category`` that is the whole of ``text``."""
        tokens = self.tokenize(text)
        if not tokens:
            return None
        for m in self.match(tokens, set(self.languages), text):
            if m.category == category and m.start == 0 and m.end == len(tokens):
                return m.payload
        return None

    # -- values

    def size_letter(self, written: str, langs: Iterable[str] = ()) -> str | None:
        """Canonical size for a letter size as written ("2XL" → "XXL", "G" → "L" for pt_BR)."""
        w = "".join(self.homoglyphs.get(c, c) for c in written).upper()
        if w in self.letter_sizes:
            return self.letter_sizes[w]
        for lang in langs:
            if w in self.lang_letters.get(lang, {}):
                return self.lang_letters[lang][w]
        return None

    def numeric_size(self, written: str) -> str | None:
        if not self.numeric_re.fullmatch(written):
            return None
        value = written.replace(",", ".")
        try:
            number = float(value)
        except ValueError:
            return None
        if not self.numeric_min <= number <= self.numeric_max:
            return None
        return value

    def canonical_value(self, kind: str, value: str) -> str:
        """A catalogue or note value in canonical form, for comparisons."""
        v = value.strip()
        if kind == "color":
            return self.full_cover(v, "color") or fold(v)
        if kind == "size":
            letter = self.size_letter(v, self.languages)
            if letter is not None:
                return letter
            numeric = self.numeric_size(v)
            if numeric is not None:
                return numeric
            word = self.full_cover(v, "size_word")
            return word or fold(v)
        return fold(v)

    def attribute_kind(self, name: str) -> str | None:
        """Which kind a note attribute / line property name holds ("Gift message" → "gift_message")."""
        cleaned = re.sub(r"[_\-]+", " ", name).strip()
        return self.full_cover(cleaned, "attr")


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(out[k], v) if k in out else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def load_lexicon(extra_dirs: Sequence[Path] = ()) -> Lexicon:
    """The built-in word lists of ``resources/notes`` with each admin folder merged over them.

    A file in an extension folder named like a built-in one (``en.json``) extends it:
    objects are merged key by key, lists are extended, plain values replaced.  A file
    with a new name adds a language.
    """
    return _load_lexicon_cached(tuple(Path(d).resolve() for d in extra_dirs))


@lru_cache(maxsize=8)
def _load_lexicon_cached(extra_dirs: tuple[Path, ...]) -> Lexicon:
    data: dict[str, Any] = {}
    for folder in (resources_dir() / "notes", *extra_dirs):
        for path in sorted(folder.glob("*.json")):
            with path.open(encoding="utf-8") as fh:
                doc = json.load(fh)
            if not isinstance(doc, dict):
                raise ValueError(f"{path}: a notes lexicon file holds one JSON object")
            data[path.stem] = _merge(data[path.stem], doc) if path.stem in data else doc
    return Lexicon(data)


# --------------------------------------------------------------------------- reading


@dataclass
class _Mention:
    kind: str  # color | size | gift
    start: int  # token index
    end: int
    value: str | None
    canonical: str | None
    negated: bool = False
    ambiguous: bool = False


@dataclass
class _Found:
    request: NoteRequest
    context: Span  # the sentence around it, for attention
    context_text: str


_LINE_SOURCE_RE = re.compile(r"^(?:line_property:(\d+):.*|line_note:(\d+))$", re.S)


def _line_of(source: str) -> int | None:
    m = _LINE_SOURCE_RE.match(source)
    if not m:
        return None
    return int(m.group(1) if m.group(1) is not None else m.group(2))


def _attribute_name(source: str) -> str | None:
    if source.startswith("note_attribute:"):
        return source.split(":", 1)[1]
    if source.startswith("line_property:"):
        parts = source.split(":", 2)
        return parts[2] if len(parts) == 3 else None
    return None


def _strip_span(text: str, start: int, end: int, chars: str = " \t\r\n") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _cut_point(text: str, limit: int) -> int:
    """Where to stop reading a long text: the last white space before ``limit`` (within
    ``_FLAG_CHARS``), so that no word is read half."""
    space = max(text.rfind(c, limit - _FLAG_CHARS, limit) for c in " \n\t")
    return space if space > 0 else limit


def _unread_flag(text: str, cut: int, source: str) -> _Found:
    """An attention request for a person: the note goes on beyond what was read."""
    end = min(len(text), cut + _FLAG_CHARS)
    span = Span(cut, end)
    message = (
        f"note too long: only the first {cut:,} of {len(text):,} characters were read, "
        "the rest was not read: a person must read the whole note"
    )
    request = NoteRequest("attention", message, source, span, text[cut:end], ambiguous=True)
    return _Found(request, span, text[cut:end])


class NotesReader:
    """Reads an order's free texts into a :class:`NotesReading`.

    A text longer than ``MAX_NOTE_CHARS`` is read up to there; an ``attention`` request
    (flagged ``ambiguous``) quotes the start of the unread rest and the reading lists the
    source in ``too_long``.
    """

    def __init__(
        self, lexicon: Lexicon | None = None, vocabulary: Vocabulary | None = None
    ) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.vocabulary = vocabulary if vocabulary is not None else Vocabulary()
        lx = self.lexicon
        self._vocab_colors: list[tuple[tuple[str, ...], str]] = []
        self._color_by_canon: dict[str, list[str]] = {}
        for value in self.vocabulary.colors.values():
            toks = tuple(t.folded for t in lx.tokenize(value))
            if toks:
                self._vocab_colors.append((toks, value))
            self._color_by_canon.setdefault(lx.canonical_value("color", value), []).append(value)
        self._size_by_canon: dict[str, list[str]] = {}
        for value in self.vocabulary.sizes.values():
            self._size_by_canon.setdefault(lx.canonical_value("size", value), []).append(value)
        self._vocab_sizes = {fold(k): v for k, v in self.vocabulary.sizes.items()}
        self._size_words_cache: tuple[Sequence[_Match], dict[int, tuple[int, str]]] | None = None

    # -- public

    def read_text(self, text: str, source: str = "customer_note") -> NotesReading:
        return self.read({source: text})

    def read(self, texts: Mapping[str, str]) -> NotesReading:
        found: list[_Found] = []
        too_long: list[str] = []
        for source, text in texts.items():
            if not text or not text.strip():
                continue
            if len(text) > MAX_NOTE_CHARS:
                too_long.append(source)
                cut = _cut_point(text, MAX_NOTE_CHARS)
                found.append(_unread_flag(text, cut, source))
                text = text[:cut]
            name = _attribute_name(source)
            kind = self.lexicon.attribute_kind(name) if name else None
            if kind is not None:
                found.extend(self._read_attribute(kind, text, source))
            else:
                found.extend(self._read_free(text, source))
        reading = self._aggregate(found)
        return replace(reading, too_long=too_long) if too_long else reading

    # -- values

    def _color_value(self, canon: str) -> str:
        candidates = self._color_by_canon.get(canon, [])
        if len(candidates) == 1:
            return candidates[0]
        for c in candidates:
            if fold(c) == canon:
                return c
        return canon

    def _size_value(self, written: str, canon: str) -> str:
        exact = self._vocab_sizes.get(fold(written))
        if exact is not None:
            return exact
        candidates = self._size_by_canon.get(canon, [])
        if len(candidates) == 1:
            return candidates[0]
        return canon

    # -- attributes

    def _read_attribute(self, kind: str, text: str, source: str) -> list[_Found]:
        start, end = _strip_span(text, 0, len(text))
        value = text[start:end]
        whole = Span(start, end)

        def one(k: str, v: str | None) -> list[_Found]:
            req = NoteRequest(k, v, source, whole, value)
            return [_Found(req, whole, value)]

        if kind == "gift_message":
            return one("gift_message", value)
        if kind == "gift":
            f = fold(value)
            if f in self.lexicon.no_words:
                return []
            return one("gift", None)
        if kind == "color":
            vocab = self.vocabulary.colors.get(value.casefold())
            if vocab is not None:
                return one("color", vocab)
        if kind == "size":
            vocab_size = self._vocab_sizes.get(fold(value))
            if vocab_size is not None:
                return one("size", vocab_size)
            canon = self.lexicon.size_letter(
                value, self.lexicon.languages
            ) or self.lexicon.numeric_size(value)
            if canon is not None:
                return one("size", self._size_value(value, canon))
        return self._read_free(text, source, attribute=kind)

    # -- free text

    def _read_free(self, text: str, source: str, attribute: str | None = None) -> list[_Found]:
        lx = self.lexicon
        all_tokens = lx.tokenize(text)
        present = lx.languages_present(all_tokens, text)
        if attribute == "size":
            present |= set(lx.languages)
        out: list[_Found] = []

        # 1. the gift message first: its words are the customer's, not requests
        first_matches = lx.match(all_tokens, present, text)
        gift_context = any(m.category == "gift" for m in first_matches) or any(
            s in text for s in lx.gift_symbols
        )
        msg = self._gift_message(text, all_tokens, first_matches, gift_context)
        excluded: Span | None = None
        if msg is not None:
            span, cut = msg
            out.append(
                _Found(
                    NoteRequest(
                        "gift_message",
                        text[span.start : span.end],
                        source,
                        span,
                        text[span.start : span.end],
                    ),
                    span,
                    text[span.start : span.end],
                )
            )
            excluded = cut

        tokens = [
            t
            for t in all_tokens
            if excluded is None or t.end <= excluded.start or t.start >= excluded.end
        ]
        if excluded is None:
            matches = first_matches
        else:
            matches = lx.match(tokens, present, text)
        clause = self._clauses(text, tokens, matches)
        sentence_spans = self._sentences(text, excluded)
        sentence_starts = [sp.start for sp in sentence_spans]

        mentions = self._mentions(text, tokens, matches, present, attribute)
        self._apply_negation(tokens, matches, mentions, clause)

        for m in mentions:
            if m.negated:
                continue
            s, e = tokens[m.start].start, tokens[m.end - 1].end
            if m.kind == "gift" and s == e:
                continue
            ctx = self._context(sentence_spans, s, text, sentence_starts)
            req = NoteRequest(m.kind, m.value, source, Span(s, e), text[s:e], m.ambiguous)
            out.append(_Found(req, ctx, text[ctx.start : ctx.end]))
        for sym in lx.gift_symbols:
            for mm in re.finditer(re.escape(sym), text):
                if excluded is not None and excluded.start <= mm.start() < excluded.end:
                    continue
                span = Span(mm.start(), mm.end())
                out.append(_Found(NoteRequest("gift", None, source, span, sym), span, sym))

        out.extend(self._attention(text, tokens, matches, mentions, source, excluded))
        return out

    def _gift_message(
        self, text: str, tokens: Sequence[_Token], matches: Sequence[_Match], gift_context: bool
    ) -> tuple[Span, Span] | None:
        cues = sorted(
            (m for m in matches if m.category in ("msg_card", "msg_text", "msg_open")),
            key=lambda m: (m.start, -m.end),
        )
        if any(m.category == "msg_card" for m in cues):
            gift_context = True
        for cue in cues:
            if cue.category == "msg_text" and not gift_context:
                continue
            pos = tokens[cue.end - 1].end
            n = len(text)
            while pos < n and text[pos] in " \t":
                pos += 1
            had_colon = False
            if pos < n and text[pos] in ":-–—=":
                had_colon = True
                pos += 1
                while pos < n and text[pos] in " \t\r\n":
                    pos += 1
            if pos < n and text[pos] in self.lexicon.quotes:
                close = self.lexicon.quotes[text[pos]]
                end = text.find(close, pos + 1)
                if end > pos + 1:
                    s, e = _strip_span(text, pos + 1, end)
                    if e > s:
                        return Span(s, e), Span(tokens[cue.start].start, end + 1)
            if had_colon or cue.category == "msg_open":
                line_end = text.find("\n", pos)
                if line_end < 0:
                    line_end = n
                s, e = _strip_span(text, pos, line_end)
                if e > s and any(c.isalnum() for c in text[s:e]):
                    return Span(s, e), Span(tokens[cue.start].start, e)
        if gift_context:
            negations = [m for m in matches if m.category == "neg_before"]
            for m in matches:
                if m.category != "gift" or any(
                    0 <= m.start - n.end <= self.lexicon.scope.get(n.lang, 4)
                    and not _CLAUSE_GAP_RE.search(text[tokens[n.end - 1].end : tokens[m.start].start])
                    for n in negations
                ):
                    continue  # "not a gift: ..." has no message
                found = self._message_after_gift(text, tokens[m.end - 1].end)
                if found is not None and not any(
                    mm.category in _NOT_IN_A_MESSAGE
                    and found[0].start <= tokens[mm.start].start < found[0].end
                    for mm in matches
                ):
                    return found
        return None

    def _message_after_gift(self, text: str, pos: int) -> tuple[Span, Span] | None:
        """A message after a gift word, in the same sentence, introduced by a colon, a dash
        between spaces or an opening quote: "It's a gift: Happy birthday, Anna!",
        "Подарок маме — С 8 Марта!", "present, please add "To my one and only"".
        The message is kept whole: to the end of the line, or to the closing quote."""
        stop = _SENTENCE_GAP_RE.search(text, pos)
        limit = stop.start() if stop is not None else len(text)
        m = _GIFT_INTRO_RE.search(text, pos, limit)
        quote = next(
            (
                i
                for i in range(pos, m.start() if m is not None else limit)
                if text[i] in self.lexicon.quotes and (text[i - 1].isspace() or text[i - 1] == ":")
            ),
            None,
        )
        if m is not None and quote is None:
            line_end = text.find("\n", m.end())
            s, e = _strip_span(text, m.end(), line_end if line_end >= 0 else len(text))
            if e > s and any(c.isalnum() for c in text[s:e]):
                return Span(s, e), Span(m.start(), e)
            return None
        if quote is None:
            return None
        close = self.lexicon.quotes[text[quote]]
        end = text.find(close, quote + 1)
        while end >= 0 and end + 1 < len(text) and text[end + 1].isalnum():
            end = text.find(close, end + 1)  # an apostrophe inside the message
        if end > quote + 1:
            s, e = _strip_span(text, quote + 1, end)
            if e > s and any(c.isalnum() for c in text[s:e]):
                return Span(s, e), Span(quote, end + 1)
        return None

    def _clauses(self, text: str, tokens: Sequence[_Token], matches: Sequence[_Match]) -> list[int]:
        starts = {m.start for m in matches if m.category in ("boundary",)}
        clause: list[int] = []
        current = 0
        for i, tok in enumerate(tokens):
            if i > 0 and (
                _CLAUSE_GAP_RE.search(text[tokens[i - 1].end : tok.start]) or i in starts
            ):
                current += 1
            clause.append(current)
        return clause

    @staticmethod
    def _sentences(text: str, excluded: Span | None) -> list[Span]:
        spans: list[Span] = []
        start = 0
        for m in _SENTENCE_GAP_RE.finditer(text):
            if (
                m.start() > 0
                and m.start() + 1 < len(text)
                and text[m.start() - 1].isdigit()
                and text[m.start() + 1].isdigit()
            ):
                continue
            spans.append(Span(start, m.end()))
            start = m.end()
        spans.append(Span(start, len(text)))
        out = []
        for sp in spans:
            s, e = _strip_span(text, sp.start, sp.end)
            if e > s:
                out.append(Span(s, e))
        return out

    @staticmethod
    def _context(
        sentences: Sequence[Span], pos: int, text: str, starts: Sequence[int] | None = None
    ) -> Span:
        # sentences are sorted and do not overlap: the last one starting at or before pos
        if starts is None:
            starts = [sp.start for sp in sentences]
        index = bisect.bisect_right(starts, pos) - 1
        if index >= 0 and sentences[index].start <= pos < sentences[index].end:
            return sentences[index]
        return Span(0, len(text))

    def _mentions(
        self,
        text: str,
        tokens: Sequence[_Token],
        matches: Sequence[_Match],
        present: set[str],
        attribute: str | None,
    ) -> list[_Mention]:
        lx = self.lexicon
        mentions: list[_Mention] = []
        objects_at_start = {m.start for m in matches if m.category == "object"}
        objects_at_end = {m.end for m in matches if m.category == "object"}

        # colours: catalogue values first, then the lexicon; leftmost-longest wins
        candidates: list[tuple[int, int, str, str]] = []  # start, end, value, canonical
        folded = [t.folded for t in tokens]
        for vtoks, value in self._vocab_colors:
            n = len(vtoks)
            for i in range(len(tokens) - n + 1):
                if tuple(folded[i : i + n]) == vtoks:
                    candidates.append((i, i + n, value, lx.canonical_value("color", value)))
        for m in matches:
            if m.category == "color":
                candidates.append((m.start, m.end, self._color_value(m.payload), m.payload))
        candidates.sort(
            key=lambda c: (
                c[0],
                -(c[1] - c[0]),
                0 if c[2] in self.vocabulary.colors.values() else 1,
            )
        )
        taken = -1
        for s, e, value, canon in candidates:
            if s < taken:
                continue
            taken = e
            if attribute != "color" and value not in self.vocabulary.colors.values():
                if self._proper_noun(text, tokens, matches, s, e):
                    continue  # "Red Lion Street", "Mrs White"
            if attribute != "color" and (e in objects_at_start or s in objects_at_end):
                continue  # "the green gate", "la porte verte": a description, not a request
            mentions.append(_Mention("color", s, e, value, canon))

        # sizes
        size_at: dict[int, _Mention] = {}

        def add_size(i: int, written: str, canon: str) -> None:
            if i not in size_at:
                size_at[i] = _Mention("size", i, i + 1, self._size_value(written, canon), canon)

        def size_token(i: int, langs: Iterable[str], cue: bool) -> bool:
            tok = tokens[i]
            vocab = self._vocab_sizes.get(tok.folded) if cue else None
            if vocab is not None:
                add_size(i, tok.text, lx.canonical_value("size", vocab))
                return True
            if cue or len(tok.text) > 1 or tok.text.isupper():
                letter = lx.size_letter(tok.text, langs)
                if letter is not None:
                    add_size(i, tok.text, letter)
                    return True
            if cue:
                numeric = lx.numeric_size(tok.text)
                if numeric is not None:
                    add_size(i, tok.text, numeric)
                    return True
            return False

        cue_before = [m for m in matches if m.category == "size_cue_before"]
        for m in cue_before:
            if m.end < len(tokens):
                langs = [m.lang, *sorted(present)]
                if not size_token(m.end, langs, cue=True):
                    word = self._size_word_at(tokens, matches, m.end)
                    if word is not None:
                        size_at.setdefault(
                            m.end,
                            _Mention(
                                "size", m.end, word[0], self._size_value(word[1], word[1]), word[1]
                            ),
                        )
                elif m.end + 1 < len(tokens) and text[
                    tokens[m.end].end : tokens[m.end + 1].start
                ].strip() in ("/", "-", "–"):
                    # "M/L", "44-46": two sizes, left for a person to choose
                    size_token(m.end + 1, langs, cue=True)
        fillers = {m.start for m in matches if m.category == "size_filler"}
        after_starts = {m.start for m in matches if m.category == "size_cue_after"}
        for m in matches:
            # a size word just before a cue after it: "средний размер", "vidējs izmērs"
            if m.category == "size_word" and m.end in after_starts and m.start not in size_at:
                size_at[m.start] = _Mention(
                    "size", m.start, m.end, self._size_value(m.payload, m.payload), m.payload
                )
        for i, tok in enumerate(tokens):
            if lx.numeric_size(tok.text) is None:
                continue
            j = i + 1
            if j in fillers:
                j += 1
            if j in after_starts:
                add_size(i, tok.text, lx.numeric_size(tok.text) or tok.text)
        lead_ends = {m.end for m in matches if m.category == "size_word_lead"}
        for i, tok in enumerate(tokens):
            if i in size_at:
                continue
            if self._standalone_letter_ok(text, tokens, i):
                langs = [lg for lg in lx.languages if lg in present]
                shared = lx.size_letter(tok.text)
                if shared is not None:
                    add_size(i, tok.text, shared)
                elif tok.text.isupper() and not _CYRILLIC_RE.search(tok.text):
                    letter = lx.size_letter(tok.text, langs)
                    if letter is not None:
                        add_size(i, tok.text, letter)
            if i in lead_ends and i not in size_at:
                word = self._size_word_at(tokens, matches, i)
                if (
                    word is not None
                    and word[0] not in objects_at_start
                    and not (
                        word[0] < len(tokens)
                        and tokens[word[0]].folded in lx.size_not_before
                    )
                    and not any(mm.start == word[0] and mm.category == "handling" for mm in matches)
                ):
                    size_at[i] = _Mention(
                        "size", i, word[0], self._size_value(word[1], word[1]), word[1]
                    )
        mentions.extend(size_at.values())
        mentions.extend(self._typo_colors(text, tokens, matches, present, size_at, attribute))

        # gift
        for m in matches:
            if m.category == "gift":
                mentions.append(_Mention("gift", m.start, m.end, None, None))
        mentions.sort(key=lambda mm: (mm.start, mm.end))
        # drop gift cues nested in other gift cues ("gift wrap" and "gift")
        gifts = [o for o in mentions if o.kind == "gift"]
        gift_starts = [o.start for o in gifts]  # sorted, as mentions are
        longest = max((o.end - o.start for o in gifts), default=0)
        out: list[_Mention] = []
        kept_gifts: set[tuple[int, int]] = set()
        for mm in mentions:
            if mm.kind == "gift":
                # a cue containing this one starts at most `longest` tokens before it
                low = bisect.bisect_left(gift_starts, mm.start - longest)
                high = bisect.bisect_right(gift_starts, mm.start)
                if any(
                    o.start <= mm.start
                    and mm.end <= o.end
                    and o is not mm
                    and (o.end - o.start) > (mm.end - mm.start)
                    for o in gifts[low:high]
                ):
                    continue
                if (mm.start, mm.end) in kept_gifts:
                    continue
                kept_gifts.add((mm.start, mm.end))
            out.append(mm)
        return out

    def _typo_colors(
        self,
        text: str,
        tokens: Sequence[_Token],
        matches: Sequence[_Match],
        present: set[str],
        size_at: Mapping[int, _Mention],
        attribute: str | None,
    ) -> list[_Mention]:
        """Colour words with one slip, read only in a sentence that also asks for a size
        (or in a colour attribute), on words no list knows."""
        lx = self.lexicon
        if not tokens or (attribute != "color" and not size_at):
            return []
        sentence = [0] * len(tokens)
        for i in range(1, len(tokens)):
            gap = text[tokens[i - 1].end : tokens[i].start]
            sentence[i] = sentence[i - 1] + (1 if _SENTENCE_GAP_RE.search(gap) else 0)
        asked = {sentence[i] for i in size_at}
        covered: set[int] = set()
        for m in matches:
            covered.update(range(m.start, m.end))
        langs = [lg for lg in lx.languages if lg in present] or list(lx.languages)
        out: list[_Mention] = []
        for i, tok in enumerate(tokens):
            if i in covered or i in size_at or (attribute != "color" and sentence[i] not in asked):
                continue
            canon = lx.typo_color(tok.folded, langs)
            if canon is None:
                continue
            if attribute != "color" and self._proper_noun(text, tokens, matches, i, i + 1):
                continue
            out.append(_Mention("color", i, i + 1, self._color_value(canon), canon))
        return out

    def _proper_noun(
        self, text: str, tokens: Sequence[_Token], matches: Sequence[_Match], s: int, e: int
    ) -> bool:
        """A capitalised colour word inside a name: followed by another capitalised word
        the lexicon does not know ("Red Lion Street"), or after a title ("Mrs White")."""
        first = tokens[s].text
        if not first[:1].isupper() or first.isupper():
            return False
        if e < len(tokens):
            nxt = tokens[e]
            gap = text[tokens[e - 1].end : nxt.start]
            if (
                gap.isspace()
                and nxt.text[:1].isupper()
                and not any(m.start == e for m in matches if m.category != "attr")
            ):
                return True
        if s > 0 and tokens[s - 1].folded in self.lexicon.titles:
            return re.fullmatch(r"\.?\s+", text[tokens[s - 1].end : tokens[s].start]) is not None
        return False

    def _size_word_at(
        self, tokens: Sequence[_Token], matches: Sequence[_Match], i: int
    ) -> tuple[int, str] | None:
        cached = self._size_words_cache
        if cached is None or cached[0] is not matches:
            # the longest size word starting at each token, once per list of matches
            starts: dict[int, tuple[int, str]] = {}
            for m in matches:
                if m.category == "size_word":
                    best = starts.get(m.start)
                    if best is None or m.end > best[0]:
                        starts[m.start] = (m.end, m.payload)
            cached = self._size_words_cache = (matches, starts)
        return cached[1].get(i)

    def _standalone_letter_ok(self, text: str, tokens: Sequence[_Token], i: int) -> bool:
        tok = tokens[i]
        if len(tok.text) == 1:
            if not tok.text.isupper() or _CYRILLIC_RE.search(tok.text):
                return False
            before = text[max(0, tok.start - 1) : tok.start]
            if before in (":", ";", "-", "'"):
                return False  # ":P", "T-shirt"
            after = text[tok.end : tok.end + 3]
            if re.match(r"\.\s*[A-ZÀ-Ý]", after) or after.startswith("-"):
                return False  # "M. Dupont", "T-shirt"
        return True

    def _apply_negation(
        self,
        tokens: Sequence[_Token],
        matches: Sequence[_Match],
        mentions: list[_Mention],
        clause: Sequence[int],
    ) -> None:
        def clause_of(i: int) -> int:
            return clause[i] if i < len(clause) else -1

        # "розовый не надо": a negation after the mention
        # mentions are sorted by start: look only at those near a negation
        starts = [x.start for x in mentions]
        widest = max((x.end - x.start for x in mentions), default=0)

        def near(low: int, high: int) -> list[_Mention]:
            return mentions[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]

        used_after: list[_Match] = []
        for m in (mm for mm in matches if mm.category == "neg_after"):
            prior = [
                x
                for x in near(m.start - 2 - widest, m.start)
                if x.end <= m.start
                and m.start - x.end <= 2
                and clause_of(x.start) == clause_of(m.start)
            ]
            if prior:
                prior[-1].negated = True
                used_after.append(m)
        # "not the red one", "M instead of L": a negation before the mention
        by_start: dict[int, list[_Match]] = {}
        for found in matches:
            by_start.setdefault(found.start, []).append(found)
        for m in (mm for mm in matches if mm.category == "neg_before"):
            if any(u.start <= m.start < u.end for u in used_after):
                continue
            if any(
                other.end > m.end and not other.category.startswith("neg")
                for other in by_start.get(m.start, ())
            ):
                continue  # part of a longer phrase: pt "no tamanho" is not English "no"
            scope = self.lexicon.scope.get(m.lang, 4)
            after = [
                x
                for x in near(m.end, m.end + scope)
                if x.start >= m.end
                and x.start - m.end < scope
                and clause_of(x.start) == clause_of(m.start)
            ]
            if after:
                after[0].negated = True
        # "I ordered L by mistake, ...": mentions in that clause are what they have, not what they want
        for m in (mm for mm in matches if mm.category == "mistake"):
            for x in mentions:
                if x.kind != "gift" and clause_of(x.start) == clause_of(m.start):
                    x.negated = True
        # "swap the grey for the white": the first of two is what they leave
        tos = [mm for mm in matches if mm.category == "change_to"]
        for verb in (mm for mm in matches if mm.category == "change_verb"):
            c = clause_of(verb.start)
            same = [
                x
                for x in mentions
                if x.kind != "gift" and clause_of(x.start) == c and x.start >= verb.end
            ]
            for a, b in zip(same, same[1:], strict=False):
                if a.kind == b.kind and any(a.end <= t.start and t.end <= b.start for t in tos):
                    a.negated = True
        # "any colour, whatever": what shares a clause with indifference is not a choice
        for m in (mm for mm in matches if mm.category == "indifference"):
            for x in mentions:
                if x.kind != "gift" and clause_of(x.start) == clause_of(m.start) and not x.negated:
                    x.ambiguous = True

    def _attention(
        self,
        text: str,
        tokens: Sequence[_Token],
        matches: Sequence[_Match],
        mentions: Sequence[_Mention],
        source: str,
        excluded: Span | None,
    ) -> list[_Found]:
        handling_pos = sorted({tokens[m.start].start for m in matches if m.category == "handling"})
        request_set = {tokens[x.start].start for x in mentions if not x.negated}
        if excluded is not None:
            request_set.add(excluded.start)
        request_pos = sorted(request_set)

        def any_in(positions: list[int], start: int, end: int) -> bool:
            index = bisect.bisect_left(positions, start)
            return index < len(positions) and positions[index] < end
        # units: comma-separated parts of sentences; `sentence_break` tells where sentences end
        units: list[tuple[int, int, bool]] = []
        start = 0
        for m in _UNIT_GAP_RE.finditer(text):
            if (
                m.group() in ".,"
                and 0 < m.start() < len(text) - 1
                and text[m.start() - 1].isdigit()
                and text[m.start() + 1].isdigit()
            ):
                continue
            units.append((start, m.start(), m.group() not in ",;"))
            start = m.end()
        units.append((start, len(text), True))
        out: list[_Found] = []
        i = 0
        while i < len(units):
            s, e, _ = units[i]
            if excluded is not None and s < excluded.end and e > excluded.start:
                i += 1
                continue
            if any_in(handling_pos, s, e):
                j = i
                end = e
                while not units[j][2] and j + 1 < len(units):
                    ns, ne, _ = units[j + 1]
                    if any_in(request_pos, ns, ne) or (
                        excluded is not None and ns < excluded.end and ne > excluded.start
                    ):
                        break
                    j += 1
                    end = ne
                a, b = _strip_span(text, s, end, " \t\r\n,;")
                if b > a:
                    span = Span(a, b)
                    out.append(
                        _Found(
                            NoteRequest("attention", text[a:b], source, span, text[a:b]),
                            span,
                            text[a:b],
                        )
                    )
                i = j + 1
                continue
            i += 1
        return out

    # -- putting it together

    def _aggregate(self, found: Sequence[_Found]) -> NotesReading:
        requests = [f.request for f in found]
        ambiguous_kinds: list[str] = []
        values: dict[str, str | None] = {}
        flag: set[int] = set()
        for kind in ("color", "size"):
            idx = [i for i, r in enumerate(requests) if r.kind == kind]
            order_level = [i for i in idx if _line_of(requests[i].source) is None]
            groups: list[list[int]] = []
            if order_level:
                groups.append(order_level)
            by_line: dict[int, list[int]] = {}
            for i in idx:
                line = _line_of(requests[i].source)
                if line is not None:
                    by_line.setdefault(line, []).append(i)
            groups.extend(by_line.values())
            chosen: list[str] = []
            for g in groups:
                distinct = {requests[i].value for i in g}
                if len(distinct) > 1 or any(requests[i].ambiguous for i in g):
                    flag.update(g)
                    if kind not in ambiguous_kinds:
                        ambiguous_kinds.append(kind)
                elif distinct:
                    chosen.append(next(iter(distinct)) or "")
            value: str | None = None
            if order_level:
                value = None if kind in ambiguous_kinds or not chosen else chosen[0]
            elif chosen and len(set(chosen)) == 1 and kind not in ambiguous_kinds:
                value = chosen[0]
            values[kind] = value

        final: list[NoteRequest] = []
        attention: list[str] = []
        seen: set[str] = set()
        extra: list[NoteRequest] = []
        for i, f in enumerate(found):
            r = f.request
            if i in flag:
                r = replace(r, ambiguous=True)
                if f.context_text not in seen:
                    seen.add(f.context_text)
                    attention.append(f.context_text)
                    extra.append(
                        NoteRequest(
                            "attention", f.context_text, r.source, f.context, f.context_text, True
                        )
                    )
            final.append(r)
        for r in final:
            if r.kind == "attention" and r.text not in seen:
                seen.add(r.text)
                attention.append(r.text)
        messages = [r for r in final if r.kind == "gift_message"]
        gift_message = messages[0].value if messages else None
        gift = any(r.kind == "gift" for r in final) or gift_message is not None
        return NotesReading(
            color=values["color"],
            size=values["size"],
            gift=gift,
            gift_message=gift_message,
            attention=attention,
            requests=final + extra,
            ambiguous=ambiguous_kinds,
        )


# --------------------------------------------------------------------------- conflicts


def _line_attribute(lexicon: Lexicon, line: Mapping[str, str], kind: str) -> str | None:
    for key, value in line.items():
        if key.casefold() == kind or lexicon.attribute_kind(key) == kind:
            if value and str(value).strip():
                return str(value)
    return None


def find_conflicts(
    reading: NotesReading, lines: Sequence[Mapping[str, str]], lexicon: Lexicon | None = None
) -> list[Conflict]:
    """Requests that disagree with what was ordered.

    ``lines`` holds each order line's option values, e.g. ``{"color": "Black", "size": "M"}``.
    An order-level request is compared with the line of a single-line order; a
    line property / line note request with the line it belongs to.  Values are
    compared in canonical form ("Navy Blue" = "тёмно-синий", "G" = "L").
    """
    lx = lexicon if lexicon is not None else load_lexicon()
    conflicts: list[Conflict] = []
    for r in reading.requests:
        if r.kind not in ("color", "size") or r.ambiguous or r.value is None:
            continue
        line = _line_of(r.source)
        if line is None:
            if len(lines) != 1:
                continue
            line = 0
        if line >= len(lines):
            continue
        ordered = _line_attribute(lx, lines[line], r.kind)
        if ordered is None:
            continue
        if fold(ordered) == fold(r.value):
            continue
        if lx.canonical_value(r.kind, ordered) == lx.canonical_value(r.kind, r.value):
            continue
        conflicts.append(Conflict(line, r.kind, ordered, r.value, r.span, r.source))
    return conflicts
