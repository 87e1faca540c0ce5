"""续保前移: a recorded renewal offer is corrected, never rewritten unseen.

- renewal_offers: ``version`` (optimistic locking: a correction on stale data is refused),
  ``recorded_by_id`` (who may correct it besides a manager; filled from the audit log's
  ``renewal_offer`` entry, else the bonus advisor), ``corrected_by_id`` and ``corrected_at``. The
  append-only guard becomes a correction guard: no DELETE; an UPDATE keeps the order, vehicle,
  claim, advisor, recorder and time, names its corrector and raises the version by exactly one.
- vouchers: ``voided_at``: a gift taken back by a correction; a voided voucher is final.
- renewal_bonus_ledger: a correction reverses a bonus with a row of its own (``reverses_id``), so an
  offer may have several rows (its unique constraint goes, an index stays); still append-only.

The downgrade refuses, with a message and before changing anything, while a voucher is voided or a bonus
row reverses another: 0028 would bring the voucher back to life and has no place for the reversal.

Revision ID: 0029
Revises: 0028
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from alembic.util import CommandError

import dealerdesk.db.base
from dealerdesk.db.guards import (
    append_only_guards,
    drop_append_only_guards,
    drop_offer_correction_guard,
    drop_voided_voucher_guard,
    offer_correction_guard,
    voided_voucher_guard,
)

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

_UTC = dealerdesk.db.base.UTCDateTime
_LEDGER = "renewal_bonus_ledger"
_RECORDER = (
    "UPDATE renewal_offers SET recorded_by_id = COALESCE((SELECT a.user_id FROM audit_log a "
    "WHERE a.action = 'renewal_offer' AND a.entity = 'work_order' "
    "AND a.entity_id = CAST(renewal_offers.order_id AS VARCHAR(64)) ORDER BY a.id LIMIT 1), advisor_id)"
)


def _add_user_column(sqlite: bool, table: str, column: str, target: str = "users") -> None:
    """A nullable reference added in place (a batch rebuild of renewal_offers would trip the foreign keys
    of the tables that point at it)."""
    fk = op.f(f"fk_{table}_{column}_{target}")
    if sqlite:
        if column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}:
            return  # left behind by a downgrade (see there)
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {fk} REFERENCES {target} (id)")
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(fk, table, target, [column], ["id"])


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    sqlite = dialect == "sqlite"

    for statement in drop_append_only_guards(dialect, "renewal_offers"):
        op.execute(statement)
    op.add_column("renewal_offers", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    _add_user_column(sqlite, "renewal_offers", "recorded_by_id")
    _add_user_column(sqlite, "renewal_offers", "corrected_by_id")
    op.add_column("renewal_offers", sa.Column("corrected_at", _UTC(), nullable=True))
    op.execute(_RECORDER)
    for statement in offer_correction_guard(dialect):
        op.execute(statement)

    op.add_column("vouchers", sa.Column("voided_at", _UTC(), nullable=True))
    for statement in voided_voucher_guard(dialect):
        op.execute(statement)

    for statement in drop_append_only_guards(dialect, _LEDGER):
        op.execute(statement)
    if sqlite:  # nothing points at the ledger: its rebuild is safe
        with op.batch_alter_table(_LEDGER, recreate="always") as batch_op:
            batch_op.drop_constraint(op.f("uq_renewal_bonus_ledger_offer_id"), type_="unique")
            batch_op.add_column(sa.Column("reverses_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                op.f("fk_renewal_bonus_ledger_reverses_id_renewal_bonus_ledger"), _LEDGER, ["reverses_id"], ["id"]
            )
            batch_op.create_index(op.f("ix_renewal_bonus_ledger_offer_id"), ["offer_id"], unique=False)
    else:
        op.drop_constraint(op.f("uq_renewal_bonus_ledger_offer_id"), _LEDGER, type_="unique")
        _add_user_column(sqlite, _LEDGER, "reverses_id", _LEDGER)
        op.create_index(op.f("ix_renewal_bonus_ledger_offer_id"), _LEDGER, ["offer_id"], unique=False)
    for statement in append_only_guards(dialect, _LEDGER):
        op.execute(statement)


def _refuse_lossy_downgrade() -> None:
    """0028 has no place for what a correction took back: a voided voucher would be usable again and a
    reversed bonus would break the one-row-per-offer ledger; refused before anything is changed."""
    bind = op.get_bind()
    voided = bind.scalar(sa.text("SELECT COUNT(*) FROM vouchers WHERE voided_at IS NOT NULL")) or 0
    reversals = bind.scalar(sa.text(f"SELECT COUNT(*) FROM {_LEDGER} WHERE reverses_id IS NOT NULL")) or 0
    if not voided and not reversals:
        return
    found = []
    if voided:
        found.append(f"{voided} gift voucher(s) taken back (voided) by a correction of a renewal offer")
    if reversals:
        found.append(f"{reversals} advisor bonus row(s) reversing another")
    raise CommandError(
        f"Cannot downgrade below 0029: the database holds {' and '.join(found)}. Revision 0028 cannot keep "
        "them (a voided voucher would be usable again; an offer may have only one bonus row). Restore the "
        "backup taken before the upgrade instead."
    )


def downgrade() -> None:
    """Back to one bonus row per offer and offers never changed; refused when a correction voided a voucher or
    reversed a bonus (see _refuse_lossy_downgrade)."""
    _refuse_lossy_downgrade()
    dialect = op.get_bind().dialect.name
    sqlite = dialect == "sqlite"

    for statement in drop_append_only_guards(dialect, _LEDGER):
        op.execute(statement)
    if sqlite:
        with op.batch_alter_table(_LEDGER, recreate="always") as batch_op:
            batch_op.drop_index(op.f("ix_renewal_bonus_ledger_offer_id"))
            batch_op.drop_constraint(
                op.f("fk_renewal_bonus_ledger_reverses_id_renewal_bonus_ledger"), type_="foreignkey"
            )
            batch_op.drop_column("reverses_id")
            batch_op.create_unique_constraint(op.f("uq_renewal_bonus_ledger_offer_id"), ["offer_id"])
    else:
        op.drop_index(op.f("ix_renewal_bonus_ledger_offer_id"), _LEDGER)
        op.drop_constraint(op.f("fk_renewal_bonus_ledger_reverses_id_renewal_bonus_ledger"), _LEDGER)
        op.drop_column(_LEDGER, "reverses_id")
        op.create_unique_constraint(op.f("uq_renewal_bonus_ledger_offer_id"), _LEDGER, ["offer_id"])
    for statement in append_only_guards(dialect, _LEDGER):
        op.execute(statement)

    for statement in drop_voided_voucher_guard(dialect):
        op.execute(statement)
    op.execute("ALTER TABLE vouchers DROP COLUMN voided_at")

    for statement in drop_offer_correction_guard(dialect):
        op.execute(statement)
    if not sqlite:
        op.drop_constraint(op.f("fk_renewal_offers_corrected_by_id_users"), "renewal_offers")
        op.drop_constraint(op.f("fk_renewal_offers_recorded_by_id_users"), "renewal_offers")
    # In place (SQLite 3.35+ and PostgreSQL alike). SQLite refuses to drop a column with a REFERENCES clause
    # and a rebuild would trip the foreign keys pointing at the offers: there the two user references stay
    # behind, unused, and the next upgrade keeps them.
    op.execute("ALTER TABLE renewal_offers DROP COLUMN corrected_at")
    op.execute("ALTER TABLE renewal_offers DROP COLUMN version")
    if not sqlite:
        op.execute("ALTER TABLE renewal_offers DROP COLUMN corrected_by_id")
        op.execute("ALTER TABLE renewal_offers DROP COLUMN recorded_by_id")
    for statement in append_only_guards(dialect, "renewal_offers"):
        op.execute(statement)
