"""Export drop-downs: each row's stage list is its own pipeline's stages; status, currency
and kinds have lists too, written as words of the window's language, and read back."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tracker.excel.batches import apply_import, report
from tracker.excel.exporter import ExportRequest, export_workbook
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Opportunity, Organization
from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.pipelines import pipelines, stages_of

from .helpers import chinese_export


@pytest.fixture
def two_pipelines(seeded: Any) -> dict[str, list[str]]:
    """A deal in every stage of both seeded pipelines; {pipeline: its stages}."""
    org = records.create("organization", {"name": "Juno Cell", "kind": "drug_developer"})
    found = {}
    for pipeline in pipelines():
        stages = stages_of(pipeline.id)
        found[pipeline.name] = [s.name for s in stages]
        for stage in stages:
            records.create("opportunity", {
                "title": f"{pipeline.name} / {stage.name}", "organization": org.first_created,
                "stage": stage.id, "value": "1200000", "currency": "USD"})
    assert len(found) == 2
    return found


def validations(sheet: Any) -> dict[str, Any]:
    """The sheet's drop-downs by the header of the column they sit on."""
    headers = [c.value for c in sheet[1]]
    found = {}
    for validation in sheet.data_validations.dataValidation:
        first = str(validation.sqref).split(":")[0]
        column = openpyxl.utils.column_index_from_string(re.sub(r"\d", "", first))
        assert first.endswith("2") and validation.type == "list"
        found[headers[column - 1]] = validation
    return found


def list_values(book: Any, formula: str) -> list[str]:
    """The values of a plain range list, Lists!$X$1:$X$n."""
    match = re.fullmatch(r"Lists!\$([A-Z]+)\$1:\$\1\$(\d+)", formula)
    assert match, formula
    column, last = match.groups()
    return [book["Lists"][f"{column}{row}"].value for row in range(1, int(last) + 1)]


def stage_choices(book: Any, formula: str, pipeline: str) -> list[str]:
    """What Excel offers in a stage cell whose row names `pipeline`: the formula's MATCH
    finds the pipeline's row on Lists, OFFSET reads its stages across from column B."""
    assert re.fullmatch(r"OFFSET\(Lists!\$B\$1,MATCH\(\$[A-Z]+2,Lists!\$A\$1:\$A\$\d+,0\)-1,"
                        r"0,1,COUNTA\(OFFSET\(Lists!\$B\$1,MATCH\(\$[A-Z]+2,Lists!\$A\$1:"
                        r"\$A\$\d+,0\)-1,0,1,40\)\)\)", formula), formula
    lists = book["Lists"]
    [row] = [r for r in lists.iter_rows(min_col=1, max_col=41, values_only=True)
             if r[0] == pipeline]
    return [v for v in row[1:] if v is not None]


def test_stage_list_is_the_rows_own_pipeline(two_pipelines: dict[str, list[str]],
                                             tmp_path: Path) -> None:
    out = tmp_path / "deals.xlsx"
    export_workbook(out, ExportRequest.everything())
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[-1] == "Lists" and book["Lists"].sheet_state == "hidden"
    sheet = book["Opportunities"]
    headers = [c.value for c in sheet[1]]
    lists = validations(sheet)
    assert {"Pipeline", "Stage", "Status", "Currency"} <= set(lists)
    pipeline_letter = openpyxl.utils.get_column_letter(headers.index("Pipeline") + 1)
    assert f"MATCH(${pipeline_letter}2," in lists["Stage"].formula1  # the row's own pipeline
    assert sorted(list_values(book, lists["Pipeline"].formula1)) == sorted(two_pipelines)
    for row in sheet.iter_rows(min_row=2, values_only=True):
        pipeline, stage = row[headers.index("Pipeline")], row[headers.index("Stage")]
        offered = stage_choices(book, lists["Stage"].formula1, pipeline)
        assert offered == two_pipelines[pipeline] and stage in offered
    bd, distribution = (two_pipelines[p] for p in sorted(two_pipelines))
    assert set(bd) != set(distribution)  # so a row offered the other's stages would show
    assert list_values(book, lists["Status"].formula1) == ["Open", "Won", "Lost"]
    assert {"CNY", "USD", "EUR"} <= set(list_values(book, lists["Currency"].formula1))
    kinds = validations(book["Organizations"])["Kind"]
    assert "Drug developer" in list_values(book, kinds.formula1)
    kind_column = [c.value for c in book["Organizations"][1]].index("Kind")
    assert "Drug developer" in {r[kind_column] for r in
                                book["Organizations"].iter_rows(min_row=2, values_only=True)}


def test_chinese_words_written_and_read_back(two_pipelines: dict[str, list[str]],
                                             tmp_path: Path) -> None:
    out, book = chinese_export(tmp_path)
    deals = book["Opportunities"]
    lists = validations(deals)
    assert list_values(book, lists["Status"].formula1) == ["进行中", "赢单", "输单"]
    status = [c.value for c in deals[1]].index("Status")
    assert {r[status] for r in deals.iter_rows(min_row=2, values_only=True)} == {"进行中"}
    organizations = book["Organizations"]
    kind = [c.value for c in organizations[1]].index("Kind")
    juno = next(r for r in organizations.iter_rows(min_row=2, values_only=True)
                if r[0] == "Juno Cell")
    assert juno[kind] == "药物研发企业"
    # The words come back as the codes: nothing changes.
    for entity in ("opportunity", "organization", "contact"):
        plan = plan_import(out, ImportOptions(entity=entity, mode="update"))
        assert plan.count("unchanged") == ListQuery(entity).count(), report(
            plan, None, dry_run=True)
    # A manager picks other words from the drop-downs: they land as codes.
    deals.cell(2, status + 1).value = "赢单"
    organizations.cell(2, kind + 1).value = "医院"
    won_uid = deals.cell(2, [c.value for c in deals[1]].index("Beacon ID") + 1).value
    org_uid = organizations.cell(2, [c.value for c in organizations[1]].index("Beacon ID")
                                 + 1).value
    book.save(out)
    for entity in ("opportunity", "organization"):
        plan = plan_import(out, ImportOptions(entity=entity, mode="update"))
        assert plan.count("update") == 1 and plan.count("error") == 0, report(
            plan, None, dry_run=True)
        apply_import(plan)
    assert Opportunity.get(Opportunity.uid == won_uid).status == "won"
    assert Organization.get(Organization.uid == org_uid).kind == "hospital"


def test_words_typed_anywhere_are_read_as_codes(seeded: Any) -> None:
    org = records.create("organization", {"name": "Nanjing Legend",
                                          "kind": "Cell-line developer"})
    assert Organization.get_by_id(org.first_created).kind == "cell_line_developer"
    records.update("organization", org.first_created, 1, {"kind": "仪器与耗材"})
    assert Organization.get_by_id(org.first_created).kind == "supplier"
    program = records.create("incentive", {"name": "Shanghai fund",
                                           "kinds": "资金支持、Clinical resources"})
    row = ListQuery("incentive").rows_for([program.first_created])[0]
    assert row["kinds"] == "funding,clinical_resources"


def test_cli_exports_in_chinese(two_pipelines: dict[str, list[str]], seeded: Any,
                                tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "机构.xlsx"
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(seeded), "export",
                           str(out), "--entity", "organizations", "--language", "zh_CN"],
                          capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out)["Organizations"]
    kind = [c.value for c in sheet[1]].index("Kind")
    assert "药物研发企业" in {r[kind] for r in sheet.iter_rows(min_row=2, values_only=True)}
