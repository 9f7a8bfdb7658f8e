"""One board column's cards: every id known up front, cards loaded in batches as it scrolls."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tracker.board import Card, cards_for

CardRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
VersionRole = Qt.ItemDataRole.UserRole + 3
MIME_TYPE = "application/x-beacon-opportunity"
BATCH = 40

AnyIndex = QModelIndex | QPersistentModelIndex


def card_mime(card: Card) -> QMimeData:
    """What a dragged card carries: its id, the version the user saw, where it came from."""
    mime = QMimeData()
    payload = {"id": card.id, "version": card.version, "stage": card.stage_id}
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
    mime.setText(card.title)
    return mime


def read_mime(mime: QMimeData) -> dict[str, int] | None:
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        return {"id": int(payload["id"]), "version": int(payload["version"]),
                "stage": int(payload["stage"])}
    except (ValueError, KeyError, TypeError):
        return None


class StageCardModel(QAbstractListModel):
    """Rows are the first `loaded` ids of the column; fetchMore adds the next batch."""

    def __init__(self, stage_id: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._ids: list[int] = []
        self._loaded = 0
        self._cards: dict[int, Card] = {}
        self._changing = False  # views and testers may ask to fetch more mid-change

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        card = self._card(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title if card else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.to_do[0] if card and card.to_do[0] else None
        if role == CardRole:
            return card
        if role == IdRole:
            return self._ids[index.row()]
        if role == VersionRole:
            return card.version if card else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._changing and self._loaded < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._changing:
            return
        count = min(BATCH, len(self._ids) - self._loaded)
        if count <= 0:
            return
        first = self._loaded
        self._load_cards(self._ids[first:first + count])
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._loaded += count
            self.endInsertRows()
        finally:
            self._changing = False

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        for index in indexes:
            card = self._card(index.row())
            if card is not None:
                return card_mime(card)
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # --- Beacon API ---------------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def total(self) -> int:
        return len(self._ids)

    def card_at(self, row: int) -> Card | None:
        return self._card(row) if 0 <= row < self._loaded else None

    def row_of(self, opportunity_id: int) -> int:
        try:
            row = self._ids.index(opportunity_id)
        except ValueError:
            return -1
        return row if row < self._loaded else -1

    def set_ids(self, new_ids: Sequence[int]) -> None:
        """Show a new id list: rows removed and inserted one by one, a reset only on reorder."""
        new_ids = list(new_ids)
        wanted = set(new_ids)
        for row in reversed(range(self._loaded)):
            if self._ids[row] not in wanted:
                self._changing = True
                try:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    removed = self._ids.pop(row)
                    self._cards.pop(removed, None)
                    self._loaded -= 1
                    self.endRemoveRows()
                finally:
                    self._changing = False
        kept = self._ids[:self._loaded]
        position = {i: n for n, i in enumerate(new_ids)}
        if any(position[a] > position[b] for a, b in zip(kept, kept[1:], strict=False)):
            self._reset(new_ids, max(len(kept), BATCH))
            return
        # Loaded rows stay a prefix of the new list: insert what falls inside that prefix.
        end = max(position[kept[-1]] + 1 if kept else 0, min(len(new_ids), BATCH))
        self._ids = kept
        kept_ids = set(kept)
        self._load_cards([i for i in new_ids[:end] if i not in self._cards])
        for row, opportunity_id in enumerate(new_ids[:end]):
            if row < self._loaded and self._ids[row] == opportunity_id:
                continue
            self._changing = True
            try:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, opportunity_id)
                self._loaded += 1
                self.endInsertRows()
            finally:
                self._changing = False
        self._ids = list(new_ids)
        if kept_ids:
            self.refresh_cards(only=kept_ids)  # the cards just loaded are fresh already

    def refresh_cards(self, only: set[int] | None = None) -> None:
        """Reload loaded cards (or those in `only`); announce the rows whose card changed."""
        targets = [i for i in self._ids[:self._loaded] if only is None or i in only]
        fresh = {card.id: card for card in cards_for(targets)}
        for opportunity_id in targets:
            card = fresh.get(opportunity_id)
            if card is not None and card != self._cards.get(opportunity_id):
                self._cards[opportunity_id] = card
                index = self.index(self._ids.index(opportunity_id))
                self.dataChanged.emit(index, index, [CardRole, VersionRole,
                                                     Qt.ItemDataRole.DisplayRole])

    def _reset(self, new_ids: list[int], loaded: int) -> None:
        self.beginResetModel()
        self._ids = new_ids
        self._loaded = min(loaded, len(new_ids))
        self._cards = {}
        self._load_cards(new_ids[:self._loaded])
        self.endResetModel()

    def _load_cards(self, ids: Sequence[int]) -> None:
        if ids:
            self._cards.update({card.id: card for card in cards_for(ids)})

    def _card(self, row: int) -> Card | None:
        opportunity_id = self._ids[row]
        card = self._cards.get(opportunity_id)
        if card is None:
            self._load_cards(self._ids[row:min(row + BATCH, self._loaded)])
            card = self._cards.get(opportunity_id)
        return card
