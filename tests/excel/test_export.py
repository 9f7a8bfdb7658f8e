"""Export: the workbook's shape, text that never becomes a formula, and the round trip."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tracker.excel.batches import apply_import, report, undo_import
from tracker.excel.exporter import ExportRequest, export_workbook
from tracker.excel.importer import ImportOptions, plan_import
from tracker.excel.reading import open_workbook, read_sheet
from tracker.models import Opportunity
from tracker.queries import ListQuery
from tracker.services import money, records
from tracker.services.pipelines import find_stage

from .helpers import libreoffice_convert
from .test_import import dump

HOSTILE = ["=1+1", '=HYPERLINK("http://evil.example","click")', "+86 138 0013 8000", "-5",
           "@SUM(A1)", "\tTabbed", "\rCarriage", "\nNew line", "http://example.com"]


@pytest.fixture
def pipeline(seeded: Path) -> Path:
    """Deals in several currencies and stages, with awkward text."""
    money.set_rate("USD", "CNY", "7.2", dt.date(2025, 1, 1))
    org = records.create("organization", {"name": "上海细胞治疗有限公司"}).first_created
    stages = ["Lead", "Qualified", "Proposal", "Negotiation"]
    for n in range(40):
        records.create("opportunity", {
            "title": HOSTILE[n % len(HOSTILE)] + f" #{n}" if n < 18 else f"CAR-T 项目 {n}",
            "organization": org if n % 2 else None,
            "stage": find_stage(stages[n % 4]).id,
            "value": str(100_000 * (n + 1)) if n % 5 else "",
            "currency": ("USD" if n % 3 == 0 else "CNY") if n % 5 else "",
            "expected_close": dt.date(2025, 1 + n % 12, 1 + n % 28),
            "next_step": HOSTILE[(n + 3) % len(HOSTILE)], "owner": "王芳",
        })
    return seeded


def test_workbook_shape(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "pipeline.xlsx"
    counts = export_workbook(out)
    assert counts["opportunity"] == ListQuery("opportunity").count()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:4] == ["Summary", "Opportunities", "Organizations", "Contacts"]
    assert book["Lists"].sheet_state == "hidden"
    sheet = book["Opportunities"]
    headers = [c.value for c in sheet[1]]
    assert headers[0] == "Title" and headers[-2:] == ["Beacon ID", "Version"]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:U{counts['opportunity'] + 1}"
    assert sheet.column_dimensions["T"].hidden and sheet.column_dimensions["U"].hidden
    assert sheet.column_dimensions["A"].width >= 30
    lists = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    stage = lists["F2"]  # the stage column's list is its own row's pipeline's stages
    assert stage.type == "list" and "Lists!" in stage.formula1 and "MATCH(" in stage.formula1
    value_column = headers.index("Value") + 1
    date_column = headers.index("Expected close") + 1
    priced = [r for r in sheet.iter_rows(min_row=2) if r[value_column - 1].value is not None]
    currency_column = headers.index("Currency")
    symbols = {"CNY": '"¥"', "USD": '"$"'}
    # each amount in its own row's currency, also where the rows alternate
    assert {r[currency_column].value for r in priced} == {"CNY", "USD"}
    assert all(r[value_column - 1].number_format.startswith(symbols[r[currency_column].value])
               for r in priced)
    assert all(isinstance(r[date_column - 1].value, dt.datetime) for r in priced)
    assert sheet.cell(2, date_column).number_format == "yyyy-mm-dd"
    summary = [[c.value for c in row] for row in book["Summary"].iter_rows()]
    assert summary[1][:3] == ["Pipeline", "Stage", "Deals"] and "Total (CNY)" in summary[1]
    lead = next(r for r in summary if r[1] == "Lead")
    assert lead[2] == ListQuery("opportunity", filters={"stage": find_stage("Lead").id}).count()
    assert any(r[0] == "Forecast by month of expected close (open deals)" for r in summary)


def test_text_never_becomes_a_formula_or_link(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.xlsx"
    export_workbook(out, ExportRequest.everything())
    with zipfile.ZipFile(out) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = b"".join(archive.read(n) for n in sheets)
        assert b"<f>" not in xml and b"<f " not in xml and b"<hyperlinks" not in xml
        rels = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".rels"))
        assert b"relationships/hyperlink" not in rels
    book = openpyxl.load_workbook(out)
    titles = {c.value: c.data_type for c in book["Opportunities"]["A"][1:]}
    stored = {o.title for o in Opportunity.select()}
    assert set(titles) == stored and set(titles.values()) == {"s"}
    assert {"=1+1 #0", "+86 138 0013 8000 #2", "-5 #3", "@SUM(A1) #4"} <= stored
    rows = read_sheet(open_workbook(out), "Opportunities").rows
    assert {r[0] for r in rows[1:]} == stored


def test_export_what_i_see_and_cli_filters(pipeline: Path, tmp_path: Path) -> None:
    query = ListQuery("opportunity", search="项目", sort="title")
    out = tmp_path / "mine.xlsx"
    counts = export_workbook(out, ExportRequest.from_list(query, ["title", "stage", "value"]))
    assert counts == {"opportunity": query.count()}
    rows = read_sheet(open_workbook(out), "Opportunities").rows
    assert rows[0] == ["Title", "Stage", "Value", "Beacon ID", "Version"]
    assert [r[0] for r in rows[1:]] == [r["title"] for r in query.rows_for(query.ids())]
    stage_only = ExportRequest.from_cli(None, None, "Proposal")
    assert list(stage_only.queries) == ["opportunity"]


def test_round_trip_changes_nothing(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    export_workbook(out)
    for entity in ("opportunity", "organization", "contact"):
        plan = plan_import(out, ImportOptions(entity=entity, mode="update"))
        assert plan.count("unchanged") == ListQuery(entity).count()
        assert plan.counts["update"] == plan.counts["error"] == 0, report(plan, None,
                                                                          dry_run=True)


def edit_with_openpyxl(path: Path) -> dict[str, tuple[str, int, str]]:
    """Change stage, value and next step of three rows, as a manager would in Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book["Opportunities"]
    headers = [c.value for c in sheet[1]]
    stage, value, step, uid = (headers.index(h) + 1 for h in
                               ("Stage", "Value", "Next step", "Beacon ID"))
    edits = {}
    for row, (new_stage, new_value, new_step) in zip((3, 8, 20), (
            ("Contracting", 2_500_000, "Send the term sheet"),
            ("Negotiation", 999_000, "=call back @ 9am"),
            ("Qualified", 1_000, "拜访上海工厂")), strict=True):
        sheet.cell(row, stage).value = new_stage
        sheet.cell(row, value).value = new_value
        sheet.cell(row, step).value = new_step
        sheet.cell(row, step).data_type = "s"
        edits[sheet.cell(row, uid).value] = (new_stage, new_value, new_step)
    book.save(path)
    return edits


