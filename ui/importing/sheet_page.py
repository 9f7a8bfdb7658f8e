"""The import wizard's sheet page: which sheets (each with its row count; those sharing the
chosen one's columns can be ticked to import together), which row holds the headers,
what the rows are, and for a CSV file its text encoding (shown, and asked when not
certain)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tracker.encodings import CHOICES
from tracker.errors import ImportFileError
from tracker.excel.headers import find_header_row, guess_entity, sheet_headers
from tracker.excel.importer import BEACON_SHEETS, default_sheet
from tracker.excel.reading import Sheet, open_workbook, read_sheet
from tracker.excel.sheets import SheetCount, count_rows, joins
from tracker.excel.values import clean_text

from ui.importing.choices import (
    HEADER_COLOR,
    PREVIEW_ROWS,
    ImportChoices,
    MarkedCells,
    entity_labels,
    error_label,
)
from ui.messages import error_message, number

NameRole = Qt.ItemDataRole.UserRole + 1


class SheetPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.counts: list[SheetCount] = []
        self.setTitle(self.tr("Sheets and header row"))
        self.setSubTitle(self.tr("The row of column headers is found automatically, even "
                                 "under a title row; change it if it is wrong. Tick other "
                                 "sheets with the same columns to import them in the same "
                                 "batch."))
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheetList")
        self.sheet_list.setMaximumWidth(260)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setMinimum(1)
        self.entity_box = QComboBox()
        self.entity_box.setObjectName("entityBox")
        for code, label in entity_labels().items():
            self.entity_box.addItem(label, code)
        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("encodingBox")
        self.encoding_note = QLabel()
        self.encoding_note.setObjectName("encodingNote")
        self.encoding_note.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setItemDelegate(MarkedCells(self.table))
        self.error = error_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Header row:"), self.header_spin)
        self.form.addRow(self.tr("Import as:"), self.entity_box)
        self.form.addRow(self.tr("Text encoding:"), self.encoding_box)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.encoding_note)
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.sheet_list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        self.sheet_list.currentItemChanged.connect(self._current_changed)
        self.sheet_list.itemChanged.connect(self._ticked)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.encoding_box.activated.connect(self._encoding_chosen)

    def initializePage(self) -> None:
        workbook = self.choices.workbook
        assert workbook is not None
        self.counts = count_rows(workbook)
        csv = workbook.is_text
        self.form.setRowVisible(self.encoding_box, csv)
        self.encoding_note.setVisible(csv)
        if csv:
            self._show_encoding()
        self.sheet_list.setVisible(len(self.counts) > 1)
        self._fill_list(default_sheet(workbook.visible_names, None))

    def _fill_list(self, current: str) -> None:
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for count in self.counts:
            item = QListWidgetItem(self.tr("%1 · %2 rows").replace("%1", count.name)
                                   .replace("%2", number(count.rows)))
            item.setData(NameRole, count.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if count.name == current
                               else Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
            if count.name == current:
                self.sheet_list.setCurrentItem(item)
        self.sheet_list.blockSignals(False)
        self.choices.sheets = [current]
        self._load_sheet(current)
        self._mark_layouts()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_changed(self, item: QListWidgetItem | None, _: object) -> None:
        if item is None:
            return
        name = str(item.data(NameRole))
        self.sheet_list.blockSignals(True)
        for index in range(self.sheet_list.count()):  # the sheet shown is one imported
            other = self.sheet_list.item(index)
            if other is item:
                other.setCheckState(Qt.CheckState.Checked)
            elif other.checkState() == Qt.CheckState.Checked and not self._same_layout(
                    str(other.data(NameRole)), name):
                other.setCheckState(Qt.CheckState.Unchecked)
        self.sheet_list.blockSignals(False)
        self._load_sheet(name)
        self._mark_layouts()
        self._ticked()

    def _same_layout(self, first: str, second: str) -> bool:
        columns = {c.name: c.headers for c in self.counts}
        return joins(columns.get(first, ()), columns.get(second, ()))

    def _mark_layouts(self) -> None:
        """Only sheets with the shown sheet's columns (or nearly: tracker.excel.sheets.joins)
        can join it."""
        current = self.sheet_list.currentItem()
        shown = str(current.data(NameRole)) if current else ""
        self.sheet_list.blockSignals(True)
        for index in range(self.sheet_list.count()):
            item = self.sheet_list.item(index)
            name = str(item.data(NameRole))
            joins = name == shown or self._same_layout(name, shown)
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if joins
                          else flags & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip("" if joins else self.tr("Other columns: import it on its own"))
        self.sheet_list.blockSignals(False)

    @Slot()
    def _ticked(self, *_: object) -> None:
        self.choices.sheets = [str(self.sheet_list.item(i).data(NameRole))
                               for i in range(self.sheet_list.count())
                               if self.sheet_list.item(i).checkState()
                               == Qt.CheckState.Checked] or (
            [self.choices.sheet.name] if self.choices.sheet else [])

    def _show_encoding(self) -> None:
        workbook = self.choices.workbook
        assert workbook is not None
        self.encoding_box.blockSignals(True)
        self.encoding_box.clear()
        names = list(dict.fromkeys([workbook.encoding, *workbook.alternatives, *CHOICES]))
        for name in names:
            self.encoding_box.addItem(name, name)
        self.encoding_box.setCurrentIndex(0)
        self.encoding_box.blockSignals(False)
        how = workbook.encoding_how
        if workbook.alternatives:
            text = self.tr("Not certain: the text also reads as %1. Check the rows below "
                           "and choose the encoding in which they read right.").replace(
                "%1", ", ".join(workbook.alternatives))
        elif how == "replaced":
            text = self.tr("UTF-8, with a few bytes that are not: they show as \ufffd and the "
                           "rows holding them are marked in the preview.")
        elif how == "detected":
            text = self.tr("Found from the text; change it if the rows below read wrong.")
        else:
            text = ""
        self.encoding_note.setText(text)
        self.encoding_note.setStyleSheet("color: #a4161a;" if workbook.alternatives else "")
        self.choices.encoding_confirmed = not workbook.alternatives

    @Slot(int)
    def _encoding_chosen(self, index: int) -> None:
        workbook = self.choices.workbook
        assert workbook is not None and self.choices.path is not None
        encoding = str(self.encoding_box.itemData(index))
        try:
            self.choices.workbook = open_workbook(self.choices.path, encoding)
        except ImportFileError as error:
            self.error.setText(error_message(error))
            self.error.show()
            return
        self.encoding_note.setText(self.tr("Read as %1, as you chose.").replace("%1", encoding))
        self.encoding_note.setStyleSheet("")
        self.choices.encoding_confirmed = True
        self._load_sheet(self.choices.workbook.sheet_names[0])
        self.completeChanged.emit()

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
        headers = sheet_headers(sheet.rows, row) if row < len(sheet.rows) else []
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
        return self.choices.sheet is not None and self.choices.encoding_confirmed

    def validatePage(self) -> bool:
        self.choices.header_row = self.header_spin.value() - 1
        self.choices.entity = str(self.entity_box.currentData())
        return True
