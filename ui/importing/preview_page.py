"""The import wizard's preview page: the dry run, on a worker thread, with each row's action
and its problems marked per cell."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from tracker.details import change_words
from tracker.errors import BeaconError
from tracker.excel.batches import ImportCancelled, kept_in_notes, used_links
from tracker.excel.importer import ImportPlan, RowPlan, plan_sheet
from tracker.excel.linked_updates import linked_changes
from tracker.excel.program_defaults import program_default_messages, program_defaults
from tracker.excel.reading import read_sheet
from tracker.excel.sheets import plan_sheets
from tracker.excel.values import clean_text
from tracker.vcards.importing import plan_vcard_import

from ui.background import BackgroundTask
from ui.importing.choices import (
    CHANGE_COLOR,
    ERROR_COLOR,
    WARNING_COLOR,
    ImportChoices,
    MarkedCells,
    error_label,
    field_label,
)
from ui.importing.matches import MatchesTable
from ui.messages import error_message, number, shown

PREVIEW_LIMIT = 500
ACTION_COLUMN = 1


class PreviewPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Preview: what the import would do"))
        self.setSubTitle(self.tr("Nothing has been written yet. Red: the row cannot be "
                                 "imported; orange: the value is kept in the notes instead; "
                                 "yellow: a changed value. Hover a cell for the reason."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.only_notable = QCheckBox(self.tr("Show only rows with problems or changes"))
        self.only_notable.toggled.connect(self._fill)
        self.table = QTableWidget()
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(MarkedCells(self.table))
        self.error = error_label()
        # The dry run reads every row: off the window's thread, with progress (100,000 rows
        # take seconds) and cancelled by Back or Cancel.
        self.task: BackgroundTask | None = None  # the dry run shown
        self.running: list[BackgroundTask] = []  # with those left by Back, still stopping
        self.checking = QProgressBar()
        self.checking.setObjectName("planProgress")
        self.checking.setRange(0, 100)
        self.checking.setFormat(self.tr("Checking rows… %p%"))
        self.checking.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.checking)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_notable)
        layout.addWidget(self.table, 3)
        self.matches = MatchesTable()
        self.matches.hide()
        self.matches.chosen.connect(self._chosen)
        layout.addWidget(self.matches)
        layout.addWidget(self.error)

    @property
    def busy(self) -> bool:
        return any(task.running for task in self.running)

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.choices.confirmed = {}
        self.check()

    @Slot(int, int)
    def _chosen(self, row: int, record_id: int) -> None:
        """The user said which record a row is (or that it is a new one): check again."""
        if record_id:
            self.choices.confirmed[row] = record_id
        else:
            self.choices.confirmed.pop(row, None)
        self.cancel()
        self.check()

    def check(self) -> None:
        """The dry run, with what the user chose so far."""
        choices = self.choices
        assert choices.path is not None
        choices.plan = None
        self.error.hide()
        self._fill()
        path, vcard, mode, links = choices.path, choices.vcard, choices.mode, choices.create_links
        sheet, workbook, sheets = choices.sheet, choices.workbook, list(choices.sheets)
        options = choices.options()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            def tick(done: int, total: int) -> None:
                if cancelled():
                    raise ImportCancelled()
                progress(done, total)

            if vcard:
                return plan_vcard_import(path, mode=mode, create_links=links, progress=tick,
                                         confirmed=options.confirmed)
            assert sheet is not None and workbook is not None
            if len(sheets) > 1:  # several sheets of one layout, in one batch
                return plan_sheets(path, workbook.file_hash,
                                   [read_sheet(workbook, n) for n in sheets], options, tick)
            # The sheet the wizard has read already: not read a second time.
            return plan_sheet(path, workbook.file_hash, sheet, options, tick)

        task = self.task = BackgroundTask(work, self)
        self.running = [t for t in self.running if t.running] + [task]
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
        for task in self.running:
            task.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.checking.setValue(int(100 * done / total) if total else 100)

    def _on_planned(self, task: BackgroundTask, plan: ImportPlan) -> None:
        if task is not self.task:  # a dry run left by Back: only no longer busy
            self.completeChanged.emit()
            return
        self.checking.hide()
        self.choices.plan = plan
        self._fill()
        self.matches.show_plan(plan, self.choices.confirmed)
        self.completeChanged.emit()

    def _on_failed(self, task: BackgroundTask, error: object) -> None:
        if task is not self.task:
            self.completeChanged.emit()
            return
        self.checking.hide()
        if isinstance(error, ImportCancelled):
            return
        if not isinstance(error, BeaconError):
            raise error  # type: ignore[misc]  # a bug: crash loudly
        self.error.setText(error_message(error))
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
            .replace("%1", number(counts["create"])).replace("%2", number(counts["update"]))
            .replace("%3", number(counts["unchanged"])).replace("%4", number(counts["skip"]))
            .replace("%5", number(counts["error"])).replace("%6", number(links)))
        if plan.encoding:  # a CSV file: the encoding its text was read in
            text += " " + self.tr("Text read as %1.").replace("%1", plan.encoding)
        kept = len(plan.warnings)
        if kept:
            text += " " + self.tr("Values kept in the notes (orange, not imported into their "
                                  "fields): %1.").replace("%1", number(kept))
        columns = kept_in_notes(plan)
        if columns:
            text += " " + self.tr("Columns Beacon has no field for, kept in each record's "
                                  "notes as “Header: value”: %1.").replace("%1", ", ".join(columns))
        for message in program_default_messages(program_defaults(plan)):
            # Outlook's "Priority: Normal", left out of the notes
            text += " " + self.tr("%1.").replace("%1", shown(message))
        linked = linked_changes(plan)
        if linked:  # a contacts file's company line, for organizations Beacon has
            text += " " + self.tr("Phones added to organizations Beacon has: %1.").replace(
                "%1", "; ".join(f"{c['label']} ({', '.join(c['added'])})" for c in linked))
        created = plan.created()
        if len(created) > 1:  # people and companies in one file
            text += " " + (self.tr("Of the new records, %1 are companies (organizations) and "
                                   "%2 people (contacts).")
                           .replace("%1", number(created.get("organization", 0)))
                           .replace("%2", number(created.get("contact", 0))))
        self.summary.setText(text)
        rows = [r for r in plan.rows if not self.only_notable.isChecked()
                or r.action in ("update", "error") or r.suggestions or r.warnings]
        rows = rows[:PREVIEW_LIMIT]
        # Mapped columns, leaving out those blank in every row shown (a vCard's unused
        # properties); cards are headed by the fields they fill.
        shown_headers = [h for i, h in enumerate(plan.headers) if plan.mapping.get(h) and any(
            clean_text(cells[i]) for cells in (plan.cells(r) for r in rows)
            if i < len(cells))]
        cards = plan.unit == "card"
        titles = [field_label(plan.mapping[h] or "", plan.entity) if cards else h
                  for h in shown_headers]
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
            raw = plan.cells(row)
            problems = {p.column: shown(p.reason) for p in row.problems}
            warnings: dict[str | None, list[str]] = {}
            for warning in row.warnings:
                warnings.setdefault(warning.column, []).append(shown(warning.reason))
            for c, header in enumerate(shown_headers, start=2):
                i = index_of[header]
                item = QTableWidgetItem(clean_text(raw[i]) if i < len(raw) else "")
                field = field_of[header] or ""
                stored = "value_minor" if field == "value" else field
                changed = row.changes.get(field) or row.changes.get(stored)
                if header in problems:
                    item.setBackground(QBrush(ERROR_COLOR))
                    item.setToolTip(problems[header])
                elif header in warnings:
                    item.setBackground(QBrush(WARNING_COLOR))
                    item.setToolTip("\n".join(warnings[header]))
                elif changed is not None:  # what Beacon holds now → what the file says
                    old, new = change_words(plan.entity, stored if stored in row.changes
                                            else field, *changed)
                    item.setText(f"{old or '—'} → {new or '—'}")
                    item.setBackground(QBrush(CHANGE_COLOR))
                    item.setToolTip(self.tr("Now: %1\nAfter the import: %2").replace(
                        "%1", old or "—").replace("%2", new or "—"))
                elif field == "value" and header in plan.units and row.values.get("value"):
                    # amounts in 万元: what Beacon will hold, beside what the file says
                    read = f"{row.values.get('currency', '')} {Decimal(row.values['value']):,}"
                    item.setText(f"{item.text()} = {read.strip()}")
                    item.setToolTip(self.tr("Read as %1 (the header says %2)").replace(
                        "%1", read.strip()).replace("%2", plan.units[header]))
                self.table.setItem(r, c, item)
            reasons = [f"{p.column}: {shown(p.reason)}" if p.column else shown(p.reason)
                       for p in (*row.problems, *row.warnings)]
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
