"""Two windows on one team server: a card moved in one appears in the other without a
reload (LISTEN/NOTIFY), and the status bar names the server and the login."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel

from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of
from tracker.storage import open_store

from ui.context import AppContext
from ui.settings import Settings

from tests.team.conftest import TeamServer

pytestmark = pytest.mark.gui
WITHIN_A_SECOND = 1000


def board_window(store, qtbot: QtBot, tmp_path, name: str):
    from ui.app import build_main_window, create_application

    create_application()
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    window = build_main_window(AppContext.create(store, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.live.live)
    return window, window.show_page("board")


def titles(board, stage_id: int) -> list[str]:
    model = board.columns[stage_id].model
    return [model.card_at(row).title for row in range(model.rowCount())]


def test_a_card_moved_in_one_window_appears_in_the_other(team_server: TeamServer,
                                                          qtbot: QtBot, tmp_path) -> None:
    team_server.add("ana")
    store = open_store(team_server.url("ana"))
    windows = []
    try:
        stages = stages_of(default_pipeline().id)
        records.create("opportunity", {"title": "Juventas CAR-T licensing",
                                       "stage": stages[0].id})
        first, first_board = board_window(store, qtbot, tmp_path, "first")
        second, second_board = board_window(store, qtbot, tmp_path, "second")
        windows = [first, second]
        assert "Team server 127.0.0.1" in second.path_label.text()
        assert second.path_label.text().endswith("ana")
        for board in (first_board, second_board):
            qtbot.waitUntil(lambda b=board: "Juventas CAR-T licensing" in titles(b, stages[0].id))

        view = first_board.columns[stages[0].id].view
        first.activateWindow()
        view.setFocus()
        view.setCurrentIndex(view.model().index(
            titles(first_board, stages[0].id).index("Juventas CAR-T licensing"), 0))
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        assert titles(first_board, stages[1].id) == ["Juventas CAR-T licensing"]

        qtbot.waitUntil(lambda: titles(second_board, stages[1].id) == [
            "Juventas CAR-T licensing"], timeout=WITHIN_A_SECOND)
        assert "Juventas CAR-T licensing" not in titles(second_board, stages[0].id)
    finally:
        for window in windows:
            window.close()
        store.close()


def test_a_manager_changes_who_sees_whose_deals_from_the_window(
        team_server: TeamServer, qtbot: QtBot, tmp_path) -> None:
    from tracker.models import Opportunity

    team_server.add("ana")
    team_server.add("mia", manager=True)
    with open_store(team_server.url("mia")) as store:
        window, _board = board_window(store, qtbot, tmp_path, "mia")
        try:
            window.team_action.trigger()
            dialog = window.findChild(QDialog, "teamDialog")
            assert "signed in as mia, manager" in dialog.findChild(QLabel, "teamWho").text()
            assert dialog.everyone.isChecked() and dialog.own.isEnabled()
            qtbot.mouseClick(dialog.own, Qt.MouseButton.LeftButton)
            assert not dialog.problem.isVisible()
            dialog.close()
        finally:
            window.close()
    with open_store(team_server.url("ana")) as store:
        assert Opportunity.select().count() == 0  # the seeded deals are nobody's: hidden now
        window, _board = board_window(store, qtbot, tmp_path, "ana")
        try:
            window.team_action.trigger()
            dialog = window.findChild(QDialog, "teamDialog")
            assert dialog.own.isChecked() and not dialog.own.isEnabled()
            assert "Only a manager" in " ".join(label.text() for label in
                                                dialog.findChildren(QLabel))
            dialog.close()
        finally:
            window.close()
