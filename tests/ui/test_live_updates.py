"""The open list follows another process's save within 2 s, keeping selection and scroll."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import QSettings

from dealerdesk.db.database import Database
from dealerdesk.services.orders import work_orders
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from tests.helpers import UserSet
from tests.order_samples import complete_order

pytestmark = pytest.mark.both_backends

ANOTHER_WORKSTATION = textwrap.dedent(
    """
    import sys
    from dealerdesk.db.database import open_database
    from dealerdesk.domain.order_rules import OrderInput
    from dealerdesk.services.actor import Actor
    from dealerdesk.domain.roles import Role
    from dealerdesk.services.orders.work_orders import save_draft
    db = open_database(sys.argv[1])
    advisor = Actor(int(sys.argv[2]), "sa2", "陈静", frozenset({Role.ADVISOR}))
    print(save_draft(db, advisor, OrderInput(customer_name="另一台电脑")).number)
    db.dispose()
    """
)


def test_the_work_order_list_follows_another_process(qtbot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for _ in range(60):  # more than a screenful, so that there is a scroll position to keep
        work_orders.save_draft(db, people.advisor, complete_order())
    window = MainWindow(UiContext(db, people.manager, get_settings(db), "en"), QSettings(str(tmp_path / "s.ini")))
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    page = window.page("work_orders")
    view = page.view  # type: ignore[attr-defined]
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 60)
    page.select_order(model.order_id(40))  # type: ignore[attr-defined]
    chosen = page.selected_order_id()  # type: ignore[attr-defined]
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    saved = subprocess.run(
        [sys.executable, "-c", ANOTHER_WORKSTATION, db.url, str(people.advisor2.id)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    saved_at = time.monotonic()
    qtbot.waitUntil(lambda: model.total == 61, timeout=2000)
    assert time.monotonic() - saved_at < 2.0
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert saved.stdout.strip() in numbers
    assert page.selected_order_id() == chosen  # type: ignore[attr-defined]
    assert view.verticalScrollBar().value() == scrolled
    window.close()
