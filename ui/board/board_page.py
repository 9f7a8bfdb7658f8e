"""The pipeline board: one column per stage, cards dragged between them, won/lost zones.

Every move goes through the same services as the rest of Beacon
(`context.run(move_opportunity, ...)`, version-checked, undoable); the board
then follows the database: a change made anywhere (the list, an import, undo)
arrives on the change bus and the columns reload their ids and totals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tracker.board import Board, BoardFilters, ColumnTotals, RateBook, filter_choices
from tracker.errors import BeaconError, StaleRecord, UndoRefused
from tracker.services import money
from tracker.services.context import Changes
from tracker.services.opportunities import mark_lost, mark_won, move_opportunity
from tracker.services.pipelines import pipelines

from ui.board.column_widget import StageColumnWidget
from ui.board.drop_zone import DropZone
from ui.board.formatting import compact, conversions_tooltip
from ui.board.lost_dialog import LostReasonDialog
from ui.board.style import BOARD_STYLE
from ui.choices import fit_to_choices, refill
from ui.context import AppContext
from ui.freshness import StaleWhileHidden
from ui.labels import seeded_name
from ui.page import Page

RELEVANT = {"opportunity", "organization", "stage", "pipeline", "exchange_rate", "setting",
            "activity"}
SEARCH_DELAY_MS = 200
SEARCH_MARGINS = 44  # a line edit's frame and text margins, and its clear button


class BoardPage(Page):

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.columns: dict[int, StageColumnWidget] = {}
        self.pipeline_id: int | None = None
        self.lost_dialog: LostReasonDialog | None = None
        self.setStyleSheet(BOARD_STYLE)
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        context.bus.changed.connect(self._on_changed)
        self._freshness = StaleWhileHidden(self, self._load_pipelines)
        self._load_pipelines()

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        bar = self.bar = QHBoxLayout()
        bar.setSpacing(8)
        self.pipeline_box = QComboBox(self)
        self.pipeline_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pipeline_box.setMinimumContentsLength(9)
        self.pipeline_box.setToolTip(self.tr("Pipeline"))
        self.pipeline_box.currentIndexChanged.connect(self._pipeline_chosen)
        bar.addWidget(self.pipeline_box, 1)
        self.owner_box = self._filter_box(self.tr("All owners"))
        self.line_box = self._filter_box(self.tr("All business lines"))
        self.modality_box = self._filter_box(self.tr("All modalities"))
        for box in (self.owner_box, self.line_box, self.modality_box):
            bar.addWidget(box, 1)
        self.search = QLineEdit(self)
        # (the board's deals: "Search deals (pinyin too)" left no room at 1280x720)
        hint = self.tr("Search (pinyin too)")
        self.search.setPlaceholderText(hint)
        self.search.setClearButtonEnabled(True)
        # The whole hint shows at 1280x720, beside each choice whole: its text, the frame's
        # margins and the clear button's room.
        self.search.setMinimumWidth(max(150, self.search.fontMetrics().horizontalAdvance(hint)
                                        + SEARCH_MARGINS))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        bar.addWidget(self.search, 0)
        self.stages_button = QPushButton(self.tr("Edit stages…"), self)
        self.stages_button.clicked.connect(self.edit_stages)
        self.rates_button = QPushButton(self.tr("Exchange rates…"), self)
        self.rates_button.clicked.connect(self.edit_rates)
        bar.addWidget(self.stages_button)
        bar.addWidget(self.rates_button)
        layout.addLayout(bar)

        self.summary = QLabel(self)
        self.summary.setObjectName("boardSummary")
        layout.addWidget(self.summary)
        self.banner = QLabel(self)
        self.banner.setObjectName("boardBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.canvas = QWidget()
        self.canvas.setObjectName("boardCanvas")
        self.columns_layout = QHBoxLayout(self.canvas)
        self.columns_layout.setContentsMargins(8, 8, 8, 8)
        self.columns_layout.setSpacing(10)
        self.columns_layout.addStretch(0)
        self.scroll.setWidget(self.canvas)
        layout.addWidget(self.scroll, 1)

        zones = QHBoxLayout()
        zones.setSpacing(10)
        self.won_zone = DropZone("won", self.tr("✓  Drop here: won"), self)
        self.lost_zone = DropZone("lost", self.tr("✗  Drop here: lost"), self)
        self.won_zone.card_dropped.connect(self.mark_won)
        self.lost_zone.card_dropped.connect(self.ask_lost)
        zones.addWidget(self.won_zone)
        zones.addWidget(self.lost_zone)
        layout.addLayout(zones)

        # Ctrl+Z for a board shown on its own; in the main window its Edit menu owns Ctrl+Z
        # (two actions on one shortcut would cancel each other out).
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

    def _filter_box(self, everything: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        # Shrinks (eliding its text) rather than pushing the window past 1280 px.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        box.currentIndexChanged.connect(lambda _i: self.reload())
        return box

    def showEvent(self, event: QShowEvent) -> None:
        self.undo_action.setEnabled(self.isWindow())
        super().showEvent(event)

    # --- pipelines and filters ----------------------------------------------------------
    def _load_pipelines(self) -> None:
        wanted = self.pipeline_id or int(self.context.settings.get("board/pipeline") or 0)
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for pipeline in pipelines():
            self.pipeline_box.addItem(seeded_name(pipeline.name), pipeline.id)
        index = max(0, self.pipeline_box.findData(wanted))
        self.pipeline_box.setCurrentIndex(index)
        self.pipeline_box.blockSignals(False)
        self._fit(self.pipeline_box)
        self._pipeline_chosen(index)

    def _pipeline_chosen(self, index: int) -> None:
        pipeline_id = self.pipeline_box.itemData(index)
        if pipeline_id is None:
            return
        self.pipeline_id = int(pipeline_id)
        self.context.settings.set("board/pipeline", self.pipeline_id)
        self._fill_filters()
        self._build_columns()
        self.reload()

    def _fill_filters(self) -> None:
        choices = filter_choices(self.pipeline_id)
        for box, key in ((self.owner_box, "owner"), (self.line_box, "business_line"),
                         (self.modality_box, "modality")):
            refill(box, choices[key])
            self._fit(box)

    def _fit(self, box: QComboBox) -> None:
        """Room to spare goes to each choice in proportion to its longest entry."""
        fit_to_choices(box)
        self.bar.setStretchFactor(box, box.maximumWidth())

    def filters(self) -> BoardFilters:
        return BoardFilters(owner=self.owner_box.currentData() or "",
                            business_line=self.line_box.currentData() or "",
                            modality=self.modality_box.currentData() or "",
                            search=self.search.text().strip())

    def board(self) -> Board:
        assert self.pipeline_id is not None
        return Board(self.pipeline_id, self.filters())

    def _build_columns(self) -> None:
        for column in self.columns.values():
            self.columns_layout.removeWidget(column)
            column.deleteLater()
        self.columns = {}
        if self.pipeline_id is None:
            return
        for position, stage in enumerate(Board(self.pipeline_id).columns()):
            column = StageColumnWidget(stage, self.canvas)
            view = column.view
            view.card_dropped.connect(self.move_card)
            view.move_requested.connect(self._step_card)
            view.open_requested.connect(lambda i: self.open_record_requested.emit("opportunity",
                                                                                  i))
            view.menu_requested.connect(self._card_menu)
            self.columns_layout.insertWidget(position, column, 1)
            self.columns[stage.stage_id] = column

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Ids per stage (one query) and totals per stage (one GROUP BY query)."""
        self._reload_timer.stop()
        self._search_timer.stop()
        if self.pipeline_id is None:
            return
        board = self.board()
        stage_ids = [c.stage_id for c in board.columns()]
        if stage_ids != list(self.columns):
            self._build_columns()
        by_stage = board.ids_by_stage()
        book = RateBook(money.base_currency())
        totals = board.totals(book)
        for stage_id, column in self.columns.items():
            column.model.set_ids(by_stage.get(stage_id, []))
            column.set_totals(totals.get(stage_id))
        self._show_summary(totals)

    def _show_summary(self, totals: dict[int, ColumnTotals]) -> None:
        count = sum(t.count for t in totals.values())
        base = money.base_currency()
        value = sum((t.money.base_total for t in totals.values()), start=money.to_decimal(0, base))
        weighted = sum((t.money.base_weighted for t in totals.values()),
                       start=money.to_decimal(0, base))
        missing = sorted({c for t in totals.values() for c in t.money.missing_rates})
        if any(t.money.by_currency for t in totals.values()):
            text = self.tr("%n open deals  ·  total ≈ %2  ·  weighted ≈ %3  (base currency %4)",
                           "", count)
            text = (text.replace("%2", compact(value, base))
                    .replace("%3", compact(weighted, base)).replace("%4", base))
        else:
            text = self.tr("%n open deals, none with a value yet", "", count)
        if missing:
            text += "  ·  " + self.tr("no rate for %1: not in the totals").replace(
                "%1", ", ".join(missing))
        self.summary.setText(text)
        self.summary.setToolTip("\n\n".join(
            conversions_tooltip(t.money) for t in totals.values() if t.money.by_currency))

    def _on_changed(self, changes: Changes) -> None:
        if changes.initiator is self:  # it reloads itself after its own change
            return
        entities = changes.entities()
        if not entities & (RELEVANT | {"stage", "pipeline"}) or not self._freshness.now():
            return
        if entities & {"stage", "pipeline"}:
            self._load_pipelines()
        else:
            self._reload_timer.start()

    # --- acting on cards ----------------------------------------------------------------
    def _run(self, service: Callable[..., Changes], *args: Any, undo_label: str) -> bool:
        try:
            self.context.run(service, *args, undo_label=undo_label, initiator=self)
        except StaleRecord:
            self.show_message(self.tr("Someone else changed this deal meanwhile; the board now "
                                      "shows it as it is. Try again if it still applies."))
            self.reload()
            return False
        except BeaconError as error:
            self.show_message(str(error))
            self.reload()
            return False
        self.banner.hide()
        self.reload()
        return True

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _title_of(self, opportunity_id: int) -> str:
        for column in self.columns.values():
            row = column.model.row_of(opportunity_id)
            card = column.model.card_at(row) if row >= 0 else None
            if card is not None:
                return card.title
        return ""

    def move_card(self, opportunity_id: int, version: int, stage_id: int) -> bool:
        column = self.columns.get(stage_id)
        label = self.tr("Move %1 to %2").replace("%1", self._title_of(opportunity_id)).replace(
            "%2", seeded_name(column.stage.name) if column else "")
        moved = self._run(move_opportunity, opportunity_id, stage_id, version, undo_label=label)
        if moved:
            self.select_card(opportunity_id)
        return moved

    def _step_card(self, opportunity_id: int, version: int, step: int) -> None:
        order = list(self.columns)
        current = next((s for s, c in self.columns.items()
                        if c.model.row_of(opportunity_id) >= 0), None)
        if current is None:
            return
        target = order.index(current) + step
        if 0 <= target < len(order):
            self.move_card(opportunity_id, version, order[target])

    def select_card(self, opportunity_id: int) -> None:
        for column in self.columns.values():
            row = column.model.row_of(opportunity_id)
            if row >= 0:
                index = column.model.index(row)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                column.view.setFocus()
                self.scroll.ensureWidgetVisible(column)
                return

    def mark_won(self, opportunity_id: int, version: int) -> bool:
        label = self.tr("Mark %1 as won").replace("%1", self._title_of(opportunity_id))
        return self._run(mark_won, opportunity_id, version, undo_label=label)

    def ask_lost(self, opportunity_id: int, version: int) -> LostReasonDialog:
        """Ask for the reason in a window-modal dialog; the deal is closed on OK."""
        dialog = LostReasonDialog(self._title_of(opportunity_id), self)
        self.lost_dialog = dialog
        dialog.accepted.connect(lambda: self.mark_lost(opportunity_id, version,
                                                       dialog.reason_text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def mark_lost(self, opportunity_id: int, version: int, reason: str) -> bool:
        label = self.tr("Mark %1 as lost").replace("%1", self._title_of(opportunity_id))
        return self._run(mark_lost, opportunity_id, version, reason, undo_label=label)

    def undo(self) -> None:
        try:
            self.context.undo.undo()
        except UndoRefused as refused:
            self.show_message(str(refused))
        except BeaconError as error:
            self.show_message(str(error))
        self.reload()

    def _card_menu(self, opportunity_id: int, version: int, where: QPoint) -> None:
        menu = self.card_menu(opportunity_id, version)
        menu.popup(where)

    def card_menu(self, opportunity_id: int, version: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_record_requested.emit(
            "opportunity", opportunity_id))
        move_menu = menu.addMenu(self.tr("Move to"))
        for stage_id, column in self.columns.items():
            action = move_menu.addAction(seeded_name(column.stage.name))
            action.setEnabled(column.model.row_of(opportunity_id) < 0)
            action.triggered.connect(
                lambda _checked=False, s=stage_id: self.move_card(opportunity_id, version, s))
        menu.addSeparator()
        menu.addAction(self.tr("Mark as won"), lambda: self.mark_won(opportunity_id, version))
        menu.addAction(self.tr("Mark as lost…"), lambda: self.ask_lost(opportunity_id, version))
        return menu

    # --- settings dialogs ---------------------------------------------------------------
    def edit_stages(self) -> None:
        from ui.board.stage_editor import StageEditorDialog

        if self.pipeline_id is None:
            return
        dialog = StageEditorDialog(self.context, self.pipeline_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_rates(self) -> None:
        from ui.board.rates_dialog import RatesDialog

        dialog = RatesDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
