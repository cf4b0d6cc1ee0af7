"""Errors a report can meet, in the shared KuhinaError tree so the UI presents them like any other.

Kept out of pdf.py so callers can catch them without importing ReportLab.
"""

from __future__ import annotations

from kuhina_desktop.domain.errors import KuhinaError


class ReportError(KuhinaError):
    code = "report"


class FontMissing(ReportError):
    """The bundled DejaVu font files are not where the program expects (a damaged install)."""

    code = "report_font_missing"


class ReportWriteFailed(ReportError):
    """The PDF could not be saved: disk full, folder read-only, or the file is open in a viewer.

    ``params``: ``path`` (the target) and ``reason`` (the operating system's words).
    """

    code = "report_write_failed"
