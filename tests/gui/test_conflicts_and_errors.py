"""Saving over someone else's change, and storage failures: the message, and nothing typed lost."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QRadioButton

from tracker.services import records
from tracker.storage import open_store

from ui.context import AppContext
from ui.settings import Settings

from tests.conftest import read_only

pytestmark = pytest.mark.gui


def _contact(window, qtbot):
    contact_id = records.create("contact", {"name": "Wang Fang", "name_zh": "王芳",
                                            "title": "BD manager", "city": "Suzhou"}).first_created
    window.open_record("contact", contact_id)
    page = window.current_page()
    assert page.detail.record_id == contact_id
    return page, contact_id


def test_a_lost_race_is_reviewed_field_by_field_and_nothing_typed_is_lost(
        window, qtbot, context) -> None:
    """Bo saved the contact while I edited it: the review says who changed which field
    from what to what; I take his city, keep my title, and his name change stays."""
    page, contact_id = _contact(window, qtbot)
    editors = page.detail.form.editors
    title, city = editors["title"].widget, editors["city"].widget
    title.clear()
    qtbot.keyClicks(title, "VP Business Development")
    city.clear()
    qtbot.keyClicks(city, "Hangzhou")

    with open_store(context.store.target):  # another window or process
        records.update("contact", contact_id, None, {"city": "Shanghai", "name": "Fang Wang"},
                       user="bo")

    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    review = page.detail.pending_dialog
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    assert review.both == ["city"] and review.only_mine == ["title"]
    texts = [label.text() for label in review.findChildren(QLabel)]
    assert any(t.startswith("bo saved this contact") for t in texts)
    assert "Suzhou" in texts and "Hangzhou" in texts  # original, mine
    assert any(t.startswith("Shanghai\nby bo, ") for t in texts)  # theirs, who and when
    assert any(t.startswith("Fang Wang\nby bo") for t in texts)  # theirs only: taken
    assert title.text() == "VP Business Development"  # nothing typed is lost
    qtbot.mouseClick(review.findChild(QRadioButton, "takeTheirs_city"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)

    stored = records.load("contact", contact_id)
    assert (stored.title, stored.city, stored.name) == (
        "VP Business Development", "Shanghai", "Fang Wang")
    assert city.text() == "Shanghai" and not page.detail.form.is_dirty()


def test_keep_mine_saves_what_was_typed_over_theirs(window, qtbot, context) -> None:
    page, contact_id = _contact(window, qtbot)
    city = page.detail.form.editors["city"].widget
    city.clear()
    qtbot.keyClicks(city, "Hangzhou")
    with open_store(context.store.target):
        records.update("contact", contact_id, None, {"city": "Shanghai"}, user="bo")
    qtbot.keyClick(city, Qt.Key.Key_Return)
    review = page.detail.pending_dialog
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    assert review.findChild(QRadioButton, "keepMine_city").isChecked()
    qtbot.keyClick(review.save_button, Qt.Key.Key_Return)
    assert records.load("contact", contact_id).city == "Hangzhou"


def test_keep_editing_leaves_the_form_alone(window, qtbot, context) -> None:
    page, contact_id = _contact(window, qtbot)
    title = page.detail.form.editors["title"].widget
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (Greater China)")
    records.update("contact", contact_id, None, {"title": "Director"})  # same process, no bus
    qtbot.keyClick(title, Qt.Key.Key_Return)
    review = page.detail.pending_dialog
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    qtbot.mouseClick(review.keep_editing_button, Qt.MouseButton.LeftButton)
    assert title.text() == "BD manager (Greater China)"
    assert records.load("contact", contact_id).title == "Director"


def test_read_only_storage_shows_a_message_and_keeps_the_edit(window, qtbot, context) -> None:
    page, contact_id = _contact(window, qtbot)
    title = page.detail.form.editors["title"].widget
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, "!")
    with read_only(context.store):  # every write now fails as read-only
        qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert "read-only" in page.detail.property("lastErrorText")
    assert title.text() == "BD manager!"
    assert records.load("contact", contact_id).title == "BD manager"


def test_validation_message_appears_at_the_field(window, qtbot) -> None:
    page, contact_id = _contact(window, qtbot)
    phones = page.detail.form.editors["phones"].widget
    qtbot.keyClicks(phones, "1234")
    qtbot.keyClick(phones, Qt.Key.Key_Return)
    assert "not a valid phone number" in page.detail.form.problem_at("phones")
    assert phones.text() == "1234"


def test_window_remembers_page_columns_and_size(context, qtbot, tmp_path) -> None:
    from ui.app import build_main_window, create_application

    create_application()
    first = build_main_window(context)
    qtbot.addWidget(first)
    first.resize(760, 560)  # inside the offscreen screen (800x600)
    first.show()
    page = first.show_page("organizations")
    city = page.model.column_of("city")
    page.set_column_shown(city, False)
    size = first.size()
    assert size.height() == 560
    first.close()

    again = build_main_window(AppContext.create(
        context.store, Settings(QSettings(str(tmp_path / "settings.ini"),
                                            QSettings.Format.IniFormat))))
    qtbot.addWidget(again)
    assert again.current_key() == "organizations"
    assert again.size().height() == size.height()  # width: clamped to the offscreen screen
    page = again.current_page()
    assert page.table.horizontalHeader().isSectionHidden(page.model.column_of("city"))
    menu_action = next(a for a in page.columns_menu.actions() if a.data() == "city")
    assert not menu_action.isChecked()
