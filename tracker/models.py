"""The domain model: one peewee class per record type in PRODUCT.md.

Integer keys are internal. `uid` (UUIDv7) is the identity that leaves the
database: export files, vCards, links between files and a future sync key on it.
The schema itself is created by numbered migrations (tracker/migrations), not by
`create_tables`; a test keeps the two in step.
"""

from __future__ import annotations

import peewee as pw

from tracker.storage.binding import proxy as database

# Vocabularies are codes; ui/ words them through tr().
ORGANIZATION_KINDS = (
    "drug_developer", "cdmo", "cro", "pharma", "cell_line_developer", "supplier",
    "distributor", "investor", "government", "regulator", "consultancy", "hospital",
    "university", "other",
)
ACTIVITY_KINDS = ("note", "call", "meeting", "email", "wechat", "task")
OPPORTUNITY_STATUSES = ("open", "won", "lost")
RECORD_SOURCES = ("seed", "manual", "import", "vcard")
CONTACT_BASES = ("consent", "business_card", "public")
INCENTIVE_KINDS = ("funding", "clinical_resources", "accelerator_support", "regulatory_fast_track")
APPROACHES = ("cdmo_cro_partnership", "investigator_initiated_trial", "licensing", "distribution")


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Record(BaseModel):
    """Fields every user-facing record carries: identity, audit, version, provenance."""

    uid = pw.CharField(max_length=36, unique=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    created_by = pw.CharField(default="")
    updated_by = pw.CharField(default="")
    version = pw.IntegerField(default=1)
    source = pw.CharField(max_length=16, default="manual")
    source_detail = pw.TextField(default="")
    batch_uid = pw.CharField(max_length=36, null=True, index=True)
    deleted_at = pw.DateTimeField(null=True)


class Organization(Record):
    name = pw.CharField()
    name_zh = pw.CharField(default="")
    kind = pw.CharField(max_length=32, default="other")
    country = pw.CharField(default="")
    city = pw.CharField(default="")
    modalities = pw.CharField(default="")
    website = pw.CharField(default="")
    notes = pw.TextField(default="")
    name_key = pw.CharField(default="", index=True)


class OrganizationEmail(BaseModel):
    """A company's emails (info@, a sales mailbox), in order, as a contact's are kept."""

    organization = pw.ForeignKeyField(Organization, backref="email_rows", on_delete="CASCADE")
    email = pw.CharField(index=True)
    position = pw.IntegerField(default=0)


class OrganizationPhone(BaseModel):
    """A company's phones (switchboard, hotline, 400 number): E.164, or a Chinese service
    number as typed (95555), in order."""

    organization = pw.ForeignKeyField(Organization, backref="phone_rows", on_delete="CASCADE")
    e164 = pw.CharField(index=True)
    position = pw.IntegerField(default=0)


class Conference(Record):
    name = pw.CharField()
    city = pw.CharField(default="")
    venue = pw.CharField(default="")
    starts_on = pw.DateField(null=True)
    ends_on = pw.DateField(null=True)
    website = pw.CharField(default="")
    notes = pw.TextField(default="")


class Contact(Record):
    name = pw.CharField()
    name_zh = pw.CharField(default="")
    pinyin_full = pw.CharField(default="")
    pinyin_initials = pw.CharField(default="")
    title = pw.CharField(default="")
    organization = pw.ForeignKeyField(
        Organization, null=True, backref="contacts", on_delete="SET NULL"
    )
    wechat_id = pw.CharField(default="", index=True)
    city = pw.CharField(default="")
    languages = pw.CharField(default="")
    basis = pw.CharField(max_length=16, default="business_card")
    notes = pw.TextField(default="")


class ContactEmail(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="email_rows", on_delete="CASCADE")
    email = pw.CharField(index=True)
    position = pw.IntegerField(default=0)


class ContactPhone(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="phone_rows", on_delete="CASCADE")
    e164 = pw.CharField(index=True)
    position = pw.IntegerField(default=0)


class ConferenceContact(BaseModel):
    """Who was met at which conference."""

    conference = pw.ForeignKeyField(Conference, backref="met", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, backref="met_at", on_delete="CASCADE")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("conference", "contact"), True),)


class Pipeline(BaseModel):
    uid = pw.CharField(max_length=36, unique=True)
    name = pw.CharField(unique=True)
    position = pw.IntegerField(default=0)


class Stage(BaseModel):
    uid = pw.CharField(max_length=36, unique=True)
    pipeline = pw.ForeignKeyField(Pipeline, backref="stages", on_delete="CASCADE")
    name = pw.CharField()
    position = pw.IntegerField()
    probability = pw.IntegerField()  # percent, 0-100: the default for deals in this stage
    stale_days = pw.IntegerField(null=True)  # no activity for longer marks a deal stale

    class Meta:
        indexes = ((("pipeline", "name"), True),)


