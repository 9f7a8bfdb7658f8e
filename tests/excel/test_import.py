"""Import: plan (dry run), apply as one batch, undo; rows with problems reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tracker import search
from tracker.errors import ImportFileError, UndoRefused
from tracker.excel.batches import apply_import, report, undo_import
from tracker.excel.headers import remember_mapping, remembered_mapping
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import (
    ALL_MODELS,
    RECORD_MODELS,
    ChangeLog,
    Contact,
    ImportBatch,
    Opportunity,
    Organization,
)
from tracker.services import records
from tracker.services.bulk import bulk_create
from tracker.services.context import new_uid, utcnow
from tracker.services.pipelines import find_stage
from tracker.services.records import spec_for, validate
from tracker.storage import Store, writing

from tests.conftest import statements as statements_run

from .helpers import sample, write_xlsx


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every data table's rows, and each record's search text."""
    result: dict[str, list[tuple[Any, ...]]] = {}
    for model in ALL_MODELS:
        if model in (ChangeLog, ImportBatch):
            continue
        order = model._meta.sorted_fields[0]
        result[model._meta.table_name] = list(model.select().order_by(order).tuples())
    for entity, model in RECORD_MODELS.items():
        result[f"{entity} search"] = [(i, search.indexed_text(entity, i))
                                      for (i,) in model.select(model.id).order_by(model.id)
                                      .tuples()]
    return result


