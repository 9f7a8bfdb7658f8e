"""Reminders: open tasks and deals' next steps that are due, and who was told about them.

Beacon has no server job that could forget to run: the window asks `to_notify` when it
starts and every minute while it runs, and records what it announced (`mark_notified`)
per user in the database, so a reminder is announced once per due date, again after a
snooze, and again if its due date moves. What fell due while no window was open is
what fell due after the user's clock (`last_seen`), which the window moves on.

Due dates are days (the user's local calendar); snoozes and clocks are UTC times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from tracker.models import Activity, Opportunity, ReminderClock, ReminderState
from tracker.queries import SPECS, ContactOf, OrgOf
from tracker.services import records
from tracker.services.context import Changes, current_user, new_uid, today, utcnow
from tracker.storage import writing

ReminderKey = tuple[str, int]  # (entity, record id): ("activity", 12) or ("opportunity", 5)


@dataclass(frozen=True)
class Reminder:
    """A task or a deal's next step with a due date, as a list or a notification shows it."""

    entity: str  # "activity" (a task or other planned activity) or "opportunity" (next step)
    record_id: int
    version: int
    kind: str  # the activity's kind ("task", "call", …) or "next_step"
    subject: str
    due_on: dt.date
    owner: str
    opportunity_id: int | None  # the deal it belongs to, if any
    related: str  # the deal, contact or organization it is about
    days_late: int  # 0: due today; negative: due later
    snoozed_until: dt.datetime | None = None  # UTC
    notified_on: dt.date | None = None

    @property
    def key(self) -> ReminderKey:
        return (self.entity, self.record_id)

    @property
    def overdue(self) -> bool:
        return self.days_late > 0

    def snoozed(self, now: dt.datetime) -> bool:
        return self.snoozed_until is not None and self.snoozed_until > now

    def as_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.record_id, "kind": self.kind,
                "subject": self.subject, "due_on": self.due_on.isoformat(),
                "days_late": self.days_late, "overdue": self.overdue, "owner": self.owner,
                "opportunity": self.opportunity_id, "related": self.related,
                "snoozed_until": (self.snoozed_until.isoformat(timespec="minutes") + "Z"
                                  if self.snoozed_until else None)}


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _tasks(until: dt.date, day: dt.date, owner: str | None) -> list[Reminder]:
    activity = SPECS["activity"]
    query = activity.joins(Activity.select(
        Activity.id, Activity.version, Activity.kind, Activity.subject, Activity.body,
        Activity.due_on, Activity.owner, Activity.opportunity, Opportunity.title,
        ContactOf.name, OrgOf.name)).where(
        Activity.deleted_at.is_null(), Activity.done == False,  # noqa: E712
        Activity.due_on.is_null(False), Activity.due_on <= until)
    if owner is not None:
        query = query.where(Activity.owner.in_((owner, "")))
    found = []
    for (record_id, version, kind, subject, body, due, task_owner, deal_id, deal,
         contact, organization) in query.tuples().iterator():
        due_on = _date(due)
        found.append(Reminder("activity", record_id, version, kind,
                              subject or (body or "").split("\n", 1)[0][:80], due_on,
                              task_owner or "", deal_id,
                              deal or contact or organization or "", (day - due_on).days))
    return found


def _next_steps(until: dt.date, day: dt.date, owner: str | None) -> list[Reminder]:
    query = (Opportunity.select(Opportunity.id, Opportunity.version, Opportunity.title,
                                Opportunity.next_step, Opportunity.next_step_due,
                                Opportunity.owner, OrgOf.name)
             .join_from(Opportunity, OrgOf, pw.JOIN.LEFT_OUTER,
                        on=(Opportunity.organization == OrgOf.id))
             .where(Opportunity.deleted_at.is_null(), Opportunity.status == "open",
                    Opportunity.next_step_due.is_null(False),
                    Opportunity.next_step_due <= until))
    if owner is not None:
        query = query.where(Opportunity.owner.in_((owner, "")))
    found = []
    for record_id, version, title, step, due, deal_owner, organization in \
            query.tuples().iterator():
        due_on = _date(due)
        related = f"{title} · {organization}" if organization else title
        found.append(Reminder("opportunity", record_id, version, "next_step",
                              step or title, due_on, deal_owner or "", record_id, related,
                              (day - due_on).days))
    return found


def agenda(day: dt.date | None = None, *, days_ahead: int = 0, owner: str | None = None,
           user: str | None = None) -> list[Reminder]:
    """Open tasks and next steps due by `day` + `days_ahead`, the longest overdue first,
    each with this user's snooze and what was announced. `owner` keeps that owner's
    reminders and those nobody owns."""
    day = day or today()
    until = day + dt.timedelta(days=max(days_ahead, 0))
    found = _tasks(until, day, owner) + _next_steps(until, day, owner)
    states = _states(user or current_user(), [r.key for r in found])
    merged = []
    for reminder in found:
        state = states.get(reminder.key)
        if state is not None:
            reminder = Reminder(**{**reminder.__dict__, "snoozed_until": state[1],
                                   "notified_on": state[0]})
        merged.append(reminder)
    merged.sort(key=lambda r: (r.due_on, r.entity != "activity", r.subject.lower(),
                               r.record_id))
    return merged


