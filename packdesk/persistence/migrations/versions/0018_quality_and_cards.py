"""quality checks at the bench: checklists, the unit under check, the failures; product tags

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-27 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): a batch copy would drop tables others refer to.
    op.add_column('products', sa.Column('tags', sa.JSON(), nullable=False,
                                        server_default=sa.text("'[]'")))
    op.add_column('orders', sa.Column('qc_line_id', BigId, nullable=True))
    op.add_column('orders', sa.Column('qc_passed', sa.JSON(), nullable=True))
    op.create_table('quality_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=True),
    sa.Column('tag', sa.String(length=60), nullable=True),
    sa.Column('text', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_checks'))
    )
    op.create_index(op.f('ix_quality_checks_sku'), 'quality_checks', ['sku'], unique=False)
    op.create_table('quality_failures',
    sa.Column('id', BigId, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('station', sa.String(length=80), nullable=False),
    sa.Column('user_name', sa.String(length=80), nullable=True),
    sa.Column('order_id', BigId, nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=120), nullable=False),
    sa.Column('replacement_bin', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_quality_failures_order_id_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_failures'))
    )
    op.create_index('ix_quality_failures_at', 'quality_failures', ['at'], unique=False)
    op.create_index(op.f('ix_quality_failures_order_id'), 'quality_failures', ['order_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_quality_failures_order_id'), table_name='quality_failures')
    op.drop_index('ix_quality_failures_at', table_name='quality_failures')
    op.drop_table('quality_failures')
    op.drop_index(op.f('ix_quality_checks_sku'), table_name='quality_checks')
    op.drop_table('quality_checks')
    op.drop_column('orders', 'qc_passed')  # SQLite 3.35+ drops a column in place
    op.drop_column('orders', 'qc_line_id')
    op.drop_column('products', 'tags')
