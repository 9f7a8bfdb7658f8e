"""The sidebar's pages, in order. A page is a QWidget made as `Class(context, parent=None)`.

Other parts of Beacon replace an entry's factory (the board, the dashboard)
without touching the main window.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


@dataclass(frozen=True)
class PageInfo:
    key: str
    title_source_text: str  # translated in context "Pages"
    factory_path: str  # "module:Class"
    entity: str | None = None  # the record type the page lists, if any


PAGES: list[PageInfo] = [
    PageInfo("board", QT_TRANSLATE_NOOP("Pages", "Pipeline board"),
             "ui.board.board_page:BoardPage"),
    PageInfo("opportunities", QT_TRANSLATE_NOOP("Pages", "Opportunities"),
             "ui.record_pages:OpportunitiesPage", "opportunity"),
    PageInfo("organizations", QT_TRANSLATE_NOOP("Pages", "Organizations"),
             "ui.record_pages:OrganizationsPage", "organization"),
    PageInfo("contacts", QT_TRANSLATE_NOOP("Pages", "Contacts"),
             "ui.record_pages:ContactsPage", "contact"),
    PageInfo("conferences", QT_TRANSLATE_NOOP("Pages", "Conferences"),
             "ui.record_pages:ConferencesPage", "conference"),
    PageInfo("incentives", QT_TRANSLATE_NOOP("Pages", "Incentive programs"),
             "ui.record_pages:IncentivesPage", "incentive"),
    PageInfo("activities", QT_TRANSLATE_NOOP("Pages", "Activities"),
             "ui.activities_page:ActivitiesPage", "activity"),
    PageInfo("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"),
             "ui.dashboard.dashboard_page:DashboardPage"),
]


def page_title(info: PageInfo) -> str:
    return QCoreApplication.translate("Pages", info.title_source_text)


def page_for_entity(entity: str) -> PageInfo | None:
    return next((info for info in PAGES if info.entity == entity), None)


def create_page(info: PageInfo, context: AppContext, parent: QWidget | None = None) -> QWidget:
    module_name, _, class_name = info.factory_path.partition(":")
    page_class = getattr(importlib.import_module(module_name), class_name)
    page: QWidget = page_class(context, parent)
    return page
