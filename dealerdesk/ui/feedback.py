"""Showing messages to the user: one place, so tests can replace the modal boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerdesk.domain.messages import CONTEXT, DealerDeskError, Problem, ValidationError


def tr_message(text: str) -> str:
    """Translate a domain/service source text (context "Messages")."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(err: DealerDeskError) -> str:
    return err.render(tr_message)


def problem_text(p: Problem) -> str:
    return p.render(tr_message)


def failure_text(err: DealerDeskError) -> str:
    """What a refusal says on a form's message line: every problem of a ValidationError, one per line."""
    if isinstance(err, ValidationError) and err.problems:
        return "\n".join(problem_text(p) for p in err.problems)
    return error_text(err)


def show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Feedback", "DealerDesk"), text)


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Feedback", "DealerDesk"), text)


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("Feedback", "DealerDesk"), text)
    return answer == QMessageBox.StandardButton.Yes
