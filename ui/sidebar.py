"""The sidebar: one entry per page and, under its page, each saved view of that page; its
views' entries open, rename, update and delete them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tracker.errors import BeaconError
from tracker.services.context import Changes
from tracker.views import View, list_views

from ui.errors import show_error
from ui.pages import PageInfo, page_title
from ui.saved_views import CHANGED, ask_to_rename, remove_view, titles, update_view

PageRole = Qt.ItemDataRole.UserRole  # the page an entry shows (a view's: its page)
ViewRole = Qt.ItemDataRole.UserRole + 1  # a saved view's uid; None on a page's entry
VIEW_COLOUR = QColor("#94a3b8")


INDENT = 16  # a view's entry sits this far right of its page's
SIDE_SPACE = 60  # the item's margins and padding left and right (style.qss #sidebar::item)


class SidebarDelegate(QStyledItemDelegate):
    """Draws a saved view's entry indented under its page's entry."""

    def _indented(self, option: QStyleOptionViewItem, index: Any) -> QStyleOptionViewItem:
        shifted = QStyleOptionViewItem(option)
        shifted.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        if index.data(ViewRole) is not None:
            shifted.rect = option.rect.adjusted(INDENT, 0, 0, 0)
        return shifted

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        super().paint(painter, self._indented(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        """As tall as the name needs at the sidebar's width: a long view name wraps."""
        hint = super().sizeHint(option, index)
        view = self.parent()
        if index.data(ViewRole) is None or not isinstance(view, QListWidget):
            return hint
        room = view.viewport().width() - INDENT - SIDE_SPACE
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = QFontMetrics(font).boundingRect(QRect(0, 0, max(room, 40), 10_000),
                                                int(Qt.TextFlag.TextWordWrap), text)
        single = QFontMetrics(font).height()
        return QSize(view.viewport().width(), hint.height() + max(lines.height() - single, 0))


class Sidebar(QListWidget):
    def __init__(self, pages: Sequence[PageInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)  # a long view name takes two lines rather than being cut
        self.setItemDelegate(SidebarDelegate(self))
        for number, info in enumerate(pages, start=1):
            item = QListWidgetItem(page_title(info))
            item.setData(PageRole, info.key)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            self.addItem(item)

    @staticmethod
    def page_key(item: QListWidgetItem | None) -> str | None:
        key = item.data(PageRole) if item is not None else None
        return key if isinstance(key, str) else None

    @staticmethod
    def view_uid(item: QListWidgetItem | None) -> str | None:
        uid = item.data(ViewRole) if item is not None else None
        return uid if isinstance(uid, str) else None

    def view_items(self) -> list[QListWidgetItem]:
        return [item for row in range(self.count())
                if self.view_uid(item := self.item(row)) is not None]

    def fill_views(self, views: Sequence[View], titles: dict[str, str]) -> None:
        """Each view's entry under its page's, in the order given (`titles`: uid -> name)."""
        current = self.view_uid(self.currentItem())
        self.blockSignals(True)
        for item in self.view_items():
            self.takeItem(self.row(item))
        for view in reversed(views):
            row = next((r for r in range(self.count())
                        if self.page_key(self.item(r)) == view.page), None)
            if row is None:
                continue
            item = QListWidgetItem(titles.get(view.uid, view.name))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, titles.get(view.uid, view.name))
            item.setData(PageRole, view.page)
            item.setData(ViewRole, view.uid)
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 0.92)
            item.setFont(font)
            item.setForeground(VIEW_COLOUR)
            item.setToolTip(titles.get(view.uid, view.name))
            self.insertItem(row + 1, item)
        if current is not None:
            self.select_view(current)
        self.blockSignals(False)

    def select_view(self, uid: str) -> bool:
        found = next((item for item in self.view_items() if self.view_uid(item) == uid), None)
        if found is not None:
            self.setCurrentItem(found)
        return found is not None


class SidebarViews(QObject):
    """The main window's saved views: their sidebar entries, opening one, and the entries'
    right-click menu (rename, update to what the list shows, delete)."""

    def __init__(self, window: Any, context: Any) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.menu: QMenu | None = None
        self.dialog: QWidget | None = None
        sidebar = window.sidebar
        sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        sidebar.customContextMenuRequested.connect(self._menu_at)
        context.bus.changed.connect(self._on_changed)
        context.startup.after_first_frame(self.refresh)

    def views(self) -> list[View]:
        return list_views()

    def refresh(self) -> None:
        views = self.views()
        self.window.sidebar.fill_views(views, titles(views))

    def _on_changed(self, changes: Changes) -> None:
        if CHANGED in changes.touched:
            self.refresh()
            page = self.window.current_page()
            uid = getattr(page, "saved_view_uid", None)
            if uid:
                self.window.sidebar.blockSignals(True)
                self.window.sidebar.select_view(uid)
                self.window.sidebar.blockSignals(False)

    def find(self, uid: str) -> View | None:
        return next((v for v in self.views() if v.uid == uid), None)

    def open_view(self, uid: str) -> bool:
        view = self.find(uid)
        if view is None:
            return False
        page = self.window.show_page(view.page)
        page.apply_view(view.definition)
        self.window.sidebar.blockSignals(True)
        self.window.sidebar.select_view(uid)
        self.window.sidebar.blockSignals(False)
        return True

    def _menu_at(self, position: QPoint) -> None:
        menu = self.build_menu(self.window.sidebar.itemAt(position))
        if menu is not None:
            menu.popup(self.window.sidebar.viewport().mapToGlobal(position))

    def build_menu(self, item: Any) -> QMenu | None:
        uid = Sidebar.view_uid(item)
        view = self.find(uid) if uid else None
        if view is None:
            return None
        menu = QMenu(self.window.sidebar)
        menu.setObjectName("viewMenu")
        translate = QCoreApplication.translate
        menu.addAction(translate("Views", "Open")).triggered.connect(
            lambda: self.open_view(view.uid))
        if not view.builtin:
            menu.addAction(translate("Views", "Update to what the list shows")).triggered.connect(
                lambda: self._update(view))
            menu.addAction(translate("Views", "Rename…")).triggered.connect(
                lambda: self._rename(view))
            menu.addSeparator()
            menu.addAction(translate("Views", "Delete view")).triggered.connect(
                lambda: self._delete(view))
        self.menu = menu
        return menu

    def _update(self, view: View) -> None:
        page = self.window.show_page(view.page)
        try:
            update_view(self.context, view, page)
        except BeaconError as error:
            show_error(self.window, QCoreApplication.translate("Views", "Could not save the view"), error)

    def _rename(self, view: View) -> None:
        self.dialog = ask_to_rename(self.window, self.context, view)

    def _delete(self, view: View) -> None:
        try:
            remove_view(self.context, view)
        except BeaconError as error:
            show_error(self.window, QCoreApplication.translate("Views", "Could not delete the view"), error)
