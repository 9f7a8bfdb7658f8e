"""Saved views in the window: what a list shows (search, filters, sort, columns) saved under a
name, put back when its sidebar entry is clicked, and renamed, updated or deleted from the
entry's right-click menu. The views themselves are tracker.views (per user, in the data)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from tracker.errors import BeaconError
from tracker.services.context import Changes, Kind
from tracker.views import PAGE_ENTITIES, View, delete_view, list_views, rename_view, save_view

from ui.errors import show_error
from ui.value_dialog import ValueDialog

BUILTIN_TITLES = {
    "builtin:my-deals-this-quarter": QT_TRANSLATE_NOOP("Views", "My deals closing this quarter"),
}
CHANGED = Kind.saved_view  # announced on the bus when views change: the sidebar refills


def tr_views(text: str) -> str:
    return QCoreApplication.translate("Views", text)


def view_title(view: View) -> str:
    source = BUILTIN_TITLES.get(view.uid)
    return tr_views(source) if source else view.name


def titles(views: list[View]) -> dict[str, str]:
    return {view.uid: view_title(view) for view in views}


def page_key_of(entity: str) -> str:
    return next(key for key, value in PAGE_ENTITIES.items() if value == entity)


def definition_of(page: Any) -> dict[str, Any]:
    """What a record list page shows now, as a view's definition."""
    query = page.model.query
    filters = {k: v for k, v in query.filters.items() if k != "ids" and v not in (None, "")}
    return {"search": query.search, "filters": filters,
            "sort": query.sort or query.spec.default_sort, "descending": query.descending,
            "columns": page.visible_columns()}


def apply_definition(page: Any, definition: dict[str, Any]) -> None:
    """Put a record list page into a view: its columns, filters, search and sort."""
    columns = [c for c in definition.get("columns") or [] if c in page.model.columns]
    if columns:
        header = page.table.horizontalHeader()
        for visual, key in enumerate(columns):
            logical = page.model.column_of(key)
            header.setSectionHidden(logical, False)
            header.moveSection(header.visualIndex(logical), visual)
        for logical, key in enumerate(page.model.columns):
            header.setSectionHidden(logical, key not in columns)
        page.rebuild_columns_menu()
    filters = dict(definition.get("filters") or {})
    page.filter_bar.blockSignals(True)
    page.filter_bar.clear()
    for key in page.filter_bar.combos:
        if filters.get(key) is not None:
            page.filter_bar.set_value(key, filters[key])
    page.filter_bar.blockSignals(False)
    page.apply_page_filters(filters)
    page.search_box.blockSignals(True)
    page.search_box.setText(str(definition.get("search") or ""))
    page.search_box.blockSignals(False)
    page.show_query(filters, str(definition.get("search") or ""))
    sort = definition.get("sort")
    if sort in page.model.columns:
        order = (Qt.SortOrder.DescendingOrder if definition.get("descending")
                 else Qt.SortOrder.AscendingOrder)
        page.table.horizontalHeader().setSortIndicator(page.model.column_of(sort), order)


def ask_to_save(page: Any) -> ValueDialog:
    """Name what the page shows; the same name replaces that view."""
    key = page_key_of(page.ENTITY)
    own = [v.name for v in list_views(key) if not v.builtin]
    translate = QCoreApplication.translate
    dialog = ValueDialog(translate("Views", "Save view"),
                         translate("Views", "Save this list's search, filters, sort and "
                                            "columns as:"), own, page)
    dialog.setObjectName("saveViewDialog")

    def save(name: str) -> None:
        try:
            view = save_view(key, name, definition_of(page))
        except BeaconError as error:
            show_error(page, QCoreApplication.translate("Views", "Could not save the view"), error)
            return
        page.context.bus.publish(Changes(touched={CHANGED}))
        page.saved_view_uid = view.uid
        page.status_message.emit(translate("Views", "Saved the view “%1”; it is in the "
                                                    "sidebar under this page.")
                                 .replace("%1", view.name))

    dialog.chosen.connect(save)
    dialog.open()
    return dialog


def ask_to_rename(parent: QWidget, context: Any, view: View) -> ValueDialog:
    translate = QCoreApplication.translate
    dialog = ValueDialog(translate("Views", "Rename view"), translate("Views", "New name:"), [],
                         parent, text=view.name)

    def rename(name: str) -> None:
        try:
            rename_view(view.uid, name)
        except BeaconError as error:
            show_error(parent, translate("Views", "Could not rename the view"), error)
            return
        context.bus.publish(Changes(touched={CHANGED}))

    dialog.chosen.connect(rename)
    dialog.open()
    return dialog


def update_view(context: Any, view: View, page: Any) -> None:
    save_view(view.page, view.name, definition_of(page))
    context.bus.publish(Changes(touched={CHANGED}))


def remove_view(context: Any, view: View) -> None:
    delete_view(view.uid)
    context.bus.publish(Changes(touched={CHANGED}))

