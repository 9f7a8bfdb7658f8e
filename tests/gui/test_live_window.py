"""An open window shows changes made by another process (the CLI, an import, a script)
within a second, without a reload: the list row, the detail panel, the board and the
status bar's counts; and it says which database and which user it works as."""

from __future__ import annotations

import pytest

from tracker.models import Opportunity, Organization
from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of

from tests.test_live import in_another_process

pytestmark = pytest.mark.gui
WITHIN_A_SECOND = 1500  # ms: one second, and the poll's quarter of a second


def test_another_process_s_changes_show_in_the_open_window(window, qtbot, context) -> None:
    qtbot.waitUntil(lambda: window.live.live)
    juventas = Organization.get(Organization.name == "Juventas")
    window.open_record("organization", juventas.id)
    page = window.current_page()
    assert page.detail.record_id == juventas.id
    status = window.path_label.text()
    assert str(context.store.target.place) in status and "tester" in status

    in_another_process(context.store, f"""
        records.update("organization", {juventas.id}, None,
                       {{"name": "Juventas Cell Therapy", "city": "Tianjin"}})
        records.create("organization", {{"name": "Gracell Biotechnologies"}})
    """)
    name_editor = page.detail.form.editors["name"].widget
    qtbot.waitUntil(lambda: name_editor.text() == "Juventas Cell Therapy",
                    timeout=WITHIN_A_SECOND)
    row = page.model.row_of(juventas.id)
    assert page.model.index(row, 0).data() == "Juventas Cell Therapy"
    qtbot.waitUntil(lambda: page.model.row_of(
        Organization.get(Organization.name == "Gracell Biotechnologies").id) is not None,
        timeout=WITHIN_A_SECOND)


def test_a_card_moved_by_another_process_moves_on_the_open_board(window, qtbot,
                                                                 context) -> None:
    stages = stages_of(default_pipeline().id)
    deal = records.create("opportunity", {"title": "Juventas CAR-T licensing",
                                          "stage": stages[0].id}).first_created
    board = window.show_page("board")
    qtbot.waitUntil(lambda: window.live.live)

    def titles(stage_id: int) -> list[str]:
        model = board.columns[stage_id].model
        return [model.card_at(row).title for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: "Juventas CAR-T licensing" in titles(stages[0].id))
    in_another_process(context.store, f"""
        from tracker.services.opportunities import move_opportunity
        from tracker.models import Opportunity
        deal = Opportunity.get_by_id({deal})
        move_opportunity({deal}, {stages[2].id}, deal.version)
    """)
    qtbot.waitUntil(lambda: "Juventas CAR-T licensing" in titles(stages[2].id),
                    timeout=WITHIN_A_SECOND)
    assert "Juventas CAR-T licensing" not in titles(stages[0].id)
    assert Opportunity.get_by_id(deal).stage_id == stages[2].id