class Opportunity(Record):
    title = pw.CharField()
    organization = pw.ForeignKeyField(
        Organization, null=True, backref="opportunities", on_delete="SET NULL"
    )
    client = pw.ForeignKeyField(
        Organization, null=True, backref="client_opportunities", on_delete="SET NULL"
    )
    primary_contact = pw.ForeignKeyField(
        Contact, null=True, backref="opportunities", on_delete="SET NULL"
    )
    pipeline = pw.ForeignKeyField(Pipeline, backref="opportunities", on_delete="RESTRICT")
    stage = pw.ForeignKeyField(Stage, backref="opportunities", on_delete="RESTRICT")
    status = pw.CharField(max_length=8, default="open")
    lost_reason = pw.TextField(default="")
    value_minor = pw.BigIntegerField(null=True)  # minor units (cents, fen); never a float
    currency = pw.CharField(max_length=3, null=True)
    probability = pw.IntegerField(null=True)  # None: take the stage's default
    expected_close = pw.DateField(null=True)
    owner = pw.CharField(default="")
    business_line = pw.CharField(default="")
    approach = pw.CharField(max_length=32, default="")
    modality = pw.CharField(default="")
    next_step = pw.TextField(default="")
    next_step_due = pw.DateField(null=True)
    conference = pw.ForeignKeyField(
        Conference, null=True, backref="opportunities", on_delete="SET NULL"
    )
    closed_on = pw.DateField(null=True)
    stage_entered_at = pw.DateTimeField(null=True)
    last_activity_at = pw.DateTimeField(null=True)
    notes = pw.TextField(default="")


class IncentiveProgram(Record):
    name = pw.CharField()
    city = pw.CharField(default="")
    region = pw.CharField(default="")
    issuing_body = pw.CharField(default="")
    kinds = pw.CharField(default="")  # comma-separated INCENTIVE_KINDS
    description = pw.TextField(default="")
    amount = pw.CharField(default="")  # as stated; programmes state ranges and caps, not one sum
    eligibility = pw.TextField(default="")
    deadline = pw.DateField(null=True)
    website = pw.CharField(default="")


class Activity(Record):
    kind = pw.CharField(max_length=16, default="note")
    subject = pw.CharField(default="")
    body = pw.TextField(default="")
    due_on = pw.DateField(null=True)
    done = pw.BooleanField(default=False)
    done_at = pw.DateTimeField(null=True)
    occurred_at = pw.DateTimeField(null=True)
    owner = pw.CharField(default="")
    organization = pw.ForeignKeyField(
        Organization, null=True, backref="activities", on_delete="CASCADE"
    )
    contact = pw.ForeignKeyField(Contact, null=True, backref="activities", on_delete="CASCADE")
    opportunity = pw.ForeignKeyField(
        Opportunity, null=True, backref="activities", on_delete="CASCADE"
    )
    conference = pw.ForeignKeyField(
        Conference, null=True, backref="activities", on_delete="CASCADE"
    )
    incentive = pw.ForeignKeyField(
        IncentiveProgram, null=True, backref="activities", on_delete="CASCADE"
    )


class Tag(BaseModel):
    name = pw.CharField(unique=True)


class RecordTag(BaseModel):
    """A tag on any record: entity code plus internal id."""

    tag = pw.ForeignKeyField(Tag, backref="uses", on_delete="CASCADE")
    entity = pw.CharField(max_length=16)
    record_id = pw.IntegerField()

    class Meta:
        indexes = ((("entity", "record_id", "tag"), True),)


class Term(BaseModel):
    """Reference vocabularies the article names: product categories, approaches, modalities."""

    uid = pw.CharField(max_length=36, unique=True)
    vocabulary = pw.CharField(max_length=32)
    code = pw.CharField(max_length=64)
    label = pw.CharField()
    description = pw.TextField(default="")
    source = pw.CharField(max_length=16, default="seed")
    source_detail = pw.TextField(default="")

    class Meta:
        indexes = ((("vocabulary", "code"), True),)


class MarketFact(BaseModel):
    """A figure the article states, with its sentence."""

    uid = pw.CharField(max_length=36, unique=True)
    topic = pw.CharField()
    figure = pw.CharField()
    unit = pw.CharField(default="")
    period = pw.CharField(default="")
    statement = pw.TextField()
    source = pw.CharField(max_length=16, default="seed")
    source_detail = pw.TextField(default="")


