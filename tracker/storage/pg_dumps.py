"""Backups of a team server's database with PostgreSQL's own tools (pg_dump, pg_restore),
when they are on PATH: the file operations only (where backups live and how many are kept
is tracker.backups' business, as for SQLite files).

A dump is taken in the custom format from a snapshot that a second connection exports and
holds while it counts every table's rows, so the counts describe exactly the dump. It is
written to a hidden partial file (owner-only) and counts only once `pg_restore --list`
reads it back with the data of every table counted; then it is renamed into place.

pg_dump reads every row, so it must be run by the database's owner (or a superuser): a
member's row-level security would hide rows, and a dump of what one member sees is not a
backup of the team's database. A restore replaces the database's contents in one
transaction (`pg_restore --clean --single-transaction`): all or nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tracker import messages as m
from tracker.errors import StorageUnavailable
from tracker.messages import say
from tracker.storage.dialect import CopyCheck

TOOLS = ("pg_dump", "pg_restore")
# A restore waits this long for a colleague's transaction to let go of a table, then stops
# (nothing is changed: it is one transaction).
RESTORE_LOCK_TIMEOUT = "15s"
_TABLE_DATA = re.compile(r"\bTABLE DATA \S+ (\S+) ")
_SCHEMA_ROW = re.compile(r"^schema_version\t(\d+)$", re.MULTILINE)


def tools() -> dict[str, str]:
    """Where pg_dump and pg_restore are; refused, naming what to install, when missing."""
    found = {name: shutil.which(name) for name in TOOLS}
    missing = [name for name, where in found.items() if where is None]
    if missing:
        raise StorageUnavailable(", ".join(missing), say(m.PG_TOOLS_MISSING,
                                                         tools=", ".join(missing)),
                                 say(m.HINT_INSTALL_PG_TOOLS))
    return {name: str(where) for name, where in found.items()}


def _environment(password: str | None, **settings: str) -> dict[str, str]:
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password  # never on the command line (ps shows it)
    if settings:
        env["PGOPTIONS"] = " ".join(f"-c {key}={value}" for key, value in settings.items())
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return env


def _run(command: list[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=dict(env), capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, check=False)


def _refusal(tool: str, done: subprocess.CompletedProcess[str], where: str) -> StorageUnavailable:
    """What a failed pg_dump / pg_restore means for the user (its own words stay out)."""
    said = done.stderr
    if "server version mismatch" in said:
        versions = re.findall(r"version:? (\d+(?:\.\d+)?)", said)
        server = versions[0] if versions else "?"
        return StorageUnavailable(where, say(m.PG_TOOL_TOO_OLD, tool=tool, server=server),
                                  say(m.HINT_INSTALL_PG_TOOLS))
    if "row-level security" in said or "permission denied" in said or \
            "must be owner" in said:
        return StorageUnavailable(where, say(m.SERVER_BACKUP_OWNER_ONLY),
                                  say(m.HINT_SERVER_BACKUP_OWNER))
    if "lock timeout" in said:
        return StorageUnavailable(where, say(m.SERVER_RESTORE_BUSY),
                                  say(m.HINT_SERVER_RESTORE_BUSY))
    if "No space left" in said:
        return StorageUnavailable(where, say(m.DISK_FULL_BACKUP), say(m.HINT_DISK_FULL))
    return StorageUnavailable(where, say(m.PG_TOOL_FAILED, tool=tool, code=done.returncode),
                              say(m.HINT_CHECK))


def _listed_tables(pg_restore: str, path: Path) -> set[str] | None:
    """The tables whose data a dump holds (pg_restore --list), or None: not a dump."""
    done = _run([pg_restore, "--list", str(path)], os.environ)
    if done.returncode != 0:
        return None
    return set(_TABLE_DATA.findall(done.stdout))


def _first(cursor: Any) -> Any:
    row = cursor.fetchone()
    assert row is not None, "a query that returns one row returned none"
    return row[0]


def write_dump(connect: Mapping[str, Any], target: Path) -> CopyCheck:
    """A verified dump of the database `connect` names (psycopg's connect arguments) at
    `target`, which must not exist."""
    import psycopg

    found = tools()
    params = dict(connect)
    conninfo = str(params.pop("conninfo"))
    password = params.get("password")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # owner-only
    try:
        with psycopg.connect(conninfo, **params) as snapshot_holder:
            snapshot_holder.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            snapshot_holder.read_only = True
            snapshot = _first(snapshot_holder.execute("SELECT pg_export_snapshot()"))
            tables = [row[0] for row in snapshot_holder.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename")]
            counts = {table: int(_first(snapshot_holder.execute(
                f'SELECT count(*) FROM "{table}"'))) for table in tables}
            schema = int(_first(snapshot_holder.execute(
                "SELECT \"value\" FROM beacon_meta WHERE \"key\" = 'schema_version'")))
            done = _run([found["pg_dump"], "--format=custom", f"--snapshot={snapshot}",
                         f"--file={partial}", f"--dbname={conninfo}"], _environment(password))
            if done.returncode != 0:
                raise _refusal("pg_dump", done, str(target))
        listed = _listed_tables(found["pg_restore"], partial)
        if listed is None or not set(counts) <= listed:
            raise StorageUnavailable(str(target), say(m.BACKUP_NOT_VERIFIED,
                                                      reason="pg_restore --list"),
                                     say(m.HINT_CHECK))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return CopyCheck(schema, counts)


def verify_dump(path: Path) -> CopyCheck:
    """What a dump holds: its schema version (read from the dump, no server needed); refused
    when pg_restore cannot read it or it is not a Beacon database's."""
    found = tools()
    listed = _listed_tables(found["pg_restore"], path)
    meta = _run([found["pg_restore"], "--data-only", "--table=beacon_meta", "--file=-",
                 str(path)], os.environ) if listed is not None else None
    schema = _SCHEMA_ROW.search(meta.stdout) if meta is not None else None
    if listed is None or "beacon_meta" not in listed or schema is None:
        raise StorageUnavailable(str(path), say(m.NOT_A_SERVER_BACKUP), say(m.HINT_LIST_BACKUPS))
    return CopyCheck(int(schema.group(1)), {})


def restore_dump(connect: Mapping[str, Any], path: Path) -> None:
    """Replace the database's contents with the dump's, in one transaction."""
    found = tools()
    params = dict(connect)
    conninfo = str(params.pop("conninfo"))
    done = _run([found["pg_restore"], "--clean", "--if-exists", "--single-transaction",
                 "--exit-on-error", f"--dbname={conninfo}", str(path)],
                _environment(params.get("password"), lock_timeout=RESTORE_LOCK_TIMEOUT))
    if done.returncode != 0:
        raise _refusal("pg_restore", done, str(path))
