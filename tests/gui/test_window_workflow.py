"""A day in the window: create, find, open, edit, log, delete, undo; with keys and clicks."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.tags import tags_of

from tests.gui.conftest import type_chinese

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def _new(window, qtbot, page_key: str):
    window.show_page(page_key)
    qtbot.keyClick(window.current_page().table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.new_record_dialog is not None
                    and window.new_record_dialog.isVisible())
    return window.new_record_dialog


def _click_button(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_find_open_edit_log_delete_and_undo(window, qtbot) -> None:
    # An organization, typed in and created with the mouse.
    dialog = _new(window, qtbot, "organizations")
    qtbot.keyClicks(dialog.form.editors["name"].widget, "Shanghai CellWorks")
    qtbot.keyClicks(dialog.form.editors["city"].widget, "Shanghai")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    org_id = dialog.created_id
    assert records.load("organization", org_id).city == "Shanghai"
    organizations = window.current_page()
    assert organizations.current_id() == org_id  # the new record is open beside the list

    # A contact in it with a Chinese name; a wrong email is shown at its field first.
    dialog = _new(window, qtbot, "contacts")
    qtbot.keyClicks(dialog.form.editors["name"].widget, "Li Ming")
    type_chinese(dialog.form.editors["name_zh"].widget, "李明")
    qtbot.keyClicks(dialog.form.editors["organization"].widget.lineEdit(), "Shanghai CellWorks")
    qtbot.keyClicks(dialog.form.editors["emails"].widget, "li.ming-at-cellworks")
    qtbot.keyClick(dialog.form.editors["emails"].widget, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "not an email address" in dialog.form.problem_at("emails")
    dialog.form.editors["emails"].widget.clear()
    qtbot.keyClicks(dialog.form.editors["emails"].widget, "li.ming@cellworks.cn")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    contact = records.load("contact", dialog.created_id)
    assert (contact.name_zh, contact.organization_id) == ("李明", org_id)

    # An opportunity for the organization, with a value in yuan.
    dialog = _new(window, qtbot, "opportunities")
    qtbot.keyClicks(dialog.form.editors["title"].widget, "CellWorks CAR-T licence")
    qtbot.keyClicks(dialog.form.editors["organization"].widget.lineEdit(), "Shanghai CellWorks")
    value_editor = dialog.form.editors["value"]
    qtbot.keyClicks(value_editor.widget, "1200000")
    qtbot.keyClicks(value_editor._currency, "CNY")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    deal = records.load("opportunity", dialog.created_id)
    assert (deal.organization_id, deal.value_minor, deal.currency) == (org_id, 120000000, "CNY")
    deals = window.current_page()
    row = deals.model.row_of(deal.id)
    assert deals.model.index(row, deals.model.column_of("value")).data() == "CNY 1,200,000.00"

    # Find the contact by its pinyin initials in the contacts list.
    contacts = window.show_page("contacts")
    contacts.search_box.clear()
    qtbot.keyClicks(contacts.search_box, "lm")
    assert contacts.model.total == 1
    assert contacts.model.index(0, contacts.model.column_of("name_zh")).data() == "李明"
    qtbot.keyClicks(contacts.search_box, "x")
    assert contacts.list_stack.currentWidget() is contacts.empty_state
    contacts.search_box.clear()

    # Open it from search anywhere with the keyboard.
    window.show_page("organizations")
    qtbot.keyClick(window.current_page().table, Qt.Key.Key_K, CTRL)
    search = window.search_dialog
    qtbot.waitUntil(lambda: search.isVisible())
    qtbot.keyClicks(search.search_box, "liming")
    assert search.results.count() >= 1
    qtbot.keyClick(search.search_box, Qt.Key.Key_Return)
    assert window.current_key() == "contacts"
    assert contacts.detail.record_id == contact.id

    # Edit a field in place: type, Enter saves.
    title = contacts.detail.form.editors["title"].widget
    qtbot.keyClicks(title, "Head of BD")
    assert contacts.detail.save_button.isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert records.load("contact", contact.id).title == "Head of BD"
    assert not contacts.detail.save_button.isEnabled()

    # Tag the contact; the tag filter finds it.
    tag_editor = contacts.detail.form.editors["tags"].widget
    qtbot.keyClicks(tag_editor, "KOL, CAR-T")
    qtbot.keyClick(tag_editor, Qt.Key.Key_Return)
    assert tags_of("contact", contact.id) == ["CAR-T", "KOL"]
    assert ListQuery("contact", filters={"tag": "KOL"}).ids() == [contact.id]

    # A note and a task in the timeline, then in Activities.
    timeline = contacts.detail.timeline
    qtbot.keyClicks(timeline.text_edit, "Met at BIO China, keen on CAR-T")
    qtbot.keyClick(timeline.text_edit, Qt.Key.Key_Return)
    timeline.set_kind("task")
    assert timeline.due_edit.isVisible()
    qtbot.keyClicks(timeline.text_edit, "Send NDA")
    qtbot.mouseClick(timeline.add_button, Qt.MouseButton.LeftButton)
    texts = [row.entry.subject or row.entry.body for row in timeline.rows]
    assert texts == ["Send NDA", "Met at BIO China, keen on CAR-T"]
    activities = window.show_page("activities")
    assert activities.model.total == 2
    qtbot.mouseClick(activities.due_tabs["upcoming"], Qt.MouseButton.LeftButton)
    assert activities.model.total == 1
    subject = activities.model.index(0, activities.model.column_of("subject")).data()
    assert subject == "Send NDA"
    # Tick the task done in the contact's timeline; it moves to Done.
    window.open_record("contact", contact.id)
    task_row = contacts.detail.timeline.rows[0]
    assert task_row.entry.kind == "task"
    qtbot.waitUntil(task_row.done_box.isVisible)
    contacts.detail.scroll.ensureWidgetVisible(task_row.done_box)  # scroll down to it
    qtbot.mouseClick(task_row.done_box, Qt.MouseButton.LeftButton)
    assert ListQuery("activity", filters={"done": True}).count() == 1
    window.show_page("activities")
    assert activities.model.total == 0
    qtbot.mouseClick(activities.due_tabs["done"], Qt.MouseButton.LeftButton)
    assert activities.model.total == 1

    # Delete with confirmation, then Ctrl+Z brings it back.
    window.open_record("contact", contact.id)
    qtbot.mouseClick(contacts.detail.delete_button, Qt.MouseButton.LeftButton)
    box = contacts.pending_dialog
    qtbot.waitUntil(lambda: box.isVisible())
    _click_button(qtbot, box, "Delete")
    assert ListQuery("contact", search="liming").count() == 0
    assert contacts.model.row_of(contact.id) is None
    qtbot.keyClick(contacts.table, Qt.Key.Key_Z, CTRL)
    assert ListQuery("contact", search="liming").count() == 1
    assert contacts.model.row_of(contact.id) is not None
    assert QApplication.activeModalWidget() is None
