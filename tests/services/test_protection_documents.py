"""Stored documents under password protection: sealed per row, readable when unlocked, plain
again when protection is removed; the slow work runs on a connection of its own."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.domain.training import Certificate
from kuhina_desktop.services.training import TrainingService
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.crypto import BLOB_PREFIX
from tests.code_pdf import MARKER, decision_pdf
from tests.services.conftest import TODAY
from tests.services.decision_people import add_employee, record

PASSWORD = "Koivikko-2026"


def _pdf_path(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _raw(services) -> dict[int, bytes]:
    return {r["id"]: bytes(r["data"]) for r in
            services.data.query("SELECT id, data FROM attachments ORDER BY id")}


@pytest.fixture
def decision(services, tmp_path: Path) -> tuple[int, bytes]:
    person = add_employee(services, "Aino", "Kettunen", 931, (date(2026, 1, 1), None, "30", "37.5"))
    code = services.employees.reveal_hetu(person)
    pdf = decision_pdf(code)
    saved = services.decisions.save(record(person), pdf=_pdf_path(tmp_path, "a.pdf", pdf)).record
    return saved.id, pdf


def test_enable_seals_existing_documents_and_disable_restores_them(services, decision) -> None:
    decision_id, pdf = decision
    assert list(_raw(services).values()) == [pdf]
    result = services.protection.enable(PASSWORD, PASSWORD)
    assert (result.people, result.documents) == (1, 1)
    sealed = list(_raw(services).values())[0]
    assert sealed.startswith(BLOB_PREFIX) and MARKER.encode() not in sealed
    assert services.decisions.files.get(decision_id).data == pdf
    result = services.protection.disable(PASSWORD)
    assert result.documents == 1 and list(_raw(services).values()) == [pdf]
    assert services.decisions.files.get(decision_id).data == pdf


def test_documents_added_while_protected_are_sealed(services, decision, tmp_path) -> None:
    decision_id, _pdf = decision
    services.protection.enable(PASSWORD, PASSWORD)
    other = decision_pdf("010180-999X", marker="Toinen-paatos")
    services.decisions.files.attach(decision_id, _pdf_path(tmp_path, "b.pdf", other))
    assert all(v.startswith(BLOB_PREFIX) and b"Toinen-paatos" not in v
               for v in _raw(services).values())
    assert services.decisions.files.get(decision_id).data == other
    training = TrainingService(services.data, today=lambda: TODAY)
    type_id = next(t.id for t in training.certificate_types() if t.code == "ea1")
    scan = _pdf_path(tmp_path, "kortti.pdf", b"%PDF-1.4 Kortin-skannaus-77")
    person = services.decisions.get(decision_id).employee_id
    cert = training.save_certificate(Certificate(
        employee_id=person, type_id=type_id, issued_on=date(2025, 1, 15),
        expires_on=date(2028, 1, 15)), scan=scan)
    assert b"Kortin-skannaus-77" not in b"".join(_raw(services).values())
    assert training.certificate_scan(cert.id) == ("kortti.pdf", b"%PDF-1.4 Kortin-skannaus-77")


def test_change_password_leaves_documents_as_they_are(services, decision) -> None:
    services.protection.enable(PASSWORD, PASSWORD)
    before = _raw(services)
    services.protection.change_password(PASSWORD, "Uusi-salasana-9", "Uusi-salasana-9")
    assert _raw(services) == before
    services.data.cipher = None
    services.protection.unlock("Uusi-salasana-9")
    assert services.decisions.files.get(decision[0]).data == decision[1]


def test_a_sealed_document_moved_to_another_row_does_not_open(services, decision,
                                                              tmp_path) -> None:
    services.protection.enable(PASSWORD, PASSWORD)
    second = services.decisions.save(record(services.decisions.get(decision[0]).employee_id,
                                            decision_number="PKTYA/2/2025",
                                            start=date(2026, 11, 1), end=date(2027, 4, 30)),
                                     pdf=_pdf_path(tmp_path, "c.pdf", decision_pdf("x"))).record
    raw = _raw(services)
    first_id, second_id = sorted(raw)
    with services.data.write() as db:
        db.execute("UPDATE attachments SET data = ? WHERE id = ?", [raw[first_id], second_id])
    with pytest.raises(KuhinaError) as damaged:
        services.decisions.files.get(second.id)
    assert damaged.value.code == "protected_value_damaged"


def test_the_job_works_on_another_thread_and_the_key_lands_on_the_open_file(services,
                                                                            decision) -> None:
    job = services.protection.enable_job(PASSWORD, PASSWORD)
    assert services.data.cipher is None and not services.protection.is_protected()
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(job.work()))
    worker.start()
    worker.join(60)
    assert outcome and services.data.cipher is None  # nothing changes on the open file yet
    result = job.finish(outcome[0])
    assert result.documents == 1 and services.data.cipher is not None
    assert services.decisions.files.get(decision[0]).data == decision[1]
    assert protection.read_header(services.data) is not None


def test_wrong_password_in_a_job_changes_nothing(services, decision) -> None:
    services.protection.enable(PASSWORD, PASSWORD)
    before = _raw(services)
    job = services.protection.disable_job("väärä-salasana")
    with pytest.raises(protection.WrongPassword):
        job.work()
    assert _raw(services) == before and services.protection.is_protected()
