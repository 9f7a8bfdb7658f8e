"""The column model under Qt's model tester: batches, inserts, removes, reorders."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from PySide6.QtCore import QModelIndex

from tracker.services import records
from tracker.services.pipelines import default_pipeline, stages_of

from ui.board.card_model import BATCH, CardRole, StageCardModel, read_mime

pytestmark = pytest.mark.gui


@pytest.fixture
def deal_ids(db: Path) -> list[int]:
    stage = stages_of(default_pipeline().id)[0]
    return [records.create("opportunity", {"title": f"Deal {n:03d}", "stage": stage.id,
                                           "value": str(n), "currency": "CNY"}).first_created
            for n in range(BATCH * 2 + 5)]


def test_model_loads_in_batches_and_follows_new_id_lists(qtmodeltester: ModelTester,
                                                         deal_ids: list[int]) -> None:
    model = StageCardModel(stages_of(default_pipeline().id)[0].id)
    qtmodeltester.check(model)
    model.set_ids(deal_ids)
    assert model.rowCount() == BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH * 2
    model.fetchMore(QModelIndex())
    assert model.rowCount() == len(deal_ids) and not model.canFetchMore(QModelIndex())
    assert model.index(3).data(CardRole).title == "Deal 003"

    # A card leaves (moved away), then comes back at the front: one remove, one insert.
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    without = [i for i in deal_ids if i != deal_ids[10]]
    model.set_ids(without)
    assert removed == [(10, 10)] and model.rowCount() == len(deal_ids) - 1
    model.set_ids([deal_ids[10], *without])
    assert inserted == [(0, 0)] and model.index(0).data(CardRole).id == deal_ids[10]

    # A new order is a real reload: a reset, keeping as many rows as were shown.
    model.set_ids(list(reversed(deal_ids)))
    assert model.rowCount() == len(deal_ids)
    assert model.index(0).data(CardRole).id == deal_ids[-1]
    model.set_ids([])
    assert model.rowCount() == 0


def test_a_changed_card_announces_only_its_row(qtmodeltester: ModelTester,
                                               deal_ids: list[int]) -> None:
    model = StageCardModel(stages_of(default_pipeline().id)[0].id)
    qtmodeltester.check(model)
    model.set_ids(deal_ids[:5])
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.extend(
        range(top.row(), bottom.row() + 1)))
    records.update("opportunity", deal_ids[2], None, {"title": "Renamed"})
    model.refresh_cards()
    assert changed == [2]
    assert model.index(2).data() == "Renamed"


def test_mime_data_carries_id_version_and_stage(deal_ids: list[int]) -> None:
    model = StageCardModel(stages_of(default_pipeline().id)[0].id)
    model.set_ids(deal_ids[:3])
    payload = read_mime(model.mimeData([model.index(1)]))
    assert payload == {"id": deal_ids[1], "version": 1, "stage": model.stage_id}
