"""A Chinese export writes the seeded pipelines' and stages' names as the Chinese window
shows them (Lead: 线索, BD partnering: BD 合作) and reads them back as the same stages: a
Chinese export re-imported changes nothing and asks nothing. Names a user typed are
written as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tracker.catalogue.seeded_names import seeded_names, seeded_word
from tracker.excel.batches import report
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Opportunity
from tracker.services import pipelines as stages
from tracker.services import records

from .helpers import chinese_export
from .test_dropdowns import list_values, two_pipelines, validations

__all__ = ["two_pipelines"]  # the fixture, used by name


def column(sheet: Any, header: str) -> list[Any]:
    at = [c.value for c in sheet[1]].index(header)
    return [row[at] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_a_chinese_export_writes_seeded_stages_in_chinese_and_reads_them_back(
        two_pipelines: dict[str, list[str]], tmp_path: Path) -> None:
    partnering = next(p for p in stages.pipelines() if p.name == "BD partnering")
    own = stages.create_pipeline("Licensing deals").first_created
    stages.add_stage(own, "Term sheet", 40)
    term_sheet = stages.find_stage("Term sheet").id
    org = Opportunity.select().first().organization_id
    records.create("opportunity", {"title": "Own stage deal", "organization": org,
                                   "stage": term_sheet})
    out, book = chinese_export(tmp_path)
    deals = book["Opportunities"]
    assert set(column(deals, "Pipeline")) == {"BD 合作", "分销", "Licensing deals"}
    assert set(column(deals, "Stage")) == {
        "线索", "已确认", "首次会面", "方案", "谈判", "签约", "潜在客户", "评估", "条款", "协议",
        "Term sheet"}
    # the drop-down lists hold the same words, so each row's stage list is found
    pipeline_list = list_values(book, validations(deals)["Pipeline"].formula1)
    assert pipeline_list == ["BD 合作", "分销", "Licensing deals"]
    lists = book["Lists"]
    assert [c.value for c in lists[1] if c.value][:3] == ["BD 合作", "线索", "已确认"]
    summary = [r[:2] for r in book["Summary"].iter_rows(values_only=True)]
    assert ("BD 合作", "线索") in summary
    assert partnering.name == "BD partnering"  # the database keeps Beacon's own name
    # Re-imported in update mode: no change, no warning, no value to map.
    plan = plan_import(out, ImportOptions(entity="opportunity", mode="update"))
    result = report(plan, None, dry_run=True)
    assert plan.count("unchanged") == Opportunity.select().count(), result["errors"][:3]
    assert result["warnings"] == [] and result["changes"] == []
    assert result["mapping"]["unknown_values"] == {}


def test_an_english_export_and_every_seeded_name_has_a_chinese_word(seeded: Any) -> None:
    from ui.labels import SEEDED_NAMES

    assert seeded_names() == set(SEEDED_NAMES)  # the window's list is the seeds' list
    assert all(seeded_word(name, "zh_CN") != name for name in seeded_names())
    assert seeded_word("Lead", "en") == "Lead" and seeded_word("Term sheet", "zh_CN") == (
        "Term sheet")


def test_the_command_line_round_trip_in_chinese(tmp_path: Path) -> None:
    import json

    from .test_unknown_columns import run_cli

    db_path, out = tmp_path / "cli.sqlite3", tmp_path / "pipeline.xlsx"
    assert run_cli(db_path, "seed").returncode == 0
    written = run_cli(db_path, "export", str(out), "--language", "zh_CN")
    assert written.returncode == 0, written.stderr
    assert "线索" in column(openpyxl.load_workbook(out)["Opportunities"], "Stage")
    again = run_cli(db_path, "import", str(out), "--entity", "opportunities", "--mode",
                    "update", "--json")
    assert again.returncode == 0, again.stderr
    result = json.loads(again.stdout)
    assert (result["created"], result["updated"], result["warnings"], result["errors"]) == (
        0, 0, [], [])
    assert result["unchanged"] > 0 and result["mapping"]["unknown_values"] == {}
    # the stage as the Chinese window names it chooses the same deals as its own name
    leads = tmp_path / "leads.xlsx"
    for name, path in (("线索", leads), ("Lead", tmp_path / "lead.xlsx")):
        chosen = run_cli(db_path, "export", str(path), "--stage", name)
        assert chosen.returncode == 0, chosen.stderr
    assert column(openpyxl.load_workbook(leads)["Opportunities"], "Title") == column(
        openpyxl.load_workbook(tmp_path / "lead.xlsx")["Opportunities"], "Title")
    assert set(column(openpyxl.load_workbook(leads)["Opportunities"], "Stage")) == {"Lead"}
