"""Real files from other programs' test suites (tests/fixtures/realworld/SOURCES.md), each
imported with no --map option as a user would: the records a careful person expects, and
a second import of the same file that changes nothing and reports no errors. CSV and
workbooks here; vCards in test_corpus_vcards.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tracker.errors import ImportFileError
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.excel.plan import ImportPlan
from tracker.models import Contact, Opportunity, Organization
from tracker.services import records

from .helpers import REALWORLD as FIXTURES
from .helpers import contact, imported_file, organization_of, write_xlsx


def imported(name: str, **options: Any) -> ImportPlan:
    plan: ImportPlan = imported_file(FIXTURES / name, **options)
    return plan


def test_address_book_of_email_addresses_only(db: Path) -> None:
    """Thunderbird's "Primary Email" alone: the file was taken for deals and refused for want
    of a title; each address is now a person known by it."""
    plan = imported("roundcube_email.csv")
    assert plan.entity == "contact" and plan.counts["create"] == 4
    assert contact("test3@domain.tld")["emails"] == ["test3@domain.tld"]


def test_outlook_numbered_email_columns_only(db: Path) -> None:
    plan = imported("roundcube_outlook.csv")
    assert plan.entity == "contact" and plan.counts["create"] == 1
    assert contact("test1@domain.tld")["emails"] == [
        "test1@domain.tld", "test2@domain.tld", "test3@domain.tld"]


# --- the neighbours of these files' quirks, written here with placeholder people ------------

def test_google_s_several_values_in_one_cell_and_its_groups(db: Path, tmp_path: Path) -> None:
    """Google Contacts' current export: " ::: " between several phones or emails of one
    cell, its own groups starred ("* coworkers"), "* myContacts" on every contact."""
    path = tmp_path / "contacts.csv"
    path.write_text(
        "\ufeffFirst Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
        "Bert,,Sample,Acme AG,Berater,* coworkers ::: * myContacts ::: VIP,* Home,"
        "bert@example.org ::: bert.old@example.net,Work,+41 31 928 09 60 ::: +41 79 264 88 66\n"
        "Anna,,Example,,,* myContacts,* ,anna@example.com,,\n", encoding="utf-8")
    imported_plan = plan_import(path, ImportOptions())
    assert imported_plan.warnings == []
    apply_import(imported_plan)
    bert = contact("Bert Sample")
    assert bert["phones"] == ["+41319280960", "+41792648866"]
    assert bert["emails"] == ["bert@example.org", "bert.old@example.net"]
    assert sorted(bert["tags"]) == ["VIP", "coworkers"] and contact("Anna Example")["tags"] == []
    assert plan_import(path, ImportOptions()).counts["unchanged"] == 2


# Thunderbird's Chinese address book export: its headers (thunderbird-l10n zh-CN,
# mail/chrome/messenger/importMsgs.properties 2100-2136) name the home and the work city
# alike, 城市, and both postcodes 邮政编码.
THUNDERBIRD_ZH = ("名字,姓氏,显示名称,昵称,主要电子邮件,备用电子邮件,屏幕名,工作电话,家庭电话,传真号码,"
                  "寻呼机号码,移动电话号码,家庭地址,家庭地址 2,城市,居住地省/自治区/直辖市,邮政编码,"
                  "居住国家/地区,工作地址,工作地址 2,城市,工作地省/自治区/直辖市,邮政编码,工作国家/地区,"
                  "职务,部门,公司,网页 1,网页 2,出生年份,出生月份,出生日,定制 1,定制 2,定制 3,定制 4,注释")


def test_a_person_s_one_city_is_their_city_whichever_address_holds_it(
        db: Path, tmp_path: Path) -> None:
    """Thunderbird's Chinese export has two 城市 columns (home, then work): a business
    contact with only a work city got no city (it went to the notes as "城市 (2)"). Outlook's
    Business City beside a filled Home City did the same."""
    path = tmp_path / "通讯录.csv"
    blank = [""] * 37
    li = list(blank)
    li[0:5], li[14], li[20], li[24], li[26] = ["明", "李", "李明", "", "liming@example.cn"], \
        "上海", "上海", "经理", "上海细胞治疗有限公司"
    wang = list(blank)
    wang[2], wang[4], wang[20], wang[21], wang[26] = "王芳", "wangfang@example.cn", "苏州", \
        "江苏", "苏州生物医药公司"
    path.write_text("\r\n".join([THUNDERBIRD_ZH, ",".join(li), ",".join(wang)]) + "\r\n",
                    encoding="utf-8")
    apply_import(plan_import(path, ImportOptions()))
    assert contact("李明")["city"] == "上海" and contact("王芳")["city"] == "苏州"
    assert contact("王芳")["notes"] == "工作地省/自治区/直辖市: 江苏"  # 苏州 is not said twice
    assert plan_import(path, ImportOptions()).counts["unchanged"] == 2
    outlook = tmp_path / "contacts.csv"
    outlook.write_text("First Name,Last Name,Business City,Home City,E-mail Address\n"
                       "Ann,Lee,,Boston,ann@example.com\nBo,Chen,Shanghai,Suzhou,bo@example.com\n",
                       encoding="utf-8")
    apply_import(plan_import(outlook, ImportOptions()))
    assert contact("Ann Lee")["city"] == "Boston"
    bo = contact("Bo Chen")
    assert (bo["city"], bo["notes"]) == ("Shanghai", "Home City: Suzhou")
    assert plan_import(outlook, ImportOptions()).counts["unchanged"] == 2


def test_an_address_book_entry_of_only_a_company_is_an_organization(
        db: Path, tmp_path: Path) -> None:
    """Google Contacts (and Outlook) keep an entry that is only a company: Organization Name
    and its phone, no name. It was refused with "is required" and no column named; now it
    is the organization, with its phone, and the person at that company links to it."""
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
        "Ann,,Lee,Acme Bio,CSO,* myContacts,* Work,ann@acme.example,,\n"
        ",,,Acme Bio,,* myContacts,,,Work,+1 617-555-0100\n"
        ",,,苏州干细胞有限公司,,* myContacts,,,Work,0512-6666 8888\n"
        ",,,,,* myContacts,,,Mobile,+86 138 0013 8000\n", encoding="utf-8")
    plan = plan_import(path, ImportOptions())
    # a number alone names no one: refused, saying which columns are empty
    assert [(p.row, p.column, str(p.reason)) for p in plan.problems] == [
        (5, "First Name / Middle Name / Last Name", "is required")]
    apply_import(plan)
    acme = records.snapshot("organization", Organization.get(Organization.name == "Acme Bio"))
    assert acme["phones"] == ["+16175550100"]
    assert organization_of(contact("Ann Lee")) == "Acme Bio" and Contact.select().count() == 1
    suzhou = records.snapshot("organization",
                              Organization.get(Organization.name == "苏州干细胞有限公司"))
    assert suzhou["phones"] == ["+8651266668888"]
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == 0


def test_a_deals_file_s_person_columns_reach_the_deal_s_contact(db: Path,
                                                                tmp_path: Path) -> None:
    """Pipedrive's sample import file (support.pipedrive.com, "Pipedrive sample data -
    Import data.csv") puts the deal's person and organization beside it: "Person - Phone"
    and "Person - Email (Work)" went to the deal's notes, and the contact it made had
    neither."""
    path = tmp_path / "pipedrive.csv"
    path.write_text(
        "Person - Name*,Person - First name,Person - Last name,Person - Phone,"
        "Person - Email (Work),Person - Email (Home),Organization - Name*,"
        "Organization - Address,Deal - Title,Deal - Value,Activity - Subject*,"
        "Activity - Due date,Note - Content*\n"
        "Ann Lee,Ann,Lee,+1 415 555 0132,ann@acme.example,ann@home.example,Acme Bio,"
        "\"1 Main St, Boston\",Acme Bio pilot,5000,Intro call,2024-06-01,Met at ASCO\n",
        encoding="utf-8")
    plan = plan_import(path, ImportOptions(currency="USD"))
    assert plan.entity == "opportunity" and plan.problems == []
    apply_import(plan)
    deal = Opportunity.get(Opportunity.title == "Acme Bio pilot")
    assert (deal.value_minor, deal.currency, deal.organization.name) == (500_000, "USD",
                                                                        "Acme Bio")
    ann = contact("Ann Lee")
    assert ann["id"] == deal.primary_contact_id and organization_of(ann) == "Acme Bio"
    assert ann["emails"] == ["ann@acme.example", "ann@home.example"]
    assert ann["phones"] == ["+14155550132"]
    assert "Person - Phone" not in (deal.notes or "")
    again = plan_import(path, ImportOptions(currency="USD"))
    assert again.counts["create"] == again.counts["update"] == 0


def test_a_job_column_holding_manager_is_the_job(db: Path, tmp_path: Path) -> None:
    """经理 is a way of addressing someone, but in Thunderbird's 职位 column it is the job; a
    column headed only "Title" holding Dr and Mrs is the salutation."""
    path = tmp_path / "通讯录.csv"
    path.write_text("名字,姓氏,显示名称,主要电子邮件,移动电话号码,职位,部门,单位\n"
                    "明,李,李明,liming@example.cn,13800138000,经理,销售部,上海细胞治疗公司\n"
                    "芳,王,王芳,wangfang@example.cn,13900139000,总经理,,上海细胞治疗公司\n",
                    encoding="utf-8")
    apply_import(plan_import(path, ImportOptions()))
    li = contact("Li Ming")
    assert (li["name_zh"], li["title"], organization_of(li)) == ("李明", "经理", "上海细胞治疗公司")
    assert li["notes"] == "部门: 销售部" and li["phones"] == ["+8613800138000"]
    assert contact("Wang Fang")["title"] == "总经理"
    salutations = tmp_path / "people.csv"
    salutations.write_text("Title,First Name,Last Name,Job Title\nDr,Ann,Lee,Chief Scientist\n"
                           "Mrs,Mary,Poppins,Nanny\n", encoding="utf-8")
    apply_import(plan_import(salutations, ImportOptions()))
    ann = contact("Ann Lee")
    assert ann["title"] == "Chief Scientist" and "Title: Dr" in ann["notes"].splitlines()


def test_a_salesforce_report_s_currency_column_and_footer(db: Path, tmp_path: Path) -> None:
    """A report exported from Salesforce ("Details Only", CSV): each amount's currency in an
    "Amount Currency" column (it was ignored: a EUR deal became USD), and the lines the
    report writes under its table (totals, copyright, "Generated By", the company) are not
    deals (they were rows in error)."""
    path = tmp_path / "report.csv"
    path.write_text(
        '"Opportunity Owner","Account Name","Opportunity Name","Stage","Amount Currency",'
        '"Amount","Probability (%)","Close Date","Lead Source"\n'
        '"Jane Doe","Acme Corp","Acme - 200 Widgets","Prospecting","USD","15,000.00","10",'
        '"6/30/2024","Web"\n'
        '"John Roe","Initech","Initech - Pilot","Closed Lost","EUR","8,000.00","0",'
        '"2/15/2024","Trade Show"\n'
        '\n"Grand Totals (2 records)"\n\n\n"Pipeline Report"\n'
        '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."\n'
        '"Confidential Information - Do Not Distribute"\n'
        '"Generated By:  Jane Doe  9/8/2024 11:22 AM"\n"Acme Security Services"\n',
        encoding="utf-8")
    plan = plan_import(path, ImportOptions())  # no --currency: each row names its own
    assert plan.problems == [] and plan.counts["create"] == 2
    assert [r.row for r in plan.rows if r.action == "skip"] == [5, 8, 9, 10, 11, 12]
    assert plan.rows[2].note == "a totals row (Grand Totals (2 records)), not a record"
    apply_import(plan)
    pilot = Opportunity.get(Opportunity.title == "Initech - Pilot")
    assert (pilot.value_minor, pilot.currency, pilot.status) == (800_000, "EUR", "lost")
    widgets = Opportunity.get(Opportunity.title == "Acme - 200 Widgets")
    assert (widgets.value_minor, widgets.currency, widgets.status) == (1_500_000, "USD", "open")
    assert widgets.organization.name == "Acme Corp"
    assert plan_import(path, ImportOptions()).counts["unchanged"] == 2


def test_a_one_column_list_ends_at_its_footer_only(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Name\nAnn Lee\nBo Chen\n\nCopyright (c) 2024 Example Ltd\n",
                    encoding="utf-8")
    plan = plan_import(path, ImportOptions(entity="contact"))
    assert [(r.row, r.action) for r in plan.rows] == [(2, "create"), (3, "create"),
                                                      (5, "skip")]


def test_a_wukong_deals_template_s_stage_group_and_stage_names(db: Path,
                                                              tmp_path: Path) -> None:
    """悟空CRM's deals template: a merged note above "*"-marked headers, 商机状态组 (the group
    of stages a deal moves through: its pipeline, read as a status, so every row warned
    "默认商机组 is not a status") and its default stage names (验证客户, 方案/报价), which with
    other CRMs' longer names (方案报价中, 已赢单, 输单关闭) all went to the first stage."""
    path = write_xlsx(tmp_path / "商机导入模板.xlsx", [
        ["注意事项：\n1、表头标“*”的红色字体为必填项\n2、日期：推荐格式为2020-02-02"],
        ["*商机名称", "*客户名称", "商机金额", "预计成交日期", "备注", "*商机状态组", "*商机阶段"],
        ["CAR-T 工艺开发", "上海细胞治疗有限公司", 500000, "2024-09-30", "", "默认商机组", "验证客户"],
        ["NK 培养基采购", "北京免疫科技有限公司", 80000, "2024-12-31", "", "默认商机组", "方案报价中"],
        ["TCR-T 临床合作", "上海细胞治疗有限公司", 1200000, "2025-03-31", "", "默认商机组", "已赢单"],
        ["iPSC 授权", "苏州干细胞有限公司", 300000, "2025-06-30", "", "默认商机组", "输单关闭"],
        ["病毒载体代工", "苏州干细胞有限公司", 90000, "2025-06-30", "", "默认商机组", "未赢单"],
    ], title="商机导入模板")
    plan = plan_import(path, ImportOptions())
    assert plan.mapping["*商机状态组"] == "pipeline" and plan.mapping["*商机阶段"] == "stage"
    # the unknown group is named once for the user to map; of the stages only the one
    # that turns a word around (未赢单) is left to the user
    assert plan.unknown_values == {"pipeline": {"默认商机组": 5}, "stage": {"未赢单": 1}}
    apply_import(plan)

    def deal(title: str) -> tuple[str, str, int]:
        found = Opportunity.get(Opportunity.title == title)
        return found.stage.name, found.status, found.value_minor

    assert deal("CAR-T 工艺开发") == ("Qualified", "open", 50_000_000)
    assert deal("NK 培养基采购") == ("Proposal", "open", 8_000_000)
    assert deal("TCR-T 临床合作") == ("Contracting", "won", 120_000_000)
    assert deal("iPSC 授权") == ("Contracting", "lost", 30_000_000)
    assert deal("病毒载体代工")[:2] == ("Lead", "open")
    unknown = Opportunity.get(Opportunity.title == "病毒载体代工")
    assert "*商机阶段: 未赢单" in unknown.notes.splitlines()
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == 0


