"""Texts of the foundation: data files, the association, general field checks."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Errors", "Something went wrong: {message}"),
    "validation": QT_TRANSLATE_NOOP("Errors", "Check the field “{field}”."),
    "required": QT_TRANSLATE_NOOP("Errors", "“{field}” is required. Fill it in."),
    "choice": QT_TRANSLATE_NOOP("Errors", "Choose a value for “{field}” from the list."),
    "date_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not a date. Write it as 5.3.2026 (or 5.3 for this year)."),
    "date_no_such_day": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the day {text} does not exist. Check the day and the month."),
    "amount_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or "
        "1 234,50."),
    "amount_negative": QT_TRANSLATE_NOOP("Errors", "“{field}” cannot be negative."),
    "amount_too_large": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is too large: at most 10 000 000,00 € is accepted. Check the "
        "figure; a decimal comma may be missing."),
    "number_too_large": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: “{text}” is too large. Check the figure."),
    "postal_code": QT_TRANSLATE_NOOP("Errors", "“{field}” must be five digits, e.g. 80100."),
    "data_file": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be used: {message}"),
    "file_exists": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} already exists. Choose another name; an existing file is "
        "never overwritten."),
    "file_missing": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} was not found. It may have been moved, renamed or deleted."),
    "is_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder, not a file. Choose a file; the name of a Kuhina data "
        "file ends in .kuhina."),
    "file_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} cannot be read: you lack the permission to open it. It was "
        "not changed. Check the file's properties, or ask the person who gave it to you."),
    "file_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The file name is too long. Shorten it to at most {max} characters."),
    "path_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The file name or the folder path is too long for the computer: {path}. "
        "Choose a shorter file name or a folder nearer the top, such as Documents."),
    "folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} does not exist. Choose an existing folder."),
    "not_a_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be created: part of the folder path is a file, not a folder. "
        "Choose an existing folder."),
    "folder_not_writable": QT_TRANSLATE_NOOP(
        "Errors", "A file cannot be created in the folder {folder}: it is read-only, or you "
        "lack the permission. Choose another folder, such as Documents."),
    "empty_file": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is empty (0 bytes), so it holds no association data. It was "
        "not changed. Open a backup copy instead."),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a Kuhina data file (it is not a database at all). "
        "It was not changed. Choose a file that ends in .kuhina."),
    "foreign_sqlite": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is a database of some other program, not a Kuhina data "
        "file. It was not changed."),
    "newer_version": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} was saved by a newer version of Kuhina Desktop. Update the "
        "program to edit it. The file was not changed."),
    "damaged_file": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is damaged and was not opened, so that nothing more is "
        "lost. It was not changed. Restore the newest backup copy. Details: {reason}"),
    "file_locked": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is open elsewhere ({holder}). Close it there first, or "
        "open it read-only."),
    "file_open_here": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is already open in this program. Use the window that shows "
        "it."),
    "read_only": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is open read-only, so changes cannot be saved. Nothing "
        "was changed."),
    "storage_fault": QT_TRANSLATE_NOOP(
        "Errors", "Saving to {path} failed. Nothing was changed. Details: {detail}"),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full, so the change was not saved. Nothing was lost: free some "
        "space (or choose another drive) and try again."),
    "io_error": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} could not be read or written. It may be on a drive that "
        "was removed or a network that went away. Nothing was changed. Details: {detail}"),
    "backup_unverified": QT_TRANSLATE_NOOP(
        "Errors", "The backup copy {path} failed its check and was not kept. Try another "
        "folder. Details: {detail}"),
}

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "business_id": QT_TRANSLATE_NOOP("Fields", "Y-tunnus"),
    "register_number": QT_TRANSLATE_NOOP("Fields", "Register number"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "iban": QT_TRANSLATE_NOOP("Fields", "IBAN"),
    "contact_name": QT_TRANSLATE_NOOP("Fields", "Contact person"),
    "contact_email": QT_TRANSLATE_NOOP("Fields", "Contact e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("Fields", "Contact phone"),
    "document_language": QT_TRANSLATE_NOOP("Fields", "Language of documents"),
}
