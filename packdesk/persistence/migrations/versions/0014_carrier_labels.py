"""carrier labels: a carrier's shipment recorded before its label is bought (issue 22)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('carrier_labels',
    sa.Column('id', _ID, nullable=False),
    sa.Column('order_id', _ID, nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('shipment_id', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('buy_attempts', sa.Integer(), nullable=False),
    sa.Column('carrier', sa.String(length=40), nullable=False),
    sa.Column('service', sa.String(length=80), nullable=False),
    sa.Column('rate', sa.String(length=20), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('tracking_number', sa.String(length=80), nullable=False),
    sa.Column('label_format', sa.String(length=8), nullable=False),
    sa.Column('label', sa.LargeBinary(), nullable=True),
    sa.Column('refund_status', sa.String(length=20), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_carrier_labels_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carrier_labels'))
    )
    op.create_index(op.f('ix_carrier_labels_order_id'), 'carrier_labels', ['order_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_carrier_labels_order_id'), table_name='carrier_labels')
    op.drop_table('carrier_labels')