def test_a_leads_template_with_an_email_column_is_deals(db: Path, tmp_path: Path) -> None:
    """线索 (leads) are deals, though their 邮箱 column alone could name people."""
    path = tmp_path / "线索导入模板.csv"
    path.write_text("线索名称,手机,邮箱,客户来源,备注\n细胞治疗合作,13800138000,li@example.cn,展会,\n",
                    encoding="utf-8")
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "opportunity" and plan.counts["create"] == 1


def test_salesforce_account_extract_in_windows_1252(db: Path) -> None:
    """Data Loader's sample accounts: 423 rows, five bytes above ASCII (Crédito, Nº 77, 5º).
    It was refused as 'not certain' (Central European read 5º as 5ş): the Western reading
    is the one with no letter glued to a number."""
    path = FIXTURES / "sf_dataloader_accountData.csv"
    plan = plan_import(path, ImportOptions())
    assert (plan.encoding, plan.entity) == ("cp1252", "organization")
    # five names the file itself holds as ???????: text lost before Beacon, said so
    assert [(p.row, p.column) for p in plan.problems] == [(n, "NAME") for n in range(34, 39)]
    assert plan.counts["create"] == 418
    apply_import(plan)
    assert Organization.select().where(Organization.name.startswith("Cr\u00e9dito")).count() == 1
    acme = records.snapshot("organization", Organization.get(Organization.name == "Acme"))
    assert (acme["city"], acme["country"], acme["website"]) == (
        "New York", "USA", "http://www.acme.com/")
    assert acme["external_ids"] == ["salesforce:001x0000002lBtoAAE"]
    # (212) 961-7500 read for its BILLINGCOUNTRY (USA), not as a Chinese number
    assert acme["phones"] == ["+12129617500"]
    assert "BILLINGSTREET: 1350 Charleston Rd." in acme["notes"].splitlines()
    street = next(o for o in Organization.select() if "Castellana" in (o.notes or ""))
    assert "N\u00ba 77" in street.notes
    again = plan_import(path, ImportOptions())
    assert again.counts["create"] == again.counts["update"] == 0


