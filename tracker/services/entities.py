"""How each record type is validated, derived and indexed (see records.EntitySpec)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any, cast

from tracker import messages as m
from tracker import validation as v
from tracker.catalogue.codes import code_of
from tracker.chinese import has_cjk, pinyin_full, pinyin_initials
from tracker.errors import FieldProblem, ValidationError
from tracker.identity import fields as identity_fields
from tracker.identity import keys as identity_keys
from tracker.identity.people import complete_names, romanize, split_name
from tracker.messages import say
from tracker.models import (
    ACTIVITY_KINDS,
    APPROACHES,
    CONTACT_BASES,
    INCENTIVE_KINDS,
    ORGANIZATION_KINDS,
    Activity,
    Conference,
    ConferenceContact,
    Contact,
    ContactEmail,
    ContactOtherName,
    ContactPhone,
    Currency,
    IncentiveProgram,
    Opportunity,
    Organization,
    OrganizationEmail,
    OrganizationOtherName,
    OrganizationPhone,
    Record,
    Stage,
)
from tracker.names import name_key
from tracker.services import records
from tracker.services.context import Changes, utcnow
from tracker.services.records import EntitySpec, Normalizer, VirtualField, register
from tracker.storage import active

# Lookups of stages, currencies and linked records, remembered while a bulk import
# validates thousands of rows in one transaction (nothing else can change them then):
# the store's batch (Store.batch_of_writes), on this thread only.

@contextmanager
def remembered_lookups() -> Iterator[None]:
    """Remember lookups and normalized values for a batch (see records.validate)."""
    with active().batch_of_writes():
        yield


def _lookups() -> dict[tuple[Any, ...], Any] | None:
    batch = active().batch
    return batch.lookups if batch is not None else None


def remember_existing(model: type[Record], ids: list[int]) -> None:
    """Tell the lookups in progress that these records exist (just created or just read)."""
    cache = _lookups()
    if cache is not None:
        for record_id in ids:
            cache[(model, int(record_id))] = (int(record_id),)


def _remembered(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    cache = _lookups()
    if cache is None:
        return compute()
    if key in cache:
        return cache[key]
    value = compute()
    if value is not None:  # a miss may be created later in the same batch
        cache[key] = value
    return value


@contextmanager
def remembered_names() -> Iterator[None]:
    """Remember names of linked records while bulk_create indexes the records it has just
    inserted (nothing renames them in between), until the outermost block ends (an
    import's many chunks)."""
    with active().names_remembered():
        yield


# Lookups run for every row of an import are compiled once per store (Store.run): building
# a peewee query cost more than running it.

def _first(key: tuple[Any, ...], build: Callable[[], Any], *params: Any) -> Any:
    return active().run(key, build, params).fetchone()


def _text(required: bool = False, max_length: int = 255) -> Normalizer:
    return lambda f, x: v.text(f, x, required=required, max_length=max_length)


def _as_code(value: Any, allowed: tuple[str, ...]) -> Any:
    """A code's word (Drug developer, 药物研发企业) read as the code; other values as given."""
    if isinstance(value, str) and value.strip() and value.strip() not in allowed:
        return code_of(value, allowed) or value
    return value


def _choice(allowed: tuple[str, ...], default: str = "") -> Normalizer:
    return lambda f, x: v.choice(f, _as_code(x, allowed), allowed, default=default)


def _choices(allowed: tuple[str, ...]) -> Normalizer:
    def normalize(field: str, value: Any) -> str:
        items = value if isinstance(value, list | tuple) else re.split(
            r"[,，、;；]", str(value or ""))
        cleaned = [_as_code(str(i).strip(), allowed) for i in items if str(i).strip()]
        bad = [i for i in cleaned if i not in allowed]
        if bad:
            raise ValidationError.single(field, say(m.NOT_ONE_OF, value=", ".join(bad),
                                                    allowed=", ".join(allowed)), value)
        return ",".join(cleaned)
    return normalize


def _reference(model: type[Record], label: str) -> Normalizer:
    """A link to another record, given as internal id, uid or the record itself."""
    table = model._meta.table_name

    def normalize(field: str, value: Any) -> int | None:
        if value in (None, "", 0):
            return None
        if isinstance(value, Record):
            value = value.id
        # Compiled once (this runs per row of an import), remembered for the batch while an
        # import validates.
        by_id = v.is_key_number(value)
        lookup = int(value) if by_id else str(value)
        column = model.id if by_id else model.uid
        row = _remembered((model, lookup), lambda: _first(
            ("live id", table, by_id),
            lambda: model.select(model.id).where(column == 0, model.deleted_at.is_null()),
            lookup))
        if row is None:
            raise ValidationError.single(field, say(m.NO_LINKED, label=label, value=value),
                                         value)
        return int(row[0])
    return normalize


def _stage(field: str, value: Any) -> int:
    if isinstance(value, Stage):
        return int(value.id)
    by_id = v.is_key_number(str(value))
    column = Stage.id if by_id else Stage.uid
    row = _remembered((Stage, str(value)), lambda: _first(
        ("stage id", by_id), lambda: Stage.select(Stage.id).where(column == 0),
        int(value) if by_id else str(value)))
    if row is None:
        raise ValidationError.single(field, say(m.NO_STAGE, value=value), value)
    return int(row[0])


_NAMED: dict[str, Any] = {"organization": Organization, "contact": Contact}


def _names(table: str, record_id: int | None) -> list[str | None]:
    """English and Chinese name of a linked organization or contact, for search text."""
    if record_id is None:
        return []
    batch = active().batch
    cache = batch.names if batch is not None else None
    if cache is not None and (table, record_id) in cache:
        return list(cache[(table, record_id)])
    model = _NAMED[table]
    row = _first(("names", table),
                 lambda: model.select(model.name, model.name_zh).where(model.id == 0), record_id)
    names: list[str | None] = list(row) if row else []
    if cache is not None:
        cache[(table, record_id)] = names
    return list(names)


def _list_of(item: Normalizer) -> Normalizer:
    def normalize(field: str, value: Any) -> list[str]:
        if value is None or value == "":
            return []
        items = (value if isinstance(value, list | tuple)
                 else str(value).replace(";", ",").split(","))
        result = [item(field, x) for x in items if str(x).strip()]
        return list(dict.fromkeys(r for r in result if r))
    return normalize


def _tags(entity: str) -> VirtualField:
    """Tags as a field of the record, so forms, imports, the change log and undo carry them."""
    from tracker.services.tags import set_tags, tags_of

    def put(record: Record, names: list[str]) -> None:
        set_tags(entity, record.id, names)

    return VirtualField(lambda r: tags_of(entity, r.id), put, _list_of(_text(max_length=64)))


def _external_ids(entity: str) -> VirtualField:
    """Ids of this record in other systems (Salesforce, HubSpot, Odoo): exact keys."""
    return VirtualField(identity_fields.external_ids_get(entity),
                        identity_fields.external_ids_put(entity), identity_fields.external_ids)


def _other_names(model: identity_fields.OtherNameModel, owner: str) -> VirtualField:
    return VirtualField(identity_fields.other_names_get(model, owner),
                        identity_fields.other_names_put(model, owner),
                        identity_fields.other_names)


def _check_external_ids(entity: str) -> Callable[[Mapping[str, Any], Record | None],
                                                  list[FieldProblem]]:
    return lambda clean, record: identity_fields.check_external_ids(entity, clean, record)


def _known_or(entity: str, name: str,
              read: Callable[[Record], list[str]]) -> Callable[[Record], list[str]]:
    """A virtual field's values for search text: what a bulk creation has just written
    (`created_in_bulk`) without asking the database, else read."""
    def get(record: Record) -> list[str]:
        cache = _lookups()
        made = cache.get(("created", entity, name)) if cache is not None else None
        known = made.get(record.id) if made is not None else None
        return list(known) if known is not None else read(record)
    return get


@contextmanager
def created_in_bulk(entity: str, created: Sequence[Record], values: Sequence[Mapping[str, Any]],
                    ids: Sequence[int]) -> Iterator[None]:
    """While bulk_create indexes records it has just inserted (with these values and ids):
    their virtual fields hold what was given (nothing else wrote them) and their names are
    known, so building their search text asks the database nothing per record (a round
    trip each on a server)."""
    batch = active().batch
    if batch is None:
        yield
        return
    spec_virtual = records.spec_for(entity).virtual
    keys = [("created", entity, name) for name in spec_virtual]
    for key, name in zip(keys, spec_virtual, strict=True):
        batch.lookups[key] = {record_id: clean.get(name) or ()
                              for record_id, clean in zip(ids, values, strict=True)}
    if batch.names is not None and entity in _NAMED:
        for record, record_id in zip(created, ids, strict=True):
            batch.names[(entity, record_id)] = [record.name, record.name_zh]
    try:
        yield
    finally:
        for key in keys:
            batch.lookups.pop(key, None)


_CONTACT_OTHER_NAMES = _known_or(
    "contact", "other_names", identity_fields.other_names_get(ContactOtherName, "contact"))
_ORGANIZATION_OTHER_NAMES = _known_or(
    "organization", "other_names",
    identity_fields.other_names_get(OrganizationOtherName, "organization"))


def _common_virtual(entity: str) -> dict[str, VirtualField]:
    return {"tags": _tags(entity), "external_ids": _external_ids(entity)}


# --- organizations ---------------------------------------------------------------------

def _derive_organization(record: Record) -> None:
    record.name_key = name_key(record.name)


# Emails and phones (of a contact, of an organization) are child rows read and written
# with plain SQL: an import touches them for every row, and peewee's query building cost
# more than the queries.

# table -> (model, the owner's column, the value's column)
_CHILDREN: dict[str, tuple[Any, Any, Any]] = {
    ContactEmail._meta.table_name: (ContactEmail, ContactEmail.contact, ContactEmail.email),
    ContactPhone._meta.table_name: (ContactPhone, ContactPhone.contact, ContactPhone.e164),
    OrganizationEmail._meta.table_name: (OrganizationEmail, OrganizationEmail.organization,
                                         OrganizationEmail.email),
    OrganizationPhone._meta.table_name: (OrganizationPhone, OrganizationPhone.organization,
                                         OrganizationPhone.e164),
}


def _child_values(table: str, owner_id: int) -> list[str]:
    cache = _lookups()
    known = cache.get(("children", table, owner_id)) if cache is not None else None
    if known is not None:  # read ahead by remember_contact_children
        return list(known)
    model, owner, field = _CHILDREN[table]
    return [row[0] for row in active().run(
        ("children", table),
        lambda: model.select(field).where(owner == 0).order_by(model.position),
        (owner_id,))]


def remember_contact_children(contact_ids: list[int]) -> None:
    """Read the emails and phones of many contacts in a few queries, for the lookups in
    progress: an import comparing 100,000 rows with Beacon asked twice a row."""
    cache = _lookups()
    if cache is None:
        return
    store = active()
    for table in (ContactEmail._meta.table_name, ContactPhone._meta.table_name):
        model, owner, field = _CHILDREN[table]
        found: dict[int, list[str]] = {i: [] for i in contact_ids}
        for start in range(0, len(contact_ids), 900):
            chunk = contact_ids[start:start + 900]
            query = (model.select(owner, field).where(owner.in_(chunk))
                     .order_by(owner, model.position))
            for contact_id, value in store.cursor(query):
                found[contact_id].append(value)
        for contact_id, values in found.items():
            cache[("children", table, contact_id)] = values


def _replace_children(table: str, owner_id: int, values: list[str]) -> None:
    cache = _lookups()
    if cache is not None:
        cache.pop(("children", table, owner_id), None)
    store = active()
    model, owner, field = _CHILDREN[table]
    store.run(("delete children", table),
              lambda: model.delete().where(owner == 0), (owner_id,))
    if values:
        store.run_many(("insert children", table),
                       lambda: model.insert({owner: 0, field: "", model.position: 0}),
                       [(owner_id, value, position) for position, value in enumerate(values)])


def _children_field(entity: str, name: str, model: Any) -> tuple[VirtualField, Callable[
        [Record], list[str]]]:
    """A list kept in child rows (emails, phones), and its values for the search text."""
    table = model._meta.table_name
    normalize = _list_of(v.email if name == "emails" else v.phone)

    def get(record: Record) -> list[str]:
        return _child_values(table, record.id)

    def put(record: Record, values: list[str]) -> None:
        _replace_children(table, record.id, values)

    return VirtualField(get, put, normalize), _known_or(entity, name, get)


def _dialled(phones: list[str]) -> list[str]:
    """Phones as people type them too (+8613800138000 found by 13800138000)."""
    return [p[3:] if p.startswith("+86") else p[1:] for p in phones if p.startswith("+")]


_CONTACT_EMAILS, _EMAILS_KNOWN = _children_field("contact", "emails", ContactEmail)
_CONTACT_PHONES, _PHONES_KNOWN = _children_field("contact", "phones", ContactPhone)
_ORGANIZATION_EMAILS, _ORGANIZATION_EMAILS_KNOWN = _children_field(
    "organization", "emails", OrganizationEmail)
_ORGANIZATION_PHONES, _ORGANIZATION_PHONES_KNOWN = _children_field(
    "organization", "phones", OrganizationPhone)


def _prepare_organization(values: dict[str, Any], record: Record | None) -> dict[str, Any]:
    """Either name alone makes an organization: a Chinese name only is its name too."""
    if record is None and not str(values.get("name") or "").strip() and str(
            values.get("name_zh") or "").strip():
        values["name"] = values["name_zh"]
    _one_or_many(values)
    return values


def _one_or_many(values: dict[str, Any]) -> None:
    """`email` and `phone` (one value, as a script or a form gives it) are the lists."""
    if "email" in values:
        values.setdefault("emails", values.pop("email"))
    if "phone" in values:
        values.setdefault("phones", values.pop("phone"))


def _organization_search(record: Record) -> list[str | None]:
    phones = _ORGANIZATION_PHONES_KNOWN(record)
    return [record.name, record.name_zh, record.city, record.country, record.modalities,
            record.website, *_ORGANIZATION_OTHER_NAMES(record),
            *_ORGANIZATION_EMAILS_KNOWN(record), *phones, *_dialled(phones)]


def _after_organization(record: Record, changed: set[str]) -> Changes:
    """Opportunities show their organization's name; keep their search text in step."""
    changes = Changes()
    if changed & {"name", "name_zh"}:
        for opportunity in Opportunity.select().where(
                (Opportunity.organization == record.id) | (Opportunity.client == record.id),
                Opportunity.deleted_at.is_null()):
            records._reindex(OPPORTUNITY, opportunity)
            changes.updated.append(("opportunity", opportunity.id))
    return changes


ORGANIZATION = register(EntitySpec(
    entity="organization",
    model=Organization,
    fields={
        "name": _text(required=True), "name_zh": _text(), "kind": _choice(ORGANIZATION_KINDS,
                                                                          "other"),
        "country": _text(), "city": _text(), "modalities": _text(), "website": v.url,
        "notes": v.long_text,
    },
    required=("name",),
    virtual={**_common_virtual("organization"),
             "emails": _ORGANIZATION_EMAILS, "phones": _ORGANIZATION_PHONES,
             "other_names": _other_names(OrganizationOtherName, "organization")},
    prepare=_prepare_organization,
    derive=_derive_organization,
    search_parts=_organization_search,
    after_write=_after_organization,
    label=lambda r: r.name + (f" {r.name_zh}" if r.name_zh and r.name_zh != r.name else ""),
    check=_check_external_ids("organization"),
    keys=identity_keys.refresh_organizations,
))


# --- contacts --------------------------------------------------------------------------

def _conferences_get(record: Record) -> list[int]:
    return [row.conference_id for row in ConferenceContact.select()
            .where(ConferenceContact.contact == record.id).order_by(ConferenceContact.id)]


def _conferences_put(record: Record, conference_ids: list[int]) -> None:
    ConferenceContact.delete().where(ConferenceContact.contact == record.id,
                                     ConferenceContact.conference.not_in(conference_ids)).execute()
    present = set(_conferences_get(record))
    for conference_id in conference_ids:
        if conference_id not in present:
            ConferenceContact.create(conference=conference_id, contact=record.id)


def _conference_ids(field: str, value: Any) -> list[int]:
    items = value if isinstance(value, list | tuple) else [value] if value else []
    ref = _reference(Conference, "conference")
    return list(dict.fromkeys(i for i in (ref(field, x) for x in items) if i))


def _prepare_contact(values: dict[str, Any], record: Record | None) -> dict[str, Any]:
    name = values.get("name")
    if records.replaying():
        pass  # undo puts back the names as they were stored
    elif record is None and (isinstance(name, str) or isinstance(values.get("name_zh"), str)):
        # A new person: "Zhang Wei 张伟" is split in two, either name alone is enough and a
        # Chinese name alone gets its pinyin as the name (王建国 -> Wang Jianguo).
        values["name"], values["name_zh"] = complete_names(str(name or ""),
                                                           str(values.get("name_zh") or ""))
    elif isinstance(name, str) and has_cjk(name):
        _rename_contact(values, name, record)
    _one_or_many(values)
    return values


def _rename_contact(values: dict[str, Any], name: str, record: Record | None) -> None:
    """A name with Chinese in it typed over a stored person's name: both scripts are
    split; a Chinese name alone that is already the Chinese name changes nothing, another
    one becomes the Chinese name with its pinyin as the name."""
    latin, chinese = split_name(name)
    current_zh = str(values.get("name_zh") or (record.name_zh if record is not None else ""))
    if latin:
        values["name"] = latin
        values.setdefault("name_zh", chinese)
    elif chinese == current_zh:
        del values["name"]
    else:
        values["name"], values["name_zh"] = romanize(chinese), chinese


def _derive_contact(record: Record) -> None:
    chinese = record.name_zh or (record.name if has_cjk(record.name) else "")
    record.pinyin_full = pinyin_full(chinese) if chinese else ""
    record.pinyin_initials = pinyin_initials(chinese) if chinese else ""


def _contact_search(record: Record) -> list[str | None]:
    phones = _PHONES_KNOWN(record)
    return [record.name, record.name_zh, *_CONTACT_OTHER_NAMES(record), record.title,
            record.wechat_id, record.city, *(_EMAILS_KNOWN(record)), *phones, *_dialled(phones),
            *_names("organization", record.organization_id)]


CONTACT = register(EntitySpec(
    entity="contact",
    model=Contact,
    fields={
        "name": _text(required=True), "name_zh": _text(), "title": _text(),
        "organization": _reference(Organization, "organization"), "wechat_id": _text(),
        "city": _text(), "languages": _text(), "basis": _choice(CONTACT_BASES, "business_card"),
        "notes": v.long_text,
    },
    required=("name",),
    virtual={
        "emails": _CONTACT_EMAILS,
        "phones": _CONTACT_PHONES,
        "conferences": VirtualField(_conferences_get, _conferences_put, _conference_ids),
        "other_names": _other_names(ContactOtherName, "contact"),
        **_common_virtual("contact"),
    },
    prepare=_prepare_contact,
    derive=_derive_contact,
    search_parts=_contact_search,
    label=lambda r: r.name + (f" {r.name_zh}" if r.name_zh and r.name_zh != r.name else ""),
    check=_check_external_ids("contact"),
    keys=identity_keys.refresh_contacts,
))


# --- opportunities ---------------------------------------------------------------------

_CURRENCIES, _NOW = ("currencies",), ("now",)  # keys of the batch's lookups


def known_currencies() -> Mapping[str, int]:
    """Currency code -> minor units (read once per batch while lookups are remembered)."""
    found: Mapping[str, int] = _remembered(_CURRENCIES, lambda: MappingProxyType(dict(
        Currency.select(Currency.code, Currency.minor_units).tuples())))
    return found


def _now() -> dt.datetime:
    """The time a stage is entered: one time for a whole batch."""
    now: dt.datetime = _remembered(_NOW, utcnow)
    return now


def _prepare_opportunity(values: dict[str, Any], record: Record | None) -> dict[str, Any]:
    """Money comes in as `value` + `currency`; it is stored as minor units (never float)."""
    cache = _lookups()
    if values.get("stage") not in (None, ""):
        stage_id, pipeline_id = _stage_and_pipeline(values["stage"], cache)
        values["stage"], values["pipeline"] = stage_id, pipeline_id
        if record is None or record.stage_id != stage_id:
            values["stage_entered_at"] = cache[_NOW] if cache and _NOW in cache else _now()
    elif record is None:
        from tracker.services.pipelines import default_stage

        def first_stage() -> tuple[int, int]:
            stage = default_stage(values.get("pipeline"))
            return int(stage.id), int(stage.pipeline_id)

        # Remembered for a batch: a file with no stage column asked twice a row (80 s of
        # peewee query building for 100,000 rows).
        values["stage"], values["pipeline"] = _remembered(
            ("default stage", values.get("pipeline")), first_stage)
        values["stage_entered_at"] = _now()
    if "value" in values or "currency" in values:
        currencies = cache[_CURRENCIES] if cache and _CURRENCIES in cache else (
            known_currencies())
        code_raw = values.pop("currency") if "currency" in values else (
            record.currency if record else None)
        value_raw = values.pop("value") if "value" in values else (
            None if record is None or record.value_minor is None
            else _minor_to_text(record.value_minor, currencies.get(record.currency or "", 2)))
        if code_raw.__class__ is str and code_raw in currencies:  # a code, as most are
            code: str | None = code_raw
        else:
            with v.Gather() as gather:
                code = cast("str | None", gather.check(v.currency_code, "currency", code_raw,
                                                        set(currencies)))
                if value_raw not in (None, "") and code_raw in (None, ""):
                    gather.problems.append(ValidationError.single("currency",
                                                                  say(m.CURRENCY_FOR_VALUE)))
        values["currency"] = code
        values["value_minor"] = (
            v.money_minor("value", value_raw, currencies[str(code)])
            if value_raw not in (None, "") else None)
    return values


def _stage_and_pipeline(value: Any, cache: dict[tuple[Any, ...], Any] | None) -> tuple[int, int]:
    """A stage (id, uid or record) as its id and its pipeline's id; remembered for a batch
    (`cache`: the batch's lookups) by the value given (a file's 100,000 deals name a few
    stages)."""
    key = ("stage and pipeline", value.__class__, value)
    if cache is not None and not isinstance(value, Stage):
        found: tuple[int, int] | None = cache.get(key)
        if found is not None:
            return found
    stage_id = _stage("stage", value)
    pipeline_id = _remembered((Stage, "pipeline", stage_id), lambda: _first(
        ("pipeline of stage",), lambda: Stage.select(Stage.pipeline).where(Stage.id == 0),
        stage_id)[0])
    if cache is not None and not isinstance(value, Stage):
        cache[key] = (stage_id, pipeline_id)
    return stage_id, pipeline_id


def _minor_to_text(minor: int, units: int) -> str:
    from decimal import Decimal

    return str(Decimal(minor).scaleb(-units))


def _opportunity_search(record: Record) -> list[str | None]:
    parts: list[str | None] = [record.title, record.next_step, record.owner, record.business_line,
                               record.modality, record.approach]
    parts += _names("organization", record.organization_id)
    parts += _names("organization", record.client_id)
    parts += _names("contact", record.primary_contact_id)
    return parts


def _identity(field: str, value: Any) -> Any:
    return value


def _status(field: str, value: Any) -> str:
    allowed = ("open", "won", "lost")
    return v.choice(field, _as_code(value, allowed), allowed, default="open")


def _int_or_none(field: str, value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        raise ValidationError.single(field, say(m.NOT_WHOLE_NUMBER, value=value),
                                     value) from None


def _currency_field(field: str, value: Any) -> str | None:
    return v.currency_code(field, value, known_currencies().keys())


OPPORTUNITY = register(EntitySpec(
    entity="opportunity",
    model=Opportunity,
    fields={
        "title": _text(required=True),
        "organization": _reference(Organization, "organization"),
        "client": _reference(Organization, "organization"),
        "primary_contact": _reference(Contact, "contact"),
        "pipeline": _int_or_none, "stage": _stage, "status": _status,
        "lost_reason": v.long_text, "value_minor": _int_or_none, "currency": _currency_field,
        "probability": v.percent, "expected_close": v.date, "owner": _text(),
        "business_line": _text(), "approach": _choice(APPROACHES), "modality": _text(),
        "next_step": v.long_text, "next_step_due": v.date,
        "conference": _reference(Conference, "conference"), "closed_on": v.date,
        "stage_entered_at": _identity, "last_activity_at": _identity, "notes": v.long_text,
    },
    required=("title", "stage"),
    virtual=_common_virtual("opportunity"),
    prepare=_prepare_opportunity,
    search_parts=_opportunity_search,
    label=lambda r: r.title,
    check=_check_external_ids("opportunity"),
))


# --- conferences, incentive programs, activities ---------------------------------------

def _check_conference(clean: Mapping[str, Any], record: Record | None) -> list[FieldProblem]:
    """A conference cannot end before it starts."""
    problems = _check_external_ids("conference")(clean, record)
    starts = clean.get("starts_on", record.starts_on if record is not None else None)
    ends = clean.get("ends_on", record.ends_on if record is not None else None)
    if starts is not None and ends is not None and ends < starts:
        problems.append(FieldProblem("ends_on", say(m.ENDS_BEFORE_START, start=starts), ends))
    return problems


CONFERENCE = register(EntitySpec(
    entity="conference",
    model=Conference,
    fields={"name": _text(required=True), "city": _text(), "venue": _text(),
            "starts_on": v.date, "ends_on": v.date, "website": v.url, "notes": v.long_text},
    required=("name",),
    virtual=_common_virtual("conference"),
    search_parts=lambda r: [r.name, r.city, r.venue],
    label=lambda r: r.name,
    check=_check_conference,
))

INCENTIVE = register(EntitySpec(
    entity="incentive",
    model=IncentiveProgram,
    fields={"name": _text(required=True), "city": _text(), "region": _text(),
            "issuing_body": _text(), "kinds": _choices(INCENTIVE_KINDS),
            "description": v.long_text, "amount": _text(), "eligibility": v.long_text,
            "deadline": v.date, "website": v.url},
    required=("name",),
    virtual=_common_virtual("incentive"),
    search_parts=lambda r: [r.name, r.city, r.region, r.issuing_body, r.description],
    label=lambda r: r.name,
    check=_check_external_ids("incentive"),
))

ACTIVITY_LINKS: dict[str, Callable[[str, Any], Any]] = {
    "organization": _reference(Organization, "organization"),
    "contact": _reference(Contact, "contact"),
    "opportunity": _reference(Opportunity, "opportunity"),
    "conference": _reference(Conference, "conference"),
    "incentive": _reference(IncentiveProgram, "incentive program"),
}


def _after_activity(record: Record, changed: set[str]) -> Changes:
    """An activity on a deal counts as contact: the deal is no longer stale."""
    changes = Changes()
    if record.opportunity_id is not None:
        stamp = Opportunity.last_activity_at.db_value(record.occurred_at or record.updated_at)
        touched = Opportunity.last_activity_at
        active().run(  # compiled once: imports of activities run this for every row
            ("touch deal",),
            lambda: Opportunity.update({touched: dt.datetime.min}).where(
                Opportunity.id == 0, touched.is_null() | (touched < dt.datetime.min)),
            (stamp, record.opportunity_id, stamp))
        changes.updated.append(("opportunity", record.opportunity_id))
    return changes


ACTIVITY = register(EntitySpec(
    entity="activity",
    model=Activity,
    fields={"kind": _choice(ACTIVITY_KINDS, "note"), "subject": _text(), "body": v.long_text,
            "due_on": v.date, "done": lambda f, x: bool(x) and str(x).lower() not in (
                "0", "false", "no"),
            "done_at": _identity, "occurred_at": _identity, "owner": _text(), **ACTIVITY_LINKS},
    search_parts=lambda r: [r.subject, r.body, r.kind],
    after_write=_after_activity,
    label=lambda r: r.subject or r.body[:60],
))
