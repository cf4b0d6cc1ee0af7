"""Texts for reports and exports."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("Errors", "The report could not be made: {message}"),
    "report_font_missing": QT_TRANSLATE_NOOP(
        "Errors", "The report font is missing from the installation ({path}). Reinstall Kuhina "
        "Desktop."),
    "report_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The report could not be saved as {path}: {reason}. If the file is open in a "
        "PDF viewer, close it and try again, or choose another name."),
}
