"""Screenshots for the user guide, taken from the real program on the demo association.

    python tools/guide_screenshots.py      # writes docs/guide/img/{fi,en}/*.png

Run it after a change to a view so that the guide shows the program as it is. Qt runs
offscreen, the demo file is built in a temporary folder, and nothing of the user's own
(settings, recent files) is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "guide" / "img"
WINDOW_SIZE = (1180, 680)
LANGUAGES = ("fi", "en")


def _views(window) -> dict[str, Callable[[], object]]:
    """One shot per view of the main window: its navigation key → a widget to grab."""
    from PySide6.QtCore import Qt

    shots = {}
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)

        def shot(key=key):
            window.show_view(key)
            return window

        shots[f"view-{key}"] = shot
    return shots


def _dialogs(parent) -> dict[str, Callable[[], object]]:
    from kuhina_desktop.demo.association import DEMO_ASSOCIATION
    from kuhina_desktop.ui.dialogs.new_file_wizard import NewFileWizard
    from kuhina_desktop.ui.dialogs.welcome import WelcomeDialog

    def welcome():
        return WelcomeDialog([], parent)

    def wizard():
        dialog = NewFileWizard(parent)
        dialog.basic.form.set_association(DEMO_ASSOCIATION)
        return dialog

    return {"welcome": welcome, "new-file-wizard": wizard}


def _grab(widget, path: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.show()
    for _ in range(3):  # let layouts settle and lazy views fill themselves
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not _framed(widget.grab()).save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _framed(pixmap):
    """A thin grey frame, so a grey dialog does not melt into a white page."""
    from PySide6.QtGui import QColor, QPainter

    painter = QPainter(pixmap)
    painter.setPen(QColor("#9aa5b1"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap


def capture_language(app, language: str, services, out: Path) -> list[Path]:
    from kuhina_desktop.ui.i18n import install_translators
    from kuhina_desktop.ui.main_window import MainWindow

    translators = install_translators(app, language)
    written = []
    try:
        window = MainWindow(services, [], demo=True)
        window.resize(*WINDOW_SIZE)
        for name, make in _views(window).items():
            written.append(_grab(make(), out / language / f"{name}.png"))
        for name, make in _dialogs(window).items():
            dialog = make()
            written.append(_grab(dialog, out / language / f"{name}.png"))
            dialog.close()
        window.hide()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    return written


def capture(out: Path = OUT, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Write every screenshot of the guide under ``out``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kuhina_desktop.demo import build_demo

    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = []
    home = os.environ.get("KUHINA_HOME")
    with tempfile.TemporaryDirectory(prefix="kuhina-guide-") as folder:
        os.environ["KUHINA_HOME"] = str(Path(folder) / "home")  # the user's settings stay out
        services = build_demo(Path(folder) / "Esimerkkiyhdistys.kuhina")
        try:
            for language in languages:
                written += capture_language(app, language, services, out)
        finally:
            services.close()
            if home is None:
                os.environ.pop("KUHINA_HOME", None)
            else:
                os.environ["KUHINA_HOME"] = home
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for written_path in capture():
        print(written_path.relative_to(ROOT))
