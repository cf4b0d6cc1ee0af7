"""Training packages, enrolments, certificates and role requirements (coaching, outcomes and job
opportunities are in ``services.coaching``, reached as ``services.training.coaching``).

Every write validates first, then runs as one transaction with its audit rows (field names
only). Completing an enrolment in a package that grants a certificate creates the certificate
in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from kuhina_desktop.domain.employees import Employee
from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.training import (
    Certificate,
    CertificateType,
    EmployeeRole,
    Enrolment,
    EnrolmentStatus,
    ExpiryMark,
    RoleGap,
    RoleRequirement,
    TrainingPackage,
    current_certificates,
    expiry_for,
    expiry_mark,
    role_gaps,
)
from kuhina_desktop.domain.training_checks import (
    validate_certificate_type,
    validate_enrolment,
    validate_package,
    validate_requirement,
)
from kuhina_desktop.services.coaching import CoachingService
from kuhina_desktop.services.training_certificates import CertificateWrites
from kuhina_desktop.services.training_common import changed_fields, not_found
from kuhina_desktop.storage import training_repo as repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile


@dataclass(frozen=True)
class EnrolmentRow:
    enrolment: Enrolment
    employee_name: str
    package_title: str
    certificate_id: int | None  # the certificate the completion granted, if any


@dataclass(frozen=True)
class CertificateRow:
    certificate: Certificate
    employee_name: str
    type_name: str
    mark: ExpiryMark
    superseded: bool  # a newer certificate of the same type replaces it: no reminder


@dataclass(frozen=True)
class SaveResult:
    enrolment: Enrolment
    certificate: Certificate | None  # created by this save


class TrainingService(CertificateWrites):
    def __init__(self, data: DataFile, today: Callable[[], date] = date.today) -> None:
        self._data = data
        self._today = today
        self.coaching = CoachingService(data, today)

    def today(self) -> date:
        return self._today()

    # ----- reading ------------------------------------------------------------------------
    def employees(self, include_archived: bool = True) -> list[Employee]:
        people = repo.employees(self._data)
        return [e for e in people if include_archived or not e.archived]

    def employee_names(self) -> dict[int, str]:
        """Names as written ("Aino Kettunen"), in the order of the employees list (surname)."""
        return {e.id: e.full_name for e in repo.employees(self._data)}

    def certificate_types(self) -> list[CertificateType]:
        return repo.certificate_types(self._data)

    def packages(self, include_archived: bool = True) -> list[TrainingPackage]:
        return [p for p in repo.packages(self._data) if include_archived or not p.archived]

    def package(self, package_id: int) -> TrainingPackage:
        return repo.package(self._data, package_id) or not_found("training_packages")

    def enrolment_rows(self, *, package_id: int | None = None,
                       employee_id: int | None = None) -> list[EnrolmentRow]:
        names = self.employee_names()
        titles = {p.id: p.title for p in repo.packages(self._data)}
        granted = {c.enrolment_id: c.id for c in repo.certificates(self._data)
                   if c.enrolment_id is not None}
        return [EnrolmentRow(e, names.get(e.employee_id, ""), titles.get(e.package_id, ""),
                             granted.get(e.id))
                for e in repo.enrolments(self._data, package_id=package_id,
                                         employee_id=employee_id)]

    def certificate_rows(self, employee_id: int | None = None) -> list[CertificateRow]:
        today = self.today()
        names = self.employee_names()
        types = {t.id: t.name for t in repo.certificate_types(self._data)}
        certs = repo.certificates(self._data, employee_id)
        current = {c.id for c in current_certificates(certs)}
        rows = [CertificateRow(c, names.get(c.employee_id, ""), types.get(c.type_id, ""),
                               expiry_mark(c.expires_on, today), c.id not in current)
                for c in certs]
        rank = {employee: number for number, employee in enumerate(names)}  # by surname
        return sorted(rows, key=lambda r: (rank.get(r.certificate.employee_id, len(rank)),
                                           r.type_name, r.certificate.issued_on))

    def roles(self) -> list[EmployeeRole]:
        """Job titles of the contracts in force today."""
        return repo.roles_on(self._data, self.today())

    def requirements(self) -> list[RoleRequirement]:
        return repo.requirements(self._data)

    def role_gaps(self) -> list[RoleGap]:
        today = self.today()
        return role_gaps(repo.roles_on(self._data, today), repo.requirements(self._data),
                         repo.certificates(self._data), today)

    def expected_expiry(self, type_id: int, issued: date) -> date | None:
        cert_type = repo.certificate_type(self._data, type_id)
        return None if cert_type is None else expiry_for(issued, cert_type)

    # ----- certificate types and packages -------------------------------------------------
    def save_certificate_type(self, cert_type: CertificateType) -> CertificateType:
        clean = validate_certificate_type(cert_type)
        if repo.type_name_taken(self._data, clean.name, clean.id):
            raise ValidationErrors([ValidationError("name taken", code="tr_type_name_taken",
                                                    field="cert_type_name", name=clean.name)])
        before = None if clean.id is None else repo.certificate_type(self._data, clean.id)
        if clean.id is not None and before is None:
            not_found("certificate_types")
        with self._data.write() as db:
            type_id = repo.save_certificate_type(db, clean)
            record_change(db, "certificate_types", type_id, "insert" if before is None
                          else "update", changed_fields(before, clean))
        return replace(clean, id=type_id, code=before.code if before else None)

    def save_package(self, pkg: TrainingPackage) -> TrainingPackage:
        clean = validate_package(pkg)
        if clean.certificate_type_id is not None and repo.certificate_type(
                self._data, clean.certificate_type_id) is None:
            raise ValidationErrors([ValidationError("type", code="choice",
                                                    field="package_certificate_type_id")])
        before = None if clean.id is None else self.package(clean.id)
        with self._data.write() as db:
            package_id = repo.save_package(db, clean)
            record_change(db, "training_packages", package_id,
                          "insert" if before is None else "update", changed_fields(before, clean))
        return replace(clean, id=package_id)

    # ----- enrolments -----------------------------------------------------------------------
    def enrol(self, package_id: int, employee_ids: Iterable[int], *,
              status: EnrolmentStatus = EnrolmentStatus.PLANNED,
              start: date | None = None) -> list[int]:
        """Enrol several employees at once: all of them, or (on any error) none."""
        pkg = self.package(package_id)
        if pkg.archived:
            raise ValidationError("archived", code="tr_package_archived",
                                  field="enrolment_package_id", title=pkg.title)
        ids = list(dict.fromkeys(employee_ids))
        if not ids:
            raise ValidationError("nobody", code="tr_no_employees", field="enrolment_employee_id")
        today = self.today()
        items = [validate_enrolment(Enrolment(employee_id=i, package_id=package_id,
                                              status=status, start=start), today) for i in ids]
        self._check_enrollable(package_id, ids)
        with self._data.write() as db:
            new_ids = [repo.save_enrolment(db, item) for item in items]
            for new_id, item in zip(new_ids, items, strict=True):
                record_change(db, "enrolments", new_id, "insert", changed_fields(None, item))
        return new_ids

    def _check_enrollable(self, package_id: int, employee_ids: list[int]) -> None:
        people = {e.id: e for e in repo.employees(self._data)}
        busy = {e.employee_id for e in repo.enrolments(self._data, package_id=package_id)
                if e.status in (EnrolmentStatus.PLANNED, EnrolmentStatus.ONGOING)}
        problems = []
        for employee_id in employee_ids:
            person = people.get(employee_id)
            if person is None:
                problems.append(ValidationError("gone", code="tr_not_found",
                                                field="enrolment_employee_id"))
            elif person.archived:
                problems.append(ValidationError("archived", code="tr_employee_archived",
                                                field="enrolment_employee_id",
                                                name=person.full_name))
            elif employee_id in busy:
                problems.append(ValidationError("busy", code="tr_already_enrolled",
                                                field="enrolment_employee_id",
                                                name=person.full_name))
        if problems:
            raise ValidationErrors(problems)

    def save_enrolment(self, enrolment: Enrolment) -> SaveResult:
        """Save an edited enrolment; completing it may create (or move) its certificate."""
        before = repo.enrolment(self._data, enrolment.id) if enrolment.id else None
        if before is None:
            not_found("enrolments")
        clean = validate_enrolment(replace(enrolment, employee_id=before.employee_id,
                                           package_id=before.package_id), self.today())
        granted = repo.certificate_of_enrolment(self._data, clean.id)
        if granted is not None and clean.status != EnrolmentStatus.COMPLETED:
            raise ValidationErrors([ValidationError("granted", code="tr_certificate_granted",
                                                    field="enrolment_status")])
        pkg = self.package(clean.package_id)
        with self._data.write() as db:
            repo.save_enrolment(db, clean)
            record_change(db, "enrolments", clean.id, "update", changed_fields(before, clean))
            created = self._certificate_for(db, clean, pkg, granted, before)
        return SaveResult(clean, created)

    def _certificate_for(self, db, enrolment: Enrolment, pkg: TrainingPackage,
                         granted: Certificate | None, before: Enrolment) -> Certificate | None:
        """Create the package's certificate on completion; when the completion day of an
        already granted one is corrected, move its issue day (and expiry) with it."""
        if enrolment.status != EnrolmentStatus.COMPLETED or pkg.certificate_type_id is None:
            return None
        cert_type = repo.certificate_type(self._data, pkg.certificate_type_id)
        if granted is None:
            cert = Certificate(employee_id=enrolment.employee_id, type_id=cert_type.id,
                               issued_on=enrolment.completed_on, issuer=pkg.provider,
                               expires_on=expiry_for(enrolment.completed_on, cert_type),
                               enrolment_id=enrolment.id)
            cert = replace(cert, id=repo.save_certificate(db, cert))
            record_change(db, "certificates", cert.id, "insert", changed_fields(None, cert))
            return cert
        if granted.issued_on == before.completed_on != enrolment.completed_on:
            moved = replace(granted, issued_on=enrolment.completed_on,
                            expires_on=expiry_for(enrolment.completed_on, cert_type))
            repo.save_certificate(db, moved)
            record_change(db, "certificates", moved.id, "update",
                          changed_fields(granted, moved))
        return None

    def delete_enrolment(self, enrolment_id: int) -> None:
        """A granted certificate stays (it was earned); it just loses its link."""
        with self._data.write() as db:
            if not repo.delete_row(db, "enrolments", enrolment_id):
                not_found("enrolments")
            record_change(db, "enrolments", enrolment_id, "delete")

    # ----- role requirements ----------------------------------------------------------------
    def add_requirement(self, requirement: RoleRequirement) -> RoleRequirement:
        clean = validate_requirement(requirement)
        problems = []
        if repo.certificate_type(self._data, clean.certificate_type_id) is None:
            problems.append(ValidationError("type", code="choice",
                                            field="requirement_certificate_type_id"))
        elif repo.requirement_exists(self._data, clean.job_title, clean.certificate_type_id):
            problems.append(ValidationError("dup", code="tr_requirement_exists",
                                            field="requirement_job_title", role=clean.job_title))
        if problems:
            raise ValidationErrors(problems)
        with self._data.write() as db:
            new_id = repo.add_requirement(db, clean)
            record_change(db, "role_requirements", new_id, "insert",
                          ["job_title", "certificate_type_id"])
        return replace(clean, id=new_id)

    def delete_requirement(self, requirement_id: int) -> None:
        with self._data.write() as db:
            if not repo.delete_row(db, "role_requirements", requirement_id):
                not_found("role_requirements")
            record_change(db, "role_requirements", requirement_id, "delete")
