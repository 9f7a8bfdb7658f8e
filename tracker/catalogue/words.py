"""Words that values and headers use for money, deal status and stages, and honorifics.

Compared folded (case, width and spaces aside). Stage names of other CRMs are grouped
by the step of a sale they stand for; a pipeline's own stages are given steps the same
way, so "Proposal/Price Quote" (Salesforce) and 报价 land in Beacon's "Proposal".
"""

from __future__ import annotations

import re
from decimal import Decimal

from tracker.chinese import fold_width

# Currency words in amounts, headers and currency columns -> ISO code. Longer words first:
# "US$" before "$", "人民币" before "元".
CURRENCY_WORDS: tuple[tuple[str, str], ...] = (
    ("US dollars", "USD"), ("US dollar", "USD"), ("dollars", "USD"), ("dollar", "USD"),
    ("US$", "USD"), ("USD", "USD"), ("美元", "USD"), ("美金", "USD"), ("$", "USD"),
    ("renminbi", "CNY"), ("chinese yuan", "CNY"), ("yuan", "CNY"), ("RMB", "CNY"),
    ("CNY", "CNY"), ("人民币", "CNY"), ("¥", "CNY"), ("元", "CNY"),
    ("euros", "EUR"), ("euro", "EUR"), ("EUR", "EUR"), ("€", "EUR"), ("欧元", "EUR"),
)
# Multipliers in amounts and headers. "m"/"k" only right after a number (see values).
MULTIPLIERS: tuple[tuple[str, Decimal], ...] = (
    ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4), ("千", Decimal(10) ** 3),
    ("billions", Decimal(10) ** 9), ("billion", Decimal(10) ** 9),
    ("millions", Decimal(10) ** 6), ("million", Decimal(10) ** 6),
    ("thousands", Decimal(10) ** 3), ("thousand", Decimal(10) ** 3),
    ("000s", Decimal(10) ** 3), ("'000", Decimal(10) ** 3), ("000", Decimal(10) ** 3),
    ("mn", Decimal(10) ** 6), ("mm", Decimal(10) ** 6), ("bn", Decimal(10) ** 9),
    ("m", Decimal(10) ** 6),
    ("k", Decimal(10) ** 3), ("b", Decimal(10) ** 9),
)
_LONGEST_FIRST = sorted(CURRENCY_WORDS, key=lambda pair: -len(pair[0]))  # 欧元 before 元
_CHINESE_FACTORS = {"十": Decimal(10), "百": Decimal(100), "千": Decimal(10) ** 3,
                    "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
_CHINESE_MULTIPLIER = re.compile("[十百千万亿]+")
_FILLER = re.compile(r"\b(in|of|units?|unit:|单位|单位:)\b|单位[:：]?|[\s:：,，/]+")


def _found(word: str, text: str, *, remove: bool = False) -> str:
    """`text` with `word` taken out once (remove), or "" when `word` is not in it (an
    English word only as a whole word: "m" is not found in "amount")."""
    folded = fold_width(word).casefold()
    if folded.replace(" ", "").isascii() and folded.replace(" ", "").isalpha():
        pattern = rf"(?<![a-z]){re.escape(folded)}(?![a-z])"
    else:
        pattern = re.escape(folded)
    if not re.search(pattern, text):
        return ""
    return re.sub(pattern, " ", text, count=1) if remove else text


def currency_of(text: str) -> str | None:
    """The ISO code a currency word or code names (人民币, US$, euro, CNY), else None."""
    folded = " ".join(fold_width(text).casefold().split())
    for word, code in CURRENCY_WORDS:
        if folded == fold_width(word).casefold():
            return code
    return None


def money_unit(text: str) -> tuple[Decimal, str | None] | None:
    """What a header's unit says about its amounts: (multiplier, currency or None).
    万元 -> (10000, CNY); 百万元 -> (10^6, CNY); RMB万元 -> (10000, CNY); USD -> (1, USD);
    in thousands -> (1000, None); k USD -> (1000, USD). None when the text is not only a
    money unit (天, %, Q1) or names two currencies."""
    rest = fold_width(text).casefold().strip()
    if not rest:
        return None
    currency: str | None = None
    multiplier = Decimal(1)
    found = False
    for word, code in _LONGEST_FIRST:  # RMB万元, 万元人民币: every currency word, one currency
        while _found(word, rest):
            if currency not in (None, code):
                return None
            currency, rest, found = code, _found(word, rest, remove=True), True
    chinese = _CHINESE_MULTIPLIER.search(rest)
    if chinese:  # 百万 = 100 x 10,000; 千万, 十万
        for character in chinese[0]:
            multiplier *= _CHINESE_FACTORS[character]
        rest, found = rest[:chinese.start()] + " " + rest[chinese.end():], True
    else:
        for word, factor in MULTIPLIERS:
            if _found(word, rest):
                multiplier, rest, found = factor, _found(word, rest, remove=True), True
                break
    rest = _FILLER.sub("", rest)
    return (multiplier, currency) if found and not rest else None


# Deal status words (a status column, or a stage column's closing stages).
STATUS_WORDS: dict[str, str] = {
    "open": "open", "active": "open", "in progress": "open", "ongoing": "open",
    "pending": "open", "进行中": "open", "跟进中": "open", "进行": "open", "未关闭": "open",
    "won": "won", "closed won": "won", "closedwon": "won", "closed-won": "won", "win": "won",
    "赢单": "won", "成交": "won", "已成交": "won", "签约成功": "won", "已签约": "won",
    "已完成": "won", "赢": "won",
    "lost": "lost", "closed lost": "lost", "closedlost": "lost", "closed-lost": "lost",
    "closed lost to competition": "lost", "lose": "lost", "dead": "lost",
    "输单": "lost", "丢单": "lost", "失败": "lost", "已失败": "lost", "输": "lost",
    "已输单": "lost", "已丢单": "lost",
}
# Yes / no cells (IsWon, IsClosed, Is a company).
YES_WORDS = frozenset({"1", "true", "yes", "y", "x", "t", "是", "对", "√", "✓"})
NO_WORDS = frozenset({"0", "false", "no", "n", "f", "否", "不", "×", ""})

# The steps of a sale, in order, and the stage names other CRMs and templates use for each.
STEPS = ("lead", "qualified", "meeting", "proposal", "negotiation", "contracting")
STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "lead": ("lead", "leads", "new", "new lead", "lead in", "prospect", "prospects",
             "prospecting", "identify", "identified", "appointment scheduled",
             "appointmentscheduled", "open lead", "线索", "新线索", "潜在客户", "潜在", "初步接触",
             "初步接洽", "意向", "意向客户", "新建", "待跟进", "发现"),
    "qualified": ("qualified", "qualification", "qualify", "qualified to buy",
                  "qualifiedtobuy", "needs analysis", "needs assessment", "contact made",
                  "follow up", "follow-up", "evaluation", "discovery", "需求确认", "需求分析",
                  "立项", "已立项", "商机确认", "验证", "已验证", "评估", "需求调研"),
    "meeting": ("first meeting", "meeting", "meeting scheduled", "demo", "demo scheduled",
                "presentation", "presentation scheduled", "presentationscheduled",
                "id decision makers", "id. decision makers", "identify decision makers",
                "拜访", "初次拜访", "产品演示", "演示", "方案演示", "见面"),
    "proposal": ("proposal", "proposal made", "proposal/price quote", "proposal price quote",
                 "price quote", "quote", "quotation", "quoted", "value proposition",
                 "perception analysis", "proposition", "decision maker bought in",
                 "decisionmakerboughtin", "报价", "方案", "方案报价", "方案/报价", "提交方案",
                 "投标", "方案制定", "招投标"),
    "negotiation": ("negotiation", "negotiations", "negotiation/review", "negotiation review",
                    "negotiations started", "in negotiation", "review", "terms", "谈判",
                    "商务谈判", "议价", "谈判审核", "合同谈判"),
    "contracting": ("contracting", "contract", "contract sent", "contractsent",
                    "contract issued", "agreement", "closing", "签约", "签约跟进", "合同",
                    "合同签订", "待签约", "签订合同", "合同审批"),
}
# Beacon's own stage names and their steps (a stage a user named otherwise has no step).
BEACON_STAGE_STEPS = {"lead": "lead", "qualified": "qualified", "first meeting": "meeting",
                      "proposal": "proposal", "negotiation": "negotiation",
                      "contracting": "contracting", "prospect": "lead",
                      "evaluation": "qualified", "terms": "negotiation",
                      "agreement": "contracting"}


