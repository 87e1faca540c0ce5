"""The main window: navigation on the left, one page per area, the user and database in the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)

from dealerdesk import __version__
from dealerdesk.domain.messages import AccountRevoked
from dealerdesk.domain.roles import ROLE_LABELS, Role
from dealerdesk.services import users
from dealerdesk.services.renewal.common import VIEW_ROLES as RENEWAL_VIEW_ROLES
from dealerdesk.services.workshop.clock import CLOCK_ROLES
from dealerdesk.services.workshop.efficiency import REPORT_ROLES
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.colleague_dialog import ColleagueDialog, KeepsTypedWork
from dealerdesk.ui.dialogs.connection_dialog import database_text
from dealerdesk.ui.feedback import error_text, revocations, show_error, show_info, tr_message
from dealerdesk.ui.widgets.live_updates import LiveUpdates, refresh_in_place
from dealerdesk.ui.widgets.window_geometry import restore_main_window
from dealerdesk.ui.workshop import alerts_ui

# How often an idle window asks whether its account is still active; any action asks at once.
ACCOUNT_POLL_MS = 30_000

PageFactory = Callable[[UiContext], QWidget]
SWITCH_USER_KEY = "Ctrl+L"  # also inside dialogs: the session watches for it (ui/session.py)


def page_scroll(page: QWidget) -> QScrollArea:
    """A page taller than a small screen (Settings at 1366x768, 125 %) scrolls instead of pushing the
    window past the screen's edge; every other page fits and never shows a scroll bar."""
    scroll = QScrollArea()
    scroll.setObjectName("pageScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


def _lazy_page(module: str, class_name: str) -> PageFactory:
    """A factory that imports its page module on first use.

    Only the page shown first is imported at start-up; the others' heavy imports (ReportLab
    and charts for reports, QC models) wait until the person opens them (bench_startup.py).
    """

    def build(ctx: UiContext) -> QWidget:
        page_class = getattr(importlib.import_module(module), class_name)
        page: QWidget = page_class(ctx)
        return page

    return build


# Areas only some roles see (the services refuse the others anyway; this keeps the navigation honest).
AREA_ROLES: dict[str, tuple[Role, ...]] = {
    "care": (Role.CUSTOMER_CARE, Role.MANAGER, Role.ADMIN, Role.ADVISOR),
    "review": (Role.MANAGER, Role.ADMIN),
    "renewals": RENEWAL_VIEW_ROLES,
    # The workshop areas follow their services' roles: anyone else met only a refusal over empty charts.
    "parts_desk": (Role.PARTS_CLERK, Role.MANAGER),
    "workshop_clock": (*CLOCK_ROLES, Role.ADVISOR, Role.MANAGER),
    "workshop_report": REPORT_ROLES,
}


# The lists that follow other workstations' saves by themselves.
LIVE_PAGES = frozenset({"work_orders", "qc", "rework"})


def _pages() -> list[tuple[str, str, QStyle.StandardPixmap, PageFactory]]:
    sp = QStyle.StandardPixmap
    return [
        (
            "work_orders",
            MainWindow.tr("Work orders"),
            sp.SP_FileDialogDetailedView,
            _lazy_page("dealerdesk.ui.orders.work_orders_page", "WorkOrdersPage"),
        ),
        (
            "qc",
            MainWindow.tr("Quality control"),
            sp.SP_DialogApplyButton,
            _lazy_page("dealerdesk.ui.qc.qc_page", "QcPage"),
        ),
        (
            "rework",
            MainWindow.tr("Rework"),
            sp.SP_BrowserReload,
            _lazy_page("dealerdesk.ui.rework.rework_page", "ReworkPage"),
        ),
        (
            "parts_desk",
            MainWindow.tr("Parts desk"),
            sp.SP_DriveHDIcon,
            _lazy_page("dealerdesk.ui.workshop.parts_desk_page", "PartsDeskPage"),
        ),
        (
            "workshop_clock",
            MainWindow.tr("Workshop clock"),
            sp.SP_MediaPlay,
            _lazy_page("dealerdesk.ui.workshop.clock_page", "ClockPage"),
        ),
        (
            "workshop_report",
            MainWindow.tr("Workshop report"),
            sp.SP_FileDialogContentsView,
            _lazy_page("dealerdesk.ui.workshop.report_page", "WorkshopReportPage"),
        ),
        (
            "packages",
            MainWindow.tr("Packages"),
            sp.SP_DriveNetIcon,
            _lazy_page("dealerdesk.ui.packages.packages_page", "PackagesPage"),
        ),
        (
            "cashier",
            MainWindow.tr("Cashier"),
            sp.SP_DialogSaveButton,
            _lazy_page("dealerdesk.ui.settlement.cashier_page", "CashierPage"),
        ),
        (
            "reports",
            MainWindow.tr("Reports"),
            sp.SP_FileDialogInfoView,
            _lazy_page("dealerdesk.ui.rework.reports_page", "ReportsPage"),
        ),
        (
            "care",
            MainWindow.tr("Customer care"),
            sp.SP_MessageBoxInformation,
            _lazy_page("dealerdesk.ui.care.care_area", "CareArea"),
        ),
        (
            "renewals",
            MainWindow.tr("Renewals"),
            sp.SP_DialogYesButton,
            _lazy_page("dealerdesk.ui.renewal.renewal_area", "RenewalArea"),
        ),
        (
            "review",
            MainWindow.tr("Manager's review"),
            sp.SP_FileDialogContentsView,
            _lazy_page("dealerdesk.ui.review.review_page", "ReviewPage"),
        ),
        (
            "settings",
            MainWindow.tr("Settings"),
            sp.SP_FileDialogListView,
            _lazy_page("dealerdesk.ui.admin.settings_page", "SettingsPage"),
        ),
    ]


class MainWindow(QMainWindow):
    switch_user_requested = Signal()  # Ctrl+L: the session signs the next person in
    closed = Signal()  # the person closed the window (quit), not a switch of user

    def __init__(self, ctx: UiContext, qsettings: QSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self.qsettings = qsettings
        self.setWindowTitle(self.tr("DealerDesk – {dealer}").format(dealer=ctx.settings.dealer_name))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 10px 6px; }"
        )
        self.stack = QStackedWidget()
        self.page_keys: list[str] = []
        self._factories: list[PageFactory] = []
        for key, label, icon, factory in _pages():
            if not ctx.actor.has(*AREA_ROLES.get(key, tuple(Role))):
                continue
            item = QListWidgetItem(self.style().standardIcon(icon), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.page_keys.append(key)
            self._factories.append(factory)
            self.stack.addWidget(QWidget())  # placeholder until the page is first shown
        self._built: set[int] = set()
        self._fit_navigation()
        self.nav.currentRowChanged.connect(self.show_page)
        # The navigation has a fixed width, so a plain layout (a splitter would leave a dead gap).
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menu()
        roles = ", ".join(tr_message(ROLE_LABELS[r]) for r in sorted(ctx.actor.roles))
        self.user_label = QLabel(self.tr("Signed in: {name} ({roles})").format(name=ctx.actor.full_name, roles=roles))
        self.db_label = QLabel(database_text(ctx.db))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        # Rights follow the database: a deactivated account is signed out, here and on every workstation.
        self.signed_out = False
        self._account_timer = QTimer(self)
        self._account_timer.setInterval(ACCOUNT_POLL_MS)
        self._account_timer.timeout.connect(self.check_account)
        self._account_timer.start()
        revocations.revoked.connect(self._revoked, Qt.ConnectionType.QueuedConnection)
        # Another workstation saved: the list in front refreshes by itself (the others when shown).
        self.live = LiveUpdates(ctx.db, self)
        self.live.changed.connect(self.refresh_live_page)
        self.restore_state()
        # Work running late: the advisor sees it within a minute (badge, status bar).
        self.alert_watch = alerts_ui.install(self)

    def check_account(self) -> None:
        try:
            users.check_still_signed_in(self.ctx.db, self.ctx.actor)
        except AccountRevoked as err:
            error_text(err)  # reaches _revoked like any refusal a dialog shows

    def _revoked(self, text: str) -> None:
        """Say why, put away every dialog, sign out. Nothing more is saved under this account: what was
        typed in a form that keeps typed work is saved under a colleague who signs in, or discarded
        when the person says so."""
        if self.signed_out:
            return
        self.signed_out = True
        self._account_timer.stop()
        show_error(self, text)
        for dialog in reversed(self.findChildren(QDialog)):
            if dialog.isVisible():
                if isinstance(dialog, KeepsTypedWork) and dialog.typed_work():
                    self.keep_or_discard(dialog)
                dialog.done(QDialog.DialogCode.Rejected)
        self.close()

    def keep_or_discard(self, dialog: QDialog) -> None:
        assert isinstance(dialog, KeepsTypedWork)
        while self.ask_keep_typed_work(dialog):
            colleague = ColleagueDialog(self.ctx.db, dialog.windowTitle(), dialog.keep_typed_work, dialog)
            kept = colleague.exec()
            colleague.deleteLater()
            if kept:
                return
        dialog.discard_typed_work()

    def ask_keep_typed_work(self, dialog: QWidget) -> bool:
        """Save under a colleague, or discard (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, dialog.windowTitle(), "", parent=dialog)
        box.setText(
            self.tr(
                "What you typed here cannot be saved under your account any more. "
                "A colleague can sign in to save it under theirs; otherwise it is discarded."
            )
        )
        keep = box.addButton(self.tr("Save as a &colleague…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is keep

    def refresh_live_page(self) -> None:
        row = self.nav.currentRow()
        if row < 0 or row not in self._built or self.page_keys[row] not in LIVE_PAGES:
            return
        page = self.page_widget(row)  # the page itself, not the scroll area around it
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh_in_place(page, refresh)

    def _fit_navigation(self) -> None:
        """As wide as its longest area name in this language (a fixed width cut "Manager's review"
        and added a sideways scroll bar), with room for the up-down bar a short screen needs."""
        self.nav.ensurePolished()
        names = self.nav.sizeHintForColumn(0)
        bar = self.nav.verticalScrollBar().sizeHint().width()
        self.nav.setFixedWidth(max(170, names + bar + 2 * self.nav.frameWidth() + 4))

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_user_action = QAction(self.tr("&Switch user…"), self)
        self.switch_user_action.setShortcut(QKeySequence(SWITCH_USER_KEY))
        self.switch_user_action.triggered.connect(lambda _=False: self.switch_user_requested.emit())
        file_menu.addAction(self.switch_user_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i in range(self.nav.count()):
            action = QAction(self.nav.item(i).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About DealerDesk"), self)
        about.triggered.connect(
            lambda: show_info(
                self, self.tr("DealerDesk {version}\nService office of a car dealership.").format(version=__version__)
            )
        )
        help_menu.addAction(about)

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        if row not in self._built:
            old = self.stack.widget(row)
            page = self._factories[row](self.ctx)
            page.setObjectName(f"page_{self.page_keys[row]}")
            self.stack.insertWidget(row, page_scroll(page))
            self.stack.removeWidget(old)
            old.deleteLater()
            self._built.add(row)
        self.stack.setCurrentIndex(row)
        page = self.page_widget(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def page(self, key: str) -> QWidget:
        row = self.page_keys.index(key)
        self.nav.setCurrentRow(row)
        return self.page_widget(row)

    def page_widget(self, row: int) -> QWidget:
        holder = self.stack.widget(row)
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def restore_state(self) -> None:
        restore_main_window(self, self.qsettings.value("main_window/geometry"), QSize(1280, 800))
        last = str(self.qsettings.value("main_window/last_view", "work_orders"))
        row = self.page_keys.index(last) if last in self.page_keys else 0
        self.nav.setCurrentRow(row)

    def close_open_dialogs(self) -> bool:
        """Close every dialog open over the window, innermost first; False if the person kept one open.

        Each dialog deals with what was typed in it the way its own Close does: the work order asks
        Save / Discard / Cancel, a checklist keeps its answers as a draft.
        """
        for dialog in reversed(self.findChildren(QDialog)):
            if dialog.isVisible():
                dialog.reject()
                if dialog.isVisible():
                    dialog.raise_()
                    dialog.activateWindow()
                    return False
        return True

    def save_state(self) -> None:
        self.qsettings.setValue("main_window/geometry", self.saveGeometry())
        row = self.nav.currentRow()
        if row >= 0:
            self.qsettings.setValue("main_window/last_view", self.page_keys[row])
        self.qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_open_dialogs():
            event.ignore()
            return
        self.live.stop()
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()
