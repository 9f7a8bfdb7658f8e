"""Every import batch: which file, when, who, and what it created and changed; the window's
File > Import history and `beacon imports` read it (undo is tracker.excel.batches)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from tracker.models import ImportBatch


@dataclass(frozen=True)
class BatchSummary:
    uid: str
    file_name: str
    entity: str
    mode: str
    created_at: dt.datetime  # UTC
    created_by: str
    created: int
    updated: int
    unchanged: int
    skipped: int
    errors: int
    undone_at: dt.datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def as_json(self) -> dict[str, Any]:
        return {"batch": self.uid, "file": self.file_name, "entity": self.entity,
                "mode": self.mode, "at": self.created_at.isoformat(timespec="seconds") + "Z",
                "by": self.created_by, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged, "skipped": self.skipped, "errors": self.errors,
                "undone_at": (self.undone_at.isoformat(timespec="seconds") + "Z"
                              if self.undone_at else None)}


def _count(report: dict[str, Any], key: str) -> int:
    value = report.get(key, 0)
    if isinstance(value, list):
        return len(value)
    return int(value or 0)


def import_history(limit: int | None = None) -> list[BatchSummary]:
    """Batches, newest first."""
    query = ImportBatch.select().order_by(ImportBatch.created_at.desc(), ImportBatch.id.desc())
    if limit:
        query = query.limit(limit)
    found = []
    for batch in query:
        try:
            report = json.loads(batch.report or "{}")
        except ValueError:
            report = {}
        linked = report.get("linked_created") or {}
        created = _count(report, "created") + sum(int(v) for v in linked.values()
                                                  if isinstance(v, int))
        found.append(BatchSummary(
            batch.uid, batch.file_name, batch.entity, batch.mode, batch.created_at,
            batch.created_by, created, _count(report, "updated"), _count(report, "unchanged"),
            _count(report, "skipped"), _count(report, "errors"), batch.undone_at))
    return found
