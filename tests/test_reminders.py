"""Reminders: what is due, what was announced, snoozes, the catch-up after a closed window,
done from a reminder, and `beacon agenda`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import reminders
from tracker.errors import StaleRecord
from tracker.models import Activity, Opportunity
from tracker.services import records
from tracker.services.activities import add_activity
from tracker.services.context import today, utcnow

ROOT = Path(__file__).resolve().parents[1]


def _deal(title: str = "Juventas CDMO partnership", **values: object) -> int:
    return records.create("opportunity", {"title": title, **values}).first_created


def _task(subject: str, due: dt.date, **links: object) -> int:
    return add_activity("task", subject=subject, due_on=due, **links).first_created


def test_agenda_lists_open_due_tasks_and_next_steps_longest_overdue_first(db: Path) -> None:
    day = today()
    deal = _deal(next_step="Send the CDA", next_step_due=day - dt.timedelta(days=3))
    late = _task("Call Dr Wang", day - dt.timedelta(days=1), opportunity=deal)
    _task("Book Bio-Europe", day)
    later = _task("Prepare the March visit", day + dt.timedelta(days=5))
    done = _task("Old task", day - dt.timedelta(days=9))
    records.update("activity", done, None, {"done": True})
    _task("No date", day)  # then its date is cleared
    records.update("activity", Activity.get(Activity.subject == "No date").id, None,
                   {"due_on": None})
    won = _deal("Won deal", next_step="Invoice", next_step_due=day - dt.timedelta(days=2))
    records.update("opportunity", won, None, {"status": "won"})

    found = reminders.agenda()
    assert [(r.subject, r.days_late) for r in found] == [
        ("Send the CDA", 3), ("Call Dr Wang", 1), ("Book Bio-Europe", 0)]
    assert found[1].related == "Juventas CDMO partnership" and found[1].opportunity_id == deal
    assert found[0].kind == "next_step" and found[0].overdue
    ahead = reminders.agenda(days_ahead=7)
    assert ahead[-1].record_id == later and ahead[-1].days_late == -5
    assert late in {r.record_id for r in found}


def test_a_reminder_is_announced_once_per_due_date_and_again_after_a_snooze(db: Path) -> None:
    day = today()
    task = _task("Call Dr Wang", day)
    now = utcnow()
    pending = reminders.to_notify(now)
    assert [r.record_id for r in pending] == [task]
    reminders.mark_notified(pending)
    assert reminders.to_notify(now) == []

    reminders.snooze([("activity", task)], now + dt.timedelta(hours=1))
    assert reminders.to_notify(now + dt.timedelta(minutes=59)) == []
    again = reminders.to_notify(now + dt.timedelta(minutes=61))
    assert [r.record_id for r in again] == [task]
    reminders.mark_notified(again)
    assert reminders.to_notify(now + dt.timedelta(hours=2)) == []

    # Moved to another day and due again: announced again.
    records.update("activity", task, None, {"due_on": day - dt.timedelta(days=1)})
    assert [r.record_id for r in reminders.to_notify(now)] == [task]
    # Another user was told nothing yet.
    assert [r.record_id for r in reminders.to_notify(now, user="colleague")] == [task]


def test_what_fell_due_while_closed_is_what_came_due_after_the_clock(db: Path) -> None:
    day = today()
    assert reminders.last_seen() is None
    closed_at = utcnow() - dt.timedelta(days=4)
    reminders.mark_seen(closed_at)
    assert reminders.last_seen() == closed_at
    _task("Due before closing", reminders.local_day(closed_at) - dt.timedelta(days=1))
    while_closed = {_task("Fell due 1", day - dt.timedelta(days=2)),
                    _task("Fell due 2", day - dt.timedelta(days=1)),
                    _task("Fell due 3", day)}
    fell = reminders.fell_due_since(reminders.to_notify(), reminders.last_seen())
    assert {r.record_id for r in fell} == while_closed
    assert reminders.fell_due_since(reminders.to_notify(), None) == []


def test_done_from_a_reminder_is_one_undoable_operation(db: Path) -> None:
    day = today()
    deal = _deal(next_step="Send the CDA", next_step_due=day - dt.timedelta(days=1))
    task = _task("Call Dr Wang", day, opportunity=deal)
    found = {r.key: r for r in reminders.agenda()}
    changes = reminders.complete([(key, r.version) for key, r in found.items()])
    assert reminders.agenda() == []
    assert Activity.get_by_id(task).done
    stored = Opportunity.get_by_id(deal)
    assert stored.next_step == "" and stored.next_step_due is None
    recorded = Activity.get((Activity.subject == "Send the CDA") & (Activity.opportunity == deal))
    assert recorded.done and recorded.due_on == day - dt.timedelta(days=1)

    records.undo_operation(changes.operation)
    assert {r.subject for r in reminders.agenda()} == {"Send the CDA", "Call Dr Wang"}


def test_done_from_a_stale_reminder_is_refused_and_changes_nothing(db: Path) -> None:
    deal = _deal(next_step="Send the CDA", next_step_due=today())
    seen = reminders.agenda()[0]
    records.update("opportunity", deal, None, {"next_step": "Send the CDA and the NDA"})
    with pytest.raises(StaleRecord):
        reminders.complete([(seen.key, seen.version)])
    assert Opportunity.get_by_id(deal).next_step == "Send the CDA and the NDA"
    assert Activity.select().count() == 0


def _beacon(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60,
                          env={"BEACON_DATA_DIR": str(data_dir), "BEACON_USER": "tester",
                               "PATH": "/usr/bin:/bin"})


def test_cli_agenda_prints_what_is_due_and_json_for_scripts(db: Path, tmp_path: Path) -> None:
    day = today()
    _deal(next_step="Send the CDA", next_step_due=day - dt.timedelta(days=2), owner="Jake Li")
    _task("Call Dr Wang", day)
    _task("Prepare the visit", day + dt.timedelta(days=3))
    text = _beacon("--db", str(db), "agenda", data_dir=tmp_path)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.strip().splitlines()
    assert lines[0].split("\t")[:4] == [(day - dt.timedelta(days=2)).isoformat(), "2 d late",
                                        "next step", "Send the CDA"]
    assert lines[1].split("\t")[1:4] == ["today", "task", "Call Dr Wang"]
    assert len(lines) == 2 and text.stderr.strip() == "1 overdue, 1 due today"
    data = json.loads(_beacon("--db", str(db), "agenda", "--json", "--days", "7",
                              data_dir=tmp_path).stdout)
    assert [(r["subject"], r["days_late"], r["overdue"]) for r in data] == [
        ("Send the CDA", 2, True), ("Call Dr Wang", 0, False), ("Prepare the visit", -3, False)]
    mine = json.loads(_beacon("--db", str(db), "agenda", "--json", "--owner", "Jake Li",
                              data_dir=tmp_path).stdout)
    assert [r["subject"] for r in mine] == ["Send the CDA", "Call Dr Wang"]  # nobody's task too
