"""A lazy table model over a tracker ListQuery: ids once, rows for what is shown.

`set_query` asks the query for its ordered ids (one indexed query, even for
100,000 records). The view sees the first BATCH rows and asks for more with
canFetchMore/fetchMore as it scrolls; row values are loaded PAGE ids at a time
through `rows_for` and kept in a cache, formatted once. A change elsewhere
drops the changed rows from the cache (dataChanged) or, when records were
created or deleted, re-reads the ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tracker.queries import ListQuery
from tracker.services.money import currency_units, format_minor

from ui.labels import CODE_COLUMNS, code_word, column_title, seeded_name

RecordIdRole = Qt.ItemDataRole.UserRole + 1  # the record's internal id (int)
VersionRole = Qt.ItemDataRole.UserRole + 2  # the version the row was read at (int)
RawValueRole = Qt.ItemDataRole.UserRole + 3  # the stored value behind the cell
ColumnKeyRole = Qt.ItemDataRole.UserRole + 4  # headerData: the column's key in tracker
_ROLES = frozenset({
    int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.CheckStateRole), int(Qt.ItemDataRole.TextAlignmentRole),
    int(Qt.ItemDataRole.ForegroundRole), RecordIdRole, VersionRole, RawValueRole,
})

AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
_NUMERIC = frozenset({"money", "int", "percent"})


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def local_time(value: Any) -> str:
    if isinstance(value, str) and value:
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, dt.datetime):
        return ""
    stamp = value.replace(tzinfo=dt.UTC).astimezone()
    return stamp.strftime("%Y-%m-%d %H:%M")


class RecordListModel(QAbstractTableModel):
    """Rows of one record type in the order the query gives."""

    BATCH = 200  # rows the view gets per fetchMore
    PAGE = 60  # ids read per rows_for call: a screenful or two

    rows_reset = Signal(int)  # a new query's first rows are in: how many are shown
    done_toggled = Signal(int, int, bool)  # activity id, version, done: the page writes it

    def __init__(self, query: ListQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = query
        self._columns = [column.key for column in query.spec.columns]
        self._kinds = {column.key: column.kind for column in query.spec.columns}
        self._ids: list[int] = []  # the first screens' ids until the rest is needed
        self._complete = False  # _ids holds every matching id
        self._total: int | None = None  # counted when first asked
        self._shown = 0
        self._rows: dict[int, dict[str, Any]] = {}
        self._display: dict[int, list[str | None]] = {}
        self._row_of: dict[int, int] | None = None
        self._units: dict[str, int] = {}
        self._today = dt.date.today()
        self._announcing = False
        self._load_ids(keep_shown=False)

    # --- what the page changes -------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    @property
    def total(self) -> int:
        """Records the query matches (one COUNT, asked only when someone needs the number)."""
        if self._total is None:
            self._total = len(self._ids) if self._complete else self._query.count()
        return self._total

    def _complete_ids(self) -> None:
        """Read every id (200 ms on 100,000): only when scrolling or a lookup goes past
        the first screens."""
        if not self._complete:
            self._ids = self._query.ids()
            self._complete = True
            self._total = len(self._ids)
            self._row_of = None

    def set_query(self, query: ListQuery) -> None:
        """A new search, filter or sort: re-read the ids and start from the top."""
        self.beginResetModel()
        self._query = query
        self._load_ids(keep_shown=False)
        self._end_reset()
        self.rows_reset.emit(self._shown)

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def set_filter(self, key: str, value: Any) -> None:
        filters = dict(self._query.filters)
        if value in (None, ""):
            filters.pop(key, None)
        else:
            filters[key] = value
        if filters != self._query.filters:
            self.set_query(replace(self._query, filters=filters))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._columns[column]
        current = self._query.sort or self._query.spec.default_sort
        if key == current and descending == self._query.descending:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = list(self._ids)
        self._query = replace(self._query, sort=key, descending=descending)
        self._load_ids(keep_shown=True)
        self._remap_persistent(old_ids)
        self.layoutChanged.emit()

    def _remap_persistent(self, old_ids: list[int]) -> None:
        row_of = self._row_map()
        old = self.persistentIndexList()
        new = []
        for index in old:
            record_id = old_ids[index.row()] if index.row() < len(old_ids) else None
            row = row_of.get(record_id) if record_id is not None else None
            if row is None or row >= self._shown:
                new.append(QModelIndex())
            else:
                new.append(self.index(row, index.column()))
        self.changePersistentIndexList(old, new)

    def reload(self) -> None:
        """Records were created or deleted: read the ids again, keeping how far we scrolled."""
        self.beginResetModel()
        self._load_ids(keep_shown=True)
        self._end_reset()
        self.rows_reset.emit(self._shown)

    def refresh_all(self) -> None:
        """Names shown from other records changed (an organization renamed): repaint all."""
        self._rows.clear()
        self._display.clear()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._shown - 1, len(self._columns) - 1), [])

    def _end_reset(self) -> None:
        # Slots of modelReset and rowsInserted (Qt's model tester among them) may ask for
        # more rows; rows inserted while a change is still being announced nest one change
        # in another, which breaks every listener's bookkeeping. So no fetch until done.
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False

    def _show_rows(self, last: int) -> None:
        """Let the view see rows up to `last`, announced as one insertion."""
        self._announcing = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, last)
            self._shown = last + 1
            self.endInsertRows()
        finally:
            self._announcing = False

    def refresh_records(self, record_ids: Iterable[int]) -> None:
        """Records changed in place: forget their cached rows and repaint just those."""
        row_of = self._row_map()
        for record_id in record_ids:
            self._rows.pop(record_id, None)
            self._display.pop(record_id, None)
            row = row_of.get(record_id)
            if row is not None and row < self._shown:
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self._columns) - 1), [])

    def _load_ids(self, keep_shown: bool) -> None:
        previous = self._shown
        wanted = max(previous, self.BATCH) if keep_shown else self.BATCH
        self._ids = self._query.ids(limit=wanted)
        self._complete = len(self._ids) < wanted
        self._total = len(self._ids) if self._complete else None
        self._rows.clear()
        self._display.clear()
        self._row_of = None
        self._units = currency_units() if "currency" in self._kinds else {}
        self._today = dt.date.today()
        self._shown = len(self._ids)

    # --- lookups for the page --------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._shown else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing this record, fetching more rows if it lies further down."""
        row = self._row_map().get(record_id)
        if row is None and not self._complete:
            self._complete_ids()
            row = self._row_map().get(record_id)
        if row is None:
            return None
        if row >= self._shown:
            self._show_rows(row)
        return row

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    def _row_map(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._row_of

    # --- Qt's model interface --------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return (not parent.isValid() and not self._announcing
                and (self._shown < len(self._ids) or not self._complete))

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._announcing:
            return
        if self._shown + self.BATCH > len(self._ids):
            self._complete_ids()
        count = min(self.BATCH, len(self._ids) - self._shown)
        if count <= 0:
            return
        self._show_rows(self._shown + count - 1)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        key = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(key, self._query.entity)
        if role == ColumnKeyRole:
            return key
        if role == Qt.ItemDataRole.TextAlignmentRole and self._kinds[key] in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._kinds[self._columns[index.column()]] == "bool":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask a dozen roles per cell per paint; answer the ones we never set at once.
        if role not in _ROLES or not index.isValid() or index.row() >= self._shown:
            return None
        record_id = self._ids[index.row()]
        if role == RecordIdRole:
            return record_id
        row = self._row(index.row())
        if row is None:
            return None
        key = self._columns[index.column()]
        kind = self._kinds[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record_id, row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(record_id, row, index.column())
            return text if len(text) > 40 else None
        if role == VersionRole:
            return row["version"]
        if role == RawValueRole:
            return row.get(key)
        if role == Qt.ItemDataRole.CheckStateRole and kind == "bool":
            return Qt.CheckState.Checked if row.get(key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_overdue(row, key):
            return QBrush(OVERDUE)
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking a done box asks the page to write it; the bus then refreshes the row."""
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or self._kinds[self._columns[index.column()]] != "bool"):
            return False
        row = self._row(index.row())
        if row is None:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self.done_toggled.emit(row["id"], row["version"], done)
        return True

    # --- rows ------------------------------------------------------------------------

    def _is_overdue(self, row: dict[str, Any], key: str) -> bool:
        if key == "due_on" and not row.get("done"):
            due = _as_date(row.get(key))
            return due is not None and due < self._today
        if key == "next_step_due" and row.get("status", "open") == "open":
            due = _as_date(row.get(key))
            return due is not None and due < self._today
        return False

    def _row(self, row_number: int) -> dict[str, Any] | None:
        record_id = self._ids[row_number]
        cached = self._rows.get(record_id)
        if cached is not None:
            return cached
        start = row_number - row_number % self.PAGE
        wanted = [i for i in self._ids[start:start + self.PAGE] if i not in self._rows]
        if record_id not in wanted:
            wanted.append(record_id)
        for row in self._query.rows_for(wanted):
            self._rows[row["id"]] = row
        return self._rows.get(record_id)

    def _text(self, record_id: int, row: dict[str, Any], column: int) -> str:
        """A cell's words, formatted the first time the view asks (hidden columns never)."""
        cells = self._display.get(record_id)
        if cells is None:
            cells = self._display[record_id] = [None] * len(self._columns)
        text = cells[column]
        if text is None:
            text = cells[column] = self._format(row, self._columns[column])
        return text

    def _format(self, row: dict[str, Any], key: str) -> str:
        value = row.get(key)
        kind = self._kinds[key]
        if value is None or value == "":
            return ""
        if key in ("stage", "pipeline"):
            return seeded_name(str(value))
        if kind == "money":
            currency = row.get("currency")
            return format_minor(int(value), currency, self._units.get(currency or "", 2))
        if kind == "percent":
            return f"{value}%"
        if kind == "date":
            day = _as_date(value)
            return day.isoformat() if day else str(value)
        if kind == "datetime":
            return local_time(value)
        if kind == "bool":
            return ""
        if key in CODE_COLUMNS:
            return code_word(str(value))
        text = str(value)
        return text.replace("\n", " ")
