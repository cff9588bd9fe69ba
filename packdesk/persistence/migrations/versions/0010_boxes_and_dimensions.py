"""boxes and dimensions: box presets, product sizes and learned weights, the box and the
measured weight on each shipment, the station's scale settings

Revision ID: 0010
Revises: 0006
Create Date: 2026-11-27 14:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0006'
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
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('length_mm', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('width_mm', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('height_mm', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('learned_weight_g', sa.Integer(), nullable=True))
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('box_code', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('measured_weight_g', sa.Integer(), nullable=True))
    with op.batch_alter_table('stations', schema=None) as batch_op:
        # Existing stations get an empty JSON object: no scale, the station works as before.
        batch_op.add_column(sa.Column('scale_settings', sa.JSON(), nullable=False,
                                      server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table('stations', schema=None) as batch_op:
        batch_op.drop_column('scale_settings')
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.drop_column('measured_weight_g')
        batch_op.drop_column('box_code')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('learned_weight_g')
        batch_op.drop_column('height_mm')
        batch_op.drop_column('width_mm')
        batch_op.drop_column('length_mm')
    op.drop_table('boxes')
