"""The import wizard's sheet page: which sheet, which row holds the headers, what the rows are."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tracker.errors import ImportFileError
from tracker.excel.headers import find_header_row, guess_entity, header_names
from tracker.excel.importer import BEACON_SHEETS, default_sheet
from tracker.excel.reading import Sheet, read_sheet
from tracker.excel.values import clean_text

from ui.importing.choices import HEADER_COLOR, PREVIEW_ROWS, ImportChoices, entity_labels, error_label
from ui.messages import error_message


class SheetPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("The row of column headers is found automatically, even "
                                 "under a title row; change it if it is wrong."))
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheetBox")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setMinimum(1)
        self.entity_box = QComboBox()
        self.entity_box.setObjectName("entityBox")
        for code, label in entity_labels().items():
            self.entity_box.addItem(label, code)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Sheet:"), self.sheet_box)
        form.addRow(self.tr("Header row:"), self.header_spin)
        form.addRow(self.tr("Import as:"), self.entity_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.sheet_box.currentTextChanged.connect(self._load_sheet)
        self.header_spin.valueChanged.connect(self._header_changed)

    def initializePage(self) -> None:
        workbook = self.choices.workbook
        assert workbook is not None
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(workbook.sheet_names)
        self.sheet_box.setCurrentText(default_sheet(workbook.sheet_names, None))
        self.sheet_box.blockSignals(False)
        self._load_sheet(self.sheet_box.currentText())

    @Slot(str)
    def _load_sheet(self, name: str) -> None:
        if not name or self.choices.workbook is None:
            return
        try:
            sheet = read_sheet(self.choices.workbook, name)
        except ImportFileError as error:
            self.error.setText(error_message(error))
            self.error.show()
            self.choices.sheet = None
            self.completeChanged.emit()
            return
        self.error.hide()
        self.choices.sheet = sheet
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(sheet.rows)))
        self.header_spin.setValue(find_header_row(sheet.rows) + 1)
        self.header_spin.blockSignals(False)
        self._header_changed(self.header_spin.value())
        self.completeChanged.emit()

    @Slot(int)
    def _header_changed(self, value: int) -> None:
        sheet = self.choices.sheet
        if sheet is None:
            return
        row = value - 1
        headers = header_names(sheet.rows[row]) if row < len(sheet.rows) else []
        entity = next((e for e, t in BEACON_SHEETS.items() if t == sheet.name), None) or (
            guess_entity(headers, sheet.rows[row + 1:row + 501]))
        self.entity_box.setCurrentIndex(self.entity_box.findData(entity))
        self._fill_preview(sheet, row)

    def _fill_preview(self, sheet: Sheet, header_row: int) -> None:
        shown = sheet.rows[:max(PREVIEW_ROWS, header_row + 4)]
        width = min(max((len(r) for r in shown), default=0), 30)
        self.table.clear()
        self.table.setRowCount(len(shown))
        self.table.setColumnCount(width)
        bold = QFont()
        bold.setBold(True)
        for r, cells in enumerate(shown):
            for c in range(width):
                value = cells[c] if c < len(cells) else None
                item = QTableWidgetItem(clean_text(value))
                if r == header_row:
                    item.setBackground(QBrush(HEADER_COLOR))
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 180))

    def isComplete(self) -> bool:
        return self.choices.sheet is not None

    def validatePage(self) -> bool:
        self.choices.header_row = self.header_spin.value() - 1
        self.choices.entity = str(self.entity_box.currentData())
        return True


