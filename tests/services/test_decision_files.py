"""The decision PDF: kept in the file, replaced, removed; anything but a PDF changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.services import decision_files
from kuhina_desktop.services.files import create_association_file
from tests.services.decision_people import ASSOCIATION, add_employee, record

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "f.kuhina", ASSOCIATION)
    yield opened
    opened.close()


@pytest.fixture
def person(services) -> int:
    from datetime import date

    return add_employee(services, "Aino", "Kettunen", 901,
                        (date(2026, 1, 1), None, "24.375", "37.5"))


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _files(services) -> list[tuple[int, str]]:
    return [(r["id"], r["filename"]) for r in
            services.data.query("SELECT id, filename FROM attachments ORDER BY id")]


def test_saved_with_the_decision_and_read_back_byte_for_byte(services, person, tmp_path) -> None:
    pdf = _write(tmp_path, "päätös.pdf", PDF)
    saved = services.decisions.save(record(person), pdf=pdf).record
    stored = services.decisions.files.get(saved.id)
    assert (stored.filename, stored.mime_type, stored.data) == ("päätös.pdf", "application/pdf",
                                                                PDF)
    assert services.decisions.get(saved.id).attachment_id == stored.id
    assert services.decisions.rows()[0].attachment_name == "päätös.pdf"


def test_replace_keeps_one_file_and_remove_drops_it(services, person, tmp_path) -> None:
    saved = services.decisions.save(record(person), pdf=_write(tmp_path, "a.pdf", PDF)).record
    services.decisions.files.attach(saved.id, _write(tmp_path, "b.pdf", PDF + b"%b\n"))
    assert [name for _, name in _files(services)] == ["b.pdf"]
    assert services.decisions.files.get(saved.id).data.endswith(b"%b\n")
    # Editing the decision keeps its file.
    services.decisions.save(services.decisions.get(saved.id))
    assert services.decisions.files.get(saved.id).filename == "b.pdf"
    services.decisions.files.remove(saved.id)
    assert _files(services) == [] and services.decisions.files.get(saved.id) is None
    actions = [r["action"] for r in services.data.query(
        "SELECT action FROM audit_log WHERE table_name = 'attachments' ORDER BY id")]
    assert actions == ["insert", "insert", "delete", "delete"]


def test_not_a_pdf_is_refused_and_nothing_is_saved(services, person, tmp_path) -> None:
    fake = _write(tmp_path, "päätös.pdf", b"PK\x03\x04 a zip file, not a pdf")
    with pytest.raises(ValidationError) as info:
        services.decisions.save(record(person), pdf=fake)
    assert (info.value.code, info.value.field) == ("dec_pdf_not_pdf", "attachment")
    assert services.data.query("SELECT count(*) AS n FROM decisions")[0]["n"] == 0
    assert _files(services) == []


def test_too_big_and_missing_files_are_refused(services, person, tmp_path, monkeypatch) -> None:
    saved = services.decisions.save(record(person)).record
    monkeypatch.setattr(decision_files, "MAX_PDF_BYTES", 50)
    with pytest.raises(ValidationError) as info:
        services.decisions.files.attach(saved.id, _write(tmp_path, "big.pdf", PDF))
    assert info.value.code == "dec_pdf_too_big" and info.value.params["limit_mb"] == "0,0"
    with pytest.raises(ValidationError) as info:
        services.decisions.files.attach(saved.id, tmp_path / "gone.pdf")
    assert info.value.code == "dec_pdf_unreadable"
    assert _files(services) == [] and services.decisions.get(saved.id).attachment_id is None


def test_errors_in_the_decision_keep_the_pdf_out(services, person, tmp_path) -> None:
    with pytest.raises(ValidationErrors):
        services.decisions.save(record(person, payer=""), pdf=_write(tmp_path, "a.pdf", PDF))
    assert _files(services) == []


def test_deleting_a_decision_deletes_its_file(services, person, tmp_path) -> None:
    saved = services.decisions.save(record(person), pdf=_write(tmp_path, "a.pdf", PDF)).record
    services.decisions.delete(saved.id)
    assert _files(services) == [] and services.decisions.rows() == []


def test_save_can_remove_the_stored_pdf_in_the_same_step(services, person, tmp_path) -> None:
    saved = services.decisions.save(record(person), pdf=_write(tmp_path, "a.pdf", PDF)).record
    edited = services.decisions.save(saved, remove_pdf=True).record
    assert edited.attachment_id is None and _files(services) == []
    assert services.decisions.get(saved.id).attachment_id is None
