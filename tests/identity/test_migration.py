"""Schema 3 (identity): a schema-2 file keeps its people and companies, now keyed."""

from __future__ import annotations

from pathlib import Path

import peewee as pw
import pytest

from tracker.db import APPLICATION_ID, close_database, database, open_database
from tracker.identity import CompanyProbe, PersonProbe, contact_candidates, organization_candidates


@pytest.mark.sqlite_only
def test_upgrade_to_3_keys_the_records_already_there(tmp_path: Path) -> None:
    from tracker.migrations import upgrade

    path = tmp_path / "v2.sqlite3"
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    db.pragma("application_id", APPLICATION_ID, permanent=True)
    upgrade(db, None, 0, target=2)
    audit = "'u', '2025-01-01 00:00:00', '2025-01-01 00:00:00', '', '', 1, 'manual', ''"
    db.execute_sql("INSERT INTO organization (id, uid, created_at, updated_at, created_by, "
                   "updated_by, version, source, source_detail, name, name_zh, kind, country, "
                   f"city, modalities, website, notes, name_key) VALUES (1, {audit}, "
                   "'Downs PLC', '', 'other', '', '', '', '', '', 'downs')".replace("'u'", "'o1'"))
    db.execute_sql("INSERT INTO contact (id, uid, created_at, updated_at, created_by, "
                   "updated_by, version, source, source_detail, name, name_zh, pinyin_full, "
                   "pinyin_initials, title, organization_id, wechat_id, city, languages, basis, "
                   f"notes) VALUES (1, {audit}, '李明', '李明', 'liming', 'lm', '', 1, "
                   "'LiMing_SH', '', '', 'business_card', '')".replace("'u'", "'c1'"))
    db.close()
    open_database(path)
    try:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] >= 3
        [person] = contact_candidates(PersonProbe(wechat_id="liming_sh"))
        assert person.record_id == 1 and person.exact
        [by_name] = contact_candidates(PersonProbe(name="Ming Li"))
        assert by_name.record_id == 1 and not by_name.exact
        [company] = organization_candidates(CompanyProbe(name="Downs Group"))
        assert company.record_id == 1 and not company.exact
    finally:
        close_database()
