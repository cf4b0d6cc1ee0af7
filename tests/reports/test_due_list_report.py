"""The due-list report: builder figures and the headless command's PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.due_list import build
from kuhina_desktop.reports.model import Heading, Table
from tests.conftest import run_cli
from tests.due_data import make_due_file


def test_builder_groups_items_like_the_home_view(tmp_path: Path) -> None:
    services = make_due_file(tmp_path / "due.kuhina")
    try:
        report = build(services, ReportOptions(language="fi", today=date(2026, 7, 15)))
    finally:
        services.close()
    headings = [b.text for b in report.blocks if isinstance(b, Heading)]
    assert headings[0].startswith("Myöhässä (") and len(headings) == 4
    first_table = next(b for b in report.blocks if isinstance(b, Table))
    tasks = [row[2] for row in first_table.rows]
    assert any(t.startswith("Lähetä maksatushakemus 30.4.2026 päättyneeltä jaksolta")
               for t in tasks)
    assert "Kirjaa palkkakuukausi 6/2026" in tasks
    assert report.title == "Tehtävälista"


def test_headless_due_list_pdf_in_finnish_and_english(tmp_path: Path) -> None:
    make_due_file(tmp_path / "due.kuhina").close()
    before = (tmp_path / "due.kuhina").read_bytes()
    for lang, needle in (("fi", "Sivu 1 / 1"), ("en", "Page 1 of 1")):
        out = tmp_path / f"due-{lang}.pdf"
        result = run_cli("report", "due-list", "--file", str(tmp_path / "due.kuhina"),
                         "--out", str(out), "--lang", lang, "--today", "2026-07-15")
        assert result.returncode == 0, result.stderr
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Testi ry" in text and "1234567-1" in text and needle in text
        assert "30.6.2026" in text if lang == "fi" else "30 Jun 2026" in text
        assert "010594" not in text
    assert (tmp_path / "due.kuhina").read_bytes() == before  # printing never writes
