"""Where this PC keeps its data: this PC only (an SQLite file) or the office server (PostgreSQL).

Shown at the very first start, and from Settings (administrators). The choice is saved on
this PC; the server's password goes to the operating system's keyring, never to a file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dealerdesk.db.database import Database, default_db_path
from dealerdesk.db.server_config import (
    DEFAULT_PORT,
    LOCAL,
    ServerConnection,
    load_choice,
    save_choice,
    store_password,
    try_connection,
)
from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.ui.feedback import error_text, show_info


def database_text(db: Database) -> str:
    """For the status bar and Settings: which database this window works on (never a password)."""
    if db.is_sqlite:
        return QCoreApplication.translate("ConnectionDialog", "Database: this PC – {name}").format(name=db.display_name)
    return QCoreApplication.translate("ConnectionDialog", "Database: office server – {name}").format(
        name=db.display_name
    )


class ConnectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, first_start: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DealerDesk – where the data is kept"))
        self.setObjectName("connection_dialog")
        self.choice: ServerConnection | str | None = None
        self.password_typed = ""
        intro = QLabel(
            self.tr("Welcome to DealerDesk. Where should this PC keep the service office's data?")
            if first_start
            else self.tr("Where this PC keeps the data. A change applies at the next start of DealerDesk.")
        )
        intro.setWordWrap(True)
        self.local = QRadioButton(
            self.tr("&This PC only (a file in your data folder: {path})").format(path=default_db_path())
        )
        self.server = QRadioButton(self.tr("&Office server (several workstations share one PostgreSQL database)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or office-server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("dealerdesk")
        self.user = QLineEdit("dealerdesk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("T&est connection"))
        self.test_button.clicked.connect(self.test)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.server_box = QGroupBox(self.tr("Office server"))
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)
        form.addRow(test_row)
        note = QLabel(self.tr("The password is kept in this PC's password store (keyring), never in a file."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept_choice)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addWidget(buttons)
        self.server.toggled.connect(self.server_box.setEnabled)
        current = load_choice()
        if isinstance(current, ServerConnection):
            self.server.setChecked(True)
            self.host.setText(current.host)
            self.port.setValue(current.port)
            self.database.setText(current.database)
            self.user.setText(current.user)
        else:
            self.local.setChecked(True)
            self.server_box.setEnabled(False)

    def connection(self) -> ServerConnection:
        return ServerConnection(
            self.host.text().strip(), self.port.value(), self.database.text().strip(), self.user.text().strip()
        )

    def test(self) -> bool:
        """Connect with what is typed; says what the server answered."""
        if not self.host.text().strip():
            self._show(False, self.tr("Enter the server's host name or address."))
            self.host.setFocus()
            return False
        try:
            revision = try_connection(self.connection(), self.password.text())
        except DealerDeskError as err:
            self._show(False, error_text(err))
            return False
        if revision is None:
            self._show(True, self.tr("Connected. The database is empty: DealerDesk sets it up at the next start."))
        else:
            self._show(True, self.tr("Connected (schema {revision}).").format(revision=revision))
        return True

    def _show(self, ok: bool, text: str) -> None:
        self.status.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.status.setText(text)

    def accept_choice(self) -> None:
        if self.local.isChecked():
            save_choice(LOCAL)
            self.choice = LOCAL
            self.accept()
            return
        if not self.test():  # a server that does not answer is not saved
            return
        server = self.connection()
        self.password_typed = self.password.text()
        save_choice(server)
        self.choice = server
        if self.password_typed:
            try:
                store_password(server, self.password_typed)
            except DealerDeskError as err:  # used for this session only; the reason is shown
                show_info(self, error_text(err))
        self.accept()
