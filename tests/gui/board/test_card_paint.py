"""A card's amount and close date share one line: the amount never runs into the date."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QFontMetrics

from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of

from ui.board.board_page import BoardPage
from ui.board.card_delegate import INK, MARGIN, MUTED
from ui.context import AppContext

pytestmark = pytest.mark.gui


def _near(colour: QColor, target: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), target.red()),
                                                    (colour.green(), target.green()),
                                                    (colour.blue(), target.blue())))


@pytest.mark.parametrize("size", [(1440, 900), (1280, 720)])
def test_a_long_amount_stops_before_the_close_date(qtbot: QtBot, context: AppContext,
                                                   size: tuple[int, int]) -> None:
    stage = stages_of(default_pipeline().id)[0]
    records.create("opportunity", {
        "title": "Juventas: CAR-T licensing", "stage": stage.id, "value": "1200000000",
        "currency": "CNY", "expected_close": dt.date(dt.date.today().year + 1, 12, 31)})
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    view = board.columns[stage.id].view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    card = view.visualRect(view.model().index(0, 0))
    image = view.viewport().grab().toImage()
    line = QFontMetrics(view.font()).height() + 3
    top = card.top() + MARGIN // 2 + 1 + 8 + 2 * line  # the third line: amount and date
    ink: list[int] = []
    muted: list[int] = []
    for y in range(top + 2, top + line - 2):
        for x in range(max(card.left(), 0), min(card.right(), image.width())):
            colour = image.pixelColor(x, y)
            # the strokes' cores: anti-aliased edges of the dark amount pass through greys
            # but not through the date's own blue-grey
            if _near(colour, INK, 12):
                ink.append(x)
            elif _near(colour, MUTED, 6):
                muted.append(x)
    assert ink and muted, "the amount (ink) and the date (grey) are both drawn"
    assert max(ink) < min(muted), (max(ink), min(muted))
