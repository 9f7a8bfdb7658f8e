"""log_contact_met: a contact met at a conference, its link, note and undo in one operation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker import details
from tracker.errors import ValidationError
from tracker.models import Activity, ConferenceContact, Contact, Organization
from tracker.services import records
from tracker.services.conferences import find_organization, log_contact_met


@pytest.fixture
def conference(db: Path) -> int:
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


def test_existing_organization_and_contact_are_reused(conference: int) -> None:
    org = records.create("organization", {"name": "Juventas Cell Therapy Co., Ltd.",
                                          "name_zh": "合源生物"}).first_created
    assert find_organization("合源生物") == org
    person = records.create("contact", {"name": "Li Ming", "emails": ["li@juventas.cn"]})
    log_contact_met(conference, {"name": "Li Ming", "organization": "Juventas Cell Therapy",
                                 "email": "LI@juventas.cn", "title": "CSO"})
    assert Contact.select().count() == 1
    li = Contact.get_by_id(person.first_created)
    assert (li.organization_id, li.title) == (org, "CSO")
    assert [link.id for link in details.links("conference", conference)] == [li.id]


def test_problems_name_every_field_and_nothing_is_written(conference: int) -> None:
    with pytest.raises(ValidationError) as raised:
        log_contact_met(conference, {"name": "", "email": "not-an-email", "phone": "12",
                                     "organization": "New Org"})
    fields = {p.field for p in raised.value.problems}
    assert {"name", "emails", "phones"} <= fields
    assert Contact.select().count() == 0 and Organization.select().count() == 0
