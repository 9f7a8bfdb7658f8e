# peewee builds model attributes at run time (ids, foreign-key `_id`s, backrefs), which its
# partial stubs cannot describe; Beacon types the ORM as Any and checks its own code strictly.
from typing import Any

def __getattr__(name: str) -> Any: ...
