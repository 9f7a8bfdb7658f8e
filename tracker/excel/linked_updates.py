"""What a batch changes in records besides its rows' own: a contacts file's company line
(Company Main Phone, 单位主要电话) added to the phones of the organization Beacon holds under
the exact name a row gives (tracker.excel.links.company_phones plans it). Written in the
batch, under its operation, so the batch's undo puts the organization back."""

from __future__ import annotations

from typing import Any

from tracker.excel.plan import ImportPlan
from tracker.models import Organization
from tracker.services import records
from tracker.services.context import Changes
from tracker.services.records import to_json_value
from tracker.storage import writing

LANDED = ("create", "update", "unchanged")


def _landed(plan: ImportPlan) -> dict[int, tuple[list[int], list[str]]]:
    """The organizations' phones to add, for those named by rows that land."""
    if not plan.organization_phones:  # most files (and no pass over 100,000 rows)
        return {}
    rows = {r.row for r in plan.rows if r.action in LANDED}
    return {k: v for k, v in plan.organization_phones.items() if rows.intersection(v[0])}


def add_organization_phones(plan: ImportPlan, previous: dict[str, list[Any]], user: str,
                            batch_uid: str, changes: Changes) -> None:
    """Each organization's phones and the ones the file adds, in one update each; `previous`
    keeps its audit fields for the batch's undo."""
    for organization_id, (_, phones) in _landed(plan).items():
        with writing():
            record = records.load("organization", organization_id)
            held = list(records.snapshot("organization", record).get("phones") or [])
            previous[f"organization:{record.id}"] = [
                record.version, to_json_value(record.updated_at), record.updated_by]
            changes.merge(records.update(
                "organization", record.id, record.version,
                {"phones": list(dict.fromkeys([*held, *phones]))},
                operation=batch_uid, user=user))


def linked_changes(plan: ImportPlan) -> list[dict[str, Any]]:
    """For the report: each organization the file adds phones to, the first row naming it."""
    found = []
    for organization_id, (rows, phones) in _landed(plan).items():
        record = Organization.get_or_none(Organization.id == organization_id)
        found.append({"row": rows[0], "entity": "organization", "record": organization_id,
                      "label": record.name if record else "", "field": "phones",
                      "added": phones})
    return found
