"""People's names: a typed name split into its romanized and Chinese parts, a Chinese
name romanized as it is written in pinyin (surname first: 王建国 -> Wang Jianguo), and
the keys two spellings of one name share (李明, Li Ming and Ming Li all give `liming`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.chinese import fold_width, has_cjk

# A run of Chinese characters, with the middle dot of transcribed names (阿依古丽·买买提).
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]"
                      r"(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff·•・]*"
                      r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])?")
# Japanese kana: a name written with them is no Chinese name, though it has kanji.
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_LATIN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_EDGE = re.compile(r"^[\s,;/|()（）\[\]【】\-–—·]+|[\s,;/|()（）\[\]【】\-–—·]+$")
# Words that stand before a name and are not part of it.
HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "madam",
                        "mx", "md", "phd"})

# Two-character surnames: the first two characters are the surname, not surname + given.
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "西门", "南宫", "独孤", "澹台", "公冶",
    "万俟", "闻人", "赫连", "百里", "呼延", "东郭", "太史", "申屠", "司空", "濮阳", "淳于",
    "单于", "宗政", "拓跋", "第五", "左丘", "谷梁", "段干", "梁丘", "微生", "羊舌", "乐正",
})
# Surnames read differently from the same character elsewhere (曾经 ceng, 曾 the surname Zeng).
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "朴": "piao", "区": "ou", "查": "zha",
    "盖": "ge", "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "召": "shao", "种": "chong",
    "秘": "bi", "冼": "xian", "折": "she", "黑": "he", "员": "yun", "宓": "mi", "句": "gou",
    "能": "nai", "祭": "zhai", "重": "chong", "柏": "bai", "薄": "bo", "过": "guo", "任": "ren",
    "华": "hua", "葛": "ge", "牟": "mou", "隗": "wei", "尉迟": "yuchi", "万俟": "moqi",
    "长孙": "zhangsun", "沈": "shen", "贾": "jia", "石": "shi", "藏": "zang", "纪": "ji",
    "繁": "po", "阚": "kan", "眭": "sui", "瞿": "qu", "都": "du", "郇": "huan",
}


def split_name(text: str) -> tuple[str, str]:
    """(romanized or Western name, Chinese name) of what was typed in one name field.

    `Zhang Wei 张伟` and `张伟 Zhang Wei` give ("Zhang Wei", "张伟"); `王建国` gives ("", "王建国");
    `Anna Schmidt` gives ("Anna Schmidt", ""), and so does a Japanese name with kana
    (`名無しの権兵衛`). Full-width letters are folded.
    """
    folded = " ".join(fold_width(text).split())
    if not has_cjk(folded) or _KANA.search(folded):
        return folded, ""  # 名無しの権兵衛 is a Japanese name: kept whole, not cut or romanized
    chinese = " ".join(_CJK_RUN.findall(folded))
    rest = _CJK_RUN.sub(" ", folded)
    latin = _EDGE.sub("", " ".join(rest.split()))
    return latin, chinese


def romanize(chinese: str) -> str:
    """The pinyin a Chinese name is written with in Latin letters: 王建国 -> Wang Jianguo,
    欧阳修 -> Ouyang Xiu, 曾志伟 -> Zeng Zhiwei. Not a person's own spelling (a Hong Kong or
    Taiwan name may be spelt otherwise): a starting point the user sees before saving."""
    names = [_romanize_one(part) for part in chinese.split() if has_cjk(part)]
    return " ".join(n for n in names if n)


@lru_cache(maxsize=65536)
def _romanize_one(chinese: str) -> str:
    from pypinyin import lazy_pinyin  # loaded when first needed, not at start-up

    parts = [p for p in re.split(r"[·•・]", chinese) if p]
    if len(parts) > 1:  # a transcribed name (阿依古丽·买买提): each part as one word
        return "·".join(_word(lazy_pinyin(p, errors="ignore")) for p in parts)
    chars = "".join(ch for ch in chinese if has_cjk(ch))
    if not chars:
        return ""
    surname_length = 2 if chars[:2] in COMPOUND_SURNAMES and len(chars) > 2 else 1
    surname, given = chars[:surname_length], chars[surname_length:]
    reading = SURNAME_READINGS.get(surname)
    surname_syllables = [reading] if reading else lazy_pinyin(surname, errors="ignore")
    words = [_word(surname_syllables)]
    if given:
        words.append(_word(lazy_pinyin(given, errors="ignore")))
    return " ".join(w for w in words if w)


def _word(syllables: list[str]) -> str:
    """Syllables as one capitalized word, with the apostrophe pinyin puts before a syllable
    starting with a, o or e (建安 -> Jian'an)."""
    text = ""
    for syllable in syllables:
        if text and syllable[:1] in ("a", "o", "e"):
            text += "'"
        text += syllable
    return text[:1].upper() + text[1:]


def complete_names(name: str, name_zh: str) -> tuple[str, str]:
    """What a contact is saved with, from its two name fields as typed.

    A name field holding both scripts is split; a Chinese name alone gets its pinyin as
    the name; a Chinese name typed into the name field moves to the Chinese name."""
    latin, chinese = split_name(name)
    typed_zh = " ".join(fold_width(name_zh).split())
    if chinese and typed_zh and chinese != typed_zh:
        # Two different Chinese names: keep what was typed where it was typed.
        return " ".join(fold_width(name).split()), typed_zh
    chinese = typed_zh or chinese
    if not latin and chinese:
        latin = romanize(chinese)
    return latin, chinese


# --- keys --------------------------------------------------------------------------------

MAX_KEY_READINGS = 4  # heteronym combinations a Chinese name gives keys for
_PINYIN_SYLLABLES_TEXT = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can
cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai
chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den
deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang
fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken
keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian
liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men
meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian
niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen
peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan
que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se
sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie
ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao
xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi
zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
"""
PINYIN_SYLLABLES = frozenset(_PINYIN_SYLLABLES_TEXT.split())
_LONGEST_SYLLABLE = max(len(s) for s in PINYIN_SYLLABLES)


@lru_cache(maxsize=16384)
def syllables(word: str) -> tuple[str, ...] | None:
    """A Latin word cut into pinyin syllables (fewest possible: xian, not xi an), or None
    when it is not pinyin (schmidt)."""
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            before = best[start]
            piece = word[start:end]
            if before is not None and piece in PINYIN_SYLLABLES:
                candidate = (*before, piece)
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(word)]


def name_tokens(text: str) -> list[str]:
    """Lower-case Latin words of a name, honorifics and single initials left out."""
    words = [w.lower() for w in _LATIN_WORD.findall(fold_width(text)) if not has_cjk(w)]
    return [w for w in words if w not in HONORIFICS and len(w) > 1]


def _latin_parts(tokens: list[str]) -> list[str]:
    """A pinyin name's syllables (Jian-Guo Wang and Wang Jianguo alike), else its words."""
    cut = [syllables(t) for t in tokens]
    if tokens and all(c is not None for c in cut):
        return [s for c in cut if c is not None for s in c]
    return tokens


def _chinese_parts(chinese: str) -> list[list[str]]:
    """Syllables of a Chinese name, one list per reading (the surname's own first)."""
    chars = "".join(ch for ch in chinese if has_cjk(ch))
    if not chars:
        return []
    from pypinyin import Style, pinyin

    named = [s.lower() for word in romanize(chars).replace("'", " ").split()
             for s in (syllables(word.lower()) or (word.lower(),))]
    readings = pinyin(chars, style=Style.NORMAL, heteronym=True, errors="ignore")
    combos: list[list[str]] = [[]]
    for options in readings:
        combos = [c + [o] for c in combos for o in options[:2]][:MAX_KEY_READINGS]
    return [named, *combos]


def person_keys(name: str) -> set[str]:
    """Keys one written name is found by: its syllables (or words) sorted and joined, so
    the order of words and how they are cut do not matter (Ming Li, Li Ming, LiMing and
    李明 all give `liming`); a Chinese name gives one key per reading (曾 zeng and ceng)."""
    keys: set[str] = set()
    latin, chinese = split_name(name)
    tokens = name_tokens(latin)
    if tokens:
        keys.add("".join(sorted(_latin_parts(tokens))))
    for part in chinese.split():
        keys.update(_chinese_keys(part))
    keys.discard("")
    return keys


@lru_cache(maxsize=16384)
def _chinese_keys(chinese: str) -> frozenset[str]:
    return frozenset("".join(sorted(parts)) for parts in _chinese_parts(chinese) if parts)


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """A name's words as compared for similarity, in alphabetical order: its Latin words,
    or a Chinese name's romanized surname and given name."""
    latin, chinese = split_name(name)
    tokens = name_tokens(latin)
    if not tokens and chinese:
        tokens = romanize(chinese.split()[0]).lower().replace("'", "").split()
    return tuple(sorted(tokens))


def name_similarity(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    """How alike two names' words are, 0-1, word by word (Jon / John Smith 0.95).

    Two pinyin names are never "near": a syllable that differs is another character, so
    Zhang Li and Zhang Lei are two people (they meet only through an equal key)."""
    if not first or len(first) != len(second) or first == second:
        return 1.0 if first and first == second else 0.0
    if all(syllables(w) for w in (*first, *second)):
        return 0.0
    from rapidfuzz import fuzz

    remaining = list(second)
    total = weight = 0.0
    for word in sorted(first, key=len, reverse=True):
        best = max(remaining, key=lambda other: fuzz.ratio(word, other))
        ratio = fuzz.ratio(word, best) / 100
        if ratio < 0.75:
            return 0.0
        remaining.remove(best)
        total += ratio * len(word)
        weight += len(word)
    return total / weight