def test_a_japanese_thunderbird_address_book_in_shift_jis(db: Path) -> None:
    """Thunderbird's test export in Shift_JIS was refused: it read as cp1252 mojibake
    (Œ •º‰q) as well as anything else. Only Shift_JIS reads it with no slip."""
    plan = imported("thunderbird_shiftjis_addressbook.csv")
    assert plan.encoding == "shift_jis"
    # a Japanese name (kana among the kanji) is kept whole, not cut into a "Chinese" part
    # 名無 権兵衛 and a "name" しの
    person = contact("\u540d\u7121\u3057\u306e\u6a29\u5175\u885b")  # 名無しの権兵衛
    assert person["name_zh"] == ""
    # its email's domain is .invalid (a test address): kept in the notes, flagged
    assert person["notes"] == "Primary Email: \u540d\u7121\u3057\u306e\u6a29\u5175\u885b@host.invalid"
    assert [w.column for w in plan.warnings] == ["Primary Email"]


def test_a_deals_template_s_customer_column_names_the_company(db: Path) -> None:
    """客户姓名 ("customer name") holds the company in this deals template, as in its customers
    template: the deal had no organization. Its English second header row is skipped."""
    plan = imported("wps_vue3_商机导入模板_客户姓名.xlsx")
    assert plan.entity == "opportunity"
    assert [(r.row, r.action) for r in plan.rows] == [(2, "skip"), (3, "create")]
    deal = Opportunity.get(Opportunity.title == "695874")  # the template's example row
    assert deal.organization.name == "雅旭科技"
    assert (deal.value_minor, deal.currency) == (5200, "CNY")  # 金额 52, 货币 人民币
    assert deal.primary_contact.name_zh == "柔柔弱弱"
    # nonsense the example holds: kept in the notes and flagged, never guessed at; the
    # customer's code beside its name is kept too, and so are the columns Beacon has no
    # field for (商机类型, 预期收入: a second amount beside 金额)
    assert sorted(deal.notes.splitlines()) == sorted([
        "概率: 2147852", "阶段: 集美学村", "客户编号: 3二等分本地", "商机类型: 荣辱观大哥哥",
        "预期收入: 96546585"])


