"""The list page of each record type: which filters fit it and which columns show at first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tracker.models import INCENTIVE_KINDS, OPPORTUNITY_STATUSES, ORGANIZATION_KINDS
from tracker.queries import CLOSING_PERIODS

from ui.context import AppContext
from ui.filter_bar import FilterSpec
from ui.list_page import RecordListPage

_TAGS = FilterSpec("tag", QT_TRANSLATE_NOOP("FilterBar", "Any tag"), "tags")


def _city(column: str = "city") -> FilterSpec:
    return FilterSpec("city", QT_TRANSLATE_NOOP("FilterBar", "Any city"), "values",
                      values_column=column)


class OpportunitiesPage(RecordListPage):
    ENTITY = "opportunity"
    FILTERS = (
        FilterSpec("stage", QT_TRANSLATE_NOOP("FilterBar", "Any stage"), "stages"),
        FilterSpec("status", QT_TRANSLATE_NOOP("FilterBar", "Any status"), "codes",
                   codes=OPPORTUNITY_STATUSES),
        FilterSpec("owner", QT_TRANSLATE_NOOP("FilterBar", "Any owner"), "values"),
        FilterSpec("closing", QT_TRANSLATE_NOOP("FilterBar", "Closing: any time"), "codes",
                   codes=CLOSING_PERIODS),
        FilterSpec("business_line", QT_TRANSLATE_NOOP("FilterBar", "Any business line"),
                   "values"),
        _city(),
        FilterSpec("next_step", QT_TRANSLATE_NOOP("FilterBar", "Next step: any time"), "codes",
                   codes=("overdue", "today", "upcoming")),
        _TAGS,
    )
    DEFAULT_COLUMNS = ("title", "organization", "stage", "status", "value", "probability",
                       "expected_close", "owner", "next_step_due")
    RELATED = frozenset({"organization", "contact"})


class OrganizationsPage(RecordListPage):
    ENTITY = "organization"
    FILTERS = (
        FilterSpec("kind", QT_TRANSLATE_NOOP("FilterBar", "Any kind"), "codes",
                   codes=ORGANIZATION_KINDS),
        _city(),
        FilterSpec("country", QT_TRANSLATE_NOOP("FilterBar", "Any country"), "values"),
        _TAGS,
    )
    DEFAULT_COLUMNS = ("name", "name_zh", "kind", "city", "modalities")


class ContactsPage(RecordListPage):
    ENTITY = "contact"
    FILTERS = (
        _city(),
        FilterSpec("conference", QT_TRANSLATE_NOOP("FilterBar", "Any conference"),
                   "conferences"),
        _TAGS,
    )
    DEFAULT_COLUMNS = ("name", "name_zh", "title", "organization", "email", "phone", "city")
    RELATED = frozenset({"organization"})


class ConferencesPage(RecordListPage):
    ENTITY = "conference"
    FILTERS = (_city(), _TAGS)
    DEFAULT_COLUMNS = ("name", "city", "venue", "starts_on", "ends_on")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table.selectionModel().currentRowChanged.connect(self._update_quick_log)
        self.model.rows_reset.connect(self._update_quick_log)
        self._update_quick_log()

    def _add_extra_tools(self, tools: QHBoxLayout) -> None:
        self.quick_log_button = QPushButton(self.tr("Log contacts met here…"))
        self.quick_log_button.setToolTip(self.tr("Log people met at the chosen conference, "
                                                 "one after another"))
        self.quick_log_button.clicked.connect(lambda: self.detail.open_quick_log())
        tools.addWidget(self.quick_log_button)

    def _update_quick_log(self, *_: object) -> None:
        self.quick_log_button.setEnabled(self.current_id() is not None)


class IncentivesPage(RecordListPage):
    ENTITY = "incentive"
    FILTERS = (
        _city(),
        FilterSpec("kind", QT_TRANSLATE_NOOP("FilterBar", "Any kind"), "codes",
                   codes=INCENTIVE_KINDS),
        _TAGS,
    )
    DEFAULT_COLUMNS = ("name", "city", "issuing_body", "kinds", "amount", "deadline")
