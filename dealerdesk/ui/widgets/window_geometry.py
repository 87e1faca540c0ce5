"""Window sizes that fit the screen a window opens on, remembered per workstation.

A fixed ``resize(900, 1000)`` puts a dialog's buttons below the taskbar on a 1000-px-high
screen. Windows ask for the size they would like (or the one the person left them at) and
get at most the screen's available geometry, less room for the title bar and borders.
The front desk's screens: 1366x768 at 100 % and 125 %, 1920x1080 at 150 % (1280x720
logical); tests/ui/test_screen_sizes.py opens every window on each of them.

Every top-level window and dialog sizes itself through this module; fields that must show a
plate, a VIN, a mobile number or a name whole get their minimum width from ``min_chars``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QWidget

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


def room(widget: QWidget) -> QSize:
    """The largest client size whose frame fits the widget's screen."""
    return available_geometry(widget).size() - FRAME_ALLOWANCE


def fits(widget: QWidget, size: QSize) -> bool:
    free = room(widget)
    return size.width() <= free.width() and size.height() <= free.height()


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted`` or less, and keep the frame inside the available geometry."""
    widget.resize(fit_size(widget, wanted))
    if widget.isVisible():
        keep_on_screen(widget)


def fit_window(widget: QWidget, wanted: QSize) -> None:
    """A window or dialog without a remembered size: ``wanted`` fitted to the screen, placed on it."""
    fit_to_screen(widget, wanted)
    keep_on_screen_when_shown(widget)


class _KeepOnScreen(QObject):
    """Qt centres a dialog over its parent when shown; near a screen edge that may push it past it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            keep_on_screen(watched)
        return False


def keep_on_screen_when_shown(widget: QWidget) -> None:
    if widget.findChild(_KeepOnScreen) is None:
        widget.installEventFilter(_KeepOnScreen(widget))


def keep_on_screen(widget: QWidget) -> None:
    """Move a shown window so that its frame (and so its buttons) lies inside the available geometry."""
    area = available_geometry(widget)
    frame = widget.frameGeometry()
    left = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    top = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (left, top) != (frame.left(), frame.top()):
        widget.move(left, top)


def restore_size(widget: QWidget, key: str, default: QSize) -> None:
    """The size the person left this kind of window at (else ``default``), fitted to the screen.

    A remembered size from a larger screen (or another scaling) is dropped, not squeezed: the
    window then opens at its default fitted to this screen.
    """
    saved = app_qsettings().value(f"{key}/size")
    usable = isinstance(saved, QSize) and saved.isValid() and not saved.isEmpty() and fits(widget, saved)
    fit_window(widget, saved if usable else default)


def remember_size(widget: QWidget, key: str) -> None:
    settings = app_qsettings()
    settings.setValue(f"{key}/size", widget.size())
    settings.sync()


def remember_dialog_size(dialog: QDialog, key: str, default: QSize) -> None:
    """Restore the dialog's size now and store it whenever it closes (accept, reject, Esc, the X)."""
    restore_size(dialog, key, default)
    dialog.finished.connect(lambda _result: remember_size(dialog, key))


def restore_main_window(window: QMainWindow, geometry: object, default: QSize) -> None:
    """The main window where it was left, if that still lies on the screen; else ``default`` fitted.

    When even the window's minimum size does not fit (a small screen at 150 %), it opens maximized.
    """
    if isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry):
        if window.isMaximized() or (
            available_geometry(window).contains(window.frameGeometry()) and fits(window, window.size())
        ):
            return
        window.setWindowState(Qt.WindowState.WindowNoState)
    fit_window(window, default)
    if not fits(window, window.minimumSizeHint()):
        window.setWindowState(Qt.WindowState.WindowMaximized)


# Characters a field must show whole at the smallest size (issue 21).
PLATE_CHARS = 10
VIN_CHARS = 17
MOBILE_CHARS = 13
NAME_CJK_CHARS = 8


def chars_width(widget: QWidget, chars: int, cjk: bool = False) -> int:
    """Pixels for ``chars`` characters in the widget's font: Latin capitals and digits, or CJK."""
    metrics = QFontMetrics(widget.font())
    sample = "中" * chars if cjk else "A" * (chars // 2) + "0" * (chars - chars // 2)  # plates and VINs mix both
    return metrics.horizontalAdvance(sample)


def min_chars(edit: QLineEdit, chars: int, cjk: bool = False) -> None:
    """Never narrower than ``chars`` characters, whatever the layout and the screen (frame and margins added)."""
    margins = edit.textMargins()
    edit.setMinimumWidth(chars_width(edit, chars, cjk) + margins.left() + margins.right() + 12)
