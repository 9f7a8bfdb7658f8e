"""Team mode on a PostgreSQL server: login roles, grants, row-level security and who wrote.

Everything here is enforced by the server, so it holds for any client (Beacon, psql, a
script): who may connect, which deals each member sees and edits, and that `created_by`,
`updated_by` and a new deal's owner are the session's real login.

Two group roles per database (a server may hold several teams' databases), named after
it: `<database>_member` (every teammate; the grants) and `<database>_manager` (a member
who sees every deal). For the usual database name `beacon` they are `beacon_member` and
`beacon_manager`. Each teammate is a login role in one of them (`add_user`).

The team's visibility setting lives in `beacon_meta` (key `team_visibility`): `all`
(everyone sees and edits everything) or `own` (members see and edit their own deals, and
the shared organizations, contacts, conferences and programs; managers see all). In
`own`, what belongs to one person is theirs too: their saved views, their reminders'
state, and the reports of the deals (and activities) they imported. Only a manager or the
database's owner may change it.

Everything is idempotent: `init` run again brings grants, policies and triggers up to
date (after a Beacon upgrade added tables) and changes nothing else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import peewee as pw

VISIBILITIES = ("all", "own")
VISIBILITY_KEY = "team_visibility"
# Tables whose rows belong to a deal (hidden with it in "own"): the record types above a
# deal's id, and the tables that repeat a record's text by entity and id.
_DEAL_OF = "EXISTS (SELECT 1 FROM opportunity o WHERE o.id = {column})"
_ACTIVITY_OF = "EXISTS (SELECT 1 FROM activity a WHERE a.id = {column})"


@dataclass(frozen=True)
class TeamRoles:
    member: str
    manager: str


@dataclass(frozen=True)
class TeamUser:
    name: str
    manager: bool
    can_login: bool


def roles_for(database: str) -> TeamRoles:
    base = database[:48]
    return TeamRoles(member=f"{base}_member", manager=f"{base}_manager")


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _database_name(db: pw.Database) -> str:
    return str(db.execute_sql("SELECT current_database()").fetchone()[0])


def session_user(db: pw.Database) -> str:
    return str(db.execute_sql("SELECT session_user").fetchone()[0])


def _visibility_function(roles: TeamRoles) -> str:
    # SECURITY DEFINER: a member reads the setting even where beacon_meta's grants change;
    # session_user, never current_user (which is the function's owner inside it).
    return f"""
CREATE OR REPLACE FUNCTION beacon_sees_all_deals() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce((SELECT "value" FROM beacon_meta WHERE "key" = '{VISIBILITY_KEY}'), 'all') = 'all'
      OR pg_has_role(session_user, {literal(roles.manager)}, 'MEMBER')
$$"""


_STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION beacon_stamp_user() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_by := session_user;
  IF TG_OP = 'INSERT' THEN
    NEW.created_by := session_user;
  END IF;
  IF TG_TABLE_NAME IN ('opportunity', 'activity') THEN
    IF coalesce(NEW.owner, '') = '' THEN
      NEW.owner := session_user;
    END IF;
  END IF;
  RETURN NEW;
END $$"""

# An import batch is its importer's (who may see its report in "own"): the real login.
_STAMP_IMPORTER = """
CREATE OR REPLACE FUNCTION beacon_stamp_importer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_by := session_user;
  RETURN NEW;
END $$"""

RECORD_TABLES = ("organization", "contact", "opportunity", "conference", "incentive_program",
                 "activity")


def _policies() -> dict[str, str]:
    """Each table's row rule for members (managers and "all" pass through the function)."""
    sees_all = "beacon_sees_all_deals()"  # in a subquery: evaluated once, not once a row
    deal = _DEAL_OF.format(column="record_id")
    activity = _ACTIVITY_OF.format(column="record_id")
    by_entity = (f"(entity <> 'opportunity' OR {deal}) AND (entity <> 'activity' OR {activity})")
    own_row = f'(SELECT {sees_all}) OR "user" = session_user'
    return {
        "opportunity": f"(SELECT {sees_all}) OR owner = session_user",
        "activity": f"opportunity_id IS NULL OR {_DEAL_OF.format(column='opportunity_id')}",
        "opportunity_search": deal,
        "activity_search": activity,
        "change_log": by_entity,
        "record_tag": by_entity,
        # One person's things: their reminders' state, when they last looked, their views.
        "reminder_state": own_row,
        "reminder_clock": own_row,
        "saved_view": own_row,
        # An import's report repeats the rows it read: a batch of deals (or of activities,
        # which hang on deals) is its importer's; batches of shared records are everyone's.
        "import_batch": f"(SELECT {sees_all}) OR created_by = session_user "
                        "OR entity NOT IN ('opportunity', 'activity')",
    }


