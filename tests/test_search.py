"""Search as BD staff type: Chinese substrings, full pinyin, initials, English prefixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.queries import ListQuery
from tracker.search import query_terms
from tracker.services import records


@pytest.fixture
def people(db: Path) -> dict[str, int]:
    org = records.create("organization", {"name": "上海细胞治疗有限公司",
                                          "city": "Shanghai"}).first_created
    ids = {}
    for name, extra in (("李明", {}), ("张伟", {"title": "Head of BD"}),
                        ("Jake Li", {"emails": "jake.li@intralinkgroup.com"}),
                        ("曾小华", {})):
        ids[name] = records.create("contact", {"name": name, "organization": org,
                                               **extra}).first_created
    ids["org"] = org
    return ids


@pytest.mark.parametrize(("typed", "expected"), [
    ("李明", ["李明"]), ("李", ["李明"]), ("明", ["李明"]),
    ("liming", ["李明"]), ("limi", ["李明"]), ("li ming", ["李明"]), ("lm", ["李明"]),
    ("zw", ["张伟"]), ("zhangwei", ["张伟"]), ("head", ["张伟"]),
    ("jake", ["Jake Li"]), ("intralink", ["Jake Li"]),
    ("zengxiaohua", ["曾小华"]), ("cengxiaohua", ["曾小华"]), ("zxh", ["曾小华"]),
    ("ＪＡＫＥ", ["Jake Li"]),
])
def test_contact_search(people: dict[str, int], typed: str, expected: list[str]) -> None:
    found = ListQuery("contact", search=typed).ids()
    assert sorted(found) == sorted(people[n] for n in expected)


def test_chinese_substring_inside_longer_name(people: dict[str, int]) -> None:
    for typed in ("细胞", "细胞治疗", "治疗有限", "上海细"):
        assert ListQuery("organization", search=typed).ids() == [people["org"]], typed
    assert ListQuery("organization", search="细治").ids() == []


def test_search_matches_through_the_organization(people: dict[str, int]) -> None:
    assert len(ListQuery("contact", search="细胞").ids()) == 4


def test_punctuation_and_quotes_never_break_the_query(people: dict[str, int]) -> None:
    for typed in ('"', "AND", "*", "NEAR(", "jake\"li", "li-ming", "(", "' OR 1=1", "a\\b",
                  "o'brien", ":*", "&|!<->", "é"):
        ListQuery("contact", search=typed).ids()
    assert query_terms("  ") == []


def test_first_screen_of_a_common_term_matches_the_full_order(db: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """Walking the sort index for common terms gives exactly the rows sorting would."""
    from tracker.services.bulk import create_many

    create_many("opportunity", [
        {"title": f"Lentiviral vector lot {n}", "expected_close":
         None if n % 7 == 0 else f"2025-{n % 12 + 1:02d}-{n % 27 + 1:02d}"}
        for n in range(300)] + [{"title": f"Cryo media {n}"} for n in range(40)])
    monkeypatch.setattr(ListQuery, "MANY", 50)
    for descending in (False, True):
        for sort in ("expected_close", "title"):
            query = ListQuery("opportunity", search="lenti", sort=sort, descending=descending)
            assert query._many_matches()
            full = query.ids()
            assert len(full) == 300
            assert query.ids(limit=60) == full[:60], (sort, descending)
    assert not ListQuery("opportunity", search="cryo")._many_matches()


def test_search_counts_leave_out_deleted_records(people: dict[str, int]) -> None:
    records.delete("contact", people["李明"])
    for typed in ("细胞", "lm", "jake", "zz"):
        query = ListQuery("contact", search=typed)
        assert query.count() == len(query.ids()), typed
    assert ListQuery("contact", search="细胞").count() == 3
    records.restore("contact", people["李明"])
    assert ListQuery("contact", search="细胞").count() == 4
