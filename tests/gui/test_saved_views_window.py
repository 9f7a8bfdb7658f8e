"""Saved views: a list's filters, search, sort and columns saved under a name, in the
sidebar under its page, reopened with one click (also after a restart)."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QPoint, Qt

from tracker.queries import closing_bounds
from tracker.services import records
from tracker.services.context import today

from ui.sidebar import Sidebar
from ui.value_dialog import ValueDialog

from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


def _deals() -> dict[str, int]:
    start, end = closing_bounds("this_quarter", today())
    assert end is not None
    made = {}
    for title, owner, value, close in (
            ("Wang small", "Wang", "100", end), ("Wang big", "Wang", "900", end),
            ("Li deal", "Li", "500", end), ("Mine now", "tester", "300", end),
            ("Mine later", "tester", "300", end + dt.timedelta(days=200))):
        made[title] = records.create("opportunity", {
            "title": title, "owner": owner, "value": value, "currency": "CNY",
            "expected_close": close}).first_created
    return made


def _sidebar_click(qtbot, window, text: str) -> None:
    sidebar = window.sidebar
    # The views are listed once the window's first frame is on screen.
    qtbot.waitUntil(lambda: any(sidebar.item(r).text().strip() == text
                                for r in range(sidebar.count())))
    item = next(sidebar.item(r) for r in range(sidebar.count())
                if sidebar.item(r).text().strip() == text)
    sidebar.scrollToItem(item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(item).center())


def _titles(page) -> list[str]:
    column = page.model.column_of("title")
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_a_saved_view_reopens_with_its_filters_search_sort_and_columns(context, qtbot
                                                                     ) -> None:
    _deals()
    window = open_window(context, qtbot)
    page = window.show_page("opportunities")
    owner = page.filter_bar.combos["owner"]
    owner.setFocus()
    owner.setCurrentIndex(owner.findData("Wang"))
    qtbot.keyClicks(page.search_box, "wang")
    header = page.table.horizontalHeader()
    value_column = page.model.column_of("value")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(value_column) + 10, 10))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(value_column) + 10, 10))
    next(a for a in page.columns_menu.actions() if a.data() == "probability").trigger()
    assert _titles(page) == ["Wang big", "Wang small"]

    qtbot.mouseClick(page.save_view_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ValueDialog, "saveViewDialog")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.box.lineEdit(), "Wang, biggest first")
    qtbot.keyClick(dialog.box.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(window.sidebar.item(r).text().strip() == "Wang, biggest first"
                                for r in range(window.sidebar.count())))
    rows = [window.sidebar.item(r).text().strip() for r in range(window.sidebar.count())]
    assert rows.index("Wang, biggest first") == rows.index("Opportunities") + 2  # under it
    assert rows[rows.index("Opportunities") + 1] == "My deals closing this quarter"

    page.clear_search_and_filters()
    next(a for a in page.columns_menu.actions() if a.data() == "probability").trigger()
    assert len(_titles(page)) > 2

    # After a restart, one click puts it all back.
    window.close()
    window = open_window(context, qtbot)
    _sidebar_click(qtbot, window, "Wang, biggest first")
    page = window.current_page()
    assert window.current_key() == "opportunities"
    assert _titles(page) == ["Wang big", "Wang small"]
    assert page.search_box.text() == "wang"
    assert page.filter_bar.values() == {"owner": "Wang"}
    assert "probability" not in page.visible_columns()
    assert page.model.query.sort == "value" and page.model.query.descending
    assert page.table.horizontalHeader().sortIndicatorSection() == page.model.column_of("value")

    # Its right-click menu deletes it.
    menu = window.views.build_menu(window.sidebar.currentItem())
    next(a for a in menu.actions() if a.text() == "Delete view").trigger()
    assert all(window.sidebar.item(r).text().strip() != "Wang, biggest first"
               for r in range(window.sidebar.count()))


def test_my_deals_closing_this_quarter_in_one_click(context, qtbot) -> None:
    _deals()
    window = open_window(context, qtbot)
    qtbot.waitUntil(lambda: Sidebar.view_uid(window.sidebar.item(2)) is not None)
    _sidebar_click(qtbot, window, "My deals closing this quarter")
    page = window.current_page()
    assert _titles(page) == ["Mine now"]
    assert page.filter_bar.values() == {"owner": "@me", "closing": "this_quarter",
                                        "status": "open"}
    assert page.filter_bar.combos["owner"].currentText() == "Me (tester)"
    # The built-in view has no rename or delete.
    menu = window.views.build_menu(window.sidebar.currentItem())
    assert [a.text() for a in menu.actions()] == ["Open"]
