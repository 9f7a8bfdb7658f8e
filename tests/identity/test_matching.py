"""tracker.identity: exact keys match, names suggest with reasons, batches stay cheap."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.identity import (
    CompanyProbe,
    CompanyRoster,
    PeopleRoster,
    PersonProbe,
    contact_candidates,
    find_contacts,
    find_organizations,
    organization_candidates,
)
from tracker.services import records
from tracker.services.bulk import create_many
from tracker.storage import Store

from tests.conftest import statements


def _contact(**values: object) -> int:
    return records.create("contact", values).first_created


def _org(**values: object) -> int:
    return records.create("organization", values).first_created


def _codes(candidate: object) -> list[str]:
    return [r.code for r in candidate.reasons]  # type: ignore[attr-defined]


def test_exact_keys_of_a_contact_are_matches(db: Path) -> None:
    li = _contact(name="李明", emails=["li@juventas.cn"], phones=["138 0013 8000"],
                  wechat_id="LiMing_SH", external_ids=["salesforce:0035g00000AbC"])
    uid = records.load("contact", li).uid
    probes = [PersonProbe.from_values({"name": "Ming Li", "email": "LI@juventas.cn"}),
              PersonProbe.from_values({"name": "李明明", "wechat_id": "liming_sh"}),
              PersonProbe.from_values({"name": "X", "phone": "+86 138-0013-8000"}),
              PersonProbe(uid=uid), PersonProbe(external_ids=(("salesforce", "0035g00000AbC"),)),
              PersonProbe(external_ids=(("salesforce", "0035g00000abc"),)),
              PersonProbe.from_values({"name": "Somebody", "email": "li@juventas"})]
    found = find_contacts(probes)
    for candidates in found[:5]:
        assert [c.record_id for c in candidates] == [li] and candidates[0].exact
        assert candidates[0].score == 1.0
    assert [_codes(c[0])[0] for c in found[:5]] == ["email", "wechat", "phone", "uid",
                                                    "external_id"]
    assert found[0][0].reason_text() == "same email li@juventas.cn, same name in pinyin (李明)"
    assert found[1][0].reasons[0].text == "same WeChat ID liming_sh"
    assert found[5] == [] and found[6] == []  # an id's case matters; a half-typed email is no key


def test_same_name_in_any_script_is_a_suggestion_not_a_match(db: Path) -> None:
    org = _org(name="Juventas Cell Therapy")
    other_org = _org(name="CARsgen Therapeutics")
    li = _contact(name="李明", organization=org)
    [candidate] = contact_candidates(PersonProbe(name="Ming Li"))
    assert candidate.record_id == li and not candidate.exact and candidate.score < 1
    assert candidate.reason_text() == "same name in pinyin (李明)"
    [at_org] = contact_candidates(PersonProbe(name="Li Ming", organization_id=org))
    assert at_org.reason_text() == "same name, same organization (Juventas Cell Therapy)"
    assert at_org.score > candidate.score
    assert contact_candidates(PersonProbe(name="李明", organization_id=other_org)) == []
    assert contact_candidates(PersonProbe(name="李明明")) == []
    assert contact_candidates(PersonProbe(name="李明", exclude_ids=frozenset({li}))) == []


def test_people_sharing_only_a_surname_are_not_paired(db: Path) -> None:
    org = _org(name="Juventas")
    for name in ("张伟", "张敏", "张建华", "Zhang Lei", "王芳"):
        _contact(name=name, organization=org)
    for probe in (PersonProbe(name="张丽", organization_id=org), PersonProbe(name="Zhang Hao"),
                  PersonProbe(name="Zhang Lee", organization_id=org),
                  PersonProbe(name="张"), PersonProbe(name="Wang Wei", organization_id=org)):
        assert contact_candidates(probe) == [], probe


def test_a_near_name_at_the_same_organization_is_suggested_with_its_score(db: Path) -> None:
    org = _org(name="Miltenyi Biotec")
    john = _contact(name="John Smith", organization=org)
    _contact(name="John Smith")  # no organization: the same name, asked about too
    [near] = contact_candidates(PersonProbe(name="Jon Smith", organization_id=org))
    assert near.record_id == john and near.reason_text() == (
        "name 0.95 similar, same organization (Miltenyi Biotec)")
    assert contact_candidates(PersonProbe(name="Jon Smith")) == []  # nowhere near enough alone


def test_deleted_contacts_and_renamed_ones_are_matched_as_they_are_now(db: Path) -> None:
    gone = _contact(name="Anna Schmidt", emails=["anna@example.de"])
    records.delete("contact", gone)
    assert contact_candidates(PersonProbe(emails=("anna@example.de",))) == []
    li = _contact(name="Li Ming")
    records.update("contact", li, None, {"name": "Wang Fang 王芳", "other_names": ["Li Ming"]})
    assert [c.record_id for c in contact_candidates(PersonProbe(name="王芳"))] == [li]
    assert [c.record_id for c in contact_candidates(PersonProbe(name="Ming Li"))] == [li]
    records.update("contact", li, None, {"other_names": []})
    assert contact_candidates(PersonProbe(name="Ming Li")) == []


def test_contacts_made_in_bulk_are_keyed_too(db: Path) -> None:
    result = create_many("contact", [{"name": "陈杰", "wechat_id": "chenjie"},
                                     {"name": "Tom Becker", "phones": ["+49 151 23456789"]}])
    ids = [i for _, i in result.changes.created]
    found = find_contacts([PersonProbe(name="Chen Jie"), PersonProbe(wechat_id="CHENJIE"),
                           PersonProbe(phones=("+4915123456789",))])
    assert [[c.record_id for c in f] for f in found] == [[ids[0]], [ids[0]], [ids[1]]]


def test_organizations_equal_without_legal_words_are_suggestions_only(db: Path) -> None:
    downs = _org(name="Downs PLC")
    _org(name="Downs Group")
    juventas = _org(name="Juventas Cell Therapy Co., Ltd.", name_zh="合源生物科技（天津）有限公司")
    xibao = _org(name="上海细胞治疗有限公司")
    exact, group = organization_candidates(CompanyProbe(name="DOWNS  plc"))
    assert exact.record_id == downs and exact.exact and exact.reason_text() == "same name"
    assert not group.exact and group.reason_text() == "same name after removing plc, Group"
    suggestions = organization_candidates(CompanyProbe(name="Downs Holdings"))
    assert len(suggestions) == 2 and not any(c.exact for c in suggestions)
    assert suggestions[0].reason_text() == "same name after removing Holdings, PLC"
    [by_zh] = organization_candidates(CompanyProbe(name="合源生物科技有限公司"))
    assert by_zh.record_id == juventas and not by_zh.exact
    assert by_zh.reason_text() == "same name after removing 有限公司, 天津"
    [sound] = organization_candidates(CompanyProbe(name="Shanghai Xibao Zhiliao"))
    assert sound.record_id == xibao and sound.reason_text() == "same name in pinyin (上海细胞治疗有限公司)"
    [near] = organization_candidates(CompanyProbe(name="Juventus Cell Therapy"))
    assert near.record_id == juventas and near.reason_text() == "name 0.95 similar"
    assert organization_candidates(CompanyProbe(name="Cell Therapy Inc")) == []


def test_ten_companies_differing_by_legal_words_stay_suggestions(db: Path) -> None:
    names = ["Downs PLC", "Downs Group", "Downs Ltd", "Downs Inc", "Downs GmbH",
             "Downs LLC", "Downs Holdings", "Downs Co., Ltd.", "Downs Limited", "Downs AG"]
    ids = [_org(name=name) for name in names]
    found = find_organizations([CompanyProbe(name=n) for n in names], limit=20)
    for record_id, candidates in zip(ids, found, strict=True):
        assert [c.record_id for c in candidates if c.exact] == [record_id]
        assert len([c for c in candidates if not c.exact]) == 9


def test_external_ids_are_exact_keys_and_belong_to_one_record(db: Path) -> None:
    from tracker.errors import ValidationError

    org = _org(name="Acme", external_ids="HubSpot: 12345")
    assert records.snapshot("organization", records.load("organization", org))[
        "external_ids"] == ["hubspot:12345"]
    [found] = organization_candidates(CompanyProbe(external_ids=(("hubspot", "12345"),)))
    assert found.record_id == org and found.reason_text() == "same hubspot ID 12345"
    with pytest.raises(ValidationError) as raised:
        _org(name="Other", external_ids=["hubspot:12345"])
    assert "already belongs to another organization" in str(raised.value)
    with pytest.raises(ValidationError):
        _org(name="Third", external_ids=["no system here"])


def test_rows_of_one_batch_are_matched_against_each_other() -> None:
    people = PeopleRoster()
    people.add(2, PersonProbe.from_values({"name": "王芳", "email": "fang@x.cn"}))
    people.add(3, PersonProbe.from_values({"name": "Zhang Wei", "organization": 7}))
    [by_email] = people.find(PersonProbe.from_values({"name": "F. Wang", "email": "FANG@x.cn"}))
    assert (by_email.ref, by_email.exact) == (2, True)
    [by_name] = people.find(PersonProbe(name="Wang Fang"))
    assert (by_name.ref, by_name.exact) == (2, False)
    assert people.find(PersonProbe(name="张伟", organization_id=8)) == []
    assert people.find(PersonProbe(name="Zhang Min", organization_id=7)) == []
    companies = CompanyRoster()
    companies.add(2, CompanyProbe(name="Downs PLC"))
    [legal] = companies.find(CompanyProbe(name="Downs Group"))
    assert not legal.exact and legal.reasons[0].text == "same name after removing Group, PLC"
    [same] = companies.find(CompanyProbe(name="downs plc."))
    assert same.exact


def _batch(org: int) -> list[PersonProbe]:
    create_many("contact", [{"name": f"Person {i}", "emails": [f"p{i}@x.cn"],
                             "organization": org} for i in range(300)])
    return [PersonProbe.from_values({"name": f"Person {i}", "email": f"p{i}@x.cn",
                                     "phone": f"1380013{i:04d}", "wechat_id": f"w{i}",
                                     "organization": org}) for i in range(300)]


def test_a_batch_is_looked_up_in_a_few_queries(db: Store) -> None:
    """300 probes: one statement per kind of key (and for the candidates' rows)."""
    probes = _batch(_org(name="Juventas"))
    with statements() as seen:
        found = find_contacts(probes)
    assert all(f and f[0].exact and f[0].reasons[0].code == "email" for f in found)
    assert len(seen) <= 10, seen


@pytest.mark.sqlite_only
def test_the_lookups_read_indexes_not_tables(db: Store) -> None:
    probes = _batch(_org(name="Juventas"))
    with statements() as seen:
        find_contacts(probes)
    for statement in seen:
        plan = " ".join(str(row[-1]) for row in db.db.execute_sql(
            "EXPLAIN QUERY PLAN " + statement, [None] * statement.count("?")).fetchall())
        if "organization_id" in statement:
            continue  # colleagues of one organization, by its index
        for table in ("contact_email", "contact_phone", "contact_key", "external_id"):
            assert f"SCAN {table}" not in plan, (statement, plan)


def test_a_word_many_companies_share_is_no_clue_but_a_rare_one_is(db: Path) -> None:
    """Near names are looked for through the words a name shares with others. A word in
    more than WORD_CANDIDATES companies (County, Bank in a list of US companies) is no
    clue and is not read (reading every company that has it for every row that has it
    made rows x companies pairs: importing the 13,455 HubSpot companies of
    ../shared/samples a second time took 343 s and 18 GB). A near spelling is still
    found through its own rarer word, and the name itself exactly."""
    from itertools import product

    from tracker.identity.match import WORD_CANDIDATES

    words = ["".join(p) for p in product(("ka", "lo", "mi", "nu", "re"), repeat=3)]
    ids = create_many("organization", [{"name": f"Quintara {w}"} for w in
                                       words[:WORD_CANDIDATES + 5]]).changes.created
    velmora = _org(name="Velmora Biologics")
    [near] = organization_candidates(CompanyProbe(name="Velmora Biologix"))
    assert near.record_id == velmora and _codes(near) == ["similar_name"]
    [typo] = organization_candidates(CompanyProbe(name=f"Quintara {words[0]}x"))
    assert typo.record_id == ids[0][1] and _codes(typo) == ["similar_name"]
    [own] = organization_candidates(CompanyProbe(name=f"Quintara {words[1]}"))
    assert own.record_id == ids[1][1] and own.exact
    assert organization_candidates(CompanyProbe(name="Quintara Holdings")) == []
