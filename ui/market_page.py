"""Market: the figures the article states (funding, trial counts, prices), each with the
sentence it came from, so a consultant can quote them with their source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.market import Figure, market_figures
from tracker.services.context import Changes, Kind

from ui.context import AppContext
from ui.page import Page

STYLE = """
QWidget#marketCanvas { background: #f6f7fb; }
QFrame#marketCard { background: white; border: 1px solid #e5e7eb; border-radius: 8px; }
QLabel#marketFigure { font-size: 18pt; font-weight: 600; color: #1d4ed8; }
QLabel#marketTopic { font-weight: 600; color: #111827; }
QLabel#marketPeriod { color: #6b7280; }
QLabel#marketSource { color: #4b5563; font-style: italic; }
"""
COLUMNS = 2


class MarketPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page_market")
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QWidget()
        header.setObjectName("pageHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(20, 14, 20, 10)
        title = QLabel(self.tr("Market"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("China's cell therapy market as the article puts it: every "
                               "figure with the sentence it comes from."))
        intro.setObjectName("detailSubtitle")
        intro.setWordWrap(True)
        head.addWidget(title)
        head.addWidget(intro)
        layout.addWidget(header)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.canvas = QWidget()
        self.canvas.setObjectName("marketCanvas")
        self.grid = QGridLayout(self.canvas)
        self.grid.setContentsMargins(20, 16, 20, 20)
        self.grid.setSpacing(14)
        scroll.setWidget(self.canvas)
        layout.addWidget(scroll, 1)
        self.cards: list[QFrame] = []
        context.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        figures = market_figures()
        for number, figure in enumerate(figures):
            card = self._card(figure)
            self.grid.addWidget(card, number // COLUMNS, number % COLUMNS)
            self.cards.append(card)
        if not figures:
            empty = QLabel(self.tr("No market figures: run `beacon seed` to add the article's."))
            empty.setObjectName("emptyHint")
            self.grid.addWidget(empty, 0, 0)
            self.cards.append(empty)  # type: ignore[arg-type]
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(len(figures) // COLUMNS + 1, 1)

    def _card(self, figure: Figure) -> QFrame:
        card = QFrame()
        card.setObjectName("marketCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 14)
        box.setSpacing(4)
        value = QLabel(figure.headline)
        value.setObjectName("marketFigure")
        topic = QLabel(figure.topic)
        topic.setObjectName("marketTopic")
        topic.setWordWrap(True)
        box.addWidget(value)
        box.addWidget(topic)
        if figure.period:
            period = QLabel(figure.period)
            period.setObjectName("marketPeriod")
            box.addWidget(period)
        statement = QLabel(figure.statement)
        statement.setWordWrap(True)
        box.addWidget(statement)
        source = QLabel(f"“{figure.source}”")
        source.setObjectName("marketSource")
        source.setWordWrap(True)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        source.setToolTip(self.tr("The article's sentence: select it to copy it"))
        box.addWidget(source)
        box.addStretch(1)
        return card

    def _on_changed(self, changes: Changes) -> None:
        if Kind.market_fact in changes.entities():
            self.reload()
