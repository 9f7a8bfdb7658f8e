"""Seed data from the article, the `beacon` command line, and the layer rule."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tracker.models import MarketFact, Opportunity, Organization, Term
from tracker.queries import ListQuery
from tracker.seeding import article_text, seed_database, seeds_dir

ROOT = Path(__file__).resolve().parents[1]


def _seed_sources() -> list[tuple[str, str]]:
    found = []
    for path in sorted(seeds_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for items in data.values():
            for item in items:
                if "source" in item:
                    found.append((f"{path.name}:{item.get('key') or item.get('code')}",
                                  item["source"]))
    return found


def test_every_seed_source_is_a_verbatim_sentence_of_the_article() -> None:
    text = article_text()
    sources = _seed_sources()
    assert len(sources) > 40
    for where, sentence in sources:
        assert sentence in text, where


def test_seed_is_complete_and_idempotent(db: Path) -> None:
    first = seed_database()
    second = seed_database()
    assert first["created"] > 50 and second == {"created": 0, "reset": 0}
    names = {o.name for o in Organization.select()}
    for company in ("Fosun Kite", "JW Therapeutics", "IASO Biotherapeutics", "Juventas",
                    "CARsgen", "Legend Biotech", "Nanjing GenScript Biotech", "Lion TCR",
                    "Johnson & Johnson", "Intralink"):
        assert company in names
    assert {t.code for t in Term.select().where(Term.vocabulary == "approach")} == {
        "cdmo_cro_partnership", "investigator_initiated_trial", "licensing", "distribution"}
    figures = {f.figure for f in MarketFact.select()}
    assert {"2,034", "1,164", "153,000", "2.5 billion", "40 million", "500 million"} <= figures
    assert Opportunity.select().count() == 2
    assert all(o.value_minor is None and o.expected_close is None for o in Opportunity.select())


def test_seed_reset_restores_edited_and_deleted_seed_records(db: Path) -> None:
    from tracker.services import records

    seed_database()
    org = Organization.get(Organization.name == "Juventas")
    records.update("organization", org.id, org.version, {"city": "Nowhere"})
    lion = Organization.get(Organization.name == "Lion TCR")
    records.delete("organization", lion.id)
    report = seed_database(reset=True)
    assert report["reset"] >= 2
    assert Organization.get_by_id(org.id).city == ""
    assert Organization.get_by_id(lion.id).deleted_at is None


def _beacon(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {"BEACON_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin", "BEACON_USER": "cli",
           "PYTHONPATH": str(ROOT), "HOME": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_cli_seed_list_search_json_and_check(tmp_path: Path) -> None:
    version = _beacon("--version", data_dir=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("beacon ")
    assert _beacon("seed", data_dir=tmp_path).returncode == 0
    orgs = json.loads(_beacon("list", "organizations", "--json", data_dir=tmp_path).stdout)
    fosun = next(o for o in orgs if o["name"] == "Fosun Kite")
    assert fosun["source"] == "seed" and "Fosun Kite" in fosun["source_detail"]
    jake = _beacon("list", "contacts", "--search", "jake", data_dir=tmp_path)
    assert "Jake Li" in jake.stdout
    people = json.loads(_beacon("list", "contacts", "--search", "jake", "--json",
                                data_dir=tmp_path).stdout)
    assert people[0]["emails"] == ["jake.li@intralinkgroup.com"]
    incentives = json.loads(_beacon("list", "incentives", "--json", data_dir=tmp_path).stdout)
    assert {i["city"] for i in incentives} >= {"Shanghai", "Beijing", "Tianjin", "Shenzhen",
                                               "Haikou"}
    check = _beacon("check", data_dir=tmp_path)
    assert (check.returncode, check.stdout.strip()) == (0, "ok")
    assert (tmp_path / "beacon.sqlite3").exists()


def test_cli_errors_are_one_line_with_nonzero_exit(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    result = _beacon("--db", str(bad), "list", "contacts", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "not a SQLite database" in result.stderr and "Traceback" not in result.stderr
    unknown = _beacon("list", "planets", data_dir=tmp_path)
    assert unknown.returncode == 2 and "unknown record type" in unknown.stderr


def test_backup_writes_a_consistent_copy(tmp_path: Path) -> None:
    _beacon("seed", data_dir=tmp_path)
    target = tmp_path / "copy.sqlite3"
    assert _beacon("backup", str(target), data_dir=tmp_path).returncode == 0
    listed = _beacon("--db", str(target), "list", "organizations", data_dir=tmp_path)
    assert "Fosun Kite" in listed.stdout


@pytest.mark.parametrize("module_name", ["tracker"])
def test_tracker_never_loads_qt(module_name: str) -> None:
    code = (
        "import pkgutil, importlib, sys, tracker\n"
        "for m in pkgutil.walk_packages(tracker.__path__, 'tracker.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_seeded_lists_answer_searches(seeded: Path) -> None:
    assert len(ListQuery("organization").ids()) == 14
    assert len(ListQuery("incentive", search="haikou").ids()) == 1


def test_check_names_what_is_wrong(tmp_path: Path) -> None:
    import sqlite3

    assert _beacon("seed", data_dir=tmp_path).returncode == 0
    conn = sqlite3.connect(tmp_path / "beacon.sqlite3")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE contact SET organization_id = 9999")
    conn.commit()
    conn.close()
    result = _beacon("check", data_dir=tmp_path)
    assert result.returncode == 1
    assert "foreign key: contact row 1 points to a missing organization" in result.stdout
