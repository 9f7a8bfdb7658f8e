"""Export what I see: the list's search, filters and chosen columns reach the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from PySide6.QtCore import Qt

from ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def test_list_export_button_exports_the_search_and_visible_columns(window, qtbot,
                                                                    tmp_path: Path) -> None:
    deals = window.show_page("opportunities")
    qtbot.keyClicks(deals.search_box, "juventas")
    assert deals.model.total == 1
    organization = next(a for a in deals.columns_menu.actions() if a.data() == "organization")
    organization.trigger()  # hide the Organization column from the Columns menu
    assert "organization" not in deals.visible_columns()

    qtbot.mouseClick(deals.export_button, Qt.MouseButton.LeftButton)
    dialogs = window.findChildren(ExportDialog)
    assert len(dialogs) == 1
    export = dialogs[0]
    qtbot.waitUntil(export.isVisible)
    target = tmp_path / "seen.xlsx"
    export.path_edit.setText(str(target))
    assert export.this_list.isChecked()
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.written is not None, timeout=20000)
    assert export.written == {"opportunity": 1}

    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Opportunities")
    rows = sheet.to_python()
    assert len(rows) == 2
    header = [h for h in rows[0] if h]
    assert "Organization" not in header and "Title" in header
    assert rows[1][header.index("Title")] == "Juventas: partnership with an international corporation"
