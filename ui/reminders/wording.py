"""How a reminder reads: when it is due, what it is about, and the snooze choices."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from tracker.reminders import Reminder

from ui.labels import code_word, column_title
from ui.messages import plural


def due_text(reminder: Reminder) -> str:
    """`Due today`, `3 days late`, `Due in 2 days`."""
    translate = QCoreApplication.translate
    late = reminder.days_late
    if late == 0:
        return translate("Reminders", "Due today")
    if late > 0:
        return plural(translate("Reminders", "%n day(s) late", "", late))
    ahead = -late
    return plural(translate("Reminders", "Due in %n day(s)", "", ahead))


def kind_text(reminder: Reminder) -> str:
    return column_title("next_step") if reminder.kind == "next_step" else code_word(
        reminder.kind)


def about_text(reminder: Reminder) -> str:
    """`Task · Juventas CDMO partnership`."""
    return " · ".join(part for part in (kind_text(reminder), reminder.related) if part)


def snoozed_text(reminder: Reminder, now: dt.datetime) -> str:
    if not reminder.snoozed(now) or reminder.snoozed_until is None:
        return ""
    local = reminder.snoozed_until.replace(tzinfo=dt.UTC).astimezone()
    return QCoreApplication.translate("Reminders", "Snoozed until %1").replace(
        "%1", local.strftime("%Y-%m-%d %H:%M"))


def counted(reminders: list[Reminder]) -> str:
    """`2 tasks and 1 next step`, `3 tasks`, `1 next step`."""
    translate = QCoreApplication.translate
    steps = sum(1 for r in reminders if r.kind == "next_step")
    tasks = len(reminders) - steps
    task_text = plural(translate("Reminders", "%n task(s)", "", tasks))
    step_text = plural(translate("Reminders", "%n next step(s)", "", steps))
    if tasks and steps:
        return translate("Reminders", "%1 and %2").replace("%1", task_text).replace(
            "%2", step_text)
    return task_text if tasks else step_text


def catch_up_text(fell_due: list[Reminder], pending: list[Reminder]) -> str:
    """The start-up headline: what fell due while Beacon was closed, else what is due."""
    translate = QCoreApplication.translate
    if fell_due:
        headline = translate("Reminders", "%1 became due while Beacon was closed").replace(
            "%1", counted(fell_due))
        others = len(pending) - len(fell_due)
        if others:
            headline += plural(translate("Reminders", "; %n more due", "", others))
        return headline
    return translate("Reminders", "%1 due").replace("%1", counted(pending)) if pending else ""


def _local_to_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def snooze_choices(now_local: dt.datetime | None = None) -> list[tuple[str, dt.datetime]]:
    """(label, UTC time) for the snooze menu: one hour, three hours, tomorrow morning,
    next Monday morning."""
    translate = QCoreApplication.translate
    now_local = now_local or dt.datetime.now().astimezone()
    tomorrow = (now_local + dt.timedelta(days=1)).replace(hour=9, minute=0, second=0,
                                                          microsecond=0)
    monday = (now_local + dt.timedelta(days=7 - now_local.weekday())).replace(
        hour=9, minute=0, second=0, microsecond=0)
    return [(translate("Reminders", "For 1 hour"),
             _local_to_utc(now_local + dt.timedelta(hours=1))),
            (translate("Reminders", "For 3 hours"),
             _local_to_utc(now_local + dt.timedelta(hours=3))),
            (translate("Reminders", "Until tomorrow 9:00"), _local_to_utc(tomorrow)),
            (translate("Reminders", "Until Monday 9:00"), _local_to_utc(monday))]
