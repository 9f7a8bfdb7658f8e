"""The import wizard's options page: create, update or both, and linked records."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWizardPage

from ui.importing.choices import ImportChoices


class OptionsPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Create, update, or both"))
        self.setSubTitle(self.tr("A row updates a record only when an exact key says it is "
                                 "that record: its Beacon ID, its ID in the program it came "
                                 "from, an email, WeChat ID or phone, or a company name written "
                                 "the same way. Names alike in other ways (without Ltd or 有限"
                                 "公司, in pinyin, nearly the same) are only suggested: you "
                                 "choose in the preview."))
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


