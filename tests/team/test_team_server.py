"""A team server in three commands, who sees whose deals (row-level security, so it holds
for plain SQL too) and who is recorded as changing what."""

from __future__ import annotations

import pytest

from tracker.cli import main
from tracker.errors import StorageUnavailable
from tracker.storage import open_store
from tracker.team import TeamError, set_visibility

from tests.team.conftest import TeamServer


def new_deal(title: str, **values: object) -> int:
    from tracker.models import Pipeline, Stage
    from tracker.services import records

    pipeline = Pipeline.select().order_by(Pipeline.position).first()
    stage = Stage.select().where(Stage.pipeline == pipeline).order_by(Stage.position).first()
    changes = records.create("opportunity", {"title": title, "pipeline": pipeline.id,
                                             "stage": stage.id, **values})
    return changes.first_created


def titles(url: str) -> set[str]:
    from tracker.models import Opportunity

    with open_store(url):
        return {o.title for o in Opportunity.select()}


def test_three_commands_make_a_team_server(team_server: TeamServer,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "init", team_server.admin_url, "--visibility", "own"]) == 0
    first = capsys.readouterr().out
    assert "visibility: own" in first and "_member (every member)" in first
    ana, mia = f"ana_{team_server.database}", f"mia_{team_server.database}"  # logins are
    # the cluster's: names no earlier test made
    assert main(["--db", team_server.admin_url, "team", "add-user", ana]) == 0
    added = capsys.readouterr().out
    assert f"{ana}: added as member" in added and "password: " in added
    assert f"beacon --db {team_server.url(ana)}" in added
    assert main(["--db", team_server.admin_url, "team", "add-user", mia, "--manager"]) == 0
    capsys.readouterr()
    policies = team_server.sql("postgres", "SELECT count(*) FROM pg_policies")

    # Run again: nothing changes (no second seed, no duplicate policy, the same members).
    assert main(["team", "init", team_server.admin_url]) == 0
    again = capsys.readouterr().out
    assert "seeded" not in again and "visibility: own" in again
    assert f"members: {ana}, {mia} (manager)" in again
    assert team_server.sql("postgres", "SELECT count(*) FROM pg_policies") == policies
    assert team_server.sql("postgres", "SELECT count(*) FROM organization")[0][0] == 14

    # The member connects with the address add-user printed, and is who Beacon says.
    assert main(["--db", team_server.url(ana), "list", "organizations", "--limit", "1"]) == 0
    with open_store(team_server.url(ana)) as store:
        assert store.user == ana


