"""Fields of a record that identity keeps: other names and ids in other systems.

Both are virtual fields (records.VirtualField): forms, imports, the change log, undo and
merges carry them like any other field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from tracker import messages as m
from tracker import validation as v
from tracker.errors import FieldProblem, ValidationError
from tracker.identity.probes import external_pairs
from tracker.messages import say
from tracker.models import ContactOtherName, ExternalId, OrganizationOtherName, Record

_SYSTEM = re.compile(r"^[a-z0-9][a-z0-9 _.\-]{0,31}$")
OtherNameModel = type[ContactOtherName] | type[OrganizationOtherName]


# Other names of records a bulk insert has just made (their search text is built next):
# known without asking the database once per record.
_FRESH: ContextVar[tuple[str, Mapping[int, list[str]]] | None] = ContextVar("fresh_names",
                                                                          default=None)


@contextmanager
def fresh_other_names(owner: str, names: Mapping[int, list[str]]) -> Iterator[None]:
    """While it lasts, the other names of these new records (`owner`: contact or
    organization) are the ones given, not read back one record at a time."""
    token = _FRESH.set((owner, names) if names else None)
    try:
        yield
    finally:
        _FRESH.reset(token)


def other_names_get(model: OtherNameModel, owner: str) -> Callable[[Record], list[str]]:
    column = getattr(model, owner)

    def get(record: Record) -> list[str]:
        fresh = _FRESH.get()
        if fresh is not None and fresh[0] == owner and record.id in fresh[1]:
            return list(fresh[1][record.id])
        return [name for (name,) in model.select(model.name).where(column == record.id)
                .order_by(model.position, model.id).tuples()]
    return get


def other_names_put(model: OtherNameModel, owner: str) -> Callable[[Record, list[str]], None]:
    column = getattr(model, owner)

    def put(record: Record, names: list[str]) -> None:
        model.delete().where(column == record.id).execute()
        if names:
            model.insert_many([{owner: record.id, "name": name, "position": position}
                               for position, name in enumerate(names)]).execute()
    return put


def other_names(field: str, value: Any) -> list[str]:
    """Other names as a list: given as a list, or one text split at ; or newlines (a
    company name may hold commas)."""
    if value in (None, ""):
        return []
    items = value if isinstance(value, list | tuple) else re.split(r"[;\n]", str(value))
    names = [v.text(field, item) for item in items if str(item).strip()]
    return list(dict.fromkeys(n for n in names if n))


def external_ids_get(entity: str) -> Callable[[Record], list[str]]:
    def get(record: Record) -> list[str]:
        return [f"{system}:{value}" for system, value in
                ExternalId.select(ExternalId.system, ExternalId.value)
                .where(ExternalId.entity == entity, ExternalId.record_id == record.id)
                .order_by(ExternalId.id).tuples()]
    return get


def external_ids_put(entity: str) -> Callable[[Record, list[str]], None]:
    def put(record: Record, ids: list[str]) -> None:
        ExternalId.delete().where(ExternalId.entity == entity,
                                  ExternalId.record_id == record.id).execute()
        pairs = external_pairs(ids)
        if pairs:
            ExternalId.insert_many([{"entity": entity, "record_id": record.id,
                                     "system": system, "value": value}
                                    for system, value in pairs]).execute()
    return put


def external_ids(field: str, value: Any) -> list[str]:
    """"system:id" texts (salesforce:0015g00000XyZ); the system lower-case, the id as is."""
    if value in (None, ""):
        return []
    items = value if isinstance(value, list | tuple) else re.split(r"[;\n,]", str(value))
    found: list[str] = []
    for item in items:
        text = str(":".join(map(str, item)) if isinstance(item, list | tuple) else item).strip()
        if not text:
            continue
        pairs = external_pairs([text])
        if not pairs or not _SYSTEM.match(pairs[0][0]) or len(pairs[0][1]) > 255:
            raise ValidationError.single(field, say(m.NOT_EXTERNAL_ID, value=text), text)
        found.append(f"{pairs[0][0]}:{pairs[0][1]}")
    return list(dict.fromkeys(found))


def check_external_ids(entity: str, clean: Mapping[str, Any],
                       record: Record | None) -> list[FieldProblem]:
    """An id of another system names one record: refuse giving it to a second one."""
    given = clean.get("external_ids")
    if not given:  # most records (every row of most imports)
        return []
    pairs = external_pairs(given)
    if not pairs:
        return []
    held = (ExternalId.select(ExternalId.system, ExternalId.value)
            .where(ExternalId.entity == entity,
                   ExternalId.value.in_([value for _, value in pairs])))
    if record is not None:
        held = held.where(ExternalId.record_id != record.id)
    taken = set(held.tuples()) & set(pairs)
    return [FieldProblem("external_ids", say(m.EXTERNAL_ID_TAKEN, value=f"{s}:{i}",
                                             entity=entity), f"{s}:{i}")
            for s, i in sorted(taken)]
