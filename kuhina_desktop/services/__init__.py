"""Use cases. Each write is one transaction on the open DataFile; audit rows are written here."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kuhina_desktop.services.applications import ApplicationsService
    from kuhina_desktop.services.association import AssociationService
    from kuhina_desktop.services.audit import AuditService
    from kuhina_desktop.services.backups import BackupService
    from kuhina_desktop.services.coach_export import CoachExportService
    from kuhina_desktop.services.decisions import DecisionsService
    from kuhina_desktop.services.due_list import DueListService
    from kuhina_desktop.services.employees import EmployeeService
    from kuhina_desktop.services.privacy import PrivacyService
    from kuhina_desktop.services.protection import ProtectionService
    from kuhina_desktop.services.rates import RatesService
    from kuhina_desktop.services.summaries import SummariesService
    from kuhina_desktop.services.training import TrainingService
    from kuhina_desktop.services.wages import WagesService
    from kuhina_desktop.storage.database import DataFile


class Services:
    """Everything the UI may ask of an open file; built once by the composition root.

    Each service (and its module, with the domain code behind it) is created on first use:
    the window's first paint needs only a few of them, and importing all of them would
    double the program's start-up time.
    """

    def __init__(self, data: DataFile) -> None:
        self.data = data
        # Practice mode: look at the due list as of a future date; never stored in the file.
        self.practice_date: date | None = None

    @cached_property
    def backups(self) -> BackupService:
        from kuhina_desktop.services.backups import BackupService
        # Counts the changes and the session from the moment the file was opened.
        return BackupService.since_open(self.data)

    @cached_property
    def association(self) -> AssociationService:
        from kuhina_desktop.services.association import AssociationService
        return AssociationService(self.data)

    @cached_property
    def employees(self) -> EmployeeService:
        from kuhina_desktop.services.employees import EmployeeService
        return EmployeeService(self.data)

    @cached_property
    def rates(self) -> RatesService:
        from kuhina_desktop.services.rates import RatesService
        return RatesService(self.data)

    @cached_property
    def decisions(self) -> DecisionsService:
        from kuhina_desktop.services.decisions import DecisionsService
        return DecisionsService(self.data, self.rates)

    @cached_property
    def due_list(self) -> DueListService:
        from kuhina_desktop.services.due_list import DueListService
        service = DueListService(self.data, self.rates.confirmed_years,
                                 self.association.retention_reviewed_on)
        service.amount_of_period = self.applications.amount_of_period
        return service

    @cached_property
    def wages(self) -> WagesService:
        from kuhina_desktop.services.wages import WagesService
        return WagesService(self.data, self.rates, backup_before=self.backups.backup_before)

    @cached_property
    def applications(self) -> ApplicationsService:
        from kuhina_desktop.services.applications import ApplicationsService
        return ApplicationsService(self.data, self.rates)

    @cached_property
    def summaries(self) -> SummariesService:
        from kuhina_desktop.services.summaries import SummariesService
        return SummariesService(self.data, self.rates)

    @cached_property
    def training(self) -> TrainingService:
        from kuhina_desktop.services.training import TrainingService
        return TrainingService(self.data)

    @cached_property
    def coach_export(self) -> CoachExportService:
        from kuhina_desktop.services.coach_export import CoachExportService
        return CoachExportService(self.data)

    @cached_property
    def privacy(self) -> PrivacyService:
        from kuhina_desktop.services.privacy import PrivacyService
        return PrivacyService(self.data, self.backups)

    @cached_property
    def audit(self) -> AuditService:
        from kuhina_desktop.services.audit import AuditService
        return AuditService(self.data)

    @cached_property
    def protection(self) -> ProtectionService:
        from kuhina_desktop.services.protection import ProtectionService
        return ProtectionService(self.data, self.backups)

    @property
    def path(self) -> Path:
        return self.data.path

    @property
    def read_only(self) -> bool:
        return self.data.read_only

    def close(self) -> None:
        self.backups.close_safely()
        self.data.close()
