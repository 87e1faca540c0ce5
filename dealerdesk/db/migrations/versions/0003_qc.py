"""Quality-control rounds, signatures and item results, and the triggers that guard them.

The services check every sign-off rule first and say why in the user's language; the
triggers are the last line: whatever path writes to the database (a bug, a script, a
hand-typed INSERT), a signature out of order, by the wrong person or over a signed
record is aborted.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.db.pg_triggers import Guard, create_guard, drop_guard

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Level -> the role that signs it (domain/qc_rules.LEVEL_ROLES, repeated: migrations are frozen).
_LEVEL_ROLE = (
    "CASE NEW.level WHEN 1 THEN 'technician' WHEN 2 THEN 'team_lead' WHEN 3 THEN 'qc_inspector' "
    "WHEN 4 THEN 'advisor' END"
)

TRIGGERS: dict[str, str] = {
    # A signature is inserted valid, at a level whose lower level passed in the same
    # round, by someone holding the level's role who signed no lower level of the round
    # (voided signatures included: whoever checked the car once is not independent).
    "qc_signoffs_insert_guard": f"""
CREATE TRIGGER qc_signoffs_insert_guard BEFORE INSERT ON qc_signoffs
BEGIN
    SELECT RAISE(ABORT, 'qc_signoffs: a new signature cannot be voided already')
    WHERE NEW.voided_at IS NOT NULL OR NEW.voided_by_id IS NOT NULL;
    SELECT RAISE(ABORT, 'qc_signoffs: level must be 1 to 4')
    WHERE NEW.level NOT BETWEEN 1 AND 4;
    SELECT RAISE(ABORT, 'qc_signoffs: outcome must be pass or fail')
    WHERE NEW.outcome NOT IN ('pass', 'fail');
    SELECT RAISE(ABORT, 'qc_signoffs: the QC round is not in progress')
    WHERE (SELECT status FROM qc_rounds WHERE id = NEW.round_id) IS NOT 'in_progress';
    SELECT RAISE(ABORT, 'qc_signoffs: the level below has no valid passed signature in this round')
    WHERE NEW.level > 1 AND NOT EXISTS (
        SELECT 1 FROM qc_signoffs s
        WHERE s.round_id = NEW.round_id AND s.level = NEW.level - 1 AND s.voided_at IS NULL AND s.outcome = 'pass'
    );
    SELECT RAISE(ABORT, 'qc_signoffs: the signer signed a lower level of this round')
    WHERE EXISTS (
        SELECT 1 FROM qc_signoffs s
        WHERE s.round_id = NEW.round_id AND s.level < NEW.level AND s.signer_id = NEW.signer_id
    );
    SELECT RAISE(ABORT, 'qc_signoffs: the signer lacks the role of this level')
    WHERE NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.signer_id AND r.role = {_LEVEL_ROLE});
END""",
    # A signature is final: the one change allowed is a manager voiding it once, with a
    # reason, from the top level down (a level never stays signed over a reopened one).
    "qc_signoffs_update_guard": """
CREATE TRIGGER qc_signoffs_update_guard BEFORE UPDATE ON qc_signoffs
BEGIN
    SELECT RAISE(ABORT, 'qc_signoffs: a signature is final; it can only be voided once, with a reason')
    WHERE OLD.voided_at IS NOT NULL
       OR NEW.voided_at IS NULL
       OR NEW.voided_by_id IS NULL
       OR trim(coalesce(NEW.void_reason, '')) = ''
       OR NEW.id IS NOT OLD.id
       OR NEW.round_id IS NOT OLD.round_id
       OR NEW.level IS NOT OLD.level
       OR NEW.signer_id IS NOT OLD.signer_id
       OR NEW.signed_at IS NOT OLD.signed_at
       OR NEW.outcome IS NOT OLD.outcome;
    SELECT RAISE(ABORT, 'qc_signoffs: only a service manager can void a signature')
    WHERE NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.voided_by_id AND r.role = 'manager');
    SELECT RAISE(ABORT, 'qc_signoffs: void the higher levels of the round first')
    WHERE EXISTS (
        SELECT 1 FROM qc_signoffs s WHERE s.round_id = OLD.round_id AND s.level > OLD.level AND s.voided_at IS NULL
    );
END""",
    "qc_signoffs_no_delete": """
CREATE TRIGGER qc_signoffs_no_delete BEFORE DELETE ON qc_signoffs
BEGIN
    SELECT RAISE(ABORT, 'qc_signoffs: signatures are never deleted');
