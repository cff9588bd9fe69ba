"""products.hs_code, products.origin_country: what a customs declaration says of a product

A parcel leaving the customs union carries customs information per product (issue 22):
the Harmonized System code and the country of origin, set by the admin on the product.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-27 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): a batch copy would drop tables others refer to.
    op.add_column('products', sa.Column('hs_code', sa.String(length=12), nullable=False,
                                        server_default=''))
    op.add_column('products', sa.Column('origin_country', sa.String(length=2), nullable=False,
                                        server_default=''))


def downgrade() -> None:
    op.drop_column('products', 'origin_country')
    op.drop_column('products', 'hs_code')
