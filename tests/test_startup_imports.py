"""Start-up stays quick: the modules the window needs first do not load the heavy libraries
(they are imported where they are used)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ["sqlite_utils", "reportlab", "openpyxl", "babel", "stdnum", "holidays"]


def test_window_start_path_does_not_load_heavy_libraries() -> None:
    script = (
        "import sys\n"
        "import kuhina_desktop.app, kuhina_desktop.ui.controller, kuhina_desktop.services\n"
        "import kuhina_desktop.ui.views.home\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                          "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
