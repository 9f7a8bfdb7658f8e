"""File > Connect to a team server…: server, database, login and password.

The password is kept where the user chooses: the system keychain (keyring), ~/.pgpass
(owner-only, the file PostgreSQL's own tools read), or nowhere; never in Beacon's
settings. Where the system has no keychain the dialog says so and offers ~/.pgpass.
A connection that fails (wrong password, server down, no such database) is said in the
dialog, with what to check; what was typed stays.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError
from tracker.storage import Store
from tracker.team import connecting

from ui.errors import error_text

DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str) -> str:
    host = host.strip() or "localhost"
    if ":" in host:
        host = f"[{host}]"
    return (f"postgresql://{quote(user.strip(), safe='')}@{host}:{port}/"
            f"{quote(database.strip() or 'beacon', safe='')}")


class ConnectDialog(QDialog):
    """Connects when the user presses Connect; `store` is the open server afterwards."""

    def __init__(self, parent: QWidget | None = None, *, last_url: str = "",
                 user: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setObjectName("connectDialog")
        self.store: Store | None = None
        self.where_kept = ""
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Work on your team's shared Beacon database. Your administrator "
                               "gave you the server's address, your login and a password "
                               "(beacon team add-user)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("beacon")
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Login"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.address = QLabel()
        self.address.setObjectName("connectAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.address)

        self.keep_group = QButtonGroup(self)
        self.keep_keychain = QRadioButton(self.tr("Remember the password in the system keychain"))
        self.keep_pgpass = QRadioButton(self.tr("Remember it in ~/.pgpass (a file only you can "
                                                "read, used by PostgreSQL's tools too)"))
        self.keep_none = QRadioButton(self.tr("Do not remember it (ask every time)"))
        for number, button in enumerate((self.keep_keychain, self.keep_pgpass, self.keep_none)):
            self.keep_group.addButton(button, number)
            layout.addWidget(button)
        self.no_keychain = QLabel(self.tr("This computer has no system keychain Beacon can use, "
                                          "so the password can be kept in ~/.pgpass instead."))
        self.no_keychain.setObjectName("noKeychain")
        self.no_keychain.setWordWrap(True)
        layout.addWidget(self.no_keychain)
        if connecting.keychain_available():
            self.keep_keychain.setChecked(True)
            self.no_keychain.hide()
        else:
            self.keep_keychain.setEnabled(False)
            self.keep_pgpass.setChecked(True)

        self.problem = QLabel()
        self.problem.setObjectName("connectProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Connect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for editor in (self.host, self.database, self.user):
            editor.textChanged.connect(self._show_address)
        self.port.valueChanged.connect(self._show_address)
        if last_url:
            self._fill_from(last_url)
        self._show_address()

    def _fill_from(self, url: str) -> None:
        parts = urlsplit(url)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database.setText(parts.path.lstrip("/") or "beacon")
        if parts.username:
            self.user.setText(parts.username)

    def url(self) -> str:
        return server_url(self.host.text(), self.port.value(), self.database.text(),
                          self.user.text())

    def _show_address(self) -> None:
        self.address.setText(self.tr("Address: %1").replace("%1", self.url()))
        self.connect_button.setEnabled(bool(self.host.text().strip() and
                                            self.user.text().strip()))

    def try_connect(self) -> None:
        """Connect with what is typed; on success keep the password as chosen and close."""
        url, password = self.url(), self.password.text()
        self.problem.hide()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a far server: seconds
        self.connect_button.setEnabled(False)
        try:
            store = connecting.connect(url, password or None)
        except BeaconError as error:
            self._say(error)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.connect_button.setEnabled(True)
        self.store = store
        if password:
            choice = self.keep_group.checkedId()
            try:
                if choice == 0:
                    self.where_kept = connecting.remember_password(url, password)
                elif choice == 1:
                    self.where_kept = connecting.remember_password(url, password,
                                                                   prefer_pgpass=True)
            except (BeaconError, OSError) as error:
                self.where_kept = ""
                if isinstance(error, BeaconError):
                    self._say(error)
                self.problem.setText(self.problem.text() + "\n" + self.tr(
                    "Connected; the password was not remembered."))
        self.accept()

    def _say(self, error: BeaconError) -> None:
        text, hint = error_text(error)
        self.problem.setText(text + "\n" + hint.split("\n\n")[0])
        self.problem.show()
        self.setProperty("lastErrorText", text)
