"""The dashboard shows the forecast module's figures, filters them, and exports charts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from tracker.services import money, records
from tracker.services.opportunities import mark_lost, mark_won
from tracker.services.pipelines import default_pipeline, stages_of

from ui.context import AppContext
from ui.dashboard.dashboard_page import DashboardPage

pytestmark = pytest.mark.gui


def new_deal(title: str, stage_index: int, value: str, currency: str, **extra: object) -> int:
    stage = stages_of(default_pipeline().id)[stage_index]
    return records.create("opportunity", {"title": title, "stage": stage.id, "value": value,
                                          "currency": currency, **extra}).first_created


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> DashboardPage:
    money.set_base_currency("CNY")
    money.set_rate("USD", "CNY", "7", dt.date(2026, 11, 1))
    today = dt.date.today()
    new_deal("Big USD", 3, "1000", "USD", owner="Wang", business_line="Licensing",
             expected_close=today + dt.timedelta(days=40), next_step="Send NDA",
             next_step_due=today - dt.timedelta(days=3))
    new_deal("Small CNY", 0, "500", "CNY", owner="Li", expected_close=today)
    won = new_deal("Won deal", 1, "100", "USD", owner="Wang")
    lost = new_deal("Lost deal", 1, "100", "CNY", owner="Li")
    mark_won(won, None, closed_on=today)
    mark_lost(lost, None, "no budget", closed_on=today)
    dashboard = DashboardPage(context)
    qtbot.addWidget(dashboard)
    dashboard.resize(1440, 900)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    return dashboard


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def bar_values(page: DashboardPage, key: str, set_index: int) -> list[float]:
    series = page.charts[key].chart().series()[0]
    assert isinstance(series, QAbstractBarSeries)
    bar_set = series.barSets()[set_index]
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_figures_charts_and_tables_show_the_pipeline(page: DashboardPage) -> None:
    assert page.win_rate.text() == "50%"
    assert page.won_lost.text() == "1 / 1"
    assert page.won_value.text() == "CNY 700"
    # Funnel bars, first stage on top (Qt draws the last category at the top).
    values = list(reversed(bar_values(page, "funnel", 0)))
    assert values[0] == pytest.approx(500) and values[3] == pytest.approx(7000)
    weighted = list(reversed(bar_values(page, "funnel", 1)))
    assert weighted[3] == pytest.approx(3500)
    assert len(bar_values(page, "forecast", 1)) == 12
    [months] = page.forecast_view.chart().axes(Qt.Orientation.Horizontal)
    labels = months.categories()
    names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    assert len(labels) == 12 and all(label.split("<br>")[0] in names for label in labels)
    # the year goes under a January that is not the first month (the axis title has that one)
    assert all(label.startswith("Jan<br>") == (label.startswith("Jan") and i > 0)
               for i, label in enumerate(labels))
    assert sum(bar_values(page, "forecast", 1)) == pytest.approx(3500 + 50)
    assert page.top_table.rowCount() == 2
    top_title, top_base = page.top_table.item(0, 0), page.top_table.item(0, 4)
    assert top_title is not None and top_title.text() == "Big USD"
    assert top_base is not None and top_base.text() == "CNY 7,000"
    assert page.overdue_table.rowCount() == 1
    late = page.overdue_table.item(0, 1)
    assert late is not None and late.text() == "3 d"


def test_owner_filter_narrows_every_figure(page: DashboardPage) -> None:
    page.owner_box.setCurrentIndex(page.owner_box.findData("Li"))
    assert page.won_lost.text() == "0 / 1"
    assert page.win_rate.text() == "0%"
    assert page.top_table.rowCount() == 1
    assert cell(page.overdue_table, 0, 0) == "Nothing is overdue."
    page.line_box.setCurrentIndex(page.line_box.findData("Licensing"))
    assert cell(page.top_table, 0, 0) == "No open deals with a value yet."
    assert page.won_lost.text() == "0 / 0"
    assert page.win_rate.text() == "–"


def test_the_dashboard_follows_changes(qtbot: QtBot, page: DashboardPage,
                                       context: AppContext) -> None:
    context.run(money.set_rate, "USD", "CNY", "8", dt.date(2026, 11, 20))
    qtbot.waitUntil(lambda: page.won_value.text() == "CNY 800")


def test_each_chart_saves_as_png(page: DashboardPage, tmp_path: Path) -> None:
    for key in ("funnel", "forecast"):
        target = tmp_path / f"{key}.png"
        assert page.save_chart_png(key, target)
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 300


def test_double_click_opens_the_deal(qtbot: QtBot, page: DashboardPage) -> None:
    table = page.overdue_table
    rect = table.visualItemRect(table.item(0, 2))
    with qtbot.waitSignal(page.open_record_requested) as opened:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())
    assert opened.args[0] == "opportunity"


@pytest.mark.parametrize(("size", "names"), [((1440, 900), True), ((1280, 720), False)])
def test_in_the_window_month_labels_are_never_cut_and_the_overdue_list_shows(
        window: Any, qtbot: QtBot, size: tuple[int, int], names: bool) -> None:
    """Month names where Qt Charts has room for them whole (it cuts a label past the plot's
    width over one more than the months, less padding), numbers where it has not; a short
    top-deals list leaves the overdue list on the first screen at 1440x900."""
    window.resize(*size)
    page = window.show_page("dashboard")
    [axis] = page.forecast_view.chart().axes(Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: axis.categories()[0].isdigit() != names)
    labels = axis.categories()
    assert labels[0].isdigit() != names
    room = page.forecast_view.chart().plotArea().width() / (len(labels) + 1)
    metrics = QFontMetrics(axis.labelsFont())
    assert max(metrics.horizontalAdvance(label.split("<br>")[0]) for label in labels) + 8 < room
    if size == (1440, 900):
        title = page.overdue_table.mapTo(window, page.overdue_table.rect().topLeft())
        assert title.y() + page.overdue_table.height() <= window.height()


def test_deals_all_in_the_base_currency_show_their_value_once(page: DashboardPage) -> None:
    assert not page.top_table.isColumnHidden(4)  # a USD deal: its value in CNY beside it
    page.owner_box.setCurrentIndex(page.owner_box.findData("Li"))  # only "Small CNY"
    assert cell(page.top_table, 0, 3) == "CNY 500"
    assert page.top_table.isColumnHidden(4)  # "In base" would say CNY 500 again
