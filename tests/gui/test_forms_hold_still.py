"""Forms that hold still: three messages squeeze no field and are not cut; correcting a
field moves nothing under the mouse; Enter in a task's date box adds the task; amounts
read with thousands separators."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from tracker.models import Activity, Opportunity
from tracker.services import records

pytestmark = pytest.mark.gui


def test_three_messages_squeeze_nothing_and_clearing_one_moves_nothing(window, qtbot
                                                                      ) -> None:
    window.resize(1280, 720)
    page = window.show_page("contacts")
    page.open_record(page.model.id_at(0))
    form = page.detail.form
    name, emails, phones = (form.editors[k].widget for k in ("name", "emails", "phones"))
    name.clear()
    qtbot.keyClicks(name, " ")
    emails.clear()
    qtbot.keyClicks(emails, "li.ming-at-cellworks")
    phones.clear()
    qtbot.keyClicks(phones, "1234")
    qtbot.keyClick(phones, Qt.Key.Key_Return)  # Enter saves the panel
    for key in ("name", "emails", "phones"):
        assert form.problem_at(key), key
    qtbot.waitUntil(lambda: _unsqueezed(form))
    assert "numbers without +country code" in form.problem_at("phones")

    below = form.editors["wechat_id"].widget
    where = _settled(qtbot, lambda: below.mapTo(form, below.rect().topLeft()))
    qtbot.keyClicks(emails, "x")  # correcting the email clears its message ...
    assert form.problem_at("emails") is None
    # ... and nothing moved
    assert _settled(qtbot, lambda: below.mapTo(form, below.rect().topLeft())) == where


def _settled(qtbot, position):
    """Where a widget is once the layout stops moving it (layouts settle over events)."""
    seen = [position()]

    def still() -> bool:
        seen.append(position())
        return seen[-1] == seen[-2]

    qtbot.waitUntil(still)  # polled across event-loop turns: the same place twice running
    return seen[-1]


def _unsqueezed(form) -> bool:
    """Every line field (not the fixed-height text areas) at least as tall as it needs,
    every message as tall as its text."""
    fields = [e.widget for e in form.editors.values()
              if e.widget.isVisible() and e.field.kind not in ("long", "lines")]
    messages = [m for m in form._errors.values() if m.isVisible() and m.text()]
    return (all(w.height() >= w.minimumSizeHint().height() for w in fields)
            and all(m.height() >= m.heightForWidth(m.width()) for m in messages))


def test_the_new_contact_dialog_grows_for_its_messages(window, qtbot) -> None:
    window.resize(1280, 720)
    dialog = window.new_record("contact")
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    qtbot.keyClicks(form.editors["emails"].widget, "li.ming-at-cellworks")
    qtbot.keyClicks(form.editors["phones"].widget, "1234")
    height = dialog.height()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert [k for k in ("name", "emails", "phones") if form.problem_at(k)] == [
        "name", "emails", "phones"]
    assert dialog.height() > height
    qtbot.waitUntil(lambda: _unsqueezed(form))
    dialog.reject()


def test_enter_in_the_task_date_box_adds_the_task(window, qtbot) -> None:
    page = window.show_page("organizations")
    org = page.model.id_at(0)
    page.open_record(org)
    timeline = page.detail.timeline
    timeline.set_kind("task")
    qtbot.keyClicks(timeline.text_edit, "Send the CDA")
    timeline.due_edit.setFocus()
    qtbot.keyClick(timeline.due_edit, Qt.Key.Key_Return)
    task = Activity.get(Activity.subject == "Send the CDA")
    assert task.kind == "task" and task.organization_id == org and task.due_on is not None


def test_amounts_in_the_form_read_with_thousands_separators(window, qtbot) -> None:
    deal = window.context.run(records.create, "opportunity", {
        "title": "Big one", "value": "1200000", "currency": "CNY"}).first_created
    page = window.show_page("opportunities")
    assert page.open_record(deal)
    value = page.detail.form.editors["value"].widget
    assert value.text() == "1,200,000.00"
    value.setFocus()
    value.clear()
    qtbot.keyClicks(value, "2500000.5")
    qtbot.keyClick(value, Qt.Key.Key_Tab)
    assert value.text() == "2,500,000.5"
    page.detail.save()
    assert Opportunity.get_by_id(deal).value_minor == 250000050
