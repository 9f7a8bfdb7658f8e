"""Numbered schema migrations, one list for both engines (part of the storage layer).

Each step is a module `mNNNN_*.py` with `VERSION` and `upgrade(db, migrator)`, where
`migrator` is peewee's `SchemaMigrator.from_database(db)` (portable: add_column,
add_index, drop_not_null...). SQL that differs per engine is frozen in
`NNNN_name.sqlite.sql` and `NNNN_name.postgresql.sql` and read with `engine_sql`.
The dialect keeps the schema version (SQLite: PRAGMA user_version; PostgreSQL: the
beacon_meta table) and is asked for a copy before an existing schema is upgraded
(SQLite: VACUUM INTO beside the file). Each step runs inside peewee's
`migration_context()` (on SQLite it turns foreign keys off, so a table rebuild cannot
cascade-delete children) and in one transaction, so a failed step leaves the
database as it was.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import peewee as pw
from playhouse.migrate import SchemaMigrator

from tracker.storage.dialect import engine_of

if TYPE_CHECKING:
    from tracker.storage.dialect import Dialect


def read_sql(name: str) -> list[str]:
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return [s.strip() for s in text.split(";\n") if s.strip()]


def engine_sql(db: pw.Database, stem: str) -> list[str]:
    """The statements of `stem.<engine>.sql` for this database's engine."""
    return read_sql(f"{stem}.{engine_of(db)}.sql")


def _steps() -> list[ModuleType]:
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if info.name.startswith("m") and info.name[1:5].isdigit()
    ]
    modules.sort(key=lambda m: int(m.VERSION))
    for expected, module in enumerate(modules, start=1):
        if expected != module.VERSION:
            raise RuntimeError(f"migration {module.__name__} is numbered {module.VERSION}, "
                               f"expected {expected}")
    return modules


STEPS = _steps()
LATEST_VERSION = len(STEPS)


def upgrade(dialect: Dialect, current: int, target: int = LATEST_VERSION) -> None:
    db = dialect.db
    if current > 0:
        dialect.before_upgrade(current, target)
    migrator = SchemaMigrator.from_database(db)
    for step in STEPS[current:target]:
        with migrator.migration_context():
            step.upgrade(db, migrator)
            dialect.set_schema_version(step.VERSION)
        problems = dialect.foreign_key_problems()
        if problems:
            raise RuntimeError(f"migration {step.VERSION} broke foreign keys: {problems[:5]}")
