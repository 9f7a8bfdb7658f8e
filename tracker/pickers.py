"""What a picker (the organization, contact, conference or deal field of a form) offers
for what was typed: found as the lists find records — Chinese characters anywhere, full
pinyin, initials, a syllable or word inside a name (`xibao`, `shxb`, `lm`), English
word prefixes — best known names first."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.details import reference_label
from tracker.queries import ListQuery

PICKABLE = ("organization", "contact", "conference", "opportunity", "incentive")


@dataclass(frozen=True)
class Choice:
    record_id: int
    label: str  # what the list of choices shows (English and Chinese name)
    value: str  # what goes into the field when it is picked (its name)


def choices(entity: str, text: str, limit: int = 15) -> list[Choice]:
    """The live records matching `text`, in the list's order (by name); none for blank."""
    if entity not in PICKABLE or not text.strip():
        return []
    ids = ListQuery(entity, search=text).ids(limit)
    labels = reference_label(entity, ids)
    return [Choice(i, *labels[i]) for i in ids if i in labels]