def init(db: pw.Database, *, visibility: str | None) -> TeamRoles:
    """Roles, grants, policies and triggers on the open database (run by its owner)."""
    database = _database_name(db)
    roles = roles_for(database)
    member, manager = quoted(roles.member), quoted(roles.manager)
    statements: list[str] = []
    for role in (roles.member, roles.manager):
        statements.append(f"""DO $$ BEGIN CREATE ROLE {quoted(role)} NOLOGIN;
            EXCEPTION WHEN duplicate_object THEN NULL; END $$""")
    statements += [
        f"GRANT {member} TO {manager}",
        f"REVOKE ALL ON DATABASE {quoted(database)} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {quoted(database)} TO {member}",
        f"GRANT USAGE ON SCHEMA public TO {member}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {member}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {member}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE "
        f"ON TABLES TO {member}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES "
        f"TO {member}",
        # The schema's mark and version are the owner's; a manager may change the visibility.
        f"REVOKE INSERT, UPDATE, DELETE ON beacon_meta FROM {member}",
        f"GRANT UPDATE ON beacon_meta TO {manager}",
        "ALTER TABLE beacon_meta ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS beacon_read ON beacon_meta",
        f"CREATE POLICY beacon_read ON beacon_meta FOR SELECT TO {member} USING (true)",
        "DROP POLICY IF EXISTS beacon_visibility ON beacon_meta",
        f"CREATE POLICY beacon_visibility ON beacon_meta FOR UPDATE TO {manager} "
        f"USING (\"key\" = '{VISIBILITY_KEY}') WITH CHECK (\"key\" = '{VISIBILITY_KEY}')",
        _visibility_function(roles),
        "REVOKE ALL ON FUNCTION beacon_sees_all_deals() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION beacon_sees_all_deals() TO {member}",
        _STAMP_FUNCTION,
        _STAMP_IMPORTER,
        "DROP TRIGGER IF EXISTS beacon_stamp_importer ON import_batch",
        "CREATE TRIGGER beacon_stamp_importer BEFORE INSERT ON import_batch "
        "FOR EACH ROW EXECUTE FUNCTION beacon_stamp_importer()",
    ]
    for table in RECORD_TABLES:
        statements += [
            f"DROP TRIGGER IF EXISTS beacon_stamp_user ON {quoted(table)}",
            f"CREATE TRIGGER beacon_stamp_user BEFORE INSERT OR UPDATE ON {quoted(table)} "
            "FOR EACH ROW EXECUTE FUNCTION beacon_stamp_user()",
        ]
    for table, rule in _policies().items():
        statements += [
            f"ALTER TABLE {quoted(table)} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS beacon_team ON {quoted(table)}",
            f"CREATE POLICY beacon_team ON {quoted(table)} TO {member} "
            f"USING ({rule}) WITH CHECK ({rule})",
        ]
    with db.atomic():
        for statement in statements:
            db.execute_sql(statement)
        db.execute_sql("INSERT INTO beacon_meta (\"key\", \"value\") VALUES (%s, %s) "
                       "ON CONFLICT (\"key\") DO NOTHING", (VISIBILITY_KEY, visibility or "all"))
        if visibility is not None:
            set_visibility(db, visibility)
    return roles


def is_team(db: pw.Database) -> bool:
    """`init` was run on this database (its roles exist)."""
    roles = roles_for(_database_name(db))
    return bool(db.execute_sql("SELECT count(*) FROM pg_roles WHERE rolname IN (%s, %s)",
                               (roles.member, roles.manager)).fetchone()[0] == 2)


def visibility(db: pw.Database) -> str:
    row = db.execute_sql("SELECT \"value\" FROM beacon_meta WHERE \"key\" = %s",
                         (VISIBILITY_KEY,)).fetchone()
    return str(row[0]) if row else "all"


def set_visibility(db: pw.Database, value: str) -> bool:
    """False when this login may not change it (a member)."""
    allowed = db.execute_sql("SELECT has_table_privilege('beacon_meta', 'UPDATE')").fetchone()[0]
    if not allowed:
        return False
    cursor = db.execute_sql("UPDATE beacon_meta SET \"value\" = %s WHERE \"key\" = %s",
                            (value, VISIBILITY_KEY))
    return bool(cursor.rowcount == 1)


