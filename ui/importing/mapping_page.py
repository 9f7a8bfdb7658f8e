"""The import wizard's column mapping page."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tracker.catalogue.system_columns import is_system_column
from tracker.excel.headers import (
    PARTS_OF,
    REQUIRED_FIELDS,
    importable_fields,
    mapping_for,
    remembered_mapping,
    sheet_headers,
)
from tracker.excel.skipping import FIRST_ROWS, is_header_again, is_hint_row
from tracker.excel.values import clean_text

from ui.importing.choices import Fit, ImportChoices, error_label, field_label, read_only_table

NOTE = "note"  # the field that keeps a column's values in the notes as "Header: value"
FIELD_ROOM = 40  # px: a combo's drop-down (20 px in resources/style.qss) and the cell's margins


class MappingPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.headers: list[str] = []
        self.setTitle(self.tr("Match columns to Beacon fields"))
        self.setSubTitle(self.tr("Guessed from English and Chinese headers, Chinese CRM "
                                 "templates and the exports of Salesforce, HubSpot, "
                                 "Pipedrive, Zoho, Odoo, Google, Outlook and Thunderbird. "
                                 "Beacon remembers your choice for files with the same "
                                 "headers."))
        self.table = read_only_table(
            "mappingTable", [self.tr("Column in the file"), self.tr("Examples"),
                             self.tr("Beacon field")],
            [Fit.ResizeToContents, Fit.Stretch, Fit.Fixed])
        # one line a column: long examples are elided, not wrapped into rows of their own
        # height (the rows' heights were taken before the examples' column had its width)
        self.table.setWordWrap(False)
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
        self.headers = sheet_headers(sheet.rows, row)
        entity = self.choices.entity
        remembered = remembered_mapping(self.headers, entity)
        mapping = mapping_for(self.headers, entity, sheet.rows[row + 1:row + 501])
        self.note.setText(self.tr("Using the mapping you chose last time for these headers.")
                          if remembered else self.tr(
                              "Check the guesses. Columns Beacon has no field for are kept "
                              "in each record's notes as “Header: value”, except other "
                              "programs' ids and timestamps (system columns); choose “Ignore” "
                              "for columns Beacon should leave out."))
        # examples from the records, not a template's hint row or its English header row
        data = [r for n, r in enumerate(sheet.rows[row + 1:row + 51]) if n >= FIRST_ROWS or not (
            is_hint_row(r) or is_header_again(r, sheet.rows[row]))]
        self.table.setRowCount(len(self.headers))
        fields = importable_fields(entity)
        widest = 0
        for index, header in enumerate(self.headers):
            self.table.setItem(index, 0, QTableWidgetItem(header))
            samples = [clean_text(r[index]) for r in data if index < len(r)]
            samples = [s for s in samples if s][:3]
            self.table.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            box = QComboBox()
            box.setObjectName(f"mapping{index}")
            # another program's ids and timestamps (OWNERID, Created on) are left out
            box.addItem(self.tr("Ignore (system column)") if is_system_column(header)
                        else self.tr("Ignore"), None)
            box.addItem(field_label(NOTE, entity), NOTE)  # "Keep in notes": unknown columns
            box.insertSeparator(2)
            for name in fields:
                if name != NOTE:
                    box.addItem(field_label(name, entity), name)
            widest = max(widest, box.sizeHint().width())
            box.setCurrentIndex(max(0, box.findData(mapping.get(header))))
            box.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(index, 2, box)
        # as wide as the longest field ("Organization's ID in another system") with the
        # styled arrow and the cell's margins, which the style's size hint leaves out; the
        # examples take what is left
        self.table.setColumnWidth(2, widest + FIELD_ROOM)
        self.table.resizeRowsToContents()
        self._check()

    def mapping(self) -> dict[str, str | None]:
        result: dict[str, str | None] = {}
        for index, header in enumerate(self.headers):
            box = self.table.cellWidget(index, 2)
            assert isinstance(box, QComboBox)
            result[header] = box.currentData()
        return result

    def _has_required(self) -> bool:
        """The required field has a column, or its parts do (first and last name)."""
        required = REQUIRED_FIELDS[self.choices.entity]
        parts = PARTS_OF[self.choices.entity].get(required, ())
        return bool({required, *parts} & set(self.mapping().values()))

    @Slot()
    def _check(self) -> None:
        entity = self.choices.entity
        if not self._has_required():
            self.error.setText(self.tr("Choose the column that holds the %1; every record "
                                       "needs one.").replace(
                "%1", field_label(REQUIRED_FIELDS[entity], entity)))
            self.error.show()
        else:
            self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._has_required()

    def validatePage(self) -> bool:
        self.choices.mapping = self.mapping()
        self.choices.values_needed = self.choices.values_to_ask()
        return True


