"""Activities: overdue, today, upcoming and done, each a tab with its count; kind and owner."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from tracker.models import ACTIVITY_KINDS
from tracker.queries import ListQuery
from tracker.services.context import Changes

from ui.filter_bar import FilterSpec
from ui.list_page import RecordListPage

DUE_TABS: tuple[tuple[str | None, str], ...] = (
    ("overdue", QT_TRANSLATE_NOOP("ActivitiesPage", "Overdue")),
    ("today", QT_TRANSLATE_NOOP("ActivitiesPage", "Today")),
    ("upcoming", QT_TRANSLATE_NOOP("ActivitiesPage", "Upcoming")),
    ("done", QT_TRANSLATE_NOOP("ActivitiesPage", "Done")),
    (None, QT_TRANSLATE_NOOP("ActivitiesPage", "All")),
)


class ActivitiesPage(RecordListPage):
    ENTITY = "activity"
    FILTERS = (
        FilterSpec("kind", QT_TRANSLATE_NOOP("FilterBar", "Any kind"), "codes",
                   codes=ACTIVITY_KINDS),
        FilterSpec("owner", QT_TRANSLATE_NOOP("FilterBar", "Any owner"), "values"),
    )
    DEFAULT_COLUMNS = ("done", "kind", "subject", "body", "due_on", "organization", "contact",
                       "opportunity")
    RELATED = frozenset({"organization", "contact", "opportunity"})

    def _add_extra_tools(self, tools: QHBoxLayout) -> None:
        holder = QWidget()
        holder.setObjectName("segmented")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.due_group = QButtonGroup(self)
        self.due_group.setExclusive(True)
        self.due_tabs = {}
        for state, _text in DUE_TABS:
            button = QToolButton()
            button.setCheckable(True)
            button.setObjectName(f"due_{state or 'all'}")
            button.clicked.connect(lambda _checked=False, s=state: self.show_due(s))
            self.due_group.addButton(button)
            row.addWidget(button)
            self.due_tabs[state] = button
        self.due_tabs[None].setChecked(True)
        tools.insertWidget(0, holder)
        self._update_tab_counts()

    def show_due(self, state: str | None) -> None:
        self.due_tabs[state].setChecked(True)
        self.model.set_filter("due", state)

    def current_due(self) -> str | None:
        return self.model.query.filters.get("due")

    def _page_filtered(self) -> bool:
        return self.current_due() is not None

    def _reload_all(self, keep: bool = True) -> None:
        super()._reload_all(keep)
        self._update_tab_counts()

    def _clear_page_filters(self) -> None:
        self.show_due(None)

    def apply_page_filters(self, filters: dict[str, Any]) -> None:
        """A saved view's due tab (its query is set with the rest of the view)."""
        self.due_tabs[filters.get("due") if filters.get("due") in self.due_tabs
                      else None].setChecked(True)

    def _update_tab_counts(self) -> None:
        for state, text in DUE_TABS:
            label = QCoreApplication.translate("ActivitiesPage", text)
            query = replace(ListQuery("activity"), filters={"due": state} if state else {})
            self.due_tabs[state].setText(f"{label}  {query.count():,}")

    def _on_changed(self, changes: Changes) -> None:
        super()._on_changed(changes)
        if "activity" not in changes.entities() or self._freshness.stale:
            return  # hidden: the whole page reloads when shown
        self._update_tab_counts()
        if self.current_due() is not None and any(e == "activity" for e, _ in changes.updated):
            current = self.current_id()
            self.model.reload()  # done or re-dated tasks move to another tab
            if current is not None:
                self._reselect(current)
