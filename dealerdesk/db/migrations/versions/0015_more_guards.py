"""Guards found missing on both backends: the database itself refuses

- a QC signature by a deactivated user (whatever wrote it: a script, a stale window);
- an order moved to delivered unless its newest QC round passed with a valid passed
  hand-over check (level 4);
- a QC round marked passed without a valid passed signature at each of the four levels.

The services refuse all three first, with a message; these are the last line.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

from dealerdesk.db.pg_triggers import Guard, create_guard, drop_guard

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_INACTIVE_SIGNER = "NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.signer_id AND u.is_active = TRUE)"
_NO_PASSED_HANDOVER = """NOT EXISTS (
        SELECT 1 FROM qc_rounds r JOIN qc_signoffs s ON s.round_id = r.id
        WHERE r.order_id = NEW.id AND r.status = 'passed'
          AND r.round_no = (SELECT max(r2.round_no) FROM qc_rounds r2 WHERE r2.order_id = NEW.id)
          AND s.level = 4 AND s.outcome = 'pass' AND s.voided_at IS NULL
    )"""
_LEVELS_NOT_ALL_PASSED = """(
        SELECT count(DISTINCT s.level) FROM qc_signoffs s
        WHERE s.round_id = NEW.id AND s.outcome = 'pass' AND s.voided_at IS NULL AND s.level BETWEEN 1 AND 4
    ) < 4"""

# (trigger, table, event, guards); a SQLite trigger is ``BEFORE event`` with a WHEN condition.
GUARDS: list[tuple[str, str, str, list[Guard]]] = [
    (
        "qc_signoffs_active_signer",
        "qc_signoffs",
        "BEFORE INSERT",
        [(_INACTIVE_SIGNER, "qc_signoffs: the signer is deactivated")],
    ),
    (
        "work_orders_delivered_after_handover",
        "work_orders",
        "BEFORE UPDATE OF status",
        [
            (
                f"NEW.status = 'delivered' AND OLD.status <> 'delivered' AND {_NO_PASSED_HANDOVER}",
                "work_orders: delivered only after the newest QC round passed its hand-over check",
            )
        ],
    ),
    (
        "qc_rounds_passed_with_signatures",
        "qc_rounds",
        "BEFORE UPDATE OF status",
        [
            (
                f"NEW.status = 'passed' AND OLD.status <> 'passed' AND {_LEVELS_NOT_ALL_PASSED}",
                "qc_rounds: a round passes only with a valid passed signature at every level",
            )
        ],
    ),
]


def _sqlite_trigger(name: str, table: str, event: str, guards: list[Guard]) -> str:
    checks = "\n".join(f"    SELECT RAISE(ABORT, '{message}') WHERE {condition};" for condition, message in guards)
    return f"CREATE TRIGGER {name} {event} ON {table}\nBEGIN\n{checks}\nEND"


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, table, event, guards in GUARDS:
        for statement in (
            create_guard(name, table, event, guards) if postgresql else [_sqlite_trigger(name, table, event, guards)]
        ):
            op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, table, _event, _guards in reversed(GUARDS):
        for statement in drop_guard(name, table) if postgresql else [f"DROP TRIGGER {name}"]:
            op.execute(statement)
