"""Records as plain dictionaries, for `beacon list --json` and other machine output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import peewee as pw

from tracker.services.records import snapshot, spec_for
from tracker.services.tags import tags_of


def records_as_dicts(entity: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    spec = spec_for(entity)
    by_id = {r.id: r for r in spec.model.select().where(spec.model.id.in_(list(ids)))}
    result = []
    for record_id in ids:
        record = by_id.get(record_id)
        if record is None:
            continue
        data = snapshot(entity, record)
        data["tags"] = tags_of(entity, record_id)
        for name, model_field in spec.model._meta.fields.items():
            if isinstance(model_field, pw.ForeignKeyField) and data.get(name) is not None:
                linked = model_field.rel_model.get_or_none(model_field.rel_model.id == data[name])
                if linked is not None:
                    data[f"{name}_uid"] = getattr(linked, "uid", None)
                    data[f"{name}_name"] = getattr(linked, "name", None) or getattr(
                        linked, "title", None)
        result.append(data)
    return result
