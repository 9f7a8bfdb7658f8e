"""The import wizard's last page: the import itself, with progress, cancel, the report, the
errors workbook and undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tracker.errors import BeaconError, UndoRefused
from tracker.excel.batches import (
    ImportCancelled,
    ImportResult,
    apply_import,
    undo_import,
)
from tracker.excel.error_rows import write_errors_workbook
from tracker.excel.headers import remember_mapping
from tracker.excel.stages import remember_values

from ui.background import BackgroundTask
from ui.context import AppContext
from ui.importing.choices import ImportChoices
from ui.messages import error_message, number, shown


class RunPage(QWizardPage):
    imported = Signal(object)

    def __init__(self, choices: ImportChoices, context: AppContext) -> None:
        super().__init__()
        self.choices = choices
        self.context = context
        self.task: BackgroundTask | None = None
        self.result: ImportResult | None = None
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setObjectName("runStatus")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.errors_button = QPushButton(self.tr("Save errors workbook…"))
        self.errors_button.setObjectName("saveErrors")
        self.errors_button.clicked.connect(self.save_errors)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        for button in (self.cancel_button, self.errors_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("reportProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                                 self.tr("What happened")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.problems, 1)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def initializePage(self) -> None:
        plan = self.choices.plan
        assert plan is not None
        self.result = None
        self.errors_button.hide()
        self.undo_button.hide()
        self.cancel_button.show()
        self.status.setText(self.tr("Importing %1…").replace("%1", plan.path.name))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return apply_import(plan, progress=progress, cancelled=cancelled)

        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def isComplete(self) -> bool:
        return not self.busy and self.task is not None

    @Slot()
    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling… nothing will be changed."))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    @Slot(object)
    def _on_done(self, result: ImportResult) -> None:
        plan = self.choices.plan
        assert plan is not None
        self.result = result
        self.progress.setValue(100)
        self.cancel_button.hide()
        if not self.choices.vcard:  # a vCard's columns are Beacon's own
            remember_mapping(plan.headers, plan.entity, plan.mapping)
            remember_values(plan.entity, self.choices.value_map)
        counts = result.counts
        self.status.setText(self.tr(
            "Done: %1 created, %2 updated, %3 unchanged, %4 skipped. %5 row(s) could not "
            "be imported.").replace("%1", number(counts["create"]))
            .replace("%2", number(counts["update"])).replace("%3", number(counts["unchanged"]))
            .replace("%4", number(counts["skip"])).replace("%5", number(counts["error"])))
        self.errors_button.setVisible(counts["error"] > 0)
        self.undo_button.show()
        self._show_problems(plan)
        self.context.bus.publish(result.changes)
        batch = result.batch_uid
        if batch is not None:  # Ctrl+Z in the window undoes this import as a whole
            self.context.undo.push(result.changes,
                                   self.tr("Import %1").replace("%1", plan.path.name),
                                   undo=lambda: undo_import(batch))
        self.completeChanged.emit()
        self.imported.emit(result)

    def _show_problems(self, plan: Any) -> None:
        """Every row that did not simply land: not imported (and why), skipped (and why),
        and each value kept in the notes instead of its field."""
        entries: list[tuple[Any, str, str, str]] = []
        for row in plan.rows:
            where = f"{row.sheet} · {row.row}" if row.sheet else str(row.row)
            if row.action == "error":
                entries += [(row, where, p.column or "", self.tr("Not imported: %1").replace(
                    "%1", shown(p.reason))) for p in row.problems]
            elif row.action == "skip":
                entries.append((row, where, "", self.tr("Skipped: %1").replace(
                    "%1", shown(row.note))))
            else:
                entries += [(row, where, w.column or "", shown(w.reason)) for w in row.warnings]
        self.problems.setRowCount(len(entries))
        for r, (_, where, column, text) in enumerate(entries):
            self.problems.setItem(r, 0, QTableWidgetItem(where))
            self.problems.setItem(r, 1, QTableWidgetItem(column))
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a long reason is cut at the column's edge
            self.problems.setItem(r, 2, item)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(entries))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.progress.setValue(0)
        self.cancel_button.hide()
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("Import cancelled; nothing was changed."))
        elif isinstance(error, BeaconError):
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", error_message(error)))
        else:
            raise error  # type: ignore[misc]  # a bug: crash loudly
        self.completeChanged.emit()

    @Slot()
    def save_errors(self) -> None:
        plan = self.choices.plan
        assert plan is not None
        suggested = plan.path.with_name(plan.path.stem + " - errors.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save errors workbook"),
                                              str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        count = write_errors_workbook(plan, Path(path))
        self.status.setText(self.status.text() + "\n" + self.tr(
            "%1 row(s) saved to %2: fix them there and import that file again.")
            .replace("%1", str(count)).replace("%2", Path(path).name))

    @Slot()
    def undo(self) -> None:
        if self.result is None or self.result.batch_uid is None:
            return
        try:
            self.context.run(undo_import, self.result.batch_uid)
        except (UndoRefused, BeaconError) as error:
            self.status.setText(self.status.text() + "\n" + error_message(error))
            return
        self.context.undo.discard(self.result.batch_uid)
        self.undo_button.hide()
        self.errors_button.hide()
        self.status.setText(self.tr("The import was undone: the records it created are gone "
                                    "and the ones it changed are as they were."))
