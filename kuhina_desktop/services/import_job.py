"""The wage import's slow steps, for a worker thread (ui/ops.run_in_background).

Reading the file's employees and months for the check, the backup copy before the import and
the import itself take seconds on a big file; each runs on a connection of its own made in the
worker (storage.database.open_worker_file). The import is still one transaction with its audit
rows (WagesService.import_preview): all rows or none. What the GUI thread must know afterwards
(the copy made, the changes saved) is handed back and noted by ``finish_import``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kuhina_desktop.domain.wage_import import RawTable
from kuhina_desktop.domain.wage_import_rows import ImportPreview
from kuhina_desktop.services.backups import BackupPlan, BackupResult, make_copy
from kuhina_desktop.services.rates import RatesService
from kuhina_desktop.services.wages import WagesService
from kuhina_desktop.storage.database import DataFile, open_worker_file

if TYPE_CHECKING:
    from kuhina_desktop.services import Services


@dataclass(frozen=True)
class ImportOutcome:
    rows: int
    backup: BackupResult | None
    changes: int  # transactions committed by the worker


def check_import(data: DataFile, table: RawTable, mapping: Mapping[str, int]) -> ImportPreview:
    """Every row checked against the file as it is now (worker thread)."""
    worker = open_worker_file(data)
    try:
        wages = WagesService(worker, RatesService(worker))
        return wages.preview(table, mapping, wages.import_context())
    finally:
        worker.close()


def run_import(data: DataFile, preview: ImportPreview, plan: BackupPlan) -> ImportOutcome:
    """The backup copy, then every row in one transaction (worker thread)."""
    made: list[BackupResult] = []
    worker = open_worker_file(data)
    try:
        wages = WagesService(worker, RatesService(worker),
                             backup_before=lambda _reason: made.append(make_copy(plan, worker)))
        rows = wages.import_preview(preview)
        return ImportOutcome(rows, made[0] if made else None, worker.changes_since_open)
    finally:
        worker.close()


def finish_import(services: Services, plan: BackupPlan, outcome: ImportOutcome) -> None:
    """On the GUI thread: the copy counts as the newest, the import as a change to back up."""
    if outcome.backup is not None:
        services.backups.finish(plan, outcome.backup)
    services.data.changes_since_open += outcome.changes
