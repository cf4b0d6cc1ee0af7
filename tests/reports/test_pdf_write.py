"""Atomic writes, failures and the rules about what the reports package may import."""

from __future__ import annotations

import ast
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from kuhina_desktop.reports import pdf
from kuhina_desktop.reports.errors import FontMissing, ReportWriteFailed
from kuhina_desktop.reports.model import Paragraph
from kuhina_desktop.reports.pdf import render_pdf
from tests.reports.samples import chrome, every_block

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "kuhina_desktop"


def test_writing_to_a_path_leaves_only_the_finished_file(tmp_path: Path) -> None:
    target = tmp_path / "raportti.pdf"
    pages = render_pdf(every_block("fi"), target)
    assert os.listdir(tmp_path) == ["raportti.pdf"]
    assert len(PdfReader(target).pages) == pages == 3
    # Overwriting an existing report works the same way and accepts str paths.
    assert render_pdf(chrome("fi", "T", [Paragraph("x")]), str(target)) == 1
    assert os.listdir(tmp_path) == ["raportti.pdf"]
    assert len(PdfReader(target).pages) == 1


def test_a_failing_render_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "raportti.pdf"
    target.write_bytes(b"previous report")
    broken = chrome("fi", "T", [Paragraph("ok"), object()])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not a report block"):
        render_pdf(broken, target)
    assert target.read_bytes() == b"previous report"
    assert os.listdir(tmp_path) == ["raportti.pdf"]


def test_a_disk_error_at_the_last_step_is_a_report_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "raportti.pdf"
    target.write_bytes(b"previous report")

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf.os, "replace", disk_full)
    with pytest.raises(ReportWriteFailed) as caught:
        render_pdf(every_block("fi"), target)
    assert caught.value.code == "report_write_failed"
    assert caught.value.params == {"path": str(target), "reason": "No space left on device"}
    assert target.read_bytes() == b"previous report"
    assert os.listdir(tmp_path) == ["raportti.pdf"]


def test_a_missing_folder_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteFailed):
        render_pdf(every_block("fi"), tmp_path / "no-such-folder" / "r.pdf")


def test_rendering_into_a_stream() -> None:
    import io

    buffer = io.BytesIO()
    assert render_pdf(every_block("en"), buffer) == 3
    assert buffer.getvalue().startswith(b"%PDF-")


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=60)


def test_missing_fonts_raise_a_clear_error() -> None:
    result = run_python(
        "from pathlib import Path\n"
        "from kuhina_desktop.reports.pdf import register_fonts\n"
        "from kuhina_desktop.reports.errors import FontMissing\n"
        "try:\n    register_fonts(Path('/nonexistent/fonts'))\n"
        "except FontMissing as e:\n    print(e.code, e.params['path'])\n"
    )
    expected = Path("/nonexistent/fonts/DejaVuSans.ttf")
    assert result.stdout.strip() == f"report_font_missing {expected}", result.stderr
    assert FontMissing.code == "report_font_missing"


def test_reports_import_without_qt() -> None:
    result = run_python(
        "import sys\nsys.modules['PySide6'] = None\n"
        "import kuhina_desktop.reports.model, kuhina_desktop.reports.formatting\n"
        "import kuhina_desktop.reports.catalogue, kuhina_desktop.reports.layout\n"
        "import kuhina_desktop.reports.pdf\n"
        "print('ok', [m for m in sys.modules if m.startswith('PySide6') and sys.modules[m]])\n"
    )
    assert result.stdout.strip() == "ok []", result.stderr


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_reports_pdf_imports_reportlab() -> None:
    importers = sorted(
        str(path.relative_to(REPO)) for path in PACKAGE.rglob("*.py")
        if any(name.split(".")[0] == "reportlab" for name in imported_modules(path))
    )
    assert importers == ["kuhina_desktop/reports/pdf.py"]
