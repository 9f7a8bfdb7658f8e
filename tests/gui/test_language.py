"""Chinese on screen: BEACON_LANG=zh_CN and View > Language, through the app's own start-up path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.context import AppContext

pytestmark = pytest.mark.gui


@pytest.fixture
def english_afterwards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The compiled .qm goes to a temporary cache; later tests get English back."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield
    from ui.translation import install_language

    app = QApplication.instance()
    assert app is not None
    install_language(app, "en")


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_beacon_lang_zh_cn_shows_chinese_sidebar_menus_and_qt_buttons(
        context: AppContext, qtbot, monkeypatch: pytest.MonkeyPatch, english_afterwards) -> None:
    from ui.app import build_main_window, create_application

    monkeypatch.setenv("BEACON_LANG", "zh_CN")
    create_application()
    window = build_main_window(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert sidebar == ["管道看板", "商机", "机构", "联系人", "会议", "扶持政策", "活动", "仪表盘",
                       "市场"]
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.language_menu.title() == "语言(&L)"
    assert window.new_menu.title() == "新建(&N)"
    page = window.show_page("opportunities")
    assert page.search_box.placeholderText().startswith("即时搜索")
    wizard = window.open_import()  # Qt's own words (wizard buttons) come from qtbase_zh_CN
    assert wizard.button(wizard.WizardButton.CancelButton).text() == "取消"
    wizard.reject()
    # The forecast's months: numbers (the year under January), and the axis title in Chinese
    dashboard = window.show_page("dashboard")
    [axis] = dashboard.forecast_view.chart().axes(Qt.Orientation.Horizontal)
    labels = axis.categories()
    assert all(label.split("<br>")[0].isdigit() for label in labels), labels
    assert all(("<br>" in label) == (label.startswith("1<br>")) for label in labels)
    assert axis.titleText().startswith("预计成交月份")
    window.close()


def test_english_when_nothing_asks_for_chinese(window) -> None:
    assert _menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.sidebar.item(1).text() == "Opportunities"


def test_view_language_applies_at_once_over_the_same_data_and_page(
        window, context: AppContext, qtbot, english_afterwards) -> None:
    from tracker.services import records

    from ui.app import rebuilt

    window.show_page("contacts")
    contact = window.current_page().model.id_at(0)
    window.context.run(records.update, "contact", contact, None, {"city": "Suzhou"},
                       undo_label="Edit city")
    menu = window.language_menu
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "System default", "English", "中文（简体）"]
    assert menu.choices[""].isChecked()
    windows = [window]
    window.language_switched.connect(lambda: windows.append(rebuilt(window)))
    menu.choices["zh_CN"].trigger()
    qtbot.waitUntil(lambda: len(windows) == 2)
    again = windows[1]
    qtbot.addWidget(again)
    assert context.settings.get("ui/language") == "zh_CN"
    assert again.sidebar.item(1).text() == "商机" and _menu_titles(again)[0] == "文件(&F)"
    assert again.current_key() == "contacts"  # the same page
    assert again.language_menu.choices["zh_CN"].isChecked()
    assert again.context is context and again.undo_action.text() == "撤销(&U) Edit city"
    assert again.current_page().model.column_of("name") == 0  # pages built again, in Chinese
    again.close()


def test_the_language_waits_for_the_next_start_while_a_form_holds_unsaved_edits(
        window, context: AppContext, qtbot, english_afterwards) -> None:
    page = window.show_page("contacts")
    page.open_record(page.model.id_at(0))
    qtbot.keyClicks(page.detail.form.editors["city"].widget, "x")
    assert page.has_unsaved_edits()
    switched = []
    window.language_switched.connect(lambda: switched.append(True))
    menu = window.language_menu
    menu.choices["zh_CN"].trigger()
    qtbot.waitUntil(lambda: menu.pending_notice is not None and menu.pending_notice.isVisible())
    notice = menu.pending_notice
    assert isinstance(notice, QMessageBox)
    assert "next time Beacon starts" in notice.text()
    assert "新语言将在下次启动 Beacon 时生效" in notice.text()  # said in the chosen language too
    notice.accept()
    assert context.settings.get("ui/language") == "zh_CN" and not switched
    assert window.sidebar.item(1).text() == "Opportunities"  # this run stays English
