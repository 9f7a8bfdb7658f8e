"""Stage editor and exchange-rate dialog: edits save at once and the board follows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from tracker.models import Opportunity, Stage
from tracker.services import money, records
from tracker.services.pipelines import default_pipeline, stages_of

from ui.board.board_page import BoardPage
from ui.board.rates_dialog import RatesDialog
from ui.board.stage_editor import StageEditorDialog
from ui.context import AppContext

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext) -> StageEditorDialog:
    dialog = StageEditorDialog(context, default_pipeline().id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_editor_lists_stages_and_saves_each_edit(qtbot: QtBot, editor: StageEditorDialog,
                                                 context: AppContext) -> None:
    stages = stages_of(default_pipeline().id)
    assert editor.table.rowCount() == len(stages)
    item = editor.table.item(1, 0)
    assert item is not None and item.text() == "Qualified"
    item.setText("Qualified lead")
    assert Stage.get_by_id(stages[1].id).name == "Qualified lead"
    spin = editor.table.cellWidget(1, 1)
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert Stage.get_by_id(stages[1].id).probability == 25
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in stages_of(default_pipeline().id)][:2] == ["Qualified lead", "Lead"]


def test_a_duplicate_name_is_refused_in_the_dialog(editor: StageEditorDialog) -> None:
    item = editor.table.item(1, 0)
    assert item is not None
    item.setText("Lead")
    assert "has a stage Lead" in editor.message.text()
    refreshed = editor.table.item(1, 0)
    assert refreshed is not None and refreshed.text() == "Qualified"


def test_deleting_a_stage_with_deals_asks_where_they_go(qtbot: QtBot,
                                                        editor: StageEditorDialog) -> None:
    stages = stages_of(default_pipeline().id)
    deal = records.create("opportunity", {"title": "Held", "stage": stages[2].id}).first_created
    editor.table.selectRow(2)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    ask = editor.move_dialog
    assert ask is not None and ask.isVisible()
    ask.target.setCurrentIndex(ask.target.findData(stages[4].id))
    qtbot.mouseClick(ask.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert Stage.get_or_none(Stage.id == stages[2].id) is None
    assert Opportunity.get_by_id(deal).stage_id == stages[4].id
    assert editor.table.rowCount() == len(stages) - 1


def test_board_follows_stage_edits(qtbot: QtBot, context: AppContext,
                                   editor: StageEditorDialog) -> None:
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.show()  # a hidden page refreshes when shown (tests/gui/test_change_propagation.py)
    qtbot.waitExposed(board)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [c.stage.name for c in board.columns.values()][-1] == "New stage"
    qtbot.mouseClick(editor.new_pipeline_button, Qt.MouseButton.LeftButton)
    assert board.pipeline_box.findText("New pipeline") >= 0


def test_rates_dialog_saves_a_rate_and_the_board_converts_with_it(
        qtbot: QtBot, context: AppContext) -> None:
    stage = stages_of(default_pipeline().id)[0]
    records.create("opportunity", {"title": "Dollar deal", "stage": stage.id, "value": "1000",
                                   "currency": "USD"})
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    # A new install converts at the shipped rate, and says it is the default one.
    assert board.columns[stage.id].base_total.text() == "≈ CNY 7.1K"
    assert "× 7.1072 (default rate of 2025-09-01" in board.columns[stage.id].base_total.toolTip()
    dialog = RatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())] == [
        "Default (CFETS central parity, 2025-09-01)"] * 2
    dialog.currency_box.setCurrentText("USD")
    dialog.quote_box.setCurrentText("CNY")
    qtbot.keyClicks(dialog.rate_edit, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a number" in dialog.error.text()
    dialog.rate_edit.clear()
    qtbot.keyClicks(dialog.rate_edit, "7.25")
    dialog.date_edit.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2  # the user's USD rate, and EUR's shipped one
    assert dialog.table.item(0, 0).text() == "1 USD = 7.25 CNY"
    assert dialog.table.item(1, 0).text() == "1 EUR = 8.3129 CNY"
    qtbot.waitUntil(lambda: board.columns[stage.id].base_total.text() == "≈ CNY 7.2K")
    assert "× 7.25 (rate of 2026-11-02)" in board.columns[stage.id].base_total.toolTip()

    dialog.base_box.setCurrentText("USD")
    assert money.base_currency() == "USD"
    qtbot.waitUntil(lambda: board.columns[stage.id].base_total.text() == "USD 1K")
    assert board.columns[stage.id].currencies.text() == "All in USD"  # said once

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert money.list_rates() == [] and dialog.table.rowCount() == 2  # the shipped ones
    assert money.is_default_rate("USD", "CNY")
