"""Places kept in the sidebar for the pipeline board and the dashboard, which come next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


class _PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setObjectName("emptyHint")
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)


class BoardPlaceholderPage(_PlaceholderPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(tr("BoardPlaceholderPage", "Pipeline board"),
                         tr("BoardPlaceholderPage",
                            "The board (deals by stage, drag to move) arrives soon. "
                            "Until then, the Opportunities list shows every deal."), parent)


class DashboardPlaceholderPage(_PlaceholderPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        tr = QCoreApplication.translate
        super().__init__(tr("DashboardPlaceholderPage", "Dashboard"),
                         tr("DashboardPlaceholderPage",
                            "The dashboard (funnel, forecast, win rate) arrives soon."), parent)
