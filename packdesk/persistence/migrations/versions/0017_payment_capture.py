"""payment at ship: the store's payment state per order, and each capture recorded before
it is sent (issue 24)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-27 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment', sa.JSON(), nullable=True))
    op.create_table('payment_captures',
    sa.Column('id', _ID, nullable=False),
    sa.Column('order_id', _ID, nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('authorization_id', sa.String(length=120), nullable=False),
    sa.Column('amount', sa.String(length=20), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('transaction_id', sa.String(length=120), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('waived_by', sa.String(length=80), nullable=True),
    sa.Column('waived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_payment_captures_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_captures')),
    sa.UniqueConstraint('order_id', name=op.f('uq_payment_captures_order_id'))
    )


def downgrade() -> None:
    op.drop_table('payment_captures')
    op.drop_column('orders', 'payment')
