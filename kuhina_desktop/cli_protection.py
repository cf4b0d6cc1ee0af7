"""The password of a protected file for headless commands. Qt-free.

Commands that decrypt (report, export, access-request) take the password from the environment
variable KUHINA_PASSWORD, or ask for it with getpass when standard input is a terminal. Without
either, or with a wrong password, they stop with one clear line and exit code 2 (cli.py turns
the KuhinaError into that). Commands that only copy bytes (check, backup, restore) need none.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kuhina_desktop.storage import protection

ENV_VARIABLE = "KUHINA_PASSWORD"
NEEDS_KEY = frozenset({"report", "export", "access-request"})


def _file_of(args: argparse.Namespace) -> Path | None:
    path = getattr(args, "data_file", None) or getattr(args, "path", None)
    return Path(path) if path else None


def ask_password(path: Path) -> str:
    password = os.environ.get(ENV_VARIABLE)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Salasana / password for {path.name}: ")
    raise protection.PasswordRequired("password required", path=str(path))


def prepare_password(args: argparse.Namespace) -> None:
    """Check the password before the command starts, so a wrong one changes nothing."""
    if args.command not in NEEDS_KEY:
        return
    path = _file_of(args)
    header = protection.header_of_file(path) if path is not None and path.is_file() else None
    if header is None:
        return
    password = ask_password(path)
    protection.check_password(header, password)
    protection.set_password_source(lambda _path: password)