def word_key(text: str) -> str:
    """How stage and status words are compared: width, case, spaces and dots aside."""
    return " ".join(fold_width(text).casefold().replace("_", " ").replace(".", " ").split())


_STEP_OF = {word_key(w): step for step, words in STAGE_WORDS.items() for w in words}
_STATUS_OF = {word_key(w): status for w, status in STATUS_WORDS.items()}
# Words a longer stage or status name is read by when it is no known name itself: another
# CRM's "验证客户", "方案报价中", "Proposal Sent", "Closed - Won", "输单关闭". Only words that
# say one thing wherever they stand (成交 does not: 待成交 is a step before it).
_STATUS_INSIDE = {"won": ("won", "赢单"), "lost": ("lost", "输单", "丢单", "丢失")}
_STEP_INSIDE: dict[str, tuple[str, ...]] = {
    **{step: tuple(w for w in words if len(w) >= 2) for step, words in STAGE_WORDS.items()},
    "lead": STAGE_WORDS["lead"] + ("contacted", "初步", "前期沟通"),
    "qualified": STAGE_WORDS["qualified"] + ("需求", "已确认"),
}
# Words that turn a name around (未赢单, not qualified): such a name is left to the user.
_NEGATIONS = re.compile(r"[未不没非无]|\b(not|no|non|never)\b")
# Words that say the sale is done (Contract Signed, 签约收款): which step, or whether won, is
# the user's to say.
_DONE = re.compile(r"\b(signed|paid|invoiced)\b|已签|收款|回款|付款")
_PUNCTUATION = re.compile(r"[^\w\u4e00-\u9fff]+")


