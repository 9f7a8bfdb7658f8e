"""A save that lost a race: who changed which field, from what to what, since the version
the user was editing (EspoCRM's Current / Theirs / Original review).

The change log holds every field's old and new value by record version, so the fields a
colleague changed since version N, with the last person and time for each, are read
back from it; the window then lets the user keep their own value or take the
colleague's, field by field.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from tracker.models import ChangeLog

# A deal's amount is one thing to a person: its value and currency change together.
TOGETHER = {"value_minor": "value", "currency": "value"}


@dataclass(frozen=True)
class TheirChange:
    """One field as others left it: its value when the user read the record (`before`),
    now (`after`), and the last person who changed it, when."""

    field: str
    before: Any
    after: Any
    user: str
    at: dt.datetime | None


def changes_since(entity: str, record_id: int, version: int) -> dict[str, TheirChange]:
    """Fields changed by saves after `version`, by field (first old value, last new)."""
    found: dict[str, TheirChange] = {}
    entries = (ChangeLog.select()
               .where(ChangeLog.entity == entity, ChangeLog.record_id == record_id,
                      ChangeLog.version > version)
               .order_by(ChangeLog.id))
    for entry in entries:
        try:
            diff = json.loads(entry.changes or "{}")
        except ValueError:
            continue
        if not isinstance(diff, dict):
            continue
        for name, pair in diff.items():
            if not isinstance(pair, list) or len(pair) != 2:
                continue
            key = TOGETHER.get(name) or str(name)
            earlier = found.get(key)
            before = earlier.before if earlier is not None else pair[0]
            found[key] = TheirChange(key, before, pair[1], str(entry.user or ""), entry.at)
    return found
