"""Who made a change decides who reloads: the page that made it refreshes itself once,
other pages on screen follow the change, and hidden pages refresh when shown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tracker.models import Opportunity
from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of

from ui.board.board_page import BoardPage
from ui.board.card_model import CardRole
from ui.context import AppContext

pytestmark = pytest.mark.gui


def test_the_board_that_moves_a_card_reloads_once(qtbot: QtBot, context: AppContext,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    stages = stages_of(default_pipeline().id)
    deal = records.create("opportunity", {"title": "Juventas CAR-T licensing",
                                          "stage": stages[0].id}).first_created
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    reloads: list[int] = []
    original = BoardPage.reload
    monkeypatch.setattr(BoardPage, "reload", lambda self: (reloads.append(1), original(self)))
    view = board.columns[stages[0].id].view
    view.setFocus()
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CardRole).id == deal)
    view.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(context.bus.changed) as published:
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert published.args[0].initiator is board  # the change says who made it
    for _ in range(3):
        QApplication.processEvents()  # a reload the bus would queue runs here
    assert Opportunity.get_by_id(deal).stage_id == stages[1].id
    assert len(reloads) == 1  # its own reload; the bus's copy of the change is skipped


def test_a_hidden_list_refreshes_when_shown(window, qtbot: QtBot, context: AppContext) -> None:
    deals = window.show_page("opportunities")
    before = deals.model.rowCount()
    window.show_page("organizations")
    assert not deals.isVisible()
    context.run(records.create, "opportunity", {"title": "Gracell NK partnership"})
    assert deals.model.rowCount() == before  # hidden: not reloaded on every change
    window.show_page("opportunities")
    qtbot.waitUntil(lambda: deals.model.rowCount() == before + 1)
    titles = {deals.model.index(row, deals.model.column_of("title")).data()
              for row in range(deals.model.rowCount())}
    assert "Gracell NK partnership" in titles


def test_the_page_on_screen_follows_a_change_made_elsewhere(window, qtbot: QtBot,
                                                           context: AppContext) -> None:
    organizations = window.show_page("organizations")
    before = organizations.model.rowCount()
    context.run(records.create, "organization", {"name": "Bioheng Therapeutics"})
    assert organizations.model.rowCount() == before + 1
