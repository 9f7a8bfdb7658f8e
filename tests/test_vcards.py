"""vCard import (through the Excel import's planner and batches) and export, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.errors import ImportFileError
from tracker.excel.batches import apply_import, undo_import
from tracker.models import Contact, ContactEmail, ImportBatch, Organization
from tracker.services import records
from tracker.vcards.importing import plan_vcard_import
from tracker.vcards.reading import parse_cards
from tracker.vcards.writing import export_vcards, split_name

from tests.excel.helpers import sample

GMAIL = "mangstadt-ez-vcard__gmail-list.vcf"
MONICA = "monicahq-monica__vcard_stub.vcf"
CHINESE_CARDS = """BEGIN:VCARD
VERSION:3.0
FN:王芳
N:王;芳;;;
ORG:Cellular Biomedicine Group;BD
TITLE:业务发展总监
EMAIL;TYPE=WORK:wang.fang@example.cn
TEL;TYPE=CELL:+86 138 0013 8000
TEL;TYPE=WORK:021-6123 4567
X-WECHAT:wangfang_bd
ADR;TYPE=WORK:;;张江路 1 号;上海;;201203;中国
NOTE:Met at the booth
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E6=98=8E;;;
TEL;CELL:13900139000
IMPP:weixin:liming_sh
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Anna Schmidt
EMAIL:anna@example.de
EMAIL:a.schmidt@example.com
TEL;VALUE=uri;TYPE=cell:tel:+49-151-2345-6789
END:VCARD
"""


def _contact(name: str) -> Contact:
    return Contact.get((Contact.name == name) | (Contact.name_zh == name), Contact.deleted_at.is_null())


def _write(tmp_path: Path, text: str, name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(path: Path) -> str:
    result = apply_import(plan_vcard_import(path))
    assert result.batch_uid is not None
    return result.batch_uid


def test_gmail_list_imports_three_contacts_and_again_changes_nothing(db: Path) -> None:
    path = sample(GMAIL)
    assert b"\r\n" in path.read_bytes()  # the real Gmail export, CRLF kept
    plan = plan_vcard_import(path)
    assert plan.counts == {"create": 3, "update": 0, "unchanged": 0, "skip": 0, "error": 0}
    _import(path)
    arnold = _contact("Arnold Smith")
    assert records.snapshot("contact", arnold)["emails"] == ["asmithk@gmail.com"]
    assert (arnold.source, arnold.basis, arnold.source_detail) == ("vcard", "business_card", GMAIL)
    again = plan_vcard_import(path)
    assert again.counts["unchanged"] == 3 and again.counts["create"] == 0


def test_monica_card_without_name_uses_its_nickname(db: Path) -> None:
    path = sample(MONICA)
    _import(path)
    johnny = _contact("Johnny")
    assert johnny.city == "Southampton"
    bono = records.snapshot("contact", _contact("Bono"))
    assert bono["phones"] == ["+12025550191"] and bono["title"] == "Lead vocalist"
    assert Organization.get_by_id(bono["organization"]).name == "U2"
    assert bono["notes"] == "Lorem ipsum dolor sit amet\nBDAY: 1960-05-10"  # no birthday field
    # The nickname-only card has no email or phone: matched by its name the second time.
    assert plan_vcard_import(path).counts == {"create": 0, "update": 0, "unchanged": 3,
                                              "skip": 0, "error": 0}


def test_chinese_cards_with_phones_wechat_and_existing_organization(db: Path,
                                                                     tmp_path: Path) -> None:
    cbmg = records.create("organization", {"name": "CELLULAR BIOMEDICINE GROUP"})
    path = _write(tmp_path, CHINESE_CARDS)
    plan = plan_vcard_import(path)
    assert plan.counts["create"] == 3, plan.problems
    _import(path)
    wang = _contact("王芳")
    values = records.snapshot("contact", wang)
    assert values["name_zh"] == "王芳" and wang.pinyin_full == "wangfang"
    assert wang.pinyin_initials == "wf"
    assert values["organization"] == cbmg.first_created  # the name written alike: no new one
    assert values["phones"] == ["+8613800138000", "+862161234567"]
    assert (values["wechat_id"], values["city"], values["title"]) == (
        "wangfang_bd", "上海", "业务发展总监")
    li = records.snapshot("contact", _contact("李明"))  # 2.1, quoted-printable N only
    assert li["phones"] == ["+8613900139000"] and li["wechat_id"] == "liming_sh"
    anna = records.snapshot("contact", _contact("Anna Schmidt"))
    assert anna["emails"] == ["anna@example.de", "a.schmidt@example.com"]
    assert anna["phones"] == ["+4915123456789"]
    assert Organization.select().count() == 1


def test_bad_phone_and_empty_card_are_reported_not_dropped(db: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, "BEGIN:VCARD\nVERSION:3.0\nFN:Zhao Lei\nTEL:1234\n"
                            "TEL:13800138000\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\n"
                            "ADR:;;;Beijing;;;\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\n"
                            "EMAIL:only@example.com\nEND:VCARD\n")
    plan = plan_vcard_import(path)
    problems = {(p.row, p.column): p.reason for p in plan.problems}
    warnings = {(p.row, p.column): p.reason for p in plan.warnings}
    assert "1234" in warnings[(1, "TEL")] and "kept in the notes" in warnings[(1, "TEL")]
    assert "neither a name" in problems[(2, "FN")]
    assert plan.counts["create"] == 2  # the card with only an email is named by it
    _import(path)
    assert _contact("only@example.com") is not None
    zhao = records.snapshot("contact", _contact("Zhao Lei"))  # lands without the bad phone
    assert zhao["phones"] == ["+8613800138000"] and zhao["notes"] == "TEL: 1234"


@pytest.mark.parametrize("text, reason", [
    ("BEGIN:VCARD\nVERSION:3.0\nBROKEN LINE\nEND:VCARD\n", "has a name or an email"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Cut short\n", "END:VCARD is missing"),
    ("", "no vCard"),
    ("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", "no vCard"),
])
def test_broken_file_is_one_clear_error_and_writes_nothing(db: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           text: str, reason: str) -> None:
    path = _write(tmp_path, text, "broken.vcf")
    with pytest.raises(ImportFileError, match=reason):
        plan_vcard_import(path)
    assert main(["--db", str(db), "import", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("beacon: error: broken.vcf") and reason in err
    assert len(err.splitlines()) == 1
    assert Contact.select().count() == 0 and ImportBatch.select().count() == 0


def test_export_then_import_changes_nothing_and_updates_in_place(db: Path,
                                                                 tmp_path: Path) -> None:
    _import(_write(tmp_path, CHINESE_CARDS))
    records.create("contact", {"name": "Li Ming", "name_zh": "李明", "notes": "line 1\nline; 2",
                               "emails": ["li.ming@example.com"], "city": "Suzhou"})
    out = tmp_path / "out.vcf"
    assert export_vcards(out) == 4
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 4 and "VERSION:3.0" in text
    assert f"UID:{_contact('王芳').uid}" in text
    plan = plan_vcard_import(out)
    assert plan.counts == {"create": 0, "update": 0, "unchanged": 4, "skip": 0, "error": 0}
    # Edited in the address book: the same contact changes, no duplicate appears.
    out.write_text(text.replace("TITLE:业务发展总监", "TITLE:副总裁"), encoding="utf-8")
    plan = plan_vcard_import(out)
    assert plan.counts["update"] == 1
    _import(out)
    assert _contact("王芳").title == "副总裁"
    assert Contact.select().count() == 4


def test_undo_import_removes_contacts_and_new_organizations(db: Path, tmp_path: Path) -> None:
    existing = records.create("contact", {"name": "Anna Schmidt", "emails": ["anna@example.de"]})
    batch = _import(_write(tmp_path, CHINESE_CARDS))
    anna = Contact.get_by_id(existing.first_created)
    assert anna.version == 2  # matched by email and updated, not duplicated
    assert Organization.select().count() == 1
    undo_import(batch)
    assert [c.name for c in Contact.select()] == ["Anna Schmidt"]
    assert records.snapshot("contact", Contact.get_by_id(anna.id))["emails"] == [
        "anna@example.de"]
    assert Organization.select().count() == 0
    assert ContactEmail.select().count() == 1


def test_cli_import_json_dry_run_and_vcard_export(db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, CHINESE_CARDS, "cards.vcard")
    assert main(["--db", str(db), "import", str(path), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["unit"], report["created"], report["dry_run"]) == ("card", 3, True)
    assert Contact.select().count() == 0
    assert main(["--db", str(db), "import", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "3 were created" in printed and "beacon undo-import" in printed
    out = tmp_path / "found.vcf"
    assert main(["--db", str(db), "export", "--vcard", str(out), "--search", "wf"]) == 0
    assert "1 contact(s)" in capsys.readouterr().out
    cards = parse_cards(out.name, out.read_bytes())
    assert [(c.name, c.name_zh) for c in cards] == [("Wang Fang", "王芳")]


def test_names_split_for_the_n_property() -> None:
    assert split_name("王芳") == ("王", "芳")
    assert split_name("欧阳娜娜") == ("欧阳", "娜娜")
    assert split_name("Anna Maria Schmidt") == ("Schmidt", "Anna Maria")
    assert split_name("Bono") == ("Bono", "")


def test_errors_workbook_holds_the_cards_in_error(db: Path, tmp_path: Path) -> None:
    """Card 2 has no name: the errors workbook lists that card with its own properties, not
    a neighbour's; card 3's bad phone is only a warning (the card lands without it)."""
    from tracker.excel.error_rows import write_errors_workbook
    from tracker.excel.reading import open_workbook, read_sheet

    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Ming\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nTITLE:Booth staff\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nTEL:1234\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    plan = plan_vcard_import(path)
    out = tmp_path / "errors.xlsx"
    assert write_errors_workbook(plan, out) == 1
    rows = read_sheet(open_workbook(out)).rows
    headers = rows[0]
    assert [r[headers.index("FN")] for r in rows[1:]] == [""]
    assert "neither a name" in rows[1][-1]
    assert [(w.row, w.column) for w in plan.warnings] == [(3, "TEL")]


def test_chinese_cards_with_no_charset_read_as_chinese(db: Path, tmp_path: Path) -> None:
    """GB18030 bytes no CHARSET names (Chinese Windows tools), Android's quoted-printable
    UTF-8 with a soft break, and GB2312 declared: names and companies read right, never
    as Korean (孙八 alone reads in both; the file's cards are read together)."""
    from tracker.vcards.reading import parse_cards

    gb = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:孙八\r\nORG:北京免疫科技\r\nTEL:13600136000\r\n"
          "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:周九\r\nEND:VCARD\r\n")
    cards = parse_cards("通讯录.vcf", gb.encode("gb18030"))
    assert [(c.name, c.organization) for c in cards] == [("孙八", "北京免疫科技"), ("周九", "")]
    alone = parse_cards("one.vcf", "BEGIN:VCARD\r\nFN:王芳\r\nEND:VCARD\r\n".encode("gb18030"))
    assert alone[0].name == "王芳"
    android = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
               b"=E7=8E=8B;=E8=8A=B3;;;\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E"
               b"=8B=E8=8A=\r\n=B3\r\nTEL;CELL;PREF:138 0013 8000\r\nEND:VCARD\r\n"
               b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GB2312:" + "张伟".encode("gb2312")
               + b"\r\nEND:VCARD\r\n")
    assert [c.name for c in parse_cards("android.vcf", android)] == ["王芳", "张伟"]
    assert [c.tags for c in parse_cards("groups.vcf", (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nX-ESI-CATEGORIES;CHARSET=UTF-8;ENCODING=QUOTED-"
        b"PRINTABLE:=E5=AE=B6=E4=BA=BA\r\nFN:Zhao\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0"
        b"\r\nFN:Li\r\nCATEGORIES:Clients,Key Account\r\nEND:VCARD\r\n"))] == [
            "家人", "Clients, Key Account"]  # a phone's groups become tags
    korean = "BEGIN:VCARD\r\nFN:김철수\r\nORG:삼성전자 주식회사\r\nEND:VCARD\r\n".encode("euc_kr")
    assert parse_cards("kr.vcf", korean)[0].organization == "삼성전자 주식회사"


