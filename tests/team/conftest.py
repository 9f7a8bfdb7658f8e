"""A team's server for the team-mode tests: a database of its own on a throwaway
PostgreSQL cluster, made by `beacon team init` (schema, seed, roles, row-level security).

The cluster is the suite's (`pg_cluster`, when the suite runs on PostgreSQL) or one
started here for the run. Logins are cluster-wide: members of the role PASSWORD_ROLE
must give their password (the other test logins are trusted, as the suite's are).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.pg_cluster import Cluster

PASSWORD_ROLE = "beacon_test_password_logins"


def _require_passwords_of(cluster: Cluster) -> None:
    """Put `host all +PASSWORD_ROLE ... scram-sha-256` first in pg_hba.conf (once)."""
    hba = cluster.data / "pg_hba.conf"
    rule = f"host all +{PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
    text = hba.read_text()
    if rule not in text:
        cluster.admin(f"""DO $$ BEGIN CREATE ROLE {PASSWORD_ROLE} NOLOGIN;
                         EXCEPTION WHEN duplicate_object THEN NULL; END $$""")
        hba.write_text(rule + text)
        cluster.admin("SELECT pg_reload_conf()")


@pytest.fixture(scope="session")
def team_cluster(request: pytest.FixtureRequest) -> Iterator[Cluster]:
    try:
        shared = request.getfixturevalue("pg_cluster")
    except pytest.FixtureLookupError:
        shared = None
    if shared is not None:
        _require_passwords_of(shared)
        yield shared
        return
    cluster = Cluster()
    cluster.start()
    try:
        _require_passwords_of(cluster)
        yield cluster
    finally:
        cluster.stop()


@dataclass
class TeamServer:
    cluster: Cluster
    database: str

    @property
    def admin_url(self) -> str:
        return self.cluster.url(self.database)

    def url(self, user: str) -> str:
        return self.cluster.url(self.database, user)

    def add(self, name: str, *, manager: bool = False, password: str | None = None) -> str:
        """A teammate's login (through the service `beacon team add-user` runs); its URL."""
        from tracker.storage import open_store
        from tracker.team import add_user

        with open_store(self.admin_url) as store:
            add_user(store, name, manager=manager, password=password)
        return self.url(name)

    def sql(self, user: str, statement: str, params: tuple[object, ...] = ()) -> list[tuple]:
        """Plain SQL as one login, outside Beacon (what psql would do)."""
        import psycopg

        with psycopg.connect(self.url(user), autocommit=True) as connection:
            cursor = connection.execute(statement, params)
            return list(cursor.fetchall()) if cursor.description else [(cursor.rowcount,)]


def _close_server_stores() -> None:
    from tracker.storage import active, is_open

    while is_open() and active().is_server:
        active().close()


@pytest.fixture
def team_server(team_cluster: Cluster) -> Iterator[TeamServer]:
    """An initialized team database ("everyone sees everything"), seeded from the article."""
    from tracker.team import init_team

    name = team_cluster.new_database()
    init_team(team_cluster.url(name))
    yield TeamServer(team_cluster, name)
    _close_server_stores()
    team_cluster.drop_database(name)


@pytest.fixture
def pia(team_server: TeamServer) -> str:
    """A login that must give its password (the cluster trusts the others); its password."""
    team_server.add("pia", password="s3cret-Pia")
    team_server.cluster.admin(f"GRANT {PASSWORD_ROLE} TO pia")
    return "s3cret-Pia"
