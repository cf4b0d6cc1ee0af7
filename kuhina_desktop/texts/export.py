"""Texts of the job-coach export: its errors and the fields of its dialog."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "export": QT_TRANSLATE_NOOP("Errors", "The export could not be made: {message}"),
    "export_period_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The period ends ({end}) before it starts ({start}). Correct “{field}” or "
        "leave it empty."),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "Errors", "The export could not be saved as {path}: {reason}. Nothing was written under "
        "that name. Free some disk space or choose another folder, and try again."),
    "export_target_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The export cannot be saved as {path}. Choose another file name."),
    "export_target_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder. Give the export a file name, e.g. valmennusvienti.zip."),
    "export_folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} does not exist, so the export cannot be saved as {path}. "
        "Choose an existing folder."),
    "export_target_missing": QT_TRANSLATE_NOOP(
        "Errors", "Choose where to save the export (“{field}”)."),
}

FIELD_LABELS: dict[str, str] = {
    "export_from": QT_TRANSLATE_NOOP("Fields", "Dated rows from"),
    "export_to": QT_TRANSLATE_NOOP("Fields", "Dated rows until"),
    "export_file": QT_TRANSLATE_NOOP("Fields", "Save as"),
}
