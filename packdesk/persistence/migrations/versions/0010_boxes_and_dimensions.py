"""boxes and dimensions: box presets, product sizes and learned weights, the box and the
measured weight on each shipment, the station's scale settings

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-27 14:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'boxes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('length_mm', sa.Integer(), nullable=False),
        sa.Column('width_mm', sa.Integer(), nullable=False),
        sa.Column('height_mm', sa.Integer(), nullable=False),
        sa.Column('tare_g', sa.Integer(), nullable=False),
        sa.Column('barcode', sa.String(length=70), nullable=True),
        sa.Column('stock', sa.Integer(), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_boxes')),
        sa.UniqueConstraint('barcode', name=op.f('uq_boxes_barcode')),
        sa.UniqueConstraint('code', name=op.f('uq_boxes_code')),
    )
    # Plain ADD COLUMN (no batch copy: SQLite cannot drop a table others refer to).
    op.add_column('products', sa.Column('length_mm', sa.Integer(), nullable=True))
    op.add_column('products', sa.Column('width_mm', sa.Integer(), nullable=True))
    op.add_column('products', sa.Column('height_mm', sa.Integer(), nullable=True))
    op.add_column('products', sa.Column('learned_weight_g', sa.Integer(), nullable=True))
    op.add_column('shipments', sa.Column('box_code', sa.String(length=20), nullable=True))
    op.add_column('shipments', sa.Column('measured_weight_g', sa.Integer(), nullable=True))
    # Existing stations get an empty JSON object: no scale, the station works as before.
    op.add_column('stations', sa.Column('scale_settings', sa.JSON(), nullable=False,
                                        server_default=sa.text("'{}'")))


def downgrade() -> None:
    # DROP COLUMN directly (SQLite 3.35+ and PostgreSQL): none of these is indexed.
    op.drop_column('stations', 'scale_settings')
    for column in ('measured_weight_g', 'box_code'):
        op.drop_column('shipments', column)
    for column in ('learned_weight_g', 'height_mm', 'width_mm', 'length_mm'):
        op.drop_column('products', column)
    op.drop_table('boxes')
