"""Password protection at rest: no identity code, health detail or stored document in the
file's bytes, its journal or a backup; a wrong password leaves the file byte-identical;
headless commands."""

from __future__ import annotations

import hashlib
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from kuhina_desktop.domain.employee_records import HealthInfo
from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.services import Services
from kuhina_desktop.storage import protection
from kuhina_desktop.storage.database import open_data_file
from tests.code_pdf import MARKER, decision_pdf
from tests.employee_factories import TODAY, new_file, person
from tests.services.decision_people import record

PASSWORD = "Joensuu-ry-salasana"
PEOPLE = 24


def _codes() -> list[str]:
    first = date(1961, 2, 3)
    # Every century sign the tests can make (-, A and the 2023 letters), individual 900–999.
    signs = ["-", "A", "Y", "B", "X", "C"]
    return [make_test_hetu(first + timedelta(days=397 * i), 900 + i,
                           signs[i % len(signs)] if (first + timedelta(days=397 * i)).year >= 2000
                           else ["-", "Y", "X"][i % 3]) for i in range(PEOPLE)]


def _details(i: int) -> str:
    return f"Terveystieto {i}: kuntoutus käynnissä, nostorajoitus {i} kg"


def _protected_file(folder: Path) -> tuple[Services, list[str]]:
    services, codes = _people_file(folder)
    services.protection.enable(PASSWORD, PASSWORD)
    return services, codes


def _people_file(folder: Path) -> tuple[Services, list[str]]:
    services = new_file(folder)
    services.employees.set_health_handlers([services.employees._user()])
    codes = _codes()
    for i, code in enumerate(codes):
        new_id = services.employees.create(person(first_name=f"Henkilö{i}", hetu=code),
                                           today=TODAY)
        services.employees.update(services.employees.get(new_id).employee,
                                  HealthInfo(partial_work_ability=i % 2 == 0, details=_details(i)),
                                  TODAY)
    return services, codes


def _hits(blob: bytes, needles: list[str]) -> int:
    found = 0
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found += blob.count(needle.encode(encoding))
    return found


def test_no_code_or_health_detail_in_file_journal_or_backup(tmp_path: Path) -> None:
    services, codes = _protected_file(tmp_path)
    backup = services.backups.backup_now("manual").path
    path = services.path
    journal = path.with_name(path.name + "-journal")
    details = [_details(i) for i in range(PEOPLE)]
    artefacts = {"file": path.read_bytes(), "backup": backup.read_bytes(),
                 "journal": journal.read_bytes() if journal.exists() else b""}
    services.close()
    artefacts["closed_file"] = path.read_bytes()
    for name, blob in artefacts.items():
        hetu_hits, health_hits = _hits(blob, codes), _hits(blob, details)
        print(f"FIGURE encrypted_{name}_plaintext_hetu_hits: {hetu_hits}")
        print(f"FIGURE encrypted_{name}_health_detail_hits: {health_hits}")
        assert hetu_hits == 0 and health_hits == 0, name
    print(f"FIGURE encrypted_people: {len(codes)}")
    # The check itself finds codes where they are: the plain file before protection has them.
    (tmp_path / "plain").mkdir()
    plain = new_file(tmp_path / "plain")
    plain.employees.create(person(hetu=codes[0]), today=TODAY)
    plain.close()
    assert _hits((tmp_path / "plain" / "test.kuhina").read_bytes(), codes[:1]) >= 1


def test_stored_decision_pdf_is_sealed_in_file_journal_and_backup(tmp_path: Path) -> None:
    services, codes = _people_file(tmp_path)
    first = services.employees.list_rows(TODAY)[0].id
    code = services.employees.reveal_hetu(first)
    pdf = decision_pdf(code)
    saved = services.decisions.save(record(first), pdf=_written(tmp_path, pdf)).record
    path = services.path
    needles = [code, MARKER]
    # The check finds the document where it is: the plain file holds the code and the marker.
    plain_hits = _hits(path.read_bytes(), needles)
    print(f"FIGURE plain_file_document_hits: {plain_hits}")
    assert path.read_bytes().count(pdf[:200]) == 1 and _hits(path.read_bytes(), [MARKER]) == 1
    result = services.protection.enable(PASSWORD, PASSWORD)
    assert result.documents == 1
    backup = services.backups.backup_now("manual").path
    journal = path.with_name(path.name + "-journal")
    artefacts = {"file": path.read_bytes(), "backup": backup.read_bytes(),
                 "journal": journal.read_bytes() if journal.exists() else b""}
    services.close()
    artefacts["closed_file"] = path.read_bytes()
    for name, blob in artefacts.items():
        hits = _hits(blob, needles) + blob.count(pdf[:200]) + blob.count(pdf[-200:])
        print(f"FIGURE encrypted_{name}_document_hits: {hits}")
        assert hits == 0, name
    reopened = Services(open_data_file(path))
    try:
        with pytest.raises(protection.PasswordRequired):
            reopened.decisions.files.get(saved.id)  # locked: no key, no document
        reopened.protection.unlock(PASSWORD)
        assert reopened.decisions.files.get(saved.id).data == pdf
    finally:
        reopened.close()


def _written(folder: Path, content: bytes) -> Path:
    target = folder / "päätös.pdf"
    target.write_bytes(content)
    return target


def test_wrong_password_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    services, codes = _protected_file(tmp_path)
    path = services.path
    services.close()
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    time.sleep(0.01)
    data = open_data_file(path)
    started = time.perf_counter()
    with pytest.raises(protection.WrongPassword) as wrong:
        protection.unlock(data, "Joensuu-ry-salasanA")
    elapsed = time.perf_counter() - started
    data.close()
    assert wrong.value.code == "password_wrong"
    after = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    print(f"FIGURE wrong_password_file_changed: {int(after != before)}")
    print(f"FIGURE key_derivation_seconds: {elapsed:.3f}")
    assert after == before
    assert elapsed < 2.0  # target < 1 s on an idle machine; the suite may run beside others
    reopened = Services(open_data_file(path))
    try:
        reopened.protection.unlock(PASSWORD)
        ids = [r.id for r in reopened.employees.list_rows(TODAY)]
        assert sorted(reopened.employees.reveal_hetu(i) for i in ids) == sorted(codes)
    finally:
        reopened.close()


def _cli(*args: str, password: str | None = None):
    """The command with standard input that is not a terminal (getpass must not wait)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k != "KUHINA_PASSWORD"}
    if password is not None:
        env["KUHINA_PASSWORD"] = password
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "kuhina_desktop", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120, stdin=subprocess.DEVNULL)


def test_headless_commands_with_and_without_the_password(tmp_path: Path) -> None:
    services, codes = _protected_file(tmp_path)
    path = services.path
    first = services.employees.list_rows(TODAY)[0].id
    code = services.employees.reveal_hetu(first)
    services.close()
    out = tmp_path / "card.pdf"
    args = ["report", "employee-card", "--file", str(path), "--employee", str(first),
            "--out", str(out), "--show-hetu"]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    missing = _cli(*args)
    assert missing.returncode == 2 and "KUHINA_PASSWORD" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    wrong = _cli(*args, password="not-the-password")
    assert wrong.returncode == 2 and "password is wrong" in wrong.stderr and not out.exists()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    right = _cli(*args, password=PASSWORD)
    assert right.returncode == 0, right.stderr
    from pypdf import PdfReader

    assert code in "".join(page.extract_text() for page in PdfReader(out).pages)
    for command in (["check", str(path)], ["backup", str(path), "--to", str(tmp_path / "b")]):
        result = _cli(*command)  # bytes only: no password needed
        assert result.returncode == 0, result.stderr
