"""Activities form each record's timeline: notes, calls, meetings, emails, WeChat, tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.models import Activity
from tracker.services import records
from tracker.services.context import Changes, utcnow


def add_activity(kind: str, *, subject: str = "", body: str = "",
                 due_on: dt.date | str | None = None, operation: str | None = None,
                 source: str = "manual", **links: Any) -> Changes:
    """Log an activity against records: add_activity("call", body=..., contact=3)."""
    values: dict[str, Any] = {"kind": kind, "subject": subject, "body": body, "due_on": due_on,
                              **links}
    if kind != "task":
        values["occurred_at"] = utcnow()
    return records.create("activity", values, operation=operation, source=source)


def complete_activity(activity_id: int, expected_version: int | None,
                      done: bool = True) -> Changes:
    return records.update("activity", activity_id, expected_version,
                          {"done": done, "done_at": utcnow() if done else None},
                          action="done" if done else "not-done")


def timeline(entity: str, record_id: int) -> list[Activity]:
    """A record's activities, newest first; open tasks by due date ahead of the rest."""
    column = getattr(Activity, entity)
    rows = list(Activity.select().where(column == record_id, Activity.deleted_at.is_null()))
    rows.sort(key=lambda a: (a.occurred_at or a.created_at), reverse=True)
    return rows
