"""Full-text search with SQLite FTS5, Chinese and pinyin included.

FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token, so
`细胞` would not find `细胞治疗`. Beacon spaces Chinese characters apart when it
indexes and when it queries, and turns a Chinese query into a phrase: a phrase
of single characters matches exactly where the characters stand together, i.e.
a substring. Pinyin keys (full readings, syllables, initials) are indexed as
extra words; Latin terms are searched by prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from tracker.chinese import cjk_chars, fold_width, has_cjk, pinyin_keys
from tracker.db import database

FTS_TABLES = {
    "organization": "organization_fts",
    "contact": "contact_fts",
    "opportunity": "opportunity_fts",
    "conference": "conference_fts",
    "incentive": "incentive_fts",
    "activity": "activity_fts",
}

_TERM = re.compile(r"[^\s\"'`,;:()\[\]{}*^+|/\\]+")


# The characters spaced apart (the same as fts_query splits a Chinese term on).
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@cache
def _cjk_spacing() -> dict[int, str]:
    """Each character of _CJK_RANGES -> itself between spaces, for str.translate (about
    four times faster than the regular expression's substitution)."""
    return {code: f" {chr(code)} " for low, high in _CJK_RANGES for code in range(low, high + 1)}


@lru_cache(maxsize=65536)
def _index_words(part: str) -> str:
    """One part's words: text with Chinese spaced out, then its pinyin keys. Remembered,
    as imports index the same owner, organization and modality over and over."""
    text = fold_width(part)
    if not has_cjk(text):  # nothing to space out either
        return text
    return " ".join((text.translate(_cjk_spacing()), *pinyin_keys(text)))


def index_text(parts: Iterable[str | None]) -> str:
    """The document FTS5 stores for a record: its text, Chinese spaced out, pinyin keys added."""
    return " ".join([_index_words(p) for p in parts if p])


def fts_query(text: str) -> str | None:
    """Turn what a user typed into an FTS5 MATCH expression; None if nothing searchable."""
    text = fold_width(text).strip()
    clauses: list[str] = []
    for term in _TERM.findall(text):
        if has_cjk(term):
            # Chinese characters as a phrase (substring); any Latin part by prefix.
            for piece in re.split(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)", term):
                if not piece:
                    continue
                if has_cjk(piece):
                    clauses.append('"' + " ".join(cjk_chars(piece)) + '"')
                else:
                    clauses.extend(_prefix_clauses(piece))
        else:
            clauses.extend(_prefix_clauses(term))
    return " AND ".join(clauses) if clauses else None


def _prefix_clauses(term: str) -> list[str]:
    words = [w for w in re.split(r"[^0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\uac00-\ud7af]+",
                                  term) if w]
    return ['"' + w.replace('"', '""') + '"*' for w in words]


def reindex(entity: str, record_id: int, parts: Iterable[str | None]) -> None:
    table = FTS_TABLES[entity]
    database.execute_sql(f"DELETE FROM {table} WHERE rowid = ?", (record_id,))
    database.execute_sql(
        f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", (record_id, index_text(parts))
    )


def unindex(entity: str, record_id: int) -> None:
    database.execute_sql(f"DELETE FROM {FTS_TABLES[entity]} WHERE rowid = ?", (record_id,))


def unindex_many(entity: str, record_ids: list[int]) -> None:
    """Remove up to 900 records from the search index in one statement (undoing an import)."""
    if record_ids:
        marks = ", ".join("?" for _ in record_ids)
        database.execute_sql(f"DELETE FROM {FTS_TABLES[entity]} WHERE rowid IN ({marks})",
                             record_ids)


def match_subquery(entity: str, text: str) -> tuple[str, str] | None:
    """SQL `rowid IN (...)` subquery and its parameter, for composing with list filters."""
    query = fts_query(text)
    if query is None:
        return None
    return f"SELECT rowid FROM {FTS_TABLES[entity]} WHERE {FTS_TABLES[entity]} MATCH ?", query
