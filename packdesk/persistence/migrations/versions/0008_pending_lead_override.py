"""pending lead override: the order line a packer asked a lead to vouch for

The station keeps it on the order row (not on the window), so the lead's badge scan that
follows overrides that line on any station front end, and a restart keeps the request.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 13:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'override_line_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))


def downgrade() -> None:
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): batch mode would copy the orders
    # table, which the foreign keys of its child tables refuse while they hold rows.
    op.drop_column('orders', 'override_line_id')
