"""Data safety in the window: File > Backups… (back up now, restore), a contact's personal
data (where from, export everything, erase everywhere) and the banner over a read-only or
recovered database."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tracker import backups
from tracker.models import Contact, PrivacyLog
from tracker.services import records

pytestmark = pytest.mark.gui


@pytest.mark.sqlite_only  # a database file's backups and recovery
def test_back_up_now_and_restore_from_the_backups_dialog(window, qtbot) -> None:
    window.backups_action.trigger()
    dialog = window.backups_dialog
    qtbot.waitExposed(dialog)
    rows_before = dialog.table.rowCount()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == rows_before + 1
    assert dialog.table.item(0, 1).text() == "Made by hand"
    records.create("organization", {"name": "Made after the backup"})
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and "Go back to the backup of" in box.text()
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    with qtbot.waitSignal(window.reopen_requested) as reopened:
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    done = reopened.args[0]
    assert done.backup.reason == "manual" and done.safety.reason == "before-restore"
    from tracker.queries import ListQuery

    names = [r["name"] for r in ListQuery("organization").rows_for(ListQuery("organization")
                                                                       .ids())]
    assert "Made after the backup" not in names
    assert dialog.table.item(0, 1).text() == "Before a restore"


def _open_first_contact(window, qtbot):
    page = window.show_page("contacts")
    page.open_record(page.model.id_at(0))
    bar = page.detail.person_bar
    qtbot.waitUntil(lambda: bool(bar.provenance_label.text()))
    return page, bar


def test_a_contact_shows_where_it_came_from(window, qtbot) -> None:
    _, bar = _open_first_contact(window, qtbot)
    text = bar.provenance_label.text()
    assert "Where from: the market article" in text
    assert "Kept on the basis of: public source" in text


def test_export_everything_about_this_person(window, qtbot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _, bar = _open_first_contact(window, qtbot)
    target = tmp_path / "jake.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "JSON (*.json)"))
    with qtbot.waitSignal(bar.exported):
        qtbot.mouseClick(bar.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text())["person"]["name"] == "Jake Li"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [e.action for e in PrivacyLog.select()] == ["export"]


def test_erase_this_person_everywhere_after_confirming(window, qtbot) -> None:
    page, bar = _open_first_contact(window, qtbot)
    uid = Contact.get().uid
    qtbot.mouseClick(bar.erase_button, Qt.MouseButton.LeftButton)
    box = bar.erase_box
    assert "Erase Jake Li everywhere?" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert Contact.get_or_none(Contact.uid == uid) is not None
    qtbot.mouseClick(bar.erase_button, Qt.MouseButton.LeftButton)
    erase = next(b for b in bar.erase_box.buttons() if b.text() == "Erase everywhere")
    with qtbot.waitSignal(bar.erased):
        qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    assert Contact.get_or_none(Contact.uid == uid) is None
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert not page.detail.content.isVisible()


@pytest.mark.sqlite_only  # a database file's backups and recovery
def test_the_banner_says_read_only_and_recovered(context, qtbot) -> None:
    """What opening found (tests/test_storage_faults.py makes the real faults) is said
    above the pages."""
    from tests.gui.conftest import open_window

    store = context.store
    store.dialect.read_only = "folder"
    made = backups.make("manual", store)
    store.recovered = backups.Restored(made, None, store.path.with_name("beacon.damaged"))
    main = open_window(context, qtbot)
    banner = main.banner
    assert banner.isVisible()
    assert "Read-only: Beacon cannot write in the folder" in banner.text()
    assert "The database was damaged. Beacon moved it to" in banner.text()
    assert "beacon.damaged" in banner.text()
    main.close()
