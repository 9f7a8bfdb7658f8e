"""File > Connect to a team server…: typed like a person would; a wrong password or a
server that is down is said in the dialog (what was typed stays); the password goes to
the system keychain, or to ~/.pgpass where there is none, never to the settings; the
window moves to the server and its status bar names the server and the login."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt

from tracker.storage import Store, credentials

from ui.connect_dialog import ConnectDialog
from ui.settings import Settings

from tests.team.conftest import TeamServer

pytestmark = pytest.mark.gui


class MemoryKeychain(KeyringBackend):
    """The system keychain's interface over a dict (the machine's own is left alone)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    chain = MemoryKeychain()
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def no_keychain() -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home" / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def switcher_on_a_file(db: Store, tmp_path: Path, qtbot: QtBot):
    from ui.app import WindowSwitcher, create_application

    create_application()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    switcher = WindowSwitcher(db, settings)
    qtbot.addWidget(switcher.window)
    qtbot.waitExposed(switcher.window)
    return switcher


def fill(qtbot: QtBot, dialog: ConnectDialog, team_server: TeamServer, password: str) -> None:
    for editor in (dialog.host, dialog.database, dialog.user, dialog.password):
        editor.clear()
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.setValue(team_server.cluster.port)
    qtbot.keyClicks(dialog.database, team_server.database)
    qtbot.keyClicks(dialog.user, "pia")
    qtbot.keyClicks(dialog.password, password)


@pytest.mark.sqlite_only  # the window starts on a database file
def test_connect_keeps_the_password_in_the_keychain_and_moves_the_window(
        team_server: TeamServer, pia: str, keychain: MemoryKeychain, db: Store,
        tmp_path: Path, qtbot: QtBot) -> None:
    switcher = switcher_on_a_file(db, tmp_path, qtbot)
    first = switcher.window
    assert "Team server" not in first.path_label.text()
    first.connect_action.trigger()
    dialog = first.connect_dialog
    assert dialog is not None and dialog.keep_keychain.isChecked()
    assert dialog.no_keychain.isHidden()

    fill(qtbot, dialog, team_server, "wrong")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "refused this login, password or database" in dialog.problem.text()
    assert dialog.user.text() == "pia"  # what was typed stays

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, pia)
    with qtbot.waitSignal(first.database_chosen):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    window = switcher.window
    qtbot.addWidget(window)
    assert window is not first and window.context.store.is_server
    assert window.path_label.text().startswith("Team server 127.0.0.1:")
    assert window.path_label.text().endswith("·  pia")
    url = team_server.url("pia")
    assert keychain.passwords == {(credentials.SERVICE, credentials.account(url)): pia}
    settings_text = (tmp_path / "settings.ini").read_text()
    assert pia not in settings_text and "pia@127.0.0.1" in settings_text

    # The next start finds the password in the keychain (no dialog, no prompt).
    from tracker.team.connecting import connect

    window.close()
    switcher.close()
    with connect(url) as store:
        assert store.user == "pia"


@pytest.mark.sqlite_only  # the window starts on a database file
def test_without_a_keychain_it_says_so_and_keeps_the_password_in_pgpass(
        team_server: TeamServer, pia: str, no_keychain: None, pgpass: Path, db: Store,
        tmp_path: Path, qtbot: QtBot) -> None:
    switcher = switcher_on_a_file(db, tmp_path, qtbot)
    switcher.window.connect_action.trigger()
    dialog = switcher.window.connect_dialog
    assert not dialog.keep_keychain.isEnabled() and dialog.keep_pgpass.isChecked()
    assert not dialog.no_keychain.isHidden()
    assert "no system keychain" in dialog.no_keychain.text()
    fill(qtbot, dialog, team_server, pia)
    with qtbot.waitSignal(switcher.window.database_chosen):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(switcher.window)
    line = f"127.0.0.1:{team_server.cluster.port}:{team_server.database}:pia:{pia}"
    assert pgpass.read_text().splitlines() == [line]
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    switcher.window.close()
    switcher.close()
    # libpq reads it: a plain connection needs nothing more.
    assert team_server.sql("pia", "SELECT session_user") == [("pia",)]


def test_a_server_that_is_down_is_said_plainly(db: Store, tmp_path: Path, qtbot: QtBot,
                                               no_keychain: None) -> None:
    switcher = switcher_on_a_file(db, tmp_path, qtbot)
    switcher.window.connect_action.trigger()
    dialog = switcher.window.connect_dialog
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.setValue(1)
    qtbot.keyClicks(dialog.user, "ana")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "does not answer" in dialog.problem.text()
    assert "Traceback" not in dialog.problem.text()
    dialog.reject()
    switcher.window.close()
