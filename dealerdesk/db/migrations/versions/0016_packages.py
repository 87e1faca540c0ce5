"""Prepaid packages, their ledger, vouchers, extended warranty; packages and vouchers on order lines.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base
from dealerdesk.db.guards import append_only_guards, drop_append_only_guards, drop_voucher_guard, voucher_guard
from dealerdesk.domain.packages_rules import contents_json, default_templates, rates_text

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_UTC = dealerdesk.db.base.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "package_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=False),
        sa.Column("pay_pct", sa.String(length=100), nullable=False),
        sa.Column("validity_days", sa.Integer(), nullable=False),
        sa.Column("oil_litres_x1000", sa.Integer(), nullable=False),
        sa.Column("contents", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", _UTC(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_templates")),
    )
    op.create_table(
        "package_sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=False),
        sa.Column("pay_pct", sa.String(length=100), nullable=False),
        sa.Column("oil_litres_x1000", sa.Integer(), nullable=False),
        sa.Column("contents", sa.Text(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("payment_method", sa.String(length=16), nullable=False),
        sa.Column("sold_by_id", sa.Integer(), nullable=False),
        sa.Column("sold_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_package_sales_customer_id_customers")),
        sa.ForeignKeyConstraint(["sold_by_id"], ["users.id"], name=op.f("fk_package_sales_sold_by_id_users")),
        sa.ForeignKeyConstraint(
            ["template_id"], ["package_templates.id"], name=op.f("fk_package_sales_template_id_package_templates")
        ),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_package_sales_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_sales")),
        sa.UniqueConstraint("number", name=op.f("uq_package_sales_number")),
    )
    with op.batch_alter_table("package_sales", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_package_sales_vehicle_id"), ["vehicle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_package_sales_sold_at"), ["sold_at"], unique=False)

    op.create_table(
        "vouchers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("value_fen", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("pay_pct", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", _UTC(), nullable=False),
        sa.Column("redeemed_order_id", sa.Integer(), nullable=True),
        sa.Column("redeemed_at", _UTC(), nullable=True),
        sa.Column("redeemed_discount_fen", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_vouchers_customer_id_customers")),
        sa.ForeignKeyConstraint(["issued_by_id"], ["users.id"], name=op.f("fk_vouchers_issued_by_id_users")),
        sa.ForeignKeyConstraint(
            ["redeemed_order_id"], ["work_orders.id"], name=op.f("fk_vouchers_redeemed_order_id_work_orders")
        ),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_vouchers_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vouchers")),
        sa.UniqueConstraint("code", name=op.f("uq_vouchers_code")),
    )
    with op.batch_alter_table("vouchers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vouchers_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vouchers_vehicle_id"), ["vehicle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vouchers_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_vouchers_redeemed_order_id"), ["redeemed_order_id"], unique=False)

    op.create_table(
        "package_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("uses_delta", sa.Integer(), nullable=False),
        sa.Column("litres_x1000_delta", sa.Integer(), nullable=False),
        sa.Column("use_no", sa.Integer(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("discount_fen", sa.Integer(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", _UTC(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["by_id"], ["users.id"], name=op.f("fk_package_ledger_by_id_users")),
        sa.ForeignKeyConstraint(["order_id"], ["work_orders.id"], name=op.f("fk_package_ledger_order_id_work_orders")),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["package_ledger.id"], name=op.f("fk_package_ledger_reverses_id_package_ledger")
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["package_sales.id"], name=op.f("fk_package_ledger_sale_id_package_sales")
        ),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_package_ledger_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_ledger")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_package_ledger_reverses_id")),
    )
    with op.batch_alter_table("package_ledger", schema=None) as batch_op:
        batch_op.create_index("ix_package_ledger_at", ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_package_ledger_sale_id"), ["sale_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_package_ledger_vehicle_id"), ["vehicle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_package_ledger_order_id"), ["order_id"], unique=False)

    op.create_table(
        "warranty_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("km", sa.Integer(), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("end_km", sa.Integer(), nullable=False),
        sa.Column("sold_by_id", sa.Integer(), nullable=False),
        sa.Column("sold_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["sold_by_id"], ["users.id"], name=op.f("fk_warranty_extensions_sold_by_id_users")),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["vehicles.id"], name=op.f("fk_warranty_extensions_vehicle_id_vehicles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warranty_extensions")),
    )
    with op.batch_alter_table("warranty_extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_warranty_extensions_vehicle_id"), ["vehicle_id"], unique=False)

    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("warranty_start", sa.Date(), nullable=True))

    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in ("labour_lines", "parts_lines"):
        package_fk = op.f(f"fk_{table}_package_sale_id_package_sales")
        voucher_fk = op.f(f"fk_{table}_voucher_id_vouchers")
        if sqlite:
            # Columns added in place: a batch rebuild of these tables would break the triggers on other
            # tables that read them (the QC self-check guard), which SQLite checks on the rename.
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN package_sale_id INTEGER "
                f"CONSTRAINT {package_fk} REFERENCES package_sales (id)"
            )
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN voucher_id INTEGER CONSTRAINT {voucher_fk} REFERENCES vouchers (id)"
            )
        else:
            op.add_column(table, sa.Column("package_sale_id", sa.Integer(), nullable=True))
            op.add_column(table, sa.Column("voucher_id", sa.Integer(), nullable=True))
            op.create_foreign_key(package_fk, table, "package_sales", ["package_sale_id"], ["id"])
            op.create_foreign_key(voucher_fk, table, "vouchers", ["voucher_id"], ["id"])
        op.create_index(op.f(f"ix_{table}_package_sale_id"), table, ["package_sale_id"], unique=False)
        op.create_index(op.f(f"ix_{table}_voucher_id"), table, ["voucher_id"], unique=False)

    # The source document's packages, ready to sell; the service manager edits or retires them.
    templates = sa.table(
        "package_templates",
        sa.column("name", sa.String),
        sa.column("price_fen", sa.Integer),
        sa.column("pay_pct", sa.String),
        sa.column("validity_days", sa.Integer),
        sa.column("oil_litres_x1000", sa.Integer),
        sa.column("contents", sa.Text),
        sa.column("active", sa.Boolean),
        sa.column("updated_at", _UTC),
    )
    now = dealerdesk.db.base.utcnow()
    op.bulk_insert(
        templates,
        [
            {
                "name": t.name,
                "price_fen": t.price_fen,
                "pay_pct": rates_text(t.pay_pct),
                "validity_days": t.validity_days,
                "oil_litres_x1000": t.oil_litres_x1000,
                "contents": contents_json(t.contents),
                "active": True,
                "updated_at": now,
            }
            for t in default_templates()
        ],
    )

    dialect = op.get_bind().dialect.name
    for table in ("package_sales", "package_ledger", "warranty_extensions"):
        for statement in append_only_guards(dialect, table):
            op.execute(statement)
    for statement in voucher_guard(dialect):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_voucher_guard(dialect):
        op.execute(statement)
    for table in ("package_sales", "package_ledger", "warranty_extensions"):
        for statement in drop_append_only_guards(dialect, table):
            op.execute(statement)
    for table in ("parts_lines", "labour_lines"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_voucher_id_vouchers"), type_="foreignkey")
            batch_op.drop_constraint(batch_op.f(f"fk_{table}_package_sale_id_package_sales"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{table}_voucher_id"))
            batch_op.drop_index(batch_op.f(f"ix_{table}_package_sale_id"))
            batch_op.drop_column("voucher_id")
            batch_op.drop_column("package_sale_id")
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.drop_column("warranty_start")
    op.drop_table("warranty_extensions")
    op.drop_table("package_ledger")
    op.drop_table("vouchers")
    op.drop_table("package_sales")
    op.drop_table("package_templates")
