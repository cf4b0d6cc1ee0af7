"""The user's own preferences (not the association's): UI language, recent files.

Kept as a small JSON file in the per-user config folder, written atomically, so a crash while
saving leaves the previous version intact.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from kuhina_desktop import appdirs

MAX_RECENT = 8
UI_LANGUAGES = ("fi", "en")


class Preferences:
    """A plain class: a dataclass costs a millisecond to create, and this one is made
    before the window's first paint."""

    def __init__(self, language: str = "fi", recent_files: list[str] | None = None) -> None:
        self.language = language
        self.recent_files: list[str] = list(recent_files or [])

    def as_json(self) -> dict:
        return {"language": self.language, "recent_files": self.recent_files}

    def add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]



def _prefs_path() -> Path:
    return appdirs.config_dir() / "preferences.json"


def load_preferences() -> Preferences:
    try:
        data = json.loads(_prefs_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    prefs = Preferences()
    if data.get("language") in UI_LANGUAGES:
        prefs.language = data["language"]
    recent = data.get("recent_files")
    if isinstance(recent, list):
        prefs.recent_files = [str(p) for p in recent if isinstance(p, str)][:MAX_RECENT]
    return prefs


def save_preferences(prefs: Preferences) -> None:
    path = _prefs_path()
    temp = path.with_name(path.name + ".tmp")
    try:
        temp.write_text(json.dumps(prefs.as_json(), indent=2), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        # Preferences are a convenience: failing to save them must not stop the work.
        with contextlib.suppress(OSError):
            temp.unlink()
