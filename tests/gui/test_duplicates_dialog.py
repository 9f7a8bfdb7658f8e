"""Edit > Find duplicates: review a pair side by side, merge with a choice per field, undo
with Ctrl+Z; keep another pair separate and it is not offered again."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from tracker.models import Activity, Contact, KeepSeparate, Opportunity
from tracker.services import records
from tracker.services.activities import add_activity

from tests.identity.test_merge import dump

pytestmark = pytest.mark.gui


@pytest.fixture
def pairs(seeded: Any) -> dict[str, int]:
    summit = records.create("conference", {"name": "Summit"}).first_created
    people = {
        "li": records.create("contact", {"name": "李明", "title": "CSO",
                                         "emails": ["li@helix.cn"],
                                         "conferences": [summit]}).first_created,
        "ming": records.create("contact", {"name": "Ming Li", "title": "Chief Scientist",
                                           "emails": ["LI@helix.cn"], "phones": ["13900139000"]}
                               ).first_created,
        "tom": records.create("contact", {"name": "Tom Becker", "wechat_id": "tomb"}
                              ).first_created,
        "thomas": records.create("contact", {"name": "Thomas Becker", "wechat_id": "TomB"}
                                 ).first_created,
    }
    for key in ("li", "ming"):
        add_activity("note", subject=f"Call {key}", contact=people[key])
        records.create("opportunity", {"title": f"Deal {key}", "primary_contact": people[key]})
    return people


def test_merge_from_the_finder_and_undo_with_ctrl_z(window: Any, qtbot: Any,
                                                   pairs: dict[str, int]) -> None:
    window.show_page("contacts")
    before = dump()
    window.duplicates_action.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.pair_list.count() == 2)  # found in the background
    first = dialog.current_pair()
    assert {first.first.record_id, first.second.record_id} == {pairs["li"], pairs["ming"]}
    assert dialog.reasons.text().startswith("same email li@helix.cn")
    take = dialog.review.findChild(QRadioButton, "take_title_other")
    qtbot.waitUntil(lambda: take.isVisible() and take.y() > 0)  # laid out, as a person sees it
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton, pos=QPoint(8, take.height() // 2))
    assert take.isChecked()
    assert "Moves to the survivor: 1 × opportunity" in dialog.review.moves.text()
    with qtbot.waitSignal(dialog.merged):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    li = records.snapshot("contact", Contact.get_by_id(pairs["li"]))
    assert li["title"] == "Chief Scientist" and li["other_names"] == ["Ming Li"]
    assert li["phones"] == ["+8613900139000"]
    assert Activity.select().where(Activity.contact == pairs["li"]).count() == 2
    assert Opportunity.select().where(Opportunity.primary_contact == pairs["li"]).count() == 2
    assert Contact.get_by_id(pairs["ming"]).deleted_at is not None
    assert dialog.pair_list.count() == 1  # the Beckers are next

    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.pair_list.count() == 0 and not dialog.merge_button.isEnabled()
    assert KeepSeparate.select().count() == 1
    dialog.accept()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.current_page().table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert dump() == before
    window.duplicates_action.trigger()
    again = window.duplicates_dialog
    qtbot.waitUntil(lambda: again.pair_list.count() == 1)  # the merged pair is back; the Beckers stay apart
    assert {again.current_pair().first.record_id, again.current_pair().second.record_id} == {
        pairs["li"], pairs["ming"]}
    again.accept()


def test_closing_while_looking_waits_for_the_search_to_stop(window: Any, qtbot: Any,
                                                              pairs: dict[str, int]) -> None:
    window.duplicates_action.trigger()
    dialog = window.duplicates_dialog
    assert dialog.task is not None
    dialog.reject()  # at once: the search is still running or just done
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert all(not task.running for task in dialog.stopping)
