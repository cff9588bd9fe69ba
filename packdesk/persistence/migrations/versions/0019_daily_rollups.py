"""daily roll-ups of the dashboard statistics for closed days

The shift lead's figures over months are read from one row per closed day, packer and
station (and one per day and hour) instead of every order's facts; only today and days not
yet rolled up are read live (services/rollups.py). The tables start empty: the first
statistics read rolls up the closed days. And two indexes for what stays live: a partial
index of the orders on hold (the dashboard lists them longest-held first) and the scans of
an order covering what the statistics count of an order not yet shipped (it replaces the
plain index on scan_events.order_id).

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-27 17:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def _figures() -> list[sa.Column[Any]]:
    return [
        sa.Column('shipped', sa.Integer(), nullable=False),
        sa.Column('orders', sa.Integer(), nullable=False),
        sa.Column('units', sa.Integer(), nullable=False),
        sa.Column('pick_total', sa.BigInteger(), nullable=False),
        sa.Column('picks', sa.Integer(), nullable=False),
        sa.Column('pack_total', sa.BigInteger(), nullable=False),
        sa.Column('packs', sa.Integer(), nullable=False),
        sa.Column('first_s', sa.BigInteger(), nullable=True),
        sa.Column('last_s', sa.BigInteger(), nullable=True),
        sa.Column('item_scans', sa.Integer(), nullable=False),
        sa.Column('misscans', sa.Integer(), nullable=False),
        sa.Column('short_picks', sa.Integer(), nullable=False),
        sa.Column('overrides', sa.Integer(), nullable=False),
        sa.Column('times_from', sa.Integer(), nullable=False),
        sa.Column('times', sa.LargeBinary(), nullable=False),
    ]


_HELD = ['updated_at', 'number', 'hold_reason', 'held_from', 'claimed_user', 'claimed_station',
         'status']
_HELD_WHERE = "status = 'on_hold'"


_SCAN_COVER = ['order_id', 'at', 'phase', 'outcome', 'user_name', 'station']


def upgrade() -> None:
    # An order's scans read from the index alone (the statistics' unshipped orders).
    op.create_index('ix_scan_events_order_cover', 'scan_events', _SCAN_COVER, unique=False)
    op.drop_index('ix_scan_events_order_id', table_name='scan_events')
    op.create_index('ix_orders_held', 'orders', _HELD, unique=False,
                    sqlite_where=sa.text(_HELD_WHERE), postgresql_where=sa.text(_HELD_WHERE))
    op.create_table('rollup_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_s', sa.BigInteger(), nullable=False),
    sa.Column('end_s', sa.BigInteger(), nullable=False),
    sa.Column('utc_offset_minutes', sa.Integer(), nullable=False),
    sa.Column('rolled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_rollup_days'))
    )
    op.create_index('ix_rollup_days_start_s', 'rollup_days', ['start_s'], unique=False)
    op.create_table('daily_rollups',
    *_figures(),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('packer', sa.String(length=80), nullable=False),
    sa.Column('station', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['day'], ['rollup_days.day'], name=op.f('fk_daily_rollups_day_rollup_days'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('day', 'packer', 'station', name=op.f('pk_daily_rollups'))
    )
    op.create_table('hourly_rollups',
    *_figures(),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('hour', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['day'], ['rollup_days.day'], name=op.f('fk_hourly_rollups_day_rollup_days'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('day', 'hour', name=op.f('pk_hourly_rollups'))
    )


def downgrade() -> None:
    op.drop_table('hourly_rollups')
    op.drop_table('daily_rollups')
    op.drop_index('ix_rollup_days_start_s', table_name='rollup_days')
    op.drop_table('rollup_days')
    op.drop_index('ix_orders_held', table_name='orders')
    op.create_index('ix_scan_events_order_id', 'scan_events', ['order_id'], unique=False)
    op.drop_index('ix_scan_events_order_cover', table_name='scan_events')
