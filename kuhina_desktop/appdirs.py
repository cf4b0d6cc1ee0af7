"""Where the program keeps its own files (settings, recent files, local backups, logs).

KUHINA_HOME overrides everything: tests and a portable install (USB stick) point it at one
folder. Otherwise platformdirs gives the per-user folders of each operating system.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "KuhinaDesktop"


def _home_override() -> Path | None:
    value = os.environ.get("KUHINA_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    base = _home_override()
    path = base / "config" if base else platformdirs.user_config_path(APP_DIR_NAME, False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    base = _home_override()
    path = base / "data" if base else platformdirs.user_data_path(APP_DIR_NAME, False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def documents_dir() -> Path:
    """The default folder for new association files: the user's Documents."""
    base = _home_override()
    if base:
        (base / "Documents").mkdir(parents=True, exist_ok=True)
        return base / "Documents"
    return Path(platformdirs.user_documents_dir())
