"""pictures: each line's and product's photo URL; the parcel photos taken at the bench

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-27 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): a batch copy would drop tables others refer to.
    op.add_column('order_lines', sa.Column('image_url', sa.String(length=1000), nullable=False,
                                           server_default=''))
    op.add_column('products', sa.Column('image_url', sa.String(length=1000), nullable=True))
    op.create_table('parcel_photos',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('order_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('station', sa.String(length=80), nullable=False),
    sa.Column('user_name', sa.String(length=80), nullable=True),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('moment', sa.String(length=12), nullable=False),
    sa.Column('path', sa.String(length=500), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_parcel_photos_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel_photos'))
    )
    op.create_index('ix_parcel_photos_taken_at', 'parcel_photos', ['taken_at'], unique=False)
    op.create_index(op.f('ix_parcel_photos_order_id'), 'parcel_photos', ['order_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_parcel_photos_order_id'), table_name='parcel_photos')
    op.drop_index('ix_parcel_photos_taken_at', table_name='parcel_photos')
    op.drop_table('parcel_photos')
    op.drop_column('products', 'image_url')  # SQLite 3.35+ drops a column in place
    op.drop_column('order_lines', 'image_url')