def test_tags_go_out_as_categories_and_come_back(db: Path, tmp_path: Path) -> None:
    made = records.create("contact", {"name": "Li Ming", "emails": ["li@example.cn"],
                                      "tags": ["BIO 2026", "Key account"]}).first_created
    out = tmp_path / "out.vcf"
    export_vcards(out)
    assert "CATEGORIES:BIO 2026,Key account" in out.read_text(encoding="utf-8")
    records.update("contact", made, Contact.get_by_id(made).version, {"tags": []})
    apply_import(plan_vcard_import(out))
    assert records.snapshot("contact", Contact.get_by_id(made))["tags"] == [
        "BIO 2026", "Key account"]


NESTED = """BEGIN:VCARD
VERSION:2.1
N:Mustermann;Heiko
FN:Mustermann, Heiko
TEL;WORK:+49 30 1234567
AGENT:
BEGIN:VCARD
VERSION:2.1
N:Assistent;Anna
FN:Anna Assistent
TEL:+49 30 7654321
END:VCARD
EMAIL:heiko@example.de
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Doe\\, Jane
N:Doe;Jane;;;
AGENT:BEGIN:VCARD\\nFN:Susan Thomas\\nTEL:+1-919-555-1234\\nEMAIL\\;INTERNET:sth
 omas@host.com\\nEND:VCARD\\n
EMAIL:jane@example.com
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Unfinished Card
EMAIL:unfinished@example.com
BEGIN:VCARD
VERSION:3.0
FN:Next Card
EMAIL:next@example.com
END:VCARD
"""


