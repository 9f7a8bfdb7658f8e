"""The dashboard's charts (Qt Charts), built from tracker.forecast results."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from tracker.forecast import Forecast, FunnelStage

from ui.labels import seeded_name
from ui.translation import installed_language

TOTAL_COLOUR = QColor("#c5d3e8")
WEIGHTED_COLOUR = QColor("#2f6fde")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardCharts", text)


# Source texts of context "DashboardCharts", marked so lupdate finds them.
VALUE = QT_TRANSLATE_NOOP("DashboardCharts", "Value")
WEIGHTED = QT_TRANSLATE_NOOP("DashboardCharts", "Weighted")
CLOSE_FROM = QT_TRANSLATE_NOOP("DashboardCharts", "Expected close, from %1")
# Qt date formats for the forecast's month labels, translated (Chinese: the month's number,
# as 11月 does not fit under a bar; the axis title says 月份).
MONTH = QT_TRANSLATE_NOOP("DashboardCharts", "MMM")
MONTH_YEAR = QT_TRANSLATE_NOOP("DashboardCharts", "MMM<br>yy")  # year under the month
MONTH_FULL_YEAR = QT_TRANSLATE_NOOP("DashboardCharts", "MMM yyyy")


def _month(day: Any, pattern: str) -> str:
    """A month in the interface's language (month names from its locale)."""
    return QLocale(installed_language()).toString(QDate(day.year, day.month, 1), _tr(pattern))


def _scale(values: list[Decimal]) -> tuple[Decimal, str]:
    """A divisor and its suffix so axis labels stay short (K, M)."""
    top = max((abs(v) for v in values), default=Decimal(0))
    if top >= 10 ** 6:
        return Decimal(10 ** 6), "M"
    if top >= 10 ** 4:
        return Decimal(10 ** 3), "K"
    return Decimal(1), ""


def _set_range(axis: QValueAxis, values: list[Decimal]) -> None:
    """From zero to a round number above the largest bar (0-1 when there is nothing)."""
    top = float(max(values, default=Decimal(0)))
    if top <= 0:
        axis.setRange(0, 10)
        axis.setTickCount(6)
        axis.setLabelFormat("%.0f")
        return
    axis.setRange(0, top * 1.05)
    axis.applyNiceNumbers()


def _label_format(values: list[Decimal], divisor: Decimal) -> str:
    top = max((abs(v) for v in values), default=Decimal(0)) / divisor
    return "%.0f" if top >= 10 else "%.1f"


def new_chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    return view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _add_value_sets(series: Any, moneys: list[Any], divisor: Any) -> None:
    """The two bar sets every chart shows: total and weighted value in base currency."""
    total = QBarSet(_tr(VALUE))
    total.setColor(TOTAL_COLOUR)
    weighted = QBarSet(_tr(WEIGHTED))
    weighted.setColor(WEIGHTED_COLOUR)
    for money in moneys:
        total.append(float(money.base_total / divisor))
        weighted.append(float(money.base_weighted / divisor))
    series.append(total)
    series.append(weighted)


def fill_funnel(view: QChartView, stages: list[FunnelStage], base: str) -> None:
    """Horizontal bars per stage, first stage on top: value and weighted value in base."""
    chart = view.chart()
    _clear(chart)
    ordered = list(reversed(stages))
    values = [s.money.base_total for s in ordered]
    divisor, suffix = _scale(values)
    series = QHorizontalBarSeries()
    _add_value_sets(series, [stage.money for stage in ordered], divisor)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([f"{seeded_name(s.name)} ({s.count})" for s in ordered])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat(_label_format(values, divisor))
    axis_x.setTitleText(f"{base} {suffix}".strip())
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    _set_range(axis_x, [v / divisor for v in values])


def fit_month_labels(view: QChartView) -> None:
    """Month names when each fits under its bar; month numbers (the year under January, as
    the Chinese labels are) when the chart is narrow (1280x720), so none is cut to "…"."""
    axes = view.chart().axes(Qt.Orientation.Horizontal)
    if not axes or not isinstance(axes[0], QBarCategoryAxis):
        return
    axis = axes[0]
    names, numbers = axis.property("names"), axis.property("numbers")
    if not names or not numbers:
        return
    metrics = QFontMetrics(axis.labelsFont())
    widest = max(metrics.horizontalAdvance(label.split("<br>")[0]) for label in names)
    room = view.chart().plotArea().width() or view.width() * 0.8
    # Qt Charts gives each label the plot's width over one more than the categories, less
    # its padding, and cuts a label to "…" past that (measured: 21 px cut in 29 px).
    wanted = list(names) if widest + 11 <= room / (len(names) + 1) else list(numbers)
    if axis.categories() != wanted:
        axis.setCategories(wanted)


def fill_forecast(view: QChartView, forecast: Forecast, base: str) -> None:
    """Bars per month of expected close: total and weighted value in base currency."""
    chart = view.chart()
    _clear(chart)
    months = forecast.months
    divisor, suffix = _scale([m.money.base_total for m in months])
    series = QBarSeries()
    _add_value_sets(series, [month.money for month in months], divisor)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    small = QFont()
    small.setPointSizeF(8)
    axis_x.setLabelsFont(small)
    # Month only (the year at January and in the axis title), so twelve labels fit.
    names = [_month(m.month, MONTH_YEAR if m.month.month == 1 and i else MONTH)
             for i, m in enumerate(months)]
    numbers = [f"{m.month.month}<br>{m.month:%y}" if m.month.month == 1 and i
               else str(m.month.month) for i, m in enumerate(months)]
    axis_x.setProperty("names", names)
    axis_x.setProperty("numbers", numbers)
    axis_x.append(names)
    if months:
        axis_x.setTitleText(_tr(CLOSE_FROM).replace("%1", _month(months[0].month,
                                                                 MONTH_FULL_YEAR)))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    fit_month_labels(view)
    axis_y = QValueAxis()
    axis_y.setLabelFormat(_label_format([m.money.base_total for m in months], divisor))
    axis_y.setTitleText(f"{base} {suffix}".strip())
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    _set_range(axis_y, [m.money.base_total / divisor for m in months])
