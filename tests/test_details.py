"""What the detail panel asks of tracker: values, links, timeline, search everywhere."""

from __future__ import annotations

from pathlib import Path

from tracker import details
from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.activities import add_activity, complete_activity


def _world() -> dict[str, int]:
    org = records.create("organization", {"name": "CellWorks", "name_zh": "细胞工场"}).first_created
    conference = records.create("conference", {"name": "BIO China", "city": "Suzhou"}).first_created
    contact = records.create("contact", {"name": "Li Ming", "name_zh": "李明", "organization": org,
                                         "conferences": [conference]}).first_created
    deal = records.create("opportunity", {"title": "CAR-T licence", "organization": org,
                                          "primary_contact": contact, "value": "1200000.50",
                                          "currency": "CNY"}).first_created
    return {"org": org, "conference": conference, "contact": contact, "deal": deal}


def test_values_carry_money_as_typed_text_and_the_version(db: Path) -> None:
    ids = _world()
    values = details.record_values("opportunity", ids["deal"])
    assert (values["value"], values["currency"], values["version"]) == ("1200000.50", "CNY", 1)
    assert details.record_version("opportunity", ids["deal"]) == 1
    records.delete("opportunity", ids["deal"])
    assert details.record_version("opportunity", ids["deal"]) is None


def test_links_each_way(db: Path) -> None:
    ids = _world()
    contact = [(link.relation, link.entity, link.id) for link in details.links("contact",
                                                                              ids["contact"])]
    assert contact == [("organization", "organization", ids["org"]),
                       ("deals", "opportunity", ids["deal"]),
                       ("conferences", "conference", ids["conference"])]
    org = {(link.relation, link.id) for link in details.links("organization", ids["org"])}
    assert org == {("people", ids["contact"]), ("deals", ids["deal"])}
    conference = {(link.relation, link.id) for link in details.links("conference",
                                                                     ids["conference"])}
    assert conference == {("contacts", ids["contact"])}
    records.delete("contact", ids["contact"])
    assert all(link.entity != "contact" for link in details.links("organization", ids["org"]))


def test_timeline_puts_open_tasks_first_and_links_the_organization(db: Path) -> None:
    ids = _world()
    links = details.activity_links_of("contact", ids["contact"])
    assert links == {"contact": ids["contact"], "organization": ids["org"]}
    add_activity("note", body="Met at BIO China", **links)
    task = add_activity("task", subject="Send NDA", due_on="2030-01-02", **links).first_created
    entries = details.timeline_entries("contact", ids["contact"])
    assert [e.kind for e in entries] == ["task", "note"]
    assert [e.kind for e in details.timeline_entries("organization", ids["org"])] == [
        "task", "note"]
    complete_activity(task, None)
    assert ListQuery("activity", filters={"due": "done"}).count() == 1


def test_search_everywhere_finds_pinyin_initials_and_chinese(db: Path) -> None:
    ids = _world()
    for text in ("lm", "liming", "李明"):
        hits = details.search_everywhere(text)
        assert (hits[0].entity, hits[0].id) == ("contact", ids["contact"]), text
    hits = details.search_everywhere("细胞")
    assert ("organization", ids["org"]) in {(h.entity, h.id) for h in hits}
    assert details.search_everywhere("   ") == []


def test_reference_choices_and_counts(db: Path) -> None:
    ids = _world()
    assert details.reference_choices("organization") == [(ids["org"], "CellWorks 细胞工场")]
    assert details.reference_choices("contact") == [(ids["contact"], "Li Ming 李明")]
    assert details.record_counts()["opportunity"] == 1
    assert [name for _, _, name in details.stage_choices()][0] == "Lead"


def test_first_screen_ids_and_count_agree_with_the_full_list(db: Path) -> None:
    for n in range(30):
        records.create("organization", {"name": f"Org {n:02d}", "city": "Shanghai"})
    query = ListQuery("organization", search="org")
    assert query.ids(limit=10) == query.ids()[:10]
    assert query.count() == len(query.ids()) == 30
