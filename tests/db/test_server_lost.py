"""A lost office server is a message in the user's language, never a traceback or a password;
when it is back, the next try works without restarting."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dealerdesk.db.database import Database, ServerUnreachable, open_database
from dealerdesk.domain.order_rules import OrderInput
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders.work_orders import save_draft
from dealerdesk.services.users import list_users
from tests.conftest import PgServer
from tests.helpers import make_users


def test_an_unreachable_server_says_so_without_the_password() -> None:
    lost = Database("postgresql+psycopg://dd:S3cret@127.0.0.1:1/office")
    advisor = Actor(2, "sa1", "李晓明", frozenset({Role.ADVISOR}))
    try:
        with pytest.raises(ServerUnreachable) as refusal:
            save_draft(lost, advisor, OrderInput(customer_name="王五"))
    finally:
        lost.dispose()
    message = str(refusal.value)
    assert "cannot be reached; nothing was saved" in message and "What you typed is kept" in message
    assert "S3cret" not in message and "dd@127.0.0.1:1/office" in message


def test_after_the_connections_were_cut_the_next_call_reconnects(pg_server: PgServer) -> None:
    db = open_database(pg_server.emptied())
    try:
        make_users(db)
        assert len(list_users(db)) == 9
        # The server restarts: every connection this workstation holds is cut (waiting up to 5 s
        # for those sessions to end, as a restart has ended them before the next click).
        cut = pg_server.execute_scalar(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
            f"WHERE datname = '{db.engine.url.database}' AND pid <> pg_backend_pid()"
        )
        assert cut >= 1
        assert len(list_users(db)) == 9
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM users")).scalar_one() == 9
    finally:
        db.dispose()