def opportunity_rows(count: int, bad: set[int]) -> list[list[Any]]:
    rows: list[list[Any]] = [["Deal Name", "Company", "Deal Stage", "Amount", "Currency",
                              "Close Date", "Deal Owner"]]
    stages = ["Lead", "Qualified", "Proposal", "Negotiation"]
    for n in range(count):
        amount: Any = f"{(n % 90) + 10}万" if n % 3 else 1_000_000 + n
        date: Any = f"2025-{(n % 12) + 1:02d}-{(n % 27) + 1:02d}"
        stage = stages[n % 4]
        if n in bad:
            if (n // 200) % 2:
                amount = "about a lot"
            else:
                stage = "Signed maybe"
        rows.append([f"Deal {n:05d}", f"Company {n % 400}", stage, amount, "CNY", date,
                     "wang"])
    return rows


def test_ten_thousand_rows_fifty_bad_values_land_then_exact_undo(db: Path,
                                                                 tmp_path: Path) -> None:
    """One bad value never drops a row: the deal lands without it, the text is kept in its
    notes, and a warning names the row and column."""
    bad = set(range(7, 10_000, 200))
    assert len(bad) == 50
    path = write_xlsx(tmp_path / "deals.xlsx", opportunity_rows(10_000, bad))
    before = dump(db)
    plan = plan_import(path, ImportOptions(entity="opportunity"))
    assert plan.counts == {"create": 10_000, "update": 0, "unchanged": 0, "skip": 0,
                           "error": 0}
    assert sorted({p.row for p in plan.warnings}) == sorted(n + 2 for n in bad)
    assert {p.column for p in plan.warnings} == {"Amount", "Deal Stage"}
    assert plan.unknown_values == {"stage": {"Signed maybe": 25}}
    result = apply_import(plan)
    assert Opportunity.select().count() == 10_000
    assert Organization.select().where(Organization.batch_uid == result.batch_uid).count() == 400
    vague = Opportunity.get(Opportunity.title == "Deal 00207")
    assert vague.value_minor is None and vague.notes == "Amount: about a lot"
    unsure = Opportunity.get(Opportunity.title == "Deal 00007")
    assert unsure.stage.name == "Lead" and unsure.notes == "Deal Stage: Signed maybe"
    deal = Opportunity.get(Opportunity.title == "Deal 00001")
    assert (deal.value_minor, deal.currency) == (110_000 * 100, "CNY")
    assert deal.organization.name == "Company 1" and deal.stage.name == "Qualified"
    batch = ImportBatch.get(ImportBatch.uid == result.batch_uid)
    assert batch.file_name == "deals.xlsx" and len(batch.file_hash) == 64
    assert json.loads(batch.report)["created"] == 10_000
    from tracker.queries import ListQuery

    assert ListQuery("opportunity", search="Company 1").count() > 0  # indexed for search
    undo_import(result.batch_uid)
    assert dump(db) == before
    with pytest.raises(UndoRefused, match="already undone"):
        undo_import(result.batch_uid)


def test_bulk_create_writes_what_create_writes(seeded: Path) -> None:
    org = Organization.select().first()
    values = {"title": "CAR-T 工艺开发 process", "organization": org.id, "stage": "",
              "value": "1200000", "currency": "CNY", "owner": "李明",
              "expected_close": "2025-03-05"}
    one = records.create("opportunity", values).first_created
    spec = spec_for("opportunity")
    with writing():
        [two] = bulk_create("opportunity", [validate(spec, values, None)], source="manual",
                            source_detail="", batch_uid=None, operation=new_uid(),
                            user="tester")
    skip = {"id", "uid", "created_at", "updated_at", "stage_entered_at"}
    first = {k: v for k, v in records.snapshot("opportunity", records.load("opportunity", one))
             .items() if k not in skip}
    second = {k: v for k, v in records.snapshot("opportunity", records.load("opportunity", two))
              .items() if k not in skip}
    assert first == second
    bodies = [search.indexed_text("opportunity", i) for i in (one, two)]
    assert bodies[0] == bodies[1] and "li" in bodies[0]
    logs = [json.loads(ChangeLog.get(ChangeLog.record_id == i, ChangeLog.entity ==
                                     "opportunity").changes) for i in (one, two)]
    for log in logs:
        log.pop("stage_entered_at")
    assert logs[0] == logs[1]


def test_contacts_match_by_email_wechat_phone_and_update(seeded: Path, tmp_path: Path) -> None:
    records.create("contact", {"name": "王芳", "emails": ["fang@x.cn"],
                               "phones": ["13800138000"], "wechat_id": "wangfang88"})
    path = write_xlsx(tmp_path / "people.xlsx", [
        ["姓名", "邮箱", "手机", "微信号", "职务"],
        ["王芳", "FANG@x.cn", "", "", "总监"],
        ["Fang W.", "", "+86 138 0013 8000", "", "VP"],
        ["芳", "", "", "wangfang88", "CEO"],
        ["New Person", "new@y.com", "138-0013-8001", "", "BD"],
    ])
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "contact"
    assert [r.matched_by for r in plan.rows] == ["email", "", "", ""]
    assert [r.action for r in plan.rows] == ["update", "error", "error", "create"]
    assert "the same record as row 2" in plan.rows[1].problems[0].reason
    assert plan.rows[0].changes == {"title": ("", "总监")}


def test_modes_create_only_and_update_only(seeded: Path, tmp_path: Path) -> None:
    org = Organization.select().first()
    path = write_xlsx(tmp_path / "orgs.xlsx", [["Company name", "City"], [org.name, "Hangzhou"],
                                               ["Brand New Bio", "Suzhou"]])
    create = plan_import(path, ImportOptions(mode="create"))
    assert [r.action for r in create.rows] == ["skip", "create"]
    update = plan_import(path, ImportOptions(mode="update"))
    assert [r.action for r in update.rows] == ["update", "skip"]


def test_legal_suffixes_match_and_near_names_only_suggested(db: Path, tmp_path: Path) -> None:
    records.create("organization", {"name": "Shanghai Cell Therapeutics Co., Ltd."})
    records.create("organization", {"name": "上海细胞治疗有限公司"})
    path = write_xlsx(tmp_path / "o.xlsx", [["客户名称", "城市"],
                                            ["Shanghai Cell Therapeutics", "上海"],
                                            ["（上海）细胞治疗股份", "上海"],
                                            ["Shanghai Cell Therapeutic Ltd", "上海"]])
    plan = plan_import(path, ImportOptions(entity="organization"))
    # equal only without legal words, or near: suggested, never merged
    assert [r.action for r in plan.rows] == ["create", "create", "create"]
    assert all(r.record_id is None for r in plan.rows)
    assert "Shanghai Cell Therapeutics Co., Ltd." in plan.rows[0].suggestions[0]
    assert "上海细胞治疗有限公司" in plan.rows[1].suggestions[0]
    opp_file = write_xlsx(tmp_path / "d.xlsx", [["Deal name", "Company"],
                                                ["X", "Shanghai Cell Therapeutics Ltd"]])
    deal_plan = plan_import(opp_file, ImportOptions(entity="opportunity"))
    assert deal_plan.rows[0].suggestions == [
        "Company: 'Shanghai Cell Therapeutics Ltd' is not in Beacon as written; it may be "
        "Shanghai Cell Therapeutics Co., Ltd.: same name after removing Ltd, Co"]
    refused = plan_import(opp_file, ImportOptions(entity="opportunity", create_links=False))
    assert "no organization named" in refused.rows[0].problems[0].reason


def test_missing_required_column_is_one_clear_message(db: Path) -> None:
    with pytest.raises(ImportFileError, match="no column is mapped to 'Title'"):
        plan_import(sample("Taeg03__QUESTNut-Analysis__all-deals-no PII.csv"),
                    ImportOptions(entity="opportunity"))


def test_mapping_to_an_unknown_field_is_refused(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "o.xlsx", [["Name", "Ort"], ["Acme", "Basel"]])
    with pytest.raises(ImportFileError, match="'town' is not a field of organization"):
        plan_import(path, ImportOptions(entity="organization", mapping={"Ort": "town"}))
    plan = plan_import(path, ImportOptions(entity="organization", mapping={"Ort": "city"}))
    assert plan.rows[0].values == {"name": "Acme", "city": "Basel"}


def test_undo_refused_when_edited_since(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "o.xlsx", [["Name", "City"], ["Acme", "Boston"],
                                            ["Beta", "Basel"]])
    result = apply_import(plan_import(path, ImportOptions(entity="organization")))
    acme = Organization.get(Organization.name == "Acme")
    records.update("organization", acme.id, acme.version, {"city": "Cambridge"})
    with pytest.raises(UndoRefused, match="1 record.*Acme"):
        undo_import(result.batch_uid)
    assert Organization.select().count() == 2


def test_mapping_is_remembered_for_the_same_headers(db: Path) -> None:
    headers = ["Firma", "Ort"]
    remember_mapping(headers, "organization", {"Firma": "name", "Ort": "city"})
    assert remembered_mapping(headers, "organization") == {"Firma": "name", "Ort": "city"}
    assert remembered_mapping(["Firma", "Stadt"], "organization") is None


SAMPLE_COUNTS = [
    ("Taeg03__QUESTNut-Analysis__all-companies.csv", None, "organization", None),
    # Odoo partners: 3 companies (organizations) and 5 people (contacts), see test below
    ("tamam001-ALWAFI_P1__odoo12__base__res_partner.xls", None, "contact", 8),
    ("malakhA-coffice__odoo13__base_import__o2m_customers_contacts.csv", None, "contact", 8),
    ("malakhA-coffice__odoo13__base_import__m2m_customers_tags.csv", None, "organization", 5),
    ("deepsoft-haolifa-fmis__客户及信息备案表.xlsx", "客户备案表", "contact", 0),
    ("deepsoft-haolifa-fmis__客户名录范本.xlsx", "新客户名录", "contact", 0),
]


@pytest.mark.parametrize(("name", "sheet", "entity", "created"), SAMPLE_COUNTS)
def test_samples_import_with_right_counts(db: Path, name: str, sheet: str | None, entity: str,
                                          created: int | None) -> None:
    path = sample(name)
    plan = plan_import(path, ImportOptions(sheet=sheet))
    assert plan.entity == entity
    result = apply_import(plan)
    counts = result.counts
    if created is not None:
        assert counts["create"] == created, report(plan, None, dry_run=True)["errors"][:5]
        assert counts["error"] == 0
    else:  # HubSpot companies: 13,455 rows, each its own Record ID (companies that share a
        # name are different records there); 5 have an ID and no name: errors
        assert (counts["create"], counts["skip"], counts["error"], plan.blank_rows) == (
            13_450, 0, 5, 0)
    undo_import(result.batch_uid or "")


def test_krayin_persons_fake_phone_numbers_are_kept_in_notes(db: Path) -> None:
    path = sample("krayin__laravel-crm__samples__persons.csv")
    plan = plan_import(path, ImportOptions())
    assert plan.counts["error"] == 0 and plan.counts["create"] == 2
    assert {p.column for p in plan.warnings} == {"contact_numbers"}
    assert "5454445454 is not a valid phone number" in plan.warnings[0].reason
    assert "contact_numbers: 5454445454" in plan.rows[0].values["notes"]
    plan = plan_import(path, ImportOptions(mapping={"contact_numbers": None}))
    assert plan.counts["create"] == 2
    assert plan.rows[0].values["emails"] == ["contact@wilson.com", "contact.home@wilson.com"]


def test_krayin_leads_ask_for_their_currency_and_keep_an_unknown_status(db: Path) -> None:
    path = sample("krayin__laravel-crm__samples__leads.csv")
    with pytest.raises(ImportFileError, match="'lead_value' name no currency"):
        plan_import(path, ImportOptions())
    plan = plan_import(path, ImportOptions(mapping={"status": None}, currency="USD"))
    assert plan.counts["create"] == 2
    plan_with_status = plan_import(path, ImportOptions(currency="USD"))
    assert plan_with_status.counts["create"] == 2
    assert "1 is not a status" in plan_with_status.warnings[0].reason
    assert plan_with_status.unknown_values == {"status": {"1": 2}}


def test_chinese_sheet_with_rows_imports_under_title(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", [
        ["                   公司 客户备案表"], [],
        ["序号", "客户名称", "联系人", "职务", "联系电话", "邮箱", "备注"],
        [1, "上海细胞治疗有限公司", "李明", "总经理", "138 0013 8000", "li@sct.cn", "  "],
        [2, "北京免疫科技", "张伟", "BD", "010-6123 4567", "", "展会"],
        ["序号", "客户名称", "联系人", "职务", "联系电话", "邮箱", "备注"],
        [3, "", "", "", "", "", ""],
    ])
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "contact" and plan.header_row == 2
    result = apply_import(plan)
    # the repeated header and the row of only a 序号 are listed as skipped
    assert result.counts == {"create": 2, "update": 0, "unchanged": 0, "skip": 2, "error": 0}
    assert [r.note for r in plan.rows if r.action == "skip"] == [
        "repeated header row", "nothing to import in this row (only 序号)"]
    li = Contact.get(Contact.name_zh == "李明")
    assert li.organization.name == "上海细胞治疗有限公司"
    assert records.spec_for("contact").virtual["phones"].get(li) == ["+8613800138000"]


