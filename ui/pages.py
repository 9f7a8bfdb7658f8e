"""The sidebar's pages, in order, each with the factory that builds it on first use.

A factory is `(context, parent) -> Page`. The record lists are classes already
loaded for the first screen; the board and the dashboard (Qt Charts) are
imported only when first shown, so they cost nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.activities_page import ActivitiesPage
from ui.context import AppContext
from ui.page import Page
from ui.record_pages import (
    ConferencesPage,
    ContactsPage,
    IncentivesPage,
    OpportunitiesPage,
    OrganizationsPage,
)

PageFactory = Callable[[AppContext, QWidget | None], Page]


@dataclass(frozen=True)
class PageInfo:
    key: str
    title_source_text: str  # translated in context "Pages"
    factory: PageFactory
    entity: str | None = None  # the record type the page lists, if any


def _board(context: AppContext, parent: QWidget | None) -> Page:
    from ui.board.board_page import BoardPage

    return BoardPage(context, parent)


def _market(context: AppContext, parent: QWidget | None) -> Page:
    from ui.market_page import MarketPage

    return MarketPage(context, parent)


def _dashboard(context: AppContext, parent: QWidget | None) -> Page:
    from ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage(context, parent)


PAGES: tuple[PageInfo, ...] = (
    PageInfo("board", QT_TRANSLATE_NOOP("Pages", "Pipeline board"), _board),
    PageInfo("opportunities", QT_TRANSLATE_NOOP("Pages", "Opportunities"), OpportunitiesPage,
             "opportunity"),
    PageInfo("organizations", QT_TRANSLATE_NOOP("Pages", "Organizations"), OrganizationsPage,
             "organization"),
    PageInfo("contacts", QT_TRANSLATE_NOOP("Pages", "Contacts"), ContactsPage, "contact"),
    PageInfo("conferences", QT_TRANSLATE_NOOP("Pages", "Conferences"), ConferencesPage,
             "conference"),
    PageInfo("incentives", QT_TRANSLATE_NOOP("Pages", "Incentive programs"), IncentivesPage,
             "incentive"),
    PageInfo("activities", QT_TRANSLATE_NOOP("Pages", "Activities"), ActivitiesPage, "activity"),
    PageInfo("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), _dashboard),
    PageInfo("market", QT_TRANSLATE_NOOP("Pages", "Market"), _market),
)
DEFAULT_PAGE = "opportunities"


def page_title(info: PageInfo) -> str:
    return QCoreApplication.translate("Pages", info.title_source_text)


def page_info(key: str) -> PageInfo | None:
    return next((info for info in PAGES if info.key == key), None)


def page_for_entity(entity: str) -> PageInfo | None:
    return next((info for info in PAGES if info.entity == entity), None)
