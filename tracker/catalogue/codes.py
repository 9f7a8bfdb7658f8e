"""Beacon's codes (kinds, statuses, approaches, bases) as words, in English and Chinese.

An export writes the words of the window's language (a manager reads "Drug developer" or
药物研发企业, not drug_developer), and whatever comes back (an import, a form, the CLI)
may give the code, the English word or the Chinese one: each is read as the code. The
words are the ones the window shows (ui/labels.py and its translation).
"""

from __future__ import annotations

from tracker.chinese import fold_width

# code -> (English, Chinese, other words read back as the same code)
WORDS: dict[str, tuple[str, ...]] = {
    # organization kinds
    "drug_developer": ("Drug developer", "药物研发企业", "biotech", "药企"),
    "cdmo": ("CDMO", "CDMO"),
    "cro": ("CRO", "CRO"),
    "pharma": ("Pharma", "制药企业", "pharmaceutical"),
    "cell_line_developer": ("Cell-line developer", "细胞系开发商"),
    "supplier": ("Instruments & consumables", "仪器与耗材", "supplier"),
    "distributor": ("Distributor", "经销商"),
    "investor": ("Investor", "投资机构"),
    "government": ("Government", "政府部门"),
    "regulator": ("Regulator", "监管机构"),
    "consultancy": ("Consultancy", "咨询公司"),
    "hospital": ("Hospital", "医院"),
    "university": ("University", "高校"),
    "other": ("Other", "其他"),
    # activity kinds
    "note": ("Note", "笔记"),
    "call": ("Call", "电话"),
    "meeting": ("Meeting", "会面"),
    "email": ("Email", "邮件", "邮箱"),
    "wechat": ("WeChat", "微信"),
    "task": ("Task", "任务"),
    # deal statuses
    "open": ("Open", "进行中"),
    "won": ("Won", "赢单"),
    "lost": ("Lost", "输单"),
    # approaches
    "cdmo_cro_partnership": ("CDMO/CRO partnership", "CDMO/CRO 合作"),
    "investigator_initiated_trial": ("Investigator-initiated trial",
                                     "研究者发起的临床研究（IIT）", "IIT"),
    "licensing": ("Licensing", "授权许可"),
    "distribution": ("Distribution", "代理分销"),
    # on what basis a contact is kept
    "consent": ("Consent", "本人同意"),
    "business_card": ("Business card", "名片"),
    "public": ("Public source", "公开来源"),
    # incentive kinds
    "funding": ("Funding", "资金支持"),
    "clinical_resources": ("Clinical resources", "临床资源"),
    "accelerator_support": ("Accelerator support", "孵化加速支持"),
    "regulatory_fast_track": ("Regulatory fast track", "审评审批快速通道"),
}
# The fields whose values are codes, per record type.
CODE_FIELDS: dict[str, frozenset[str]] = {
    "organization": frozenset({"kind"}),
    "contact": frozenset({"basis"}),
    "opportunity": frozenset({"status", "approach"}),
    "incentive": frozenset({"kinds"}),
    "activity": frozenset({"kind"}),
}


def _key(text: str) -> str:
    return " ".join(fold_width(text).casefold().replace("_", " ").split())


_CODE_OF: dict[str, str] = {}
for _code, _words in WORDS.items():
    for _word in (_code, *_words):
        _CODE_OF.setdefault(_key(_word), _code)


def word_for(code: str, language: str = "en") -> str:
    """A code's word in a language ("en", "zh_CN"); several codes (incentive kinds) each."""
    if "," in code:
        return ", ".join(word_for(part.strip(), language) for part in code.split(",")
                         if part.strip())
    words = WORDS.get(code)
    if words is None:
        return code
    return words[1] if language.startswith("zh") else words[0]


def code_of(text: str, allowed: tuple[str, ...]) -> str | None:
    """The code a word, a code or a code written with spaces names, if it is allowed."""
    code = _CODE_OF.get(_key(text))
    return code if code in allowed else None


def words_of(codes: tuple[str, ...], language: str = "en") -> list[str]:
    return [word_for(code, language) for code in codes]
