"""`beacon screenshots` part for the board: files written, the user's database left in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from tracker.models import Opportunity
from tracker.storage import active

from ui.board.screenshots import board_screenshots
from ui.context import AppContext

pytestmark = pytest.mark.gui


def test_screenshots_render_seeded_and_generated_pipelines(qapp: object, seeded: Path,
                                                           context: AppContext,
                                                           tmp_path: Path) -> None:
    before = Opportunity.select().count()
    before_store = active()
    shots = board_screenshots(tmp_path / "shots", context, generated_deals=30)
    names = {path.name for path in shots}
    assert {"board.png", "dashboard.png", "board_generated.png",
            "dashboard_generated.png", "board_stage_editor.png"} <= names
    for path in shots:
        image = QImage(str(path))
        assert not image.isNull(), path
    board = QImage(str(tmp_path / "shots" / "board_generated.png"))
    assert (board.width(), board.height()) == (1440, 900)
    assert active() is before_store
    assert Opportunity.select().count() == before
