"""store source names up to 200 characters (the full normalised base URL, never cut)

A store's source name is ``kind:host[:port][/path]``; the orders' ``source``, the outbox's
``destination`` and the quarantine's ``source`` hold it whole (issue 18: two shops on one
host, or two long host names, were cut to one 40-character name and became one source).

On SQLite the declared length is not enforced and does not change how a value is kept, so
the table definitions are rewritten in place (SQLite's documented procedure for changes
that do not touch stored content) instead of copying the orders table.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 13:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_COLUMNS = [("orders", "source"), ("outbox_messages", "destination"),
            ("quarantined_payloads", "source")]


def _sqlite_declared_length(old: int, new: int) -> None:
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema=ON")
    try:
        for table, column in _COLUMNS:
            bind.exec_driver_sql(
                "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?",
                (f"{column} VARCHAR({old}) NOT NULL", f"{column} VARCHAR({new}) NOT NULL", table),
            )
        bind.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema=OFF")


def _change(old: int, new: int) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_declared_length(old, new)
        return
    for table, column in _COLUMNS:
        op.alter_column(table, column, existing_type=sa.String(length=old),
                        type_=sa.String(length=new), existing_nullable=False)


def upgrade() -> None:
    _change(40, 200)


def downgrade() -> None:
    _change(200, 40)
