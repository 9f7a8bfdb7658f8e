"""A team server's change notices name only the change-log row or import batch written, and
its kind (migration 11): a member in "own" learns no colleague's deal, neither through
Beacon nor by listening on the channel itself, and hears of what it may see as before. A
change it may not read (any more) reloads that kind's lists: a deal moved out of its sight,
deals an undone import deleted."""

from __future__ import annotations

import json
import select

import psycopg

from tracker.live import LiveFeed
from tracker.migrations import upgrade
from tracker.services.context import Kind
from tracker.storage import Target, open_store
from tracker.team import set_visibility

from tests.team.conftest import TeamServer
from tests.team.test_team_server import new_deal
from tests.test_live import in_another_process, taken

BO_S_DEAL = """
    from tests.team.test_team_server import new_deal
    new_deal("Bo: Gracell supply agreement", value="1200000", currency="CNY")
"""


def notices(listener: psycopg.Connection) -> list[dict[str, object]]:
    """What any login LISTENing on the channel receives (psql, a script)."""
    select.select([listener.fileno()], [], [], 5)
    return [json.loads(n.payload) for n in listener.notifies(timeout=0)]


def test_a_member_in_own_hears_only_of_what_it_may_see(team_server: TeamServer) -> None:
    with open_store(team_server.admin_url) as store:
        set_visibility(store, "own")
    ana, bo = team_server.add("ana"), team_server.add("bo")
    mia = team_server.add("mia", manager=True)
    listener = psycopg.connect(ana, autocommit=True)
    listener.execute("LISTEN beacon_change")
    with open_store(ana) as store, open_store(mia) as manager_store:
        feed, managers = LiveFeed(store), LiveFeed(manager_store)
        try:
            in_another_process(bo, BO_S_DEAL)
            heard = notices(listener)
            assert heard and all(set(notice) <= {"log", "import", "e", "a"} for notice in heard)
            unseen = taken(feed)  # bo's deal is bo's: ana's deal lists reload, that is all
            assert unseen is not None and (unseen.created, unseen.updated) == ([], [])
            assert unseen.touched == {Kind.opportunity}
            caught = taken(managers)  # a manager sees every deal, and hears of it
            assert caught is not None and caught.created[0][0] == "opportunity"
            in_another_process(bo, 'records.create("organization", {"name": "Gracell"})')
            shared = taken(feed)  # companies are everyone's
            assert shared is not None and shared.created[0][0] == "organization"
            assert Kind.opportunity not in shared.touched
        finally:
            feed.close()
            managers.close()
            listener.close()


def test_upgrade_to_11_quiets_the_notices(team_server: TeamServer) -> None:
    """A schema-10 server database gets the new notices: a change after the upgrade is
    announced by its change-log row, and still reaches a window by record."""
    name = team_server.cluster.new_database()
    target = Target(url=team_server.cluster.url(name))
    try:
        with open_store(target, migrate=False) as store:
            upgrade(store.dialect, 0, target=10)
        listener = psycopg.connect(str(target.url), autocommit=True)
        listener.execute("LISTEN beacon_change")
        try:
            with open_store(target) as store:
                assert store.dialect.schema_version() == 11
                feed = LiveFeed(store)
                try:
                    in_another_process(store, 'records.create("organization", {"name": "Gracell"})')
                    changes = taken(feed)
                    assert changes is not None and changes.created[0][0] == "organization"
                    assert [set(notice) for notice in notices(listener)] == [{"log", "e", "a"}]
                finally:
                    feed.close()
        finally:
            listener.close()
    finally:
        team_server.cluster.drop_database(name)


def test_a_deal_leaving_a_member_s_sight_and_an_undone_import_reach_its_lists(
        team_server: TeamServer, tmp_path) -> None:
    with open_store(team_server.admin_url) as store:
        set_visibility(store, "own")
    ana = team_server.add("ana")
    team_server.add("bo")
    mia = team_server.add("mia", manager=True)
    source = tmp_path / "deals.csv"
    source.write_text("Title,Owner\nCAR-T process transfer,ana\nTCR-T supply,ana\n")
    with open_store(ana) as store:
        deal = new_deal("Ana: Juventas licensing")
        feed = LiveFeed(store)
        try:
            # the manager gives ana's deal to bo: it leaves her sight, and her lists reload
            in_another_process(mia, f"""
                records.update("opportunity", {deal}, None, {{"owner": "bo"}})
            """)
            moved = taken(feed)
            assert moved is not None and Kind.opportunity in moved.touched
            # the manager imports two deals for ana and undoes the import: her lists reload
            in_another_process(mia, f"""
                from pathlib import Path
                from tracker.excel.batches import apply_import, undo_import
                from tracker.excel.importer import ImportOptions, plan_import
                plan = plan_import(Path({str(source)!r}), ImportOptions(entity="opportunity"))
                undo_import(apply_import(plan).batch_uid)
            """)
            undone = taken(feed)
            assert undone is not None and Kind.opportunity in undone.touched
        finally:
            feed.close()
