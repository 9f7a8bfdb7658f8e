"""The import wizard's first page: the file, refused here if it cannot be read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from tracker.errors import ImportFileError
from tracker.excel.reading import open_workbook
from tracker.vcards.reading import is_vcard, read_cards

from ui.importing.choices import ImportChoices, error_label
from ui.messages import error_message


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
            self.tr("Spreadsheets and vCards (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.htm *.html "
                    "*.mht *.mhtml *.xml *.vcf)"))
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


