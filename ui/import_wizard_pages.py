"""The import wizard's later pages: column mapping, preview (the dry run) and the run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from tracker.errors import BeaconError, UndoRefused
from tracker.excel.batches import (
    ImportCancelled,
    ImportResult,
    apply_import,
    undo_import,
    used_links,
)
from tracker.excel.error_rows import write_errors_workbook
from tracker.excel.headers import (
    REQUIRED_FIELDS,
    header_names,
    importable_fields,
    mapping_for,
    remember_mapping,
    remembered_mapping,
)
from tracker.excel.importer import ImportOptions, ImportPlan, RowPlan, plan_sheet
from tracker.excel.values import clean_text
from tracker.vcards.importing import plan_vcard_import

from ui.background import BackgroundTask
from ui.context import AppContext
from ui.import_wizard import CHANGE_COLOR, ERROR_COLOR, ImportChoices, error_label
from ui.messages import shown

PREVIEW_LIMIT = 500


def field_label(field: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "title": translate("ImportWizard", "Title"), "name": translate("ImportWizard", "Name"),
        "name_zh": translate("ImportWizard", "Chinese name"),
        "organization": translate("ImportWizard", "Organization"),
        "client": translate("ImportWizard", "Client"),
        "primary_contact": translate("ImportWizard", "Primary contact"),
        "pipeline": translate("ImportWizard", "Pipeline"),
        "stage": translate("ImportWizard", "Stage"), "status": translate("ImportWizard", "Status"),
        "value": translate("ImportWizard", "Value"),
        "currency": translate("ImportWizard", "Currency"),
        "probability": translate("ImportWizard", "Probability"),
        "expected_close": translate("ImportWizard", "Expected close"),
        "owner": translate("ImportWizard", "Owner"),
        "business_line": translate("ImportWizard", "Business line"),
        "approach": translate("ImportWizard", "Approach"),
        "modality": translate("ImportWizard", "Modality"),
        "modalities": translate("ImportWizard", "Modalities"),
        "next_step": translate("ImportWizard", "Next step"),
        "next_step_due": translate("ImportWizard", "Next step due"),
        "lost_reason": translate("ImportWizard", "Lost reason"),
        "notes": translate("ImportWizard", "Notes"), "kind": translate("ImportWizard", "Kind"),
        "country": translate("ImportWizard", "Country"), "city": translate("ImportWizard", "City"),
        "website": translate("ImportWizard", "Website"),
        "emails": translate("ImportWizard", "Emails"),
        "phones": translate("ImportWizard", "Phones"),
        "wechat_id": translate("ImportWizard", "WeChat ID"),
        "languages": translate("ImportWizard", "Languages"),
        "uid": translate("ImportWizard", "Beacon ID"),
        "version": translate("ImportWizard", "Version"),
        "is_company": translate("ImportWizard", "Is a company (row is an organization)"),
    }
    return labels.get(field, field)


class MappingPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.headers: list[str] = []
        self.setTitle(self.tr("Match columns to Beacon fields"))
        self.setSubTitle(self.tr("Guessed from English and Chinese headers and the exports "
                                 "of HubSpot, Pipedrive, Salesforce, Zoho and Odoo. Beacon "
                                 "remembers your choice for files with the same headers."))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                              self.tr("Examples"), self.tr("Beacon field")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        sheet = self.choices.sheet
        assert sheet is not None
        row = self.choices.header_row
        self.headers = header_names(sheet.rows[row])
        entity = self.choices.entity
        remembered = remembered_mapping(self.headers, entity)
        mapping = mapping_for(self.headers, entity)
        self.note.setText(self.tr("Using the mapping you chose last time for these headers.")
                          if remembered else self.tr("Check the guesses; choose “Do not "
                                                     "import” for columns Beacon should skip."))
        data = sheet.rows[row + 1:]
        self.table.setRowCount(len(self.headers))
        fields = importable_fields(entity)
        for index, header in enumerate(self.headers):
            self.table.setItem(index, 0, QTableWidgetItem(header))
            samples = [clean_text(r[index]) for r in data[:50] if index < len(r)]
            samples = [s for s in samples if s][:3]
            self.table.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            box = QComboBox()
            box.setObjectName(f"mapping{index}")
            box.addItem(self.tr("Do not import"), None)
            for name in fields:
                box.addItem(field_label(name), name)
            box.setCurrentIndex(max(0, box.findData(mapping.get(header))))
            box.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(index, 2, box)
        self.table.resizeRowsToContents()
        self._check()

    def mapping(self) -> dict[str, str | None]:
        result: dict[str, str | None] = {}
        for index, header in enumerate(self.headers):
            box = self.table.cellWidget(index, 2)
            assert isinstance(box, QComboBox)
            result[header] = box.currentData()
        return result

    @Slot()
    def _check(self) -> None:
        required = REQUIRED_FIELDS[self.choices.entity]
        if required not in self.mapping().values():
            self.error.setText(self.tr("Choose the column that holds the %1; every record "
                                       "needs one.").replace("%1", field_label(required)))
            self.error.show()
        else:
            self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return REQUIRED_FIELDS[self.choices.entity] in self.mapping().values()

    def validatePage(self) -> bool:
        self.choices.mapping = self.mapping()
        return True


ACTION_COLUMN = 1


class PreviewPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Preview: what the import would do"))
        self.setSubTitle(self.tr("Nothing has been written yet. Cells with a problem are red "
                                 "(hover for the reason); changed values are yellow."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.only_notable = QCheckBox(self.tr("Show only rows with problems or changes"))
        self.only_notable.toggled.connect(self._fill)
        self.table = QTableWidget()
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.error = error_label()
        # The dry run reads every row: off the window's thread, with progress (100,000 rows
        # take seconds) and cancelled by Back or Cancel.
        self.task: BackgroundTask | None = None
        self.checking = QProgressBar()
        self.checking.setObjectName("planProgress")
        self.checking.setRange(0, 100)
        self.checking.setFormat(self.tr("Checking rows… %p%"))
        self.checking.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.checking)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_notable)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        choices = self.choices
        assert choices.path is not None
        choices.plan = None
        self.error.hide()
        self._fill()
        path, vcard, mode, links = choices.path, choices.vcard, choices.mode, choices.create_links
        sheet, workbook = choices.sheet, choices.workbook
        options = ImportOptions(entity=choices.entity, mode=mode, mapping=choices.mapping,
                                header_row=choices.header_row, create_links=links)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            def tick(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled()
                progress(done, total)

            if vcard:
                return plan_vcard_import(path, mode=mode, create_links=links, progress=tick)
            assert sheet is not None and workbook is not None
            # The sheet the wizard has read already: not read a second time.
            return plan_sheet(path, workbook.file_hash, sheet, options, tick)

        task = self.task = BackgroundTask(work, self)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(lambda plan: self._on_planned(task, plan))
        task.failed.connect(lambda error: self._on_failed(task, error))
        self.checking.setValue(0)
        self.checking.show()
        task.start()

    def cleanupPage(self) -> None:
        """Back: stop a dry run still reading."""
        self.cancel()
        super().cleanupPage()

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.checking.setValue(int(100 * done / total) if total else 100)

    def _on_planned(self, task: BackgroundTask, plan: ImportPlan) -> None:
        if task is not self.task:  # a dry run left by Back
            return
        self.checking.hide()
        self.choices.plan = plan
        self._fill()
        self.completeChanged.emit()

    def _on_failed(self, task: BackgroundTask, error: object) -> None:
        if task is not self.task:
            return
        self.checking.hide()
        if isinstance(error, ImportCancelled):
            return
        if not isinstance(error, BeaconError):
            raise error  # type: ignore[misc]  # a bug: crash loudly
        self.error.setText(str(error))
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.choices.plan
        return not self.busy and plan is not None and (plan.count("create")
                                                       + plan.count("update")) > 0

    def action_text(self, row: RowPlan) -> str:
        if row.entity and row.action in ("create", "update"):  # a company row of a people file
            return (self.tr("new organization") if row.action == "create"
                    else self.tr("update organization"))
        return {"create": self.tr("new"), "update": self.tr("update"),
                "unchanged": self.tr("unchanged"), "skip": self.tr("skip"),
                "error": self.tr("error")}[row.action]

    @Slot()
    def _fill(self) -> None:
        plan = self.choices.plan
        self.table.clear()
        if plan is None:
            self.summary.setText("")
            self.table.setRowCount(0)
            return
        counts = plan.counts
        links = len(used_links(plan))
        text = (self.tr(
            "%1 to create, %2 to update, %3 unchanged, %4 skipped, %5 with errors "
            "(not imported). %6 linked organizations/contacts would be created.")
            .replace("%1", str(counts["create"])).replace("%2", str(counts["update"]))
            .replace("%3", str(counts["unchanged"])).replace("%4", str(counts["skip"]))
            .replace("%5", str(counts["error"])).replace("%6", str(links)))
        created = plan.created()
        if len(created) > 1:  # people and companies in one file
            text += " " + (self.tr("Of the new records, %1 are companies (organizations) and "
                                   "%2 people (contacts).")
                           .replace("%1", str(created.get("organization", 0)))
                           .replace("%2", str(created.get("contact", 0))))
        self.summary.setText(text)
        rows = [r for r in plan.rows if not self.only_notable.isChecked()
                or r.action in ("update", "error") or r.suggestions]
        rows = rows[:PREVIEW_LIMIT]
        # Mapped columns, leaving out those blank in every row shown (a vCard's unused
        # properties); cards are headed by the fields they fill.
        shown_headers = [h for i, h in enumerate(plan.headers) if plan.mapping.get(h) and any(
            clean_text(cells[i]) for cells in (plan.raw_rows[r.row - 1] for r in rows)
            if i < len(cells))]
        cards = plan.unit == "card"
        titles = [field_label(plan.mapping[h] or "") if cards else h for h in shown_headers]
        self.table.setColumnCount(3 + len(shown_headers))
        self.table.setHorizontalHeaderLabels([self.tr("Card") if cards else self.tr("Row"),
                                              self.tr("Action"), *titles,
                                              self.tr("Problems and notes")])
        notes_column = 2 + len(shown_headers)
        self.table.setRowCount(len(rows))
        index_of = {h: plan.headers.index(h) for h in shown_headers}
        field_of = {h: plan.mapping[h] for h in shown_headers}
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(str(row.row)))
            action = QTableWidgetItem(self.action_text(row))
            notes = [shown(n) for n in (row.note, *row.suggestions)]
            action.setToolTip("\n".join(n for n in notes if n))
            if row.action == "error":
                action.setBackground(QBrush(ERROR_COLOR))
            self.table.setItem(r, ACTION_COLUMN, action)
            raw = plan.raw_rows[row.row - 1]
            problems = {p.column: shown(p.reason) for p in row.problems}
            for c, header in enumerate(shown_headers, start=2):
                i = index_of[header]
                item = QTableWidgetItem(clean_text(raw[i]) if i < len(raw) else "")
                field = field_of[header] or ""
                changed = row.changes.get(field) or row.changes.get(
                    "value_minor" if field == "value" else field)
                if header in problems:
                    item.setBackground(QBrush(ERROR_COLOR))
                    item.setToolTip(problems[header])
                elif changed is not None:
                    item.setBackground(QBrush(CHANGE_COLOR))
                    item.setToolTip(f"{changed[0]} → {changed[1]}")
                self.table.setItem(r, c, item)
            reasons = [f"{p.column}: {shown(p.reason)}" if p.column else shown(p.reason)
                       for p in row.problems]
            text = "; ".join([*reasons, *(n for n in notes if n)])
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(r, notes_column, item)
        self.table.resizeColumnsToContents()
        for c in range(notes_column):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 200))
        # A long reason is cut (its tooltip holds it all), so the header stays in view.
        self.table.setColumnWidth(notes_column, min(self.table.columnWidth(notes_column), 320))
        self.table.horizontalHeader().setStretchLastSection(True)


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
                                                 self.tr("Why it was not imported")])
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
        counts = result.counts
        self.status.setText(self.tr(
            "Done: %1 created, %2 updated, %3 unchanged, %4 skipped. %5 row(s) could not "
            "be imported.").replace("%1", str(counts["create"]))
            .replace("%2", str(counts["update"])).replace("%3", str(counts["unchanged"]))
            .replace("%4", str(counts["skip"])).replace("%5", str(counts["error"])))
        self.errors_button.setVisible(counts["error"] > 0)
        self.undo_button.show()
        self._show_problems(plan)
        self.context.bus.publish(result.changes)
        self.completeChanged.emit()
        self.imported.emit(result)

    def _show_problems(self, plan: Any) -> None:
        problems = plan.problems
        self.problems.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            self.problems.setItem(r, 0, QTableWidgetItem(str(problem.row)))
            self.problems.setItem(r, 1, QTableWidgetItem(problem.column or ""))
            self.problems.setItem(r, 2, QTableWidgetItem(shown(problem.reason)))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(problems))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.progress.setValue(0)
        self.cancel_button.hide()
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("Import cancelled; nothing was changed."))
        elif isinstance(error, BeaconError):
            self.status.setText(self.tr("Nothing was imported: %1").replace("%1", str(error)))
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
            self.status.setText(self.status.text() + "\n" + str(error))
            return
        self.undo_button.hide()
        self.errors_button.hide()
        self.status.setText(self.tr("The import was undone: the records it created are gone "
                                    "and the ones it changed are as they were."))
