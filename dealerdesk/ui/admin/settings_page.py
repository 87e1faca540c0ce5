"""Settings: the dealership's header and defaults (managers), and user administration (admins)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.backups import backup_folder, last_backup
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.i18n import resolve_language
from dealerdesk.services import users
from dealerdesk.services.settings import MAX_IDLE_LOCK_MINUTES, save_settings
from dealerdesk.services.users import UserView
from dealerdesk.ui.admin.user_dialog import UserDialog
from dealerdesk.ui.admin.users_model import UsersModel
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.dialogs.connection_dialog import ConnectionDialog, database_text
from dealerdesk.ui.feedback import error_text, show_error, show_info
from dealerdesk.ui.renewal.offer_settings_box import OfferSettingsBox
from dealerdesk.ui.renewal.settings_box import RenewalSettingsBox
from dealerdesk.ui.review.care_settings_box import CareSettingsBox
from dealerdesk.ui.settlement.settlement_settings_box import SettlementSettingsBox
from dealerdesk.ui.widgets.repair_classes_box import RepairClassesBox


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        # The boxes scroll: however many settings there are, the page never forces the window
        # taller than a small screen (1366x768 at 125% leaves about 600 pixels). Settings on the
        # left, users on the right: stacked under the settings boxes, the users table had room
        # for three rows at the default window size.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.content_scroll = scroll
        # Users beside the settings where the page is wide enough for both, under them where it is not
        # (English at 1280 px cut the users box at the right).
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.settings_column = settings_column = QVBoxLayout()
        settings_column.addWidget(self._dealer_box())
        settings_column.addWidget(RepairClassesBox(ctx))  # rework: comeback window per category
        settings_column.addWidget(CareSettingsBox(ctx))  # satisfaction calls and complaints
        settings_column.addWidget(RenewalSettingsBox(ctx))  # renewal windows, target, summary hour
        settings_column.addWidget(OfferSettingsBox(ctx))  # 续保前移: threshold, prepayment, bonus, gift packages
        settings_column.addWidget(SettlementSettingsBox(ctx))  # the estimate margin, the VAT shown
        settings_column.addStretch(1)
        columns.addLayout(settings_column, 1)
        self.users_column: QVBoxLayout | None = None
        if ctx.actor.has(Role.ADMIN):
            self.users_column = users_column = QVBoxLayout()  # at its own height, at the top: never below the fold
            users_column.addWidget(self._database_box())
            users_column.addWidget(self._users_box())
            users_column.addStretch(1)
            columns.addLayout(users_column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        if self.users_column is None:
            return
        margins = self.columns.contentsMargins()
        needed = (
            self.settings_column.minimumSize().width()
            + self.users_column.minimumSize().width()
            + self.columns.spacing()
            + margins.left()
            + margins.right()
            + self.content_scroll.verticalScrollBar().sizeHint().width()
        )
        direction = QBoxLayout.Direction.LeftToRight if self.width() >= needed else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # --- dealership settings -------------------------------------------------------------
    def _dealer_box(self) -> QGroupBox:
        s = self.ctx.settings
        box = QGroupBox(self.tr("Dealership (printed on paper)"))
        self.dealer_name = QLineEdit(s.dealer_name)
        self.dealer_address = QLineEdit(s.dealer_address)
        self.dealer_phone = QLineEdit(s.dealer_phone)
        self.labour_rate = QDoubleSpinBox()
        self.labour_rate.setRange(0, 100000)
        self.labour_rate.setDecimals(2)
        self.labour_rate.setSuffix(self.tr(" CNY/h"))
        self.labour_rate.setValue(s.labour_rate_fen / 100)
        # A service manager approves discounts above this (percent of what a discount is taken off).
        self.discount_limit = QSpinBox()
        self.discount_limit.setObjectName("discountLimit")
        self.discount_limit.setRange(0, 100)
        self.discount_limit.setSuffix(" %")
        self.discount_limit.setValue(s.discount_limits_pct.get(Role.ADVISOR.value, 0))
        self.language = QComboBox()
        for code, label in (("system", self.tr("Follow the system")), ("zh_CN", "中文（简体）"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.ui_language)))
        self.idle_lock = QSpinBox()
        self.idle_lock.setObjectName("idleLockMinutes")
        self.idle_lock.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("never"))
        self.idle_lock.setValue(s.idle_lock_minutes)
        self.idle_lock.setToolTip(
            self.tr("A shared PC locks after this many minutes nobody touched it (Ctrl+L: switch user)")
        )
        self.teams = QPlainTextEdit("\n".join(s.teams))
        self.teams.setTabChangesFocus(True)
        self.teams.setFixedHeight(self.teams.fontMetrics().lineSpacing() * 3 + 12)
        self.teams.setPlaceholderText(self.tr("One team per line, e.g. 机电一组"))
        self.font_path = QLineEdit(s.font_path)
        self.font_path.setPlaceholderText(self.tr("automatic (bundled or system Chinese font)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_path, 1)
        font_row.addWidget(browse)
        form = QFormLayout(box)
        form.addRow(self.tr("Dealer &name:"), self.dealer_name)
        form.addRow(self.tr("&Address:"), self.dealer_address)
        form.addRow(self.tr("&Phone:"), self.dealer_phone)
        form.addRow(self.tr("La&bour rate:"), self.labour_rate)
        form.addRow(self.tr("Advisor's discount li&mit:"), self.discount_limit)
        form.addRow(self.tr("Default &language:"), self.language)
        form.addRow(self.tr("Lock when &idle for (minutes):"), self.idle_lock)
        form.addRow(self.tr("&Workshop teams:"), self.teams)
        font_label = QLabel(self.tr("Paper f&ont:"))
        font_label.setBuddy(self.font_path)  # a row holding a layout gets no buddy on its own
        form.addRow(font_label, font_row)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        can_edit = self.ctx.actor.has(Role.MANAGER, Role.ADMIN)
        for w in (
            self.dealer_name,
            self.dealer_address,
            self.dealer_phone,
            self.labour_rate,
            self.discount_limit,
            self.language,
            self.idle_lock,
            self.teams,
            self.font_path,
            browse,
            self.save_button,
        ):
            w.setEnabled(can_edit)
        if not can_edit:
            form.addRow(QLabel(self.tr("Only a service manager or an administrator can change these.")))
        form.addRow(self.save_button)
        # Backups (not an editable setting): one line, so the page keeps its height.
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Backups:"), self.backup_label)
        self.refresh()
        return box

    # --- backups --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Shown each time the page is: the backup of the day is made in the background after the start."""
        path = self.ctx.db.path
        if path is None:
            text = self.tr("A server database is backed up with the server's own tools (pg_dump).")
        elif (latest := last_backup(path)) is None:
            text = self.tr("No backup yet. DealerDesk makes one, verified, at the first start of each day in {folder}.")
            text = text.format(folder=backup_folder(path))
        else:
            text = self.tr(
                "Last backup: {time}, verified, in {path}. DealerDesk keeps 7 daily, 4 weekly and 12 monthly copies."
            ).format(time=latest.taken_at.strftime("%Y-%m-%d %H:%M"), path=latest.path)
        self.backup_label.setText(text)

    def _browse_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chinese TrueType font"), "", self.tr("TrueType fonts (*.ttf *.ttc)")
        )
        if path:
            self.font_path.setText(path)

    def save(self) -> None:
        old_lang = self.ctx.settings.ui_language
        new = dataclasses.replace(
            self.ctx.settings,
            dealer_name=self.dealer_name.text().strip(),
            dealer_address=self.dealer_address.text().strip(),
            dealer_phone=self.dealer_phone.text().strip(),
            labour_rate_fen=round(self.labour_rate.value() * 100),
            discount_limits_pct={
                **self.ctx.settings.discount_limits_pct,
                Role.ADVISOR.value: self.discount_limit.value(),
            },
            ui_language=str(self.language.currentData()),
            idle_lock_minutes=self.idle_lock.value(),
            font_path=self.font_path.text().strip(),
            teams=self.teams.toPlainText().splitlines(),
        )
        try:
            self.ctx.settings = save_settings(self.ctx.db, self.ctx.actor, new, base=self.ctx.settings)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        text = self.tr("Settings saved.")
        # "System" and the language the system has are the same language: say nothing then.
        if resolve_language(None, new.ui_language) != resolve_language(None, old_lang):
            text += " " + self.tr("The new language applies the next time DealerDesk starts.")
        show_info(self, text)

    # --- where the data is kept (administrators) -------------------------------------------
    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database"))
        row = QHBoxLayout(box)
        self.database_label = QLabel(database_text(self.ctx.db))
        self.database_label.setWordWrap(True)
        # Alt+K: Alt+C is the care settings' consolation gifts on the same page.
        self.connection_button = QPushButton(self.tr("Where the data is &kept…"))
        self.connection_button.clicked.connect(self.edit_connection)
        row.addWidget(self.database_label, 1)
        row.addWidget(self.connection_button)
        return box

    def edit_connection(self) -> None:
        self.connection_dialog = ConnectionDialog(self)
        self.connection_dialog.open()

    # --- users ---------------------------------------------------------------------------
    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Users"))
        self.users_model = UsersModel()
        self.users_view = QTableView()
        self.users_view.setModel(self.users_model)
        self.users_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.users_view.horizontalHeader().setStretchLastSection(True)
        self.users_view.verticalHeader().hide()
        # Room for ten users before scrolling: the page scrolls instead of squeezing the table to three rows.
        rows = 10
        self.users_view.setMinimumHeight(
            self.users_view.horizontalHeader().sizeHint().height()
            + rows * self.users_view.verticalHeader().defaultSectionSize()
            + 2 * self.users_view.frameWidth()
        )
        self.users_view.doubleClicked.connect(lambda _i: self.edit_user())
        add = QPushButton(self.tr("Add &user…"))
        add.clicked.connect(self.add_user)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit_user)
        reset = QPushButton(self.tr("&Reset password…"))
        reset.clicked.connect(self.reset_password)
        self.toggle_button = QPushButton(self.tr("&Deactivate / activate"))
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for b in (add, edit, reset, self.toggle_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.users_view)
        self.reload_users()
        return box

    def reload_users(self) -> None:
        self.users_model.set_rows(users.list_users(self.ctx.db))

    def selected_user(self) -> UserView | None:
        rows = self.users_view.selectionModel().selectedRows()
        return self.users_model.rows[rows[0].row()] if rows else None

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, None, self)
        if dialog.exec():
            self.reload_users()

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            show_error(self, self.tr("Select a user first."))
            return
        if UserDialog(self.ctx, user, self).exec():
            self.reload_users()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            show_error(self, self.tr("Select a user first."))
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {name}:").format(name=user.full_name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            users.reset_password(self.ctx.db, self.ctx.actor, user.id, password)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        show_info(self, self.tr("The password of {name} was reset.").format(name=user.full_name))

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            show_error(self, self.tr("Select a user first."))
            return
        try:
            users.set_active(self.ctx.db, self.ctx.actor, user.id, not user.is_active)
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        self.reload_users()
