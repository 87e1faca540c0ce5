"""The import preview's reasons (why a row was rejected) are read whole at the dialog's own size, in
Chinese and English: wrapped to the room the dialog has, every row as tall as its reasons, still so after
the person scrolled right to the file's cells and then showed all rows, and on one line each once the
dialog is made wide enough; a long reason also reads whole in its tooltip."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from dealerdesk.app import install_translators
from dealerdesk.db.database import Database
from dealerdesk.services.settings import get_settings
from dealerdesk.ui.care.care_area import CareArea
from dealerdesk.ui.care.import_page import ImportPage
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.imports.preview_dialog import ImportPreviewDialog, painted_height
from tests.care_samples import bad_check_digit, care_user, vin, write_csv
from tests.helpers import UserSet


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translators(app, request.param)
    yield request.param
    for t in installed:
        app.removeTranslator(t)


def cut_reasons(dialog: ImportPreviewDialog) -> list[str]:
    """The reasons the person cannot read whole where they are: out of sight sideways, or taller than their row."""
    view, model = dialog.view, dialog.model
    sight = view.viewport().rect()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, 2)
        text = index.data()
        if not text:
            continue
        cell = view.visualRect(index)
        needed = painted_height(text, view.font(), cell.width() - 2 * margin)
        if cell.left() < sight.left() or cell.right() > sight.right() or cell.height() < needed:
            cut.append(text)
    return cut


def test_the_reasons_read_whole_at_the_dialogs_size(
    qtbot: QtBot, db: Database, people: UserSet, tmp_path: Path, lang: str
) -> None:
    area = CareArea(UiContext(db, care_user(db, people.admin), get_settings(db), lang))
    qtbot.addWidget(area)
    area.show()
    page = area.show_tab("imports")
    assert isinstance(page, ImportPage)
    sold = (date.today() - timedelta(days=5)).isoformat()
    rows = [
        [bad_check_digit(2), "川A10002", "帕萨特", "黑", sold, "赵强", "1390000002", "赵小强", "", "出租车、摩的"],
        [vin(3), "川A1003", "途观", "灰", "2026-13-40", "", "13900000003", "", "", ""],
        [vin(4), "川A10004", "宝来", "红", sold, "孙丽", "13900000004", "孙小丽", "", ""],
        [vin(5), "川A10005", "朗逸", "白", sold, "周杰", "13900000005", "", "", ""],
        [vin(6), "川A1006", "宝来", "红", sold, "吴敏", "139000006", "", "", ""],  # two reasons, one with a plate
    ]
    page.channel.setCurrentIndex(page.channel.findData("own_sales"))
    page.check_file(write_csv(tmp_path / "星河11月销售明细.csv", rows))
    dialog = page.preview_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not cut_reasons(dialog))  # as it opens

    # The person looks at the file's own cells at the far right, then shows every row.
    view = dialog.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(dialog.model.index(0, 0)).center())
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.horizontalScrollBar().value() > 0
    dialog.show_which.setFocus()
    qtbot.keyClick(dialog.show_which, Qt.Key.Key_Down)
    assert dialog.show_which.currentData() == "all" and dialog.model.rowCount() == 5
    qtbot.wait(50)
    assert cut_reasons(dialog) == []

    # Made wide enough, each reason takes one line: the column is as wide as its longest reason.
    longest = max(
        view.fontMetrics().horizontalAdvance(line)
        for r in range(dialog.model.rowCount())
        for line in (dialog.model.index(r, 2).data() or "").split("\n")
    )
    dialog.resize(dialog.width() + longest, dialog.height())
    qtbot.waitUntil(lambda: view.columnWidth(2) >= longest)
    assert cut_reasons(dialog) == []

    tip = dialog.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>") and tip.count("<p>") == 4  # rich text: a long reason wraps in the tooltip
    dialog.reject()
