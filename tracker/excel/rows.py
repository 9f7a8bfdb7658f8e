"""Records as the flat rows an export writes and an import reads back: links by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import peewee as pw

from tracker.models import Contact, Opportunity, Organization, Pipeline, Stage
from tracker.storage import active

_OrgOf = Organization.alias("org")
_ClientOf = Organization.alias("client")
_ContactOf = Contact.alias("pc")


def _opportunity_query(ids: Sequence[int]) -> Any:
    o = Opportunity
    return (o.select(o.id, o.uid, o.version, o.title, _OrgOf.name.alias("organization"),
                     _ClientOf.name.alias("client"), _ContactOf.name.alias("primary_contact"),
                     Pipeline.name.alias("pipeline"), Stage.name.alias("stage"), o.status,
                     o.value_minor, o.currency, o.probability, o.expected_close, o.owner,
                     o.business_line, o.approach, o.modality, o.next_step, o.next_step_due,
                     o.lost_reason, o.notes)
            .join_from(o, _OrgOf, pw.JOIN.LEFT_OUTER, on=(o.organization == _OrgOf.id))
            .join_from(o, _ClientOf, pw.JOIN.LEFT_OUTER, on=(o.client == _ClientOf.id))
            .join_from(o, _ContactOf, pw.JOIN.LEFT_OUTER, on=(o.primary_contact == _ContactOf.id))
            .join_from(o, Stage, on=(o.stage == Stage.id))
            .join_from(o, Pipeline, on=(o.pipeline == Pipeline.id))
            .where(o.id.in_(list(ids))))


def _organization_query(ids: Sequence[int]) -> Any:
    g = Organization
    return g.select(g.id, g.uid, g.version, g.name, g.name_zh, g.kind, g.country, g.city,
                    g.modalities, g.website, g.notes).where(g.id.in_(list(ids)))


def _contact_query(ids: Sequence[int]) -> Any:
    c = Contact
    return (c.select(c.id, c.uid, c.version, c.name, c.name_zh, c.title,
                     _OrgOf.name.alias("organization"), c.wechat_id, c.city, c.languages,
                     c.notes)
            .join_from(c, _OrgOf, pw.JOIN.LEFT_OUTER, on=(c.organization == _OrgOf.id))
            .where(c.id.in_(list(ids))))


QUERIES = {"opportunity": _opportunity_query, "organization": _organization_query,
           "contact": _contact_query}


DATE_COLUMNS = {"expected_close", "next_step_due"}


def record_rows(entity: str, ids: Sequence[int]) -> Iterator[dict[str, Any]]:
    """Rows for these ids (at most SQLite's parameter limit), in the order given.

    Read through the raw cursor: peewee's per-value conversion cost more than the
    workbook writing for 100,000 rows; the only converted values are the dates.
    """
    cursor = active().cursor(QUERIES[entity](ids))
    names = [d[0] for d in cursor.description]
    dates = [i for i, n in enumerate(names) if n in DATE_COLUMNS]
    by_id: dict[int, dict[str, Any]] = {}
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for index in dates:
            value = values[index]
            if value and not isinstance(value, dt.date):  # SQLite gives ISO text
                row[names[index]] = dt.date.fromisoformat(value[:10])
        by_id[row["id"]] = row
    for record_id in ids:
        found = by_id.get(record_id)
        if found is not None:
            yield found
