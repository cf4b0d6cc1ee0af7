"""Erasing a person and the yearly retention review (GDPR Art. 17 against retention duties).

Erasure removes everything about the person that no law requires to keep, and everything
whose retention time has passed; if records must still be kept, the person's row stays
pseudonymised ("Poistettu henkilö 12") so that those records keep their meaning. Deletes run
with secure_delete and are followed by VACUUM, then a fresh copy is taken so that the newest
backups no longer hold the person; the report says which older copies still do, until when.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from kuhina_desktop.domain import backups as backup_rules
from kuhina_desktop.domain.errors import KuhinaError, ValidationError
from kuhina_desktop.domain.finnish_ids import mask_hetu
from kuhina_desktop.domain.retention import DEFAULT_YEARS, Category, RetainedGroup, group_by_end
from kuhina_desktop.services.backups import BackupEntry, BackupService
from kuhina_desktop.storage import association_repo, person_repo, protection
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile
from kuhina_desktop.storage.lockfile import os_user

YEARS_KEY = "retention_years"
REVIEWED_KEY = "retention_reviewed_on"


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    masked_hetu: str
    archived: bool


@dataclass(frozen=True)
class ErasurePlan:
    employee_id: int
    name: str
    delete: dict[str, int]            # table -> rows that go (no duty, or duty over)
    keep: list[RetainedGroup]         # what must stay, and until when

    @property
    def removes_everything(self) -> bool:
        return not self.keep


@dataclass(frozen=True)
class ErasureReport:
    plan: ErasurePlan
    backups: list[tuple[BackupEntry, date]] = field(default_factory=list)
    unknown_backups: list[BackupEntry] = field(default_factory=list)

    @property
    def horizon(self) -> date | None:
        """The day the last known copy holding the person is thinned out at the latest."""
        return max((expires for _, expires in self.backups), default=None)


@dataclass(frozen=True)
class ReviewItem:
    employee_id: int
    name: str
    group: RetainedGroup | None       # None: the person has nothing left to keep at all


class PrivacyService:
    def __init__(self, data: DataFile, backups: BackupService,
                 today: Callable[[], date] = date.today,
                 user: Callable[[], str] = os_user) -> None:
        self._data = data
        self._backups = backups
        self._today = today
        self._user = user

    def retention_years(self) -> dict[Category, int]:
        stored = association_repo.get_setting(self._data, YEARS_KEY, {}) or {}
        return {c: int(stored.get(c.value, y)) for c, y in DEFAULT_YEARS.items()}

    def people(self) -> list[PersonChoice]:
        return [PersonChoice(p["id"], f"{p['first_name']} {p['last_name']}".strip(),
                             mask_hetu(p["hetu"]), p["archived_on"] is not None)
                for p in person_repo.people(self._data)]

    def person(self, employee_id: int) -> dict:
        row = person_repo.person_row(self._data, employee_id)
        if row is None:
            raise KuhinaError("no such person", code="person_missing")
        return row

    # ----- what an erasure does -----------------------------------------------------------------
    def plan_erasure(self, employee_id: int) -> ErasurePlan:
        person = self.person(employee_id)
        delete: dict[str, int] = {}
        keep: list[RetainedGroup] = []
        for link, past, kept, count in self._groups(employee_id):
            if link.category is None:
                delete[link.table] = count
                continue
            if past:
                delete[link.table] = past.count
            if kept:
                keep.append(kept)
        name = f"{person['first_name']} {person['last_name']}".strip()
        return ErasurePlan(employee_id, name, {t: n for t, n in delete.items() if n}, keep)

    def _groups(self, employee_id: int):
        """(link, past group, kept group, row count) for each table that holds the person."""
        for link in person_repo.links(self._data.conn):
            if link.follows:
                continue  # kept or removed with its parent
            count = len(person_repo.rows_of(self._data, link, employee_id))
            if link.category is None or not link.retention_sql:
                yield link, None, None, count
                continue
            references = person_repo.retention_references(self._data, link, employee_id)
            past, kept = group_by_end(link.table, link.category, references, self._today(),
                                      self.retention_years())
            yield link, past, kept, count

    def erase(self, employee_id: int, confirm_name: str) -> ErasureReport:
        plan = self.plan_erasure(employee_id)
        if " ".join(confirm_name.split()) != plan.name:
            raise ValidationError("name does not match", code="erase_confirm_name",
                                  field="confirm_name")
        hetu = self.person(employee_id)["hetu"]
        cipher = protection.cipher_of(self._data)
        index = cipher.blind_index(hetu) if cipher else None
        self._apply(plan)
        return self._report(plan, hetu, index)

    def _apply(self, plan: ErasurePlan) -> None:
        person = self.person(plan.employee_id)
        previous = person_repo.secure_delete(self._data, True)
        try:
            with self._data.write() as db:
                if plan.removes_everything:
                    self._remove_all(db, plan.employee_id)
                else:
                    self._remove_past(db, plan.employee_id)
                    person_repo.pseudonymise_person(
                        db, plan.employee_id, int(person["birth_date"][:4]), self._today())
                    record_change(db, "employees", plan.employee_id, "pseudonymise",
                                  ["first_name", "last_name", "hetu", "birth_date",
                                   *person_repo.PSEUDONYMISED])
            person_repo.vacuum(self._data)
        finally:
            person_repo.secure_delete(self._data, previous)

    def _remove_all(self, db, employee_id: int) -> None:
        attachments = person_repo.person_attachment_ids(db, employee_id)
        person_repo.delete_person(db, employee_id)
        person_repo.delete_attachments(db, attachments)
        record_change(db, "employees", employee_id, "erase")

    def _remove_past(self, db, employee_id: int) -> None:
        for link, past, _kept, _count in list(self._groups(employee_id)):
            keys = tuple(r[link.key] for r in person_repo.rows_of(self._data, link, employee_id)) \
                if link.category is None else (past.keys if past else ())
            self._delete_group(db, link, keys)

    def _delete_group(self, db, link: person_repo.PersonLink, keys: tuple[int, ...]) -> None:
        attachments = person_repo.attachment_ids(db, link.table, keys)
        person_repo.delete_rows(db, link, keys)
        person_repo.delete_attachments(db, attachments)
        for key in keys:
            record_change(db, link.table, key, "delete")

    def _report(self, plan: ErasurePlan, hetu: str, index: str | None = None) -> ErasureReport:
        try:  # the newest copies should no longer hold the person
            fresh = self._backups.backup_now("after-erasure").path
        except KuhinaError:
            fresh = None  # the erasure itself is done; the copies are listed all the same
        holding, unknown = [], []
        for entry in self._backups.list_backups():
            if entry.path == fresh:
                continue
            contains = person_repo.file_contains_person(entry.path, hetu, index)
            if contains:
                holding.append((entry, backup_rules.latest_expiry(entry.made_at)))
            elif contains is None:
                unknown.append(entry)
        return ErasureReport(plan, holding, unknown)

    # ----- the yearly review --------------------------------------------------------------------
    def retention_review(self) -> list[ReviewItem]:
        """Records past their retention time, person by person; and people with nothing left."""
        items: list[ReviewItem] = []
        for person in self.people():
            kept_any = False
            for _link, past, kept, _count in self._groups(person.id):
                if past:
                    items.append(ReviewItem(person.id, person.name, past))
                kept_any = kept_any or bool(kept)
            if person.archived and not kept_any:
                items.append(ReviewItem(person.id, person.name, None))
        return items

    def delete_expired(self, employee_id: int, table: str) -> int:
        """Remove one table's records of a person whose retention time has passed."""
        for link, past, _kept, _count in self._groups(employee_id):
            if link.table == table and past:
                previous = person_repo.secure_delete(self._data, True)
                try:
                    with self._data.write() as db:
                        self._delete_group(db, link, past.keys)
                    person_repo.vacuum(self._data)
                finally:
                    person_repo.secure_delete(self._data, previous)
                return past.count
        return 0

    # ----- the access request (services/access.py builds it) ----------------------------------
    def can_see_health(self) -> bool:
        """Whether the current user is a named health-data handler (the employee register's
        rule, so both places answer alike)."""
        from kuhina_desktop.services.employees import is_health_handler

        return is_health_handler(self._data, self._user())

    def require_health_handler(self) -> None:
        """Health-related data goes into an access request only by a named handler's hand."""
        if not self.can_see_health():
            from kuhina_desktop.services.employees import HealthDataDenied

            raise HealthDataDenied("not a health-data handler", code="health_export_denied",
                                   field="include_health")

    def access_report(self, employee_id: int, include_health: bool = False) -> dict:
        from kuhina_desktop.services.access import build_access_report

        return build_access_report(self._data, self, employee_id, include_health)

    def export_access(self, employee_id: int, target, include_health: bool = False):
        from kuhina_desktop.services.access import export_json

        return export_json(self.access_report(employee_id, include_health), target)

    def mark_reviewed(self) -> None:
        with self._data.write() as db:
            association_repo.set_setting(db, REVIEWED_KEY, self._today().isoformat())
            record_change(db, "settings", None, "update", [REVIEWED_KEY])

    def last_reviewed(self) -> date | None:
        value = association_repo.get_setting(self._data, REVIEWED_KEY, None)
        return date.fromisoformat(value) if value else None
