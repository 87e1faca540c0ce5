"""The Policies tab: the insurance department's list checked, the preview's rejected rows, the good ones taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, Vehicle
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.renewal import policies_page
from dealerdesk.ui.renewal.policies_page import PoliciesPage
from dealerdesk.ui.renewal.renewal_area import RenewalArea
from tests.care_samples import vin
from tests.db.renewal_helpers import make_specialist
from tests.db.test_renewal_policy_import import write_csv
from tests.helpers import UserSet


def test_a_specialist_imports_the_good_rows_of_a_policy_list(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(policies_page, "show_error", lambda _p, text: errors.append(text))
    with db.write() as s:
        s.add(Vehicle(vin=vin(1), model="朗逸", owner=Customer(name="王芳", mobile="13900000001")))
    area = RenewalArea(UiContext(db, make_specialist(db, people, "rn1", "钱续保"), get_settings(db), "en"))
    qtbot.addWidget(area)
    area.show()
    assert area.tab_keys == ["today", "policies", "losses"]
    page = area.show_tab("policies")
    assert isinstance(page, PoliciesPage)
    path = write_csv(
        tmp_path / "list.csv",
        [
            [vin(1), "", "人保财险", "", "2027-01-20", "", "4820", ""],
            [vin(2), "", "人保财险", "", "2027-01-20", "", "3000", ""],
        ],
    )
    page.check_file(path)
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text().startswith(
        "list.csv: 2 rows. 1 good (1 new, 0 updating a record on file), 1 rejected."
    )
    assert dialog.model.index(0, 2).data().startswith(f"VIN {vin(2)} is not on file")
    qtbot.mouseClick(dialog.good_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert page.result.text().startswith("list.csv imported: 1 new policies, 0 updated, 1 rows rejected.")
