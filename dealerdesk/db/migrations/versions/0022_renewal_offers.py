"""续保前移: renewal offers at a claim repair's hand-over, their gift vouchers, the advisors' bonus ledger.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.db.guards import append_only_guards, drop_append_only_guards

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

_UTC = dealerdesk.db.base.UTCDateTime
_TABLES = ("renewal_offers", "renewal_offer_vouchers", "renewal_bonus_ledger")


def upgrade() -> None:
    op.create_table(
        "renewal_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("claim_fen", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=12), nullable=False),
        sa.Column("prepay_fen", sa.Integer(), nullable=True),
        sa.Column("package_name", sa.String(length=200), nullable=False),
        sa.Column("package_worth_fen", sa.Integer(), nullable=False),
        sa.Column("decline_reason", sa.String(length=24), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["advisor_id"], ["users.id"], name=op.f("fk_renewal_offers_advisor_id_users")),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_renewal_offers_order_id_work_orders")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_renewal_offers_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_offers")),
        sa.UniqueConstraint("order_id", name=op.f("uq_renewal_offers_order_id")),
    )
    with op.batch_alter_table("renewal_offers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewal_offers_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_offers_recorded_at"), ["recorded_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_offers_vehicle_id"), ["vehicle_id"], unique=False)

    op.create_table(
        "renewal_offer_vouchers",
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["renewal_offers.id"], name=op.f("fk_renewal_offer_vouchers_offer_id_renewal_offers")
        ),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["vouchers.id"], name=op.f("fk_renewal_offer_vouchers_voucher_id_vouchers")
        ),
        sa.PrimaryKeyConstraint("offer_id", "voucher_id", name=op.f("pk_renewal_offer_vouchers")),
    )

    op.create_table(
        "renewal_bonus_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advisor_id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["advisor_id"], ["users.id"], name=op.f("fk_renewal_bonus_ledger_advisor_id_users")),
        sa.ForeignKeyConstraint(
            ["offer_id"], ["renewal_offers.id"], name=op.f("fk_renewal_bonus_ledger_offer_id_renewal_offers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_bonus_ledger")),
        sa.UniqueConstraint("offer_id", name=op.f("uq_renewal_bonus_ledger_offer_id")),
    )
    with op.batch_alter_table("renewal_bonus_ledger", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_renewal_bonus_ledger_advisor_id"), ["advisor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_renewal_bonus_ledger_month"), ["month"], unique=False)

    dialect = op.get_bind().dialect.name
    for table in _TABLES:
        for statement in append_only_guards(dialect, table):
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in reversed(_TABLES):
        for statement in drop_append_only_guards(dialect, table):
            op.execute(statement)
    op.drop_table("renewal_bonus_ledger")
    op.drop_table("renewal_offer_vouchers")
    op.drop_table("renewal_offers")
