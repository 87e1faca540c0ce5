"""The extra-work dialog as the advisor sees it: every message under its own field, never over it."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from dealerdesk.db.database import Database
from dealerdesk.services.orders.work_orders import open_order
from tests.helpers import UserSet
from tests.order_samples import complete_order
from tests.ui.test_work_order_dialog import make_dialog, no_modal_boxes  # noqa: F401


def test_messages_sit_under_their_fields(qtbot, db: Database, people: UserSet) -> None:  # type: ignore[no-untyped-def]
    opened = open_order(db, people.advisor, complete_order(technician_id=people.tech.id))
    dialog = make_dialog(qtbot, db, people.advisor, opened.id)
    dialog.ui.extraWorkButton.click()
    extra = dialog.extra_work_dialog
    assert extra is not None
    extra.approver.clear()
    extra.confirm()  # nothing filled in: four messages, two of them wrap to a second line
    shown = [(f, widget, label) for f, (widget, label) in extra.problems.fields.items() if label.isVisible()]
    assert [f for f, _w, _l in shown] == ["description", "extra_lines", "approver_name", "method"]
    for field, widget, label in shown:
        field_bottom = widget.mapTo(extra, QPoint(0, widget.height())).y()
        label_top = label.mapTo(extra, QPoint(0, 0)).y()
        assert label_top >= field_bottom, field
        assert label.height() >= label.heightForWidth(label.width()), field  # not cut to one line
    assert extra.height() >= extra.layout().totalHeightForWidth(extra.width())
