"""The preview's possible matches: rows that may be a record already in Beacon (the same
name without legal words, in pinyin, nearly; a deal with the same title). Beacon never
takes one for the other by itself: each row is a new record until the user says "it is
that record" here, and the dry run runs again with that choice."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.excel.plan import ImportPlan

from ui.importing.choices import Fit, read_only_table
from ui.messages import shown

CHOICE_COLUMN = 3
MOST_SHOWN = 4  # rows in view; more scroll (the preview above keeps the room)


class MatchesTable(QWidget):
    """A table of the plan's possible matches; `chosen(row, record id or 0)`."""

    chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: QTableWidget = read_only_table(
            "matchesTable", [self.tr("Row"), self.tr("In the file"),
                             self.tr("May be, in Beacon"), self.tr("Your choice")],
            [Fit.ResizeToContents, Fit.ResizeToContents, Fit.Stretch, Fit.Fixed])
        self.table.setColumnWidth(CHOICE_COLUMN, 230)
        note = QLabel(self.tr("These rows may be records Beacon has, by a name alike in another "
                              "way; each stays a new record unless you say which it is."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table)

    def show_plan(self, plan: ImportPlan | None, confirmed: dict[int, int]) -> None:
        rows = [r for r in plan.rows if r.candidates and (
            r.action == "create" or r.matched_by == "choice")] if plan else []
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = str(row.values.get("name") or row.values.get("title") or "")
            self.table.setItem(index, 0, QTableWidgetItem(str(row.row)))
            self.table.setItem(index, 1, QTableWidgetItem(name))
            record_id, label, reason = row.candidates[0]
            text = f"{label} ({shown(reason)})"
            item = QTableWidgetItem(text)
            item.setToolTip("\n".join(f"{c[1]} ({shown(c[2])})" for c in row.candidates))
            self.table.setItem(index, 2, item)
            box = QComboBox()
            box.setObjectName(f"match{row.row}")
            box.addItem(self.tr("A new record"), 0)
            for candidate_id, candidate_label, _ in row.candidates:
                box.addItem(self.tr("It is %1").replace("%1", candidate_label), candidate_id)
            box.setCurrentIndex(max(0, box.findData(confirmed.get(row.row, 0))))
            box.currentIndexChanged.connect(
                lambda _=0, number=row.row, widget=box: self._changed(number, widget))
            self.table.setCellWidget(index, CHOICE_COLUMN, box)
        self.table.resizeRowsToContents()
        shown_rows = sum(self.table.rowHeight(i) for i in range(min(len(rows), MOST_SHOWN)))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + shown_rows + 4)
        self.setVisible(bool(rows))

    @Slot()
    def _changed(self, number: int, box: QComboBox) -> None:
        self.chosen.emit(number, int(box.currentData() or 0))