def _states(user: str, keys: Sequence[ReminderKey]
            ) -> dict[ReminderKey, tuple[dt.date | None, dt.datetime | None]]:
    if not keys:
        return {}
    result: dict[ReminderKey, tuple[dt.date | None, dt.datetime | None]] = {}
    for entity in {e for e, _ in keys}:
        ids = [i for e, i in keys if e == entity]
        for start in range(0, len(ids), 900):
            rows = (ReminderState.select(ReminderState.record_id, ReminderState.notified_on,
                                         ReminderState.snoozed_until)
                    .where(ReminderState.user == user, ReminderState.entity == entity,
                           ReminderState.record_id.in_(ids[start:start + 900])).tuples())
            for record_id, notified, snoozed in rows:
                result[(entity, record_id)] = (
                    _date(notified) if notified else None,
                    snoozed if snoozed is None or isinstance(snoozed, dt.datetime)
                    else dt.datetime.fromisoformat(str(snoozed)))
    return result


def to_notify(now: dt.datetime | None = None, *, day: dt.date | None = None,
              user: str | None = None) -> list[Reminder]:
    """Reminders due by today that this user was not told about for their due date, and
    whose snooze (if any) has run out."""
    now = now or utcnow()
    return [r for r in agenda(day, user=user)
            if r.notified_on != r.due_on and not r.snoozed(now)]


def _put_state(user: str, key: ReminderKey, **values: Any) -> None:
    entity, record_id = key
    updated = (ReminderState.update(**values)
               .where(ReminderState.user == user, ReminderState.entity == entity,
                      ReminderState.record_id == record_id).execute())
    if not updated:
        ReminderState.insert(user=user, entity=entity, record_id=record_id, **values).execute()


def mark_notified(reminders: Iterable[Reminder], *, user: str | None = None) -> None:
    """These were announced for their present due dates (a snooze that ran out is spent)."""
    user = user or current_user()
    with writing():
        for reminder in reminders:
            _put_state(user, reminder.key, notified_on=reminder.due_on, snoozed_until=None)


def snooze(keys: Iterable[ReminderKey], until: dt.datetime, *,
           user: str | None = None) -> None:
    """Quiet these reminders until `until` (UTC); then they are announced again."""
    user = user or current_user()
    with writing():
        for key in keys:
            _put_state(user, key, notified_on=None, snoozed_until=until)


def last_seen(user: str | None = None) -> dt.datetime | None:
    row = ReminderClock.get_or_none(ReminderClock.user == (user or current_user()))
    return row.seen_at if row is not None else None


def mark_seen(at: dt.datetime | None = None, *, user: str | None = None) -> None:
    """The user's window looked at reminders at `at` (UTC): it is open until then."""
    with writing():
        seen_at = at or utcnow()
        # An upsert both engines speak (SQLite's INSERT OR REPLACE is not PostgreSQL's).
        ReminderClock.insert(user=user or current_user(), seen_at=seen_at).on_conflict(
            conflict_target=[ReminderClock.user], update={ReminderClock.seen_at: seen_at}
        ).execute()


def local_day(stamp: dt.datetime) -> dt.date:
    """The user's calendar day of a UTC stamp."""
    return stamp.replace(tzinfo=dt.UTC).astimezone().date()


def fell_due_since(reminders: Iterable[Reminder], since: dt.datetime | None) -> list[Reminder]:
    """Of these, those whose due date came after the user's window last looked."""
    if since is None:
        return []
    seen_day = local_day(since)
    return [r for r in reminders if r.due_on > seen_day]


def complete(keys: Sequence[tuple[ReminderKey, int]], *,
             operation: str | None = None) -> Changes:
    """Mark reminders done, as one undoable operation: a task is ticked; a deal's next step
    becomes a done task on the deal's timeline (so what was done stays recorded) and the
    deal's next step is cleared. Each key comes with the version the user saw."""
    operation = operation or new_uid()
    changes = Changes(operation=operation)
    with writing():
        for (entity, record_id), version in keys:
            if entity == "activity":
                changes.merge(records.update(
                    "activity", record_id, version, {"done": True, "done_at": utcnow()},
                    operation=operation, action="done"))
                continue
            deal = records.load("opportunity", record_id)
            step, due = deal.next_step, deal.next_step_due
            changes.merge(records.update("opportunity", record_id, version,
                                         {"next_step": "", "next_step_due": None},
                                         operation=operation))
            changes.merge(records.create("activity", {
                "kind": "task", "subject": step or deal.title, "due_on": due, "done": True,
                "done_at": utcnow(), "opportunity": record_id, "owner": deal.owner},
                operation=operation))
    return changes
