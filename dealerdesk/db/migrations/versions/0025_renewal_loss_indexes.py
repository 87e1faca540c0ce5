"""Indexes for the loss analysis (战败分析): a month's closed follow-ups, the trend and each weekly plan's
calls and wins are read from indexes alone (bench/bench_renewal_losses.py: 668 ms before them).

Plain CREATE INDEX (no batch rebuild): the renewal tables carry CHECK constraints and triggers.

Revision ID: 0025
Revises: 0024
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

INDEXES = (
    (
        "ix_renewal_followups_closed_cover",
        "renewal_followups",
        ["closed_at", "stage", "loss_reason", "loss_insurer", "specialist_id"],
    ),
    ("ix_renewal_calls_called_followup", "renewal_calls", ["called_at", "followup_id"]),
    ("ix_renewal_plan_entries_cover", "renewal_plan_entries", ["plan_id", "specialist_id", "followup_id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
