"""Use cases. Each write is one transaction on the open DataFile; audit rows are written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
    """Everything the UI may ask of an open file; built once by the composition root."""

    def __init__(self, data: DataFile) -> None:
        self.data = data
        # Practice mode: look at the due list as of a future date; never stored in the file.
        self.practice_date: date | None = None
        self.association = AssociationService(data)
        self.employees = EmployeeService(data)
        self.rates = RatesService(data)
        self.decisions = DecisionsService(data, self.rates)
        self.due_list = DueListService(data, self.rates.confirmed_years,
                                       self.association.retention_reviewed_on)
        self.backups = BackupService(data)
        self.wages = WagesService(data, self.rates, backup_before=self.backups.backup_before)
        self.applications = ApplicationsService(data, self.rates)
        self.due_list.amount_of_period = self.applications.amount_of_period
        self.summaries = SummariesService(data, self.rates)
        self.training = TrainingService(data)
        self.coach_export = CoachExportService(data)
        self.privacy = PrivacyService(data, self.backups)
        self.audit = AuditService(data)
        self.protection = ProtectionService(data, self.backups)

    @property
    def path(self) -> Path:
        return self.data.path

    @property
    def read_only(self) -> bool:
        return self.data.read_only

    def close(self) -> None:
        self.backups.close_safely()
        self.data.close()
