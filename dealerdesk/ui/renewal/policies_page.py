"""Policies (保单): the insurance department's list imported, checked row by row first.

Choose the file (.xlsx or .csv); every row is checked and the preview (shared with the sales-list
import) shows each rejected row and why; take all rows or only the good ones, or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.services.imports.checks import ImportCancelled, Preview
from dealerdesk.services.renewal import policy_import
from dealerdesk.services.renewal.policy_import import PolicyRow
from dealerdesk.ui.context import UiContext
from dealerdesk.ui.feedback import error_text, show_error
from dealerdesk.ui.imports.preview_dialog import Choice, ImportPreviewDialog
from dealerdesk.ui.imports.progress import ImportProgress


class PoliciesPage(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.preview: Preview[PolicyRow] | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.progress: ImportProgress | None = None
        self.choose_button = QPushButton(self.tr("&Choose policy list and check…"))
        self.choose_button.setObjectName("choose_policy_list")
        self.choose_button.clicked.connect(self.choose_file)
        self.result = QLabel(
            self.tr(
                "A policy list (.xlsx or .csv) needs the columns VIN, insurer and premium, and the compulsory "
                "(交强险) or commercial (商业险) expiry; the plate, policy number and last year's insurer are read "
                "when present. A car's policy of the same year is updated, not doubled."
            )
        )
        self.result.setObjectName("policy_import_result")
        self.result.setWordWrap(True)
        box = QGroupBox(self.tr("Import the insurance department's list"))
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a policy list"), "", self.tr("Policy lists (*.xlsx *.csv)")
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Read and check every row, then show the preview (``open``: not modal to the tests)."""
        self.progress = ImportProgress(self, self.tr("Checking {file}…").format(file=path.name))
        try:
            preview = policy_import.preview_policy_list(self.ctx.db, self.ctx.actor, path, self.progress)
        except ImportCancelled as err:
            self.result.setText(error_text(err))
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        finally:
            self.progress.close()
        self.preview = preview
        self.preview_dialog = ImportPreviewDialog(
            self, self.tr("Policy list: {file}").format(file=preview.file_name), preview, policy_import.COLUMNS
        )
        self.preview_dialog.finished.connect(self._decided)
        self.preview_dialog.open()

    def _decided(self, _result: int) -> None:
        dialog, preview = self.preview_dialog, self.preview
        if dialog is None or preview is None or dialog.choice is None:
            self.result.setText(self.tr("Nothing was imported."))
            return
        self.progress = ImportProgress(self, self.tr("Importing {file}…").format(file=preview.file_name))
        try:
            done = policy_import.import_policy_list(
                self.ctx.db, self.ctx.actor, preview, dialog.choice is Choice.GOOD, self.progress
            )
        except ImportCancelled as err:
            self.result.setText(error_text(err))
            return
        except DealerDeskError as err:
            show_error(self, error_text(err))
            return
        finally:
            self.progress.close()
        self.result.setText(
            self.tr(
                "{file} imported: {created} new policies, {updated} updated, {rejected} rows rejected. "
                "Build the weekly plan again to give the new ones a specialist."
            ).format(file=preview.file_name, created=done.created, updated=done.updated, rejected=done.rejected)
        )
