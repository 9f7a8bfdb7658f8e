"""Company names: what is left of a name once its legal form is removed, how it sounds in
pinyin, and the distinctive words a near spelling shares.

`Downs PLC` and `Downs Group` are equal only after removing PLC and Group: that is a
reason to ask, never to merge (they are often different companies of one family).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.chinese import fold_width, has_cjk, pinyin_full
from tracker.names import LEGAL_EN, LEGAL_ZH, name_key

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_CITY_ZH = re.compile(r"^[（(]?(上海|北京|天津|深圳|海口|南京|苏州|杭州|广州|成都|武汉)[）)]?"
                      r"|[（(](上海|北京|天津|深圳|海口|南京|苏州|杭州|广州|成都|武汉)[）)]")
_CITY_PINYIN = ("shanghai", "beijing", "tianjin", "shenzhen", "haikou", "nanjing", "suzhou",
                "hangzhou", "guangzhou", "chengdu", "wuhan")
# Words many companies share: no evidence that two names are the same.
_GENERIC_WORDS_TEXT = """
cell cells therapy therapies therapeutics therapeutic bio biotech biotechnology biologics
bioscience biosciences biopharma biopharmaceutical pharma pharmaceutical pharmaceuticals
medical medicine medicines health healthcare technology technologies tech science sciences
life international china chinese global research laboratories laboratory labs genomics
diagnostics capital partners ventures investment investments hospital university institute
center centre clinical services solutions industries industry products systems trading
development engineering innovation innovations shanghai beijing tianjin shenzhen haikou
nanjing suzhou hangzhou guangzhou chengdu wuhan
"""
GENERIC_WORDS = frozenset(_GENERIC_WORDS_TEXT.split())


def exact_name(name: str) -> str:
    """A name with case, width, spaces and punctuation folded away: two names with the
    same exact_name are written the same (Juventas Cell Therapy Co., Ltd. = JUVENTAS CELL
    THERAPY CO LTD)."""
    return _NON_WORD.sub("", fold_width(name).casefold())


def legal_key(name: str) -> str:
    """The name without its legal form (Ltd, PLC, Group, 有限公司…) or Chinese city prefix."""
    return name_key(name)


def legal_words(name: str) -> list[str]:
    """The words legal_key removes from a name, as written: its legal form and a Chinese
    city prefix (for the reason a person reads: "same name after removing Ltd, 上海")."""
    text = fold_width(name)
    found = [m.group(0).rstrip(".") for m in LEGAL_EN.finditer(text)]
    found += LEGAL_ZH.findall(text)
    found += [m.group(1) or m.group(2) for m in _CITY_ZH.finditer(text)]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def sound_keys(name: str) -> frozenset[str]:
    """How a name sounds, in pinyin letters: 上海细胞有限公司 and Shanghai Xibao both give
    `shanghaixibao` (and `xibao` without the city)."""
    text = fold_width(name)
    keys: set[str] = set()
    if has_cjk(text):
        stripped = LEGAL_ZH.sub("", text)
        keys.add(pinyin_full(stripped) + _latin_letters(stripped))
        keys.add(pinyin_full(legal_key(text)) + _latin_letters(legal_key(text)))
    else:
        letters = _latin_letters(LEGAL_EN.sub(" ", text))
        keys.add(letters)
        for city in _CITY_PINYIN:
            if letters.startswith(city) and len(letters) > len(city) + 2:
                keys.add(letters[len(city):])
    return frozenset(k for k in keys if len(k) > 2)


def _latin_letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isascii() and ch.isalnum())


def word_keys(name: str) -> set[str]:
    """Distinctive words of a name: a near spelling is looked for among the companies
    sharing one (Latin words of 4+ letters other than GENERIC_WORDS and their first four
    letters; the first two characters of a Chinese name without city and legal form)."""
    text = fold_width(name)
    if has_cjk(text):
        key = legal_key(text)
        chars = [ch for ch in key if has_cjk(ch)]
        return {"".join(chars[:2])} if len(chars) >= 2 else set()
    words = re.findall(r"[a-z0-9]+", LEGAL_EN.sub(" ", text.casefold()))
    distinctive = {w for w in words if len(w) >= 4 and w not in GENERIC_WORDS}
    return distinctive | {w[:4] for w in distinctive}  # a typo after the 4th letter
