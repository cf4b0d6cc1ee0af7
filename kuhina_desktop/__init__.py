"""Kuhina Desktop: wage-subsidy bookkeeping for small Finnish associations."""

import sys as _sys
from pathlib import Path as _Path

APP_NAME = "Kuhina Desktop"
ORG_NAME = "Kuhina"


def _find_version() -> str:
    """pyproject.toml is the one place the version is written.

    A source checkout reads it directly (an editable install's metadata may be older), and so
    does the frozen bundle from the metadata build.spec writes; an installed package asks
    importlib, imported only then because it costs a noticeable part of the start-up.
    """
    import re

    if getattr(_sys, "frozen", False):
        # The bundle's own dist-info (build.spec writes it) read as the text it is:
        # importlib.metadata would import email, zipfile and csv from the archive first.
        for info in _Path(getattr(_sys, "_MEIPASS", "")).glob("kuhina_desktop-*.dist-info"):
            found = re.search(r"^Version:\s*(\S+)", (info / "METADATA").read_text("utf-8"),
                              re.MULTILINE)
            if found:
                return found.group(1)
    pyproject = _Path(__file__).resolve().parent.parent / "pyproject.toml"
    if not getattr(_sys, "frozen", False) and pyproject.is_file():
        # The first `version = "…"` line is [project]'s (tests/test_version.py holds it to
        # tomllib's reading); a TOML parser would cost more start-up than the whole window.
        found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.MULTILINE)
        if found:
            return found.group(1)
    from importlib import metadata

    try:
        return metadata.version("kuhina-desktop")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _find_version()
