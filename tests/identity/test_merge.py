"""Merging two records moves every link to the survivor; undo puts both back exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tracker import search
from tracker.errors import UndoRefused, ValidationError
from tracker.identity.finder import find_duplicates
from tracker.identity.merge import (
    keep_separate,
    merge_history,
    merge_records,
    preview,
    undo_merge,
)
from tracker.models import (
    Activity,
    ConferenceContact,
    Contact,
    ContactEmail,
    ContactKey,
    ContactOtherName,
    ContactPhone,
    ExternalId,
    Opportunity,
    Organization,
    OrganizationKey,
    OrganizationOtherName,
    RecordTag,
)
from tracker.services import records
from tracker.services.activities import add_activity
from tracker.storage import Store

AUDIT = {"version", "updated_at", "updated_by"}
RECORDS = {"contact": Contact, "organization": Organization, "activity": Activity,
           "opportunity": Opportunity}
CHILDREN = (ContactEmail, ContactPhone, ContactOtherName, ContactKey, ConferenceContact,
            RecordTag, ExternalId, OrganizationKey, OrganizationOtherName)


def dump() -> dict[str, Any]:
    """Everything a merge touches, as comparable values: records without their audit
    columns (undo is itself a logged change), link rows without their row ids, search text."""
    data: dict[str, Any] = {}
    for entity, model in RECORDS.items():
        rows = [{k: v for k, v in row.items() if k not in AUDIT}
                for row in model.select().order_by(model.id).dicts()]
        data[entity] = rows
        data[f"{entity} search"] = {row["id"]: search.indexed_text(entity, row["id"])
                                    for row in rows if row["deleted_at"] is None}
    for model in CHILDREN:
        data[model._meta.table_name] = sorted(
            tuple(sorted((k, str(v)) for k, v in row.items() if k != "id"))
            for row in model.select().dicts())
    return data


@pytest.fixture
def two_people(seeded: Store) -> tuple[int, int, int]:
    helix = records.create("organization", {"name": "Helix"}).first_created
    other_org = records.create("organization", {"name": "Nova Cell"}).first_created
    summit = records.create("conference", {"name": "Summit"}).first_created
    forum = records.create("conference", {"name": "Forum"}).first_created
    first = records.create("contact", {
        "name": "Li Ming", "name_zh": "李明", "title": "CSO", "organization": helix,
        "emails": ["li@helix.cn"], "phones": ["13800138000"], "tags": ["KOL"],
        "conferences": [summit], "external_ids": ["salesforce:003A"]}).first_created
    second = records.create("contact", {
        "name": "Ming Li", "title": "Chief Scientist", "organization": other_org,
        "emails": ["ming@nova.cn", "li@helix.cn"], "phones": ["13900139000"],
        "wechat_id": "liming_sh", "tags": ["CAR-T"], "conferences": [summit, forum],
        "other_names": ["Mr Li"], "external_ids": ["hubspot:77"],
        "notes": "Met in Suzhou"}).first_created
    for person in (first, second):
        add_activity("note", subject=f"Call {person}", contact=person)
        records.create("opportunity", {"title": f"Deal of {person}", "primary_contact": person,
                                       "organization": helix})
    return first, second, helix


def test_merge_moves_every_link_and_undo_restores_both_exactly(
        two_people: tuple[int, int, int]) -> None:
    first, second, helix = two_people
    before = dump()
    plan = preview("contact", first, second)
    assert [f.field for f in plan.differing()] == ["name", "title", "organization"]
    assert plan.links == {"opportunity.primary_contact": 1, "activity.contact": 1}

    result = merge_records("contact", first, second, {"title": "other"})
    assert dump() != before
    survivor = records.snapshot("contact", Contact.get_by_id(first))
    assert (survivor["name"], survivor["title"], survivor["organization"]) == (
        "Li Ming", "Chief Scientist", helix)
    assert survivor["wechat_id"] == "liming_sh" and survivor["notes"] == "Met in Suzhou"
    assert survivor["emails"] == ["li@helix.cn", "ming@nova.cn"]
    assert survivor["phones"] == ["+8613800138000", "+8613900139000"]
    assert sorted(survivor["tags"]) == ["CAR-T", "KOL"]
    assert len(survivor["conferences"]) == 2
    assert survivor["other_names"] == ["Mr Li", "Ming Li"]
    assert survivor["external_ids"] == ["salesforce:003A", "hubspot:77"]
    assert Activity.select().where(Activity.contact == first).count() == 2
    assert Opportunity.select().where(Opportunity.primary_contact == first).count() == 2
    assert Contact.get_by_id(second).deleted_at is not None
    [logged] = merge_history("contact")
    assert (logged["merge"], logged["user"], logged["undone_at"]) == (
        result.merge_uid, "tester", None)
    assert logged["choices"] == {"name": "survivor", "title": "other",
                                 "organization": "survivor"}

    undo_merge(result.merge_uid)
    assert dump() == before
    assert merge_history("contact")[0]["undone_by"] == "tester"
    with pytest.raises(UndoRefused):
        undo_merge(result.merge_uid)


def test_organizations_merge_with_their_people_and_deals(seeded: Store) -> None:
    downs = records.create("organization", {"name": "Downs PLC", "city": "London"}
                           ).first_created
    group = records.create("organization", {"name": "Downs Group", "name_zh": "唐斯集团"}
                           ).first_created
    person = records.create("contact", {"name": "Anna Schmidt", "organization": group}
                            ).first_created
    deal = records.create("opportunity", {"title": "Licence", "organization": group,
                                          "client": group}).first_created
    before = dump()
    result = merge_records("organization", downs, group)
    assert Contact.get_by_id(person).organization_id == downs
    assert (Opportunity.get_by_id(deal).organization_id,
            Opportunity.get_by_id(deal).client_id) == (downs, downs)
    survivor = records.snapshot("organization", Organization.get_by_id(downs))
    assert (survivor["name_zh"], survivor["other_names"]) == ("唐斯集团", ["Downs Group"])
    assert ListQueryIds("organization", "Downs Group") == [downs]
    undo_merge(result.merge_uid)
    assert dump() == before


def ListQueryIds(entity: str, text: str) -> list[int]:  # noqa: N802
    from tracker.queries import ListQuery

    return ListQuery(entity, search=text).ids()


def test_undo_is_refused_once_the_survivor_changed_again(
        two_people: tuple[int, int, int]) -> None:
    first, second, _ = two_people
    result = merge_records("contact", first, second)
    records.update("contact", first, None, {"city": "Suzhou"})
    with pytest.raises(UndoRefused):
        undo_merge(result.merge_uid)
    assert Contact.get_by_id(second).deleted_at is not None


def test_bad_merges_are_refused_with_reasons(two_people: tuple[int, int, int]) -> None:
    first, second, _ = two_people
    with pytest.raises(ValidationError):
        merge_records("contact", first, first)
    with pytest.raises(ValidationError) as raised:
        merge_records("contact", first, second, {"title": "both", "height": "other"})
    assert "height, title" in str(raised.value)
    assert Contact.get_by_id(second).deleted_at is None


def test_a_pair_kept_separate_is_not_offered_again(two_people: tuple[int, int, int]) -> None:
    first, second, _ = two_people
    [pair] = [p for p in find_duplicates("contact") if {p.first.record_id,
                                                         p.second.record_id} == {first, second}]
    assert pair.exact and pair.reason_text().startswith("same email li@helix.cn")
    keep_separate("contact", second, first)
    keep_separate("contact", first, second)  # twice is once
    assert not [p for p in find_duplicates("contact")
                if {p.first.record_id, p.second.record_id} == {first, second}]
    assert json.dumps(pair.as_json())  # the CLI prints it
