"""Showing messages to the user: one place, so tests can replace the modal boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from dealerdesk.domain.messages import CONTEXT, AccountRevoked, DealerDeskError, Problem, ValidationError


class _Revocations(QObject):
    """Says "this account was deactivated" to the main window from wherever a service refused it."""

    revoked = Signal(str)


revocations = _Revocations()


def tr_message(text: str) -> str:
    """Translate a domain/service source text (context "Messages")."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(err: DealerDeskError) -> str:
    text = err.render(tr_message)
    if isinstance(err, AccountRevoked):  # every dialog shows errors through here: the window signs out
        revocations.revoked.emit(text)
    return text


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


def ask_to_go_on(parent: QWidget | None, text: str, go: str, stop: str) -> bool:
    """A warning with two named buttons; Enter and Esc both stop (the safe answer is the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("Feedback", "DealerDesk"), text, parent=parent
    )
    go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    stop_button = box.addButton(stop, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stop_button)
    box.setEscapeButton(stop_button)
    box.exec()
    return box.clickedButton() is go_button
