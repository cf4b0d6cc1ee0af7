"""Reading the change history (the audit trail) and checking that nobody altered it.

Writing it is every service's job (audit_repo.record_change inside its transaction); this
service lists it for Settings → Change history and names the person a row belongs to.
"""

from __future__ import annotations

from kuhina_desktop.storage import person_repo
from kuhina_desktop.storage.audit_repo import AuditEntry, audited_tables, history, verify_chain
from kuhina_desktop.storage.database import DataFile


class AuditService:
    def __init__(self, data: DataFile) -> None:
        self._data = data

    def history(self, table: str | None = None, row_id: int | None = None,
                limit: int = 2000) -> list[AuditEntry]:
        return history(self._data.db, table, row_id, limit)

    def tables(self) -> list[str]:
        return audited_tables(self._data)

    def verify(self) -> int | None:
        """The id of the first altered entry, or None when the whole history is intact."""
        return verify_chain(self._data.db)

    def person_names(self, entries: list[AuditEntry]) -> dict[tuple[str, int], str]:
        """The person each row is about, as shown now (an erased person shows pseudonymised)."""
        names: dict[tuple[str, int], str] = {}
        people: dict[int, str] = {}
        for entry in entries:
            key = (entry.table_name, entry.row_id)
            if entry.row_id is None or key in names:
                continue
            owner = person_repo.owner_of(self._data, entry.table_name, entry.row_id)
            if owner is None:
                continue
            if owner not in people:
                row = person_repo.person_row(self._data, owner)
                people[owner] = f"{row['first_name']} {row['last_name']}" if row else ""
            names[key] = people[owner]
        return names
