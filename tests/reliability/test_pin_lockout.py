"""PIN guessing in parallel and again after a lock-out (issue 18, point 18), on both databases."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from packdesk.domain.time import utcnow
from packdesk.persistence.tables import UserRow
from packdesk.services.auth import LOCK_SECONDS, MAX_PIN_ATTEMPTS, SignInRefused, sign_in_with_pin
from packdesk.services.uow import UnitOfWork
from tests.helpers.shop import seed_small_shop

USER = "Pat Packer"  # PIN 3456 in the small shop


def user(engine: Engine) -> UserRow:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(UserRow).where(UserRow.name == USER)).one()
        uow.session.expunge(row)
        return row


def guess_in_parallel(engine: Engine, guesses: list[str]) -> list[str]:
    """Every guess at once, each from its own thread and connection; the answers."""
    barrier = threading.Barrier(len(guesses))
    answers: list[str] = []

    def guess(pin: str) -> None:
        barrier.wait(timeout=30)
        try:
            sign_in_with_pin(UnitOfWork(engine), USER, pin)
            answers.append("signed in")
        except SignInRefused as exc:
            answers.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - any other failure is an answer the test shows
            answers.append(repr(exc))

    threads = [threading.Thread(target=guess, args=(pin,)) for pin in guesses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a PIN guess hung"
    return answers


def test_twelve_parallel_guesses_are_all_counted_and_only_five_are_checked(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    answers = guess_in_parallel(engine, [f"{1000 + i}" for i in range(12)])
    wrong = [a for a in answers if a == "wrong name or PIN"]
    locked = [a for a in answers if a.startswith("too many wrong PINs")]
    assert (len(wrong), len(locked)) == (MAX_PIN_ATTEMPTS, 12 - MAX_PIN_ATTEMPTS), answers
    row = user(engine)
    assert row.failed_pin_attempts == MAX_PIN_ATTEMPTS
    assert row.locked_until is not None and row.locked_until > utcnow()
    # even the right PIN waits for the lock to run out
    with pytest.raises(SignInRefused, match="too many wrong PINs"):
        sign_in_with_pin(UnitOfWork(engine), USER, "3456")


def expire_lock(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(UserRow).where(UserRow.name == USER)).one()
        row.locked_until = utcnow() - timedelta(seconds=1)
        uow.commit()


def lock_left(engine: Engine) -> timedelta:
    locked_until = user(engine).locked_until
    assert locked_until is not None
    return locked_until - utcnow()


def test_each_lock_out_lasts_longer_than_the_one_before_until_the_right_pin(engine: Engine) -> None:
    seed_small_shop(engine, orders=1)
    lengths = []
    for _ in range(3):
        for _ in range(MAX_PIN_ATTEMPTS):
            with pytest.raises(SignInRefused, match="wrong name or PIN"):
                sign_in_with_pin(UnitOfWork(engine), USER, "0000")
        with pytest.raises(SignInRefused, match="too many wrong PINs"):
            sign_in_with_pin(UnitOfWork(engine), USER, "0000")
        lengths.append(lock_left(engine).total_seconds())
        expire_lock(engine)
    assert LOCK_SECONDS - 60 < lengths[0] <= LOCK_SECONDS
    assert 2 * LOCK_SECONDS - 60 < lengths[1] <= 2 * LOCK_SECONDS
    assert 4 * LOCK_SECONDS - 60 < lengths[2] <= 4 * LOCK_SECONDS
    # the right PIN signs in and starts the count again from the first, short lock-out
    assert sign_in_with_pin(UnitOfWork(engine), USER, "3456").name == USER
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(SignInRefused, match="wrong name or PIN"):
            sign_in_with_pin(UnitOfWork(engine), USER, "0000")
    assert LOCK_SECONDS - 60 < lock_left(engine).total_seconds() <= LOCK_SECONDS
