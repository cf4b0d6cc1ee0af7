"""The error tree every layer raises and the UI's error presenter understands.

Messages are keyed, not worded: ``code`` names the situation, ``params`` fill the
user-facing sentence, which the UI (Qt tr) or the report catalogue translates.
``field`` names the form field or file column that is wrong, ``row`` the row of an import.
"""

from __future__ import annotations


class KuhinaError(Exception):
    """Base of every expected error. Never shown with a traceback."""

    code = "error"

    def __init__(self, message: str = "", *, code: str | None = None, field: str | None = None,
                 row: int | None = None, **params: object) -> None:
        super().__init__(message or code or self.code)
        if code:
            self.code = code
        self.field = field
        self.row = row
        self.params = params

    @property
    def message(self) -> str:
        return str(self.args[0])


class ValidationError(KuhinaError):
    """Input that breaks a rule; nothing was saved."""

    code = "validation"


class ValidationErrors(KuhinaError):
    """Several field errors at once (a form or an import)."""

    code = "validation_many"

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


class DataFileError(KuhinaError):
    """The data file cannot be used as asked (not ours, newer, damaged, locked…)."""

    code = "data_file"


class EmptyFile(DataFileError):
    code = "empty_file"


class NotSQLiteFile(DataFileError):
    code = "not_sqlite"


class ForeignSQLiteFile(DataFileError):
    code = "foreign_sqlite"


class NewerFileVersion(DataFileError):
    code = "newer_version"


class DamagedFile(DataFileError):
    code = "damaged_file"


class FileLocked(DataFileError):
    code = "file_locked"


class ReadOnlyFile(DataFileError):
    code = "read_only"


class StorageFault(DataFileError):
    """An operating-system fault while writing: disk full, I/O error, file gone."""

    code = "storage_fault"