def test_a_card_inside_a_card_is_a_card_of_its_own(db: Path, tmp_path: Path) -> None:
    """An AGENT's card (vCard 2.1's nested BEGIN:VCARD, 3.0's escaped value) and a card
    begun where another lacks its END:VCARD: every card lands, each on its own, the
    outer card naming its agent in the notes; "Mustermann, Heiko" is Heiko Mustermann."""
    path = _write(tmp_path, NESTED)
    plan = plan_vcard_import(path)
    assert [(r.row, r.action) for r in plan.rows] == [(n, "create") for n in range(1, 7)]
    assert plan.problems == [] and plan.warnings == []
    _import(path)
    heiko = records.snapshot("contact", _contact("Heiko Mustermann"))
    assert heiko["emails"] == ["heiko@example.de"] and heiko["phones"] == ["+49301234567"]
    assert heiko["notes"] == "AGENT: Anna Assistent"
    anna = records.snapshot("contact", _contact("Anna Assistent"))
    assert anna["phones"] == ["+49307654321"] and anna["notes"] == "AGENT OF: Heiko Mustermann"
    jane = records.snapshot("contact", _contact("Jane Doe"))
    assert jane["emails"] == ["jane@example.com"] and jane["notes"] == "AGENT: Susan Thomas"
    susan = records.snapshot("contact", _contact("Susan Thomas"))
    assert susan["emails"] == ["sthomas@host.com"] and susan["phones"] == ["+19195551234"]
    for name in ("Unfinished Card", "Next Card"):
        assert records.snapshot("contact", _contact(name))["emails"], name
    again = plan_vcard_import(path)
    assert again.counts["create"] == again.counts["update"] == 0


