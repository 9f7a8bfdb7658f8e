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
