"""One record type's page: search box, filters, counts, the lazy table and the detail panel."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker import details
from tracker.errors import BeaconError
from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.context import Changes

from ui.context import AppContext
from ui.detail_panel import DetailPanel
from ui.errors import show_error
from ui.filter_bar import FilterBar, FilterSpec
from ui.freshness import StaleWhileHidden
from ui.labels import column_title, entity_name, entity_plural
from ui.list_model import RecordListModel
from ui.page import ExportScope, Page
from ui.selection_actions import SelectionActions
from ui.task_actions import set_task_done


class RecordListPage(Page):
    """Subclasses name the entity, its filters and the columns shown at first."""

    ENTITY: ClassVar[str] = ""
    FILTERS: ClassVar[tuple[FilterSpec, ...]] = ()
    DEFAULT_COLUMNS: ClassVar[tuple[str, ...]] = ()
    RELATED: ClassVar[frozenset[str]] = frozenset()  # entities whose names our columns show

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pending_dialog: QMessageBox | None = None
        self.setObjectName(f"page_{self.ENTITY}")
        self._all_count = 0
        self._counted = False  # the first count waits for the window's first frame
        self.model = RecordListModel(self._base_query(), self)
        self.model.rows_reset.connect(self._update_counts)
        # Counting every match costs a query; while someone types it waits for a pause.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._count_timer.timeout.connect(self._show_count)
        self.model.done_toggled.connect(self._toggle_done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QWidget()
        top.setObjectName("pageHeader")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(20, 14, 20, 10)
        top_layout.setSpacing(10)
        title_row = QHBoxLayout()
        self.title_label = QLabel(entity_plural(self.ENTITY))
        self.title_label.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        self.new_button = QPushButton(self.tr("New %1").replace("%1", entity_name(self.ENTITY)))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.ENTITY))
        title_row.addWidget(self.new_button)
        top_layout.addLayout(title_row)

        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Search as you type: 中文, pinyin (liming), initials (lm) or English"))
        self.search_box.setMinimumWidth(300)
        self.search_box.textChanged.connect(self.model.set_search)
        search_row.addWidget(self.search_box, 1)
        self.filter_bar = FilterBar(self.ENTITY, self.FILTERS)
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        tools.addWidget(self.filter_bar, 1)
        self._add_extra_tools(tools)  # the filters take the room left (wrapping when narrow)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_button.setMenu(self.columns_menu)
        search_row.addWidget(self.columns_button)
        self.save_view_button = QToolButton()
        self.save_view_button.setObjectName("saveViewButton")
        self.save_view_button.setText(self.tr("Save view…"))
        self.save_view_button.setToolTip(self.tr("Save this search, filters, sort and columns "
                                                 "under a name, in the sidebar"))
        self.save_view_button.clicked.connect(self.ask_to_save_view)
        search_row.addWidget(self.save_view_button)
        self.saved_view_uid: str | None = None
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export what this list shows to Excel"))
        self.export_button.clicked.connect(self.export_requested)
        search_row.addWidget(self.export_button)
        top_layout.addLayout(search_row)
        top_layout.addLayout(tools)
        layout.addWidget(top)

        self.table = QTableView()
        self.table.setObjectName("recordTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        sort_key = self.model.query.sort or self.model.query.spec.default_sort
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_of(sort_key), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(150)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._restore_columns()
        header.sectionResized.connect(self._save_columns)
        header.sectionMoved.connect(self._save_columns)
        header.sortIndicatorChanged.connect(self._save_columns)

        self.empty_state = QWidget()
        self.empty_state.setObjectName("emptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.addStretch(1)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyHint")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self._empty_action)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        self.detail = DetailPanel(context, self.ENTITY)
        self.detail.open_requested.connect(self.open_record_requested)
        self.detail.delete_requested.connect(self.delete_current)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("listSplitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(380)
        layout.addWidget(self.splitter, 1)
        saved = context.settings.get(f"header/splitter_{self.ENTITY}")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.splitter.restoreState(saved)
        else:
            self.splitter.setSizes([760, 500])
        self.splitter.splitterMoved.connect(lambda *_: self.context.settings.set(
            f"header/splitter_{self.ENTITY}", self.splitter.saveState()))

        self.selection = SelectionActions(self)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.activated.connect(self.delete_current)
        context.bus.changed.connect(self._on_changed)
        self._freshness = StaleWhileHidden(self, self._reload_all)
        self._build_columns_menu()
        self._update_counts(self.model.rowCount())
        context.startup.after_first_frame(self._first_count)

    def _first_count(self) -> None:
        """Count the records (a scan of 100,000 rows) once the window is on screen."""
        self._counted = True
        self._all_count = self._count_all()
        self._show_count()

    def _count_all(self) -> int:
        """Records of this type; the model's own total when nothing narrows it (no 2nd query)."""
        query = self.model.query
        if not query.search.strip() and not any(v not in (None, "") for v in
                                                 query.filters.values()):
            return self.model.total
        return ListQuery(self.ENTITY).count()

    # --- hooks for subclasses --------------------------------------------------------

    def _base_query(self) -> ListQuery:
        return ListQuery(self.ENTITY)

    def _add_extra_tools(self, tools: QHBoxLayout) -> None:
        """Room for a page's own controls beside the filters."""

    # --- columns ---------------------------------------------------------------------

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        saved = self.context.settings.get(f"header/{self.ENTITY}")
        if isinstance(saved, QByteArray) and not saved.isEmpty() and header.restoreState(saved):
            return
        shown = self.DEFAULT_COLUMNS or tuple(self.model.columns)
        wide = {"name", "title", "subject", "body", "organization", "description", "next_step"}
        for column, key in enumerate(self.model.columns):
            header.setSectionHidden(column, key not in shown)
            header.resizeSection(column, 250 if key in wide else 130)
        first = self.model.columns[0]
        if first in wide:
            header.resizeSection(0, 300)

    def _save_columns(self, *_: Any) -> None:
        self.context.settings.set(f"header/{self.ENTITY}",
                                  self.table.horizontalHeader().saveState())

    def _build_columns_menu(self) -> None:
        self.columns_menu.clear()
        header = self.table.horizontalHeader()
        for column, key in enumerate(self.model.columns):
            action = QAction(column_title(key, self.ENTITY), self.columns_menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setData(key)
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
            self.columns_menu.addAction(action)

    def rebuild_columns_menu(self) -> None:
        self._build_columns_menu()
        self._save_columns()

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not shown)
        self._save_columns()

    # --- counts and empty states -----------------------------------------------------

    def _filtered(self) -> bool:
        return bool(self.search_box.text().strip() or self.filter_bar.values()
                    or self._page_filtered())

    def _show_count(self) -> None:
        self._count_timer.stop()
        total = self.model.total
        if self._filtered():
            text = self.tr("%1 of %2").replace("%1", f"{total:,}").replace(
                "%2", f"{self._all_count:,}")
        else:
            text = f"{total:,}"
        self.count_label.setText(text)

    def _update_counts(self, shown: int) -> None:
        """A new query's first rows are in: list or empty state now, the count after a pause
        (and never before the first count: a slow first frame would show "N of 0")."""
        if self._counted:
            self._count_timer.start()
        filtered = self._filtered()
        if shown:
            self.list_stack.setCurrentWidget(self.table)
            return
        self.list_stack.setCurrentWidget(self.empty_state)
        if filtered:
            self.empty_title.setText(self.tr("Nothing matches"))
            search = self.search_box.text().strip()
            self.empty_text.setText(
                self.tr("No %1 match “%2”. Check the spelling, try pinyin or initials, or "
                        "clear the search and filters.").replace(
                    "%1", entity_plural(self.ENTITY).lower()).replace("%2", search)
                if search else self.tr("No %1 match these filters.").replace(
                    "%1", entity_plural(self.ENTITY).lower()))
            self.empty_button.setText(self.tr("Clear search and filters"))
        else:
            self.empty_title.setText(self.tr("No %1 yet").replace(
                "%1", entity_plural(self.ENTITY).lower()))
            self.empty_text.setText(self.tr("Press Ctrl+N to add the first one, or import a "
                                            "workbook from the File menu."))
            self.empty_button.setText(self.tr("New %1").replace("%1", entity_name(self.ENTITY)))
        self.detail.show_record(None)

    def _page_filtered(self) -> bool:
        return False

    def _empty_action(self) -> None:
        if self.model.rowCount() == 0 and self._all_count == 0:
            self.new_requested.emit(self.ENTITY)
        else:
            self.clear_search_and_filters()

    # --- saved views -------------------------------------------------------------------

    def ask_to_save_view(self) -> QWidget:
        from ui.saved_views import ask_to_save

        return ask_to_save(self)

    def apply_view(self, definition: dict[str, Any]) -> None:
        from ui.saved_views import apply_definition

        apply_definition(self, definition)

    def apply_page_filters(self, filters: dict[str, Any]) -> None:
        """Subclasses with filters of their own (the activities' due tabs) set them here."""

    def show_query(self, filters: dict[str, Any], search: str) -> None:
        """Show these filters and this search at once (one reload, not one per filter)."""
        known = {k: v for k, v in filters.items()
                 if k in self.model.query.spec.filters and v not in (None, "")}
        self.model.set_query(replace(self.model.query, search=search, filters=known))

    def clear_search_and_filters(self) -> None:
        self.search_box.clear()
        self.filter_bar.clear()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --- the current record ----------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id != self.detail.record_id:
            self.detail.show_record(record_id)

    def current_id(self) -> int | None:
        return self.detail.record_id

    def open_record(self, record_id: int) -> bool:
        """Select and show a record, clearing search and filters if they hide it."""
        row = self.model.row_of(record_id)
        if row is None:
            self.clear_search_and_filters()
            self._clear_page_filters()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, self._first_shown_column())
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if self.detail.record_id != record_id:
            self.detail.show_record(record_id)
        return True

    def _clear_page_filters(self) -> None:
        """Subclasses with their own filters (due tabs) clear them here."""

    def _first_shown_column(self) -> int:
        header = self.table.horizontalHeader()
        return header.logicalIndex(0) if header.hiddenSectionCount() == 0 else next(
            (c for c in range(header.count()) if not header.isSectionHidden(c)), 0)

    # --- export and delete -----------------------------------------------------------

    def visible_columns(self) -> list[str]:
        """The columns the user chose to see, in their on-screen order."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        order = sorted(range(len(columns)), key=header.visualIndex)
        return [columns[i] for i in order if not self.table.isColumnHidden(i)]

    def has_unsaved_edits(self) -> bool:
        return self.detail.has_unsaved_edits()

    def export_scope(self) -> ExportScope:
        return ExportScope(self.model.query, self.visible_columns())

    def delete_current(self) -> None:
        if self.selection.count() > 1:
            self.selection.ask_delete()
            return
        record_id = self.current_id()
        if record_id is None:
            return
        label = details.record_label(self.ENTITY, record_id)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete %1").replace("%1", entity_name(self.ENTITY)))
        box.setText(self.tr("Delete “%1”?").replace("%1", label))
        box.setInformativeText(self.tr("It disappears from every list. Ctrl+Z brings it back."))
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished() -> None:
            if box.clickedButton() is delete_button:
                self._delete(record_id, label)
        box.finished.connect(finished)
        self.pending_dialog = box
        box.open()

    def _delete(self, record_id: int, label: str) -> None:
        try:
            self.context.run(records.delete, self.ENTITY, record_id,
                             undo_label=self.tr("Delete %1").replace("%1", label))
        except BeaconError as error:
            show_error(self, self.tr("Could not delete"), error)
            return
        self.status_message.emit(self.tr("Deleted “%1”. Ctrl+Z brings it back.")
                                 .replace("%1", label))

    def _toggle_done(self, activity_id: int, version: int, done: bool) -> None:
        set_task_done(self, self.context, activity_id, version, done)

    # --- changes from anywhere -------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        touched = changes.entities()
        if not (self.ENTITY in touched or touched & self.RELATED) or not self._freshness.now():
            return  # not shown here, or the page is hidden (it reloads when shown)
        mine = {(e, i) for e, i in changes.created + changes.deleted if e == self.ENTITY}
        current = self.current_id()
        if self.ENTITY in changes.touched:  # changed as a whole (who may see what): reload
            self._reload_all()
            return
        if mine:
            self._reload_all(keep=current not in {i for e, i in changes.deleted
                                                  if e == self.ENTITY})
            return
        updated = [i for e, i in changes.updated if e == self.ENTITY]
        if changes.entities() & self.RELATED:
            self.model.refresh_all()
        elif updated:
            self.model.refresh_records(updated)
            self.filter_bar.refresh_options()

    def _reload_all(self, keep: bool = True) -> None:
        current = self.current_id()
        self.model.reload()
        self._all_count = self._count_all()
        self._show_count()
        self.filter_bar.refresh_options()
        if keep and current is not None:
            self._reselect(current)

    def _reselect(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            index = self.model.index(row, self._first_shown_column())
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
