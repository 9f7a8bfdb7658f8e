"""`beacon duplicates|merge|undo-merge|keep-separate|merges` on a database with known kinds
of duplicates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tracker.models import Contact
from tracker.services import records
from tracker.storage import Store

from tests.identity.test_merge import dump

ROOT = Path(__file__).resolve().parents[2]


def _beacon(db: Path, *args: str, where: Store | None = None
            ) -> subprocess.CompletedProcess[str]:
    """`where`: the store whose database the command opens (a file or a server's address);
    `db`'s folder is the data and home folder."""
    env = {"BEACON_DATA_DIR": str(db.parent), "PATH": "/usr/bin:/bin", "BEACON_USER": "cli",
           "PYTHONPATH": str(ROOT), "HOME": str(db.parent)}
    target = str(where) if where is not None else str(db)
    return subprocess.run([sys.executable, "-m", "ui.launcher", "--db", target, *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def _people(db: Store) -> dict[str, int]:
    helix = records.create("organization", {"name": "Helix Cell Therapeutics"}).first_created

    def person(name: str, **values: object) -> int:
        return records.create("contact", {"name": name, **values}).first_created

    return {
        "anna": person("Anna Schmidt", emails=["anna@example.de"]),
        "a.schmidt": person("A. Schmidt", emails=["ANNA@example.de"]),
        "chen": person("陈杰", wechat_id="chenjie"),
        "jay": person("Jay Chen", wechat_id="CHENJIE"),
        "tom": person("Tom Becker", phones=["+49 151 23456789"]),
        "thomas": person("Thomas Becker", phones=["0049 151 2345 6789"]),
        "wang": person("Wang Fang", organization=helix),
        "wangzh": person("王芳", organization=helix),
        "jon": person("Jon Smith", organization=helix),
        "john": person("John Smith", organization=helix),
        **{name: person(name, organization=helix) for name in ("张伟", "张敏", "张建华")},
        **{name: person(name) for name in ("张丽", "Zhang Lei", "Li Na", "李娜娜")},
    }


def test_duplicates_json_finds_each_kind_and_not_a_shared_surname(db: Store,
                                                                  db_path: Path) -> None:
    people = _people(db)
    records.create("organization", {"name": "Downs PLC"})
    records.create("organization", {"name": "Downs Group"})
    records.create("organization", {"name": "上海细胞治疗有限公司"})
    records.create("organization", {"name": "Shanghai Xibao Zhiliao"})
    result = _beacon(db_path, "duplicates", "contacts", "--json", where=db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    found = {frozenset((p["first"]["record_id"], p["second"]["record_id"])):
             [r["code"] for r in p["reasons"]] for p in report["pairs"]}
    expect = {("anna", "a.schmidt"): "email", ("chen", "jay"): "wechat",
              ("tom", "thomas"): "phone", ("wang", "wangzh"): "name",
              ("jon", "john"): "similar_name"}
    for (first, second), code in expect.items():
        codes = found.pop(frozenset((people[first], people[second])))
        assert code in codes and (code != "name" or "organization" in codes), (first, codes)
    assert found == {}  # nobody else: 张伟 / 张敏 / 张丽 / Zhang Lei share only a surname
    assert len(report["groups"]) == 5
    companies = json.loads(_beacon(db_path, "duplicates", "organizations", "--json", where=db).stdout)
    reasons = sorted(r["text"] for p in companies["pairs"] for r in p["reasons"])
    assert reasons[0] == "same name after removing PLC, Group"
    assert reasons[1] in ("same name in pinyin (上海细胞治疗有限公司)",
                          "same name in pinyin (Shanghai Xibao Zhiliao)")
    assert len(reasons) == 2 and not any(p["exact"] for p in companies["pairs"])
    text = _beacon(db_path, "duplicates", "contacts", where=db)
    assert "same WeChat ID CHENJIE" in text.stdout or "same WeChat ID chenjie" in text.stdout
    assert "5 pair(s) in 5 group(s)" in text.stderr


def test_merge_and_undo_merge_from_the_command_line(db: Store, db_path: Path) -> None:
    people = _people(db)
    uid = {k: records.load("contact", v).uid for k, v in people.items()}
    before = dump()
    merged = _beacon(db_path, "merge", "contacts", uid["anna"], uid["a.schmidt"], "--json", where=db)
    assert merged.returncode == 0, merged.stderr
    merge_id = json.loads(merged.stdout)["merge"]
    assert Contact.get_by_id(people["a.schmidt"]).deleted_at is not None
    assert records.snapshot("contact", Contact.get_by_id(people["anna"]))["other_names"] == [
        "A. Schmidt"]
    log = json.loads(_beacon(db_path, "merges", "--json", where=db).stdout)
    # who: BEACON_USER on a file, the login on a server (which records its own logins)
    assert (log[0]["merge"], log[0]["user"]) == (merge_id, db.user or "cli")
    undone = _beacon(db_path, "undo-merge", merge_id, where=db)
    assert undone.returncode == 0, undone.stderr
    assert dump() == before
    again = _beacon(db_path, "undo-merge", merge_id, where=db)
    assert again.returncode == 2 and "already undone" in again.stderr
    missing = _beacon(db_path, "merge", "contacts", uid["anna"], "no-such-uid", where=db)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    kept = _beacon(db_path, "keep-separate", "contacts", uid["tom"], uid["thomas"], where=db)
    assert kept.returncode == 0
    pairs = json.loads(_beacon(db_path, "duplicates", "contacts", "--json", where=db).stdout)["pairs"]
    assert {people["tom"], people["thomas"]} not in [
        {p["first"]["record_id"], p["second"]["record_id"]} for p in pairs]


def test_a_file_of_chinese_names_alone_imports_people_with_their_pinyin(
        db: Store, db_path: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("中文名,手机\n王建国,13800138000\n欧阳娜娜,13900139000\n", encoding="utf-8")
    result = _beacon(db_path, "import", str(people), "--entity", "contacts", "--json",
                     where=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 2
    names = {(c.name, c.name_zh) for c in Contact.select()}
    assert names == {("Wang Jianguo", "王建国"), ("Ouyang Nana", "欧阳娜娜")}
