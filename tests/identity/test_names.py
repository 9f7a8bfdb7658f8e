"""People's names: split, romanized, keyed so spellings of one name meet."""

from __future__ import annotations

import pytest

from tracker.identity import complete_names, romanize, split_name
from tracker.identity.people import person_keys, syllables


@pytest.mark.parametrize(("typed", "expected"), [
    ("Zhang Wei 张伟", ("Zhang Wei", "张伟")),
    ("张伟 Zhang Wei", ("Zhang Wei", "张伟")),
    ("张伟（Zhang Wei）", ("Zhang Wei", "张伟")),
    ("王建国", ("", "王建国")),
    ("Anna Schmidt", ("Anna Schmidt", "")),
    ("  Ｌｉ  Ｍｉｎｇ ", ("Li Ming", "")),
    ("阿依古丽·买买提", ("", "阿依古丽·买买提")),
])
def test_a_name_field_splits_into_its_two_scripts(typed: str, expected: tuple[str, str]) -> None:
    assert split_name(typed) == expected


@pytest.mark.parametrize(("chinese", "pinyin"), [
    ("王建国", "Wang Jianguo"), ("李明", "Li Ming"), ("欧阳修", "Ouyang Xiu"),
    ("曾志伟", "Zeng Zhiwei"), ("单田芳", "Shan Tianfang"), ("张西安", "Zhang Xi'an"),
])
def test_chinese_names_are_romanized_surname_first(chinese: str, pinyin: str) -> None:
    assert romanize(chinese) == pinyin


def test_either_name_alone_completes_the_other() -> None:
    assert complete_names("王建国", "") == ("Wang Jianguo", "王建国")
    assert complete_names("", "王建国") == ("Wang Jianguo", "王建国")
    assert complete_names("Zhang Wei 张伟", "") == ("Zhang Wei", "张伟")
    assert complete_names("Jim Wang", "王建国") == ("Jim Wang", "王建国")
    assert complete_names("Anna Schmidt", "") == ("Anna Schmidt", "")


def test_spellings_of_one_name_share_a_key_and_a_surname_alone_does_not() -> None:
    li_ming = {"liming"}
    for spelling in ("李明", "Li Ming", "Ming Li", "LiMing", "Dr. Li Ming", "li-ming"):
        assert li_ming <= person_keys(spelling), spelling
    assert person_keys("Jian-Guo Wang") & person_keys("王建国")
    assert "zengzhiwei" in person_keys("曾志伟") or "weizengzhi" in person_keys("曾志伟")
    assert not person_keys("张伟") & person_keys("张敏")
    assert not person_keys("Zhang Wei") & person_keys("Zhang Min")
    assert not person_keys("李明") & person_keys("李明明")
    assert syllables("xian") == ("xian",) and syllables("schmidt") is None
