"""What the import wizard's pages share: the user's choices so far, colours, an error label,
and the words for record types and Beacon fields (ui.importing.wizard puts the pages
together; no page imports another or the wizard)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
)

from tracker.catalogue.fields import label_of
from tracker.excel.importer import ImportOptions, ImportPlan, sheet_values
from tracker.excel.reading import Sheet, Workbook

PREVIEW_ROWS = 12
ERROR_COLOR = QColor("#f8d7da")
CHANGE_COLOR = QColor("#fff3cd")
WARNING_COLOR = QColor("#ffe0b2")  # a value the row lands without (kept in its notes)
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
    currency: str | None = None  # of amounts the file names no currency for
    value_map: dict[str, dict[str, str]] = field(default_factory=dict)  # the values step
    values_needed: bool = False  # the values step has something to ask or show
    confirmed: dict[int, int] = field(default_factory=dict)  # row -> the record it is
    sheets: list[str] = field(default_factory=list)  # ticked: imported in one batch
    encoding_confirmed: bool = True  # a CSV file's encoding is certain, or was chosen

    def values_to_ask(self) -> bool:
        """Whether the values step has anything to ask or show: the currency of amounts the
        file names none for, or stage, status and pipeline values to read."""
        if self.sheet is None or self.vcard:
            return False
        options = self.options()
        options.currency = None
        values = sheet_values(self.sheet, options)
        return values.money.asks or bool(values.values)

    def options(self) -> ImportOptions:
        """The import options these choices make (the dry run and the values step)."""
        return ImportOptions(entity=self.entity, mode=self.mode, mapping=self.mapping,
                             header_row=self.header_row, create_links=self.create_links,
                             currency=self.currency, value_map=self.value_map,
                             confirmed=dict(self.confirmed))


class MarkedCells(QStyledItemDelegate):
    """Draws each cell's background colour (errors, values kept in the notes, changes): the
    window's style sheet gives table items a border, and Qt then ignores their own
    background."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush):
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)


Fit = QHeaderView.ResizeMode


def read_only_table(name: str, titles: list[str], sizes: list[QHeaderView.ResizeMode]
                    ) -> QTableWidget:
    """A table of the wizard's: titled columns sized as given, no row numbers, not edited
    in place (choices are combo boxes in cells)."""
    table = QTableWidget(0, len(titles))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(titles)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for column, size in enumerate(sizes):
        table.horizontalHeader().setSectionResizeMode(column, size)
    return table


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4161a;")
    label.hide()
    return label




def field_label(field: str, entity: str | None = None) -> str:
    """A field's label from the field catalogue, in the interface's language."""
    return QCoreApplication.translate("Labels", label_of(field, entity) or field)
