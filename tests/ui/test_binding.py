"""Guard against a Qt binding that miscounts references (seen in PySide6 6.12.0): adding tree
items and storing data in them must not release references to None."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def test_tree_items_keep_reference_counts(qtbot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    before = sys.getrefcount(None)
    for index in range(500):
        item = QTreeWidgetItem([f"rivi {index}"])
        item.setData(0, Qt.ItemDataRole.UserRole, f"key-{index}")
        tree.addTopLevelItem(item)
    # A broken binding drops two references per item (1,000 here); GC noise is a few dozen.
    assert before - sys.getrefcount(None) < 200
