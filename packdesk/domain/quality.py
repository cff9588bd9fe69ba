"""Quality checks at the pack bench, in plain Python (issue 24).

An admin attaches checks ("seal intact", "no stains") to a product's SKU or to a tag the
product carries. After a unit of such a product verifies, the packer confirms each check
with one key (or all of them with one key, or by scanning ``QC:PASS``); a failed check
sets the unit aside with the check as its reason. The station applies what these rules
decide; the command codes below are what keys and printed command sheets send.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import DomainError
from .say import say

# Scan codes (a printed command sheet, or the pack screen's keys): all checks pass; check
# N passes; check N fails ("QC:FAIL" alone: the first check not confirmed yet fails).
QC_PREFIX = "QC:"
QC_PASS_ALL = "QC:PASS"

MAX_CHECK_LENGTH = 120


class InvalidCheck(DomainError):
    pass


@dataclass(frozen=True)
class QualityCheck:
    """One check of a checklist: for the product with ``sku``, or every product tagged ``tag``."""

    id: int
    text: str
    sku: str | None = None
    tag: str | None = None


def check_text(text: str) -> str:
    """The check's words, trimmed; refused when empty, too long or not plain text."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidCheck(say("a quality check needs its words"))
    if len(cleaned) > MAX_CHECK_LENGTH:
        raise InvalidCheck(say("a quality check has at most {count} characters",
                               count=MAX_CHECK_LENGTH))
    return cleaned


def normalize_tag(tag: str) -> str:
    return " ".join(tag.split()).casefold()


def checks_for(sku: str, tags: Iterable[str], checks: Sequence[QualityCheck]) -> list[QualityCheck]:
    """The checks a unit of ``sku`` (tagged ``tags``) gets: its own first, then its tags',
    each wording once."""
    tagged = {normalize_tag(t) for t in tags}
    own = [c for c in checks if c.sku is not None and c.sku == sku]
    by_tag = [c for c in checks if c.tag is not None and normalize_tag(c.tag) in tagged]
    seen: set[str] = set()
    result = []
    for check in own + by_tag:
        key = check.text.casefold()
        if key not in seen:
            seen.add(key)
            result.append(check)
    return result


class QcAction(enum.StrEnum):
    PASS_ALL = "pass_all"
    PASS = "pass"
    FAIL = "fail"


@dataclass(frozen=True)
class QcCommand:
    action: QcAction
    number: int | None = None  # 1-based position of the check on the screen


def parse_qc_command(raw: str) -> QcCommand | None:
    """``QC:PASS`` / ``QC:PASS:2`` / ``QC:FAIL:2`` / ``QC:FAIL``, else None (not a QC code)."""
    text = raw.strip().upper()
    if not text.startswith(QC_PREFIX):
        return None
    parts = text[len(QC_PREFIX):].split(":")
    if parts[0] not in ("PASS", "FAIL") or len(parts) > 2:
        return None
    number = None
    if len(parts) == 2:
        if not parts[1].isdigit() or int(parts[1]) < 1:
            return None
        number = int(parts[1])
    if parts[0] == "PASS":
        return QcCommand(QcAction.PASS if number else QcAction.PASS_ALL, number)
    return QcCommand(QcAction.FAIL, number)


@dataclass(frozen=True)
class QcDecision:
    """What a QC command does to the unit under check: ``passed`` the check ids confirmed
    after it; ``done`` every check passed (the unit counts); ``failed`` the failed check."""

    passed: tuple[int, ...]
    done: bool = False
    failed: QualityCheck | None = None


def apply_qc(command: QcCommand, checks: Sequence[QualityCheck],
             passed: Sequence[int]) -> QcDecision:
    """One key or scan on the unit under check. Raises InvalidCheck for a number the
    screen does not show."""
    ids = [c.id for c in checks]
    confirmed = [i for i in passed if i in ids]
    if command.action is QcAction.PASS_ALL:
        return QcDecision(tuple(ids), done=True)
    if command.number is not None and not 1 <= command.number <= len(checks):
        raise InvalidCheck(say("there is no check {number}", number=command.number))
    if command.action is QcAction.PASS:
        assert command.number is not None
        chosen = checks[command.number - 1].id
        after = tuple(confirmed + ([chosen] if chosen not in confirmed else []))
        return QcDecision(after, done=set(after) >= set(ids))
    if command.number is not None:
        failed = checks[command.number - 1]
    else:
        failed = next((c for c in checks if c.id not in confirmed), checks[-1])
    return QcDecision(tuple(confirmed), failed=failed)
