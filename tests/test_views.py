"""Saved views: saved per user and page, replaced by name, the built-in one, the query."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.errors import NotFound, ValidationError
from tracker.queries import ListQuery, closing_bounds
from tracker.services import records
from tracker.services.context import today
from tracker.storage import Store
from tracker.views import delete_view, find_view, list_views, rename_view, save_view

ROOT = Path(__file__).resolve().parents[1]


def test_closing_periods() -> None:
    day = dt.date(2026, 11, 26)
    assert closing_bounds("this_quarter", day) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert closing_bounds("next_quarter", day) == (dt.date(2027, 1, 1), dt.date(2027, 3, 31))
    assert closing_bounds("this_month", day) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert closing_bounds("past", day) == (None, dt.date(2026, 11, 25))
    assert closing_bounds("this_quarter", dt.date(2026, 3, 31)) == (dt.date(2026, 1, 1),
                                                                    dt.date(2026, 3, 31))


def test_views_are_saved_per_user_and_replaced_by_name(db: Store) -> None:
    first = save_view("contacts", "  Shanghai  people ", {"filters": {"city": "Shanghai"}})
    assert first.name == "Shanghai people"
    again = save_view("contacts", "Shanghai people", {"filters": {"city": "上海"}})
    assert again.uid == first.uid and again.definition == {"filters": {"city": "上海"}}
    save_view("contacts", "Mine", {"search": "li"}, user="colleague")
    assert [v.name for v in list_views("contacts")] == ["Shanghai people"]
    assert [v.name for v in list_views("opportunities")] == ["My deals closing this quarter"]
    save_view("contacts", "KOLs", {"filters": {"tag": "KOL"}})
    with pytest.raises(ValidationError):
        rename_view(first.uid, "KOLs")
    assert rename_view(first.uid, "Shanghai").name == "Shanghai"
    assert [v.name for v in list_views("contacts")] == ["Shanghai", "KOLs"]
    delete_view(first.uid)
    assert [v.name for v in list_views("contacts")] == ["KOLs"]
    with pytest.raises(ValidationError):
        save_view("contacts", "   ", {})
    with pytest.raises(NotFound):
        find_view("nothing like it")


def test_my_deals_closing_this_quarter_is_built_in(db: Store) -> None:
    day = today()
    start, end = closing_bounds("this_quarter", day)
    assert start is not None and end is not None
    mine = records.create("opportunity", {"title": "Mine, this quarter", "owner": "tester",
                                          "expected_close": end}).first_created
    records.create("opportunity", {"title": "Someone else's", "owner": "Wang",
                                   "expected_close": end})
    records.create("opportunity", {"title": "Mine, next year", "owner": "tester",
                                   "expected_close": end + dt.timedelta(days=400)})
    won = records.create("opportunity", {"title": "Mine, won", "owner": "tester",
                                         "expected_close": start}).first_created
    records.update("opportunity", won, None, {"status": "won"})
    view = find_view("my deals closing this quarter")
    assert view.builtin and view.query().ids() == [mine]
    assert ListQuery("opportunity", filters={"owner": "@me"}).count() == 3


def test_cli_lists_views_and_lists_through_a_view(db: Store) -> None:
    save_view("organizations", "Hospitals", {"filters": {"kind": "hospital"}, "sort": "name"})
    records.create("organization", {"name": "Ruijin Hospital", "kind": "hospital"})
    records.create("organization", {"name": "Juventas", "kind": "drug_developer"})
    env = {"BEACON_USER": "tester", "PATH": "/usr/bin:/bin"}
    views = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db), "views",
                            "--json"], capture_output=True, text=True, cwd=ROOT, env=env,
                           timeout=60)
    assert views.returncode == 0, views.stderr
    assert [(v["page"], v["name"]) for v in json.loads(views.stdout)] == [
        ("opportunities", "My deals closing this quarter"), ("organizations", "Hospitals")]
    listed = subprocess.run([sys.executable, "-m", "tracker.cli", "--db", str(db), "list",
                             "organizations", "--view", "Hospitals"], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].startswith("Ruijin Hospital")
    assert len(listed.stdout.splitlines()) == 1