def test_outlook_s_chinese_export(db: Path, tmp_path: Path) -> None:
    """Outlook's CSV export in Chinese: 电子邮件地址, 商务电话, 附注 and 类别 were not read (the
    emails and office numbers were lost); the business address's city is the city."""
    path = tmp_path / "联系人.csv"
    path.write_text(
        "称谓,名,中间名,姓,后缀,公司,部门,职务,商务地址 街道,商务地址 市/县,商务电话,"
        "住宅电话,移动电话,住宅地址 市/县,电子邮件地址,电子邮件类型,电子邮件显示名称,"
        "电子邮件 2 地址,附注,类别\n"
        ",明,,李,,上海细胞治疗有限公司,业务发展部,总监,张江路 1 号,上海,021-61234567,"
        ",13800138000,苏州,li.ming@example.cn,SMTP,李明 (li.ming@example.cn),"
        "ming@example.com,展会认识,客户;VIP\n", encoding="utf-8-sig")
    plan = plan_import(path, ImportOptions())
    assert plan.warnings == [] and plan.counts["create"] == 1
    apply_import(plan)
    li = contact("Li Ming")
    assert li["emails"] == ["li.ming@example.cn", "ming@example.com"]
    assert li["phones"] == ["+862161234567", "+8613800138000"]
    assert (li["city"], li["title"], li["notes"].splitlines()[0]) == ("上海", "总监", "展会认识")
    assert sorted(li["tags"]) == ["VIP", "客户"]
    assert "住宅地址 市/县: 苏州" in li["notes"].splitlines()


