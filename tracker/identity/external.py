"""Ids of other systems (Salesforce Id, HubSpot Record ID, a vCard's UID), read for a whole
import batch at once: which records hold these ids, and which ids a set of records holds
in one system (a record with another id there is another record, whatever its name)."""

from __future__ import annotations

from collections.abc import Iterable

from tracker.models import ExternalId

CHUNK = 500


def records_with_ids(entity: str, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(system, id) -> the record of this type holding it, for the pairs that are held."""
    wanted = set(pairs)
    found: dict[tuple[str, str], int] = {}
    values = sorted({value for _, value in wanted})
    for start in range(0, len(values), CHUNK):
        for record_id, system, value in (
                ExternalId.select(ExternalId.record_id, ExternalId.system, ExternalId.value)
                .where(ExternalId.entity == entity,
                       ExternalId.value.in_(values[start:start + CHUNK])).tuples()):
            if (system, value) in wanted:
                found[(system, value)] = record_id
    return found


def held_ids(entity: str, record_ids: Iterable[int]) -> dict[int, list[str]]:
    """record id -> its ids in other systems ("system:id"), as the external_ids field has
    them, for many records at once (an import comparing rows with the records they are)."""
    ids = sorted(set(record_ids))
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), CHUNK):
        for record_id, system, value in (
                ExternalId.select(ExternalId.record_id, ExternalId.system, ExternalId.value)
                .where(ExternalId.entity == entity,
                       ExternalId.record_id.in_(ids[start:start + CHUNK]))
                .order_by(ExternalId.id).tuples()):
            found.setdefault(record_id, []).append(f"{system}:{value}")
    return found


def ids_in_system(entity: str, record_ids: Iterable[int], system: str) -> dict[int, set[str]]:
    """record id -> its ids in `system`, for the records that have any there."""
    ids = sorted(set(record_ids))
    found: dict[int, set[str]] = {}
    for start in range(0, len(ids), CHUNK):
        for record_id, value in (ExternalId.select(ExternalId.record_id, ExternalId.value)
                                 .where(ExternalId.entity == entity,
                                        ExternalId.system == system,
                                        ExternalId.record_id.in_(ids[start:start + CHUNK]))
                                 .tuples()):
            found.setdefault(record_id, set()).add(value)
    return found
