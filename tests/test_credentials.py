"""A team server's password kept in ~/.pgpass the way libpq reads it: one line per login,
replaced (not repeated) when saved again, special characters escaped, owner-only."""

from __future__ import annotations

import stat
from pathlib import Path

from tracker.storage import credentials


def test_pgpass_keeps_one_escaped_line_per_login(tmp_path: Path) -> None:
    path = tmp_path / "home" / ".pgpass"
    path.parent.mkdir()
    path.write_text("other.example:5432:*:bo:kept\n", encoding="utf-8")
    url = "postgresql://ana@db.example/beacon"
    credentials.save_in_pgpass(url, "first", path)
    credentials.save_in_pgpass(url, r"se:cr\et", path)
    assert path.read_text(encoding="utf-8").splitlines() == [
        "other.example:5432:*:bo:kept",
        r"db.example:5432:beacon:ana:se\:cr\\et",
    ]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_keychain_names_a_login_without_its_password() -> None:
    assert credentials.account("postgresql://ana:secret@db.example:6543/beacon") == \
        "ana@db.example:6543/beacon"
    assert credentials.password_in("postgresql://ana:s%40cret@db.example/beacon") == "s@cret"
    assert credentials.password_in("postgresql://ana@db.example/beacon") is None
