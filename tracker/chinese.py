"""Pinyin keys for Chinese names, so 李明 is found by `liming`, `li ming` and `lm`.

pypinyin's dictionaries take a few tenths of a second to load; they are imported on
the first name that needs them (a save, an import), never to open the window.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
MAX_READINGS = 8  # heteronym combinations kept per name; names are short, but bound the work
# Names and titles also answer to a syllable or word inside them (xibao, xb in 上海细胞治疗);
# longer text is found by its characters and its leading readings only.
MAX_INSIDE_CHARS = 24
INSIDE_SYLLABLES = 6


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def cjk_chars(text: str) -> list[str]:
    return _CJK.findall(text)


def fold_width(text: str) -> str:
    """Full-width letters, digits and punctuation to their ASCII forms (ＡＢＣ１２ → ABC12)."""
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=4096)
def pinyin_full(text: str) -> str:
    """The most common reading, syllables joined: 李明 → liming."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(cjk_only(text), style=Style.NORMAL, errors="ignore"))


@lru_cache(maxsize=4096)
def pinyin_initials(text: str) -> str:
    """First letters of the most common reading: 李明 → lm."""
    from pypinyin import Style, lazy_pinyin

    return "".join(
        syllable[:1]
        for syllable in lazy_pinyin(cjk_only(text), style=Style.NORMAL, errors="ignore")
    )


def cjk_only(text: str) -> str:
    return "".join(cjk_chars(text))


def pinyin_keys(text: str) -> tuple[str, ...]:
    """Every search key a name answers to: syllables, full readings and initials, heteronyms too.

    曾 reads zeng or ceng; both full forms and both initials are keys, bounded by MAX_READINGS.
    """
    return _pinyin_keys(cjk_only(text))


def load_readings() -> None:
    """Load pypinyin's tables now (0.15 s, the first time Chinese text is indexed): an
    import does it while python-calamine reads its sheet."""
    pinyin_keys("中文")


@lru_cache(maxsize=16384)
def _pinyin_keys(chars: str) -> tuple[str, ...]:
    """Cached on the Chinese characters alone: `项目 12` and `项目 13` share one entry."""
    if not chars:
        return ()
    from pypinyin import Style, pinyin

    readings = pinyin(chars, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = [r[:3] for r in readings if r]
    keys: list[str] = []
    for combo in itertools.islice(itertools.product(*readings), MAX_READINGS):
        keys.append("".join(combo))
        keys.append("".join(s[:1] for s in combo))
    for options in readings:
        keys.extend(options)
    keys.extend(syllables_inside(chars))
    return tuple(dict.fromkeys(k for k in keys if k))


def syllables_inside(chars: str) -> list[str]:
    """Readings starting at each later character of a name, as words: 上海细胞治疗 gives
    haixibao…, xibaozhiliao, baozhiliao, zhiliao and their initials (hxbzl, xbzl, ...), so
    a search for `xibao` or `xb` (a prefix of one of them) finds it. Up to INSIDE_SYLLABLES
    syllables each, for names of up to MAX_INSIDE_CHARS characters."""
    if not 3 <= len(chars) <= MAX_INSIDE_CHARS:
        return []
    from pypinyin import lazy_pinyin

    syllables = [s for s in lazy_pinyin(chars, errors="ignore") if s]
    keys: list[str] = []
    for start in range(1, len(syllables) - 1):
        window = syllables[start:start + INSIDE_SYLLABLES]
        keys.append("".join(window))
        keys.append("".join(s[:1] for s in window))
    return keys
