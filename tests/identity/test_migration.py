"""Schema 4 (identity): a schema-3 database keeps its people and companies, now keyed."""

from __future__ import annotations

import datetime as dt

from tracker.identity import CompanyProbe, PersonProbe, contact_candidates, organization_candidates
from tracker.migrations import LATEST_VERSION, upgrade
from tracker.models import Contact, Organization
from tracker.storage import Target, open_store


def test_upgrade_to_4_keys_the_records_already_there(empty_target: Target) -> None:
    with open_store(empty_target, migrate=False) as store:
        upgrade(store.dialect, 0, target=3)
        now = dt.datetime(2025, 1, 1)
        audit = {"created_at": now, "updated_at": now, "version": 1, "source": "manual"}
        org = Organization.insert(uid="o1", name="Downs PLC", name_key="downs",
                                  **audit).execute()
        person = Contact.insert(uid="c1", name="李明", name_zh="李明", wechat_id="LiMing_SH",
                                organization=org, **audit).execute()
    with open_store(empty_target) as store:
        assert store.dialect.schema_version() == LATEST_VERSION
        [exact] = contact_candidates(PersonProbe(wechat_id="liming_sh"))
        assert exact.record_id == person and exact.exact
        [by_name] = contact_candidates(PersonProbe(name="Ming Li"))
        assert by_name.record_id == person and not by_name.exact
        [company] = organization_candidates(CompanyProbe(name="Downs Group"))
        assert company.record_id == org and not company.exact
