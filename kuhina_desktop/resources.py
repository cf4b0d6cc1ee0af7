"""resource_path(): files shipped with the program, in a frozen bundle or the source tree."""

from __future__ import annotations

import sys
from pathlib import Path


def _base() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_root() -> Path:
    return _base() / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def docs_path(*parts: str) -> Path:
    """The user guide (docs/guide/<language>/…): build.spec copies it into the bundle."""
    return _base().joinpath("docs", "guide", *parts)
