"""File > Import: a wizard from a spreadsheet to records, every step shown before anything
is written. File -> sheet and header row -> column mapping -> mode and matching ->
preview with problems marked per cell (the dry run) -> import with progress and
cancel -> report, with the errors workbook and undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from tracker.errors import ImportFileError
from tracker.excel.headers import find_header_row, guess_entity, header_names
from tracker.excel.importer import BEACON_SHEETS, ImportPlan, default_sheet
from tracker.excel.reading import Sheet, Workbook, open_workbook, read_sheet
from tracker.excel.values import clean_text
from tracker.vcards.reading import is_vcard, read_cards

from ui.context import AppContext
from ui.messages import error_message

PREVIEW_ROWS = 12
ERROR_COLOR = QColor("#f8d7da")
CHANGE_COLOR = QColor("#fff3cd")
HEADER_COLOR = QColor("#d6e4f0")


def entity_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"opportunity": translate("ImportWizard", "Opportunities"),
            "organization": translate("ImportWizard", "Organizations"),
            "contact": translate("ImportWizard", "Contacts")}


@dataclass
class ImportChoices:
    """What the user chose so far; each page reads and fills its part."""

    path: Path | None = None
    workbook: Workbook | None = None
    sheet: Sheet | None = None
    header_row: int = 0
    entity: str = "opportunity"
    mapping: dict[str, str | None] = field(default_factory=dict)
    mode: str = "upsert"
    create_links: bool = True
    plan: ImportPlan | None = None
    vcard: bool = False  # a .vcf: cards become contacts, no sheet or mapping to choose


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4161a;")
    label.hide()
    return label


class FilePage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV, in "
                                 "English or Chinese, from colleagues or another CRM; or "
                                 "vCards (.vcf) from a phone or an address book."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), self.path_edit.text(),
            self.tr("Spreadsheets and vCards (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        self.choices.vcard = is_vcard(path)
        try:
            if self.choices.vcard:
                read_cards(path)  # refused here, on this page, if it cannot be read
                self.choices.workbook, self.choices.entity = None, "contact"
            else:
                self.choices.workbook = open_workbook(path)
        except ImportFileError as error:
            self.error.setText(self.tr("This file cannot be imported: %1").replace(
                "%1", error_message(error)))
            self.error.show()
            return False
        self.choices.path = path
        self.error.hide()
        return True


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


class OptionsPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Create, update, or both"))
        self.setSubTitle(self.tr("Rows are matched by Beacon ID; otherwise by email, WeChat ID "
                                 "or phone (contacts), organization name without legal "
                                 "suffixes such as Co., Ltd. or 有限公司, or deal title within "
                                 "its organization. Near names are only suggested."))
        self.upsert = QRadioButton(self.tr("Create new records and update matching ones"))
        self.create_only = QRadioButton(self.tr("Only create new records (skip matches)"))
        self.update_only = QRadioButton(self.tr("Only update matching records (skip the rest)"))
        self.upsert.setChecked(True)
        self.create_links = QCheckBox(self.tr("Create organizations and contacts named in rows "
                                              "when they are not in Beacon yet"))
        self.create_links.setChecked(True)
        layout = QVBoxLayout(self)
        for widget in (self.upsert, self.create_only, self.update_only):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.create_links)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        self.choices.mode = ("create" if self.create_only.isChecked() else
                             "update" if self.update_only.isChecked() else "upsert")
        self.choices.create_links = self.create_links.isChecked()
        return True


class ImportWizard(QWizard):
    """Import a spreadsheet; `imported` carries the batch's ImportResult."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from ui.import_preview import PreviewPage
        from ui.import_wizard_pages import MappingPage, RunPage

        super().__init__(parent)
        self.context = context
        self.choices = ImportChoices()
        self.setWindowTitle(self.tr("Import from a spreadsheet or vCards"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 600)
        self.file_page = FilePage(self.choices)
        self.sheet_page = SheetPage(self.choices)
        self.mapping_page = MappingPage(self.choices)
        self.options_page = OptionsPage(self.choices)
        self.preview_page = PreviewPage(self.choices)
        self.run_page = RunPage(self.choices, context)
        self.run_page.imported.connect(self.imported)
        self.page_ids = [self.addPage(page) for page in (
            self.file_page, self.sheet_page, self.mapping_page, self.options_page,
            self.preview_page, self.run_page)]

    def nextId(self) -> int:
        """vCards have no sheet, header row or columns to choose: from the file to the
        options."""
        if self.currentPage() is self.file_page and self.choices.vcard:
            return self.page_ids[3]
        return super().nextId()

    def reject(self) -> None:
        if self.run_page.busy:
            self.run_page.cancel()
            return
        if self.preview_page.busy:
            # their threads must end before the wizard goes: close once every dry run stopped
            for task in self.preview_page.running:
                task.finished.connect(self.reject)
            self.preview_page.cancel()
            return
        super().reject()
