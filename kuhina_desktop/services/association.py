"""The association's details and the file-level settings."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.association import Association, validate_association
from kuhina_desktop.storage import association_repo
from kuhina_desktop.storage.database import DataFile


class AssociationService:
    def __init__(self, data: DataFile) -> None:
        self._data = data

    def get(self) -> Association:
        assoc = association_repo.get_association(self._data)
        if assoc is None:  # a file whose creation was interrupted before the first save
            return Association(name="", business_id="")
        return assoc

    def save(self, assoc: Association) -> Association:
        clean = validate_association(assoc)
        before = association_repo.get_association(self._data)
        changed = _changed_fields(before, clean)
        with self._data.write() as db:
            association_repo.save_association(db, clean)
            # Imported here: the audit module is not needed to show the window.
            from kuhina_desktop.storage.audit_repo import record_change

            record_change(db, "association", 1, "insert" if before is None else "update", changed)
        return clean

    def setting(self, key: str, default: object = None) -> object:
        return association_repo.get_setting(self._data, key, default)

    def retention_reviewed_on(self) -> date | None:
        """The last yearly retention review; a new file counts as reviewed when it was made."""
        value = self.setting("retention_reviewed_on")
        if isinstance(value, str):
            return date.fromisoformat(value)
        created = association_repo.created_on(self._data)
        return created

    def set_setting(self, key: str, value: object) -> None:
        with self._data.write() as db:
            association_repo.set_setting(db, key, value)


def _changed_fields(before: Association | None, after: Association) -> list[str]:
    if before is None:
        return list(after._fields)
    old, new = before._asdict(), after._asdict()
    return [name for name in new if old[name] != new[name]]
