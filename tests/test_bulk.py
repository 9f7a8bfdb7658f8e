"""Bulk creation gives the same records as one-by-one creation, and reports bad rows."""

from __future__ import annotations

import json
from pathlib import Path

from tracker.models import ChangeLog, Contact
from tracker.queries import ListQuery
from tracker.services import records
from tracker.services.bulk import create_many


def test_bulk_rows_are_validated_indexed_and_logged(db: Path) -> None:
    org = records.create("organization", {"name": "苏州细胞科技有限公司"}).first_created
    result = create_many("contact", [
        {"name": "李明", "organization": org, "emails": "li@example.cn", "phones": "13800138000"},
        {"name": "", "emails": "broken"},
        {"name": "Anna Schmidt", "organization": org},
    ], batch_uid="batch-1")
    assert sorted(result.problems) == [1]
    assert {p.field for p in result.problems[1]} == {"name", "emails"}
    created = [i for _, i in result.changes.created]
    assert len(created) == 2
    li = Contact.get_by_id(created[0])
    assert (li.pinyin_initials, li.batch_uid, li.source, li.version) == ("lm", "batch-1",
                                                                         "import", 1)
    assert records.snapshot("contact", li)["phones"] == ["+8613800138000"]
    assert ListQuery("contact", search="lm").ids() == [li.id]
    assert ListQuery("contact", search="138001").ids() == [li.id]
    assert sorted(ListQuery("contact", search="细胞").ids()) == sorted(created)
    logs = ChangeLog.select().where(ChangeLog.batch_uid == "batch-1")
    assert sorted(entry.record_id for entry in logs) == sorted(created)
    assert json.loads(logs[0].changes)["name"][1] in ("李明", "Anna Schmidt")
    # later edits work on bulk-made rows like on any other
    records.update("contact", li.id, 1, {"title": "CSO"})
    assert Contact.get_by_id(li.id).version == 2