END""",
    # Results join a signature only by signing: a draft row (signoff_id NULL) is attached
    # to the valid signature of its own round and level, once per item; from then on it
    # is part of the signed record and never changes, even after the signature is voided.
    "qc_item_results_insert_guard": """
CREATE TRIGGER qc_item_results_insert_guard BEFORE INSERT ON qc_item_results
BEGIN
    SELECT RAISE(ABORT, 'qc_item_results: a result is inserted unsigned and attached by signing')
    WHERE NEW.signoff_id IS NOT NULL;
END""",
    "qc_item_results_update_guard": """
CREATE TRIGGER qc_item_results_update_guard BEFORE UPDATE ON qc_item_results
BEGIN
    SELECT RAISE(ABORT, 'qc_item_results: a signed result cannot change')
    WHERE OLD.signoff_id IS NOT NULL;
    SELECT RAISE(ABORT, 'qc_item_results: a result joins a valid signature of its own round and level')
    WHERE NEW.signoff_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM qc_signoffs s
        WHERE s.id = NEW.signoff_id AND s.round_id = NEW.round_id AND s.level = NEW.level AND s.voided_at IS NULL
    );
    SELECT RAISE(ABORT, 'qc_item_results: the signature already holds a result for this item')
    WHERE NEW.signoff_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM qc_item_results r WHERE r.signoff_id = NEW.signoff_id AND r.item_code = NEW.item_code
    );
END""",
    "qc_item_results_delete_guard": """
CREATE TRIGGER qc_item_results_delete_guard BEFORE DELETE ON qc_item_results
BEGIN
    SELECT RAISE(ABORT, 'qc_item_results: a signed result cannot be deleted')
    WHERE OLD.signoff_id IS NOT NULL;
