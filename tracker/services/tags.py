"""Tags on any record."""

from __future__ import annotations

from tracker.errors import ValidationError
from tracker.models import RECORD_MODELS, RecordTag, Tag
from tracker.services.context import Changes
from tracker.storage import writing


def tags_of(entity: str, record_id: int) -> list[str]:
    return [t.tag.name for t in RecordTag.select(RecordTag, Tag).join(Tag)
            .where(RecordTag.entity == entity, RecordTag.record_id == record_id)
            .order_by(Tag.name)]


def set_tags(entity: str, record_id: int, names: list[str]) -> Changes:
    if entity not in RECORD_MODELS:
        raise ValidationError.single("entity", f"{entity} cannot carry tags")
    wanted = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    with writing():
        RecordTag.delete().where(RecordTag.entity == entity,
                                 RecordTag.record_id == record_id).execute()
        for name in wanted:
            tag, _ = Tag.get_or_create(name=name)
            RecordTag.create(tag=tag, entity=entity, record_id=record_id)
    return Changes(updated=[(entity, record_id)])


def all_tags() -> list[str]:
    return [t.name for t in Tag.select().order_by(Tag.name)]
