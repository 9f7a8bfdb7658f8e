"""Many rows at once: shift-click a range, right-click, change them all; one Ctrl+Z."""

from __future__ import annotations

import pytest
from python_calamine import CalamineWorkbook

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from tracker.models import Opportunity
from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _row_point(table, row: int) -> QPoint:
    index = table.model().index(row, table.horizontalHeader().logicalIndex(0))
    table.scrollTo(index)
    return table.visualRect(index).center()


def _right_click(qtbot, page, row: int) -> QMenu:
    viewport = page.table.viewport()
    point = _row_point(page.table, row)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    qtbot.waitUntil(lambda: page.selection.menu is not None
                    and page.selection.menu.isVisible())
    return page.selection.menu


def _choose_range(qtbot, page, first: int, last: int) -> None:
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_row_point(page.table, first))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, SHIFT,
                     pos=_row_point(page.table, last))


def _fifty_deals(qtbot, window):
    deals = [records.create("opportunity", {"title": f"Bulk deal {n:02}",
                                            "expected_close": f"2027-01-{n % 28 + 1:02}"}
                            ).first_created for n in range(50)]
    page = window.show_page("opportunities")
    qtbot.keyClicks(page.search_box, "Bulk deal")
    qtbot.waitUntil(lambda: page.model.total == 50)
    return page, deals


def test_moving_fifty_chosen_deals_is_one_undo(window, qtbot) -> None:
    stages = stages_of(default_pipeline().id)
    page, deals = _fifty_deals(qtbot, window)
    _choose_range(qtbot, page, 0, 49)
    assert page.selection.count() == 50
    menu = _right_click(qtbot, page, 20)
    assert menu.actions()[0].text() == "50 records chosen"
    stage_menu = menu.findChild(QMenu, "bulk_stage")
    pipeline_menu = next(a.menu() for a in stage_menu.actions()
                         if a.text() == default_pipeline().name)
    target = next(a for a in pipeline_menu.actions() if a.text() == stages[3].name)
    target.trigger()
    menu.close()
    assert {Opportunity.get_by_id(i).stage_id for i in deals} == {stages[3].id}
    assert window.statusBar().currentMessage().startswith("Move 50 deals to ")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert {Opportunity.get_by_id(i).stage_id for i in deals} == {stages[0].id}


def test_owner_for_a_ctrl_chosen_few_and_delete_many_with_the_delete_key(window, qtbot
                                                                        ) -> None:
    page, deals = _fifty_deals(qtbot, window)
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_row_point(page.table, 1))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, CTRL,
                     pos=_row_point(page.table, 3))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, CTRL,
                     pos=_row_point(page.table, 5))
    chosen = [record_id for record_id, _ in page.selection.items()]
    assert len(chosen) == 3
    menu = _right_click(qtbot, page, 3)
    next(a for a in menu.actions() if a.objectName() == "bulk_owner").trigger()
    menu.close()
    dialog = page.selection.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.box.lineEdit(), "Jake Li")
    qtbot.keyClick(dialog.box.lineEdit(), Qt.Key.Key_Return)
    assert [Opportunity.get_by_id(i).owner for i in chosen] == ["Jake Li"] * 3
    assert Opportunity.select().where(Opportunity.owner == "Jake Li").count() == 3

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.selection.dialog
    assert isinstance(box, QMessageBox) and box.text() == "Delete 3 chosen records?"
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert all(Opportunity.get_by_id(i).deleted_at is not None for i in chosen)
    qtbot.waitUntil(lambda: page.model.total == 47)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert all(Opportunity.get_by_id(i).deleted_at is None for i in chosen)


def test_export_selection_writes_only_the_chosen_rows(window, qtbot, tmp_path) -> None:
    page, deals = _fifty_deals(qtbot, window)
    _choose_range(qtbot, page, 10, 14)
    menu = _right_click(qtbot, page, 12)
    next(a for a in menu.actions() if a.objectName() == "bulk_export").trigger()
    menu.close()
    dialog = page.selection.dialog
    assert dialog.chosen.isChecked() and "(5 records)" in dialog.chosen.text()
    target = tmp_path / "chosen.xlsx"
    dialog.path_edit.setText(str(target))
    chosen = [record_id for record_id, _ in page.selection.items()]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    assert dialog.written == {"opportunity": 5}
    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Opportunities")
    rows = sheet.to_python()
    title = rows[0].index("Title")
    assert sorted(row[title] for row in rows[1:]) == sorted(
        Opportunity.get_by_id(i).title for i in chosen)
