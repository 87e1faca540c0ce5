"""One language at a time: Qt's own dialogs in Chinese too, checklist lines, words that differ, honest notices."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from dealerdesk.app import install_translators
from dealerdesk.db.database import Database
from dealerdesk.domain.vocabulary import CATEGORY_LABELS, ServiceCategory
from dealerdesk.i18n import resolve_language
from dealerdesk.services import settings as settings_service
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.admin import settings_page
from dealerdesk.ui.admin.settings_page import SettingsPage
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.qc.checklist_dialog import ChecklistDialog
from tests.db.qc_helpers import make_order
from tests.helpers import UserSet


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, "zh_CN")
    yield
    for t in installed:
        app.removeTranslator(t)


def test_qt_file_dialog_is_chinese_in_the_chinese_ui(qtbot: QtBot, chinese: None) -> None:
    dialog = QFileDialog(None, "另存为 PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels and "文件名称(&N)：" in labels
    assert not [text for text in labels if re.search("[A-Za-z]", re.sub(r"\(&[A-Z]\)", "", text))]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_checklist_detail_line_is_in_one_language(qtbot: QtBot, db: Database, people: UserSet, lang: str) -> None:
    view = qc.finish_work(db, people.tech, make_order(db, people.advisor, people.tech))
    dialog = ChecklistDialog(UiContext(db, people.tech, get_settings(db), lang), view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.go_to(0)
    item = dialog.model.rows[0].item
    shown, other = (item.zh, item.en) if lang == "zh_CN" else (item.en, item.zh)
    assert dialog.item_info.text().splitlines()[0] == f"1. {shown}"
    assert other not in dialog.item_info.text()


def test_the_repeat_repair_category_and_the_rework_page_have_different_english_words(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    window = MainWindow(
        UiContext(db, people.manager, get_settings(db), "en"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    pages = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Rework" in pages
    assert tr_message(CATEGORY_LABELS[ServiceCategory.REWORK]) == "Repeat repair"


def test_saying_new_language_only_when_the_language_changes(
    qtbot: QtBot, db: Database, people: UserSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(settings_page, "show_info", lambda _p, text: said.append(text))
    page = SettingsPage(UiContext(db, people.admin, get_settings(db), "en"))
    qtbot.addWidget(page)
    page.show()
    assert get_settings(db).ui_language == "system"
    same = resolve_language(None, "system")  # what "Follow the system" gives on this PC
    page.language.setCurrentIndex(page.language.findData(same))
    page.save_button.click()
    assert said == ["Settings saved."]
    other = "en" if same == "zh_CN" else "zh_CN"
    page.language.setCurrentIndex(page.language.findData(other))
    page.save_button.click()
    assert said[-1] == "Settings saved. The new language applies the next time DealerDesk starts."
    assert settings_service.get_settings(db).ui_language == other
    page.save_button.click()
    assert said[-1] == "Settings saved."
    assert QCoreApplication.translate("SettingsPage", "Settings saved.") == "Settings saved."


def test_the_navigation_shows_every_area_name_whole(qtbot: QtBot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    window = MainWindow(
        UiContext(db, people.admin, get_settings(db), "en"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.resize(1000, 500)  # a short window: the up-down bar shows
    window.show()
    nav = window.nav
    assert nav.horizontalScrollBar().maximum() == 0
    assert nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    room = nav.viewport().width()
    for i in range(nav.count()):
        assert nav.visualItemRect(nav.item(i)).width() <= room
        assert nav.sizeHintForRow(i) > 0
    widest = max(nav.sizeHintForColumn(0), 0)
    assert widest <= room, (widest, room)  # "Manager's review" was cut at the old fixed 190 px
