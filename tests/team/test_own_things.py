"""In the "own" setting what belongs to one member is theirs, whatever the client: their saved
views, their reminders' state and the reports of the deals they imported (plain SQL as a
colleague finds none of it)."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from tracker.cli import main
from tracker.storage import open_store
from tracker.team import set_visibility

from tests.team.conftest import TeamServer
from tests.team.test_team_server import new_deal

SAVED_VIEW_COLUMNS = ("uid, \"user\", page, name, definition, position, created_at, "
                      "updated_at")


def test_views_reminders_and_deal_imports_are_their_owner_s_in_own(
        team_server: TeamServer, tmp_path) -> None:
    from tracker.reminders import mark_seen, snooze
    from tracker.views import list_views, save_view

    with open_store(team_server.admin_url) as store:
        set_visibility(store, "own")
    ana, bo = team_server.add("ana"), team_server.add("bo")
    team_server.add("mia", manager=True)
    with open_store(ana):
        deal = new_deal("Ana: Juventas licensing")
        save_view("opportunities", "Ana's licensing deals", {"search": "licensing"})
        snooze([("opportunity", deal)], dt.datetime(2030, 1, 1))
        mark_seen()
    deals = tmp_path / "deals.csv"
    deals.write_text("Title,Next step\nAna: Gracell distribution,call Dr. Wang\n",
                     encoding="utf-8")
    people = tmp_path / "people.csv"
    people.write_text("Name,Email\nLi Ming,li.ming@example.cn\n", encoding="utf-8")
    assert main(["--db", ana, "import", str(deals), "--entity", "opportunities"]) == 0
    assert main(["--db", ana, "import", str(people), "--entity", "contacts"]) == 0

    # Plain SQL as bo: none of ana's own things, and the contacts import (shared records).
    sql = team_server.sql
    for table in ("saved_view", "reminder_state", "reminder_clock"):
        assert sql("bo", f"SELECT count(*) FROM {table}") == [(0,)], table
        assert sql("ana", f"SELECT count(*) FROM {table}") == [(1,)], table
    assert sql("bo", "SELECT entity FROM import_batch") == [("contact",)]
    assert sql("bo", "SELECT count(*) FROM import_batch WHERE report LIKE '%%Gracell%%'") \
        == [(0,)]
    assert sorted(sql("ana", "SELECT entity FROM import_batch")) == [("contact",),
                                                                      ("opportunity",)]
    # ... nor change or remove them, nor write one in ana's name.
    assert sql("bo", "UPDATE saved_view SET name = 'mine now'") == [(0,)]
    assert sql("bo", "DELETE FROM import_batch WHERE entity = 'opportunity'") == [(0,)]
    assert sql("bo", "DELETE FROM reminder_state") == [(0,)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        sql("bo", f"INSERT INTO saved_view ({SAVED_VIEW_COLUMNS}) VALUES ('u-2', 'ana', "
                  "'opportunities', 'planted', '{}', 0, now(), now())")
    assert sql("postgres", "SELECT name FROM saved_view") == [("Ana's licensing deals",)]
    # A batch written by hand is its writer's, whatever name it gives.
    sql("bo", "INSERT INTO import_batch (uid, file_name, file_hash, entity, mode, created_at, "
              "created_by, report) VALUES ('u-3', 'x.csv', '', 'opportunity', 'create', now(), "
              "'ana', '{}')")
    assert sql("postgres", "SELECT created_by FROM import_batch WHERE uid = 'u-3'") \
        == [("bo",)]
    assert sql("ana", "SELECT count(*) FROM import_batch WHERE uid = 'u-3'") == [(0,)]
    sql("postgres", "DELETE FROM import_batch WHERE uid = 'u-3'")
    with open_store(bo):
        assert [v.name for v in list_views(user="ana") if not v.builtin] == []

    # A manager sees them all; so does everyone once the team sees everything.
    assert sql("mia", "SELECT count(*) FROM import_batch") == [(2,)]
    with open_store(team_server.url("mia")) as store:
        set_visibility(store, "all")
    assert sql("bo", "SELECT count(*) FROM saved_view") == [(1,)]
    assert sql("bo", "SELECT count(*) FROM import_batch") == [(2,)]
