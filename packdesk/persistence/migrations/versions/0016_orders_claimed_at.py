"""orders.claimed_at: when the station holding an order took it

The pick walk reserves stock for the orders in hand in the order they were claimed
(issue 18 point 8): an order's walk counts the units the orders claimed before it still
have to pick as taken, so two stations are never sent for the same last unit.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), as 0008 does.
    op.drop_column('orders', 'claimed_at')