def run_cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db_path), *args],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])


def test_cli_import_json_errors_workbook_and_undo(tmp_path: Path) -> None:
    db_path = tmp_path / "cli.sqlite3"
    path = write_xlsx(tmp_path / "deals.xlsx", opportunity_rows(30, {3, 4}))
    # no Currency column: the command line asks for --currency
    path = write_xlsx(tmp_path / "deals.xlsx", [r[:4] + r[5:] for r in opportunity_rows(
        30, {3, 4})])
    dry = run_cli(db_path, "import", str(path), "--dry-run", "--json")
    assert dry.returncode == 2 and "say which with --currency" in dry.stderr
    unmapped = json.loads(run_cli(db_path, "import", str(path), "--dry-run", "--json",
                                  "--currency", "cny").stdout)
    assert unmapped["mapping"]["unknown_values"] == {"stage": {"Signed maybe": 2}}
    assert unmapped["warnings"][0] == {"row": 5, "column": "Deal Stage", "reason": (
        "no stage of Beacon's pipelines is called Signed maybe (the deal goes to the first "
        "stage; say which stage it means to place it); kept in the notes as written")}
    dry = run_cli(db_path, "import", str(path), "--dry-run", "--json", "--currency", "cny",
                  "--map-value", "Stage:Signed maybe=Contracting")
    assert dry.returncode == 0, dry.stderr
    summary = json.loads(dry.stdout)
    assert (summary["created"], summary["batch"], summary["errors"]) == (30, None, [])
    assert summary["warnings"] == []  # rows 5 and 6 say "Signed maybe": mapped
    assert summary["mapping"]["columns"]["Deal Stage"] == "stage"
    assert summary["mapping"]["currency"] == "CNY"
    assert summary["mapping"]["values"] == {"stage": {"Signed maybe": "Contracting"}}
    assert summary["mapping"]["unknown_values"] == {}
    rows = opportunity_rows(30, set())
    rows[4][0] = rows[5][0] = ""  # deals without a title cannot land
    out = tmp_path / "errors.xlsx"
    done = run_cli(db_path, "import", str(write_xlsx(tmp_path / "untitled.xlsx", rows)),
                   "--json", "--errors", str(out), "--map", "Deal Owner=")
    summary = json.loads(done.stdout)
    assert done.returncode == 1 and {e["row"] for e in summary["errors"]} == {5, 6}
    assert plan_import_errors(out) == 2
    done = run_cli(db_path, "import", str(path), "--json", "--currency", "CNY",
                   "--map-value", "stage:Signed maybe=Contracting")
    summary = json.loads(done.stdout)
    # the same titles at the same companies: suggested, not merged (deals match by ID only)
    assert summary["created"] == 30 and summary["batch"]
    assert sum(s["text"].startswith("a deal titled") for s in summary["suggestions"]) == 28
    again = json.loads(run_cli(db_path, "import", str(path), "--json", "--currency", "CNY",
                               "--dry-run").stdout)
    assert again["mapping"]["values"] == {"stage": {"Signed maybe": "Contracting"}}
    undone = run_cli(db_path, "undo-import", summary["batch"])
    # 30 deals, and the 2 companies only the first import's untitled rows named
    assert undone.returncode == 0 and "32 record(s) deleted" in undone.stdout
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    failed = run_cli(db_path, "import", str(broken))
    assert failed.returncode == 2
    assert failed.stderr.strip().startswith("beacon: error: broken.xlsx:")
    assert len(failed.stderr.strip().splitlines()) == 1


