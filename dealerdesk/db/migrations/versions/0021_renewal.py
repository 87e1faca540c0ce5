"""Insurance renewal (续保): policies, follow-up records, their append-only call log, the weekly plan.

The CHECK constraints hold the follow-up rules for any writer (a lost record has a reason, an
open record that was called knows its next call); the call log is append-only on both backends.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.db.guards import append_only_guards, drop_append_only_guards

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "renewal_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("built_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("built_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["built_by_id"], ["users.id"], name=op.f("fk_renewal_plans_built_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_plans")),
        sa.UniqueConstraint("week_start", name=op.f("uq_renewal_plans_week_start")),
    )
    op.create_table(
        "insurance_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("policy_year", sa.Integer(), nullable=False),
        sa.Column("insurer", sa.String(length=60), nullable=False),
        sa.Column("policy_no", sa.String(length=40), nullable=False),
        sa.Column("compulsory_expiry", sa.Date(), nullable=True),
        sa.Column("commercial_expiry", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("premium_fen", sa.Integer(), nullable=False),
        sa.Column("last_year_insurer", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "(due_on = compulsory_expiry OR due_on = commercial_expiry) "
            "AND (compulsory_expiry IS NULL OR due_on <= compulsory_expiry) "
            "AND (commercial_expiry IS NULL OR due_on <= commercial_expiry)",
            name=op.f("ck_insurance_policies_due_is_earlier_expiry"),
        ),
        sa.CheckConstraint(
            "compulsory_expiry IS NOT NULL OR commercial_expiry IS NOT NULL",
            name=op.f("ck_insurance_policies_has_expiry"),
        ),
        sa.CheckConstraint("premium_fen >= 0", name=op.f("ck_insurance_policies_premium_not_negative")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_insurance_policies_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["vehicles.id"], name=op.f("fk_insurance_policies_vehicle_id_vehicles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_policies")),
        sa.UniqueConstraint("vehicle_id", "policy_year", name="uq_insurance_policies_vehicle_year"),
    )
    with op.batch_alter_table("insurance_policies", schema=None) as batch_op:
        batch_op.create_index("ix_insurance_policies_due_on", ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_insurance_policies_vehicle_id"), ["vehicle_id"], unique=False)

    op.create_table(
        "renewal_followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("policy_year", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=True),
        sa.Column("next_call_on", sa.Date(), nullable=True),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.Column("quote_insurer", sa.String(length=60), nullable=False),
        sa.Column("quote_premium_fen", sa.Integer(), nullable=True),
        sa.Column("quote_discount_fen", sa.Integer(), nullable=True),
        sa.Column("loss_reason", sa.String(length=20), nullable=True),
        sa.Column("loss_insurer", sa.String(length=60), nullable=False),
        sa.Column("closed_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "(stage = 'lost') = (loss_reason IS NOT NULL)", name=op.f("ck_renewal_followups_lost_has_reason")
        ),
        sa.CheckConstraint(
            "(stage IN ('won', 'lost')) = (closed_at IS NOT NULL)", name=op.f("ck_renewal_followups_closed_when_final")
        ),
        sa.CheckConstraint(
            "loss_reason IS NULL OR loss_reason <> 'insured_elsewhere' OR loss_insurer <> ''",
            name=op.f("ck_renewal_followups_elsewhere_named"),
        ),
        sa.CheckConstraint(
            "stage IN ('follow_up', 'invite', 'lost', 'quote', 'visit', 'won')",
            name=op.f("ck_renewal_followups_stage_known"),
        ),
        sa.CheckConstraint(
            "stage IN ('won', 'lost') OR calls = 0 OR next_call_on IS NOT NULL",
            name=op.f("ck_renewal_followups_next_call_known"),
        ),
        sa.CheckConstraint(
            "(quote_premium_fen IS NULL OR quote_premium_fen > 0) "
            "AND (quote_discount_fen IS NULL OR quote_discount_fen >= 0)",
            name=op.f("ck_renewal_followups_quote_positive"),
        ),
        sa.ForeignKeyConstraint(["closed_by_id"], ["users.id"], name=op.f("fk_renewal_followups_closed_by_id_users")),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["insurance_policies.id"], name=op.f("fk_renewal_followups_policy_id_insurance_policies")
        ),
        sa.ForeignKeyConstraint(["specialist_id"], ["users.id"], name=op.f("fk_renewal_followups_specialist_id_users")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_renewal_followups_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_followups")),
        sa.UniqueConstraint("policy_id", name=op.f("uq_renewal_followups_policy_id")),
    )
    with op.batch_alter_table("renewal_followups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewal_followups_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_followups_next_call_on"), ["next_call_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_followups_specialist_id"), ["specialist_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_followups_stage"), ["stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_followups_vehicle_id"), ["vehicle_id"], unique=False)

    op.create_table(
        "renewal_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("called_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("connected", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("quote_insurer", sa.String(length=60), nullable=False),
        sa.Column("quote_premium_fen", sa.Integer(), nullable=True),
        sa.Column("quote_discount_fen", sa.Integer(), nullable=True),
        sa.Column("next_call_on", sa.Date(), nullable=True),
        sa.Column("stage_before", sa.String(length=12), nullable=False),
        sa.Column("stage_after", sa.String(length=12), nullable=False),
        sa.Column("loss_reason", sa.String(length=20), nullable=True),
        sa.Column("loss_insurer", sa.String(length=60), nullable=False),
        sa.CheckConstraint(
            "connected = (outcome IN ('call_back', 'reached', 'refused'))",
            name=op.f("ck_renewal_calls_connected_matches_outcome"),
        ),
        sa.CheckConstraint(
            "outcome IN ('busy', 'call_back', 'no_answer', 'reached', 'refused', 'switched_off', 'wrong_number')",
            name=op.f("ck_renewal_calls_outcome_known"),
        ),
        sa.CheckConstraint(
            "(quote_premium_fen IS NULL OR quote_premium_fen > 0) "
            "AND (quote_discount_fen IS NULL OR quote_discount_fen >= 0)",
            name=op.f("ck_renewal_calls_quote_positive"),
        ),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"], name=op.f("fk_renewal_calls_by_id_users")),
        sa.ForeignKeyConstraint(
            ["followup_id"], ["renewal_followups.id"], name=op.f("fk_renewal_calls_followup_id_renewal_followups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_calls")),
    )
    with op.batch_alter_table("renewal_calls", schema=None) as batch_op:
        batch_op.create_index("ix_renewal_calls_by_called", ["by_id", "called_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_calls_called_at"), ["called_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_calls_followup_id"), ["followup_id"], unique=False)

    op.create_table(
        "renewal_plan_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("specialist_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("first_contact", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["renewal_followups.id"],
            name=op.f("fk_renewal_plan_entries_followup_id_renewal_followups"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["renewal_plans.id"], name=op.f("fk_renewal_plan_entries_plan_id_renewal_plans")
        ),
        sa.ForeignKeyConstraint(
            ["specialist_id"], ["users.id"], name=op.f("fk_renewal_plan_entries_specialist_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_plan_entries")),
        sa.UniqueConstraint("plan_id", "followup_id", name="uq_renewal_plan_entries_plan_followup"),
    )
    with op.batch_alter_table("renewal_plan_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewal_plan_entries_followup_id"), ["followup_id"], unique=False)
        batch_op.create_index("ix_renewal_plan_entries_specialist", ["plan_id", "specialist_id"], unique=False)
    for statement in append_only_guards(op.get_bind().dialect.name, "renewal_calls"):
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_append_only_guards(op.get_bind().dialect.name, "renewal_calls"):
        op.execute(statement)
    with op.batch_alter_table("renewal_plan_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_renewal_plan_entries_specialist")
        batch_op.drop_index(batch_op.f("ix_renewal_plan_entries_followup_id"))

    op.drop_table("renewal_plan_entries")
    with op.batch_alter_table("renewal_calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_renewal_calls_followup_id"))
        batch_op.drop_index(batch_op.f("ix_renewal_calls_called_at"))
        batch_op.drop_index("ix_renewal_calls_by_called")

    op.drop_table("renewal_calls")
    with op.batch_alter_table("renewal_followups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_renewal_followups_vehicle_id"))
        batch_op.drop_index(batch_op.f("ix_renewal_followups_stage"))
        batch_op.drop_index(batch_op.f("ix_renewal_followups_specialist_id"))
        batch_op.drop_index(batch_op.f("ix_renewal_followups_next_call_on"))
        batch_op.drop_index(batch_op.f("ix_renewal_followups_closed_at"))

    op.drop_table("renewal_followups")
    with op.batch_alter_table("insurance_policies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_insurance_policies_vehicle_id"))
        batch_op.drop_index("ix_insurance_policies_due_on")

    op.drop_table("insurance_policies")
    op.drop_table("renewal_plans")