END""",
}

# The same guards in PL/pgSQL, condition by condition: (trigger, table, event, guards).
PG_TRIGGERS: list[tuple[str, str, str, list[Guard]]] = [
    (
        "qc_signoffs_insert_guard",
        "qc_signoffs",
        "BEFORE INSERT",
        [
            (
                "NEW.voided_at IS NOT NULL OR NEW.voided_by_id IS NOT NULL",
                "qc_signoffs: a new signature cannot be voided already",
            ),
            ("NEW.level NOT BETWEEN 1 AND 4", "qc_signoffs: level must be 1 to 4"),
            ("NEW.outcome NOT IN ('pass', 'fail')", "qc_signoffs: outcome must be pass or fail"),
            (
                "(SELECT status FROM qc_rounds WHERE id = NEW.round_id) IS DISTINCT FROM 'in_progress'",
                "qc_signoffs: the QC round is not in progress",
            ),
            (
                "NEW.level > 1 AND NOT EXISTS (SELECT 1 FROM qc_signoffs s WHERE s.round_id = NEW.round_id "
                "AND s.level = NEW.level - 1 AND s.voided_at IS NULL AND s.outcome = 'pass')",
                "qc_signoffs: the level below has no valid passed signature in this round",
            ),
            (
                "EXISTS (SELECT 1 FROM qc_signoffs s WHERE s.round_id = NEW.round_id AND s.level < NEW.level "
                "AND s.signer_id = NEW.signer_id)",
                "qc_signoffs: the signer signed a lower level of this round",
            ),
            (
                f"NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.signer_id AND r.role = {_LEVEL_ROLE})",
                "qc_signoffs: the signer lacks the role of this level",
            ),
        ],
    ),
    (
        "qc_signoffs_update_guard",
        "qc_signoffs",
        "BEFORE UPDATE",
        [
            (
                "OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL OR NEW.voided_by_id IS NULL "
                "OR trim(coalesce(NEW.void_reason, '')) = '' OR NEW.id IS DISTINCT FROM OLD.id "
                "OR NEW.round_id IS DISTINCT FROM OLD.round_id OR NEW.level IS DISTINCT FROM OLD.level "
                "OR NEW.signer_id IS DISTINCT FROM OLD.signer_id OR NEW.signed_at IS DISTINCT FROM OLD.signed_at "
                "OR NEW.outcome IS DISTINCT FROM OLD.outcome",
                "qc_signoffs: a signature is final; it can only be voided once, with a reason",
            ),
            (
                "NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = NEW.voided_by_id AND r.role = 'manager')",
                "qc_signoffs: only a service manager can void a signature",
            ),
            (
                "EXISTS (SELECT 1 FROM qc_signoffs s WHERE s.round_id = OLD.round_id AND s.level > OLD.level "
                "AND s.voided_at IS NULL)",
                "qc_signoffs: void the higher levels of the round first",
            ),
        ],
    ),
    ("qc_signoffs_no_delete", "qc_signoffs", "BEFORE DELETE", [("true", "qc_signoffs: signatures are never deleted")]),
    (
        "qc_item_results_insert_guard",
        "qc_item_results",
        "BEFORE INSERT",
        [
            (
                "NEW.signoff_id IS NOT NULL",
                "qc_item_results: a result is inserted unsigned and attached by signing",
            )
        ],
    ),
    (
        "qc_item_results_update_guard",
        "qc_item_results",
        "BEFORE UPDATE",
        [
            ("OLD.signoff_id IS NOT NULL", "qc_item_results: a signed result cannot change"),
            (
                "NEW.signoff_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM qc_signoffs s WHERE s.id = NEW.signoff_id "
                "AND s.round_id = NEW.round_id AND s.level = NEW.level AND s.voided_at IS NULL)",
                "qc_item_results: a result joins a valid signature of its own round and level",
            ),
            (
                "NEW.signoff_id IS NOT NULL AND EXISTS (SELECT 1 FROM qc_item_results r "
                "WHERE r.signoff_id = NEW.signoff_id AND r.item_code = NEW.item_code)",
                "qc_item_results: the signature already holds a result for this item",
            ),
        ],
    ),
    (
        "qc_item_results_delete_guard",
        "qc_item_results",
        "BEFORE DELETE",
        [("OLD.signoff_id IS NOT NULL", "qc_item_results: a signed result cannot be deleted")],
    ),
]


def upgrade() -> None:
    op.create_table(
        "qc_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("round_no", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("handover_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("road_test_out_km", sa.Integer(), nullable=True),
        sa.Column("road_test_in_km", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_qc_rounds_order_id_work_orders")),
        sa.ForeignKeyConstraint(["started_by_id"], ["users.id"], name=op.f("fk_qc_rounds_started_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_rounds")),
        sa.UniqueConstraint("order_id", "round_no", name=op.f("uq_qc_rounds_order_id")),
    )
    with op.batch_alter_table("qc_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_rounds_order_id"), ["order_id"], unique=False)
        batch_op.create_index(
            "uq_qc_rounds_order_in_progress",
            ["order_id"],
            unique=True,
            sqlite_where=sa.text("status = 'in_progress'"),
            postgresql_where=sa.text("status = 'in_progress'"),
        )

    op.create_table(
        "qc_signoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("signer_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", dealerdesk.db.base.UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("voided_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["qc_rounds.id"], name=op.f("fk_qc_signoffs_round_id_qc_rounds")),
        sa.ForeignKeyConstraint(["signer_id"], ["users.id"], name=op.f("fk_qc_signoffs_signer_id_users")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_qc_signoffs_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_signoffs")),
    )
    with op.batch_alter_table("qc_signoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_signoffs_round_id"), ["round_id"], unique=False)
        batch_op.create_index(
            "uq_qc_signoffs_round_level_valid",
            ["round_id", "level"],
            unique=True,
            sqlite_where=sa.text("voided_at IS NULL"),
            postgresql_where=sa.text("voided_at IS NULL"),
        )

    op.create_table(
        "qc_item_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("signoff_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("item_code", sa.String(length=64), nullable=False),
        sa.Column("answer", sa.String(length=4), nullable=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", dealerdesk.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["answered_by_id"], ["users.id"], name=op.f("fk_qc_item_results_answered_by_id_users")),
        sa.ForeignKeyConstraint(["round_id"], ["qc_rounds.id"], name=op.f("fk_qc_item_results_round_id_qc_rounds")),
        sa.ForeignKeyConstraint(
            ["signoff_id"], ["qc_signoffs.id"], name=op.f("fk_qc_item_results_signoff_id_qc_signoffs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_item_results")),
    )
    with op.batch_alter_table("qc_item_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_item_results_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_qc_item_results_signoff_id"), ["signoff_id"], unique=False)
        batch_op.create_index(
            "uq_qc_item_results_draft",
            ["round_id", "level", "item_code"],
            unique=True,
            sqlite_where=sa.text("signoff_id IS NULL"),
            postgresql_where=sa.text("signoff_id IS NULL"),
        )

    if op.get_bind().dialect.name == "postgresql":
        for name, table, event, guards in PG_TRIGGERS:
            for statement in create_guard(name, table, event, guards):
                op.execute(statement)
    else:
        for statement in TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _event, _guards in reversed(PG_TRIGGERS):
            for statement in drop_guard(name, table):
                op.execute(statement)
    else:
        for name in reversed(TRIGGERS):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("qc_item_results")
    op.drop_table("qc_signoffs")
    op.drop_table("qc_rounds")