def plan_import_errors(path: Path) -> int:
    from tracker.excel.reading import open_workbook, read_sheet

    rows = read_sheet(open_workbook(path)).rows
    assert rows[0][-1] == "Problems"
    return len(rows) - 1


def test_a_batch_is_logged_once_and_old_batches_logged_per_record_still_undo(
        db: Path, tmp_path: Path) -> None:
    """An import writes its batch row and one change-log entry for the batch, not one per
    record it creates; a batch written by the first release (one 'create' entry per
    record) undoes as well."""
    path = write_xlsx(tmp_path / "o.xlsx", [["Name", "City"], ["Acme", "Boston"],
                                            ["Beta", "Basel"]])
    result = apply_import(plan_import(path, ImportOptions(entity="organization")))
    assert [e.entity for e in ChangeLog.select().where(
        ChangeLog.operation == result.batch_uid)] == ["import_batch"]
    assert Organization.select().where(Organization.batch_uid == result.batch_uid).count() == 2
    old_batch = new_uid()
    with writing():
        ImportBatch.create(uid=old_batch, file_name="old.xlsx", file_hash="0" * 64,
                           entity="organization", mode="create", created_at=utcnow(),
                           created_by="tester", report="{}")
        bulk_create("organization", [validate(spec_for("organization"), {"name": "Gamma"},
                                              None)],
                    source="import", source_detail="old.xlsx", batch_uid=old_batch,
                    operation=old_batch, user="tester", log_each=True)
    assert ChangeLog.select().where(ChangeLog.operation == old_batch).count() == 1
    undo_import(old_batch)
    undo_import(result.batch_uid)
    assert Organization.select().count() == 0



