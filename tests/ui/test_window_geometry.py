"""Remembered window sizes that no longer fit the screen are dropped; minimum field widths (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, QSize
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.main_window import MainWindow
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from dealerdesk.ui.widgets.window_geometry import (
    PLATE_CHARS,
    app_qsettings,
    available_geometry,
    chars_width,
    min_chars,
    restore_size,
    room,
)
from tests.helpers import UserSet


def test_a_remembered_size_too_tall_for_this_screen_is_dropped(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    free = room(dialog)
    settings = app_qsettings()
    settings.setValue("probe/size", QSize(free.width() - 100, free.height() + 400))  # from a taller screen
    settings.sync()
    restore_size(dialog, "probe", QSize(free.width() + 500, 300))
    # Squeezed, it would keep the remembered width; dropped, it takes the default, fitted.
    assert (dialog.width(), dialog.height()) == (free.width(), 300)


def test_a_remembered_size_that_fits_is_kept(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    settings = app_qsettings()
    settings.setValue("probe2/size", QSize(400, 300))
    settings.sync()
    restore_size(dialog, "probe2", QSize(600, 500))
    assert (dialog.width(), dialog.height()) == (400, 300)


def test_main_window_left_off_screen_opens_on_it(qtbot: QtBot, db: Database, people: UserSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(db, people.manager, get_settings(db), "en")
    window = MainWindow(ctx, qs)
    qtbot.addWidget(window)
    window.show()
    area = available_geometry(window)
    window.move(QPoint(area.right() + 500, area.bottom() + 500))  # a second monitor since unplugged
    window.resize(area.width() + 600, area.height() + 400)
    window.close()
    again = MainWindow(ctx, qs)
    qtbot.addWidget(again)
    again.show()
    assert area.contains(again.frameGeometry()) or again.isMaximized()


def test_min_chars_holds_whatever_the_layout(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    min_chars(edit, PLATE_CHARS)
    edit.resize(10, edit.height())
    edit.show()
    assert edit.minimumWidth() >= chars_width(edit, PLATE_CHARS)


def test_work_order_dialog_fits_and_keeps_the_plate_readable(qtbot: QtBot, db: Database, people: UserSet) -> None:
    dialog = WorkOrderDialog(UiContext(db, people.advisor, get_settings(db), "zh_CN"))
    qtbot.addWidget(dialog)
    dialog.show()
    area = available_geometry(dialog)
    assert area.contains(dialog.frameGeometry())
    assert dialog.ui.plateEdit.width() >= chars_width(dialog.ui.plateEdit, PLATE_CHARS)
    # The test screen (800x600) is small: the concerns and intake are tabs beside the lines.
    assert dialog.compact
    tabs = dialog.ui.linesTabs
    assert tabs.indexOf(dialog.ui.concernsBox) == 0 and tabs.indexOf(dialog.ui.intakeBox) == 1
    dialog.ui.concernsEdit.setFocus()
    dialog.focusNextChild()  # Tab from the concerns walks into the intake tab
    assert tabs.currentWidget() is dialog.ui.intakeBox and dialog.focusWidget() is dialog.ui.valuablesEdit
