"""The offer's terms in Settings: the source document's by default, a band added and saved, a wrong amount
named by row and field with nothing typed lost, a missing top band refused."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_offer_rules import DEFAULT_PACKAGES, terms_from_dict
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.renewal.offer_settings_box import OfferSettingsBox
from tests.helpers import UserSet


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    import dealerdesk.ui.renewal.offer_settings_box as box_module

    monkeypatch.setattr(box_module, "show_info", lambda _p, text: messages.append(text))
    return messages


def box_for(qtbot: QtBot, db: Database, people: UserSet) -> OfferSettingsBox:
    box = OfferSettingsBox(UiContext(db, people.manager, get_settings(db), "en"))
    qtbot.addWidget(box)
    box.show()
    return box


def test_defaults_shown_a_package_added_and_saved(qtbot: QtBot, db: Database, people: UserSet, said: list[str]) -> None:
    box = box_for(qtbot, db, people)
    assert (box.threshold.text(), box.prepay_min.text(), box.prepay_max.text(), box.bonus.text()) == (
        "5,000.00",
        "1,000.00",
        "3,000.00",
        "50.00",
    )
    assert box.model.rows[1] == ["20,000.00", DEFAULT_PACKAGES[1].name, "800.00", "50公里内救援拖车", "500.00"]
    assert box.model.rows[2][0] == ""  # the top band
    row = box.model.add_row()
    for column, text in enumerate(["10,000", "四轮定位+空调清洗", "", "四轮定位与空调清洗", "800"]):
        box.model.setData(box.model.index(row, column), text)
    box.bonus.setText("80")
    box.save()
    assert said and "Saved" in said[0]
    terms = terms_from_dict(get_settings(db).renewal_offer)
    assert terms.bonus_fen == 80_00
    assert terms.packages[-1].up_to_fen == 10_000_00 and terms.packages[-1].service_fen == 800_00


def test_a_wrong_amount_is_named_and_kept(qtbot: QtBot, db: Database, people: UserSet, said: list[str]) -> None:
    box = box_for(qtbot, db, people)
    box.model.setData(box.model.index(0, 2), "八百")
    box.save()
    assert box.problem.isVisible() and "Package 1, Voucher (CNY)" in box.problem.text()
    assert box.model.rows[0][2] == "八百" and said == []
    box.model.setData(box.model.index(0, 2), "800")
    box.model.setData(box.model.index(2, 0), "50,000")  # no band above the others any more
    box.save()
    assert "large claims get nothing" in box.problem.text() and said == []
    assert terms_from_dict(get_settings(db).renewal_offer).packages == DEFAULT_PACKAGES
