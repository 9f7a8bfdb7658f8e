"""Common names (王芳, 张伟: hundreds of thousands of people each) in a people file: two rows
named alike at two companies are two people, not a question; at one company they are
asked about once; a row found by its email is not asked about others named like it."""

from __future__ import annotations

from pathlib import Path

from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import Contact

from .helpers import write_xlsx


def _people(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "通讯录.xlsx", [
        ["姓名", "公司", "邮箱"],
        ["王芳", "上海细胞治疗有限公司", "wang.fang@cell.cn"],
        ["王芳", "北京免疫科技有限公司", "fang.wang@immune.cn"],
        ["王芳", "上海细胞治疗有限公司", "wf@cell.cn"],
        ["张伟", "北京免疫科技有限公司", "zhang.wei@immune.cn"]])


def test_people_named_alike_at_two_new_companies_are_two_people(db: Path,
                                                                tmp_path: Path) -> None:
    plan = plan_import(_people(tmp_path), ImportOptions())
    assert [(r.row, r.action, [str(s) for s in r.suggestions]) for r in plan.rows] == [
        (2, "create", []), (3, "create", []),
        (4, "create", ["may be the same as row 2: same name"]), (5, "create", [])]
    apply_import(plan)
    assert Contact.select().where(Contact.name_zh == "王芳").count() == 3


def test_a_row_found_by_its_email_lists_no_one_named_like_it(db: Path,
                                                             tmp_path: Path) -> None:
    path = _people(tmp_path)
    apply_import(plan_import(path, ImportOptions()))
    again = plan_import(path, ImportOptions())
    assert [(r.action, r.matched_by, r.suggestions) for r in again.rows] == [
        ("unchanged", "email", [])] * 4