@pytest.mark.parametrize("name", ["malakhA-coffice__odoo13__base_import__o2m_customers_contacts.csv",
                                  "tamam001-ALWAFI_P1__odoo12__base__res_partner.xls"])
def test_odoo_partners_split_into_companies_and_their_people(db: Path, name: str) -> None:
    """Odoo's partner files mix companies ("Is a company" 1) and people (0) who name their
    company under "Related company": companies become organizations, people contacts
    linked to them, in one batch that undoes whole."""
    plan = plan_import(sample(name), ImportOptions())
    assert plan.entity == "contact"
    assert plan.created() == {"organization": 3, "contact": 5}
    summary = report(plan, None, dry_run=True)
    assert summary["created_by_type"] == {"organization": 3, "contact": 5}
    assert summary["linked_created"] == {"organization": 0, "contact": 0}  # no duplicates
    result = apply_import(plan)
    assert sorted(o.name for o in Organization.select()) == [
        "Aurora Shelves", "House Sales Direct", "International Wood"]
    wood = Organization.get(Organization.name == "International Wood")
    assert (wood.city, wood.country) == ("Washington", "United States")
    people = {c.name: c.organization.name if c.organization else None
              for c in Contact.select()}
    assert people == {"Roger Martins": "Aurora Shelves", "Yvan Holiday": "House Sales Direct",
                      "Jack Unsworth": "House Sales Direct", "Michael Mason": None,
                      "Sharon Pecker": "International Wood"}
    undo_import(result.batch_uid or "")
    assert Organization.select().count() == Contact.select().count() == 0


