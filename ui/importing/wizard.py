"""File > Import: a wizard from a spreadsheet to records, every step shown before anything
is written. File -> sheet and header row -> column mapping -> mode and matching ->
preview with problems marked per cell (the dry run) -> import with progress and
cancel -> report, with the errors workbook and undo.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from ui.context import AppContext
from ui.importing.choices import ImportChoices
from ui.importing.file_page import FilePage
from ui.importing.mapping_page import MappingPage
from ui.importing.options_page import OptionsPage
from ui.importing.preview_page import PreviewPage
from ui.importing.run_page import RunPage
from ui.importing.sheet_page import SheetPage
from ui.importing.values_page import ValuesPage


class ImportWizard(QWizard):
    """Import a spreadsheet; `imported` carries the batch's ImportResult."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choices = ImportChoices()
        self.setWindowTitle(self.tr("Import from a spreadsheet or vCards"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(820, 560)  # the mapping and preview tables need the room
        room = parent.window().size() if parent is not None else None
        # as much of the window as the tables can use: a preview has many columns
        self.preferred = QSize(max(860, min(1180, int(room.width() * 0.85))) if room else 860,
                               max(600, min(780, int(room.height() * 0.85))) if room else 600)
        self.resize(self.preferred)
        self.file_page = FilePage(self.choices)
        self.sheet_page = SheetPage(self.choices)
        self.mapping_page = MappingPage(self.choices)
        self.values_page = ValuesPage(self.choices)
        self.options_page = OptionsPage(self.choices)
        self.preview_page = PreviewPage(self.choices)
        self.run_page = RunPage(self.choices, context)
        self.run_page.imported.connect(self.imported)
        self.page_ids = [self.addPage(page) for page in (
            self.file_page, self.sheet_page, self.mapping_page, self.values_page,
            self.options_page, self.preview_page, self.run_page)]

    def sizeHint(self) -> QSize:
        return self.preferred

    def nextId(self) -> int:
        """vCards have no sheet, header row or columns to choose: from the file to the
        options. The values step only when there is a currency to ask or values to read."""
        page = self.currentPage()
        if page is self.file_page and self.choices.vcard:
            return self.page_ids[4]
        if page is self.mapping_page and not self.choices.values_needed:
            return self.page_ids[4]
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
