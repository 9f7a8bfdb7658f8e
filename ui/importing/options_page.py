"""The import wizard's options page: create, update or both, and linked records."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWizardPage

from ui.importing.choices import ImportChoices


class OptionsPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Create, update, or both"))
        self.setSubTitle(self.tr("Rows are matched by Beacon ID; otherwise by email, WeChat ID "
                                 "or phone (contacts), organization name without legal "
                                 "suffixes such as Co., Ltd. or 有限公司, or deal title within "
                                 "its organization. Near names are only suggested."))
        self.upsert = QRadioButton(self.tr("Create new records and update matching ones"))
        self.create_only = QRadioButton(self.tr("Only create new records (skip matches)"))
        self.update_only = QRadioButton(self.tr("Only update matching records (skip the rest)"))
        self.upsert.setChecked(True)
        self.create_links = QCheckBox(self.tr("Create organizations and contacts named in rows "
                                              "when they are not in Beacon yet"))
        self.create_links.setChecked(True)
        layout = QVBoxLayout(self)
        for widget in (self.upsert, self.create_only, self.update_only):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.create_links)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        self.choices.mode = ("create" if self.create_only.isChecked() else
                             "update" if self.update_only.isChecked() else "upsert")
        self.choices.create_links = self.create_links.isChecked()
        return True