def is_manager(db: pw.Database) -> bool:
    """This login sees every deal whatever the setting (a manager, or the owner)."""
    roles = roles_for(_database_name(db))
    return bool(db.execute_sql("SELECT pg_has_role(session_user, %s, 'MEMBER')",
                               (roles.manager,)).fetchone()[0])


def may_set_visibility(db: pw.Database) -> bool:
    return bool(db.execute_sql("SELECT has_table_privilege('beacon_meta', 'UPDATE')")
                .fetchone()[0])


def role_exists(db: pw.Database, name: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() \
        is not None


def add_user(db: pw.Database, name: str, *, manager: bool,
             password: str | None) -> tuple[bool, str | None]:
    """Create (or update) a teammate's login role. Returns (created, password set): a new
    role gets `password` or a generated one; an existing role keeps its password unless one
    is given."""
    roles = roles_for(_database_name(db))
    created = not role_exists(db, name)
    if created and password is None:
        password = secrets.token_urlsafe(12)
    with db.atomic():
        if created:
            db.execute_sql(f"CREATE ROLE {quoted(name)} LOGIN")
        if password is not None:
            db.execute_sql(f"ALTER ROLE {quoted(name)} LOGIN PASSWORD {literal(password)}")
        db.execute_sql(f"GRANT {quoted(roles.member)} TO {quoted(name)}")
        if manager:
            db.execute_sql(f"GRANT {quoted(roles.manager)} TO {quoted(name)}")
        else:
            db.execute_sql(f"REVOKE {quoted(roles.manager)} FROM {quoted(name)}")
    return created, password


def remove_user(db: pw.Database, name: str) -> bool:
    """Take a login out of this database's team (it can no longer connect here; its records
    stay, with its name on them). False when it was not in the team."""
    roles = roles_for(_database_name(db))
    if not role_exists(db, name):
        return False
    member = db.execute_sql("SELECT pg_has_role(%s, %s, 'MEMBER')",
                            (name, roles.member)).fetchone()[0]
    with db.atomic():
        db.execute_sql(f"REVOKE {quoted(roles.manager)} FROM {quoted(name)}")
        db.execute_sql(f"REVOKE {quoted(roles.member)} FROM {quoted(name)}")
    return bool(member)


def users(db: pw.Database) -> list[TeamUser]:
    roles = roles_for(_database_name(db))
    rows: list[Any] = db.execute_sql(
        """SELECT r.rolname, pg_has_role(r.oid, %s, 'MEMBER'), r.rolcanlogin
           FROM pg_roles r
           WHERE r.rolcanlogin AND pg_has_role(r.oid, %s, 'MEMBER') AND NOT r.rolsuper
           ORDER BY r.rolname""", (roles.manager, roles.member)).fetchall()
    return [TeamUser(str(name), bool(is_manager), bool(login)) for name, is_manager, login in rows]


class TeamAdmin:
    """The team operations of one open server database (Store.team())."""

    def __init__(self, db: pw.Database) -> None:
        self.db = db

    def init(self, visibility: str | None) -> TeamRoles:
        return init(self.db, visibility=visibility)

    def is_team(self) -> bool:
        return is_team(self.db)

    def visibility(self) -> str:
        return visibility(self.db)

    def set_visibility(self, value: str) -> bool:
        return set_visibility(self.db, value)

    def add_user(self, name: str, *, manager: bool,
                 password: str | None = None) -> tuple[bool, str | None]:
        return add_user(self.db, name, manager=manager, password=password)

    def users(self) -> list[TeamUser]:
        return users(self.db)

    def remove_user(self, name: str) -> bool:
        return remove_user(self.db, name)

    def is_manager(self) -> bool:
        return is_manager(self.db)

    def may_set_visibility(self) -> bool:
        return may_set_visibility(self.db)


def create_database_if_missing(url: str, password: str | None) -> bool:
    """CREATE DATABASE for a team's first `init`, through the server's maintenance
    database with the same login. False when it was there already."""
    from urllib.parse import unquote, urlsplit

    import psycopg

    name = unquote(urlsplit(url).path.lstrip("/")) or "beacon"
    extra: dict[str, Any] = {"password": password} if password else {}
    with psycopg.connect(url, dbname="postgres", autocommit=True, connect_timeout=10,
                         **extra) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                   (name,)).fetchone()
        if found is not None:
            return False
        connection.execute(f"CREATE DATABASE {quoted(name)} ENCODING 'UTF8'")
    return True
