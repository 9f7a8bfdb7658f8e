"""Each service as the window, CLI and import call it, asserting what the database holds."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.errors import NotFound, StaleRecord, UndoRefused, ValidationError
from tracker.models import ChangeLog, Contact, Opportunity, Organization, Stage
from tracker.queries import ListQuery
from tracker.services import activities, opportunities, records, tags
from tracker.services.pipelines import default_pipeline, stages_of
from tracker.storage import Store, open_store


def _org(name: str = "JW Therapeutics", **extra: object) -> int:
    return records.create("organization", {"name": name, **extra}).first_created


def test_create_organization_records_audit_and_log(db: Path) -> None:
    changes = records.create("organization", {"name": " Fosun Kite ", "kind": "drug_developer",
                                              "city": "Shanghai"})
    org = Organization.get_by_id(changes.first_created)
    assert changes.created == [("organization", org.id)]
    assert org.name == "Fosun Kite"
    # BEACON_USER on a file; on a server its login (which the server records itself)
    assert org.version == 1 and org.created_by == (db.user or "tester")
    assert org.source == "manual"
    assert len(org.uid) == 36 and org.uid[14] == "7"  # UUIDv7
    log = ChangeLog.get(ChangeLog.record_id == org.id)
    assert log.action == "create" and json.loads(log.changes)["name"] == [None, "Fosun Kite"]


def test_update_bumps_version_and_logs_old_and_new(db: Path) -> None:
    org_id = _org()
    changes = records.update("organization", org_id, 1, {"city": "Suzhou"})
    assert changes.updated == [("organization", org_id)]
    org = Organization.get_by_id(org_id)
    assert (org.city, org.version) == ("Suzhou", 2)
    last = ChangeLog.select().order_by(ChangeLog.id.desc()).first()
    assert json.loads(last.changes) == {"city": ["", "Suzhou"]}


def test_update_without_change_keeps_version(db: Path) -> None:
    org_id = _org()
    changes = records.update("organization", org_id, 1, {"name": "JW Therapeutics"})
    assert not changes.updated
    assert Organization.get_by_id(org_id).version == 1


def test_stale_version_is_refused_and_nothing_written(db: Store) -> None:
    org_id = _org()
    with open_store(db.target):  # a second program changes the record meanwhile
        records.update("organization", org_id, None, {"city": "Beijing"})
    with pytest.raises(StaleRecord) as caught:
        records.update("organization", org_id, 1, {"city": "Shanghai"})
    assert caught.value.actual == 2 and "changed by someone else" in str(caught.value)
    assert Organization.get_by_id(org_id).city == "Beijing"


def test_delete_hides_restore_brings_back(db: Path) -> None:
    org_id = _org()
    records.delete("organization", org_id, 1)
    assert ListQuery("organization").ids() == []
    assert ListQuery("organization", search="JW").ids() == []
    with pytest.raises(NotFound):
        records.load("organization", org_id)
    records.restore("organization", org_id)
    assert ListQuery("organization", search="JW").ids() == [org_id]


def test_undo_reverts_update_create_and_delete(db: Path) -> None:
    org_id = _org()
    edit = records.update("organization", org_id, 1, {"city": "Suzhou"})
    records.undo_operation(edit.operation)
    assert Organization.get_by_id(org_id).city == ""
    removal = records.delete("organization", org_id)
    records.undo_operation(removal.operation)
    assert Organization.get_by_id(org_id).deleted_at is None
    made = records.create("organization", {"name": "CARsgen"})
    records.undo_operation(made.operation)
    assert ListQuery("organization", search="carsgen").ids() == []


def test_undo_refuses_when_record_changed_since(db: Path) -> None:
    org_id = _org()
    first = records.update("organization", org_id, 1, {"city": "Suzhou"})
    records.update("organization", org_id, 2, {"city": "Wuxi"})
    with pytest.raises(UndoRefused, match="changed again"):
        records.undo_operation(first.operation)
    assert Organization.get_by_id(org_id).city == "Wuxi"


def test_contact_with_chinese_name_gets_pinyin_and_e164_phone(db: Path) -> None:
    org_id = _org()
    changes = records.create("contact", {"name": "李明", "organization": org_id,
                                         "emails": "Li.Ming@Example.com; lm@example.cn",
                                         "phones": ["138 0013 8000", "+1 415 555 0100"]})
    contact = Contact.get_by_id(changes.first_created)
    assert (contact.name_zh, contact.pinyin_full, contact.pinyin_initials) == (
        "李明", "liming", "lm")
    data = records.snapshot("contact", contact)
    assert data["emails"] == ["li.ming@example.com", "lm@example.cn"]
    assert data["phones"] == ["+8613800138000", "+14155550100"]


def test_validation_names_each_field_and_says_what_is_wrong(db: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        records.create("contact", {"name": "", "emails": "not-an-email", "phones": "12"})
    error = caught.value
    assert error.for_field("name") == "is required"
    assert "not-an-email is not an email address" in (error.for_field("emails") or "")
    assert "12 is not a valid phone number" in (error.for_field("phones") or "")
    assert Contact.select().count() == 0


def test_opportunity_money_is_minor_units_and_needs_currency(db: Path) -> None:
    org_id = _org()
    made = records.create("opportunity", {"title": "Cryo media supply", "organization": org_id,
                                          "value": "1,200,000.50", "currency": "rmb"})
    opp = Opportunity.get_by_id(made.first_created)
    assert (opp.value_minor, opp.currency) == (120000050, "CNY")
    assert opp.stage.name == "Lead" and opp.pipeline_id == default_pipeline().id
    with pytest.raises(ValidationError) as caught:
        records.create("opportunity", {"title": "x", "value": "250000"})
    assert "currency" in (caught.value.for_field("currency") or "") or caught.value.for_field(
        "currency") is not None
    with pytest.raises(ValidationError, match="float"):
        records.create("opportunity", {"title": "x", "value": 2.5, "currency": "USD"})
    with pytest.raises(ValidationError, match="not a known currency"):
        records.create("opportunity", {"title": "x", "value": Decimal("1"), "currency": "XXX"})


def test_dates_in_the_forms_people_write(db: Path) -> None:
    for text in ("2024-03-05", "2024/3/5", "2024年3月5日", "5/3/2024"):
        made = records.create("opportunity", {"title": text, "expected_close": text})
        assert Opportunity.get_by_id(made.first_created).expected_close == dt.date(2024, 3, 5)
    with pytest.raises(ValidationError, match="expected_close: 2024-02-30 is not a real date"):
        records.create("opportunity", {"title": "bad", "expected_close": "2024-02-30"})
    with pytest.raises(ValidationError, match="next week is not a date"):
        records.create("opportunity", {"title": "bad", "expected_close": "next week"})


def test_move_won_lost_and_probability_defaults(db: Path) -> None:
    made = records.create("opportunity", {"title": "IIT with Juventas"})
    opp_id = made.first_created
    stages = stages_of(default_pipeline().id)
    proposal = next(s for s in stages if s.name == "Proposal")
    opportunities.move_opportunity(opp_id, proposal.id, 1)
    opp = Opportunity.get_by_id(opp_id)
    assert opp.stage_id == proposal.id and opportunities.effective_probability(opp) == 50
    with pytest.raises(ValidationError, match="why"):
        opportunities.mark_lost(opp_id, opp.version, " ")
    opportunities.mark_lost(opp_id, opp.version, "Chose a local supplier")
    opp = Opportunity.get_by_id(opp_id)
    assert (opp.status, opp.lost_reason) == ("lost", "Chose a local supplier")
    assert opportunities.effective_probability(opp) == 0
    opportunities.reopen(opp_id, opp.version)
    opportunities.mark_won(opp_id, opp.version + 1, dt.date(2024, 6, 1))
    opp = Opportunity.get_by_id(opp_id)
    assert (opp.status, opp.closed_on) == ("won", dt.date(2024, 6, 1))


def test_moving_with_an_old_version_is_refused(db: Path) -> None:
    opp_id = records.create("opportunity", {"title": "Licensing"}).first_created
    target = Stage.select().where(Stage.name == "Qualified").get()
    opportunities.move_opportunity(opp_id, target.id, 1)
    with pytest.raises(StaleRecord):
        opportunities.move_opportunity(opp_id, target.id, 1)


def test_activities_add_complete_and_mark_deal_active(db: Path) -> None:
    opp_id = records.create("opportunity", {"title": "Distribution"}).first_created
    note = activities.add_activity("note", body="Met at the booth", opportunity=opp_id)
    task = activities.add_activity("task", subject="Send brochure", due_on="2024-03-08",
                                   opportunity=opp_id)
    assert Opportunity.get_by_id(opp_id).last_activity_at is not None
    activities.complete_activity(task.first_created, 1)
    timeline = activities.timeline("opportunity", opp_id)
    assert {a.id for a in timeline} == {note.first_created, task.first_created}
    assert ListQuery("activity", filters={"due": "done"}).ids() == [task.first_created]
    with pytest.raises(ValidationError, match="wechat"):
        activities.add_activity("fax", body="x")


def test_conference_links_and_tags(db: Path) -> None:
    conf = records.create("conference", {"name": "CAR-TCR Summit", "city": "Shanghai"})
    contact = records.create("contact", {"name": "Wang Fang", "conferences": [conf.first_created]})
    assert ListQuery("contact", filters={"conference": conf.first_created}).ids() == [
        contact.first_created]
    tags.set_tags("contact", contact.first_created, ["KOL", "CAR-T", "KOL"])
    assert tags.tags_of("contact", contact.first_created) == ["CAR-T", "KOL"]
    assert ListQuery("contact", filters={"tag": "KOL"}).ids() == [contact.first_created]


def test_renaming_organization_keeps_deal_search_in_step(db: Path) -> None:
    org_id = _org("Acme Cells")
    opp_id = records.create("opportunity", {"title": "Supply", "organization": org_id}
                            ).first_created
    changes = records.update("organization", org_id, 1, {"name": "Zenith Cells"})
    assert ("opportunity", opp_id) in changes.updated
    assert ListQuery("opportunity", search="zenith").ids() == [opp_id]
    assert ListQuery("opportunity", search="acme").ids() == []


@pytest.mark.parametrize(("entity", "values", "change"), [
    ("organization", {"name": "CARsgen", "kind": "drug_developer"}, {"city": "Shanghai"}),
    ("contact", {"name": "王芳", "wechat_id": "wangfang88"}, {"title": "VP BD"}),
    ("opportunity", {"title": "IIT support"}, {"next_step": "Call PI", "probability": "40%"}),
    ("conference", {"name": "China Cell Therapy Forum", "starts_on": "2025-04-10"},
     {"venue": "Expo Center"}),
    ("incentive", {"name": "Pilot zone grant", "kinds": ["funding"]},
     {"deadline": "2025年6月30日"}),
    ("activity", {"kind": "call", "body": "Intro call"}, {"done": True}),
])
def test_every_record_type_creates_updates_deletes(db: Path, entity: str,
                                                   values: dict[str, object],
                                                   change: dict[str, object]) -> None:
    record_id = records.create(entity, values).first_created
    assert ListQuery(entity).ids() == [record_id]
    records.update(entity, record_id, 1, change)
    data = records.snapshot(entity, records.load(entity, record_id))
    assert data["version"] == 2
    records.delete(entity, record_id, 2)
    assert ListQuery(entity).ids() == []


def test_choice_fields_name_the_allowed_values(db: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        records.create("organization", {"name": "X", "kind": "bakery"})
    message = caught.value.for_field("kind") or ""
    assert "bakery is not one of" in message and "cdmo" in message
    with pytest.raises(ValidationError, match="outside 0-100"):
        records.create("opportunity", {"title": "x", "probability": 140})


def test_tags_are_a_field_logged_and_undone_like_any_other(db: Path) -> None:
    org_id = _org()
    edit = records.update("organization", org_id, 1, {"tags": "KOL, priority"})
    assert tags.tags_of("organization", org_id) == ["KOL", "priority"]
    assert ListQuery("organization", filters={"tag": "KOL"}).ids() == [org_id]
    last = ChangeLog.select().order_by(ChangeLog.id.desc()).first()
    assert json.loads(last.changes) == {"tags": [[], ["KOL", "priority"]]}
    records.undo_operation(edit.operation)
    assert tags.tags_of("organization", org_id) == []
