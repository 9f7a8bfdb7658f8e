"""Changing many chosen records at once: one operation, one undo, all or nothing."""

from __future__ import annotations

import pytest

from tracker.errors import StaleRecord, ValidationError
from tracker.models import Opportunity
from tracker.services import records
from tracker.services.bulk_edit import delete_many, move_many, set_field, tag_many
from tracker.services.pipelines import default_pipeline, stages_of
from tracker.services.tags import tags_of
from tracker.storage import Store


def _deals(count: int, **values: object) -> list[int]:
    return [records.create("opportunity", {"title": f"Deal {n}", **values}).first_created
            for n in range(count)]


def _items(ids: list[int]) -> list[tuple[int, int | None]]:
    return [(i, Opportunity.get_by_id(i).version) for i in ids]


def test_moving_fifty_deals_is_one_operation_one_undo_puts_back(db: Store) -> None:
    stages = stages_of(default_pipeline().id)
    deals = _deals(50)
    changes = move_many(_items(deals), stages[2].id)
    assert {Opportunity.get_by_id(i).stage_id for i in deals} == {stages[2].id}
    assert len(changes.updated) >= 50 and changes.operation
    records.undo_operation(changes.operation)
    assert {Opportunity.get_by_id(i).stage_id for i in deals} == {stages[0].id}


def test_one_stale_record_refuses_the_whole_change(db: Store) -> None:
    deals = _deals(3, owner="Wang")
    seen = _items(deals)
    records.update("opportunity", deals[1], None, {"owner": "Li"})  # someone else, meanwhile
    with pytest.raises(StaleRecord):
        set_field("opportunity", seen, "owner", "Jake Li")
    assert [Opportunity.get_by_id(i).owner for i in deals] == ["Wang", "Li", "Wang"]


def test_owner_business_line_tags_and_delete_on_a_selection(db: Store) -> None:
    deals = _deals(3)
    records.update("opportunity", deals[0], None, {"tags": ["KOL", "priority"]})
    set_field("opportunity", _items(deals), "business_line", "Licensing")
    assert {Opportunity.get_by_id(i).business_line for i in deals} == {"Licensing"}
    tagged = tag_many("opportunity", _items(deals), add=["CAR-T"], remove=["priority"])
    assert [tags_of("opportunity", i) for i in deals] == [["CAR-T", "KOL"], ["CAR-T"],
                                                          ["CAR-T"]]
    records.undo_operation(tagged.operation)
    assert tags_of("opportunity", deals[0]) == ["KOL", "priority"]
    gone = delete_many("opportunity", _items(deals[:2]))
    assert [Opportunity.get_by_id(i).deleted_at is not None for i in deals] == [True, True,
                                                                               False]
    records.undo_operation(gone.operation)
    assert all(Opportunity.get_by_id(i).deleted_at is None for i in deals)


def test_a_field_a_selection_cannot_share_is_refused(db: Store) -> None:
    deals = _deals(1)
    with pytest.raises(ValidationError):
        set_field("opportunity", _items(deals), "title", "Same title for all")
    with pytest.raises(ValidationError):
        set_field("opportunity", [], "owner", "Li")
