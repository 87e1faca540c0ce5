"""Showing messages to the user: one place, so tests can replace the modal boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerdesk.domain.messages import CONTEXT, DealerDeskError, Problem


def tr_message(text: str) -> str:
    """Translate a domain/service source text (context "Messages")."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(err: DealerDeskError) -> str:
    return err.render(tr_message)


def problem_text(p: Problem) -> str:
    return p.render(tr_message)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Feedback", "DealerDesk"), text)


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Feedback", "DealerDesk"), text)


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("Feedback", "DealerDesk"), text)
    return answer == QMessageBox.StandardButton.Yes
