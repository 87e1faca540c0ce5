"""Customer care records: owner, contact and driver verified on/by, source channel and outlet, usage flags;
outlets; imported lists (batches and rows).

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import dealerdesk.db.base

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_UTC = dealerdesk.db.base.UTCDateTime

# (column, referred table) of the vehicle's new foreign keys.
_VEHICLE_FKS = (
    ("owner_verified_by_id", "users"),
    ("contact_verified_by_id", "users"),
    ("driver_verified_by_id", "users"),
    ("outlet_id", "outlets"),
)


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("contact_name", sa.Text(), nullable=False),
        sa.Column("contact_mobile", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", _UTC(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("name", name=op.f("uq_outlets_name")),
    )

    sqlite = op.get_bind().dialect.name == "sqlite"
    plain = [
        sa.Column("owner_verified_at", _UTC(), nullable=True),
        sa.Column("contact_name", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_mobile", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_verified_at", _UTC(), nullable=True),
        sa.Column("driver_name", sa.Text(), server_default="", nullable=False),
        sa.Column("driver_mobile", sa.Text(), server_default="", nullable=False),
        sa.Column("driver_verified_at", _UTC(), nullable=True),
        sa.Column("source_channel", sa.String(length=16), nullable=True),
        sa.Column("usage_taxi", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("usage_ride_hailing", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("usage_company_car", sa.Boolean(), server_default=sa.false(), nullable=False),
    ]
    # Added in place (no batch rebuild of vehicles: the search index's triggers and the other tables'
    # guards read it, and SQLite checks them on the rename a rebuild does).
    for column in plain:
        op.add_column("vehicles", column)
    for name, referred in _VEHICLE_FKS:
        fk = op.f(f"fk_vehicles_{name}_{referred}")
        if sqlite:
            op.execute(f"ALTER TABLE vehicles ADD COLUMN {name} INTEGER CONSTRAINT {fk} REFERENCES {referred} (id)")
        else:
            op.add_column("vehicles", sa.Column(name, sa.Integer(), nullable=True))
            op.create_foreign_key(fk, "vehicles", referred, [name], ["id"])
    op.create_index(op.f("ix_vehicles_source_channel"), "vehicles", ["source_channel"], unique=False)
    op.create_index(op.f("ix_vehicles_outlet_id"), "vehicles", ["outlet_id"], unique=False)

    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("source_channel", sa.String(length=16), nullable=True),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("only_good_rows", sa.Boolean(), nullable=False),
        sa.Column("rows_sent", sa.Integer(), nullable=False),
        sa.Column("rows_created", sa.Integer(), nullable=False),
        sa.Column("rows_updated", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("rows_late", sa.Integer(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.Column("imported_at", _UTC(), nullable=False),
        sa.ForeignKeyConstraint(["imported_by_id"], ["users.id"], name=op.f("fk_import_batches_imported_by_id_users")),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name=op.f("fk_import_batches_outlet_id_outlets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_index("ix_import_batches_kind_at", "import_batches", ["kind", "imported_at"], unique=False)
    op.create_index(op.f("ix_import_batches_outlet_id"), "import_batches", ["outlet_id"], unique=False)

    op.create_table(
        "import_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batches.id"], name=op.f("fk_import_rows_batch_id_import_batches")
        ),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicles.id"], name=op.f("fk_import_rows_vehicle_id_vehicles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_rows")),
    )
    op.create_index(op.f("ix_import_rows_batch_id"), "import_rows", ["batch_id"], unique=False)
    op.create_index(op.f("ix_import_rows_vehicle_id"), "import_rows", ["vehicle_id"], unique=False)


def downgrade() -> None:
    op.drop_table("import_rows")
    op.drop_table("import_batches")
    op.drop_index(op.f("ix_vehicles_outlet_id"), table_name="vehicles")
    op.drop_index(op.f("ix_vehicles_source_channel"), table_name="vehicles")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        for name, referred in _VEHICLE_FKS:
            if not sqlite:  # SQLite does not reflect the name of a key added in place; the rebuild drops it
                batch_op.drop_constraint(batch_op.f(f"fk_vehicles_{name}_{referred}"), type_="foreignkey")
            batch_op.drop_column(name)
        for name in (
            "owner_verified_at",
            "contact_name",
            "contact_mobile",
            "contact_verified_at",
            "driver_name",
            "driver_mobile",
            "driver_verified_at",
            "source_channel",
            "usage_taxi",
            "usage_ride_hailing",
            "usage_company_car",
        ):
            batch_op.drop_column(name)
    op.drop_table("outlets")
