"""log_contact_met: a contact met at a conference, its link, note and undo in one operation;
someone possibly in Beacon already is never folded in without the person's choice."""

from __future__ import annotations

import pytest

from tracker import details
from tracker.errors import ValidationError
from tracker.models import Activity, ConferenceContact, Contact, Organization
from tracker.services import records
from tracker.services.conferences import (
    PossibleDuplicate,
    SamePerson,
    contact_absorption,
    find_organization,
    log_contact_met,
)
from tracker.storage import Store


@pytest.fixture
def conference(db: Store) -> int:
    return records.create("conference", {"name": "Cell Therapy Summit", "city": "Shanghai"}
                          ).first_created


def test_logs_contact_link_and_note_in_one_operation(conference: int) -> None:
    changes = log_contact_met(conference, {"name": "王芳", "organization": "Juventas Cell Therapy",
                                           "email": "wang@juventas.cn",
                                           "phone": "138 0013 8000"},
                              "Wants GMP media samples", subject="Met at the summit")
    contact = Contact.get(Contact.name_zh == "王芳")
    assert (contact.name, contact.pinyin_initials) == ("Wang Fang", "wf")
    assert records.snapshot("contact", contact)["phones"] == ["+8613800138000"]
    assert Organization.get_by_id(contact.organization_id).name == "Juventas Cell Therapy"
    assert ConferenceContact.get(ConferenceContact.contact == contact.id).conference_id == (
        conference)
    note = Activity.get(Activity.contact == contact.id)
    assert (note.kind, note.subject, note.body, note.conference_id) == (
        "note", "Met at the summit", "Wants GMP media samples", conference)
    assert [link.label for link in details.links("conference", conference)] == ["Wang Fang 王芳"]
    assert {e for e, _ in changes.created} == {"organization", "contact", "activity"}
    records.undo_operation(changes.operation)
    assert details.links("conference", conference) == []
    assert Organization.select().where(Organization.deleted_at.is_null()).count() == 0


def test_someone_maybe_in_beacon_is_asked_about_never_folded_in(conference: int) -> None:
    org = records.create("organization", {"name": "Juventas Cell Therapy Co., Ltd.",
                                          "name_zh": "合源生物"}).first_created
    assert find_organization("合源生物") == org
    assert find_organization("Juventas Cell Therapy") is None  # a near name is not taken
    li = records.create("contact", {"name": "李明", "emails": ["li@juventas.cn"],
                                    "organization": org, "title": "CSO"}).first_created
    with pytest.raises(PossibleDuplicate) as raised:
        log_contact_met(conference, {"name": "Ming Li", "email": "LI@juventas.cn"})
    [candidate] = raised.value.candidates
    assert candidate.record_id == li and candidate.exact
    assert "same email li@juventas.cn" in str(raised.value)
    assert Contact.select().count() == 1 and Activity.select().count() == 0

    log_contact_met(conference, {"name": "Ming Li", "email": "LI@juventas.cn",
                                 "organization": "合源生物", "title": "CEO",
                                 "wechat_id": "liming_sh"},
                    "Talked about iPSC", decision=SamePerson(li))
    person = records.snapshot("contact", Contact.get_by_id(li))
    assert (person["name"], person["name_zh"], person["title"]) == ("Li Ming", "李明", "CEO")
    assert person["other_names"] == ["Ming Li"]  # the name typed is kept, not dropped
    assert person["wechat_id"] == "liming_sh" and person["conferences"] == [conference]
    assert Contact.select().count() == 1


def test_a_value_typed_but_not_chosen_is_kept_in_the_note(conference: int) -> None:
    li = records.create("contact", {"name": "Li Ming", "wechat_id": "liming_sh",
                                    "title": "CSO"}).first_created
    typed = {"name": "李明", "wechat_id": "LIMING_SH", "title": "CEO",
             "phone": "139 0013 9000"}
    preview = contact_absorption(li, typed)
    assert [(c.field, c.typed_text, c.stored_text) for c in preview.conflicts] == [
        ("title", "CEO", "CSO")]
    assert preview.fills == {"name_zh": "李明"} and preview.added == {
        "phones": ["+8613900139000"]}
    log_contact_met(conference, typed, "Dinner", subject="Met at the summit",
                    decision=SamePerson(li, {"title": "stored"}),
                    labels={"aside": "Also given", "title": "Job title"})
    person = records.snapshot("contact", Contact.get_by_id(li))
    assert (person["title"], person["name_zh"], person["phones"]) == (
        "CSO", "李明", ["+8613900139000"])
    note = Activity.get(Activity.contact == li)
    assert note.body == "Dinner\nAlso given: Job title: CEO"


def test_logging_the_same_person_again_adds_no_second_note(conference: int) -> None:
    li = records.create("contact", {"name": "Li Ming", "wechat_id": "liming_sh"}).first_created
    for _ in range(3):
        log_contact_met(conference, {"name": "Li Ming", "wechat_id": "liming_sh"},
                        subject="Met at the summit", decision=SamePerson(li))
    assert Activity.select().where(Activity.contact == li).count() == 1
    assert ConferenceContact.select().where(ConferenceContact.contact == li).count() == 1


def test_someone_else_with_the_same_name_is_logged_as_new(conference: int) -> None:
    first = records.create("contact", {"name": "Zhang Wei"}).first_created
    with pytest.raises(PossibleDuplicate):
        log_contact_met(conference, {"name": "张伟 Zhang Wei"})
    changes = log_contact_met(conference, {"name": "张伟 Zhang Wei"},
                              decision=SamePerson(None))
    second = next(i for e, i in changes.created if e == "contact")
    assert second != first
    assert (Contact.get_by_id(second).name, Contact.get_by_id(second).name_zh) == (
        "Zhang Wei", "张伟")


def test_problems_name_every_field_and_nothing_is_written(conference: int) -> None:
    with pytest.raises(ValidationError) as raised:
        log_contact_met(conference, {"name": "", "email": "not-an-email", "phone": "12",
                                     "organization": "New Org"})
    fields = {p.field for p in raised.value.problems}
    assert {"name", "emails", "phones"} <= fields
    assert Contact.select().count() == 0 and Organization.select().count() == 0


def test_a_conference_cannot_end_before_it_starts(db: Store) -> None:
    with pytest.raises(ValidationError) as raised:
        records.create("conference", {"name": "BIO China", "starts_on": "2026-05-12",
                                      "ends_on": "2026-05-10"})
    [problem] = raised.value.problems
    assert problem.field == "ends_on" and problem.message == "ends before it starts (2026-05-12)"
    summit = records.create("conference", {"name": "BIO China", "starts_on": "2026-05-12",
                                           "ends_on": "2026-05-14"}).first_created
    with pytest.raises(ValidationError):
        records.update("conference", summit, None, {"starts_on": "2026-05-15"})
