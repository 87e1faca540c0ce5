"""A refused action is seen: the summary stays on screen, the focus goes to the first field in error."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from dealerdesk.db.database import Database
from dealerdesk.services.orders.work_orders import open_order
from dealerdesk.ui.orders.work_order_dialog import WorkOrderDialog
from tests.helpers import UserSet
from tests.order_samples import complete_order
from tests.ui.test_work_order_dialog import make_dialog, no_modal_boxes  # noqa: F401


def on_screen(dialog: WorkOrderDialog, widget) -> bool:  # type: ignore[no-untyped-def]
    """The widget's top-left corner lies inside the dialog and inside every viewport around it."""
    corner = widget.mapTo(dialog, QPoint(2, 2))
    if not dialog.rect().contains(corner):
        return False
    viewport = dialog.ui.formScroll.viewport()
    if viewport.isAncestorOf(widget):
        return viewport.rect().contains(widget.mapTo(viewport, QPoint(2, 2)))
    return True


def test_dispatch_without_a_technician_is_explained_in_sight(qtbot: QtBot, db: Database, people: UserSet) -> None:
    order = open_order(db, people.advisor, complete_order(technician_id=None))
    dialog = make_dialog(qtbot, db, people.advisor, order.id)
    dialog.resize(1077, 640)  # 1366x768 at 125 %: the labour lines are below the fold
    dialog.ui.formScroll.verticalScrollBar().setValue(0)
    dialog.ui.linesTabs.setCurrentWidget(dialog.ui.extraWorkTab)  # the advisor was looking at another tab
    dialog.ui.dispatchButton.setFocus()
    qtbot.keyClick(dialog.ui.dispatchButton, Qt.Key.Key_Space)
    summary = dialog.ui.readinessLabel
    assert summary.isVisible() and on_screen(dialog, summary)
    assert summary.text().startswith("Cannot dispatch to the workshop yet:\n")
    assert "technician" in summary.text()
    assert dialog.focusWidget() is dialog.ui.labourView
    assert dialog.ui.linesTabs.currentWidget() is dialog.ui.labourTab
    assert on_screen(dialog, dialog.ui.labourView) and on_screen(dialog, dialog.ui.labourProblem)


def test_extra_work_refused_keeps_a_summary_and_focuses_the_first_field(
    qtbot: QtBot, db: Database, people: UserSet
) -> None:
    from dealerdesk.services.orders.work_orders import load_order
    from dealerdesk.services.settings import get_settings
    from dealerdesk.ui.context import UiContext
    from dealerdesk.ui.orders.extra_work_dialog import ExtraWorkDialog

    order = open_order(db, people.advisor, complete_order(technician_id=people.tech.id))
    dialog = ExtraWorkDialog(UiContext(db, people.advisor, get_settings(db), "en"), load_order(db, order.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.approver.setFocus()
    qtbot.keyClick(dialog.approver, Qt.Key.Key_Return)  # nothing described, no amount, no method
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text().startswith("Not recorded yet:\n")
    assert dialog.focusWidget() is dialog.description
