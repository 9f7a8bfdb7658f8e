"""On a team server, colleagues' changes arrive by LISTEN/NOTIFY (migration 7's triggers),
also for a member who may not see every deal."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QApplication

from tracker.live import LiveFeed
from tracker.migrations import upgrade
from tracker.services import records
from tracker.storage import Target, open_store

from tests.team.conftest import TeamServer
from tests.test_live import in_another_process, taken


def test_a_colleague_s_changes_arrive_by_notification(team_server: TeamServer) -> None:
    team_server.add("ana")
    with open_store(team_server.url("ana")) as store:
        juventas = records.create("organization", {"name": "Juventas"}).first_created
        feed = LiveFeed(store)
        try:
            assert feed.fileno() is not None and feed.take() is None
            mine = records.update("organization", juventas, None, {"city": "Tianjin"})
            feed.made_here(mine.operation)
            in_another_process(store, f"""
                records.update("organization", {juventas}, None, {{"name": "Juventas Cell"}})
            """)
            changes = taken(feed)
            assert changes is not None and changes.updated == [("organization", juventas)]
        finally:
            feed.close()


def test_upgrade_to_7_notifies_changes(team_server: TeamServer) -> None:
    """A schema-6 server database gets the triggers: a change made after the upgrade is
    announced on the channel."""
    name = team_server.cluster.new_database()
    target = Target(url=team_server.cluster.url(name))
    try:
        with open_store(target, migrate=False) as store:
            upgrade(store.dialect, 0, target=6)
            assert not store.db.execute_sql(
                "SELECT count(*) FROM pg_trigger WHERE tgname = 'beacon_notify_change'"
            ).fetchone()[0]
        with open_store(target) as store:
            feed = LiveFeed(store)
            try:
                in_another_process(store, 'records.create("organization", {"name": "Gracell"})')
                changes = taken(feed)
                assert changes is not None and changes.created[0][0] == "organization"
            finally:
                feed.close()
    finally:
        team_server.cluster.drop_database(name)


@pytest.mark.gui
def test_a_lost_listener_says_so_and_catches_up_when_back(team_server: TeamServer, qtbot,
                                                          tmp_path) -> None:
    from tests.team.test_two_windows import board_window

    team_server.add("ana")
    with open_store(team_server.url("ana")) as store:
        juventas = records.create("organization", {"name": "Juventas"}).first_created
        window, _board = board_window(store, qtbot, tmp_path, "ana")
        try:
            page = window.show_page("organizations")
            team_server.sql("postgres", "SELECT pg_terminate_backend(pid) FROM "
                                        "pg_stat_activity WHERE query LIKE 'LISTEN%%'")
            qtbot.waitUntil(lambda: not window.live.live)
            assert window.path_label.text().endswith("not live")
            assert "connection to the team server was lost" in window.path_label.toolTip()
            in_another_process(store, f"""
                records.update("organization", {juventas}, None, {{"name": "Juventas Cell"}})
            """)
            window.live.check()  # the retry timer's tick: listen again, then catch up
            assert window.live.live and not window.path_label.text().endswith("not live")
            row = page.model.row_of(juventas)
            qtbot.waitUntil(lambda: page.model.index(row, 0).data() == "Juventas Cell")
        finally:
            window.close()
            QApplication.processEvents()  # the board's pending reload, while the store is open