def test_outlook_s_english_export_phones_categories_and_cities(db: Path,
                                                             tmp_path: Path) -> None:
    """A business number without +1 is read for the business address's country (it was
    read as a Chinese number and kept in the notes); the business city is the city."""
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Title,First Name,Last Name,Company,Job Title,Business City,Home City,Other City,"
        "Business Country/Region,Business Phone,Car Phone,E-mail Address,Categories\n"
        "Dr.,Ann,Lee,Acme Bio,CSO,Boston,Cambridge,Salem,United States,(617) 555-0101,"
        "+1 617 555 0102,ann@example.com,Clients\n", encoding="utf-8")
    apply_import(plan_import(path, ImportOptions()))
    ann = contact("Ann Lee")
    assert ann["city"] == "Boston" and ann["tags"] == ["Clients"] and ann["title"] == "CSO"
    assert ann["phones"] == ["+16175550101", "+16175550102"]
    assert {"Title: Dr.", "Home City: Cambridge", "Other City: Salem"} <= set(
        ann["notes"].splitlines())


def test_a_leads_list_whose_name_column_holds_companies(db: Path, tmp_path: Path) -> None:
    """A WPS leads template (线索导入模板): 姓名 holds the company (大通互惠集团), 联系人 the
    person one talks to. The companies became people and the people were left out."""
    path = write_xlsx(tmp_path / "线索导入模板.xlsx", [
        ["姓名", "手机号", "电话", "行业", "邮箱", "线索来源", "客户级别", "联系人", "城市"],
        ["Name", "MobilePhone", "Phone", "Industry", "Email", "ClueOrigin", "CustomerLevel",
         "ContactPerson", "City"],
        ["大通互惠集团", 13800138001.0, "0592-9633669", "制造", "li@example.cn", "电话咨询",
         "普通客户", "李丽", "厦门"],
        ["亚讯制造", 13800138002.0, None, "制造", "liu@example.cn", "线下活动", "VIP客户",
         "刘熊", "厦门"],
        ["上海松花", 13800138003.0, None, "医美", "zhang@example.cn", "转介绍", "重点客户",
         "张琳", "上海"]], title="sheet-1")
    plan = plan_import(path, ImportOptions())
    assert plan.entity == "contact" and plan.counts["create"] == 3
    apply_import(plan)
    li = contact("Li Li")
    assert (li["name_zh"], organization_of(li)) == ("李丽", "大通互惠集团")
    assert li["phones"] == ["+8613800138001", "+865929633669"]
    assert organization_of(contact("Zhang Lin")) == "上海松花"  # no company word: the column's
    assert Organization.select().where(Organization.name == "刘熊").count() == 0


