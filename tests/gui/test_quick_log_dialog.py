"""The conference quick log, driven with keys as a person at a booth would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tracker.models import Activity, ConferenceContact, Contact
from tracker.services import records

from ui.quick_log_dialog import QuickLogDialog

from tests.gui.conftest import type_chinese

pytestmark = pytest.mark.gui


@pytest.fixture
def conference(seeded: Path) -> int:
    return records.create("conference", {"name": "Cell Therapy Summit", "city": "Shanghai"}
                          ).first_created


def _open_dialog(window: Any, qtbot: Any, conference: int) -> tuple[Any, QuickLogDialog]:
    page = window.show_page("conferences")
    assert page.open_record(conference)
    assert page.quick_log_button.isEnabled()
    qtbot.mouseClick(page.quick_log_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.quick_log_dialog
    assert isinstance(dialog, QuickLogDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return page, dialog


def _type(qtbot: Any, dialog: QuickLogDialog, **typed: str) -> None:
    for key, text in typed.items():
        qtbot.keyClicks(dialog.inputs[key], text)


def _links_shown(page: Any) -> str:
    return " ".join(label.text() for label in page.detail.findChildren(QLabel, "linkLine")
                    if label.isVisible())


def test_three_people_logged_one_after_another_with_enter(conference: int, window: Any,
                                                          qtbot: Any) -> None:
    page, dialog = _open_dialog(window, qtbot, conference)
    _type(qtbot, dialog, name="Anna Schmidt", organization="Miltenyi Biotec",
          email="anna@miltenyi.com", note="Wants CAR-T process data")
    qtbot.mouseClick(dialog.same_organization, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.inputs["note"], Qt.Key.Key_Return)
    assert dialog.inputs["name"].text() == "" and dialog.inputs["email"].text() == ""
    assert dialog.inputs["organization"].text() == "Miltenyi Biotec"  # kept: box ticked
    assert dialog.inputs["name"].hasFocus()

    type_chinese(dialog.inputs["name"], "王芳")
    _type(qtbot, dialog, title="BD Director", phone="139 0013 9000")
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.inputs["phone"], Qt.Key.Key_Enter)

    qtbot.mouseClick(dialog.same_organization, Qt.MouseButton.LeftButton)  # untick
    dialog.inputs["organization"].clear()
    _type(qtbot, dialog, name="Li Ming", wechat="liming_sh")
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.inputs["wechat"], Qt.Key.Key_Return)
    assert dialog.inputs["organization"].text() == ""

    people = {c.name: c for c in Contact.select().where(Contact.deleted_at.is_null(),
                                                        Contact.name.in_(
                                                            ["Anna Schmidt", "Wang Fang",
                                                             "Li Ming"]))}
    assert set(people) == {"Anna Schmidt", "Wang Fang", "Li Ming"}
    wang = people["Wang Fang"]
    assert wang.pinyin_initials == "wf" and wang.title == "BD Director"
    assert wang.organization_id == people["Anna Schmidt"].organization_id is not None
    assert records.snapshot("contact", wang)["phones"] == ["+8613900139000"]
    assert people["Li Ming"].wechat_id == "liming_sh"
    linked = {r.contact_id for r in ConferenceContact.select().where(
        ConferenceContact.conference == conference)}
    assert linked == {c.id for c in people.values()}
    notes = list(Activity.select().where(Activity.conference == conference))
    assert len(notes) == 3 and {n.kind for n in notes} == {"note"}
    assert {n.contact_id for n in notes} == linked
    assert any(n.body == "Wants CAR-T process data" for n in notes)
    assert [dialog.session_list.item(i).text() for i in range(3)] == [
        "Anna Schmidt · Miltenyi Biotec", "王芳 · Miltenyi Biotec", "Li Ming"]
    qtbot.waitUntil(lambda: all(n in _links_shown(page) for n in people))

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(people["Li Ming"].id).deleted_at is not None
    assert dialog.session_list.count() == 2
    assert dialog.inputs["name"].text() == "Li Ming"  # back in the form to correct
    qtbot.waitUntil(lambda: "Li Ming" not in _links_shown(page)
                    and "Wang Fang" in _links_shown(page))


def test_invalid_email_shows_at_the_field_and_keeps_what_was_typed(conference: int,
                                                                   window: Any,
                                                                   qtbot: Any) -> None:
    _, dialog = _open_dialog(window, qtbot, conference)
    before = Contact.select().count()
    type_chinese(dialog.inputs["name"], "李明")
    _type(qtbot, dialog, organization="Juventas", email="liming@", phone="12")
    qtbot.keyClick(dialog.inputs["email"], Qt.Key.Key_Return)
    assert "not an email address" in (dialog.problem_at("email") or "")
    assert "phone number" in (dialog.problem_at("phone") or "")
    assert dialog.problem_at("name") is None
    assert dialog.errors["email"].isVisible()
    assert dialog.inputs["name"].text() == "李明"
    assert dialog.inputs["organization"].text() == "Juventas"
    assert dialog.inputs["email"].text() == "liming@" and dialog.inputs["email"].hasFocus()
    assert Contact.select().count() == before and dialog.session_list.count() == 0
    dialog.inputs["email"].setText("liming@juventas.cn")
    dialog.inputs["phone"].clear()
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.inputs["email"], Qt.Key.Key_Return)
    assert dialog.problem_at("email") is None
    assert Contact.get(Contact.name_zh == "李明").source == "manual"


def test_a_business_card_vcard_fills_the_form(conference: int, window: Any, qtbot: Any,
                                              tmp_path: Path) -> None:
    _, dialog = _open_dialog(window, qtbot, conference)
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:张伟\nORG:ImmunoChina\nTEL:13700137000\n"
                    "ADR:;;;北京;;;\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Tom Becker\n"
                    "EMAIL:tom@example.com\nEND:VCARD\n", encoding="utf-8")
    assert dialog.load_vcard(card)
    assert dialog.inputs["name"].text() == "张伟"
    assert dialog.inputs["organization"].text() == "ImmunoChina"
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Return)
    assert dialog.inputs["name"].text() == "Tom Becker"  # the next card
    zhang = Contact.get(Contact.name_zh == "张伟")
    assert (zhang.source, zhang.basis, zhang.city) == ("vcard", "business_card", "北京")
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", encoding="utf-8")
    assert not dialog.load_vcard(broken)
    assert "broken.vcf" in dialog.general_error.text()
    assert dialog.inputs["name"].text() == "Tom Becker"


def test_the_job_title_reads_as_everywhere_else_in_english_and_chinese(
        conference: int, window: Any, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One label for a contact's title: the field catalogue's "Job title" (职务)."""
    from ui.translation import install_language

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = QApplication.instance()
    assert app is not None
    shown: dict[str, list[str]] = {}
    try:
        for language in ("en", "zh_CN"):
            install_language(app, language)  # type: ignore[arg-type]
            dialog = QuickLogDialog(window.context, conference, window)
            qtbot.addWidget(dialog)
            shown[language] = [label.text() for label in dialog.findChildren(QLabel, "fieldLabel")]
            dialog.close()
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    assert "Job title" in shown["en"] and "Title" not in shown["en"]
    assert "职务" in shown["zh_CN"] and "职位" not in shown["zh_CN"]


def test_a_contact_group_in_a_vcard_is_not_offered_as_a_person(
        conference: int, window: Any, qtbot: Any, tmp_path: Path) -> None:
    """An iPhone's or iCloud's export holds its groups as cards: the quick log fills the
    form from the people only."""
    _, dialog = _open_dialog(window, qtbot, conference)
    card = tmp_path / "icloud.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:BD Shanghai\nX-ADDRESSBOOKSERVER-KIND:group\n"
                    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:A1\nEND:VCARD\nBEGIN:VCARD\n"
                    "VERSION:3.0\nFN:Tom Becker\nEMAIL:tom@example.com\nUID:A1\nEND:VCARD\n",
                    encoding="utf-8")
    assert dialog.load_vcard(card)
    assert dialog.inputs["name"].text() == "Tom Becker"
    assert dialog.queued_cards == []
