"""The office server goes away while an advisor types an order: saving says so, the form keeps
every field, and saving again once the server is back stores it (PostgreSQL only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dealerdesk.db.database import open_database
from dealerdesk.services.orders.work_orders import load_order
from dealerdesk.ui.orders import work_order_dialog as module
from tests.conftest import PgServer
from tests.helpers import make_users
from tests.order_samples import complete_order
from tests.ui.test_work_order_dialog import make_dialog


def test_a_lost_server_keeps_the_typed_form(qtbot, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(module, "show_error", lambda parent, text: shown.append(text))
    db = open_database(pg_server.emptied())
    name = str(db.engine.url.database)
    try:
        people = make_users(db)
        dialog = make_dialog(qtbot, db, people.advisor)
        dialog.fill(complete_order(technician_id=people.tech.id, customer_name="断网客户"))
        typed = dialog.form_input()
        # The server restarts and does not take connections yet.
        pg_server.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        pg_server.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert len(shown) == 1 and "cannot be reached; nothing was saved" in shown[0]
        assert "Traceback" not in shown[0]
        assert dialog.detail is None and dialog.isVisible() and dialog.form_input() == typed
        # Back: the same click saves what was typed.
        pg_server.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        qtbot.keyClick(dialog.ui.plateEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert dialog.detail is not None and len(shown) == 1
        assert load_order(db, dialog.detail.id).customer_name == "断网客户"
        dialog.close()
    finally:
        pg_server.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        db.dispose()
