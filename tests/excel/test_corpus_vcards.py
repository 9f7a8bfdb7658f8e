"""Real vCards from other programs' test suites (tests/fixtures/realworld/SOURCES.md): Lotus
Notes, Android, Outlook, Evolution and KDE cards, each imported as a user would, and the
neighbours of their quirks (a phone's own labels in parameters)."""

from __future__ import annotations

from pathlib import Path

from tracker.excel.batches import apply_import
from tracker.excel.plan import ImportPlan
from tracker.models import Contact, Organization
from tracker.services import records
from tracker.vcards.importing import plan_vcard_import

from .helpers import REALWORLD, contact, imported_file, organization_of


def imported(name: str) -> ImportPlan:
    plan: ImportPlan = imported_file(REALWORLD / name)
    return plan


def test_lotus_notes_card_with_a_profile_line(db: Path) -> None:
    """PROFILE:VCard (vCard 3.0) made the card unreadable, and the CLI printed a traceback."""
    plan = imported("ezvcard_John_Doe_LOTUS_NOTES.vcf")
    assert plan.counts["create"] == 1
    person = contact("Mr. Doe John I Johny")
    assert person["emails"] == ["john.doe@ibm.com", "billy_bob@gmail.com"]
    assert organization_of(person) == "IBM" and person["title"] == "Generic Accountant"
    assert person["phones"] == ["+12125557777"]  # 00-1-212-555-7777
    # +1 (212) 204-34456 has a digit too many: kept as written and flagged
    assert [(w.column, w.reason.split(" is ")[0]) for w in plan.warnings] == [
        ("TEL", "+1 (212) 204-34456")]
    lines = person["notes"].splitlines()
    assert "TEL: +1 (212) 204-34456" in lines and "DEPARTMENT: SUN" in lines
    assert "ROLE: Counting Money" in lines and "BDAY: 1980-05-21" in lines


def test_android_quoted_printable_value_ended_by_a_blank_line(db: Path) -> None:
    """Android ends a quoted-printable ORG with "=" and a blank line: the next ORG line was
    read into the first one (its name ending in "ORG", its CHARSET in the department)."""
    imported("ezvcard_John_Doe_ANDROID.vcf")
    henry = Contact.get(Contact.name == "\u00d1" * 4)
    values = records.snapshot("contact", henry)
    assert values["emails"] == ["henry@company.com"]
    assert organization_of(values) == "\u00d1" * 44
    assert "CHARSET" not in values["notes"]
    # its other ORG line (a second company, with the file's stray =80 byte) is kept
    assert values["notes"].splitlines()[-1] == "ORG (2): " + "\u00d1" * 44 + "\ufffd"
    # cards with only an email are known by it; Google's My Contacts (every contact's
    # group) is no tag
    john = contact("john.doe@company.com")
    assert john["emails"] == ["john.doe@company.com"] and john["tags"] == []
    bob = contact("\u00d1 \u00d1 \u00d1 \u00d1")  # FN as written, trailing space trimmed
    assert bob["emails"] == ["bob@company.com"] and organization_of(bob) == "\u00d1" * 12
    assert "EMAIL (2): " + "\u00d1" * 14 in bob["notes"].splitlines()  # no address: kept
    assert Contact.select().where(Contact.source == "vcard").count() == 6


def test_organization_name_with_an_unescaped_comma(db: Path) -> None:
    """ORG:Company, The;TheDepartment became "['Company', ' The']"."""
    imported("ezvcard_outlook-2003.vcf")
    person = contact("John Doe III")
    assert organization_of(person) == "Company, The"
    assert "DEPARTMENT: TheDepartment" in person["notes"].splitlines()
    assert person["emails"] == ["jdoe@hotmail.com"] and person["title"] == "The Job Title"


def test_company_card_named_with_a_comma(db: Path) -> None:
    """Evolution's card for a company (only ORG:Ximian, Inc.) is one organization."""
    imported("kcontacts_vcard4_ximian.vcf")
    assert [o.name for o in Organization.select().where(Organization.source == "vcard")] == [
        "Ximian, Inc."]
    assert Contact.select().where(Contact.source == "vcard").count() == 0


def test_lines_that_are_no_property_are_kept_in_the_notes(db: Path) -> None:
    """KDE's legacy X-messaging/twitter-All lines refused the whole card."""
    plan = imported("kcontacts_vcard_legacy_messaging_fields.vcf")
    person = contact("My Name")
    assert person["notes"].splitlines() == [
        "X-messaging/twitter-All: kdecommunity", "X-messaging/irc-All: konqui",
        "X-messaging/xmpp-All: one@test.org\ue000two@test.org"]  # KDE's separator
    assert [w.column for w in plan.warnings] == [
        "X-messaging/twitter-All", "X-messaging/irc-All", "X-messaging/xmpp-All"]