def test_a_last_first_display_name_is_read_given_name_first() -> None:
    cards = parse_cards("c.vcf", (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Mustermann, Heiko\nN:Mustermann;Heiko;;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Doe,  John Paul\nN:Doe;John;Paul;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Acme, Inc.\nN:Acme;Road Runner;;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Antonín Dvořák, Praha\nEND:VCARD\n").encode())
    # only FN that is N in the family-first order changes; a comma FN of its own stays
    assert [c.name for c in cards] == ["Heiko Mustermann", "John Paul Doe", "Acme, Inc.",
                                       "Antonín Dvořák, Praha"]


def test_every_property_a_person_wrote_is_kept_in_the_notes(db: Path, tmp_path: Path) -> None:
    """Properties Beacon has no field for (a second website, Skype in IMPP and in X-SKYPE,
    QQ, a spouse in X-ABRELATEDNAMES, GENDER, an AGENT given as a link) land in the notes
    under their names; the format's own lines and the photo do not. Importing the file
    again changes nothing."""
    path = _write(tmp_path, (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
        "N:Zhou;Lan;;;\r\nFN:Lan Zhou\r\nEMAIL;TYPE=WORK:lan.zhou@cellbridge.example\r\n"
        "URL:https://cellbridge.example\r\nURL:https://lanzhou.example/blog\r\n"
        "IMPP;X-SERVICE-TYPE=Skype:skype:lan.zhou.bd\r\nIMPP;X-SERVICE-TYPE=WeChat:weixin:lanzhou88\r\n"
        "X-QQ:123456789\r\nitem1.X-ABRELATEDNAMES:Wei Chen\r\nitem1.X-ABLabel:_$!<Spouse>!$_\r\n"
        "GENDER:F\r\nAGENT;VALUE=uri:CID:JQPUBLIC.part3.960129T083020.xyzMail@example.com\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
        "REV:2026-11-20T08:00:00Z\r\nEND:VCARD\r\n"))
    _import(path)
    lan = _contact("Lan Zhou")
    assert lan.wechat_id == "lanzhou88"
    lines = lan.notes.splitlines()
    for line in ("URL: https://cellbridge.example", "URL (2): https://lanzhou.example/blog",
                 "IMPP: skype:lan.zhou.bd", "X-QQ: 123456789",
                 "X-ABRELATEDNAMES: Wei Chen", "GENDER: F",
                 "AGENT: CID:JQPUBLIC.part3.960129T083020.xyzMail@example.com"):
        assert line in lines, (line, lines)
    assert not any(line.startswith(("PRODID", "REV", "PHOTO", "X-ABLABEL", "IMPP: weixin"))
                   for line in lines), lines
    again = plan_vcard_import(path)
    assert again.counts["unchanged"] == 1 and again.counts["create"] == 0


def test_each_job_of_a_card_with_several_companies_is_kept(db: Path, tmp_path: Path) -> None:
    """Android writes an ORG and a TITLE line for each of a person's jobs: the first is the
    person's company and job title, the others are kept in the notes (the second and third
    TITLE were dropped without a word; AOSP's v21_pref_handling.vcf)."""
    path = _write(tmp_path, "BEGIN:VCARD\nVERSION:2.1\nN:Smith;John\nORG:Acme\nTITLE:Engineer\n"
                            "ORG:Blog Inc\nTITLE:Blogger\nORG:Poetry Club\nTITLE:Poet\n"
                            "EMAIL:john@acme.com\nEND:VCARD\n")
    _import(path)
    john = Contact.get(Contact.name == "John Smith")
    assert john.title == "Engineer"
    assert john.notes == "ORG (2): Blog Inc; Poetry Club\nTITLE (2): Blogger; Poet"
    again = plan_vcard_import(path)
    assert again.counts["create"] == again.counts["update"] == 0
