"""Home: what must be done, by when. Until the due list arrives, a short orientation."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kuhina_desktop.services import Services


class HomeView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("Due list"))
        title.setObjectName("HomeTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Every deadline will be gathered here: payment applications, ending support "
            "periods and contracts, expiring certificates and missing wage months, each with a "
            "button that opens the right form."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addStretch(1)
