"""Customer care's saved segments and loyalty rounds (a period is rewarded once).

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_UTC = dealerdesk.db.base.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "care_segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _UTC(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_care_segments_created_by_id_users")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name=op.f("fk_care_segments_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_segments")),
        sa.UniqueConstraint("name", name=op.f("uq_care_segments_name")),
    )
    op.create_table(
        "loyalty_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("min_visits", sa.Integer(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["issued_by_id"], ["users.id"], name=op.f("fk_loyalty_rounds_issued_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_rounds")),
        sa.UniqueConstraint("period", name=op.f("uq_loyalty_rounds_period")),
    )
    op.create_table(
        "loyalty_rewards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["loyalty_rounds.id"], name=op.f("fk_loyalty_rewards_round_id_loyalty_rounds")
        ),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_loyalty_rewards_vehicle_id_vehicles")),
        sa.ForeignKeyConstraint(["voucher_id"], ["vouchers.id"], name=op.f("fk_loyalty_rewards_voucher_id_vouchers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_rewards")),
        sa.UniqueConstraint("round_id", "vehicle_id", name="uq_loyalty_rewards_round_vehicle"),
        sa.UniqueConstraint("voucher_id", name=op.f("uq_loyalty_rewards_voucher_id")),
    )
    with op.batch_alter_table("loyalty_rewards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loyalty_rewards_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loyalty_rewards_vehicle_id"), ["vehicle_id"], unique=False)


def downgrade() -> None:
    op.drop_table("loyalty_rewards")
    op.drop_table("loyalty_rounds")
    op.drop_table("care_segments")
