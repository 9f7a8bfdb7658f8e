"""A throwaway PostgreSQL cluster for the test suite (BEACON_TEST_ENGINE=postgresql).

Started once per test run on a free port of 127.0.0.1 from Debian's `postgresql`
package, as an unprivileged user (initdb and pg_ctl refuse to run as root: as root
the cluster runs as `postgres`), with durability off (fsync) since it is thrown away.
Tests share one migrated database, emptied before each test (DELETE from every table
with foreign-key triggers off: 0.2 s on a loaded machine, where a fresh CREATE DATABASE
... TEMPLATE took 1.4 s); a test that needs a database of its own (an empty one, an
upgrade from an old schema) gets one copied from template0.
The C locale, so text sorts byte by byte as SQLite sorts it, and search cannot lean on
the server's locale.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVER_USER = "postgres"  # who runs the cluster when the tests run as root
# The login the suite's stores use: a superuser named as the suite's BEACON_USER, so what
# the server records as the author (team mode's triggers) is what SQLite records.
SUITE_USER = "tester"


def _bin_dir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError("PostgreSQL is not installed: packaging/setup.sh --test installs "
                       "Debian's postgresql package")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running server; `url(name)` addresses a database on it."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        # As root the server runs as `postgres`, which must reach the folder: /tmp, not a
        # TMPDIR under /root.
        where = "/tmp" if os.geteuid() == 0 and Path("/tmp").is_dir() else None
        self.root = Path(tempfile.mkdtemp(prefix="beacon-pg-", dir=where))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self.as_user = ["runuser", "-u", SERVER_USER, "--"]
        self._names = itertools.count(1)

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self.as_user, *command], capture_output=True, text=True,
                              cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust",
                  "-U", "postgres", "--locale=C", "-E", "UTF8", "--no-sync")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60 -c shared_buffers=64MB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")
        self.admin(f"CREATE ROLE {SUITE_USER} LOGIN SUPERUSER")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str, user: str = SUITE_USER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str) -> None:
        """Statements outside a transaction (CREATE/DROP DATABASE), as the superuser."""
        import psycopg

        with psycopg.connect(self.url("postgres", "postgres"), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def new_database(self, template: str = "template0") -> str:
        name = f"beacon_test_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return name

    def empty(self, name: str, schema_version: int) -> None:
        """Every table of a Beacon database emptied, its schema mark at `schema_version`."""
        import psycopg

        with psycopg.connect(self.url(name, "postgres")) as connection:
            connection.execute("SET LOCAL session_replication_role = replica")
            tables = [row[0] for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
            for table in tables:
                if table != "beacon_meta":
                    connection.execute(f'DELETE FROM "{table}"')
            connection.execute("UPDATE beacon_meta SET value = %s WHERE key = "
                               "'schema_version'", (str(schema_version),))

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
