"""Numbered schema migrations.

Each step is a module `mNNNN_*.py` with `VERSION` and `upgrade(db)`; PRAGMA
user_version holds the schema a file is at. Before a file is upgraded it is
backed up beside itself; each step runs inside peewee's `migration_context()`,
which turns foreign keys off so a table rebuild cannot cascade-delete children,
and in one transaction, so a failed step leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import peewee as pw
from playhouse.migrate import SqliteMigrator


def read_sql(name: str) -> list[str]:
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return [s.strip() for s in text.split(";\n") if s.strip()]


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


def upgrade(db: pw.SqliteDatabase, path: Path | None, current: int,
            target: int = LATEST_VERSION) -> None:
    if current > 0 and path is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-v{target}-{stamp}{path.suffix}")
        db.execute_sql("VACUUM INTO ?", (str(backup),))
        backup.chmod(0o600)
    migrator = SqliteMigrator(db)
    for step in STEPS[current:target]:
        with migrator.migration_context():
            step.upgrade(db, migrator)
            db.pragma("user_version", step.VERSION, permanent=True)
        problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"migration {step.VERSION} broke foreign keys: {problems[:5]}")
