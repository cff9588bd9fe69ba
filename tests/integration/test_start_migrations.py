"""Opening a database at start: migrations still applied, Alembic not loaded when none are due.

The cold-start benchmark found Alembic's import a fifth of a second of every start; the
database now says itself whether it is at the newest migration.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from packdesk.persistence.db import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    upgrade,
)

ROOT = Path(__file__).resolve().parents[2]


def test_a_database_one_migration_behind_is_upgraded(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'behind.db'}")
    head = head_revision(engine)
    assert head is not None
    # The head's own down revision (numbers may skip while branches land in any order).
    previous = ScriptDirectory.from_config(alembic_config(engine)).get_revision(head).down_revision
    assert isinstance(previous, str)
    command.upgrade(alembic_config(engine), previous)
    assert current_revision(engine) == previous
    upgrade(engine)
    assert current_revision(engine) == head
    engine.dispose()


def test_a_new_database_is_created_at_the_head(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()


def test_opening_a_database_at_the_head_does_not_load_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ready.db'}"
    open_database(url).dispose()
    code = ("import sys; from packdesk.persistence.db import open_database;"
            f"open_database({url!r}).dispose(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True)
    assert done.stdout.strip() == "False"
