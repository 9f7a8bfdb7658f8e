"""The lazy list model: valid for Qt's model tester while searched, filtered, fetched, changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt

from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.activities import add_activity

from ui.list_model import ColumnKeyRole, RecordIdRole, RecordListModel

pytestmark = pytest.mark.gui


def _organizations(count: int) -> list[int]:
    return [records.create("organization", {"name": f"Org {n:03d}", "city": "Shanghai"})
            .first_created for n in range(count)]


def test_model_passes_the_tester_while_fetched_searched_filtered(db: Path, qtmodeltester) -> None:
    _organizations(450)
    model = RecordListModel(ListQuery("organization"))
    assert model.total == 450
    assert model.rowCount() == RecordListModel.BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    model.set_query(ListQuery("organization"))
    qtmodeltester.check(model)  # watches every change below
    model.set_search("Org 017")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Org 017"]
    model.set_search("Org 01")
    assert model.total == 10
    model.set_search("")
    assert model.rowCount() == RecordListModel.BATCH
    model.fetchMore(QModelIndex())
    model.set_filter("city", "Beijing")
    assert model.rowCount() == 0
    model.set_filter("city", None)
    assert model.total == 450


def test_model_sorts_and_follows_creates_deletes_and_edits(db: Path, qtmodeltester) -> None:
    ids = _organizations(5)
    model = RecordListModel(ListQuery("organization"))
    qtmodeltester.check(model)
    name_column = model.column_of("name")
    assert model.headerData(name_column, Qt.Orientation.Horizontal, ColumnKeyRole) == "name"
    model.sort(name_column, Qt.SortOrder.DescendingOrder)
    assert model.index(0, name_column).data() == "Org 004"
    records.update("organization", ids[4], None, {"name": "Zeta"})
    model.refresh_records([ids[4]])
    assert model.index(0, name_column).data() == "Zeta"
    records.delete("organization", ids[0])
    records.create("organization", {"name": "Alpha"})
    model.reload()
    assert model.total == 5
    names = [model.index(r, name_column).data() for r in range(model.rowCount())]
    assert "Org 000" not in names and "Alpha" in names
    assert model.index(0, 0).data(RecordIdRole) == ids[4]


def test_money_is_shown_in_its_own_currency(db: Path) -> None:
    records.create("opportunity", {"title": "CAR-T licence", "value": "1200000",
                                   "currency": "CNY"})
    records.create("opportunity", {"title": "NK supply", "value": "50000.5", "currency": "USD"})
    model = RecordListModel(ListQuery("opportunity", sort="title"))
    column = model.column_of("value")
    assert [model.index(r, column).data() for r in range(2)] == [
        "CNY 1,200,000.00", "USD 50,000.50"]


def test_activity_done_box_asks_the_page_to_write(db: Path, qtbot) -> None:
    org = _organizations(1)[0]
    add_activity("task", subject="Send NDA", due_on="2020-01-01", organization=org)
    model = RecordListModel(ListQuery("activity"))
    column = model.column_of("done")
    index = model.index(0, column)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, model.column_of("due_on")).data(Qt.ItemDataRole.ForegroundRole)
    with qtbot.waitSignal(model.done_toggled) as signal:
        model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args[2] is True
