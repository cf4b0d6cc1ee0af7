"""Reports from the window: build, render off the GUI thread, open in the system's PDF viewer
(from where the treasurer prints), or save where the user chooses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from kuhina_desktop import appdirs
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.reports.builders import ReportOptions, builders
from kuhina_desktop.ui.ops import run_in_background


def report_options(services, **overrides) -> ReportOptions:
    language = services.association.get().document_language
    today = services.practice_date or date.today()
    return ReportOptions(language=language, today=today, **overrides)


def print_report(parent: QWidget | None, services, kind: str, options: ReportOptions,
                 target: Path | None = None, open_after: bool = True) -> None:
    """Build on the GUI thread (it reads the file), render in the background, then open."""
    from kuhina_desktop.reports.pdf import render_pdf  # ReportLab only when printing

    available = builders()
    if kind not in available:
        raise KuhinaError(kind, code="report_not_available")
    report = available[kind](services, options)
    folder = appdirs.data_dir() / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    path = target or folder / f"{kind}-{datetime.now():%Y%m%d-%H%M%S}.pdf"

    def opened(_pages: int) -> None:
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    run_in_background(parent, lambda: render_pdf(report, path), opened)
