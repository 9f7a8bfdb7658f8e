"""Exchange rates the user keeps, and the base currency every total converts to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError, ValidationError
from tracker.services import money

from ui.context import AppContext
from ui.messages import shown


class RatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        codes = money.currency_codes()

        base_row = QHBoxLayout()
        base_row.addWidget(QLabel(self.tr("Base currency for every total:"), self))
        self.base_box = QComboBox(self)
        self.base_box.addItems(codes)
        self.base_box.setCurrentText(money.base_currency())
        self.base_box.currentTextChanged.connect(self._base_chosen)
        base_row.addWidget(self.base_box)
        base_row.addStretch(1)
        layout.addLayout(base_row)
        note = QLabel(self.tr("Shared by everyone on this database. Totals use each currency's "
                              "newest rate (either direction); a currency without a rate is "
                              "shown apart, never added."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #616e7c;")
        layout.addWidget(note)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Rate"), self.tr("As of"),
                                              self.tr("Entered by"), self.tr("Entered")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        pair = QHBoxLayout()
        pair.addWidget(QLabel("1", self))
        self.currency_box = QComboBox(self)
        self.currency_box.addItems(codes)
        self.currency_box.setCurrentText("USD" if "USD" in codes else codes[0])
        pair.addWidget(self.currency_box)
        pair.addWidget(QLabel("=", self))
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setPlaceholderText(self.tr("e.g. 7.12"))
        pair.addWidget(self.rate_edit, 1)
        self.quote_box = QComboBox(self)
        self.quote_box.addItems(codes)
        self.quote_box.setCurrentText(money.base_currency())
        pair.addWidget(self.quote_box)
        form.addRow(self.tr("Rate:"), pair)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        form.addRow(self.tr("As of:"), self.date_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)

        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save rate"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_rate)
        self.delete_button = QPushButton(self.tr("Delete selected rate"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.save_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._load()

    def _load(self) -> None:
        rates = money.list_rates()
        shipped = money.default_rates()
        self.table.setRowCount(len(rates) + len(shipped))
        for row, rate in enumerate(rates):
            text = f"1 {rate.currency_id} = {rate.rate} {rate.quote_id}"
            cells = (text, rate.as_of.isoformat(), rate.updated_by,
                     str(rate.updated_at)[:16])
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole,
                             (rate.currency_id, rate.quote_id, rate.as_of.isoformat()))
                self.table.setItem(row, column, item)
        # Shipped rates, for pairs the user has none of: marked, greyed, not deletable.
        for row, (currency, quote, rate, as_of) in enumerate(shipped, start=len(rates)):
            cells = (f"1 {currency} = {rate} {quote}", as_of.isoformat(),
                     self.tr("Default (%1)").replace("%1", money.DEFAULT_RATES_SOURCE), "")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setForeground(QColor("#6b7280"))
                item.setToolTip(self.tr("Shipped with Beacon; a rate you save for this pair "
                                        "replaces it."))
                self.table.setItem(row, column, item)

    def _base_chosen(self, code: str) -> None:
        try:
            self.context.run(money.set_base_currency, code)
        except BeaconError as error:
            self.error.setText(str(error))

    def save_rate(self) -> bool:
        qdate = self.date_edit.date()
        as_of = dt.date(qdate.year(), qdate.month(), qdate.day())
        try:
            self.context.run(money.set_rate, self.currency_box.currentText(),
                             self.quote_box.currentText(), self.rate_edit.text(), as_of)
        except ValidationError as error:
            self.error.setText("; ".join(shown(p.message) for p in error.problems))
            return False
        except BeaconError as error:
            self.error.setText(str(error))
            return False
        self.error.setText("")
        self.rate_edit.clear()
        self._load()
        return True

    def delete_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else (
            None)
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return  # nothing chosen, or a shipped rate (a saved rate replaces it)
        currency, quote, as_of = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.context.run(money.delete_rate, currency, quote, dt.date.fromisoformat(as_of))
        except BeaconError as error:
            self.error.setText(str(error))
            return
        self._load()