def test_company_rows_in_any_order_and_known_companies_are_linked(db: Path,
                                                                  tmp_path: Path) -> None:
    """A person may come before their company's row; a company already in Beacon is not
    made twice (its row is skipped in create mode) and its people link to it."""
    known = records.create("organization", {"name": "Juventas Cell Therapy Ltd."}
                           ).first_created
    path = write_xlsx(tmp_path / "partners.xlsx", [  # as Odoo 14+ writes the kind
        ["Name", "Company Type", "Related company", "Email", "Country"],
        ["Li Ming", "Individual", "Acme Bio", "li@acme.example", "China"],
        ["Acme Bio", "Company", "", "info@acme.example", "China"],
        ["Wang Fang", "Individual", "JUVENTAS CELL THERAPY LTD", "wf@juventas.example", ""],
        ["Juventas Cell Therapy Ltd", "Company", "", "", ""],
    ])
    plan = plan_import(path, ImportOptions(mode="create"))
    assert [(r.row, r.action, r.entity) for r in plan.rows] == [
        (2, "create", ""), (3, "create", "organization"), (4, "create", ""),
        (5, "skip", "organization")]
    apply_import(plan)
    acme = Organization.get(Organization.name == "Acme Bio")
    assert acme.country == "China"
    assert records.snapshot("organization", acme)["emails"] == ["info@acme.example"]
    assert acme.notes == ""
    assert Organization.select().count() == 2
    assert Contact.get(Contact.name == "Li Ming").organization_id == acme.id
    assert Contact.get(Contact.name == "Wang Fang").organization_id == known


def test_undo_refused_while_a_later_record_links_to_an_imported_one(db: Path,
                                                                   tmp_path: Path) -> None:
    """Deals imported with their new organizations undo together; a deal typed in later
    against an imported organization blocks the undo (it would be cut off), by name."""
    path = write_xlsx(tmp_path / "deals.xlsx", [["Title", "Organization"],
                                                ["Vector supply", "Acme Bio"]])
    result = apply_import(plan_import(path, ImportOptions(entity="opportunity")))
    acme = Organization.get(Organization.name == "Acme Bio")
    later = records.create("opportunity", {"title": "Typed later", "organization": acme.id})
    with pytest.raises(UndoRefused, match="Typed later .links to an imported record"):
        undo_import(result.batch_uid or "")
    records.update("opportunity", later.first_created, 1, {"organization": None})
    undo_import(result.batch_uid or "")
    assert Organization.select().count() == 0
    assert [d.title for d in Opportunity.select()] == ["Typed later"]


def test_planning_rows_without_a_stage_column_asks_the_database_a_few_times(
        db: Path, tmp_path: Path) -> None:
    """Each new deal goes to the default pipeline's first stage, looked up once per import,
    not once a row (it was two queries a row: 80 s of query building for 100,000 rows)."""
    path = write_xlsx(tmp_path / "leads.xlsx", [["Deal Name", "Company"]]
                      + [[f"Deal {n}", f"Company {n % 7}"] for n in range(500)])
    with statements_run() as statements:
        plan = plan_import(path, ImportOptions(entity="opportunity"))
    assert plan.counts["create"] == 500
    assert {r.clean["stage"] for r in plan.rows} == {find_stage("Lead").id}
    assert len(statements) < 60, statements[-5:]


def test_undo_puts_back_a_record_the_batch_linked_to_an_organization_it_made(
        db: Path, tmp_path: Path) -> None:
    """Ann exists; the file moves her to a new company NewCo and adds Bob there. Undo gives
    Ann her old (empty) organization back, then deletes Bob and NewCo."""
    ann = records.create("contact", {"name": "Ann", "emails": ["ann@x.com"]}).first_created
    path = write_xlsx(tmp_path / "people.xlsx", [["Name", "Email", "Company"],
                                                 ["Ann", "ann@x.com", "NewCo"],
                                                 ["Bob", "bob@x.com", "NewCo"]])
    result = apply_import(plan_import(path, ImportOptions(entity="contact")))
    assert Contact.get_by_id(ann).organization.name == "NewCo"
    undo_import(result.batch_uid or "")
    assert [(c.name, c.organization_id) for c in Contact.select()] == [("Ann", None)]
    assert Organization.select().count() == 0


