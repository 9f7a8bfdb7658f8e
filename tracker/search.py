"""Search text and search terms, the same on every engine (the Store matches them).

A record is found by one document: its text with Chinese characters spaced apart and
pinyin keys (full readings, syllables, initials) added as words. What a user types
becomes terms: Chinese characters as a phrase (the characters side by side, i.e. a
substring: `细胞` finds `上海细胞治疗`), Latin words by prefix. SQLite matches them
with FTS5, PostgreSQL with a tsvector (tracker/storage), with the same results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import peewee as pw

from tracker.chinese import cjk_chars, fold_width, has_cjk, pinyin_keys
from tracker.storage import active
from tracker.storage.dialect import Term

_TERM = re.compile(r"[^\s\"'`,;:()\[\]{}*^+|/\\]+")


# The characters spaced apart (the same as query_terms splits a Chinese term on).
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
    """The document a record is found by: its text, Chinese spaced out, pinyin keys added."""
    return " ".join([_index_words(p) for p in parts if p])


def query_terms(text: str) -> list[Term]:
    """What a user typed as search terms: ("phrase", characters) or ("prefix", word)."""
    text = fold_width(text).strip()
    terms: list[Term] = []
    for term in _TERM.findall(text):
        if has_cjk(term):
            # Chinese characters as a phrase (substring); any Latin part by prefix.
            for piece in re.split(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)", term):
                if not piece:
                    continue
                if has_cjk(piece):
                    terms.append(("phrase", cjk_chars(piece)))
                else:
                    terms.extend(("prefix", w) for w in _words(piece))
        else:
            terms.extend(("prefix", w) for w in _words(term))
    return terms


def _words(term: str) -> list[str]:
    return [w for w in re.split(r"[^0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\uac00-\ud7af]+",
                                term) if w]


def reindex(entity: str, record_id: int, parts: Iterable[str | None]) -> None:
    active().dialect.reindex(entity, record_id, index_text(parts))


def index_many(entity: str, documents: list[tuple[int, str]]) -> None:
    """Add many records' documents (text from index_text) at once (bulk creation)."""
    active().dialect.index_many(entity, documents)


def unindex(entity: str, record_id: int) -> None:
    active().dialect.unindex_many(entity, [record_id])


def unindex_many(entity: str, record_ids: list[int]) -> None:
    """Remove many records from the search index (undoing an import)."""
    active().dialect.unindex_many(entity, record_ids)


def indexed_text(entity: str, record_id: int) -> str | None:
    return active().dialect.indexed_text(entity, record_id)


def count_matches(entity: str, text: str, limit: int | None = None) -> int:
    """Live records matching (at most `limit` counted); 0 when nothing is searchable."""
    terms = query_terms(text)
    return active().dialect.count_matches(entity, terms, limit) if terms else 0


def matching_ids(entity: str, text: str) -> pw.Node | None:
    """A subquery of the ids of live records matching what was typed (for `id IN`), or
    None when nothing in it is searchable."""
    terms = query_terms(text)
    return active().matching_ids(entity, terms) if terms else None
