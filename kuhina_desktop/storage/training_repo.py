"""Certificate types, training packages, enrolments, certificates and role requirements.

Reads take the DataFile; writes take the Database of the caller's transaction, so a service
can put several writes and their audit rows into one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.domain.employees import Employee
from kuhina_desktop.domain.training import (
    Certificate,
    CertificateType,
    EmployeeRole,
    Enrolment,
    EnrolmentStatus,
    Funder,
    PackageKind,
    RoleRequirement,
    TrainingPackage,
)
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def day_of(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def insert_or_update(db: Database, table: str, row_id: int | None, values: dict) -> int:
    """Write ``values`` (column names are constants of this package, never user input)."""
    columns = list(values)
    if row_id is None:
        marks = ", ".join("?" for _ in columns)
        cursor = db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                            [values[c] for c in columns])
        return int(cursor.lastrowid)
    assignments = ", ".join(f"{c} = ?" for c in columns)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
               [*(values[c] for c in columns), row_id])
    return row_id


# --- employees, read only (the register itself belongs to the employees area) ---------------


def employees(data: DataFile) -> list[Employee]:
    rows = data.query("SELECT id, first_name, last_name, archived_on FROM employees"
                      " ORDER BY last_name, first_name, id")
    return [Employee(id=r["id"], first_name=r["first_name"], last_name=r["last_name"],
                     archived_on=day_of(r["archived_on"])) for r in rows]


def roles_on(data: DataFile, day: date) -> list[EmployeeRole]:
    """Job titles of contracts in force on ``day`` for employees still on the register."""
    rows = data.query(
        "SELECT e.id, e.first_name, e.last_name, c.job_title FROM contracts c"
        " JOIN employees e ON e.id = c.employee_id"
        " WHERE e.archived_on IS NULL AND c.start_date <= ?"
        " AND (c.end_date IS NULL OR c.end_date >= ?)"
        " ORDER BY e.last_name, e.first_name, c.start_date", (day.isoformat(), day.isoformat()))
    return [EmployeeRole(employee_id=r["id"], employee_name=f"{r['first_name']} {r['last_name']}",
                         job_title=r["job_title"]) for r in rows]


# --- certificate types ----------------------------------------------------------------------

_TYPE_COLUMNS = "id, code, name, validity_months, month_precision, notes"


def _cert_type(row) -> CertificateType:
    return CertificateType(id=row["id"], code=row["code"], name=row["name"],
                           validity_months=row["validity_months"],
                           month_precision=bool(row["month_precision"]), notes=row["notes"])


def certificate_types(data: DataFile) -> list[CertificateType]:
    rows = data.query(f"SELECT {_TYPE_COLUMNS} FROM certificate_types ORDER BY name")
    return [_cert_type(r) for r in rows]


def certificate_type(data: DataFile, type_id: int) -> CertificateType | None:
    rows = data.query(f"SELECT {_TYPE_COLUMNS} FROM certificate_types WHERE id = ?", (type_id,))
    return _cert_type(rows[0]) if rows else None


def type_name_taken(data: DataFile, name: str, except_id: int | None) -> bool:
    """Compared in Python: SQLite's NOCASE folds only ASCII, and these names have ä and ö."""
    rows = data.query("SELECT id, name FROM certificate_types")
    wanted = name.casefold()
    return any(r["name"].casefold() == wanted and r["id"] != except_id for r in rows)


def save_certificate_type(db: Database, cert_type: CertificateType) -> int:
    return insert_or_update(db, "certificate_types", cert_type.id, {
        "name": cert_type.name, "validity_months": cert_type.validity_months,
        "month_precision": int(cert_type.month_precision), "notes": cert_type.notes})


# --- training packages ----------------------------------------------------------------------

_PACKAGE_COLUMNS = ("id, title, kind, provider, funder, planned_hours, cost_cents, modules,"
                    " qualification_unit, certificate_type_id, start_date, end_date, archived")


def _package(row) -> TrainingPackage:
    return TrainingPackage(
        id=row["id"], title=row["title"], kind=PackageKind(row["kind"]),
        provider=row["provider"], funder=Funder(row["funder"]),
        planned_hours=Decimal(row["planned_hours"]), cost_cents=row["cost_cents"],
        modules=row["modules"], qualification_unit=row["qualification_unit"],
        certificate_type_id=row["certificate_type_id"], start=day_of(row["start_date"]),
        end=day_of(row["end_date"]), archived=bool(row["archived"]))


def packages(data: DataFile) -> list[TrainingPackage]:
    rows = data.query(f"SELECT {_PACKAGE_COLUMNS} FROM training_packages"
                      " ORDER BY archived, title COLLATE NOCASE, id")
    return [_package(r) for r in rows]


def package(data: DataFile, package_id: int) -> TrainingPackage | None:
    rows = data.query(f"SELECT {_PACKAGE_COLUMNS} FROM training_packages WHERE id = ?",
                      (package_id,))
    return _package(rows[0]) if rows else None


def save_package(db: Database, pkg: TrainingPackage) -> int:
    return insert_or_update(db, "training_packages", pkg.id, {
        "title": pkg.title, "kind": str(pkg.kind), "provider": pkg.provider,
        "funder": str(pkg.funder), "planned_hours": str(pkg.planned_hours),
        "cost_cents": pkg.cost_cents, "modules": pkg.modules,
        "qualification_unit": pkg.qualification_unit,
        "certificate_type_id": pkg.certificate_type_id, "start_date": iso(pkg.start),
        "end_date": iso(pkg.end), "archived": int(pkg.archived)})


# --- enrolments -----------------------------------------------------------------------------

