"""Database guards for the package ledger and vouchers, for SQLite and PostgreSQL.

The migrations call these so the rule holds whatever writes the row (a service, a script,
a database tool): sales, ledger rows and warranty contracts are append-only; a reversal
mirrors exactly one earlier row of the same sale; a package never goes below zero uses;
a voucher's terms never change and a redemption, once written, is final; so is a voiding. A renewal
offer is corrected (never deleted), each correction raising its version.
"""

from __future__ import annotations

APPEND_ONLY = "is append-only: reverse a row instead of changing it"
VOUCHER_FINAL = "voucher terms and redemptions are never edited"
LEDGER_REVERSAL = "a reversal must mirror one earlier row of the same package"
LEDGER_NEGATIVE = "a package cannot go below zero uses"
LINES_SETTLED = "the order is settled: its lines are locked; a manager corrects the settlement instead"
LINE_TABLES = ("labour_lines", "parts_lines")
OFFER_CORRECTED = (
    "renewal_offers: an offer is never deleted; a correction keeps the order, the claim, the advisor and the time "
    "recorded, names its corrector and its time (later than the last correction) and raises the version by one"
)
VOUCHER_VOIDED = "a voided voucher is final"

_VOUCHER_TERMS = (
    "code",
    "kind",
    "source",
    "reason",
    "value_fen",
    "service",
    "pay_pct",
    "customer_id",
    "vehicle_id",
    "valid_until",
    "issued_by_id",
    "issued_at",
)

# The same row conditions in both dialects (SQLite's IS NOT is PostgreSQL's IS DISTINCT FROM).
_REVERSAL_BAD = (
    "NEW.reverses_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM package_ledger r WHERE r.id = NEW.reverses_id "
    "AND r.sale_id = NEW.sale_id AND r.kind <> 'reversal' AND r.uses_delta = -NEW.uses_delta "
    "AND r.litres_x1000_delta = -NEW.litres_x1000_delta)"
)
_NEGATIVE = (
    "NEW.uses_delta < 0 AND (SELECT COALESCE(SUM(b.uses_delta), 0) FROM package_ledger b "
    "WHERE b.sale_id = NEW.sale_id) + NEW.uses_delta < 0"
)


def append_only_guards(dialect: str, table: str) -> list[str]:
    message = f"{table} {APPEND_ONLY}"
    if dialect == "sqlite":
        out = [
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END",
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END",
        ]
        if table == "package_ledger":
            out += [
                f"CREATE TRIGGER package_ledger_reversal BEFORE INSERT ON package_ledger WHEN {_REVERSAL_BAD} "
                f"BEGIN SELECT RAISE(ABORT, '{LEDGER_REVERSAL}'); END",
                f"CREATE TRIGGER package_ledger_negative BEFORE INSERT ON package_ledger WHEN {_NEGATIVE} "
                f"BEGIN SELECT RAISE(ABORT, '{LEDGER_NEGATIVE}'); END",
            ]
        return out
    # PostgreSQL: one function per table; SQLSTATE 23514 (check_violation) like a CHECK constraint.
    out = [
        f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"RAISE EXCEPTION '{message}' USING ERRCODE = '23514'; END $$",
        f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()",
    ]
    if table == "package_ledger":
        out += [
            "CREATE FUNCTION package_ledger_insert_check() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {_REVERSAL_BAD} THEN RAISE EXCEPTION '{LEDGER_REVERSAL}' USING ERRCODE = '23514'; END IF; "
            f"IF {_NEGATIVE} THEN RAISE EXCEPTION '{LEDGER_NEGATIVE}' USING ERRCODE = '23514'; END IF; "
            "RETURN NEW; END $$",
            "CREATE TRIGGER package_ledger_insert BEFORE INSERT ON package_ledger "
            "FOR EACH ROW EXECUTE FUNCTION package_ledger_insert_check()",
        ]
    return out


def drop_append_only_guards(dialect: str, table: str) -> list[str]:
    if dialect == "sqlite":
        names = [f"{table}_no_update", f"{table}_no_delete"]
        if table == "package_ledger":
            names += ["package_ledger_reversal", "package_ledger_negative"]
        return [f"DROP TRIGGER {name}" for name in names]
    out = [f"DROP TRIGGER {table}_no_change ON {table}", f"DROP FUNCTION {table}_append_only()"]
    if table == "package_ledger":
        out += ["DROP TRIGGER package_ledger_insert ON package_ledger", "DROP FUNCTION package_ledger_insert_check()"]
    return out


def _any_changed(dialect: str, columns: tuple[str, ...]) -> str:
    """The row condition "one of ``columns`` changed" (SQLite's IS NOT is PostgreSQL's IS DISTINCT FROM)."""
    differs = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return " OR ".join(f"NEW.{c} {differs} OLD.{c}" for c in columns)


def voucher_guard(dialect: str) -> list[str]:
    changed = _any_changed(dialect, _VOUCHER_TERMS)
    if dialect == "sqlite":
        return [
            "CREATE TRIGGER vouchers_no_delete BEFORE DELETE ON vouchers "
            f"BEGIN SELECT RAISE(ABORT, '{VOUCHER_FINAL}'); END",
            f"CREATE TRIGGER vouchers_final BEFORE UPDATE ON vouchers WHEN OLD.redeemed_order_id IS NOT NULL "
            f"OR {changed} BEGIN SELECT RAISE(ABORT, '{VOUCHER_FINAL}'); END",
        ]
    return [
        "CREATE FUNCTION vouchers_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' OR OLD.redeemed_order_id IS NOT NULL OR {changed} THEN "
        f"RAISE EXCEPTION '{VOUCHER_FINAL}' USING ERRCODE = '23514'; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER vouchers_guard BEFORE UPDATE OR DELETE ON vouchers "
        "FOR EACH ROW EXECUTE FUNCTION vouchers_guard()",
    ]


