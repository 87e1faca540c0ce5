"""The manager's review: the daily document audit (runs, scope, findings).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_audit_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("orders_checked", sa.Integer(), nullable=False),
        sa.Column("findings_new", sa.Integer(), nullable=False),
        sa.Column("run_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("run_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["run_by_id"], ["users.id"], name=op.f("fk_document_audit_runs_run_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_audit_runs")),
    )
    with op.batch_alter_table("document_audit_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_audit_runs_day"), ["day"], unique=False)

    op.create_table(
        "document_audit_scope",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_document_audit_scope_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_document_audit_scope_user_id_users")),
        sa.PrimaryKeyConstraint("day", "order_id", "user_id", name=op.f("pk_document_audit_scope")),
    )
    with op.batch_alter_table("document_audit_scope", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_audit_scope_user_id"), ["user_id"], unique=False)

    op.create_table(
        "document_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("found_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name=op.f("fk_document_findings_decided_by_id_users")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["work_orders.id"], name=op.f("fk_document_findings_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["users.id"], name=op.f("fk_document_findings_responsible_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_findings")),
        sa.UniqueConstraint("day", "order_id", "rule", "fingerprint", name="uq_document_findings_same"),
    )
    with op.batch_alter_table("document_findings", schema=None) as batch_op:
        batch_op.create_index("ix_document_findings_day_status", ["day", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_findings_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_findings_responsible_id"), ["responsible_id"], unique=False)

    op.create_index("ix_work_orders_updated_at", "work_orders", ["updated_at"])
    op.create_index("ix_qc_signoffs_signed_at", "qc_signoffs", ["signed_at"])
    op.create_index("ix_extra_work_recorded_at", "extra_work", ["recorded_at"])


def downgrade() -> None:
    op.drop_index("ix_extra_work_recorded_at", "extra_work")
    op.drop_index("ix_qc_signoffs_signed_at", "qc_signoffs")
    op.drop_index("ix_work_orders_updated_at", "work_orders")
    with op.batch_alter_table("document_findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_findings_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_document_findings_order_id"))
        batch_op.drop_index("ix_document_findings_day_status")

    op.drop_table("document_findings")
    with op.batch_alter_table("document_audit_scope", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_audit_scope_user_id"))

    op.drop_table("document_audit_scope")
    with op.batch_alter_table("document_audit_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_audit_runs_day"))

    op.drop_table("document_audit_runs")
