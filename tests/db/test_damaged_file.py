"""A damaged table page: found by the check at start, and a clear message wherever it is hit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dealerdesk.db.database import Database, open_database
from dealerdesk.db.health import quick_check
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.orders import work_orders
from tests.helpers import UserSet
from tests.order_samples import complete_order

pytestmark = pytest.mark.sqlite_only  # damaged pages of the SQLite file


def damage_table(path: Path, table: str) -> None:
    """Overwrite the table's root page (with a few rows, its only page) while the file header stays valid."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


@pytest.fixture
def damaged(db: Database, people: UserSet) -> tuple[Database, int]:
    order = work_orders.open_order(db, people.advisor, complete_order())
    assert db.path is not None
    db.dispose()
    damage_table(db.path, "concerns")
    return open_database(db.url), order.id


def test_quick_check_finds_the_damage(damaged: tuple[Database, int]) -> None:
    db, _ = damaged
    assert db.path is not None
    assert quick_check(db.path) != []
    db.dispose()


def test_a_sound_file_passes(db: Database, people: UserSet) -> None:
    assert db.path is not None
    assert quick_check(db.path) == []


def test_loading_an_order_from_a_damaged_page_gives_a_message(damaged: tuple[Database, int]) -> None:
    db, order_id = damaged
    with pytest.raises(DealerDeskError) as err:
        work_orders.load_order(db, order_id)
    text = str(err.value)
    assert "is damaged" in text and "Restore the newest backup" in text
    db.dispose()