def test_a_staff_list_with_a_sheet_per_department(db: Path, tmp_path: Path) -> None:
    """LibreOffice/WPS workbook, one sheet per department, a title row and a 制表人 line: on
    its own the first sheet is imported and the others are named as not asked for; with
    --sheet all every visible sheet lands, each person's department (the sheet) in their
    notes, and a hidden sheet with the same columns is named, not imported."""
    from openpyxl import Workbook

    book = Workbook()
    people = {"销售部": [("张伟", "销售总监", "021-61234567", "8001", 13800138001.0)],
              "技术部": [("王强", "技术总监", "021-61234568", "8101", 13900139001.0),
                      ("刘洋", "工程师", "021-61234568", None, 13900139002.0)]}
    for index, (department, rows) in enumerate(people.items()):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = department
        sheet.append(["上海细胞治疗有限公司员工通讯录"])
        sheet.merge_cells("A1:F1")
        sheet.append(["序号", "姓名", "职务", "办公电话", "分机", "手机"])
        for number, row in enumerate(rows, start=1):
            sheet.append([number, *row])
        sheet.append([])
        sheet.append(["制表人：行政部"])
    left = book.create_sheet("离职")  # hidden: people who left, the same columns
    left.append(["序号", "姓名", "职务", "办公电话", "分机", "手机"])
    left.append([1, "赵六", "前员工", None, None, 13700137000.0])
    left.sheet_state = "hidden"
    path = tmp_path / "通讯录.xlsx"
    book.save(path)
    plan = plan_import(path, ImportOptions())
    assert plan.counts["create"] == 1
    hidden = {"离职": 'hidden, 1 row(s) with the same columns (--sheet "离职" imports it)'}
    assert plan.skipped_sheets == {
        "技术部": "2 row(s) with the same columns, not asked for (--sheet all imports every "
                "sheet)", **hidden}
    plan = plan_import(path, ImportOptions(sheet="all"))
    assert plan.counts["create"] == 3 and plan.skipped_sheets == hidden
    apply_import(plan)
    wang = contact("Wang Qiang")
    assert wang["notes"] == "工作表: 技术部" and wang["title"] == "技术总监"
    assert wang["phones"] == ["+862161234568;ext=8101", "+8613900139001"]
    assert contact("Zhang Wei")["notes"] == "工作表: 销售部"
    again = plan_import(path, ImportOptions(sheet="all"))
    assert again.counts["unchanged"] == 3 and again.problems == []


