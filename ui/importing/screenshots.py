"""The import wizard's steps for `beacon screenshots` (English and Chinese): a Chinese deals
template (a hint row, amounts in 万元, stages to read, one nobody knows) and a Salesforce
export that names no currency, walked through the wizard as a person would."""

from __future__ import annotations

import time
from pathlib import Path

from openpyxl import Workbook

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ui.importing.wizard import ImportWizard
from ui.picture import over_window, settle

# 客户星级 is a column Beacon has no field for: kept in the notes ("客户星级: ★★★").
CHINESE_DEALS = [
    ["商机名称", "客户名称", "预计金额（万元）", "商机阶段", "商机状态", "预计达成时间", "客户星级",
     "备注"],
    ["必填，项目或客户名称", "必填", "必填，数字，单位万元", "必填，从下拉选择", "必填，从下拉选择",
     "选填，格式 2026-06-30", "选填", "选填"],
    ["CAR-T 工艺开发合作", "上海细胞治疗有限公司", 680, "报价", "进行中", "2026-05-30", "★★★",
     "甲方签署中"],
    ["慢病毒载体供应", "北京免疫科技", 120, "签约跟进", "进行中", "2026-03-31", "★★", ""],
    ["TCR-T 授权许可", "苏州细胞生物", 350, "立项", "进行中", "", "", "已立项"],
    ["iPSC 平台合作", "杭州干细胞研究院", "约 200", "方案评审", "进行中", "2026-09-30", "★", ""],
]
# OWNERID, CREATEDDATE and SYSTEMMODSTAMP are Salesforce's bookkeeping: "Ignore (system
# column)" on the mapping page (import_mapping_system).
SALESFORCE_DEALS = [
    ["ID", "ACCOUNTID", "NAME", "STAGENAME", "AMOUNT", "PROBABILITY", "CLOSEDATE", "ISWON",
     "OWNERID", "CREATEDDATE", "SYSTEMMODSTAMP"],
    ["006x0000001YtCrAAK", "001x0000002xLD0AAM", "Juventas - CAR-T process transfer",
     "Closed Won", "500000.0", "100.0", "2025-11-09", "true", "005x0000000fNSiAAM",
     "2025-06-15T20:47:07.000Z", "2025-06-15T20:47:07.000Z"],
    ["006x0000001YtCsAAK", "001x0000002xLD0AAM", "CARsgen - vector supply",
     "Value Proposition", "140000.0", "50.0", "2025-12-12", "false", "005x0000000fNSiAAM",
     "2025-06-15T20:47:09.000Z", "2025-06-15T20:47:09.000Z"],
    ["006x0000001YtCtAAK", "001x0000002lBtqAAE", "Legend - NK licensing",
     "Perception Analysis", "90000.0", "70.0", "2026-02-01", "false", "005x0000000fNSiAAM",
     "2025-06-16T08:01:12.000Z", "2025-06-16T08:01:12.000Z"],
]


DEPARTMENTS = {
    "Shanghai BD": [["Name", "Company", "Email", "Mobile"],
                    ["李明", "上海细胞治疗有限公司", "li.ming@example.cn", "138 0013 8000"],
                    ["Wang Fang", "CARsgen", "wang.fang@example.cn", "139 0013 9000"]],
    "Beijing BD": [["Name", "Company", "Email", "Mobile"],
                   ["张伟", "北京免疫科技", "zhang.wei@example.cn", "137 0013 7000"]],
    "填写说明": [["字段", "说明"], ["Name", "必填"]],
}
PARTNERS = [
    ["Company name", "Chinese name", "City", "Website"],
    ["Legend Biotech Corp.", "传奇生物", "Nanjing", "https://legendbiotech.com"],
    ["JW Therapeutics Co., Ltd.", "药明巨诺", "Shanghai", ""],
    ["Boya Cell Bio", "", "Suzhou", ""],
]


def _write(folder: Path) -> tuple[Path, Path]:
    import csv

    chinese = folder / "商机导入模板.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "商机数据"
    for row in CHINESE_DEALS:
        sheet.append(row)
    book.save(chinese)
    salesforce = folder / "opportunityData.csv"
    with salesforce.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(SALESFORCE_DEALS)
    return chinese, salesforce


def _wait(app: QApplication, done: object, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    for index, (title, rows) in enumerate(sheets.items()):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _walk(open_import: object, path: Path, pages: int) -> ImportWizard:
    """A new import wizard on `path`, `pages` steps on."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wizard = open_import()  # type: ignore[operator]
    assert isinstance(wizard, ImportWizard)
    wizard.file_page.path_edit.setText(str(path))
    for _ in range(pages):
        wizard.next()
        settle(app)
    return wizard


def import_screenshots(window: QWidget, open_import: object, folder: Path,
                       prefix: str = "") -> list[tuple[str, QPixmap]]:
    """import_values (Salesforce: the currency question and stage values), import_mapping
    (the Chinese template's columns), import_mapping_system (Salesforce's system columns),
    import_values_template (its stages and 万元),
    import_preview (values kept in the notes), import_report (what happened to each row),
    import_sheets (two departments' sheets in one batch), import_matches (companies that
    may be ones Beacon has)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chinese, salesforce = _write(folder)
    pictures: list[tuple[str, QPixmap]] = []
    for path, name in ((salesforce, "import_values"), (chinese, "import_values_template")):
        wizard = open_import()  # type: ignore[operator]
        assert isinstance(wizard, ImportWizard)
        wizard.file_page.path_edit.setText(str(path))
        for step in range(3):  # sheet, mapping, values
            wizard.next()
            settle(app)
            if step == 1:
                shot = "import_mapping" if path == chinese else "import_mapping_system"
                pictures.append((f"{prefix}{shot}", over_window(window, wizard)))
        pictures.append((f"{prefix}{name}", over_window(window, wizard)))
        if path == chinese:
            wizard.next()  # options
            wizard.next()  # preview: the dry run
            _wait(app, lambda w=wizard: not w.preview_page.busy)
            settle(app)
            pictures.append((f"{prefix}import_preview", over_window(window, wizard)))
            wizard.next()  # import: the report of what happened to each row
            _wait(app, lambda w=wizard: not w.run_page.busy)
            settle(app)
            pictures.append((f"{prefix}import_report", over_window(window, wizard)))
            wizard.run_page.undo()  # the pictures after it show the database as it was
            settle(app)
        wizard.reject()
        _wait(app, lambda w=wizard: not w.preview_page.busy)
    wizard = _walk(open_import, _workbook(folder / "departments.xlsx", DEPARTMENTS), 1)
    wizard.sheet_page.sheet_list.setCurrentRow(1)  # the second department joins the first
    settle(app)
    pictures.append((f"{prefix}import_sheets", over_window(window, wizard)))
    wizard.reject()
    # sheet, mapping, options, preview
    wizard = _walk(open_import, _workbook(folder / "partners.xlsx", {"Sheet1": PARTNERS}), 4)
    _wait(app, lambda w=wizard: not w.preview_page.busy)
    settle(app)
    pictures.append((f"{prefix}import_matches", over_window(window, wizard)))
    wizard.reject()
    return pictures
