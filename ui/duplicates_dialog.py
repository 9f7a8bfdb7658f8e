"""Edit > Find duplicates…: pairs of contacts or organizations that may be one, with their
reasons (tracker.identity.finder); each reviewed side by side (ui.merge_review) and
merged, kept separate (remembered), or skipped. A merge is one step of Ctrl+Z.

The search runs off the window's thread with its progress shown (50,000 contacts take
a few seconds: tracker.identity.blocking); after a merge only the survivor is asked
about again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError
from tracker.identity.finder import DuplicatePair, find_duplicates, pairs_of
from tracker.identity.merge import keep_separate, merge_records, preview, undo_merge

from ui.background import BackgroundTask
from ui.context import AppContext
from ui.errors import show_error
from ui.merge_review import MergeReview
from ui.messages import number, shown

PairRole = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    merged = Signal(str)  # merge uid
    loaded = Signal()  # the pairs are listed

    def __init__(self, context: AppContext, entity: str = "contact",
                 parent: QWidget | None = None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.pairs: list[DuplicatePair] = []
        self.swapped = False
        self.background = background  # off for pictures: the pairs are there at once
        self.task: BackgroundTask | None = None
        self.stopping: list[BackgroundTask] = []
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setMinimumSize(1120, 660)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Find duplicates"))
        heading.setObjectName("dialogTitle")
        top.addWidget(heading)
        top.addStretch(1)
        self.entity_box = QComboBox()
        self.entity_box.addItem(self.tr("Contacts"), "contact")
        self.entity_box.addItem(self.tr("Organizations"), "organization")
        self.entity_box.setCurrentIndex(max(0, self.entity_box.findData(entity)))
        self.entity_box.currentIndexChanged.connect(lambda _: self.reload())
        top.addWidget(self.entity_box)
        outer.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("emptyHint")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        splitter = QSplitter()
        self.pair_list = QListWidget()
        self.pair_list.setObjectName("duplicatePairs")
        self.pair_list.setWordWrap(True)
        self.pair_list.currentRowChanged.connect(lambda _: self.show_pair())
        splitter.addWidget(self.pair_list)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        self.reasons = QLabel()
        self.reasons.setObjectName("sectionTitle")
        self.reasons.setWordWrap(True)
        column.addWidget(self.reasons)
        self.review = MergeReview()
        column.addWidget(self.review, 1)
        buttons = QHBoxLayout()
        self.swap_button = QPushButton(self.tr("&Swap which one is kept"))
        self.swap_button.clicked.connect(self.swap)
        self.keep_button = QPushButton(self.tr("&Keep separate"))
        self.keep_button.setToolTip(self.tr("They are different: never offer this pair again"))
        self.keep_button.clicked.connect(self.keep_separate)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("primaryButton")
        self.merge_button.clicked.connect(self.merge)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.merge_button)
        column.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([400, 780])
        outer.addWidget(splitter, 1)
        close = QHBoxLayout()
        close.addStretch(1)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        close.addWidget(close_button)
        outer.addLayout(close)
        for button in (self.swap_button, self.keep_button, self.merge_button, close_button):
            button.setAutoDefault(False)
        self.reload()

    @property
    def entity(self) -> str:
        return str(self.entity_box.currentData())

    def reload(self) -> None:
        """Look for the pairs of the chosen record type (in the background)."""
        self._stop_task()
        self.pairs = []
        self.show_pairs()
        entity = self.entity
        if not self.background:
            self.pairs = find_duplicates(entity)
            self.show_pairs()
            self.loaded.emit()
            return
        self.summary.setText(self.tr("Looking for duplicates…"))
        task = BackgroundTask(lambda progress, cancelled: find_duplicates(
            entity, progress, cancelled), self, store=self.context.store)
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._found)
        task.failed.connect(lambda error: show_error(self, self.tr("Could not look for "
                                                                   "duplicates"), error))
        self.task = task
        task.start()

    def _progress(self, done: int, total: int) -> None:
        self.summary.setText(self.tr("Looking for duplicates… %1 of %2 records")
                             .replace("%1", number(done)).replace("%2", number(total)))

    def _found(self, pairs: object) -> None:
        assert isinstance(pairs, list)
        self.task = None
        self.pairs = pairs
        self.show_pairs()
        self.loaded.emit()

    def _stop_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.succeeded.disconnect(self._found)
            self.stopping = [t for t in self.stopping if t.running] + [self.task]
            self.task = None

    def done(self, result: int) -> None:
        """Closing waits until a search still running has stopped (its thread and its
        connection end first)."""
        self._stop_task()
        running = [task for task in self.stopping if task.running]
        if running:
            for task in running:
                task.finished.connect(lambda r=result: self.done(r))
            return
        super().done(result)

    def show_pairs(self, keep_row: int = 0) -> None:
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        for index, pair in enumerate(self.pairs):
            tag = self.tr("match") if pair.exact else self.tr("maybe")
            item = QListWidgetItem(f"{pair.first.label}  ↔  {pair.second.label}\n"
                                   f"{tag} · {self.tr(', ').join(shown(r.text) for r in pair.reasons)}")
            item.setData(PairRole, index)
            self.pair_list.addItem(item)
        self.pair_list.blockSignals(False)
        self.summary.setText(self.tr("%1 possible duplicate pair(s). Pairs with a matching "
                                     "email, WeChat ID, phone or id come first; names alike "
                                     "are only suggestions.").replace("%1", str(len(self.pairs))))
        if self.pairs:
            self.pair_list.setCurrentRow(min(keep_row, len(self.pairs) - 1))
        self.show_pair()

    def _forget(self, gone: set[int], renewed: int | None = None) -> None:
        """Drop the pairs of records merged away (and re-ask about the survivor)."""
        row = self.pair_list.currentRow()
        kept = [p for p in self.pairs if not ({p.first.record_id, p.second.record_id} & gone)]
        if renewed is not None:
            fresh = pairs_of(self.entity, renewed)
            known = {(p.first.record_id, p.second.record_id) for p in fresh}
            kept = [p for p in kept if (p.first.record_id, p.second.record_id) not in known]
            kept.extend(fresh)
            kept.sort(key=lambda p: (not p.exact, -p.score, p.first.record_id,
                                     p.second.record_id))
        self.pairs = kept
        self.show_pairs(row)

    def current_pair(self) -> DuplicatePair | None:
        row = self.pair_list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def show_pair(self) -> None:
        pair = self.current_pair()
        for button in (self.swap_button, self.keep_button, self.merge_button):
            button.setEnabled(pair is not None)
        if pair is None:
            self.reasons.setText(self.tr("No possible duplicates."))
            self.review.show_plan(None)
            return
        self.reasons.setText(self.tr(", ").join(shown(r.text) for r in pair.reasons))
        survivor, other = self._sides(pair)
        self.review.show_plan(preview(self.entity, survivor, other))

    def _sides(self, pair: DuplicatePair) -> tuple[int, int]:
        ids = (pair.first.record_id, pair.second.record_id)
        return (ids[1], ids[0]) if self.swapped else ids

    def swap(self) -> None:
        self.swapped = not self.swapped
        self.show_pair()

    def merge(self) -> str | None:
        pair = self.current_pair()
        if pair is None:
            return None
        survivor, other = self._sides(pair)
        try:
            result = merge_records(self.entity, survivor, other, self.review.choices())
        except BeaconError as error:
            show_error(self, self.tr("Could not merge"), error)
            return None
        label = self.tr("Merge %1 into %2").replace(
            "%1", (pair.first if self.swapped else pair.second).label).replace(
            "%2", (pair.second if self.swapped else pair.first).label)
        self.context.bus.publish(result.changes)
        self.context.undo.push(result.changes, label,
                               undo=lambda uid=result.merge_uid: undo_merge(uid))
        self.swapped = False
        self._forget({other, survivor}, renewed=survivor)
        self.merged.emit(result.merge_uid)
        return result.merge_uid

    def keep_separate(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        try:
            keep_separate(self.entity, pair.first.record_id, pair.second.record_id)
        except BeaconError as error:
            show_error(self, self.tr("Could not save"), error)
            return
        self.swapped = False
        self.pairs = [p for p in self.pairs if p is not pair]
        self.show_pairs(self.pair_list.currentRow())
