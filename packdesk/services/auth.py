"""Who is at the station, and what they may do.

Role checks live here, in the service layer, so a packer's station cannot call a lead's
or an admin's action by any path, whatever the UI shows. PIN attempts are rate-limited
per user: after ``MAX_PIN_ATTEMPTS`` wrong PINs the user is locked for ``LOCK_SECONDS``,
and each further lock-out before a right PIN lasts twice as long as the one before (up to
``MAX_LOCK_SECONDS``).

Each guess is counted before it is checked, in a short transaction holding the user's row
(``FOR UPDATE`` on PostgreSQL, the write lock on SQLite), so guesses sent in parallel are
all counted and no more than ``MAX_PIN_ATTEMPTS`` of them are checked before the lock.
The slow PIN hash is checked outside that transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from packdesk.domain.errors import DomainError, PermissionDenied
from packdesk.domain.model import Role
from packdesk.domain.pins import verify_pin
from packdesk.domain.say import say
from packdesk.domain.time import utcnow
from packdesk.persistence.tables import UserRow

from .uow import UnitOfWork, with_retry

MAX_PIN_ATTEMPTS = 5
LOCK_SECONDS = 300
MAX_LOCK_SECONDS = 24 * 3600


class SignInRefused(DomainError):
    pass


@dataclass(frozen=True)
class Actor:
    """A signed-in person."""

    user_id: int
    name: str
    role: Role

    def can(self, role: Role) -> bool:
        return self.role.at_least(role)


def require_role(actor: Actor | None, role: Role, action: str = "this") -> Actor:
    """Raise PermissionDenied unless ``actor`` holds ``role`` or a higher one."""
    if actor is None:
        raise PermissionDenied(f"sign in first: {action} needs {_article(role)}")
    if not actor.can(role):
        raise PermissionDenied(f"{actor.name} is {_article(actor.role)}; {action} needs {_article(role)}")
    return actor


def _article(role: Role) -> str:
    return f"{'an' if role.value[0] in 'aeiou' else 'a'} {role.value}"


def _actor(row: UserRow) -> Actor:
    return Actor(row.id, row.name, Role(row.role))


def sign_in_with_badge(uow: UnitOfWork, badge_code: str) -> Actor:
    with uow:
        row = uow.session.scalars(
            select(UserRow).where(UserRow.badge_code == badge_code.strip())
        ).one_or_none()
        if row is None or not row.active:
            raise SignInRefused(say("this badge is not known here; ask a lead to register it"))
        return _actor(row)


def lock_seconds(failures: int) -> int:
    """How long the lock-out after ``failures`` wrong PINs in a row lasts: doubled at each
    lock-out since the last right PIN."""
    lockouts = max(1, failures // MAX_PIN_ATTEMPTS)
    return int(min(MAX_LOCK_SECONDS, LOCK_SECONDS * 2 ** min(lockouts - 1, 16)))


@dataclass(frozen=True)
class _Guess:
    user_id: int
    pin_hash: str


def _count_guess(uow: UnitOfWork, name: str) -> _Guess:
    """Count a guess for ``name`` before checking it (one short, row-locked transaction);
    the guess that reaches ``MAX_PIN_ATTEMPTS`` sets the lock at once, so parallel guesses
    after it are refused unchecked. A right PIN clears the count afterwards."""

    def attempt() -> _Guess:
        now = utcnow()
        with uow.writing() as writer:
            row = writer.session.scalars(
                select(UserRow).where(UserRow.name == name).with_for_update()
            ).one_or_none()
            if row is None or not row.active:
                raise SignInRefused(say("wrong name or PIN"))
            if row.locked_until and row.locked_until > now:
                wait = int((row.locked_until - now).total_seconds()) + 1
                raise SignInRefused(say("too many wrong PINs: try again in {wait} s or scan your badge",
                                         wait=wait))
            row.failed_pin_attempts += 1
            if row.failed_pin_attempts % MAX_PIN_ATTEMPTS == 0:
                row.locked_until = now + timedelta(seconds=lock_seconds(row.failed_pin_attempts))
            guess = _Guess(row.id, row.pin_hash)
            writer.commit()
            return guess

    return with_retry(attempt)


def sign_in_with_pin(uow: UnitOfWork, name: str, pin: str) -> Actor:
    guess = _count_guess(uow, name)
    if not guess.pin_hash or not verify_pin(pin, guess.pin_hash):
        raise SignInRefused(say("wrong name or PIN"))

    def signed_in() -> Actor:
        with uow.writing() as writer:
            row = writer.session.get(UserRow, guess.user_id, with_for_update=True)
            if row is None or not row.active:
                raise SignInRefused(say("wrong name or PIN"))
            row.failed_pin_attempts = 0
            row.locked_until = None
            actor = _actor(row)
            writer.commit()
            return actor

    return with_retry(signed_in)


def user_names(uow: UnitOfWork) -> list[str]:
    with uow:
        return list(
            uow.session.scalars(
                select(UserRow.name).where(UserRow.active.is_(True)).order_by(UserRow.name)
            )
        )
