"""The self-check (QC level 1) is signed by a technician of the order's labour lines.

Any technician, or a team lead holding the technician role, could sign the self-check
of an order they never worked on (issue 12). The services refuse it with a message
(domain/qc_rules.sign_refusal); this trigger is the last line, as migration 0003's are.
Signatures already stored are left as they are: the trigger guards new ones.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

from dealerdesk.db.pg_triggers import create_guard

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER qc_signoffs_self_check_guard BEFORE INSERT ON qc_signoffs
WHEN NEW.level = 1
BEGIN
    SELECT RAISE(ABORT, 'qc_signoffs: the self-check signer has no labour line on the order')
    WHERE NOT EXISTS (
        SELECT 1 FROM labour_lines l JOIN qc_rounds r ON r.order_id = l.order_id
        WHERE r.id = NEW.round_id AND l.technician_id = NEW.signer_id
    );
END"""


# The PL/pgSQL twin (SQLite's WHEN folded into the condition).
PG_GUARD = (
    "NEW.level = 1 AND NOT EXISTS (SELECT 1 FROM labour_lines l JOIN qc_rounds r ON r.order_id = l.order_id "
    "WHERE r.id = NEW.round_id AND l.technician_id = NEW.signer_id)",
    "qc_signoffs: the self-check signer has no labour line on the order",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in create_guard("qc_signoffs_self_check_guard", "qc_signoffs", "BEFORE INSERT", [PG_GUARD]):
            op.execute(statement)
    else:
        op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER qc_signoffs_self_check_guard ON qc_signoffs")
        op.execute("DROP FUNCTION qc_signoffs_self_check_guard()")
    else:
        op.execute("DROP TRIGGER qc_signoffs_self_check_guard")