def test_android_s_line_breaks_nicknames_and_named_addresses(db: Path) -> None:
    """Android's own parser tests: an address continued after a backslash and a line
    break, a nickname written as X-ANDROID-CUSTOM (the card has no other name), and an
    email written "Omega" <omega@example.com>."""
    imported("aosp_v21_adr_multiple_line.vcf")
    bogus = contact("bogus")
    assert "ADDRESS: Grindelberg 999, Hamburg, 99999, Deutschland; Hermann v. Brevern, "\
           "9999999, Packstation 999, Hamburg, 99999, Deutschland" in bogus["notes"]
    imported("aosp_v21_im.vcf")
    assert contact("Nick")["source"] == "vcard"
    imported("aosp_v21_invalid_multiple_line.vcf")
    assert contact("Omega")["emails"] == ["omega@example.com"]


def test_a_phone_s_own_label_in_a_parameter(db: Path, tmp_path: Path) -> None:
    """A Chinese phone's custom label (TEL;X-公司总机:) is no parameter a parser reads: the
    number was lost with the line; now only the label is left out."""
    path = tmp_path / "王芳.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:王;芳;;;\r\n"
                     "TEL;X-公司总机:021-61234567\r\nTEL;CELL:13800138000\r\n"
                     "EMAIL;INTERNET;X-工作=1:wang@example.cn\r\nEND:VCARD\r\n".encode())
    plan = plan_vcard_import(path)
    assert plan.warnings == []
    apply_import(plan)
    wang = contact("Wang Fang")
    assert wang["phones"] == ["+862161234567", "+8613800138000"]
    assert wang["emails"] == ["wang@example.cn"] and wang["name_zh"] == "王芳"


def test_android_s_custom_labels_in_parentheses(db: Path, tmp_path: Path) -> None:
    """Samsung and other Android phones write a custom label as
    TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=85=AC…):number: the number and
    the address are kept, the label left out."""
    path = tmp_path / "李娜.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;"
        b"=E5=A8=9C;;;\r\nTEL;CELL:13800138001\r\nTEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED"
        b"-PRINTABLE,=E5=85=AC=E5=8F=B8=E6=80=BB=E6=9C=BA):021-61234567\r\nEMAIL;X-CUSTOM("
        b"CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=E5=B7=A5=E4=BD=9C):lina@example.cn\r\n"
        b"END:VCARD\r\n")
    plan = plan_vcard_import(path)
    assert plan.warnings == []
    apply_import(plan)
    lina = contact("Li Na")
    assert lina["phones"] == ["+8613800138001", "+862161234567"]
    assert lina["emails"] == ["lina@example.cn"]


def test_group_and_place_cards_are_no_one(db: Path, tmp_path: Path) -> None:
    """A CardDAV address book (iCloud, Fastmail, Radicale) keeps each contact group as a card
    of its own: X-ADDRESSBOOKSERVER-KIND:group with its members' uids (vCard 4: KIND:group,
    MEMBER). Each group became a person named after it ("同事" as Tong Shi), and a KIND:location
    card a person too. Now a group tags its members on the file's cards, and is skipped with
    why; a place is skipped."""
    path = tmp_path / "contacts.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:同事\r\nFN:同事\r\nX-ADDRESSBOOKSERVER-KIND:group\r\n"
        "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:card-li\r\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:gone\r\n"
        "UID:group-1\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:李;明;;;\r\nFN:李明\r\nCATEGORIES:客户\r\n"
        "EMAIL;type=INTERNET:liming@example.cn\r\nUID:card-li\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Board\r\n"
        "MEMBER:urn:uuid:card-li\r\nMEMBER:urn:uuid:card-ann\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.com\r\nUID:card-ann\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:location\r\nFN:Room 3B\r\nEND:VCARD\r\n",
        encoding="utf-8")
    plan = plan_vcard_import(path)
    assert [(r.row, r.action) for r in plan.rows] == [
        (1, "skip"), (2, "create"), (3, "skip"), (4, "create"), (5, "skip")]
    assert plan.rows[0].note == ("a group (同事, 2 member(s)), not a person: its members on "
                                 "this file's cards are tagged 同事")
    assert plan.rows[4].note == "a place (Room 3B), not a person or a company"
    apply_import(plan)
    assert Contact.select().count() == 2
    assert sorted(contact("李明")["tags"]) == sorted(["同事", "客户", "Board"])
    assert contact("Ann Lee")["tags"] == ["Board"]
    again = plan_vcard_import(path)
    assert again.counts["create"] == again.counts["update"] == 0
