"""Layering: everything below ui/ works with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["domain", "storage", "services", "reports", "demo"]
QT_FREE_MODULES = ["cli", "messages", "prefs", "appdirs", "resources", "selftest"]


def _modules() -> list[str]:
    names = [f"kuhina_desktop.{m}" for m in QT_FREE_MODULES]
    for package in QT_FREE:
        for path in sorted((ROOT / "kuhina_desktop" / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(p for p in parts if p != "__init__"))
    return names


def test_lower_layers_import_with_pyside6_blocked() -> None:
    script = (
        "import sys\n"
        "for name in ['PySide6', 'PySide6.QtCore', 'PySide6.QtGui', 'PySide6.QtWidgets']:\n"
        "    sys.modules[name] = None\n"
        "import importlib\n"
        f"for module in {_modules()!r}:\n"
        "    importlib.import_module(module)\n"
        "print('imported', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout


def test_only_storage_imports_sqlite() -> None:
    offenders = []
    for path in (ROOT / "kuhina_desktop").rglob("*.py"):
        relative = path.relative_to(ROOT / "kuhina_desktop")
        if relative.parts[0] in ("storage",):
            continue
        text = path.read_text(encoding="utf-8")
        if "import sqlite3" in text or "import sqlite_utils" in text or "from sqlite_utils" in text:
            offenders.append(str(relative))
    assert offenders == []


def test_only_reports_pdf_imports_reportlab() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "kuhina_desktop").rglob("*.py")
                 if "reportlab" in p.read_text(encoding="utf-8")
                 and p.relative_to(ROOT / "kuhina_desktop").as_posix() != "reports/pdf.py"]
    assert offenders == []