def test_members_see_and_change_only_their_own_deals_even_with_plain_sql(
        team_server: TeamServer) -> None:
    from tracker.services import records
    from tracker.services.context import current_user

    with open_store(team_server.admin_url) as store:
        set_visibility(store, "own")
    ana, bo = team_server.add("ana"), team_server.add("bo")
    team_server.add("mia", manager=True)
    with open_store(ana):
        ana_deal = new_deal("Ana: Juventas licensing")
    with open_store(bo):
        assert current_user() == "bo"
        bo_deal = new_deal("Bo: CARsgen distribution", next_step="call the CFO")
        records.create("activity", {"subject": "Bo's pricing notes", "opportunity": bo_deal})

    assert titles(ana) == {"Ana: Juventas licensing"}
    assert titles(bo) == {"Bo: CARsgen distribution"}
    assert {"Ana: Juventas licensing", "Bo: CARsgen distribution"} <= titles(
        team_server.url("mia"))

    # Plain SQL as ana: bo's deal, its activity, its history and its search text are not there.
    sql = team_server.sql
    assert sql("ana", "SELECT title FROM opportunity") == [("Ana: Juventas licensing",)]
    assert sql("ana", "SELECT count(*) FROM activity WHERE opportunity_id = %s",
               (bo_deal,)) == [(0,)]
    assert sql("ana", "SELECT count(*) FROM change_log WHERE entity = 'opportunity' "
                      "AND record_id = %s", (bo_deal,)) == [(0,)]
    assert sql("ana", "SELECT count(*) FROM opportunity_search WHERE record_id = %s",
               (bo_deal,)) == [(0,)]
    # ... and cannot be changed, deleted or taken over.
    assert sql("ana", "UPDATE opportunity SET title = 'mine now' WHERE id = %s",
               (bo_deal,)) == [(0,)]
    assert sql("ana", "DELETE FROM opportunity WHERE id = %s", (bo_deal,)) == [(0,)]
    import psycopg

    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql("ana", "UPDATE opportunity SET owner = 'bo' WHERE id = %s", (ana_deal,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql("ana", "UPDATE beacon_meta SET value = 'all' WHERE key = 'team_visibility'")
    assert sql("postgres", "SELECT title, owner FROM opportunity WHERE id = %s",
               (bo_deal,)) == [("Bo: CARsgen distribution", "bo")]

    # Through Beacon: the same refusal, as a message.
    with open_store(ana):
        with pytest.raises(StorageUnavailable, match="may not do this"):
            records.update("opportunity", ana_deal, None, {"owner": "bo"})
        with pytest.raises(TeamError, match="only a manager"):
            set_visibility(open_store(ana), "all")

    # A manager opens the team: everyone sees (and edits) everything.
    with open_store(team_server.url("mia")) as store:
        set_visibility(store, "all")
    assert "Bo: CARsgen distribution" in titles(ana)
    with open_store(ana):
        records.update("opportunity", bo_deal, None, {"next_step": "ana calls the CFO"})
    assert sql("postgres", "SELECT next_step, updated_by FROM opportunity WHERE id = %s",
               (bo_deal,)) == [("ana calls the CFO", "ana")]


def test_owner_and_authors_are_the_real_login(team_server: TeamServer) -> None:
    from tracker.models import ChangeLog, Opportunity

    ana = team_server.add("ana")
    team_server.add("bo")
    with open_store(ana):
        deal = new_deal("Ana's deal")
        row = Opportunity.get_by_id(deal)
        assert (row.owner, row.created_by, row.updated_by) == ("ana", "ana", "ana")
        assert ChangeLog.get(ChangeLog.entity == "opportunity",
                             ChangeLog.record_id == deal).user == "ana"
    # Plain SQL cannot write another name into the audit fields.
    team_server.sql("ana", "UPDATE opportunity SET updated_by = 'bo', title = 't' "
                           "WHERE id = %s", (deal,))
    team_server.sql("ana", "INSERT INTO organization (uid, created_at, updated_at, created_by, "
                           "updated_by, version, source, source_detail, name, name_zh, kind, "
                           "country, city, modalities, website, notes, name_key) VALUES "
                           "('u-1', now(), now(), 'bo', 'bo', 1, 'manual', '', 'Org', '', "
                           "'other', '', '', '', '', '', 'org')")
    assert team_server.sql("postgres", "SELECT updated_by FROM opportunity WHERE id = %s",
                           (deal,)) == [("ana",)]
    assert team_server.sql("postgres", "SELECT created_by, updated_by FROM organization "
                                       "WHERE uid = 'u-1'") == [("ana", "ana")]


def test_team_commands_refuse_a_file_and_bad_names(team_server: TeamServer, tmp_path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "init", str(tmp_path / "laptop.sqlite3")]) == 2
    assert "needs a PostgreSQL server" in capsys.readouterr().err
    assert main(["--db", team_server.admin_url, "team", "add-user", "pg_admin"]) == 2
    assert "cannot be a login name" in capsys.readouterr().err
    assert main(["--db", team_server.admin_url, "team", "visibility", "own"]) == 0
    assert capsys.readouterr().out.startswith("own: members see")


def test_a_member_logs_in_once_from_the_command_line(
        team_server: TeamServer, pia: str, tmp_path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import io

    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # no keychain here: the password goes to ~/.pgpass
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    url = team_server.url("pia")
    assert main(["--db", url, "list", "organizations"]) == 2
    said = capsys.readouterr().err
    assert "asks for a password" in said and "team login" in said and "Traceback" not in said

    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(["--db", url, "team", "login"]) == 2
    assert "refused this login, password or database" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(pia + "\n"))
    assert main(["--db", url, "team", "login"]) == 0
    assert str(tmp_path / "pgpass") in capsys.readouterr().out
    assert main(["--db", url, "list", "organizations", "--limit", "1"]) == 0


def test_a_teammate_who_left_can_no_longer_connect(team_server: TeamServer,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    leaver = f"leo_{team_server.database}"
    team_server.add(leaver)
    assert main(["--db", team_server.url(leaver), "list", "organizations", "--limit", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", team_server.admin_url, "team", "remove-user", leaver]) == 0
    assert "can no longer connect" in capsys.readouterr().out
    assert main(["--db", team_server.url(leaver), "list", "organizations"]) == 2
    assert "refused this login" in capsys.readouterr().err
    assert main(["--db", team_server.admin_url, "team", "users"]) == 0
    assert leaver not in capsys.readouterr().out
