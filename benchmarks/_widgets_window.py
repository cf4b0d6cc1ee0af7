"""A reference between the empty window and the program: a main window with the same kinds of
Qt widgets the program's first screen has (menu with shortcuts, navigation list, tree with
four columns, status bar) and nothing else – no file, no translations, none of our modules.

PySide6 builds each Qt class's Python enums when the class is first used (the `Qt` namespace
alone has over a hundred), so this shows how much of a start-up is Qt's own for such a window.
Prints the same KUHINA_SHOWN line as the program, with _empty_window.py's probe.
"""

import sys

from _empty_window import FirstPaint  # the same probe (this script's folder is on sys.path)
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("MainWindow")
    window.resize(1280, 720)
    menu = window.menuBar().addMenu("&File")
    menu.addAction("&Open…").setShortcut(QKeySequence.StandardKey.Open)
    body = QWidget()
    column = QVBoxLayout(body)
    column.addWidget(QLabel("Association"))
    row = QHBoxLayout()
    navigation = QListWidget()
    navigation.addItems([f"View {number}" for number in range(1, 9)])
    tree = QTreeWidget()
    tree.setHeaderLabels(["Date", "Who", "What", "Amount"])
    tree.headerItem().setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
    row.addWidget(navigation)
    row.addWidget(tree, 1)
    column.addLayout(row)
    window.setCentralWidget(body)
    window.statusBar().showMessage("Ready")
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