_ENROLMENT_COLUMNS = ("id, employee_id, package_id, status, start_date, hours_attended,"
                      " completed_on, result")


def _enrolment(row) -> Enrolment:
    return Enrolment(id=row["id"], employee_id=row["employee_id"], package_id=row["package_id"],
                     status=EnrolmentStatus(row["status"]), start=day_of(row["start_date"]),
                     hours_attended=Decimal(row["hours_attended"]),
                     completed_on=day_of(row["completed_on"]), result=row["result"])


def enrolments(data: DataFile, *, package_id: int | None = None,
               employee_id: int | None = None) -> list[Enrolment]:
    rows = data.query(
        f"SELECT {_ENROLMENT_COLUMNS} FROM enrolments"
        " WHERE (? IS NULL OR package_id = ?) AND (? IS NULL OR employee_id = ?)"
        " ORDER BY COALESCE(completed_on, start_date, '9999') DESC, id DESC",
        (package_id, package_id, employee_id, employee_id))
    return [_enrolment(r) for r in rows]


def enrolment(data: DataFile, enrolment_id: int) -> Enrolment | None:
    rows = data.query(f"SELECT {_ENROLMENT_COLUMNS} FROM enrolments WHERE id = ?",
                      (enrolment_id,))
    return _enrolment(rows[0]) if rows else None


def save_enrolment(db: Database, item: Enrolment) -> int:
    return insert_or_update(db, "enrolments", item.id, {
        "employee_id": item.employee_id, "package_id": item.package_id,
        "status": str(item.status), "start_date": iso(item.start),
        "hours_attended": str(item.hours_attended), "completed_on": iso(item.completed_on),
        "result": item.result})


def delete_row(db: Database, table: str, row_id: int) -> bool:
    """Delete one row of a table of this area (``table`` is a constant of the caller)."""
    return db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id]).rowcount == 1


# --- certificates ---------------------------------------------------------------------------

_CERT_COLUMNS = ("id, employee_id, type_id, issued_on, expires_on, issuer, number, verified_by,"
                 " attachment_id, enrolment_id")


def _certificate(row) -> Certificate:
    return Certificate(id=row["id"], employee_id=row["employee_id"], type_id=row["type_id"],
                       issued_on=date.fromisoformat(row["issued_on"]),
                       expires_on=day_of(row["expires_on"]), issuer=row["issuer"],
                       number=row["number"], verified_by=row["verified_by"],
                       attachment_id=row["attachment_id"], enrolment_id=row["enrolment_id"])


def certificates(data: DataFile, employee_id: int | None = None) -> list[Certificate]:
    rows = data.query(f"SELECT {_CERT_COLUMNS} FROM certificates"
                      " WHERE ? IS NULL OR employee_id = ? ORDER BY issued_on DESC, id DESC",
                      (employee_id, employee_id))
    return [_certificate(r) for r in rows]


def certificate(data: DataFile, certificate_id: int) -> Certificate | None:
    rows = data.query(f"SELECT {_CERT_COLUMNS} FROM certificates WHERE id = ?",
                      (certificate_id,))
    return _certificate(rows[0]) if rows else None


def certificate_of_enrolment(data: DataFile, enrolment_id: int) -> Certificate | None:
    rows = data.query(f"SELECT {_CERT_COLUMNS} FROM certificates WHERE enrolment_id = ?",
                      (enrolment_id,))
    return _certificate(rows[0]) if rows else None


def save_certificate(db: Database, cert: Certificate) -> int:
    return insert_or_update(db, "certificates", cert.id, {
        "employee_id": cert.employee_id, "type_id": cert.type_id,
        "issued_on": cert.issued_on.isoformat(), "expires_on": iso(cert.expires_on),
        "issuer": cert.issuer, "number": cert.number, "verified_by": cert.verified_by,
        "attachment_id": cert.attachment_id, "enrolment_id": cert.enrolment_id})


def add_attachment(db: Database, filename: str, mime_type: str, sha256: str,
                   data: bytes, added_at: str, *, cipher) -> int:
    """``cipher`` is ``protection.cipher_of(data)``: a protected file stores the scan sealed."""
    cursor = db.execute("INSERT INTO attachments (filename, mime_type, sha256, data, added_at)"
                        " VALUES (?, ?, ?, X'', ?)", [filename, mime_type, sha256, added_at])
    attachment_id = int(cursor.lastrowid)
    protection.write_attachment(db, cipher, attachment_id, data)
    return attachment_id


def attachment(data: DataFile, attachment_id: int) -> tuple[str, bytes] | None:
    rows = data.query("SELECT filename, data FROM attachments WHERE id = ?", (attachment_id,))
    if not rows:
        return None
    return rows[0]["filename"], protection.read_attachment(data, attachment_id,
                                                           bytes(rows[0]["data"]))


# --- role requirements ----------------------------------------------------------------------


def requirements(data: DataFile) -> list[RoleRequirement]:
    rows = data.query("SELECT id, job_title, certificate_type_id FROM role_requirements"
                      " ORDER BY job_title, certificate_type_id")
    return [RoleRequirement(id=r["id"], job_title=r["job_title"],
                            certificate_type_id=r["certificate_type_id"]) for r in rows]


def requirement_exists(data: DataFile, job_title: str, type_id: int) -> bool:
    rows = data.query("SELECT job_title FROM role_requirements WHERE certificate_type_id = ?",
                      (type_id,))
    return any(r["job_title"].casefold() == job_title.casefold() for r in rows)


def add_requirement(db: Database, requirement: RoleRequirement) -> int:
    return insert_or_update(db, "role_requirements", None, {
        "job_title": requirement.job_title,
        "certificate_type_id": requirement.certificate_type_id})
