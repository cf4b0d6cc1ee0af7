"""`kuhina-desktop export coach` in a subprocess: the zip, and clear errors with exit code 2."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests import coach_zip
from tests.coach_people import add_coach_people
from tests.conftest import run_cli
from tests.employee_factories import TODAY, new_file


@pytest.fixture(scope="module")
def data_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("coach_cli")
    services = new_file(folder)
    add_coach_people(services)
    path = services.path
    services.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export(data_file: Path, out: Path, *extra: str):
    return run_cli("export", "coach", "--file", str(data_file), "--out", str(out),
                   "--today", TODAY.isoformat(), *extra)


def test_writes_the_zip_and_leaves_the_file_alone(data_file: Path, tmp_path: Path) -> None:
    before = digest(data_file)
    out = tmp_path / "vienti.zip"
    result = export(data_file, out, "--from", "2025-01-01", "--to", "2026-12-31")
    assert result.returncode == 0, result.stderr
    assert "2 henkilöä" in result.stdout and "3 henkilöä jätettiin pois" in result.stdout
    manifest = coach_zip.manifest(out)
    assert manifest["people_count"] == 2
    assert manifest["period"] == {"from": "2025-01-01", "to": "2026-12-31"}
    assert digest(data_file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vienti.zip"]


def test_english_headers_on_request(data_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "coach.zip"
    assert export(data_file, out, "--lang", "en").returncode == 0
    assert "contact_details.csv" in coach_zip.members(out)
    assert coach_zip.csv_rows(coach_zip.members(out)["contact_details.csv"])[0] == [
        "Name", "Phone", "E-mail"]


@pytest.mark.parametrize(("extra", "says"), [
    (("--from", "2026-13-01"), "--from: '2026-13-01' is not a date"),
    (("--to", "31.12.2026"), "--to: '31.12.2026' is not a date"),
    (("--from", "2026-05-01", "--to", "2026-01-01"), "The period ends (1.1.2026) before it starts"),
])
def test_bad_periods_are_named(data_file: Path, tmp_path: Path, extra, says: str) -> None:
    result = export(data_file, tmp_path / "x.zip", *extra)
    assert result.returncode == 2
    assert says in result.stderr
    assert not (tmp_path / "x.zip").exists()


def test_bad_files_are_named(data_file: Path, tmp_path: Path) -> None:
    missing = export(tmp_path / "nope.kuhina", tmp_path / "x.zip")
    assert missing.returncode == 2 and "nope.kuhina was not found" in missing.stderr
    folder = export(data_file, tmp_path / "no-such-folder" / "x.zip")
    assert folder.returncode == 2 and "does not exist" in folder.stderr
    is_folder = export(data_file, tmp_path)
    assert is_folder.returncode == 2 and "is a folder" in is_folder.stderr
    usage = run_cli("export", "coach", "--file", str(data_file))
    assert usage.returncode == 2 and "--out" in usage.stderr
