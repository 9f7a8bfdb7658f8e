"""The one writer of the change log: every change of data is logged here, the same way.

Records, settings, pipelines and stages, exchange rates, bulk creations and import
batches all write through `log`/`log_many`. An entry names what changed by its uid (a
record's uid, a pipeline's or stage's uid, a setting's key, a rate's currency pair and
date), not only by an internal id, and holds each changed field's old and new value:
what undo replays and what an offline copy will sync from. A deleted record leaves an
entry too (a tombstone), also when an undone import removes rows for good.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker.models import ChangeLog
from tracker.services.context import Kind, current_user, utcnow
from tracker.storage import active

COLUMNS = ("at", "user", "entity", "record_id", "record_uid", "action", "changes", "source",
           "batch_uid", "operation", "version")
# json.dumps(..., ensure_ascii=False) builds a new encoder per call; this is the same encoder.
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=str).encode


@dataclass(frozen=True)
class Entry:
    """One change of one thing: `diff` is {field: [old, new]}, JSON-ready (or its text)."""

    kind: Kind | str
    uid: str
    action: str  # create, update, delete, restore, undo, purge, import, set
    diff: Mapping[str, Any] | str = field(default_factory=dict)
    record_id: int | None = None
    version: int | None = None  # the record's version after this change
    source: str = "manual"
    batch_uid: str | None = None


def log_many(entries: Iterable[Entry], *, operation: str, user: str | None = None,
             at: dt.datetime | None = None) -> int:
    """Write entries in one bulk insert (inside the caller's transaction); their number."""
    store = active()
    stamp = store.stored(ChangeLog._meta.fields["at"].db_value(at or utcnow()))
    who = user or current_user()
    rows = [(stamp, who, str(e.kind), e.record_id, e.uid, e.action,
             e.diff if isinstance(e.diff, str) else _ENCODE(dict(e.diff)), e.source,
             e.batch_uid, operation, e.version) for e in entries]
    if rows:
        store.insert_rows(ChangeLog._meta.table_name,
                          [ChangeLog._meta.fields[c].column_name for c in COLUMNS], rows)
    return len(rows)


def log(kind: Kind | str, uid: str, action: str, diff: Mapping[str, Any] | str, *,
        operation: str, user: str | None = None, record_id: int | None = None,
        version: int | None = None, source: str = "manual", batch_uid: str | None = None,
        at: dt.datetime | None = None) -> None:
    log_many([Entry(kind, uid, action, diff, record_id, version, source, batch_uid)],
             operation=operation, user=user, at=at)


def mark_undone(operation: str) -> None:
    """An undone operation's entries say so (undo also logs what it put back)."""
    ChangeLog.update(action="undone:" + ChangeLog.action).where(
        ChangeLog.operation == operation).execute()