def drop_voucher_guard(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["DROP TRIGGER vouchers_final", "DROP TRIGGER vouchers_no_delete"]
    return ["DROP TRIGGER vouchers_guard ON vouchers", "DROP FUNCTION vouchers_guard()"]


# What a correction of a renewal offer never changes (the rest is what the customer answered).
_OFFER_KEPT = ("id", "order_id", "vehicle_id", "claim_fen", "advisor_id", "recorded_at", "recorded_by_id")


def offer_correction_guard(dialect: str) -> list[str]:
    """A recorded renewal offer is never deleted; an UPDATE is a correction: the recorded facts kept, the
    version one higher, the corrector and a new correction time named, later than the one before (so an
    UPDATE after the first correction cannot ride on its stamp; the services audit the before, after and why).
    SQLite compares the stored text, which SQLAlchemy writes in one sortable format."""
    differs = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    bad = (
        f"{_any_changed(dialect, _OFFER_KEPT)} OR NEW.version {differs} OLD.version + 1 "
        "OR NEW.corrected_by_id IS NULL OR NEW.corrected_at IS NULL "
        "OR (OLD.corrected_at IS NOT NULL AND NEW.corrected_at <= OLD.corrected_at)"
    )
    if dialect == "sqlite":
        return [
            "CREATE TRIGGER renewal_offers_no_delete BEFORE DELETE ON renewal_offers "
            f"BEGIN SELECT RAISE(ABORT, '{OFFER_CORRECTED}'); END",
            f"CREATE TRIGGER renewal_offers_correction BEFORE UPDATE ON renewal_offers WHEN {bad} "
            f"BEGIN SELECT RAISE(ABORT, '{OFFER_CORRECTED}'); END",
        ]
    return [
        "CREATE FUNCTION renewal_offers_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' OR {bad} THEN RAISE EXCEPTION '{OFFER_CORRECTED}' USING ERRCODE = '23514'; END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER renewal_offers_guard BEFORE UPDATE OR DELETE ON renewal_offers "
        "FOR EACH ROW EXECUTE FUNCTION renewal_offers_guard()",
    ]


def drop_offer_correction_guard(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["DROP TRIGGER renewal_offers_correction", "DROP TRIGGER renewal_offers_no_delete"]
    return ["DROP TRIGGER renewal_offers_guard ON renewal_offers", "DROP FUNCTION renewal_offers_guard()"]


def voided_voucher_guard(dialect: str) -> list[str]:
    """A voided voucher (a renewal gift taken back by a correction) is never redeemed or un-voided."""
    if dialect == "sqlite":
        return [
            "CREATE TRIGGER vouchers_voided BEFORE UPDATE ON vouchers WHEN OLD.voided_at IS NOT NULL "
            f"BEGIN SELECT RAISE(ABORT, '{VOUCHER_VOIDED}'); END"
        ]
    return [
        "CREATE FUNCTION vouchers_voided() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF OLD.voided_at IS NOT NULL THEN RAISE EXCEPTION '{VOUCHER_VOIDED}' USING ERRCODE = '23514'; END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER vouchers_voided BEFORE UPDATE ON vouchers FOR EACH ROW EXECUTE FUNCTION vouchers_voided()",
    ]


def drop_voided_voucher_guard(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["DROP TRIGGER vouchers_voided"]
    return ["DROP TRIGGER vouchers_voided ON vouchers", "DROP FUNCTION vouchers_voided()"]


def settled_lines_lock(dialect: str) -> list[str]:
    """A settled order's labour and parts lines are never inserted, changed or deleted again."""
    out: list[str] = []
    for table in LINE_TABLES:
        if dialect == "sqlite":
            for op, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
                out.append(
                    f"CREATE TRIGGER {table}_settled_{op.lower()} BEFORE {op} ON {table} "
                    f"WHEN EXISTS (SELECT 1 FROM settlements WHERE order_id = {row}.order_id) "
                    f"BEGIN SELECT RAISE(ABORT, '{LINES_SETTLED}'); END"
                )
        else:
            out += [
                f"CREATE FUNCTION {table}_settled() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF EXISTS (SELECT 1 FROM settlements WHERE order_id = "
                "(CASE WHEN TG_OP = 'INSERT' THEN NEW.order_id ELSE OLD.order_id END)) THEN "
                f"RAISE EXCEPTION '{LINES_SETTLED}' USING ERRCODE = '23514'; END IF; "
                "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
                f"CREATE TRIGGER {table}_settled BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_settled()",
            ]
    return out


def drop_settled_lines_lock(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"DROP TRIGGER {t}_settled_{op}" for t in LINE_TABLES for op in ("insert", "update", "delete")]
    return [s for t in LINE_TABLES for s in (f"DROP TRIGGER {t}_settled ON {t}", f"DROP FUNCTION {t}_settled()")]
