"""A company's phones and emails are typed in its panel as a person's are."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from tracker.models import Organization
from tracker.queries import ListQuery
from tracker.services import records

pytestmark = pytest.mark.gui


def test_type_a_companys_switchboard_and_hotline_then_find_it(window, qtbot) -> None:
    page = window.show_page("organizations")
    org_id = page.model.id_at(0)
    page.open_record(org_id)
    form = page.detail.form
    phones, emails = form.editors["phones"].widget, form.editors["emails"].widget
    qtbot.keyClicks(phones, "021-6123 4567, 95555, 12")
    qtbot.keyClick(phones, Qt.Key.Key_Return)  # Enter saves the panel: one is refused
    assert "12 is not a valid phone number" in (form.problem_at("phones") or "")
    phones.clear()
    qtbot.keyClicks(phones, "021-6123 4567, 95555")
    qtbot.keyClicks(emails, "BD@Example.com")
    qtbot.keyClick(emails, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: records.snapshot("organization", Organization.get_by_id(org_id))[
        "phones"] == ["+862161234567", "95555"])
    assert records.snapshot("organization", Organization.get_by_id(org_id))["emails"] == [
        "bd@example.com"]
    assert ListQuery("organization", search="95555").ids() == [org_id]
    qtbot.waitUntil(lambda: phones.text() == "+862161234567, 95555")  # as stored


def _click_header(qtbot, page, key: str) -> None:
    from PySide6.QtCore import QPoint

    header = page.table.horizontalHeader()
    column = page.model.column_of(key)
    assert not header.isSectionHidden(column)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, 10))


def test_the_lists_show_and_sort_by_first_phone_and_email(window, qtbot) -> None:
    """The organizations list can show each company's first phone (Columns); a click on
    the Phone header (and on the contacts list's Email header) sorts by it."""
    org = records.create("organization", {"name": "Hotline Biotech",
                                          "phones": "95555, 400 820 5555"}).first_created
    records.create("contact", {"name": "Zed Example", "emails": "00.zed@example.com"})
    page = window.show_page("organizations")
    assert "phone" not in page.visible_columns()  # chosen from Columns, as a person does
    next(a for a in page.columns_menu.actions() if a.data() == "phone").trigger()
    assert "phone" in page.visible_columns()
    _click_header(qtbot, page, "phone")
    qtbot.waitUntil(lambda: page.model.query.sort == "phone")
    phone = page.model.column_of("phone")
    assert page.model.id_at(0) == org
    assert page.model.index(0, phone).data() == "95555"
    people = window.show_page("contacts")
    _click_header(qtbot, people, "email")
    qtbot.waitUntil(lambda: people.model.query.sort == "email")
    assert people.model.index(0, people.model.column_of("email")).data() == "00.zed@example.com"
