"""Edit > Merge history: every merge with who and when; "Undo this merge" puts both
records back, or says why not."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt

from tracker.identity.merge import merge_records
from tracker.models import Contact
from tracker.services import records
from tracker.services.activities import add_activity

from tests.identity.test_merge import dump

pytestmark = pytest.mark.gui


def _row_click(qtbot: Any, table: Any, row: int) -> None:
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 3)).center())


def test_merge_history_lists_merges_and_undoes_one(window: Any, qtbot: Any) -> None:
    anna = records.create("contact", {"name": "Anna Schmidt",
                                      "emails": ["anna@example.de"]}).first_created
    other = records.create("contact", {"name": "A. Schmidt",
                                       "emails": ["anna@example.de"]}).first_created
    add_activity("note", subject="Met in Basel", contact=other)
    tom = records.create("contact", {"name": "Tom Becker", "wechat_id": "tomb"}).first_created
    thomas = records.create("contact", {"name": "Thomas Becker",
                                        "wechat_id": "TomB"}).first_created
    before = dump()
    merge_records("contact", anna, other)
    merge_records("contact", thomas, tom)
    records.update("contact", thomas, None, {"city": "Basel"})  # changed after its merge

    window.merges_action.trigger()
    history = window.merge_history_dialog
    qtbot.waitUntil(history.isVisible)
    table = history.table
    rows = [[table.item(r, c).text() for c in (1, 2, 3, 4, 5)] for r in range(2)]
    assert rows == [["tester", "Contacts", "Tom Becker", "Thomas Becker", "In effect"],
                    ["tester", "Contacts", "A. Schmidt", "Anna Schmidt", "In effect"]]

    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)  # the newest: refused
    assert history.message.isVisible()
    assert history.message.text().startswith("The merge cannot be undone: contact ")
    assert Contact.get_by_id(tom).deleted_at is not None

    _row_click(qtbot, table, 1)
    assert not history.message.isVisible()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(other).deleted_at is None
    assert table.item(1, 5).text().startswith("Undone ")
    assert not history.undo_button.isEnabled()
    assert Contact.get_by_id(tom).deleted_at is not None  # that merge stands
    now = dump()
    assert [row for row in now["contact"] if row["id"] in (anna, other)] == [
        row for row in before["contact"] if row["id"] in (anna, other)]
    assert now["activity"] == before["activity"]  # the note is A. Schmidt's again
    history.accept()
