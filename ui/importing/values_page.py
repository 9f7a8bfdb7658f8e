"""The import wizard's values step, before the dry run: which currency amounts are in when
the file does not say, and what each stage, status or pipeline value of the file means.
Beacon's reading of each value is shown and can be changed; what the user chooses is
remembered for later files, like a column mapping."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from tracker.excel.importer import SheetValues, ValueReading, sheet_values
from tracker.services.money import currency_codes

from ui.importing.choices import Fit, ImportChoices, field_label, read_only_table
from ui.labels import code_word, seeded_name
from ui.messages import number

MEANING_COLUMN = 3


class ValuesPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.values: SheetValues | None = None
        self.setTitle(self.tr("Amounts and stages"))
        self.setSubTitle(self.tr("How Beacon reads the file's amounts and its stage and "
                                 "status values. Change what is wrong; Beacon remembers your "
                                 "choices for later files."))
        self.money_note = QLabel()
        self.money_note.setObjectName("moneyNote")
        self.money_note.setWordWrap(True)
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("currencyBox")
        self.currency_box.setMinimumWidth(140)
        self.currency_label = QLabel()
        self.currency_label.setObjectName("currencyQuestion")
        strong = self.currency_label.font()
        strong.setBold(True)
        self.currency_label.setFont(strong)
        self.currency_row = QHBoxLayout()
        self.currency_row.addWidget(self.currency_label)
        self.currency_row.addWidget(self.currency_box)
        self.currency_row.addStretch(1)
        self.values_note = QLabel()
        self.values_note.setWordWrap(True)
        self.table = read_only_table(
            "valuesTable", [self.tr("Column"), self.tr("Value in the file"), self.tr("Rows"),
                            self.tr("Means in Beacon")],
            [Fit.ResizeToContents, Fit.Stretch, Fit.ResizeToContents, Fit.Fixed])
        self.table.setColumnWidth(MEANING_COLUMN, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.money_note)
        layout.addLayout(self.currency_row)
        layout.addSpacing(8)
        layout.addWidget(self.values_note)
        layout.addWidget(self.table, 1)
        self.currency_box.currentIndexChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        sheet = self.choices.sheet
        assert sheet is not None
        options = self.choices.options()
        options.currency = None  # to know whether the file itself says
        values = self.values = sheet_values(sheet, options)
        self._show_money(values)
        self._fill(values.values)

    def _show_money(self, values: SheetValues) -> None:
        money = values.money
        asks = money.asks
        self.currency_label.setVisible(asks)
        self.currency_box.setVisible(asks)
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        self.currency_box.addItem(self.tr("Choose…"), None)
        for code in currency_codes():
            self.currency_box.addItem(code, code)
        if self.choices.currency:
            self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(
                self.choices.currency)))
        self.currency_box.blockSignals(False)
        column = money.value_header or ""
        if asks:
            self.currency_label.setText(self.tr("Amounts in “%1” are in:").replace("%1", column))
            self.money_note.setText(self.tr(
                "The file does not say which currency its amounts are in (no currency "
                "column, nothing in the header or the amounts). Beacon never assumes one."))
        elif money.value_header is None:
            self.money_note.setText("")
        else:
            said = {"header": self.tr("as its header says"),
                    "chinese": self.tr("the currency of a Chinese template"),
                    "column": self.tr("from the file's currency column"),
                    "cells": self.tr("as each amount says")}
            source = money.currency_from.split(",")[0]
            text = self.tr("Amounts in “%1” are read in %2 (%3).").replace("%1", column).replace(
                "%2", money.currency or self.tr("their own currencies")).replace(
                "%3", said.get(source, source))
            if money.unit != 1:
                text += " " + self.tr("The header gives them in %1: each is multiplied by %2.") \
                    .replace("%1", money.unit_text).replace("%2", number(int(money.unit)))
            self.money_note.setText(text)
        self.money_note.setVisible(bool(self.money_note.text()))

    def _fill(self, readings: list[ValueReading]) -> None:
        values = self.values
        assert values is not None
        unknown = len(values.unknown)
        self.values_note.setText(
            self.tr("%1 value(s) Beacon does not know: say what they mean, or keep them in "
                    "the notes.").replace("%1", number(unknown)) if unknown else
            self.tr("Each value and where it goes. Change any that is wrong."))
        self.values_note.setVisible(bool(readings))
        self.table.setVisible(bool(readings))
        self.table.setRowCount(len(readings))
        for row, reading in enumerate(readings):
            self.table.setItem(row, 0, QTableWidgetItem(reading.header))
            self.table.setItem(row, 1, QTableWidgetItem(reading.text))
            count = QTableWidgetItem(number(reading.rows))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, count)
            self.table.setCellWidget(row, MEANING_COLUMN, self._meanings(row, reading))
        self.table.resizeRowsToContents()

    def _meanings(self, row: int, reading: ValueReading) -> QComboBox:
        values = self.values
        assert values is not None
        box = QComboBox()
        box.setObjectName(f"meaning{row}")
        box.addItem(self.tr("Keep in the notes"), "")
        if reading.field == "stage":
            for name in values.stages:
                box.addItem(seeded_name(name), name)
            box.addItem(code_word("won"), "won")
            box.addItem(code_word("lost"), "lost")
        elif reading.field == "status":
            for code in ("open", "won", "lost"):
                box.addItem(code_word(code), code)
        else:
            for name in values.pipelines:
                box.addItem(seeded_name(name), name)
        box.setCurrentIndex(max(0, box.findData(reading.meaning)))
        box.setToolTip(field_label(reading.field, "opportunity"))
        return box

    def value_map(self) -> dict[str, dict[str, str]]:
        """Each value whose meaning differs from Beacon's own reading, or that Beacon could
        not read (then the user's choice, even "keep in the notes", is remembered)."""
        values = self.values
        found: dict[str, dict[str, str]] = {}
        if values is None:
            return found
        for row, reading in enumerate(values.values):
            box = self.table.cellWidget(row, MEANING_COLUMN)
            assert isinstance(box, QComboBox)
            meaning = str(box.currentData() or "")
            if reading.chosen or meaning != reading.meaning or not reading.meaning:
                found.setdefault(reading.field, {})[reading.text] = meaning
        return found

    def isComplete(self) -> bool:
        values = self.values
        return values is None or not values.money.asks or self.currency_box.currentData() \
            is not None

    @Slot()
    def validatePage(self) -> bool:
        values = self.values
        self.choices.currency = (str(self.currency_box.currentData())
                                 if values is not None and values.money.asks else None)
        self.choices.value_map = self.value_map()
        return True

