"""After a wizard import, Ctrl+Z undoes that import (not an older change); File > Import
history lists batches and undoes one, or says why it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Organization
from tracker.services import records

from tests.excel.helpers import write_xlsx

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def _next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_ctrl_z_after_a_wizard_import_undoes_the_import(window, qtbot, tmp_path: Path) -> None:
    juventas = Organization.get(Organization.name == "Juventas")
    lion = Organization.get(Organization.name == "Lion TCR")
    window.context.run(records.update, "organization", lion.id, lion.version,
                       {"city": "Guangzhou"}, undo_label="Edit Lion TCR")  # an older change
    path = write_xlsx(tmp_path / "partners.xlsx", [
        ["Company name", "City"], ["Juventas", "Tianjin"], ["Brand New Bio", "Suzhou"]])

    wizard = window.open_import()
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # the mapping
    _next(qtbot, wizard)  # the options
    _next(qtbot, wizard)  # the preview and its dry run
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: not preview.busy and preview.checking.isHidden(), timeout=20000)
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        _next(qtbot, wizard)
    assert Organization.get_by_id(juventas.id).city == "Tianjin"
    assert Organization.get_or_none(Organization.name == "Brand New Bio") is not None
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.undo_action.text() == "&Undo Import partners.xlsx"

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    assert Organization.get_or_none(Organization.name == "Brand New Bio") is None
    assert Organization.get_by_id(juventas.id).city == juventas.city
    assert Organization.get_by_id(lion.id).city == "Guangzhou"  # the older change stays
    assert window.undo_action.text() == "&Undo Edit Lion TCR"

    history = window.open_import_history()
    qtbot.waitUntil(history.isVisible)
    assert history.table.item(0, 1).text() == "partners.xlsx"
    assert history.table.item(0, 8).text().startswith("Undone ")
    assert not history.undo_button.isEnabled()


def test_import_history_undoes_a_batch_or_says_why_not(window, qtbot, tmp_path: Path) -> None:
    first = apply_import(plan_import(write_xlsx(tmp_path / "a.xlsx", [
        ["Company name"], ["Alpha Bio"]]), ImportOptions(entity="organization")))
    apply_import(plan_import(write_xlsx(tmp_path / "b.xlsx", [
        ["Company name"], ["Beta Bio"]]), ImportOptions(entity="organization")))
    beta = Organization.get(Organization.name == "Beta Bio")
    records.update("organization", beta.id, beta.version, {"city": "Wuxi"})  # edited since

    history = window.open_import_history()
    qtbot.waitUntil(history.isVisible)
    table = history.table
    assert [table.item(r, 1).text() for r in range(2)] == ["b.xlsx", "a.xlsx"]
    assert table.item(0, 4).text() == "1" and table.item(0, 3).text() == "tester"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(0, 1)).center())
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert history.message.isVisible()
    assert history.message.text().startswith("“b.xlsx” cannot be undone: 1 record(s) were "
                                             "edited after the import")
    assert Organization.get_or_none(Organization.name == "Beta Bio") is not None

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(1, 1)).center())
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert Organization.get_or_none(Organization.name == "Alpha Bio") is None
    assert not history.message.isVisible()
    assert history.table.item(1, 8).text().startswith("Undone ")
    assert first.batch_uid is not None


def test_import_history_names_the_merge_and_undoes_it_first(window, qtbot,
                                                           tmp_path: Path) -> None:
    from tracker.identity.merge import merge_records
    from tracker.models import Contact

    thomas = records.create("contact", {"name": "Thomas Becker"}).first_created
    apply_import(plan_import(write_xlsx(tmp_path / "people.xlsx", [
        ["Name", "Email"], ["Tom Becker", "tom@example.de"]]), ImportOptions(entity="contact")))
    tom = Contact.get(Contact.name == "Tom Becker").id
    merge = merge_records("contact", thomas, tom).merge_uid

    history = window.open_import_history()
    qtbot.waitUntil(history.isVisible)
    assert not history.undo_merge_button.isVisible()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    text = history.message.text()
    assert text.startswith("“people.xlsx” cannot be undone: a record the import of people.xlsx "
                           "made or changed was merged since: Tom Becker was merged into "
                           "Thomas Becker on ")
    assert text.endswith(f"(merge {merge}). Undo the merge first, then the import")
    assert history.undo_merge_button.isVisible()
    assert history.undo_merge_button.text() == "Undo the merge"

    qtbot.mouseClick(history.undo_merge_button, Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(tom).deleted_at is None  # both records are back
    assert not history.message.isVisible() and not history.undo_merge_button.isVisible()
    assert history.note.isVisible() and "can be undone now" in history.note.text()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert Contact.get_or_none(Contact.id == tom) is None
    assert [c.name for c in Contact.select().where(Contact.deleted_at.is_null())
            if c.name.endswith("Becker")] == ["Thomas Becker"]
    assert history.table.item(0, 8).text().startswith("Undone ")
