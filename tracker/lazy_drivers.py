"""peewee without psycopg until a PostgreSQL database is made.

peewee imports every database driver it finds when it is itself imported; psycopg
alone takes about 0.1 s (its C extension, libpq, its type adapters), paid by every
start of the window and every `beacon` command, though a SQLite file never uses it.

`install()` (called by tracker/__init__.py, before anything imports peewee) hides
psycopg from peewee's and playhouse's own module-level imports only. The first
`PostgresqlDatabase` made (any subclass, any way) attaches psycopg to peewee exactly
as peewee's import would have. Everyone else imports psycopg as usual, at any time.
"""

from __future__ import annotations

import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

# The modules whose module-level `import psycopg` is deferred.
DEFERRING = ("peewee", "playhouse.postgres_ext")
HIDDEN = "psycopg"


class _DeferPsycopg:  # a meta path finder (importlib.abc would import 0.02 s of its own)
    def __init__(self) -> None:
        self.running: list[str] = []  # DEFERRING modules being executed right now
        self.pending = set(DEFERRING)

    def find_spec(self, name: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if self.running and (name == HIDDEN or name.startswith(HIDDEN + ".")):
            raise ModuleNotFoundError(f"No module named {name!r} (deferred)", name=name)
        if name not in self.pending:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        self.pending.discard(name)
        loader: Any = spec.loader
        execute = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            self.running.append(name)
            try:
                execute(module)
            finally:
                self.running.remove(name)
                if name == "peewee":
                    _attach_on_first_database(module)
                if not self.pending and self in sys.meta_path:
                    sys.meta_path.remove(self)

        loader.exec_module = exec_module
        return spec


def install() -> None:
    """Defer psycopg for peewee, unless peewee is already imported (then it has it)."""
    if "peewee" in sys.modules or any(isinstance(f, _DeferPsycopg) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _DeferPsycopg())


def _attach_on_first_database(peewee: ModuleType) -> None:
    database_class = peewee.PostgresqlDatabase
    init = database_class.init

    def init_with_driver(self: Any, *args: Any, **kwargs: Any) -> Any:
        attach_psycopg()
        return init(self, *args, **kwargs)

    database_class.init = init_with_driver


def attach_psycopg() -> bool:
    """Give peewee (and playhouse.postgres_ext) psycopg, as their imports would have.

    False if psycopg is not installed: peewee then says the driver is missing, as usual.
    """
    peewee: Any = sys.modules.get("peewee")
    if peewee is None or getattr(peewee, "psycopg", None) is not None:
        return peewee is not None
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types import TypeInfo
        from psycopg.types.hstore import register_hstore
        from psycopg.types.json import Json, Jsonb
    except ImportError:
        return False
    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    extensions: Any = sys.modules.get("playhouse.postgres_ext")
    if extensions is not None:
        extensions.TypeInfo, extensions.register_hstore_pg3 = TypeInfo, register_hstore
    return True
