"""The core's messages in another language, for the command line (the window has Qt's
translator): read from the same `resources/translations/beacon_<language>.ts` the window
compiles, its "Messages" context only, with defusedxml (no entities, no DTD).

`--language zh_CN`, else BEACON_LANG (the one-run language the window obeys too), else
English. The window's View > Language choice lives in Qt's settings, which the core does
not read.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.messages import Message

CONTEXT = "Messages"
ENGLISH = "en"


def cli_language(chosen: str | None = None) -> str:
    """The language the command line reports in: the option, else BEACON_LANG, else en."""
    return _language(chosen or os.environ.get("BEACON_LANG") or ENGLISH)


def _language(name: str) -> str:
    """zh_CN for zh, zh_CN, zh-CN, zh_CN.UTF-8 (Simplified); en for anything else."""
    plain = name.split(".")[0].replace("-", "_")
    if plain.split("_")[0] == "zh" and plain not in ("zh_TW", "zh_HK", "zh_MO"):
        return "zh_CN"
    return ENGLISH


def _folders() -> list[Path]:
    """The source tree's resources/translations, then an installed Beacon's (the ui
    package's data; found without importing it)."""
    found = [Path(__file__).resolve().parents[1] / "resources" / "translations"]
    spec = importlib.util.find_spec("ui")
    for location in (spec.submodule_search_locations or []) if spec else []:
        found.append(Path(location) / "resources" / "translations")
    return found


@lru_cache(maxsize=16)
def _table(language: str, wanted: str = CONTEXT) -> dict[str, str]:
    """English text -> its translation (those translated), in one context of the file."""
    from defusedxml import ElementTree

    if language == ENGLISH:
        return {}
    path = next((p for folder in _folders()
                 if (p := folder / f"beacon_{language}.ts").is_file()), None)
    if path is None:
        return {}
    table: dict[str, str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name") != wanted:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (source and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "obsolete")):
                table[source] = translation.text
    return table


def translated(text: Any, language: str) -> Any:
    """A message made from a template, in `language` (its values too); anything else, and
    a template with no translation, as it is."""
    if not isinstance(text, Message) or language == ENGLISH:
        return text
    template = _table(language).get(text.template)
    values = {k: translated(v, language) for k, v in text.values.items()}
    if template is None:
        return text.template.format(**values)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming other values
        return str(text)


def translated_text(context: str, text: str, language: str) -> str:
    """A text the window translates in `context` (SeedNames: the seeded pipelines' names),
    in `language`; as it is when English or not translated."""
    if language == ENGLISH:
        return text
    return _table(_language(language), context).get(text, text)
