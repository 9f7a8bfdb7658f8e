"""New contact / organization forms: either name alone is enough, and a record Beacon
already has is named while typing, with a way to open it instead."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt

from tracker.models import Contact
from tracker.services import records

from tests.gui.conftest import type_chinese

pytestmark = pytest.mark.gui


def _new(window: Any, qtbot: Any, page_key: str) -> Any:
    window.show_page(page_key)
    qtbot.keyClick(window.current_page().table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.new_record_dialog is not None
                    and window.new_record_dialog.isVisible())
    return window.new_record_dialog


def test_a_chinese_name_alone_makes_a_contact_with_its_pinyin(window: Any, qtbot: Any) -> None:
    dialog = _new(window, qtbot, "contacts")
    type_chinese(dialog.form.editors["name"].widget, "张伟 Zhang Wei")
    assert dialog.name_preview.isVisible()  # split before it is saved
    assert dialog.name_preview.text() == "Saved as Zhang Wei · 张伟"
    name = dialog.form.editors["name"].widget
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert not dialog.name_preview.isVisible()
    type_chinese(dialog.form.editors["name_zh"].widget, "王建国")
    assert dialog.name_preview.isVisible()  # the pinyin is shown before it is saved
    assert dialog.name_preview.text() == "Saved as Wang Jianguo · 王建国"
    qtbot.keyClick(dialog.form.editors["name_zh"].widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    person = Contact.get_by_id(dialog.created_id)
    assert (person.name, person.name_zh) == ("Wang Jianguo", "王建国")


def test_typing_someone_beacon_has_offers_to_open_them(window: Any, qtbot: Any) -> None:
    li = records.create("contact", {"name": "李明", "emails": ["li@juventas.cn"]}).first_created
    dialog = _new(window, qtbot, "contacts")
    qtbot.keyClicks(dialog.form.editors["name"].widget, "Ming Li")
    hint = dialog.duplicate_hint
    qtbot.waitUntil(hint.isVisible)
    assert "Li Ming 李明 — same name in pinyin (李明)" in hint.text.text()
    qtbot.keyClicks(dialog.form.editors["emails"].widget, "LI@juventas.cn")
    assert "same email li@juventas.cn" in hint.text.text()
    qtbot.mouseClick(hint.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_page().current_id() == li
    assert Contact.select().where(Contact.name == "Ming Li").count() == 0


def test_an_organization_named_alike_is_pointed_out(window: Any, qtbot: Any) -> None:
    records.create("organization", {"name": "Downs PLC"})
    dialog = _new(window, qtbot, "organizations")
    qtbot.keyClicks(dialog.form.editors["name"].widget, "Downs Group")
    qtbot.waitUntil(dialog.duplicate_hint.isVisible)
    assert "Downs PLC — same name after removing Group, PLC" in dialog.duplicate_hint.text.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)  # another company
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert records.load("organization", dialog.created_id).name == "Downs Group"


def test_other_names_show_in_the_panel_one_a_line_and_save(window: Any, qtbot: Any) -> None:
    org = records.create("organization", {"name": "Juventas Cell Therapy Co., Ltd.",
                                          "other_names": ["合源生物", "Juventas Co., Ltd."]}
                         ).first_created
    page = window.show_page("organizations")
    page.search_box.setText("Juventas Cell")
    qtbot.waitUntil(lambda: page.model.total >= 1)
    assert page.open_record(org)
    editor = page.detail.form.editors["other_names"].widget
    assert editor.toPlainText() == "合源生物\nJuventas Co., Ltd."  # a comma stays in its name
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Juventas Biotech")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.snapshot("organization", records.load(
        "organization", org))["other_names"] == ["合源生物", "Juventas Co., Ltd.",
                                                 "Juventas Biotech"])
    assert page.model.total >= 1