class Currency(BaseModel):
    code = pw.CharField(max_length=3, primary_key=True)
    name = pw.CharField()
    minor_units = pw.IntegerField(default=2)
    symbol = pw.CharField(default="")


class ExchangeRate(BaseModel):
    """1 unit of `currency` is worth `rate` units of `quote` (kept as a decimal string)."""

    currency = pw.ForeignKeyField(Currency, column_name="currency", on_delete="CASCADE")
    quote = pw.ForeignKeyField(Currency, column_name="quote", on_delete="CASCADE")
    rate = pw.CharField()
    as_of = pw.DateField()
    updated_at = pw.DateTimeField()
    updated_by = pw.CharField(default="")

    class Meta:
        indexes = ((("currency", "quote", "as_of"), True),)


class Setting(BaseModel):
    """Settings shared by everyone on this database (base currency); per-user ones live in ui/."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class ImportBatch(BaseModel):
    uid = pw.CharField(max_length=36, unique=True)
    file_name = pw.CharField()
    file_hash = pw.CharField(max_length=64)
    entity = pw.CharField(max_length=16)
    mode = pw.CharField(max_length=8)
    created_at = pw.DateTimeField()
    created_by = pw.CharField(default="")
    report = pw.TextField(default="{}")
    undone_at = pw.DateTimeField(null=True)


class ChangeLog(BaseModel):
    """Who changed what, when and from what source; also what undo replays."""

    at = pw.DateTimeField(index=True)
    user = pw.CharField(default="")
    entity = pw.CharField(max_length=16)  # a tracker.services.context.Kind
    record_id = pw.IntegerField(null=True)  # empty for settings, rates, import batches
    record_uid = pw.CharField(index=True)  # a uid, a setting's key, a rate's pair and day
    action = pw.CharField(max_length=16)  # create, update, delete, restore, move, link
    changes = pw.TextField(default="{}")  # JSON {field: [old, new]}
    source = pw.CharField(max_length=16, default="manual")
    batch_uid = pw.CharField(max_length=36, null=True, index=True)
    operation = pw.CharField(max_length=36, index=True, default="")
    version = pw.IntegerField(null=True)  # the record's version after this change

    class Meta:
        indexes = ((("entity", "record_id"), False),)


class ContactOtherName(BaseModel):
    """Another name a person goes by: a merged record's name, a name typed at a conference
    that differs from the one stored, a former or Western name."""

    contact = pw.ForeignKeyField(Contact, backref="other_name_rows", on_delete="CASCADE")
    name = pw.CharField()
    position = pw.IntegerField(default=0)


class OrganizationOtherName(BaseModel):
    """Another name a company goes by (a former name, a merged record's name, an abbreviation)."""

    organization = pw.ForeignKeyField(Organization, backref="other_name_rows",
                                      on_delete="CASCADE")
    name = pw.CharField()
    position = pw.IntegerField(default=0)


class ContactKey(BaseModel):
    """Lookup keys derived from a contact's names and WeChat ID (tracker.identity): a
    duplicate check while typing reads an index, not the table."""

    contact = pw.ForeignKeyField(Contact, backref="key_rows", on_delete="CASCADE")
    kind = pw.CharField(max_length=8)  # name, wechat
    key = pw.CharField()

    class Meta:
        indexes = ((("kind", "key"), False),)


class OrganizationKey(BaseModel):
    """Lookup keys derived from an organization's names (tracker.identity)."""

    organization = pw.ForeignKeyField(Organization, backref="key_rows", on_delete="CASCADE")
    kind = pw.CharField(max_length=8)  # name, legal, sound, word
    key = pw.CharField()

    class Meta:
        indexes = ((("kind", "key"), False),)


class ExternalId(BaseModel):
    """A record's id in another system (Salesforce Id, HubSpot Record ID, Odoo External ID):
    an exact key, so a re-import of that system's file updates the record it made."""

    entity = pw.CharField(max_length=16)
    record_id = pw.IntegerField()
    system = pw.CharField(max_length=32)
    value = pw.CharField()

    class Meta:
        indexes = ((("entity", "system", "value"), True), (("entity", "record_id"), False))


class MergeLog(BaseModel):
    """Two records merged into one: who, when, which fields came from which record, and the
    operation that undo replays."""

    uid = pw.CharField(max_length=36, unique=True)
    entity = pw.CharField(max_length=16)
    survivor_id = pw.IntegerField()
    survivor_uid = pw.CharField(max_length=36)
    other_id = pw.IntegerField()
    other_uid = pw.CharField(max_length=36)
    operation = pw.CharField(max_length=36, index=True)
    at = pw.DateTimeField()
    user = pw.CharField(default="")
    choices = pw.TextField(default="{}")  # JSON {field: "survivor" | "other" | "both"}
    undone_at = pw.DateTimeField(null=True)
    undone_by = pw.CharField(default="")


class KeepSeparate(BaseModel):
    """A pair a person said are different records: the duplicate finder does not offer it
    again. `first_id` is the smaller id."""

    entity = pw.CharField(max_length=16)
    first_id = pw.IntegerField()
    second_id = pw.IntegerField()
    at = pw.DateTimeField()
    user = pw.CharField(default="")

    class Meta:
        indexes = ((("entity", "first_id", "second_id"), True),)


class ReminderState(BaseModel):
    """One user's state of one reminder (a task or a deal's next step): the due date a
    notification was already shown for, and a snooze. Kept in the database, so a
    reminder notifies once whichever window or machine the user opens next."""

    user = pw.CharField()
    entity = pw.CharField(max_length=16)  # activity | opportunity
    record_id = pw.IntegerField()
    notified_on = pw.DateField(null=True)  # the due date last announced
    snoozed_until = pw.DateTimeField(null=True)  # UTC; quiet until then

    class Meta:
        indexes = ((("user", "entity", "record_id"), True),)


class ReminderClock(BaseModel):
    """When a user's window last looked at reminders: what fell due after it fell due
    while Beacon was closed."""

    user = pw.CharField(primary_key=True)
    seen_at = pw.DateTimeField()  # UTC


class SavedView(BaseModel):
    """A list's search, filters, sort and columns saved under a name by one user; shown in
    the sidebar under its page."""

    uid = pw.CharField(max_length=36, unique=True)
    user = pw.CharField()
    page = pw.CharField(max_length=32)  # the sidebar page: opportunities, contacts, …
    name = pw.CharField()
    definition = pw.TextField(default="{}")  # JSON: search, filters, sort, descending, columns
    position = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()

    class Meta:
        indexes = ((("user", "page", "name"), True),)


LIVE_INDEXES: dict[tuple[str, str], str] = {}  # (table, column) -> index name


def _add_live_indexes(model: type[Record], *columns: pw.Field) -> None:
    """Partial indexes over records not in the bin: a 100k list sorts by scanning one of them."""
    for column in columns:
        name = f"{model._meta.table_name}_live_{column.name}"
        model.add_index(model.index(column, where=model.deleted_at.is_null(), name=name))
        LIVE_INDEXES[(model._meta.table_name, column.column_name)] = name


_add_live_indexes(Organization, Organization.name, Organization.kind, Organization.city,
                  Organization.updated_at)
_add_live_indexes(Contact, Contact.name, Contact.city, Contact.updated_at)
_add_live_indexes(Opportunity, Opportunity.title, Opportunity.expected_close, Opportunity.owner,
                  Opportunity.status, Opportunity.next_step_due, Opportunity.updated_at)
_add_live_indexes(Conference, Conference.name, Conference.starts_on)
_add_live_indexes(IncentiveProgram, IncentiveProgram.name, IncentiveProgram.deadline)
_add_live_indexes(Activity, Activity.due_on, Activity.created_at)


class Erasure(BaseModel):
    """A person erased under PIPL: the uid only (no personal data), applied again when an
    older backup comes back (tracker.privacy)."""

    uid = pw.CharField(max_length=36, unique=True)
    entity = pw.CharField(max_length=16)
    erased_at = pw.DateTimeField()
    erased_by = pw.CharField(default="")


class PrivacyLog(BaseModel):
    """The audit log of a person's data leaving Beacon (export) or being erased."""

    at = pw.DateTimeField(index=True)
    user = pw.CharField(default="")
    action = pw.CharField(max_length=16)  # export, erase
    subject_uid = pw.CharField(max_length=36, index=True)
    detail = pw.TextField(default="{}")  # JSON: format, counts; never personal data


RECORD_MODELS: dict[str, type[Record]] = {
    "organization": Organization,
    "contact": Contact,
    "opportunity": Opportunity,
    "conference": Conference,
    "incentive": IncentiveProgram,
    "activity": Activity,
}

ALL_MODELS: list[type[BaseModel]] = [
    Organization, Conference, Contact, ContactEmail, ContactPhone, ConferenceContact,
    Pipeline, Stage, Opportunity, IncentiveProgram, Activity, Tag, RecordTag, Term,
    MarketFact, Currency, ExchangeRate, Setting, ImportBatch, ChangeLog, ReminderState,
    ReminderClock, ContactOtherName, OrganizationOtherName, ContactKey, OrganizationKey,
    ExternalId, MergeLog, KeepSeparate, Erasure, PrivacyLog, SavedView, OrganizationEmail,
    OrganizationPhone,
]
