"""Training packages, enrolments and certificates: one transaction per action, audit rows with
field names only, and the certificate created by a completion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import (
    KuhinaError,
    StorageFault,
    ValidationError,
    ValidationErrors,
)
from kuhina_desktop.domain.training import (
    Certificate,
    CertificateType,
    EnrolmentStatus,
    ExpiryMark,
    Funder,
    GapReason,
    PackageKind,
    RoleRequirement,
    TrainingPackage,
)
from kuhina_desktop.storage import training_repo
from tests.services.conftest import TODAY
from tests.services.training_people import add_person


def _count(services, table: str) -> int:
    return services.data.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]


def _audit(services, table: str) -> list[tuple[str, str]]:
    rows = services.data.query("SELECT action, fields FROM audit_log WHERE table_name = ?"
                               " ORDER BY id", (table,))
    return [(r["action"], r["fields"]) for r in rows]


def _type_id(training, code: str) -> int:
    return next(t.id for t in training.certificate_types() if t.code == code)


def _package(training, code: str | None = "tyoturvallisuuskortti") -> TrainingPackage:
    return training.save_package(TrainingPackage(
        title="Työturvallisuuskorttikoulutus", kind=PackageKind.COURSE,
        funder=Funder.KUHINA_ESR, provider="Koulutus Oy", planned_hours=Decimal(8),
        cost_cents=9500, certificate_type_id=_type_id(training, code) if code else None))


def test_seeded_certificate_types_have_their_validity(training) -> None:
    types = {t.code: t for t in training.certificate_types()}
    assert types["tyoturvallisuuskortti"].validity_months == 60
    assert types["hygieniapassi"].validity_months is None
    assert types["ea1"].validity_months == types["ea2"].validity_months == 36
    assert types["tulityokortti"].validity_months == 60
    assert types["tieturva1"].validity_months == 60 and types["tieturva1"].month_precision
    assert types["anniskelupassi"].validity_months is None


def test_certificate_type_is_editable_but_names_stay_unique(services, training) -> None:
    card = next(t for t in training.certificate_types() if t.code == "ea1")
    saved = training.save_certificate_type(replace(card, validity_months=24, notes="SPR"))
    assert saved.code == "ea1" and saved.validity_months == 24
    assert _audit(services, "certificate_types") == [("update", '["notes", "validity_months"]')]
    with pytest.raises(ValidationErrors) as info:
        training.save_certificate_type(CertificateType(name="TYÖTURVALLISUUSKORTTI"))
    assert info.value.errors[0].code == "tr_type_name_taken"
    assert _count(services, "certificate_types") == 11


def test_package_saved_with_audit_of_field_names(services, training) -> None:
    pkg = _package(training)
    assert training.package(pkg.id).cost_cents == 9500
    action, fields = _audit(services, "training_packages")[0]
    assert action == "insert" and "cost_cents" in fields and "9500" not in fields


def test_enrol_many_in_one_transaction(services, training) -> None:
    pkg = _package(training)
    people = [add_person(services.data, "Aino", "Mäkinen"), add_person(services.data, "Eero",
                                                                       "Nieminen")]
    ids = training.enrol(pkg.id, people, start=date(2026, 5, 4))
    rows = training.enrolment_rows(package_id=pkg.id)
    assert sorted(r.employee_name for r in rows) == ["Aino Mäkinen", "Eero Nieminen"]
    assert {r.enrolment.status for r in rows} == {EnrolmentStatus.PLANNED}
    assert len(ids) == 2 and len(_audit(services, "enrolments")) == 2


def test_enrol_is_all_or_nothing(services, training) -> None:
    pkg = _package(training)
    ok = add_person(services.data, "Aino", "Mäkinen")
    gone = add_person(services.data, "Olli", "Entinen", archived_on=date(2025, 12, 31))
    with pytest.raises(ValidationErrors) as info:
        training.enrol(pkg.id, [ok, gone])
    error = info.value.errors[0]
    assert (error.code, error.field, error.params["name"]) == (
        "tr_employee_archived", "enrolment_employee_id", "Olli Entinen")
    assert _count(services, "enrolments") == 0 and _audit(services, "enrolments") == []


def test_enrol_refuses_a_second_active_enrolment(services, training) -> None:
    pkg = _package(training)
    person = add_person(services.data, "Aino", "Mäkinen")
    training.enrol(pkg.id, [person])
    with pytest.raises(ValidationErrors) as info:
        training.enrol(pkg.id, [person])
    assert info.value.errors[0].code == "tr_already_enrolled"
    with pytest.raises(ValidationError) as nobody:
        training.enrol(pkg.id, [])
    assert nobody.value.code == "tr_no_employees"


def test_completing_grants_the_certificate_in_the_same_transaction(services, training) -> None:
    pkg = _package(training)
    person = add_person(services.data, "Aino", "Mäkinen")
    [enrolment_id] = training.enrol(pkg.id, [person], status=EnrolmentStatus.ONGOING)
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    done = replace(enrolment, status=EnrolmentStatus.COMPLETED, completed_on=date(2026, 5, 8),
                   hours_attended=Decimal(8), result="Hyväksytty")
    result = training.save_enrolment(done)
    cert = result.certificate
    assert cert is not None
    assert (cert.employee_id, cert.issued_on, cert.expires_on) == (
        person, date(2026, 5, 8), date(2031, 5, 8))
    assert cert.issuer == "Koulutus Oy" and cert.enrolment_id == enrolment_id
    assert [r.certificate.id for r in training.certificate_rows()] == [cert.id]
    assert training.enrolment_rows()[0].certificate_id == cert.id
    assert _audit(services, "certificates")[0][0] == "insert"
    again = training.save_enrolment(replace(done, result="Hyväksytty, hyvä"))
    assert again.certificate is None and _count(services, "certificates") == 1


def test_failed_certificate_write_leaves_the_enrolment_unchanged(services, training,
                                                                 monkeypatch) -> None:
    pkg = _package(training)
    person = add_person(services.data, "Aino", "Mäkinen")
    [enrolment_id] = training.enrol(pkg.id, [person], status=EnrolmentStatus.ONGOING)
    audit_before = _count(services, "audit_log")

    def broken(db, cert):
        raise OSError("disk went away")

    monkeypatch.setattr(training_repo, "save_certificate", broken)
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    with pytest.raises(StorageFault):
        training.save_enrolment(replace(enrolment, status=EnrolmentStatus.COMPLETED,
                                        completed_on=date(2026, 5, 8)))
    assert training_repo.enrolment(services.data, enrolment_id).status == EnrolmentStatus.ONGOING
    assert _count(services, "certificates") == 0
    assert _count(services, "audit_log") == audit_before


def test_package_without_certificate_grants_none(services, training) -> None:
    pkg = _package(training, code=None)
    [enrolment_id] = training.enrol(pkg.id, [add_person(services.data, "Aino", "Mäkinen")])
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    result = training.save_enrolment(replace(enrolment, status=EnrolmentStatus.COMPLETED,
                                             completed_on=TODAY))
    assert result.certificate is None and _count(services, "certificates") == 0


def test_corrected_completion_day_moves_the_granted_certificate(services, training) -> None:
    pkg = _package(training, code="tieturva1")
    [enrolment_id] = training.enrol(pkg.id, [add_person(services.data, "Aino", "Mäkinen")])
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    first = replace(enrolment, status=EnrolmentStatus.COMPLETED, completed_on=date(2026, 4, 28))
    cert = training.save_enrolment(first).certificate
    assert cert.expires_on == date(2031, 4, 30)  # month precision
    training.save_enrolment(replace(first, completed_on=date(2026, 5, 2)))
    moved = training_repo.certificate(services.data, cert.id)
    assert (moved.issued_on, moved.expires_on) == (date(2026, 5, 2), date(2031, 5, 31))


def test_granted_enrolment_cannot_be_uncompleted(services, training) -> None:
    pkg = _package(training)
    [enrolment_id] = training.enrol(pkg.id, [add_person(services.data, "Aino", "Mäkinen")])
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    done = replace(enrolment, status=EnrolmentStatus.COMPLETED, completed_on=TODAY)
    training.save_enrolment(done)
    with pytest.raises(ValidationErrors) as info:
        training.save_enrolment(replace(done, status=EnrolmentStatus.INTERRUPTED))
    assert info.value.errors[0].code == "tr_certificate_granted"
    assert training_repo.enrolment(services.data, enrolment_id).status == "completed"


def test_invalid_enrolment_changes_nothing(services, training) -> None:
    pkg = _package(training)
    [enrolment_id] = training.enrol(pkg.id, [add_person(services.data, "Aino", "Mäkinen")])
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    audit_before = _count(services, "audit_log")
    with pytest.raises(ValidationErrors):
        training.save_enrolment(replace(enrolment, status=EnrolmentStatus.COMPLETED))
    assert training_repo.enrolment(services.data, enrolment_id) == enrolment
    assert _count(services, "audit_log") == audit_before


def test_deleting_an_enrolment_keeps_its_certificate(services, training) -> None:
    pkg = _package(training)
    [enrolment_id] = training.enrol(pkg.id, [add_person(services.data, "Aino", "Mäkinen")])
    enrolment = training_repo.enrolment(services.data, enrolment_id)
    cert = training.save_enrolment(replace(enrolment, status=EnrolmentStatus.COMPLETED,
                                           completed_on=TODAY)).certificate
    training.delete_enrolment(enrolment_id)
    assert training_repo.certificate(services.data, cert.id).enrolment_id is None
    with pytest.raises(KuhinaError) as info:
        training.delete_enrolment(enrolment_id)
    assert info.value.code == "tr_not_found"


# --- certificates and scans -----------------------------------------------------------------


def _scan(tmp_path: Path, name: str = "kortti.pdf", size: int = 100) -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 " + b"x" * size)
    return path


def test_certificate_with_scan_and_its_replacement(services, training, tmp_path) -> None:
    person = add_person(services.data, "Aino", "Mäkinen")
    cert = training.save_certificate(Certificate(
        employee_id=person, type_id=_type_id(training, "hygieniapassi"),
        issued_on=date(2020, 1, 15), verified_by="Maija Virtanen"), scan=_scan(tmp_path))
    assert training.certificate_scan(cert.id)[0] == "kortti.pdf"
    replaced = training.save_certificate(cert, scan=_scan(tmp_path, "uusi.png", 10))
    assert training.certificate_scan(replaced.id)[0] == "uusi.png"
    assert _count(services, "attachments") == 1
    training.save_certificate(replaced, remove_scan=True)
    assert training.certificate_scan(cert.id) is None and _count(services, "attachments") == 0
    assert all("Maija" not in r["fields"] for r in services.data.query(
        "SELECT fields FROM audit_log"))


def test_bad_scan_saves_nothing(services, training, tmp_path) -> None:
    person = add_person(services.data, "Aino", "Mäkinen")
    cert = Certificate(employee_id=person, type_id=_type_id(training, "ea1"),
                       issued_on=date(2025, 1, 15), expires_on=date(2028, 1, 15))
    for path, code in ((_scan(tmp_path, "kortti.docx"), "tr_scan_type"),
                       (tmp_path / "poissa.pdf", "tr_scan_unreadable")):
        with pytest.raises(ValidationError) as info:
            training.save_certificate(cert, scan=path)
        assert (info.value.code, info.value.field) == (code, "certificate_scan")
    assert _count(services, "certificates") == 0 and _count(services, "attachments") == 0


def test_deleting_a_certificate_removes_its_scan(services, training, tmp_path) -> None:
    person = add_person(services.data, "Aino", "Mäkinen")
    cert = training.save_certificate(Certificate(
        employee_id=person, type_id=_type_id(training, "ea1"), issued_on=date(2025, 1, 15),
        expires_on=date(2028, 1, 15)), scan=_scan(tmp_path))
    training.delete_certificate(cert.id)
    assert _count(services, "certificates") == 0 and _count(services, "attachments") == 0


def test_certificate_rows_mark_expiry_and_superseded(services, training) -> None:
    person = add_person(services.data, "Aino", "Mäkinen")
    card = _type_id(training, "tyoturvallisuuskortti")
    for issued, expires in ((date(2016, 6, 1), date(2021, 6, 1)),
                            (date(2021, 6, 1), date(2026, 6, 1))):
        training.save_certificate(Certificate(employee_id=person, type_id=card,
                                              issued_on=issued, expires_on=expires))
    rows = training.certificate_rows()
    assert [(r.mark, r.superseded) for r in rows] == [(ExpiryMark.EXPIRED, True),
                                                      (ExpiryMark.WITHIN_30, False)]
    assert training.expected_expiry(card, date(2021, 3, 15)) == date(2026, 3, 15)


def test_role_gaps_from_contracts_in_force(services, training) -> None:
    kitchen = add_person(services.data, "Aino", "Mäkinen", job_title="Keittiötyöntekijä")
    add_person(services.data, "Eero", "Entinen", job_title="Keittiötyöntekijä",
               end=date(2026, 1, 31))  # the contract has ended: no gap
    hygiene = _type_id(training, "hygieniapassi")
    training.add_requirement(RoleRequirement(job_title="keittiö", certificate_type_id=hygiene))
    gaps = training.role_gaps()
    assert [(g.employee_id, g.reason) for g in gaps] == [(kitchen, GapReason.MISSING)]
    training.save_certificate(Certificate(employee_id=kitchen, type_id=hygiene,
                                          issued_on=date(2026, 5, 1)))
    assert training.role_gaps() == []
    with pytest.raises(ValidationErrors) as info:
        training.add_requirement(RoleRequirement(job_title="KEITTIÖ",
                                                 certificate_type_id=hygiene))
    assert info.value.errors[0].code == "tr_requirement_exists"
    training.delete_requirement(training.requirements()[0].id)
    assert training.requirements() == []
