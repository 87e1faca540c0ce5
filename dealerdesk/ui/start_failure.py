"""What the person can do when the database does not open at start: try again, change where the
data is kept, or quit. An office server that is still booting (or a cable pulled) is the usual
cause; quitting and starting again by hand is what the person would otherwise have to do."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


class StartAction(Enum):
    RETRY = "retry"
    CONNECTION = "connection"
    QUIT = "quit"


def ask_start_failure(text: str, *, can_change_connection: bool) -> StartAction:
    """The reason, and the way on. Retry is the default: Enter after the server is back."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("StartFailure", "DealerDesk"), text)
    box.setInformativeText(
        QCoreApplication.translate(
            "StartFailure",
            "If the office server is starting or the network is down, wait a moment and try again.",
        )
    )
    retry = box.addButton(QCoreApplication.translate("StartFailure", "&Try again"), QMessageBox.ButtonRole.AcceptRole)
    connection = None
    if can_change_connection:
        connection = box.addButton(
            QCoreApplication.translate("StartFailure", "&Where the data is kept…"), QMessageBox.ButtonRole.ActionRole
        )
    box.addButton(QCoreApplication.translate("StartFailure", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return StartAction.RETRY
    if connection is not None and clicked is connection:
        return StartAction.CONNECTION
    return StartAction.QUIT
