"""Taking what was typed about a person into the contact they turned out to be.

"It's them: update" (the conference quick log, a form's warning): fields typed where
the contact has nothing fill the blanks; emails and phones are added; where both hold
different values the person chooses, and nothing typed is lost — a different name
becomes another name of the contact, any other value not chosen is kept in the note
of the meeting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker.chinese import fold_width
from tracker.identity.people import split_name
from tracker.services import records

# Fields compared one by one: (field, whether a value not chosen becomes another name).
COMPARED = (("name", True), ("name_zh", True), ("title", False), ("organization", False),
            ("wechat_id", False), ("city", False))
LISTS = ("emails", "phones")
# What a comparison reads of the stored contact besides its row.
COMPARED_LISTS = (*LISTS, "other_names")


@dataclass(frozen=True)
class Conflict:
    field: str
    typed: Any
    stored: Any
    typed_text: str
    stored_text: str


@dataclass
class Absorption:
    """What "it's them: update" would do with these typed values."""

    contact_id: int
    fills: dict[str, Any] = field(default_factory=dict)  # blanks the typed values fill
    conflicts: list[Conflict] = field(default_factory=list)
    added: dict[str, list[str]] = field(default_factory=dict)  # emails, phones not yet held


def _same(first: Any, second: Any) -> bool:
    if isinstance(first, str) and isinstance(second, str):
        return " ".join(first.casefold().split()) == " ".join(second.casefold().split())
    return bool(first == second)


def typed_names(values: Mapping[str, Any]) -> dict[str, str]:
    """The names a person typed, split by script ("Zhang Wei 张伟"); the romanization
    Beacon makes for a Chinese name alone is not something they typed."""
    latin, chinese = split_name(str(values.get("name") or ""))
    typed_zh = " ".join(fold_width(str(values.get("name_zh") or "")).split())
    return {k: v for k, v in (("name", latin), ("name_zh", typed_zh or chinese)) if v}


def compare(contact_id: int, clean: Mapping[str, Any],
            organization_label: Mapping[int, str] | None = None,
            stored: Mapping[str, Any] | None = None) -> Absorption:
    """Compare validated contact values (records.validate's) with the stored contact
    (`stored`: its snapshot, when the caller has read it already)."""
    if stored is None:
        stored = records.snapshot("contact", records.load("contact", contact_id),
                                  COMPARED_LISTS)
    result = Absorption(contact_id)
    labels = organization_label or {}
    others = {" ".join(n.casefold().split()) for n in stored.get("other_names") or []}
    for name, is_name in COMPARED:
        typed = clean.get(name)
        if typed in (None, ""):
            continue
        held = stored.get(name)
        if held in (None, ""):
            result.fills[name] = typed
        elif not _same(typed, held):
            if is_name and " ".join(str(typed).casefold().split()) in others:
                continue  # already one of their other names
            result.conflicts.append(Conflict(
                name, typed, held,
                labels.get(typed, str(typed)) if name == "organization" else str(typed),
                labels.get(held, str(held)) if name == "organization" else str(held)))
    for name in LISTS:
        new = [x for x in clean.get(name) or [] if x not in (stored.get(name) or [])]
        if new:
            result.added[name] = new
    return result


def absorb_values(absorption: Absorption, choices: Mapping[str, str],
                  stored: Mapping[str, Any]) -> tuple[dict[str, Any], list[Conflict]]:
    """The update to write and the conflicts whose typed value was not taken.

    `choices` maps a conflicting field to "typed" or "stored" (default: "stored" for
    names, whose typed spelling becomes another name; "typed" otherwise)."""
    update: dict[str, Any] = dict(absorption.fills)
    other_names = list(stored.get("other_names") or [])
    kept_aside: list[Conflict] = []
    for conflict in absorption.conflicts:
        is_name = conflict.field in ("name", "name_zh")
        choice = choices.get(conflict.field, "stored" if is_name else "typed")
        if choice == "typed":
            update[conflict.field] = conflict.typed
            if is_name:
                other_names.append(conflict.stored)
        elif is_name:
            other_names.append(conflict.typed)
        else:
            kept_aside.append(conflict)
    if other_names != list(stored.get("other_names") or []):
        update["other_names"] = list(dict.fromkeys(other_names))
    for name, new in absorption.added.items():
        update[name] = [*(stored.get(name) or []), *new]
    return update, kept_aside
