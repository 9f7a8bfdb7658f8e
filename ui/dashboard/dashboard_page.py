"""The manager's Monday page: funnel, weighted forecast by month, win rate, top deals, overdue.

Every figure comes from tracker.forecast (SQL aggregates per currency, converted
at the user's rates); this page only lays them out, and refreshes when the
change bus says deals, rates or stages changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker import forecast
from tracker.board import filter_choices
from tracker.forecast import DashboardFilters
from tracker.services import money
from tracker.services.context import Changes
from tracker.services.pipelines import pipelines

from ui.board.formatting import amount, compact, conversions_tooltip, short_date
from ui.choices import refill
from ui.context import AppContext
from ui.dashboard.charts import fill_forecast, fill_funnel, fit_month_labels, new_chart_view
from ui.freshness import StaleWhileHidden
from ui.labels import code_word, seeded_name
from ui.page import Page

IdRole = Qt.ItemDataRole.UserRole  # the opportunity id behind a table row
RELEVANT = {"opportunity", "organization", "stage", "pipeline", "exchange_rate", "setting",
            "activity"}
STYLE = """
QWidget#dashboardCanvas { background: #eef1f4; }
QFrame#figure, QFrame#panel { background: white; border: 1px solid #d9dee4; border-radius: 8px; }
QLabel#figureValue { font-size: 20pt; font-weight: bold; color: #1f2933; }
QLabel#figureLabel { color: #616e7c; }
QLabel#panelTitle { font-size: 11pt; font-weight: bold; color: #1f2933; }
QLabel#rateWarning { color: #8a5300; }
"""


class DashboardPage(Page):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setStyleSheet(STYLE)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        context.bus.changed.connect(self._on_changed)
        self._freshness = StaleWhileHidden(self, self._refresh)
        self._fill_filters()
        self.reload()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 10, 12, 6)
        self.pipeline_box = QComboBox(self)
        self.owner_box = QComboBox(self)
        self.line_box = QComboBox(self)
        self.owner_box.addItem(self.tr("All owners"), "")
        self.line_box.addItem(self.tr("All business lines"), "")
        today = dt.date.today()
        self.start_edit = self._date_edit(today.replace(month=1, day=1))
        self.end_edit = self._date_edit(today)
        bar.addWidget(QLabel(self.tr("Pipeline"), self))
        bar.addWidget(self.pipeline_box)
        bar.addWidget(self.owner_box)
        bar.addWidget(self.line_box)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Closed from"), self))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.end_edit)
        bar.addStretch(1)
        for box in (self.pipeline_box, self.owner_box, self.line_box):
            box.setMinimumWidth(150)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        outer.addLayout(bar)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        canvas = QWidget()
        canvas.setObjectName("dashboardCanvas")
        grid = QGridLayout(canvas)
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setSpacing(12)
        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.win_rate = self._figure(figures, self.tr("Win rate"))
        self.won_lost = self._figure(figures, self.tr("Won / lost"))
        self.days_to_close = self._figure(figures, self.tr("Average days to win"))
        self.won_value = self._figure(figures, self.tr("Won value"))
        self.open_weighted = self._figure(figures, self.tr("Open pipeline, weighted"))
        grid.addLayout(figures, 0, 0, 1, 2)
        self.rate_warning = QLabel(canvas)
        self.rate_warning.setObjectName("rateWarning")
        self.rate_warning.hide()
        grid.addWidget(self.rate_warning, 1, 0, 1, 2)

        self.funnel_view = new_chart_view(self.tr("Pipeline funnel"))
        self.forecast_view = new_chart_view(self.tr("Weighted forecast by month"))
        self.charts: dict[str, QChartView] = {"funnel": self.funnel_view,
                                              "forecast": self.forecast_view}
        grid.addWidget(self._chart_panel("funnel", self.funnel_view), 2, 0)
        grid.addWidget(self._chart_panel("forecast", self.forecast_view), 2, 1)

        self.top_table = self._table([self.tr("Opportunity"), self.tr("Organization"),
                                      self.tr("Stage"), self.tr("Value"),
                                      self.tr("In base"), self.tr("Close")], stretch=0)
        self.overdue_table = self._table([self.tr("Due"), self.tr("Late"),
                                          self.tr("To do"), self.tr("About"),
                                          self.tr("Owner")], stretch=2)
        self.top_note = QLabel(canvas)
        self.top_note.setObjectName("rateWarning")
        # The top deals (six columns) and what is overdue each get the page's full width,
        # so no column is cut at 1280x720.
        grid.addWidget(self._panel(self.tr("Top open opportunities"), self.top_table,
                                   self.top_note), 3, 0, 1, 2)
        grid.addWidget(self._panel(self.tr("Overdue tasks and next steps"),
                                   self.overdue_table), 4, 0, 1, 2)
        # The funnel and the forecast share the width: twelve month names fit under the
        # forecast's bars at 1440x900.
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)  # height to spare goes to the charts, not between tables
        scroll.setWidget(canvas)
        outer.addWidget(scroll, 1)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def _figure(self, row: QHBoxLayout, caption: str) -> QLabel:
        frame = QFrame(self)
        frame.setObjectName("figure")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 10)
        value = QLabel("–", frame)
        value.setObjectName("figureValue")
        label = QLabel(caption, frame)
        label.setObjectName("figureLabel")
        layout.addWidget(value)
        layout.addWidget(label)
        row.addWidget(frame, 1)
        return value

    def _panel(self, title: str, body: QWidget, footer: QWidget | None = None,
               button: QPushButton | None = None) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("panel")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 10)
        head = QHBoxLayout()
        label = QLabel(title, frame)
        label.setObjectName("panelTitle")
        head.addWidget(label)
        head.addStretch(1)
        if button is not None:
            head.addWidget(button)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        if footer is not None:
            layout.addWidget(footer)
        return frame

    def _chart_panel(self, key: str, view: QChartView) -> QFrame:
        button = QPushButton(self.tr("Save as PNG…"), self)
        button.setObjectName(f"save_{key}")
        button.clicked.connect(lambda: self._ask_save(key))
        frame = QFrame(self)
        frame.setObjectName("panel")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        head.addStretch(1)
        head.addWidget(button)
        layout.addLayout(head)
        layout.addWidget(view, 1)
        return frame

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        table.cellDoubleClicked.connect(lambda row, _c, t=table: self._open_row(t, row))
        return table

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Once the charts have their new size: month labels slanted if they no longer fit.
        QTimer.singleShot(0, self, lambda: fit_month_labels(self.forecast_view))

    # --- data ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        current = self.pipeline_box.currentData()
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for pipeline in pipelines():
            self.pipeline_box.addItem(seeded_name(pipeline.name), pipeline.id)
        self.pipeline_box.setCurrentIndex(max(0, self.pipeline_box.findData(current)))
        self.pipeline_box.blockSignals(False)
        choices = filter_choices()
        for box, key in ((self.owner_box, "owner"), (self.line_box, "business_line")):
            refill(box, choices[key])

    def filters(self) -> DashboardFilters:
        return DashboardFilters(owner=self.owner_box.currentData() or "",
                                business_line=self.line_box.currentData() or "",
                                pipeline_id=self.pipeline_box.currentData())

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.start_edit.date(), self.end_edit.date()
        return (dt.date(start.year(), start.month(), start.day()),
                dt.date(end.year(), end.month(), end.day()))

    def reload(self) -> None:
        self._reload_timer.stop()
        filters = self.filters()
        base = money.base_currency()
        pipeline_id = filters.pipeline_id
        stages = forecast.funnel(pipeline_id, filters) if pipeline_id is not None else []
        outlook = forecast.forecast_by_month(filters)
        start, end = self.period()
        stats = forecast.win_stats(start, end, filters)
        top = forecast.top_opportunities(filters, limit=10)
        overdue = forecast.overdue_to_dos(filters, limit=50)

        fill_funnel(self.funnel_view, stages, base)
        fill_forecast(self.forecast_view, outlook, base)
        rate = stats.win_rate
        self.win_rate.setText("–" if rate is None else f"{rate * 100:.0f}%")
        self.won_lost.setText(f"{stats.won} / {stats.lost}")
        self.days_to_close.setText("–" if stats.avg_days_to_close is None
                                   else f"{stats.avg_days_to_close:.0f}")
        self.won_value.setText(compact(stats.won_money.base_total, base))
        self.won_value.setToolTip(conversions_tooltip(stats.won_money))
        weighted = sum((s.money.base_weighted for s in stages), start=money.to_decimal(0, base))
        self.open_weighted.setText(compact(weighted, base))
        missing = sorted({c for s in stages for c in s.money.missing_rates}
                         | set(outlook.missing_rates) | set(stats.won_money.missing_rates))
        if missing:
            self.rate_warning.setText(self.tr("No exchange rate to %1 for %2: those deals are "
                                              "left out of the totals and charts.")
                                      .replace("%1", base).replace("%2", ", ".join(missing)))
        self.rate_warning.setVisible(bool(missing))
        self._fill_top(top, base)
        self._fill_overdue(overdue)
        for table in (self.top_table, self.overdue_table):
            self._fit_rows(table)

    @staticmethod
    def _fit_rows(table: QTableWidget, most: int = 8) -> None:
        """As tall as its rows (up to `most`, then it scrolls): a short list leaves no
        empty panel that pushes the overdue list below the fold."""
        rows = max(1, min(table.rowCount(), most))
        header = max(table.horizontalHeader().height(),
                     table.horizontalHeader().sizeHint().height())
        height = sum(table.rowHeight(row) for row in range(rows)) if table.rowCount() else (
            table.verticalHeader().defaultSectionSize())
        table.setFixedHeight(header + height + 2 * table.frameWidth() + 2)

    @staticmethod
    def _empty(table: QTableWidget, text: str) -> None:
        table.clearSpans()
        table.setRowCount(1)
        item = QTableWidgetItem(text)
        item.setForeground(Qt.GlobalColor.gray)
        table.setItem(0, 0, item)
        table.setSpan(0, 0, 1, table.columnCount())

    def _fill_top(self, top: forecast.TopDeals, base: str) -> None:
        self.top_table.clearSpans()
        self.top_table.setRowCount(len(top.deals))
        if not top.deals:
            self._empty(self.top_table, self.tr("No open deals with a value yet."))
        for row, deal in enumerate(top.deals):
            cells = (deal.title, deal.organization, seeded_name(deal.stage),
                     amount(deal.value, deal.currency),
                     amount(deal.base_value, base), short_date(deal.expected_close))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(IdRole, deal.id)
                if column < 2:
                    item.setToolTip(text)  # the title and organization may be cut
                if column == 4 and deal.currency != base:
                    item.setToolTip(self.tr("at %1 (rate of %2)").replace(
                        "%1", f"{deal.rate.normalize():f}").replace(
                        "%2", deal.rate_as_of.isoformat() if deal.rate_as_of else ""))
                self.top_table.setItem(row, column, item)
        # Deals all in the base currency: "In base" would say each value again.
        self.top_table.setColumnHidden(4, all(d.currency == base for d in top.deals))
        # The organization gets at most 140 px, so the deal's title keeps the rest.
        header = self.top_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.top_table.setColumnWidth(1, min(max(self.top_table.sizeHintForColumn(1),
                                                 header.sectionSizeHint(1)), 220))
        self.top_note.setText(self.tr("Not ranked, no rate: %1").replace(
            "%1", ", ".join(top.missing_rates)) if top.missing_rates else "")
        self.top_note.setVisible(bool(top.missing_rates))

    def _fill_overdue(self, steps: list[forecast.OverdueStep]) -> None:
        self.overdue_table.clearSpans()
        self.overdue_table.setRowCount(len(steps))
        if not steps:
            self._empty(self.overdue_table, self.tr("Nothing is overdue."))
        for row, step in enumerate(steps):
            what = step.next_step if step.kind == "next_step" else f"{code_word(step.kind)}: " \
                f"{step.next_step}"
            cells = (short_date(step.due), self.tr("%1 d").replace("%1", str(step.days_overdue)),
                     what, step.title or step.about, step.owner)
            target = ("opportunity", step.id) if step.id is not None else (
                "activity", step.activity_id)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(IdRole, target)
                if column in (2, 3):
                    item.setToolTip(text)
                self.overdue_table.setItem(row, column, item)

    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        target = item.data(IdRole) if item is not None else None
        if isinstance(target, tuple):
            self.open_record_requested.emit(target[0], int(target[1]))
        elif target is not None:
            self.open_record_requested.emit("opportunity", int(target))

    def _on_changed(self, changes: Changes) -> None:
        entities = changes.entities()
        if not entities & (RELEVANT | {"stage", "pipeline"}) or not self._freshness.now():
            return
        if entities & {"stage", "pipeline"}:
            self._fill_filters()
        if entities & RELEVANT:
            self._reload_timer.start()

    def _refresh(self) -> None:
        self._fill_filters()
        self.reload()

    # --- export -------------------------------------------------------------------------
    def save_chart_png(self, key: str, path: Path) -> bool:
        """Write one chart, as shown, to a PNG file."""
        return bool(self.charts[key].grab().save(str(path), "PNG"))

    def _ask_save(self, key: str) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{key}.png", self.tr("PNG image (*.png)"))
        if name and not self.save_chart_png(key, Path(name)):
            self.rate_warning.setText(self.tr("Could not write %1").replace("%1", name))
            self.rate_warning.show()
