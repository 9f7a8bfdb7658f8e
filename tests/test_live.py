"""Changes made by another process reach an open window's feed, naming each record; the
window's own changes do not come back to it."""

from __future__ import annotations

import select
import subprocess
import sys
import textwrap

from tracker.live import LiveFeed
from tracker.services import records
from tracker.storage import Store


def in_another_process(store: Store | str, code: str) -> None:
    script = textwrap.dedent("""
        import sys
        from tracker.storage import open_store
        from tracker.services import records
        from tracker.models import Organization
        with open_store(sys.argv[1]):
    """) + textwrap.indent(textwrap.dedent(code), "    ")
    done = subprocess.run([sys.executable, "-c", script, str(store)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def taken(feed: LiveFeed):
    fileno = feed.fileno()
    if fileno is not None:  # a server's notification travels on its own socket
        select.select([fileno], [], [], 5)
    return feed.take()


def test_another_process_changes_reach_the_feed_by_record(db: Store) -> None:
    juventas = records.create("organization", {"name": "Juventas"}).first_created
    feed = LiveFeed(db)
    try:
        assert feed.take() is None
        mine = records.update("organization", juventas, None, {"city": "Tianjin"})
        feed.made_here(mine.operation)
        in_another_process(db, f"""
            records.update("organization", {juventas}, None, {{"name": "Juventas Cell"}})
            records.create("contact", {{"name": "Jake Li", "organization": {juventas}}})
        """)
        changes = taken(feed)
        assert changes is not None
        assert changes.updated == [("organization", juventas)]
        assert [entity for entity, _ in changes.created] == ["contact"]
        assert feed.take() is None
    finally:
        feed.close()


def test_an_import_elsewhere_names_the_records_it_made(db: Store, tmp_path) -> None:
    from tracker.models import Organization

    sheet = tmp_path / "orgs.csv"
    sheet.write_text("Name,City\nCARsgen,Shanghai\nGracell,Suzhou\n", encoding="utf-8")
    feed = LiveFeed(db)
    try:
        done = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db), "import",
                               str(sheet), "--entity", "organizations"],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        changes = taken(feed)
        assert changes is not None
        made = {Organization.get_by_id(i).name for e, i in changes.created
                if e == "organization"}
        assert made == {"CARsgen", "Gracell"}
    finally:
        feed.close()