def test_renaming_organizations_reindexes_their_deals_with_the_new_names(
        db: Path, tmp_path: Path) -> None:
    from tracker.queries import ListQuery

    alpha = records.create("organization", {"name": "Alpha"}).first_created
    beta = records.create("organization", {"name": "Beta"}).first_created
    deal = records.create("opportunity", {"title": "Deal", "organization": alpha,
                                          "client": beta}).first_created
    new_names = {"Alpha": "Orion Cell", "Beta": "Vega Bio"}
    rows = [["Beacon ID", "Name"]] + [[o.uid, new_names[o.name]]
                                      for o in Organization.select().order_by(Organization.id)]
    apply_import(plan_import(write_xlsx(tmp_path / "orgs.xlsx", rows),
                             ImportOptions(entity="organization")))
    assert ListQuery("opportunity", search="Vega").ids() == [deal]
    assert ListQuery("opportunity", search="Orion").ids() == [deal]
    assert ListQuery("opportunity", search="Beta").ids() == []


def test_a_company_list_with_a_company_type_column_stays_a_company_list(
        db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "hospitals.xlsx", [
        ["Name", "Company type", "Website", "Country"],
        ["Ruijin Hospital", "Hospital", "https://www.rjh.com.cn", "China"],
        ["WuXi Biologics", "CDMO", "https://www.wuxibiologics.com", "China"]])
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "organization" and plan.created() == {"organization": 2}


def test_people_reach_their_file_s_company_by_either_name_without_linked_records(
        db: Path, tmp_path: Path) -> None:
    """A person naming a company of the same file, before its row and by its Chinese name,
    links to the organization that row makes, also with 'create linked records' off."""
    path = write_xlsx(tmp_path / "partners.xlsx", [
        ["Name", "Chinese name", "Is a company", "Company"],
        ["Bob", None, 0, "新公司"],
        ["Li Ming", None, 0, "NEWCO"],
        ["NewCo", "新公司", 1, None],
    ])
    plan = plan_import(path, ImportOptions(create_links=False))
    assert plan.counts["error"] == 0 and plan.created() == {"organization": 1, "contact": 2}
    apply_import(plan)
    [newco] = Organization.select()
    assert (newco.name, newco.name_zh) == ("NewCo", "新公司")
    assert {c.name: c.organization_id for c in Contact.select()} == {"Bob": newco.id,
                                                                     "Li Ming": newco.id}


def test_comparing_known_contacts_reads_their_emails_and_phones_in_bulk(
        db: Path, tmp_path: Path) -> None:
    """The same 500 contacts imported again: all unchanged, and their emails and phones are
    read a few hundred at a time, not twice a row."""
    rows = [["Name", "Email", "Phone"]] + [[f"Person {n}", f"p{n}@x.cn", f"1380013{n:04d}"]
                                           for n in range(500)]
    path = write_xlsx(tmp_path / "people.xlsx", rows)
    apply_import(plan_import(path, ImportOptions(entity="contact")))
    rows[7][2] = "13900139000"  # one new phone, for Person 6
    again = write_xlsx(tmp_path / "again.xlsx", rows)
    with statements_run() as statements:
        plan = plan_import(again, ImportOptions(entity="contact"))
    assert plan.counts["unchanged"] == 499 and plan.counts["update"] == 1
    [changed] = [r for r in plan.rows if r.action == "update"]
    assert changed.changes == {"phones": (["+8613800130006"], ["+8613900139000"])}
    assert len(statements) < 60, statements[-5:]


def test_cli_counts_rows_on_a_terminal_only(tmp_path: Path) -> None:
    """On a terminal `beacon import` shows how far the check and the writing are; piped (as
    above) stderr stays silent and stdout holds only the report."""
    import os
    import pty

    path = write_xlsx(tmp_path / "deals.xlsx", opportunity_rows(4500, set()))
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db",
                           str(tmp_path / "tty.sqlite3"), "import", str(path), "--json"],
                          stdout=subprocess.PIPE, stderr=follower, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is closed once everything is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 0 and json.loads(done.stdout)["created"] == 4500
    lines = shown.decode().replace("\r\n", "\n").split("\n")
    assert lines[0].endswith("checking 4,500 / 4,500") and "\rchecking 2,000 / 4,500" in lines[0]
    assert lines[1].endswith("writing 4,500 / 4,500")
