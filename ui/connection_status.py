"""The status bar's part that says which database this window works on and as whom, and
whether colleagues' changes arrive live."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tracker.services.context import current_user
from tracker.storage import Store, Target


class ConnectionStatus(QLabel):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPath")
        self._live: bool | None = None
        self._reason = ""
        self.show_connection(store.target, current_user())

    def show_connection(self, target: Target, user: str) -> None:
        self._target, self._user = target, user
        self._show()

    def set_live(self, live: bool, reason: str = "") -> None:
        self._live, self._reason = live, reason
        self._show()

    def _show(self) -> None:
        user = self._user
        if self._target.is_server:
            text = self.tr("Team server %1  ·  %2").replace("%1", self._target.place)
            tip = self.tr("Team database on a server; you are signed in as %1.")
        else:
            text = self.tr("%1  ·  %2").replace("%1", self._target.place)
            tip = self.tr("Database file on this computer; changes are recorded as made by %1.")
        text = text.replace("%2", user)
        tip = tip.replace("%1", user)
        if self._live is False:
            text = self.tr("%1  ·  not live").replace("%1", text)
            tip += "\n" + self.tr("Changes made elsewhere are not shown until Beacon "
                                  "reconnects: %1").replace("%1", self._reason)
        elif self._live:
            tip += "\n" + self.tr("Changes made elsewhere show here as they happen.")
        self.setText(text)
        self.setToolTip(tip)