def test_a_row_written_as_one_quoted_field(db: Path, tmp_path: Path) -> None:
    """datablist's sample lists wrap a whole row in quotes when a value holds a comma
    ("1,0970F…,""Grimes, Madden and Huff"",…"): that person was skipped as a row of only an
    Index. Read again, the row has the file's columns."""
    path = tmp_path / "leads-100.csv"
    path.write_text(
        "Index,Account Id,Lead Owner,First Name,Last Name,Company,Phone 1,Phone 2,Email 1,"
        "Email 2,Website,Source,Deal Stage,Notes\n"
        '"1,0970F99ED4a2CE4,Pedro Dixon,Victor,Cochran,""Grimes, Madden and Huff"",'
        '+1-532-344-1362,2754733370,hatkinson@example.com,ygibbs@example.com,'
        'http://www.example.com/,Retargeting Ads,New Lead,Speak own such."\n'
        "2,e9AABddbCA4AFee,Andres Callahan,Maureen,Fuentes,Crosby Inc,001-672-799-2170x5610,,"
        "bshelton@example.org,,https://www.example.biz/,Google Ads,Closed Won,Still.\n",
        encoding="utf-8")
    plan = plan_import(path, ImportOptions())
    assert [(r.row, r.action) for r in plan.rows] == [(2, "create"), (3, "create")]
    apply_import(plan)
    victor = contact("Victor Cochran")
    assert organization_of(victor) == "Grimes, Madden and Huff"
    assert victor["phones"] == ["+15323441362"]
    assert victor["emails"] == ["hatkinson@example.com", "ygibbs@example.com"]
    # the row's account id is kept beside the company it names, not dropped
    assert "Account Id: 0970F99ED4a2CE4" in victor["notes"].splitlines()
    assert contact("Maureen Fuentes")["phones"] == ["+16727992170;ext=5610"]


def test_an_address_book_s_entry_for_a_company(db: Path) -> None:
    """Thunderbird's entry for Acer America (its display name is its organization, no first
    or last name) became a person called Acer America at Acer America: it is the company,
    as a vCard with only an ORG is."""
    plan = imported("thunderbird_quote.csv")
    # a company's number is read as a person's: a US toll-free number without +1 is not
    # made a Chinese one; flagged and kept as written
    assert plan.counts["create"] == 1 and [w.column for w in plan.warnings] == ["Work Phone"]
    assert Contact.select().where(Contact.source == "import").count() == 0
    acer = Organization.get(Organization.name == "Acer America")
    assert acer.notes == "Work Phone: (800) 000-0000"  # its number, kept as written


def test_a_person_and_their_company_s_own_entry(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "abook.csv"
    path.write_text("Display Name,First Name,Last Name,Organization,Primary Email\n"
                    "Acme Bio,,,Acme Bio,info@acme.example\n"
                    "Ann Lee,Ann,Lee,Acme Bio,ann@acme.example\n", encoding="utf-8")
    apply_import(plan_import(path, ImportOptions()))
    assert [o.name for o in Organization.select().where(Organization.source == "import")] == [
        "Acme Bio"]
    assert organization_of(contact("Ann Lee")) == "Acme Bio"
    assert Contact.select().where(Contact.source == "import").count() == 1


def test_a_file_without_a_header_row_says_so(db: Path) -> None:
    """Thunderbird's test of a CSV with no header row: it was refused for want of a deal
    title column; the message now says the first row holds values."""
    with pytest.raises(ImportFileError, match=r"the first row holds values "
                                              r"\('john@doe.invalid'\), not column names"):
        plan_import(FIXTURES / "thunderbird_csv_no_header.csv", ImportOptions())


def test_a_quoted_note_under_a_narrow_table_stays_a_note(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text('Name,Email,Phone,City\nAnn Lee,ann@example.com,,Boston\n'
                    '"Note: from the CRM, in USD, by Jane"\n', encoding="utf-8")
    plan = plan_import(path, ImportOptions())
    assert [(r.row, r.action) for r in plan.rows] == [(2, "create"), (3, "skip")]
    assert plan.rows[1].note.startswith("a note written on the sheet (Note: from the CRM")
