"""Start-up stays quick: what the window needs before its first paint is all it loads.

Heavy libraries and the modules of views, reports and calculations not on screen yet are
imported where they are used; the due list is filled right after the first paint. The test
runs the real program on a real file and looks at sys.modules at the moment of the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ["sqlite_utils", "reportlab", "openpyxl", "babel", "stdnum", "holidays", "tomllib",
         "logging.handlers", "cryptography"]
NOT_BEFORE_PAINT = [
    "kuhina_desktop.services.applications", "kuhina_desktop.services.due_list",
    "kuhina_desktop.services.employees", "kuhina_desktop.services.wages",
    "kuhina_desktop.services.decisions", "kuhina_desktop.services.training",
    "kuhina_desktop.domain.deadlines", "kuhina_desktop.domain.subsidy",
    "kuhina_desktop.reports.model", "kuhina_desktop.messages",
    "kuhina_desktop.ui.dialogs.backups_restore", "kuhina_desktop.ui.dialogs.new_file_wizard",
    "kuhina_desktop.ui.widgets.snooze_dialog", "kuhina_desktop.ui.printing",
    "kuhina_desktop.services.protection", "kuhina_desktop.ui.dialogs.password_dialogs",
    # Listening for second starts, background jobs, restoring and hashing come after it too.
    "PySide6.QtNetwork", "hashlib", "socket", "concurrent.futures", "kuhina_desktop.ui.ops",
    "kuhina_desktop.ui.backup_jobs", "kuhina_desktop.services.restore",
    "kuhina_desktop.cli_reports", "kuhina_desktop.cli_export",
    # The backup service is made on first use, the number formats at the first number shown.
    "kuhina_desktop.services.backups", "kuhina_desktop.domain.backups", "decimal",
    "kuhina_desktop.reports.formatting",
    # Records made before it are NamedTuples or plain classes: a dataclass costs about four
    # million instructions to create (its methods are compiled), a NamedTuple under one.
    "dataclasses", "kuhina_desktop.storage.audit_repo",
]

PROBE = """
import json, sys
from kuhina_desktop.ui import startup_probe
original = startup_probe._FirstPaint.eventFilter

def at_first_paint(self, watched, event):
    if event.type() == event.Type.Paint and not self.seen:
        print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
        qt_core = sys.modules["PySide6.QtCore"].__dict__
        print("QT_NAMESPACE_BUILT " + json.dumps("Qt" in qt_core), flush=True)
        widgets = sys.modules["PySide6.QtWidgets"].__dict__
        dialogs = ["QMessageBox", "QFileDialog", "QInputDialog", "QProgressDialog"]
        print("QT_DIALOGS_BUILT " + json.dumps([n for n in dialogs if n in widgets]), flush=True)
    return original(self, watched, event)

startup_probe._FirstPaint.eventFilter = at_first_paint
from kuhina_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_first_paint_loads_only_what_the_window_needs(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KUHINA_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    data_file = tmp_path / "demo.kuhina"
    subprocess.run([sys.executable, "-m", "kuhina_desktop", "demo", str(data_file)], env=env,
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    result = subprocess.run([sys.executable, "-c", PROBE, str(data_file)], cwd=ROOT, text=True,
                            capture_output=True, timeout=120,
                            env={**env, "KUHINA_EXIT_AFTER_SHOWN": "1"})
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("MODULES "))
    loaded = set(json.loads(line.removeprefix("MODULES ")))
    assert "kuhina_desktop.ui.views.home" in loaded  # the probe saw the real window
    assert [m for m in HEAVY + NOT_BEFORE_PAINT if m in loaded] == []
    # PySide6 builds the hundred enums of its Qt namespace on first use (ui/main_window).
    built = next(x for x in result.stdout.splitlines() if x.startswith("QT_NAMESPACE_BUILT "))
    assert built == "QT_NAMESPACE_BUILT false"
    # ... and each class with its enums: the dialogs are imported where they are shown.
    dialogs = next(x for x in result.stdout.splitlines() if x.startswith("QT_DIALOGS_BUILT "))
    assert dialogs == "QT_DIALOGS_BUILT []"
