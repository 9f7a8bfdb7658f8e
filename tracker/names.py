"""Organization names reduced to a key for duplicate matching.

`Shanghai Cell Therapeutics Co., Ltd.`, `上海细胞治疗有限公司` and `(上海)细胞治疗股份`
differ only in legal form and city prefix; their key drops those parts.
"""

from __future__ import annotations

import re

from tracker.chinese import fold_width

LEGAL_EN = re.compile(
    r"\b(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|"
    r"nv|bv|pte|pty|kk|srl|spa|sas|se|group|holdings?)\b\.?", re.IGNORECASE)
LEGAL_ZH = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团|股份|公司)")
_CITY_PREFIX_ZH = re.compile(r"^[（(]?(上海|北京|天津|深圳|海口|南京|苏州|杭州|广州|成都|武汉)[）)]?")
_PAREN_CITY = re.compile(r"[（(](上海|北京|天津|深圳|海口|南京|苏州|杭州|广州|成都|武汉)[）)]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def name_key(name: str) -> str:
    text = fold_width(name).lower().strip()
    text = _PAREN_CITY.sub("", text)
    text = LEGAL_ZH.sub("", text)
    text = _CITY_PREFIX_ZH.sub("", text)
    text = LEGAL_EN.sub(" ", text)
    return _NON_WORD.sub("", text)
