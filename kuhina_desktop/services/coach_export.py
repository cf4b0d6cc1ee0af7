"""The job-coach export: who and what goes out, gathered once into an immutable snapshot.

``prepare`` reads the file (a handful of queries) and returns a ``CoachExport``: the people
included with their scopes, the people left out and why, and one table per data set of the
allow-list. The preview shows that snapshot and ``coach_export_files.write_coach_export``
writes exactly it, so what the treasurer saw is what the coach gets. The snapshot holds no
database handle, so it can be written on a worker thread.

Only people whose consent to the coach (``COACH_RECIPIENT``) is valid on the export day are
in it; each of their rows carries only
the fields of the allow-list that their consent scopes allow. Nothing here writes to the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kuhina_desktop.domain.coach_export import (
    ALLOW_LIST,
    COACH_RECIPIENT,
    CODED_FIELDS,
    Cell,
    DataSet,
    PersonStatus,
    export_phone,
    person_status,
    select_rows,
    validate_period,
)
from kuhina_desktop.domain.errors import KuhinaError, ValidationError
from kuhina_desktop.domain.training import Outcome, OutcomeKind, OutcomeSummary, outcome_summary
from kuhina_desktop.reports import coach_catalogue as words
from kuhina_desktop.services.employee_contracts import readable
from kuhina_desktop.storage import association_repo, coach_export_repo
from kuhina_desktop.storage.database import DataFile


class ExportError(KuhinaError):
    code = "export"


class ExportWriteFailed(ExportError):
    """The zip could not be written: ``path`` and the operating system's ``reason``."""

    code = "export_write_failed"


class ExportTargetInvalid(ExportError):
    """The chosen target cannot be written to (a folder, or a folder that does not exist)."""

    code = "export_target_invalid"


@dataclass(frozen=True, kw_only=True)
class ExportSheet:
    data_set: DataSet
    fields: tuple[str, ...]
    headers: tuple[str, ...]
    title: str
    file_stem: str
    rows: tuple[tuple[Cell, ...], ...]
    owners: tuple[int | None, ...]  # the employee of each row (never written to a file)
    available: bool = True  # False: the file has no such records yet (an older version)


@dataclass(frozen=True, kw_only=True)
class CoachExport:
    association_name: str
    business_id: str
    language: str
    on_date: date  # consents are checked on this day
    recipient: str  # only consents given to them count
    created: datetime
    period_start: date | None
    period_end: date | None
    people: tuple[PersonStatus, ...]
    left_out: tuple[PersonStatus, ...]
    sheets: tuple[ExportSheet, ...]
    outcomes: OutcomeSummary  # of the outcomes in the export: the project's two target shares

    def sheet(self, data_set: DataSet) -> ExportSheet:
        return next(s for s in self.sheets if s.data_set == data_set)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


class CoachExportService:
    def __init__(self, data: DataFile) -> None:
        self._data = data

    def language(self) -> str:
        """The file's document language: headers and the PDF use it, not the UI's."""
        assoc = association_repo.get_association(self._data)
        return assoc.document_language if assoc else "fi"

    def prepare(self, on_date: date, start: date | None = None, end: date | None = None,
                language: str | None = None, now: datetime | None = None,
                recipient: str = COACH_RECIPIENT) -> CoachExport:
        """The export as of ``on_date`` with dated rows limited to [start, end] (either open),
        for ``recipient``: only consents given to them count."""
        try:
            validate_period(start, end)
        except ValidationError as exc:
            raise readable(exc) from None  # 31.3.2026 rather than 2026-03-31 in the message
        assoc = association_repo.get_association(self._data)
        language = language or self.language()
        statuses = self._statuses(on_date, recipient)
        included = {p.employee_id: p for p in statuses if p.included}
        tables = coach_export_repo.existing_tables(self._data)
        raw = {data_set: select_rows(data_set,
                                     coach_export_repo.source_rows(self._data, data_set, tables),
                                     included, start, end)
               for data_set in DataSet}
        sheets = tuple(_sheet(data_set, raw[data_set], language,
                              coach_export_repo.has_tables(data_set, tables))
                       for data_set in DataSet)
        return CoachExport(
            association_name=assoc.name if assoc else "",
            business_id=assoc.business_id if assoc else "", language=language,
            on_date=on_date, recipient=recipient, created=now or datetime.now().astimezone(),
            period_start=start, period_end=end,
            people=tuple(p for p in statuses if p.included),
            left_out=tuple(p for p in statuses if not p.included),
            sheets=sheets, outcomes=_summary(raw[DataSet.OUTCOMES]))

    def _statuses(self, on_date: date, recipient: str) -> list[PersonStatus]:
        consents = coach_export_repo.consents(self._data)
        by_person: dict[int, list] = {}
        for consent in consents:
            by_person.setdefault(consent.employee_id, []).append(consent)
        statuses = [person_status(id_, first, last, by_person.get(id_, []), on_date,
                                  recipient=recipient)
                    for id_, first, last in coach_export_repo.people(self._data)]
        return sorted(statuses, key=lambda p: (p.sort_name.casefold(), p.employee_id))


def _summary(rows: list[tuple[int | None, tuple[Cell, ...]]]) -> OutcomeSummary:
    """The training area's own rule for the target shares, over the rows that go out."""
    fields = ALLOW_LIST[DataSet.OUTCOMES]
    outcomes = []
    for owner, cells in rows:
        value = dict(zip(fields, cells, strict=True))
        outcomes.append(Outcome(employee_id=owner or 0, period_end=value["period_end"],
                                outcome=OutcomeKind(value["outcome"]),
                                period_start=value["period_start"],
                                readiness_start=value["readiness_start"],
                                readiness_end=value["readiness_end"]))
    return outcome_summary(outcomes)


def _sheet(data_set: DataSet, rows: list[tuple[int | None, tuple[Cell, ...]]], language: str,
           available: bool) -> ExportSheet:
    fields = ALLOW_LIST[data_set]
    coded = [i for i, name in enumerate(fields) if name in CODED_FIELDS]
    phones = [i for i, name in enumerate(fields) if name == "phone"]

    def worded(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
        out = list(cells)
        for index in coded:
            out[index] = words.code_label(fields[index], cells[index], language)
        for index in phones:
            out[index] = export_phone(cells[index]) if isinstance(cells[index], str) else None
        return tuple(out)

    return ExportSheet(
        data_set=data_set, fields=fields, headers=words.headers(fields, language),
        title=words.sheet_title(data_set, language),
        file_stem=words.file_stem(data_set, language),
        rows=tuple(worded(cells) for _, cells in rows),
        owners=tuple(owner for owner, _ in rows), available=available)
