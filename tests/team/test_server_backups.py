"""`beacon backup`, `beacon backups` and `beacon restore` on a team server: pg_dump's custom
format in the backups folder, verified by pg_restore --list, restored into the same
database only when confirmed and after a dump of what was there; refused with a clear
message for a member's login and when the tools are missing."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess

import pytest

from tracker.cli import main
from tracker.live import LiveFeed
from tracker.models import Organization
from tracker.services import records
from tracker.services.context import Kind
from tracker.storage import open_store

from tests.team.conftest import TeamServer
from tests.test_live import taken

pytestmark = pytest.mark.skipif(shutil.which("pg_dump") is None
                                or shutil.which("pg_restore") is None,
                                reason="pg_dump and pg_restore (postgresql-client) are not "
                                       "installed")


def names(url: str) -> set[str]:
    with open_store(url):
        return {o.name for o in Organization.select().where(Organization.name.startswith("Ze"))}


def test_back_up_list_and_restore_a_team_server(team_server: TeamServer, capsys) -> None:
    admin = team_server.admin_url
    ana = team_server.add("ana")
    with open_store(admin):
        zenith = records.create("organization", {"name": "Zenith Cell"}).first_created
    policies = team_server.sql("postgres", "SELECT count(*) FROM pg_policies")

    assert main(["--db", admin, "backup"]) == 0
    made = capsys.readouterr().out
    assert ".dump (" in made and "verified" in made
    dump = made.split(" (", 1)[0]
    assert stat.S_IMODE(os.stat(dump).st_mode) == 0o600
    listed = subprocess.run(["pg_restore", "--list", dump], capture_output=True, text=True)
    assert listed.returncode == 0 and "TABLE DATA public organization" in listed.stdout
    assert main(["--db", admin, "backups"]) == 0
    shown = capsys.readouterr()
    assert shown.out.startswith(os.path.basename(dump)) and "manual" in shown.out
    assert "1 verified backup(s) in " in shown.err

    # A colleague renames the company and adds another after the backup.
    with open_store(ana):
        records.update("organization", zenith, None, {"name": "Zenith Cell Therapy"})
        records.create("organization", {"name": "Zephyr Bio"})
    assert names(admin) == {"Zenith Cell Therapy", "Zephyr Bio"}

    # Not without confirmation (no terminal here): nothing changes.
    assert main(["--db", admin, "restore", os.path.basename(dump)]) == 2
    refused = capsys.readouterr().err
    assert "without confirmation" in refused and "--yes" in refused
    assert "Traceback" not in refused
    assert names(admin) == {"Zenith Cell Therapy", "Zephyr Bio"}

    with open_store(ana) as colleague:  # a colleague's open window hears of it
        feed = LiveFeed(colleague)
        try:
            assert main(["--db", admin, "restore", os.path.basename(dump), "--yes"]) == 0
            heard = taken(feed)
        finally:
            feed.close()
    assert heard is not None and {Kind.organization, Kind.opportunity} <= heard.touched
    restored = capsys.readouterr().out
    assert restored.startswith(f"restored {os.path.basename(dump)}")
    assert "what was there before is kept as " in restored and "before-restore" in restored
    assert names(admin) == {"Zenith Cell"}
    # The team's roles, grants and policies came back with it: the member still works.
    assert team_server.sql("postgres", "SELECT count(*) FROM pg_policies") == policies
    assert team_server.sql("ana", "SELECT name FROM organization WHERE id = %s",
                           (zenith,)) == [("Zenith Cell",)]
    with open_store(ana):
        records.update("organization", zenith, None, {"city": "Tianjin"})

    # The dump of what was there before the restore brings the colleague's work back.
    assert main(["--db", admin, "backups", "--json"]) == 0
    before = [b for b in json.loads(capsys.readouterr().out)
              if b["reason"] == "before-restore"]
    assert len(before) == 1 and before[0]["counts"]["organization"] >= 2
    assert main(["--db", admin, "restore", before[0]["name"], "--yes"]) == 0
    capsys.readouterr()
    assert names(admin) == {"Zenith Cell Therapy", "Zephyr Bio"}


def test_a_member_s_login_cannot_back_up_the_team(team_server: TeamServer, capsys) -> None:
    ana = team_server.add("ana")
    assert main(["--db", ana, "backup"]) == 2
    said = capsys.readouterr().err
    assert "only the database's owner can back up" in said and "Traceback" not in said
    with open_store(ana) as store:
        from tracker.backups import folder_for

        folder = folder_for(store)
    assert not folder.exists() or list(folder.iterdir()) == []  # nothing half-written


def test_missing_tools_are_named_with_what_to_install(team_server: TeamServer, tmp_path,
                                                      monkeypatch, capsys) -> None:
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert main(["--db", team_server.admin_url, "backup"]) == 2
    said = capsys.readouterr().err
    assert "not on PATH: pg_dump, pg_restore" in said
    assert "apt install postgresql-client" in said and "Traceback" not in said


def test_a_file_that_is_no_dump_is_refused(team_server: TeamServer, tmp_path, capsys) -> None:
    other = tmp_path / "notes.dump"
    other.write_bytes(b"PGDMP but not really")
    assert main(["--db", team_server.admin_url, "restore", str(other), "--yes"]) == 2
    said = capsys.readouterr().err
    assert "not a backup of a Beacon team database" in said
