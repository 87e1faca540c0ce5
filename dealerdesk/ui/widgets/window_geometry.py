"""Window sizes that fit the screen a window opens on, remembered per workstation.

A fixed ``resize(900, 1000)`` puts a dialog's buttons below the taskbar on a 1000-px-high
screen. Windows ask for the size they would like (or the one the person left them at) and
get at most the screen's available geometry, less room for the title bar and borders.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# The frame is unknown until the window manager has decorated the window: leave room for a title
# bar and borders so that the whole frame, not only the client area, fits.
FRAME_ALLOWANCE = QSize(16, 40)


def app_qsettings() -> QSettings:
    """Per-user, per-workstation state (window sizes, last view); dealership settings live in the DB."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "DealerDesk", "DealerDesk")


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by taskbars and docks."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, shrunk to what fits on the widget's screen (never below its minimum size)."""
    room = available_geometry(widget).size() - FRAME_ALLOWANCE
    return wanted.boundedTo(room).expandedTo(widget.minimumSize())


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted`` or less, and keep the frame inside the available geometry."""
    widget.resize(fit_size(widget, wanted))
    if widget.isVisible():
        keep_on_screen(widget)


def keep_on_screen(widget: QWidget) -> None:
    """Move a shown window so that its frame (and so its buttons) lies inside the available geometry."""
    area = available_geometry(widget)
    frame = widget.frameGeometry()
    left = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    top = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (left, top) != (frame.left(), frame.top()):
        widget.move(left, top)


def restore_size(widget: QWidget, key: str, default: QSize) -> None:
    """The size the person left this kind of window at (else ``default``), fitted to the screen."""
    saved = app_qsettings().value(f"{key}/size")
    wanted = saved if isinstance(saved, QSize) and saved.isValid() and not saved.isEmpty() else default
    fit_to_screen(widget, wanted)


def remember_size(widget: QWidget, key: str) -> None:
    settings = app_qsettings()
    settings.setValue(f"{key}/size", widget.size())
    settings.sync()


def remember_dialog_size(dialog: QDialog, key: str, default: QSize) -> None:
    """Restore the dialog's size now and store it whenever it closes (accept, reject, Esc, the X)."""
    restore_size(dialog, key, default)
    dialog.finished.connect(lambda _result: remember_size(dialog, key))
