"""Beacon's core: domain model, storage, services, Excel I/O and the CLI. Never imports Qt."""

from tracker import lazy_drivers

__version__ = "0.1.0"

lazy_drivers.install()  # before anything imports peewee: psycopg only for PostgreSQL
