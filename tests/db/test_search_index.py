"""The search index answers exactly as a plain LIKE over the same data, and stays current.

The corpus is a generated dataset (bench/generate_dataset.py, 2,000 orders: plates, VINs,
mobiles, names, drafts as the shop makes them). Every query is answered twice: through
the FTS5 trigram index, and through plain ``LIKE '%x%'`` (prefix for fragments shorter
than three characters) on the tables; the sets must be equal.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.models import Customer, Vehicle, WorkOrder
from dealerdesk.db.search_index import INDEXES, TRIGRAM, field_values, matching_ids
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.services.orders.search import OrderQuery, search_orders
from dealerdesk.services.orders.work_orders import open_order, save_draft
from tests.helpers import UserSet
from tests.order_samples import complete_order

BENCH = Path(__file__).resolve().parents[2] / "bench"
MODELS = {"vehicles": Vehicle, "customers": Customer, "work_orders": WorkOrder}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    sys.path.insert(0, str(BENCH))
    try:
        from generate_dataset import generate  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(BENCH))
    path = tmp_path_factory.mktemp("corpus") / "corpus.sqlite"
    generate(path, orders=2_000)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


def fragments(values: list[str], rng: random.Random, n: int) -> list[str]:
    """Pieces of real values, 1 to 8 characters from anywhere, some in lower case."""
    out = []
    for _ in range(n):
        value = rng.choice(values)
        size = rng.randint(1, min(8, len(value)))
        start = rng.randint(0, len(value) - size)
        piece = value[start : start + size]
        out.append(piece.lower() if rng.random() < 0.2 else piece)
    return out


def indexed(s: Session, model: type[Any], index: str, field: str, fragment: str, only: bool = False) -> set[int]:
    """The rows the index finds for one field's fragment."""
    fields, params = field_values(index, [(field, fragment)], sqlite=True)
    where = WorkOrder.vehicle_id.is_(None) if only else None
    return set(s.scalars(matching_ids(model, index, fields, only=where), params))


def plain(conn: sqlite3.Connection, source: str, field: str, fragment: str, only: str | None) -> set[int]:
    where = f" AND {only}" if only else ""
    if len(fragment) < TRIGRAM:
        rows = conn.execute(f"SELECT id, {field} FROM {source} WHERE {field} IS NOT NULL{where}")
        return {i for i, value in rows if value.startswith(fragment)}
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    sql = f"SELECT id FROM {source} WHERE {field} LIKE ? ESCAPE '\\'{where}"
    return {i for (i,) in conn.execute(sql, (f"%{escaped}%",))}


def test_every_field_answers_as_plain_like(corpus: Database) -> None:
    assert corpus.path is not None
    conn = sqlite3.connect(corpus.path)
    rng = random.Random(14)
    checked = found = 0
    with corpus.read() as s:
        for index, source, columns, only in INDEXES:
            only_sql = only
            model = MODELS[source]
            for field in columns:
                values = [v for (v,) in conn.execute(f"SELECT {field} FROM {source} WHERE {field} != ''") if v]
                if only:
                    values = [v for (v,) in conn.execute(f"SELECT {field} FROM {source} WHERE {only}") if v]
                assert values, (index, field)
                queries = [*fragments(values, rng, 150), "%", "1_3", "zz%", "a\\b", 'a"b', '"""', "a OR b", "ab*"]
                for fragment in queries:
                    ids = indexed(s, model, index, field, fragment, only=bool(only))
                    assert ids == plain(conn, source, field, fragment, only_sql), (index, field, fragment)
                    checked += 1
                    found += bool(ids)
    conn.close()
    assert checked > 1_000 and found > checked // 2  # real fragments mostly find something


def test_the_search_box_answers_as_plain_like(corpus: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole searches: the index path and the plain LIKE path (the one without the index) agree."""
    assert corpus.path is not None
    conn = sqlite3.connect(corpus.path)
    rng = random.Random(2026)
    texts: list[str] = []
    for sql in (
        "SELECT plate FROM vehicles WHERE plate IS NOT NULL",
        "SELECT vin FROM vehicles",
        "SELECT mobile FROM customers",
        "SELECT name FROM customers",
        "SELECT customer_name FROM work_orders WHERE vehicle_id IS NULL AND customer_name != ''",
    ):
        texts += fragments([v for (v,) in conn.execute(sql)], rng, 40)
    texts += ['a"b', "50%_", "OR", "川A*"]  # what the index's query language would read as syntax
    conn.close()
    for text in texts:
        query = OrderQuery(text=text)
        indexed = {r.id for r in search_orders(corpus, query, limit=100_000)}
        with monkeypatch.context() as m:
            m.setattr(corpus, "is_sqlite", False)  # the query without the FTS5 tables
            scanned = {r.id for r in search_orders(corpus, query, limit=100_000)}
        assert indexed == scanned, text


@pytest.mark.sqlite_only  # reads the FTS5 tables themselves; PostgreSQL indexes the columns in place
def test_the_index_follows_every_write_in_its_transaction(db: Database, people: UserSet) -> None:
    def found(text: str) -> list[str]:
        return [r.number for r in search_orders(db, OrderQuery(text=text))]

    typed = OrderInput(customer_name="欧阳锦程", customer_mobile="13511112222", plate="川A7K3Q9")
    draft = save_draft(db, people.advisor, typed)
    assert found("阳锦程") == [draft.number] and found("A7K3Q") == [draft.number]  # by what was typed on it
    data = complete_order(plate="川A7K3Q9", customer_name="司马光明", mobile="13511112222")
    opened = open_order(db, people.advisor, data, order_id=draft.id, expected_version=draft.version)
    assert opened.vehicle_id is not None and opened.customer_id is not None
    with db.read() as s:  # no longer a draft: it left the drafts' index, the vehicle and customer joined theirs
        assert indexed(s, WorkOrder, "drafts_search", "customer_name_key", "阳锦程", only=True) == set()
    assert found("阳锦程") == [] and found("马光明") == [opened.number] and found("A7K3Q") == [opened.number]
    with db.write() as s:
        vehicle = s.get(Vehicle, opened.vehicle_id)
        assert vehicle is not None
        vehicle.plate = "川A8M2P6"
    assert found("A7K3Q") == [] and found("A8M2P") == [opened.number]
    with pytest.raises(RuntimeError), db.write() as s:  # a write rolled back leaves the index as it was
        customer = s.get(Customer, opened.customer_id)
        assert customer is not None
        customer.name = "诸葛亮亮"
        s.flush()
        assert indexed(s, Customer, "customers_search", "name_key", "葛亮亮") == {customer.id}
        raise RuntimeError
    assert found("马光明") == [opened.number] and found("葛亮亮") == []
