"""Changing many chosen records at once: one transaction and one operation, so a single
undo puts every one of them back, and one stale record refuses the whole change.

Each item is (record id, the version the user saw, or None when the user never saw the
row's values, e.g. rows selected but not yet scrolled into view).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from tracker import messages as m
from tracker.errors import ValidationError
from tracker.messages import say
from tracker.services import records
from tracker.services.context import Changes, new_uid
from tracker.services.opportunities import move_opportunity
from tracker.services.tags import tags_of
from tracker.storage import writing

Item = tuple[int, int | None]
# The fields a selection can be given one value of, per record type.
BULK_FIELDS: dict[str, tuple[str, ...]] = {
    "opportunity": ("owner", "business_line"),
    "activity": ("owner",),
}
TAGGED = frozenset({"organization", "contact", "opportunity", "conference", "incentive"})


def _checked(entity: str, items: Sequence[Item]) -> list[Item]:
    if not items:
        raise ValidationError.single("records", say(m.NOTHING_CHOSEN))
    return list(dict(items).items())  # each record once, the last version given


def set_field(entity: str, items: Sequence[Item], field: str, value: Any, *,
              operation: str | None = None) -> Changes:
    """Give every chosen record the same value of one field (owner, business line)."""
    if field not in BULK_FIELDS.get(entity, ()):
        raise ValidationError.single(field, say(m.NOT_A_FIELD, entity=entity), value)
    return _each(entity, _checked(entity, items), operation,
                 lambda record_id, version, op: records.update(
                     entity, record_id, version, {field: value}, operation=op))


def move_many(items: Sequence[Item], stage_id: int, *, operation: str | None = None
              ) -> Changes:
    """Put every chosen deal in one stage (reopening closed ones there), as the board does."""
    return _each("opportunity", _checked("opportunity", items), operation,
                 lambda record_id, version, op: move_opportunity(record_id, stage_id, version,
                                                                 operation=op))


def tag_many(entity: str, items: Sequence[Item], *, add: Iterable[str] = (),
             remove: Iterable[str] = (), operation: str | None = None) -> Changes:
    """Add and remove tags on every chosen record, keeping each record's other tags."""
    if entity not in TAGGED:
        raise ValidationError.single("tags", say(m.NOT_A_FIELD, entity=entity))
    adding = [t.strip() for t in add if t and t.strip()]
    removing = {t.strip() for t in remove if t and t.strip()}

    def retag(record_id: int, version: int | None, op: str) -> Changes:
        current = tags_of(entity, record_id)
        wanted = [t for t in current if t not in removing]
        wanted += [t for t in adding if t not in wanted]
        return records.update(entity, record_id, version, {"tags": wanted}, operation=op)

    return _each(entity, _checked(entity, items), operation, retag)


def delete_many(entity: str, items: Sequence[Item], *, operation: str | None = None
                ) -> Changes:
    """Move every chosen record to the bin (one undo brings them all back)."""
    return _each(entity, _checked(entity, items), operation,
                 lambda record_id, version, op: records.delete(entity, record_id, version,
                                                               operation=op))


def _each(entity: str, items: Sequence[Item], operation: str | None,
          change: Callable[[int, int | None, str], Changes]) -> Changes:
    operation = operation or new_uid()
    changes = Changes(operation=operation)
    with writing():
        for record_id, version in items:
            changes.merge(change(record_id, version, operation))
    return changes
