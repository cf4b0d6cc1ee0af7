"""Composition root of the window program: logging, QApplication, translators, files, window."""

from __future__ import annotations

import argparse
import logging
import sys
from logging.handlers import RotatingFileHandler
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


def setup_logging() -> None:
    handler = RotatingFileHandler(appdirs.logs_dir() / "kuhina.log", maxBytes=1_000_000,
                                  backupCount=3, encoding="utf-8")
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
    controller = AppController(prefs)
    opened = controller.start(demo=args.demo, path=Path(args.file) if args.file else None)
    if not opened:
        return 0
    install_if_requested(controller.window)
    return app.exec()
