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
# Words only a company's name holds (大通互惠集团, 亚讯制造, 华山医院), not a person's.
_COMPANY_WORDS_ZH = re.compile(r"公司|集团|有限|企业|科技|制造|实业|贸易|银行|医院|大学|学院|"
                               r"研究院|研究所|中心|工厂|商行|事务所|协会|药业|医药|生物|电子|"
                               r"网络|传媒|投资|控股|物流|咨询|工作室")


def looks_like_company(name: str) -> bool:
    """Whether a name is written as a company's is (a legal form, 集团, 科技)."""
    text = fold_width(name)
    return bool(LEGAL_EN.search(text) or _COMPANY_WORDS_ZH.search(text))
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
