"""Every window and dialog, in Chinese and English: no Alt+letter reaches two things."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from pprint import pformat

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from dealerdesk.app import install_translators
from dealerdesk.db.database import Database, open_database
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services.actor import Actor
from dealerdesk.services.orders import work_orders
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from tests.helpers import UserSet
from tests.ui import screen_probe
from tests.ui.mnemonics import duplicates, stray_letters


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    installed = install_translators(app, request.param)
    yield request.param
    for t in installed:
        app.removeTranslator(t)


def shown(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    return window


def bring_forward(widget: QWidget, window: QWidget) -> None:
    """Show the tabs that hold ``widget`` (a tab widget inside another's tab is hidden behind it)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        holder = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(holder, QTabWidget):
            holder.setCurrentWidget(child)
        child, parent = parent, holder


def each_tab(window: QWidget) -> Iterator[None]:
    """Yield once per combination worth checking: every tab of every tab widget in sight shown in turn,
    the tab widgets that a tab builds when first shown (the areas made of tabs) included."""
    yield
    seen: list[QTabWidget] = []
    while fresh := [t for t in window.findChildren(QTabWidget) if all(t is not s for s in seen)]:
        for tabs in fresh:
            seen.append(tabs)
            bring_forward(tabs, window)
            if not tabs.isVisibleTo(window):
                continue  # on a page of the main window not shown now: walked with its page
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield


def find_duplicates(window: QWidget, name: str, found: dict[str, object]) -> None:
    for _ in each_tab(window):
        if clash := duplicates(window):
            found[name] = clash
        if stray := stray_letters(window):
            found[f"{name}: letters without a key"] = stray


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path, lang: str) -> Iterator[tuple[UiContext, MainWindow]]:
    """The demo database, signed in with every role: every page, every button, data in every list."""
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db, copy)
    db = open_database(f"sqlite:///{copy}")
    ctx = UiContext(db, screen_probe.everyone(db), get_settings(db), lang)
    window = MainWindow(ctx, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    yield ctx, window
    window.live.stop()
    db.dispose()


def test_main_window_and_every_page(qtbot: QtBot, demo: tuple[UiContext, MainWindow]) -> None:
    _ctx, window = demo
    shown(qtbot, window)
    found: dict[str, object] = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        find_duplicates(window, window.page_keys[row], found)
    assert found == {}, pformat(found)


def test_every_dialog(qtbot: QtBot, demo: tuple[UiContext, MainWindow]) -> None:
    """Every dialog the screen-size probe opens (it must open every dialog class: test_screen_sizes)."""
    ctx, window = demo
    shown(qtbot, window)
    found: dict[str, object] = {}
    opened = set(screen_probe.NOT_OPENED)
    for name, make in screen_probe.builders(ctx, window).items():
        dialog = make()
        opened |= screen_probe.classes_of(dialog)
        dialog.show()
        find_duplicates(dialog, name, found)
        dialog.close()
        dialog.deleteLater()
    assert found == {}, pformat(found)
    assert screen_probe.dialog_classes() <= opened


def main_window(qtbot: QtBot, db: Database, actor: Actor, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    ctx = UiContext(db, actor, get_settings(db), "en")
    window = MainWindow(ctx, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_alt_f_opens_the_file_menu_and_alt_d_finds(qtbot: QtBot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, db, people.advisor, tmp_path)
    page = window.page("work_orders")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is page.search
    qtbot.keyClick(page.search, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.menuBar().activeAction() is not None)
    assert window.menuBar().activeAction().text() == "&File"
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)


def test_quitting_asks_about_a_work_order_being_typed(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, people: UserSet, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window(qtbot, db, people.advisor, tmp_path)
    page = window.page("work_orders")
    page.new_order()
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.ui.plateEdit.setText("川A12345")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: asked.append("?") or answer)
    assert not window.close()  # Cancel: nothing is lost, both windows stay
    assert asked == ["?"] and window.isVisible() and dialog.isVisible()
    assert dialog.ui.plateEdit.text() == "川A12345"
    answer = QMessageBox.StandardButton.Save  # Save: kept as a draft, then the window closes
    assert window.close()
    assert not dialog.isVisible()
    assert dialog.detail is not None and dialog.detail.status is OrderStatus.DRAFT
    assert work_orders.load_order(db, dialog.detail.id).plate == "川A12345"


def test_quitting_with_nothing_typed_does_not_ask(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, people: UserSet, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window(qtbot, db, people.advisor, tmp_path)
    window.page("work_orders").new_order()
    monkeypatch.setattr(WorkOrderDialog, "ask_unsaved_changes", lambda self: pytest.fail("asked"))
    assert window.close()
