"""File > Export and a list's "Export what I see": choose the file and the scope, watch
progress, cancel. The workbook is written by tracker.excel.exporter in a background
thread, so the window stays responsive; a cancelled export leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError
from tracker.excel.exporter import ExportCancelled, ExportRequest, export_workbook
from tracker.queries import ListQuery

from ui.background import BackgroundTask
from ui.context import AppContext
from ui.messages import error_message, plural
from ui.translation import installed_language


class ExportDialog(QDialog):
    """Export everything, or the list the user is looking at (its search, filters,
    sort and visible columns) when `query` is given."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 query: ListQuery | None = None, columns: Sequence[str] | None = None,
                 selection: ListQuery | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = query
        self.selection = selection
        self.columns = list(columns) if columns else None
        self.task: BackgroundTask | None = None
        self.written: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Export to Excel"))
        self.setMinimumWidth(520)

        self.path_edit = QLineEdit(str(self._default_path()))
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.everything = QRadioButton(self.tr("Everything, one sheet per record type"))
        self.this_list = QRadioButton()
        if query is not None:
            self.this_list.setText(plural(self.tr("What I see: this list with its search, "
                                                  "filters and columns (%n record(s))", "",
                                                  query.count())))
            self.this_list.setChecked(True)
        else:
            self.this_list.hide()
            self.everything.setChecked(True)
        self.chosen = QRadioButton()
        if selection is not None:
            self.chosen.setText(plural(self.tr("Only the chosen records, with this list's "
                                               "columns (%n record(s))", "",
                                               selection.count())))
            self.chosen.setChecked(True)
        else:
            self.chosen.hide()
        self.summary = QCheckBox(self.tr("Add a Summary sheet (pipeline by stage, forecast "
                                         "by month)"))
        self.summary.setChecked(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.status = QLabel(self.tr("The file keeps hidden Beacon ID and Version columns, so "
                                     "it can come back as an update. Stage, status, currency "
                                     "and kinds are drop-downs, in this window's language."))
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close_or_cancel)

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.everything)
        layout.addWidget(self.this_list)
        layout.addWidget(self.chosen)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _default_path(self) -> Path:
        name = self.tr("Beacon pipeline %1.xlsx").replace("%1", f"{dt.date.today():%Y-%m-%d}")
        return Path.home() / name

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                              self.path_edit.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def request(self) -> ExportRequest:
        if self.selection is not None and self.chosen.isChecked():
            request = ExportRequest.from_list(self.selection, self.columns)
        elif self.query is not None and self.this_list.isChecked():
            request = ExportRequest.from_list(self.query, self.columns)
        else:
            request = ExportRequest.everything()
        request.summary = request.summary and self.summary.isChecked()
        request.language = installed_language()  # kinds and statuses as the window words them
        return request

    @Slot()
    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose where to save the workbook."))
            return
        target = Path(text).expanduser()
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
            self.path_edit.setText(str(target))
        if not target.parent.is_dir():
            self.status.setText(self.tr("The folder %1 does not exist.").replace(
                "%1", str(target.parent)))
            return
        request = self.request()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return export_workbook(target, request, progress=progress, cancelled=cancelled)

        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self._set_running(True)
        self.status.setText(self.tr("Writing %1…").replace("%1", target.name))
        self.task.start()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.path_edit.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    @Slot(object)
    def _on_done(self, written: dict[str, int]) -> None:
        self.written = written
        self._set_running(False)
        self.progress.setValue(100)
        parts = [self.tr("%n record(s)", "", n) + f" ({self._sheet_name(e)})"
                 for e, n in written.items() if n]
        self.status.setText(self.tr("Saved %1: %2.").replace(
            "%1", Path(self.path_edit.text()).name).replace("%2", ", ".join(parts) or "0"))

    def _sheet_name(self, entity: str) -> str:
        names = {"opportunity": self.tr("opportunities"), "organization": self.tr("organizations"),
                 "contact": self.tr("contacts"), "conference": self.tr("conferences"),
                 "incentive": self.tr("incentive programmes"),
                 "activity": self.tr("activities")}
        return names.get(entity, entity)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Export cancelled; no file was written."))
        elif isinstance(error, BeaconError | OSError):
            self.status.setText(self.tr("The workbook could not be written: %1").replace(
                "%1", error_message(error)))
        else:
            raise error  # type: ignore[misc]  # a bug: crash loudly

    @Slot()
    def _close_or_cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().keyPressEvent(event)
