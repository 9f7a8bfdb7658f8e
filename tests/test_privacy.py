"""A person's data under PIPL: provenance, export everything (logged), erase everywhere
(down to the bytes of the files), and an erasure that outlives restoring a backup."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tracker import backups
from tracker.excel.batches import apply_import
from tracker.excel.importer import ImportOptions, plan_import
from tracker.models import ChangeLog, Contact, PrivacyLog
from tracker.privacy import erase_person, export_person, provenance, write_export
from tracker.services import activities, records
from tracker.storage import Store

NAME, NAME_ZH = "Wenjing Quartermaine", "祁文靖"
EMAIL, PHONE = "wenjing.q@cellbridge-example.cn", "+8613912345678"


def person(db_path: Path, tmp_path: Path) -> tuple[str, int]:
    """A contact made by an import, edited twice, met at a conference, named in a deal's
    activity and next step, and with an activity of their own."""
    source = tmp_path / "people.csv"
    source.write_text(f"Name,Chinese name,Email,Phone,Organization\n{NAME},{NAME_ZH},{EMAIL},"
                      f"{PHONE},CellBridge\n", encoding="utf-8")
    apply_import(plan_import(source, ImportOptions(entity="contact")))
    contact = Contact.get(Contact.name == NAME)
    records.update("contact", contact.id, None, {"title": "Head of BD"})
    records.update("contact", contact.id, None, {"notes": f"Met {NAME} in Suzhou"})
    deal = records.create("opportunity", {
        "title": "CellBridge licensing", "organization": contact.organization_id,
        "primary_contact": contact.id,
        "next_step": f"Send the term sheet to {NAME} ({EMAIL})"}).created[0][1]
    activities.add_activity("call", subject=f"Call with {NAME_ZH}", body=f"Reached on {PHONE}",
                            opportunity=deal, contact=contact.id)
    activities.add_activity("note", subject="Private note", body="Prefers WeChat",
                            contact=contact.id)
    conference = records.create("conference", {"name": "BIO China 2026"}).created[0][1]
    from tracker.models import ConferenceContact
    from tracker.storage import writing

    with writing():
        ConferenceContact.create(conference=conference, contact=contact.id, note="")
    return contact.uid, deal


def raw_bytes(db_path: Path) -> bytes:
    return b"".join(Path(f"{db_path}{s}").read_bytes() for s in ("", "-wal", "-shm")
                    if Path(f"{db_path}{s}").exists())


def test_provenance_says_where_from_and_on_what_basis(db: Store, tmp_path: Path) -> None:
    uid, _ = person(db.path, tmp_path)
    contact = Contact.get(Contact.uid == uid)
    found = provenance(contact.id)
    assert (found.source, found.detail, found.basis) == ("import", "people.csv",
                                                         "business_card")
    assert found.batch is not None and found.created_by == "tester"


def test_export_everything_about_a_person_json_and_xlsx(db: Store, tmp_path: Path) -> None:
    uid, _ = person(db.path, tmp_path)
    data = export_person(uid)
    assert data["person"]["emails"] == [EMAIL] and data["person"]["phones"] == [PHONE]
    assert data["organization"]["name"] == "CellBridge"
    assert [a["subject"] for a in data["activities"]] == [f"Call with {NAME_ZH}",
                                                          "Private note"]
    assert [d["title"] for d in data["deals"]] == ["CellBridge licensing"]
    assert [c["name"] for c in data["conferences"]] == ["BIO China 2026"]
    assert len(data["history"]) >= 2 and data["imports"][0]["file"] == "people.csv"
    assert data["provenance"]["source"] == "import"
    for suffix in ("json", "xlsx"):
        target = tmp_path / f"person.{suffix}"
        write_export(uid, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads((tmp_path / "person.json").read_text())["person"]["name"] == NAME
    book = load_workbook(tmp_path / "person.xlsx", read_only=True)
    assert book.sheetnames == ["Person", "Activities", "Deals", "Conferences", "History",
                               "Imports"]
    cells = [c.value for row in book["Person"].iter_rows() for c in row]
    assert EMAIL in str(cells) and NAME_ZH in cells
    logged = list(PrivacyLog.select().order_by(PrivacyLog.id))
    assert [(e.action, e.subject_uid) for e in logged] == [("export", uid), ("export", uid)]
    assert NAME not in logged[0].detail and EMAIL not in logged[0].detail


def test_erase_leaves_no_trace_in_the_data(db: Store, tmp_path: Path) -> None:
    uid, deal = person(db.path, tmp_path)
    erased = erase_person(uid)
    assert Contact.get_or_none(Contact.uid == uid) is None
    assert not ChangeLog.select().where(ChangeLog.record_uid == uid).exists()
    kept = records.load("opportunity", deal)
    assert kept.primary_contact_id is None and NAME not in kept.next_step
    assert kept.next_step == "Send the term sheet to [erased] ([erased])"
    from tracker.queries import ListQuery

    assert ListQuery("contact", search="Quartermaine").ids() == []
    assert ListQuery("activity", search="祁文靖").ids() == []
    assert ListQuery("activity", search="Private").ids() == []  # their own activity: gone
    assert [e.action for e in PrivacyLog.select()] == ["erase"]
    assert erased.counts["activities"] == 1


@pytest.mark.sqlite_only
def test_after_beacon_person_erase_no_byte_of_them_is_left(db: Store, tmp_path: Path) -> None:
    uid, _ = person(db.path, tmp_path)
    path = str(db)  # the file, or the server's address
    db.close()
    before = raw_bytes(path)
    assert EMAIL.encode() in before and NAME.encode() in before
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(path), "person",
                           "erase", uid], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "erased" in done.stdout
    after = raw_bytes(path)
    for text in (EMAIL, PHONE, PHONE[1:], NAME, NAME_ZH, "Quartermaine"):
        for encoded in (text.encode("utf-8"), json.dumps(text)[1:-1].encode()):
            assert after.count(encoded) == 0, text


@pytest.mark.sqlite_only  # a file's backups; a server is backed up on the server
def test_restoring_a_backup_from_before_the_erasure_does_not_bring_them_back(
        db: Store, tmp_path: Path) -> None:
    uid, _ = person(db.path, tmp_path)
    older = backups.make("manual")
    erase_person(uid)
    backups.restore(older.path)
    assert Contact.get_or_none(Contact.uid == uid) is None
    from tracker.queries import ListQuery

    assert ListQuery("contact", search="Quartermaine").ids() == []
    assert ListQuery("contact", search="CellBridge").ids() == []


def test_beacon_person_export_from_the_command_line(db: Store, tmp_path: Path) -> None:
    uid, _ = person(db.path, tmp_path)
    path = str(db)  # the file, or the server's address
    db.close()
    target = tmp_path / "out.json"
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(path), "person",
                           "export", uid, str(target)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(target.read_text())["person"]["uid"] == uid
    wrong = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(path), "person",
                            "export", uid, str(tmp_path / "out.csv")], capture_output=True,
                           text=True, timeout=120)
    assert wrong.returncode == 2 and ".json or .xlsx" in wrong.stderr


def test_every_export_with_personal_data_is_owner_only(seeded: Store, tmp_path: Path) -> None:
    from tracker.excel.exporter import ExportRequest, export_workbook
    from tracker.vcards.writing import export_vcards

    export_workbook(tmp_path / "all.xlsx", ExportRequest.everything())
    export_vcards(tmp_path / "people.vcf")
    for name in ("all.xlsx", "people.vcf"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


def test_the_default_data_folder_is_owner_only(tmp_path: Path) -> None:
    from tracker.opening import open_data

    store = open_data(None)
    try:
        assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    finally:
        store.close()
