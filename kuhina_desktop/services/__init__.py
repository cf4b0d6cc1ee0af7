"""Use cases. Each write is one transaction on the open DataFile; audit rows are written here."""

from __future__ import annotations

from pathlib import Path

from kuhina_desktop.services.association import AssociationService
from kuhina_desktop.services.training import TrainingService
from kuhina_desktop.storage.database import DataFile


class Services:
    """Everything the UI may ask of an open file; built once by the composition root."""

    def __init__(self, data: DataFile) -> None:
        self.data = data
        self.association = AssociationService(data)
        self.training = TrainingService(data)

    @property
    def path(self) -> Path:
        return self.data.path

    @property
    def read_only(self) -> bool:
        return self.data.read_only

    def close(self) -> None:
        self.data.close()
