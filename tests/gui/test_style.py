"""The style sheet's pictures are found wherever Beacon starts, and choice boxes show their
choice whole at 1280x720."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

pytestmark = pytest.mark.gui


def test_every_picture_the_style_sheet_names_exists(qapp, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.app import create_application

    monkeypatch.chdir(tmp_path)  # a url() would be read from here: nothing is
    app = create_application()
    assert isinstance(app, QApplication)
    urls = re.findall(r"url\(([^)]+)\)", app.styleSheet())
    assert any(url.endswith("chevron-down.svg") for url in urls)  # drop-downs look like it
    assert all(Path(url).is_absolute() and Path(url).is_file() for url in urls), urls


def shows_whole(box: QComboBox) -> bool:
    """The current choice fits the box's text field, as the style lays it out."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    return box.fontMetrics().horizontalAdvance(box.currentText()) <= field.width()


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900)])
def test_the_board_bar_shows_each_choice_whole(window, qtbot, size: tuple[int, int]) -> None:
    window.resize(*size)
    board = window.show_page("board")
    boxes = (board.pipeline_box, board.owner_box, board.line_box, board.modality_box)
    qtbot.waitUntil(lambda: all(shows_whole(box) for box in boxes))
    assert board.line_box.currentText() == "All business lines"
    assert board.search.width() >= 150
