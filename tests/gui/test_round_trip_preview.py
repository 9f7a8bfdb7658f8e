"""The manager's round trip: a workbook Beacon exported comes back edited; the preview
marks each changed cell (drawn yellow) and says what it holds now and after the import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWizard

from tracker.excel.exporter import ExportRequest, export_workbook
from tracker.queries import ListQuery
from tracker.services import records

pytestmark = pytest.mark.gui


def _next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_changed_cells_are_yellow_and_say_old_and_new(window, qtbot, tmp_path: Path) -> None:
    deal = ListQuery("opportunity").ids()[0]
    records.update("opportunity", deal, None, {"value": "1000", "currency": "USD",
                                                "owner": "Wang"})
    sent = tmp_path / "pipeline.xlsx"
    export_workbook(sent, ExportRequest.from_list(ListQuery("opportunity")))
    book = openpyxl.load_workbook(sent)
    sheet = book["Opportunities"]
    headers = [cell.value for cell in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, headers.index("Beacon ID") + 1).value == records.load(
                   "opportunity", deal).uid)
    sheet.cell(row, headers.index("Owner") + 1).value = "Li"
    sheet.cell(row, headers.index("Stage") + 1).value = "Proposal"
    sheet.cell(row, headers.index("Value") + 1).value = 2000
    book.save(sent)

    wizard = window.open_import()
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.file_page.path_edit, str(sent))
    while wizard.currentPage() is not wizard.preview_page:
        _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: not preview.busy and preview.checking.isHidden(), timeout=20000)
    table = preview.table
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    line = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == str(row))
    cells = {title: table.item(line, c) for c, title in enumerate(titles) if table.item(line, c)}
    assert cells["Owner"].text() == "Wang → Li"
    assert cells["Stage"].text() == "BD partnering · Lead → BD partnering · Proposal"
    assert cells["Value"].text() == "1,000.00 → 2,000.00"
    assert cells["Owner"].toolTip() == "Now: Wang\nAfter the import: Li"
    assert cells["Title"].background().style() == Qt.BrushStyle.NoBrush  # unchanged: plain
    table.scrollToItem(cells["Owner"])
    drawn = table.viewport().grab().toImage()
    rect = table.visualItemRect(cells["Owner"])
    assert QColor(drawn.pixel(rect.right() - 3, rect.center().y())).name() == "#fff3cd"
    wizard.reject()
