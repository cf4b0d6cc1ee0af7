"""The first screen when no file is open: new file, open a file, a recent file, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomeDialog(QDialog):
    def __init__(self, recent_files: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Kuhina Desktop"))
        self.choice = ""
        self.recent_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        title = QLabel(self.tr("Welcome to Kuhina Desktop"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(self.tr("Keep your association's employees, support decisions, wage "
                               "months and payment applications in one file on this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        for key, text in (("new", self.tr("Create a new association file…")),
                          ("open", self.tr("Open an existing file…")),
                          ("demo", self.tr("Try the demo association"))):
            button = QPushButton(text)
            button.setObjectName(f"welcome_{key}")
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _c=False, k=key: self._choose(k))
            layout.addWidget(button)
        existing = [p for p in recent_files if Path(p).exists()]
        if existing:
            layout.addWidget(QLabel(self.tr("Recent files")))
            self.recent = QListWidget()
            for path in existing:
                item = QListWidgetItem(path)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)
            self.recent.itemActivated.connect(self._recent_chosen)
            layout.addWidget(self.recent)
        layout.addStretch(1)
        self.resize(560, 320)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        self.recent_path = Path(item.data(Qt.ItemDataRole.UserRole))
        self._choose("recent")
