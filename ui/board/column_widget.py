"""One stage on the board: a header with count and totals, and a lazily loaded card list."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QCursor,
    QDrag,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.board import ColumnTotals, StageColumn

from ui.board.card_delegate import CARD_HEIGHT, CardDelegate
from ui.board.card_model import CardRole, IdRole, StageCardModel, VersionRole, card_mime, read_mime
from ui.board.drop_target import CardDropTarget
from ui.board.formatting import compact, conversions_tooltip
from ui.board.style import CARD_SCROLLBAR_STYLE
from ui.labels import seeded_name

COLUMN_WIDTH = 186  # six stages fit beside the sidebar in a 1440-pixel window; wider ones stretch
COLUMN_MAX_WIDTH = 340


class CardListView(CardDropTarget, QListView):
    """A column's cards: drags carry the card's MIME data; drops ask the board to move."""

    card_dropped = Signal(int, int, int)  # opportunity id, version seen, target stage id
    move_requested = Signal(int, int, int)  # opportunity id, version, +1 next / -1 previous
    open_requested = Signal(int)
    menu_requested = Signal(int, int, QPoint)  # opportunity id, version, global position

    def __init__(self, model: StageCardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = model.stage_id
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("cardList")
        self.verticalScrollBar().setStyleSheet(CARD_SCROLLBAR_STYLE)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(IdRole)))

    def card_model(self) -> StageCardModel:
        model = self.model()
        assert isinstance(model, StageCardModel)
        return model

    def accepted_card(self, event: QDragMoveEvent | QDropEvent) -> dict[str, int] | None:
        payload = read_mime(event.mimeData())
        return payload if payload is not None and payload["stage"] != self.stage_id else None

    def card_drop(self, payload: dict[str, int]) -> None:
        self.card_dropped.emit(payload["id"], payload["version"], self.stage_id)

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        """Drag the card itself, drawn as it looks on the board."""
        index = self.currentIndex()
        card = index.data(CardRole) if index.isValid() else None
        if card is None:
            return
        drag = QDrag(self)
        drag.setMimeData(card_mime(card))
        rect = self.visualRect(index)
        pixmap = self.viewport().grab(rect)
        drag.setPixmap(pixmap)
        drag.setHotSpot(self.viewport().mapFromGlobal(QCursor.pos()) - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if index.isValid() and ctrl and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            self.move_requested.emit(index.data(IdRole), index.data(VersionRole), step)
            event.accept()
            return
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(index.data(IdRole))
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(index.data(IdRole), index.data(VersionRole),
                                     event.globalPos())


class StageColumnWidget(QFrame):
    """Header (name, count, totals) over the card list."""

    def __init__(self, stage: StageColumn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("stageColumn")
        self.setMinimumWidth(COLUMN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame(self)
        header.setObjectName("columnHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 12, 10)
        header_layout.setSpacing(2)
        self.title = QLabel(header)
        self.title.setObjectName("columnTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel(header)
        self.hint.setObjectName("columnHint")
        self.currencies = QLabel(header)
        self.currencies.setObjectName("columnCurrencies")
        self.base_total = QLabel(header)
        self.base_total.setObjectName("columnBase")
        self.weighted = QLabel(header)
        self.weighted.setObjectName("columnWeighted")
        for label in (self.title, self.hint, self.currencies, self.base_total, self.weighted):
            header_layout.addWidget(label)
        layout.addWidget(header)
        self.model = StageCardModel(stage.stage_id, self)
        self.view = CardListView(self.model, self)
        self.view.setMinimumHeight(CARD_HEIGHT + 10)
        layout.addWidget(self.view, 1)
        self.set_totals(None)

    def set_totals(self, totals: ColumnTotals | None) -> None:
        count = totals.count if totals else 0
        self.title.setText(
            f"<b>{html.escape(seeded_name(self.stage.name))}</b> &nbsp;"
            f"<span style='color:#616e7c'>{count}</span>")
        hint = self.tr("%1% likely").replace("%1", str(self.stage.probability))
        if self.stage.stale_days:
            hint += " · " + self.tr("stale after %1 d").replace("%1", str(self.stage.stale_days))
            self.hint.setToolTip(self.tr(
                "A deal with no activity for more than %1 working days is marked stale. "
                "Working days follow China's calendar: weekends and public holidays do not "
                "count, adjusted working weekends do.").replace("%1", str(self.stage.stale_days)))
        self.hint.setText(hint)
        if totals is None or not totals.money.by_currency:
            self.currencies.setText(self.tr("No values yet") if count else self.tr("No deals"))
            self.currencies.setToolTip("")
            self.base_total.setText("")
            self.weighted.setText("")
            self.base_total.setToolTip("")
            self.weighted.setToolTip("")
            return
        money = totals.money
        base = money.base_currency
        only_base = money.complete and len(money.by_currency) == 1 and (
            money.by_currency[0].currency == base)
        # All in the base currency: the total once (not "CNY 1.2M" over "= CNY 1.2M"); the
        # line above says nothing was converted, and keeps the headers level.
        self.currencies.setText(self.tr("All in %1").replace("%1", base) if only_base else
                                "  ·  ".join(compact(t.total, t.currency)
                                             for t in money.by_currency))
        self.currencies.setToolTip("\n".join(
            self.tr("%1: %2 deals").replace("%1", t.currency).replace("%2", str(t.count))
            for t in money.by_currency))
        total_text = ("" if only_base else "≈ ") + compact(money.base_total, base)
        if not money.conversions:  # nothing converted: say so, never "≈ CNY 0"
            total_text = self.tr("No rate to %1 for %2").replace("%1", base).replace(
                "%2", ", ".join(money.missing_rates))
        elif not money.complete:
            total_text += " " + self.tr("(no rate: %1)").replace(
                "%1", ", ".join(money.missing_rates))
        self.base_total.setText(total_text)
        self.base_total.setToolTip(conversions_tooltip(money))
        self.weighted.setText(self.tr("Weighted %1").replace(
            "%1", compact(money.base_weighted, base)))
        self.weighted.setToolTip(conversions_tooltip(money, weighted=True))

    def sizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH, 600)
