"""Composition root of the window program: logging, QApplication, translators, files, window."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kuhina_desktop import APP_NAME, ORG_NAME, __version__, appdirs
from kuhina_desktop.prefs import load_preferences
from kuhina_desktop.resources import resource_path
from kuhina_desktop.ui import format as ui_format
from kuhina_desktop.ui.errors import install_excepthook
from kuhina_desktop.ui.i18n import install_translators

LOG_MAX_BYTES = 1_000_000
LOG_KEEP = 3


def rotate_log(path: Path) -> None:
    """kuhina.log → kuhina.log.1 → … .3 when it has grown past 1 MB, once per start.

    Rotating at start rather than with logging.handlers keeps that module (and the socket,
    pickle and queue modules it imports) out of the start-up; one session never writes
    megabytes.
    """
    try:
        if path.stat().st_size < LOG_MAX_BYTES:
            return
    except OSError:
        return
    for number in range(LOG_KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging() -> None:
    path = appdirs.logs_dir() / "kuhina.log"
    # Another program may hold an old log open (Windows): then the current one grows on.
    with contextlib.suppress(OSError):
        rotate_log(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def create_application(language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "kuhina.png"))))
    app._kuhina_translators = install_translators(app, language)  # type: ignore[attr-defined]
    ui_format.set_language(language)
    return app


def run_gui(args: argparse.Namespace) -> int:
    from kuhina_desktop.ui.controller import AppController
    from kuhina_desktop.ui.startup_probe import install_if_requested

    setup_logging()
    prefs = load_preferences()
    language = args.lang or prefs.language
    app = create_application(language)
    install_excepthook()
    from kuhina_desktop.ui import single_instance

    instance = single_instance.claim(Path(args.file) if args.file else None, args.demo)
    if instance.exit_code is not None:
        return instance.exit_code
    try:
        controller = AppController(prefs, instance)
        opened = controller.start(demo=args.demo, path=Path(args.file) if args.file else None)
        if not opened:
            return 0
        install_if_requested(controller.window)
        return app.exec()
    finally:
        single_instance.remove_note()
