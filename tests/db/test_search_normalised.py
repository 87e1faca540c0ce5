"""Names are found however the brackets, letters and digits were typed (full- or half-width)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.migrate import alembic_config, upgrade
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.domain.search_text import MAX_SEARCH_LENGTH, search_key
from dealerdesk.domain.validation import with_check_digit
from dealerdesk.services.orders.search import OrderQuery, count_orders, search_orders
from dealerdesk.services.orders.work_orders import open_order, save_draft
from tests.helpers import UserSet
from tests.order_samples import complete_order

COMPANY = "四川锦程（成都）汽车有限公司"


def test_search_key_folds_width_and_case() -> None:
    assert search_key(COMPANY) == "四川锦程(成都)汽车有限公司"
    assert search_key("  ＡＢＣ　Motors  ") == "abc motors"
    assert search_key("锦程(成都)") == search_key("锦程（成都）")


@pytest.mark.parametrize("typed", [COMPANY, "锦程（成都）", "锦程(成都)", "（成都）汽车", "四川锦程(成都"])
def test_company_with_full_width_brackets_is_found(db: Database, people: UserSet, typed: str) -> None:
    data = complete_order(customer_name=COMPANY, vin=with_check_digit("LSVAU2180N2100001"))
    order = open_order(db, people.advisor, data)
    draft = save_draft(db, people.advisor, OrderInput(customer_name="成都（锦程）", customer_mobile="13511112222"))
    found = [r.number for r in search_orders(db, OrderQuery(text=typed))]
    assert found == [order.number]
    assert search_orders(db, OrderQuery(text="成都（锦程"))[0].number == draft.number
    # What was typed is what shows and prints: only the search key is folded.
    assert search_orders(db, OrderQuery(text=typed))[0].customer_name == COMPANY


def test_an_over_long_search_is_refused_with_a_message(db: Database, people: UserSet) -> None:
    for text in ("锦" * 100_000, "%_" * 40_000):
        with pytest.raises(ValidationError) as err:
            search_orders(db, OrderQuery(text=text))
        assert f"at most {MAX_SEARCH_LENGTH} characters" in str(err.value)
        with pytest.raises(ValidationError):
            count_orders(db, OrderQuery(text=text))
    assert search_orders(db, OrderQuery(text="锦" * MAX_SEARCH_LENGTH)) == []


def test_migration_fills_the_keys_of_existing_names(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(f"sqlite:///{path}")
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customers(id, name, mobile, created_at, updated_at) "
            f"VALUES (1, '{COMPANY}', '13800138000', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    upgrade(db)
    db.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name, name_key FROM customers").fetchone() == (COMPANY, search_key(COMPANY))
    conn.close()
