"""Twenty people logged at a conference with the keyboard alone; three are in Beacon
already (same email, same WeChat ID, same name in pinyin at the same organization)."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tracker.models import Activity, ConferenceContact, Contact
from tracker.services import records

from ui.quick_log_dialog import QuickLogDialog

from tests.gui.conftest import type_chinese

pytestmark = pytest.mark.gui

# (name typed, Latin or Chinese) organization, email, wechat
NEW_PEOPLE = [
    ("Anna Schmidt", "Miltenyi Biotec", "anna@miltenyi.com", ""),
    ("王建国", "", "", "wangjg"),
    ("Zhang Wei 张伟", "Helix Cell Therapeutics", "", ""),
    ("Tom Becker", "Lonza", "tom@lonza.com", ""),
    ("刘洋", "Helix Cell Therapeutics", "", ""),
    ("Sophie Martin", "Cellectis", "sophie@cellectis.com", ""),
    ("赵磊 Zhao Lei", "", "zhaolei@bioheng.cn", ""),
    ("Marco Rossi", "Lonza", "", ""),
    ("孙丽", "Helix Cell Therapeutics", "", "sunli88"),
    ("Emma Johnson", "", "emma@cytiva.com", ""),
    ("黄伟强", "", "", ""),
    ("Lukas Weber", "Miltenyi Biotec", "", ""),
    ("周婷", "", "zhouting@legend.cn", ""),
    ("David Kim", "", "", "dkim"),
    ("吴敏", "Cellectis", "", ""),
    ("Olivia Brown", "", "", ""),
    ("欧阳娜娜", "", "", "ouyangnn"),
]


@pytest.fixture
def people(seeded: Any) -> dict[str, int]:
    helix = records.create("organization", {"name": "Helix Cell Therapeutics"}).first_created
    return {
        "li": records.create("contact", {"name": "李明", "emails": ["li.ming@juventas.cn"],
                                         "title": "CSO"}).first_created,
        "chen": records.create("contact", {"name": "Chen Jie", "wechat_id": "chenjie_bio"}
                               ).first_created,
        "wang": records.create("contact", {"name": "Wang Fang", "organization": helix}
                               ).first_created,
        "conference": records.create("conference", {"name": "Cell Therapy Summit"}
                                     ).first_created,
    }


def _open(window: Any, qtbot: Any, conference: int) -> QuickLogDialog:
    page = window.show_page("conferences")
    assert page.open_record(conference)
    qtbot.mouseClick(page.quick_log_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.quick_log_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _go_to(qtbot: Any, dialog: QuickLogDialog, key: str) -> None:
    """Tab until the field has the focus, as a person would."""
    for _ in range(12):
        if dialog.inputs[key].hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {key}")


def _type(qtbot: Any, dialog: QuickLogDialog, key: str, text: str) -> None:
    _go_to(qtbot, dialog, key)
    latin = "".join(ch for ch in text if ord(ch) < 0x2E80)
    chinese = "".join(ch for ch in text if ord(ch) >= 0x2E80)
    if latin.strip():
        qtbot.keyClicks(dialog.inputs[key], latin.strip() + (" " if chinese else ""))
    if chinese:
        type_chinese(dialog.inputs[key], chinese)


def _enter(qtbot: Any) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _log(qtbot: Any, dialog: QuickLogDialog, name: str, organization: str = "",
         email: str = "", wechat: str = "") -> None:
    _type(qtbot, dialog, "name", name)
    for key, text in (("organization", organization), ("email", email), ("wechat", wechat)):
        if text:
            _type(qtbot, dialog, key, text)


def test_twenty_people_with_the_keyboard_three_already_in_beacon(
        window: Any, qtbot: Any, people: dict[str, int]) -> None:
    dialog = _open(window, qtbot, people["conference"])
    before = {c.id for c in Contact.select()}
    logged = 0
    for index, (name, organization, email, wechat) in enumerate(NEW_PEOPLE):
        if index == 2:  # Enter on an offered organization picks it, and logs nobody
            _type(qtbot, dialog, "name", name)
            _go_to(qtbot, dialog, "organization")
            qtbot.keyClicks(dialog.inputs["organization"], "Hel")
            qtbot.waitUntil(lambda: dialog.organization_completer.popup().isVisible())
            qtbot.keyClick(dialog.organization_completer.popup(), Qt.Key.Key_Return)
            assert dialog.inputs["organization"].text() == organization
            assert dialog.session_list.count() == logged
            assert dialog.name_preview.text() == "Saved as Zhang Wei · 张伟"
        else:
            _log(qtbot, dialog, name, organization, email, wechat)
        if name == "王建国":
            assert dialog.name_preview.isVisible()
            assert dialog.name_preview.text() == "Saved as Wang Jianguo · 王建国"
        assert not dialog.same_person.isVisible(), name
        with qtbot.waitSignal(dialog.logged):
            _enter(qtbot)
        logged += 1
        assert dialog.session_list.count() == logged
        assert dialog.inputs["name"].hasFocus()

        if index == 3:  # the same email as 李明: a warning, then "it's them"
            _log(qtbot, dialog, "Ming Li", email="LI.MING@juventas.cn")
            _expect_warning(qtbot, dialog, "Li Ming 李明", "same email li.ming@juventas.cn")
            _confirm_them(qtbot, dialog)
            logged += 1
        elif index == 8:  # Chen Jie's WeChat ID under another name
            _log(qtbot, dialog, "陈杰", wechat="ChenJie_Bio")
            _expect_warning(qtbot, dialog, "Chen Jie", "same WeChat ID ChenJie_Bio")
            _confirm_them(qtbot, dialog)
            logged += 1
        elif index == 13:  # Wang Fang at the same organization, typed in Chinese
            _log(qtbot, dialog, "王芳", organization="Helix Cell Therapeutics")
            _expect_warning(qtbot, dialog, "Wang Fang · Helix Cell Therapeutics",
                            "same name in pinyin (Wang Fang), same organization")
            _confirm_them(qtbot, dialog)
            logged += 1
    assert logged == 20 and dialog.session_list.count() == 20

    made = [c for c in Contact.select().where(Contact.deleted_at.is_null())
            if c.id not in before]
    assert len(made) == 17
    links = ConferenceContact.select().where(ConferenceContact.conference == people["conference"])
    assert links.count() == 20
    names: set[str] = set()
    for contact in Contact.select().where(Contact.deleted_at.is_null()):
        snapshot = records.snapshot("contact", contact)
        names |= {contact.name, contact.name_zh, *snapshot["other_names"]}
    for typed in [n for n, *_ in NEW_PEOPLE] + ["Ming Li", "陈杰", "王芳"]:
        parts = typed.split(" ", 1) if "张伟" in typed or "赵磊" in typed else [typed]
        for part in ("Zhang Wei", "张伟") if "张伟" in typed else (
                ("赵磊", "Zhao Lei") if "赵磊" in typed else parts):
            assert part in names, part
    li = records.snapshot("contact", Contact.get_by_id(people["li"]))
    assert li["other_names"] == ["Ming Li"] and li["title"] == "CSO"
    chen = records.snapshot("contact", Contact.get_by_id(people["chen"]))
    assert chen["name_zh"] == "陈杰"
    notes = [(n.contact_id, n.subject) for n in Activity.select().where(
        Activity.conference == people["conference"], Activity.deleted_at.is_null())]
    assert len(notes) == 20 and len(set(notes)) == 20  # one note each, none twice


def _expect_warning(qtbot: Any, dialog: QuickLogDialog, label: str, reason: str) -> None:
    qtbot.waitUntil(lambda: dialog.same_person.isVisible())
    [candidate] = dialog.same_person.candidates
    assert candidate.label == label
    assert candidate.reason_text().startswith(reason)
    count = dialog.session_list.count()
    _enter(qtbot)  # Enter asks first: nobody is logged yet
    assert dialog.session_list.count() == count
    assert dialog.same_person.same_button.hasFocus()
    assert "may already be in Beacon" in dialog.status_label.text()


def _confirm_them(qtbot: Any, dialog: QuickLogDialog) -> None:
    with qtbot.waitSignal(dialog.logged):
        _enter(qtbot)  # on "It's them: update"
    assert "(updated)" in dialog.session_list.item(dialog.session_list.count() - 1).text()
    assert dialog.inputs["name"].hasFocus() and not dialog.same_person.isVisible()


def test_form_pickers_find_by_pinyin_and_enter_picks_without_saving(window: Any,
                                                                    qtbot: Any) -> None:
    xibao = records.create("organization", {"name": "Shanghai Xibao",
                                            "name_zh": "上海细胞治疗有限公司"}).first_created
    window.show_page("opportunities")
    qtbot.keyClick(window.current_page().table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.new_record_dialog is not None
                    and window.new_record_dialog.isVisible())
    dialog = window.new_record_dialog
    qtbot.keyClicks(dialog.form.editors["title"].widget, "Xibao licence")
    editor = dialog.form.editors["organization"]
    for typed in ("shxb", "xibao", "细胞"):
        editor.widget.lineEdit().clear()
        if typed == "细胞":
            type_chinese(editor.widget.lineEdit(), typed)
        else:
            qtbot.keyClicks(editor.widget.lineEdit(), typed)
        qtbot.waitUntil(lambda: editor.picker.popup().isVisible())
        assert [c.record_id for c in editor.picker.offered] == [xibao], typed
    qtbot.keyClick(editor.picker.popup(), Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter picked; it did not create the deal
    assert editor.values() == {"organization": xibao}
    assert editor.widget.lineEdit().text() == "Shanghai Xibao 上海细胞治疗有限公司"
