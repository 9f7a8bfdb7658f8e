"""A change of who sees whose deals reaches open windows live: members' lists gain (or lose)
colleagues' deals without a reload."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from tracker.live import LiveFeed
from tracker.services.context import Kind
from tracker.storage import open_store
from tracker.team import set_visibility

from tests.team.conftest import TeamServer
from tests.team.test_team_server import new_deal
from tests.test_live import taken


def manager_sets(team_server: TeamServer, value: str) -> None:
    """`beacon team visibility VALUE` run by the manager mia, in a process of its own."""
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", team_server.url("mia"),
                           "team", "visibility", value], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr


def test_a_change_of_visibility_reaches_a_member_s_feed(team_server: TeamServer) -> None:
    with open_store(team_server.admin_url) as store:
        set_visibility(store, "own")
    ana = team_server.add("ana")
    team_server.add("mia", manager=True)
    with open_store(ana) as store:
        feed = LiveFeed(store)
        try:
            manager_sets(team_server, "all")
            changes = taken(feed)
            assert changes is not None
            assert {Kind.opportunity, Kind.activity, Kind.contact} <= changes.touched
            # A window that lost its listener catches up from the change log alike.
            since = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=5)
            caught = feed.catch_up(since)
            assert caught is not None and Kind.opportunity in caught.touched
        finally:
            feed.close()
    assert team_server.sql("postgres", "SELECT \"user\", changes FROM change_log WHERE "
                                       "entity = 'team_visibility' AND \"user\" = 'mia'") \
        == [("mia", '{"value": ["own", "all"]}')]


@pytest.mark.gui
def test_a_member_s_open_list_follows_a_change_of_visibility(team_server: TeamServer, qtbot,
                                                             tmp_path) -> None:
    from tests.team.test_two_windows import board_window

    with open_store(team_server.admin_url) as store:
        set_visibility(store, "own")
    ana, bo = team_server.add("ana"), team_server.add("bo")
    team_server.add("mia", manager=True)
    with open_store(bo):
        new_deal("Bo: CARsgen distribution")
    with open_store(ana) as store:
        new_deal("Ana: Juventas licensing")
        window, _board = board_window(store, qtbot, tmp_path, "ana")
        try:
            page = window.show_page("opportunities")
            qtbot.waitUntil(lambda: page.model.total > 0)
            before = page.model.total  # ana's deals (bo's and the seeded ones are not hers)
            manager_sets(team_server, "all")
            qtbot.waitUntil(lambda: page.model.total > before, timeout=5000)
        finally:
            window.close()