def _loose(text: str) -> str:
    """A name's words without their punctuation: "Closed - Won", "Closed/Won" -> "closed won"."""
    return " ".join(_PUNCTUATION.sub(" ", word_key(text)).split())


def _inside(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The meaning whose word stands in `text` (Chinese anywhere, other words whole), the
    longest word deciding; None when none does, two meanings tie, or a word negates it."""
    key = _loose(text)
    if not key or _NEGATIONS.search(key):
        return None
    found: dict[str, int] = {}
    for meaning, words in table.items():
        for word in words:
            folded = _loose(word)
            cjk = not folded.isascii()
            if (folded in key) if cjk else (f" {folded} " in f" {key} "):
                found[meaning] = max(found.get(meaning, 0), len(folded) * (2 if cjk else 1))
    if not found:
        return None
    longest = max(found.values())
    best = [meaning for meaning, length in found.items() if length == longest]
    return best[0] if len(best) == 1 else None


def step_of(name: str) -> str | None:
    """The step of a sale a stage name stands for: a known name, else a known word in it."""
    known = _STEP_OF.get(word_key(name)) or _STEP_OF.get(_loose(name))
    if known is not None or _DONE.search(_loose(name)):
        return known
    return _inside(name, _STEP_INSIDE)


def status_of(text: str) -> str | None:
    """open / won / lost: a known status word, else a won or lost word inside a longer
    name ("Closed - Won", 已赢单, 输单关闭)."""
    return (_STATUS_OF.get(word_key(text)) or _STATUS_OF.get(_loose(text))
            or _inside(text, _STATUS_INSIDE))


# Honorifics: a "Title" column of these is a salutation, not a job title.
HONORIFICS = frozenset(word_key(w) for w in (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "dame",
    "lord", "lady", "rev", "mr.", "mrs.", "ms.", "dr.", "prof.", "herr", "frau", "m", "mme",
    "先生", "女士", "小姐", "博士", "教授", "老师", "总", "经理"))

# The group every contact of a Google account is in ("* My Contacts", "* myContacts", an
# Android card's CATEGORIES:My Contacts), folded: no tag, it says nothing about anyone.
EVERY_CONTACTS_GROUP = frozenset({"mycontacts"})
