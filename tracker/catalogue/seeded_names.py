"""The seeded pipelines' and stages' names in an export's language, and read back.

Beacon seeds two pipelines (seeds/pipelines.toml). While a pipeline or stage keeps the
name Beacon gave it, the window shows that name in its own language (ui.labels.seeded_name,
the "SeedNames" context of the translation: Lead is 线索); a name the user typed shows as
typed. An export in Chinese writes them as the Chinese window shows them, and an import
reads either spelling as the same pipeline or stage, so a Chinese export comes back with no
change and no question.
"""

from __future__ import annotations

from functools import lru_cache

from tracker.translations import translated_text

CONTEXT = "SeedNames"
LANGUAGES = ("zh_CN",)  # the languages Beacon's window speaks besides English


@lru_cache(maxsize=1)
def seeded_names() -> frozenset[str]:
    """Every pipeline and stage name Beacon seeds."""
    from tracker.seeding import load_seed

    names: set[str] = set()
    for pipeline in load_seed("pipelines")["pipeline"]:
        names.add(pipeline["name"])
        names.update(stage["name"] for stage in pipeline["stages"])
    return frozenset(names)


def seeded_word(name: str, language: str) -> str:
    """A pipeline's or stage's name as the window in `language` shows it."""
    if name not in seeded_names():
        return name
    return translated_text(CONTEXT, name, language)


def spellings(name: str) -> tuple[str, ...]:
    """The names an import reads as this pipeline or stage: its own, and for a seeded
    name its words in each language of the window."""
    if name not in seeded_names():
        return (name,)
    return tuple(dict.fromkeys((name, *(seeded_word(name, lang) for lang in LANGUAGES))))
