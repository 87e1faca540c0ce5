"""Issue 12.17: the rework register itself exports, to Excel and CSV, formulas escaped."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import User
from dealerdesk.domain.vocabulary import CauseCategory
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.rework import rework_page
from dealerdesk.ui.rework.rework_page import ReworkPage
from tests.helpers import UserSet
from tests.rework_data import add_order, add_rework


@pytest.mark.parametrize(
    ("name", "kind"), [("register.xlsx", "Excel workbook (*.xlsx)"), ("register", "CSV files (*.csv)")]
)
def test_the_register_exports_as_filtered(
    qtbot: QtBot,
    db: Database,
    people: UserSet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    kind: str,
) -> None:
    at = datetime.now(UTC) - timedelta(days=5)
    order = add_order(db, people.advisor.id, delivered_at=at, technician_ids=(people.tech.id,))
    add_rework(
        db,
        order,
        people.lead.id,
        detected_at=at,
        technician_id=people.tech.id,
        cause=CauseCategory.MAN,
        labour_fen=30050,
    )
    with db.write() as s:
        tech = s.get(User, people.tech.id)
        assert tech is not None
        tech.team = "=cmd|' /C calc'!A0"  # typed by someone: must stay text
    said: list[str] = []
    monkeypatch.setattr(rework_page, "show_info", lambda _parent, text: said.append(text))
    monkeypatch.setattr(rework_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / name), kind))
    page = ReworkPage(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    page.export_button.click()
    target = tmp_path / ("register.xlsx" if name.endswith(".xlsx") else "register.csv")
    assert said == [f"1 records were saved to {target}."]
    if target.suffix == ".xlsx":
        sheet = load_workbook(target).active
        assert sheet is not None
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        team = sheet.cell(row=2, column=rows[0].index("Team") + 1)
        assert (team.value, team.data_type) == ("'=cmd|' /C calc'!A0", "s")
        assert Decimal(str(rows[1][rows[0].index("Cost (CNY)")])) == Decimal("300.50")
    else:
        rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
        assert rows[1][rows[0].index("Team")] == "'=cmd|' /C calc'!A0"
        assert rows[1][rows[0].index("Cost (CNY)")] == "300.50"
    assert rows[0][:4] == ["Detected", "Kind", "Status", "Order"] and rows[0][-1] == "Cause detail"
    assert len(rows) == 2 and rows[1][1] == "QC rework" and rows[1][rows[0].index("Cause")] == "Man (people)"