def check_edits_round_trip(path: Path, edits: dict[str, tuple[str, int, str]]) -> str:
    dry = plan_import(path, ImportOptions(entity="opportunity", mode="update"))
    changed = {r.uid: r.changes for r in dry.rows if r.action == "update"}
    assert set(changed) == set(edits)
    for uid, fields in changed.items():
        assert set(fields) == {"stage", "value_minor", "next_step"}, fields
        assert fields["next_step"][1] == edits[uid][2]
    assert dry.count("error") == 0
    batch = apply_import(dry).batch_uid
    assert batch is not None
    for uid, (stage, value, step) in edits.items():
        deal = Opportunity.get(Opportunity.uid == uid)
        assert (deal.stage.name, deal.value_minor, deal.next_step) == (stage, value * 100, step)
    again = plan_import(path, ImportOptions(entity="opportunity", mode="update"))
    assert again.count("update") == 0
    return batch


def test_round_trip_edited_with_openpyxl(pipeline: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    export_workbook(out)
    before = dump(pipeline)
    batch = check_edits_round_trip(out, edit_with_openpyxl(out))
    assert dump(pipeline) != before
    undo_import(batch)  # the updates go back, versions and audit fields included
    assert dump(pipeline) == before


def test_round_trip_saved_by_libreoffice(pipeline: Path, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "all.xlsx"
    export_workbook(out)
    resaved_dir = tmp_path / "lo"
    resaved_dir.mkdir()
    untouched = libreoffice_convert(out, "xlsx", resaved_dir)
    plan = plan_import(untouched, ImportOptions(entity="opportunity", mode="update"))
    assert plan.count("unchanged") == ListQuery("opportunity").count(), json.dumps(
        report(plan, None, dry_run=True)["changes"][:3], default=str)
    ods = libreoffice_convert(out, "ods", resaved_dir)
    plan = plan_import(ods, ImportOptions(entity="opportunity", mode="update"))
    assert plan.count("unchanged") == ListQuery("opportunity").count()
    edits = edit_with_openpyxl(untouched)
    again_dir = tmp_path / "lo2"
    again_dir.mkdir()
    check_edits_round_trip(libreoffice_convert(untouched, "xlsx", again_dir), edits)
    # The first file is now stale for the three edited deals: they are refused, not applied.
    ods_again = plan_import(ods, ImportOptions(entity="opportunity", mode="update"))
    assert {p.reason.split(":")[0] for p in ods_again.problems} == {
        "edited in Beacon since export (version 2, file 1)"}
    assert (ods_again.count("error"), ods_again.count("update")) == (3, 0)


def test_cli_export(pipeline: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "proposal.xlsx"
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(pipeline),
                           "export", str(out), "--stage", "Proposal"], capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    rows = read_sheet(open_workbook(out), "Opportunities").rows
    assert {r[5] for r in rows[1:]} == {"Proposal"} and len(rows) > 1
    assert not list(tmp_path.glob(".*.part"))
