"""The working day's pictures for `beacon screenshots`: import history, the bulk-edit menu,
saved views in the sidebar, and a form holding three messages."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tracker.services.context import Changes, Kind
from tracker.views import save_view

from ui.context import AppContext
from ui.picture import over_window, settle


def demo_imports(context: AppContext) -> None:
    """Two small imports (the second undone), in the scratch database only."""
    from openpyxl import Workbook

    from tracker.excel.batches import apply_import, undo_import
    from tracker.excel.importer import ImportOptions, plan_import

    with tempfile.TemporaryDirectory() as folder:
        for name, rows in (("partners from BIO China.xlsx",
                            [["Company name", "City"], ["Shanghai CellWorks (demo)", "Shanghai"],
                             ["Suzhou Vector Labs (demo)", "Suzhou"], ["", "no name"]]),
                           ("old list.xlsx", [["Company name"], ["Wrong Import Co (demo)"]])):
            book = Workbook()
            sheet = book.active
            assert sheet is not None
            for row in rows:
                sheet.append(row)
            path = Path(folder) / name
            book.save(path)
            result = apply_import(plan_import(path, ImportOptions(entity="organization")))
            context.bus.publish(result.changes)
            if name == "old list.xlsx" and result.batch_uid:
                context.bus.publish(undo_import(result.batch_uid))


def demo_views(context: AppContext) -> None:
    """Two saved views, and a seeded deal made the user's, closing this quarter, so the
    built-in view shows something (the scratch database only)."""
    from tracker.queries import ListQuery, closing_bounds
    from tracker.services import records
    from tracker.services.context import current_user, today

    deals = ListQuery("opportunity").ids(limit=1)
    _start, end = closing_bounds("this_quarter", today())
    if deals and end is not None:
        context.run(records.update, "opportunity", deals[0], None,
                    {"owner": current_user(), "expected_close": end, "value": "1200000",
                     "currency": "CNY"})
    save_view("organizations", "Shanghai partners", {"filters": {"city": "Shanghai"}})
    save_view("contacts", "People met at conferences", {"sort": "name"})
    context.bus.publish(Changes(touched={Kind.saved_view}))


def _menu_over(window: QWidget, menu: Any, where: QPoint) -> QPixmap:
    """The window with an open right-click menu drawn where it pops up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    menu.adjustSize()
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(where, menu.grab())
    for action in menu.actions():  # the stage submenu, open beside it
        sub = action.menu()
        if sub is not None and action.objectName() == "" and sub.objectName() == "bulk_stage":
            rect = menu.actionGeometry(action)
            sub.adjustSize()
            painter.drawPixmap(where + QPoint(menu.width() - 4, rect.top()), sub.grab())
    painter.end()
    return picture


def working_day_screenshots(window: Any, context: AppContext, *, demo: bool
                            ) -> list[tuple[str, QPixmap]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shots: list[tuple[str, QPixmap]] = []
    if demo:
        demo_imports(context)
        demo_views(context)
    window.views.refresh()

    history = window.open_import_history()
    shots.append(("import_history", over_window(window, history)))
    history.reject()

    deals = window.show_page("opportunities")
    selection = deals.table.selectionModel()
    for row in range(min(2, deals.model.rowCount())):
        selection.select(deals.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    menu = deals.selection.build_menu()
    if menu is not None:
        rect = deals.table.visualRect(deals.model.index(1, 0))
        where = deals.table.viewport().mapTo(window, rect.center() + QPoint(40, 0))
        shots.append(("bulk_edit_menu", _menu_over(window, menu, where)))
        menu.close()
    deals.table.clearSelection()

    window.views.open_view("builtin:my-deals-this-quarter")
    settle(app)
    shots.append(("saved_views", window.grab()))
    deals.clear_search_and_filters()

    window.show_page("contacts")
    dialog = window.new_record("contact")
    dialog.prefill({"emails": ["li.ming-at-cellworks"], "phones": ["1234"]})
    dialog.create()  # refused: name, email and phone, each under its field
    settle(app)
    shots.append(("form_three_messages", over_window(window, dialog)))
    dialog.reject()
    return shots
