"""File > Team…: the team server, who you are on it, its members, and who sees whose deals
(a manager changes that here; the server enforces it for every client)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import BeaconError
from tracker.team import set_visibility, team_info

from ui.context import AppContext
from ui.errors import error_text

VISIBILITY_ORDER = ("all", "own")


class TeamDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team"))
        self.setMinimumWidth(520)
        info = team_info(context.store)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        role = self.tr("manager (sees every deal)") if info.manager else self.tr("member")
        who = QLabel(self.tr("Team server %1\nYou are signed in as %2, %3.").replace(
            "%1", info.where).replace("%2", info.me).replace("%3", role))
        who.setObjectName("teamWho")
        layout.addWidget(who)
        layout.addWidget(QLabel(self.tr("Who sees whose deals")))
        self.everyone = QRadioButton(self.tr("Everyone sees and edits every deal"))
        self.own = QRadioButton(self.tr("Members see and edit their own deals (and the shared "
                                        "organizations, contacts, conferences and programs); "
                                        "managers see all"))
        self.group = QButtonGroup(self)
        for number, button in enumerate((self.everyone, self.own)):
            self.group.addButton(button, number)
            button.setEnabled(info.may_change)
            layout.addWidget(button)
        (self.own if info.visibility == "own" else self.everyone).setChecked(True)
        self.group.idClicked.connect(self._chosen)
        if not info.may_change:
            note = QLabel(self.tr("Only a manager changes this."))
            note.setObjectName("emptyHint")
            layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Members")))
        self.members = QListWidget()
        manager_word = self.tr("manager")
        for name, manager in info.users:
            self.members.addItem(f"{name}  ·  {manager_word}" if manager else name)
        layout.addWidget(self.members)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _chosen(self, number: int) -> None:
        try:
            set_visibility(self.context.store, VISIBILITY_ORDER[number])
        except BeaconError as error:
            self.problem.setText(" ".join(error_text(error)[:1]))
            self.problem.show()
            return
        self.problem.hide()  # a manager sees every deal either way: nothing to reload here
