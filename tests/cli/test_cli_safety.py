"""`backup` and `restore` run headless as a user (or a scheduled task) would."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from tests.conftest import run_cli


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_name(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE association SET name = ? WHERE id = 1", (name,))
    conn.commit()
    conn.close()


def association_name(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name FROM association").fetchone()[0]
    finally:
        conn.close()


def test_backup_then_restore_moves_the_current_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    assert run_cli("demo", str(path)).returncode == 0
    result = run_cli("backup", str(path), "--to", str(tmp_path / "stick"))
    assert result.returncode == 0, result.stderr
    copies = list((tmp_path / "stick").glob("yhdistys_*_manual.kuhina"))
    assert len(copies) == 1
    set_name(path, "Muutettu ry")
    changed_digest = sha(path)

    result = run_cli("restore", str(copies[0]), "--to", str(path))
    assert result.returncode == 0, result.stderr
    assert association_name(path) == "Esimerkkiyhdistys ry"
    aside = list(tmp_path.glob("yhdistys.replaced-*.kuhina"))
    assert len(aside) == 1 and sha(aside[0]) == changed_digest  # never overwritten
    assert run_cli("check", str(path)).returncode == 0
    assert not (tmp_path / "yhdistys.kuhina.lock").exists()


def test_backup_without_to_uses_the_local_backup_folder(tmp_path: Path, kuhina_home: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    run_cli("demo", str(path))
    result = run_cli("backup", str(path), env={"KUHINA_HOME": str(kuhina_home)})
    assert result.returncode == 0, result.stderr
    # The demo chose a folder beside the file; a file without a choice uses the local folder.
    assert len(list(tmp_path.glob("yhdistys-varmuuskopiot/yhdistys-*/*_manual.kuhina"))) == 1
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM settings WHERE key = 'backup_folder'")
    conn.commit()
    conn.close()
    result = run_cli("backup", str(path), env={"KUHINA_HOME": str(kuhina_home)})
    assert result.returncode == 0, result.stderr
    copies = list((kuhina_home / "data" / "backups").glob("yhdistys-*/yhdistys_*_manual.kuhina"))
    assert len(copies) == 1


def test_backup_of_a_file_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.kuhina"
    path.write_text("not a database\n")
    result = run_cli("backup", str(path), "--to", str(tmp_path / "stick"))
    assert result.returncode == 2
    assert "not a Kuhina data file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "stick").exists()


def test_restore_refuses_a_damaged_copy_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    run_cli("demo", str(path))
    bad = tmp_path / "bad_copy.kuhina"
    data = path.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    before = sha(path)
    result = run_cli("restore", str(bad), "--to", str(path))
    assert result.returncode == 2
    assert "damaged" in result.stderr
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad_copy.kuhina", "yhdistys-varmuuskopiot", "yhdistys.kuhina"]


def test_restore_into_a_missing_file_creates_it(tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    run_cli("demo", str(path))
    run_cli("backup", str(path), "--to", str(tmp_path / "stick"))
    copy = next((tmp_path / "stick").glob("*.kuhina"))
    path.unlink()
    result = run_cli("restore", str(copy), "--to", str(path))
    assert result.returncode == 0, result.stderr
    assert association_name(path) == "Esimerkkiyhdistys ry"


def test_access_request_with_health_is_refused_for_a_non_handler(tmp_path: Path) -> None:
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    path = tmp_path / "yhdistys.kuhina"
    assert run_cli("demo", str(path)).returncode == 0
    services = Services(open_data_file(path))
    services.employees.set_health_handlers(["maija.virtanen"])  # someone else
    services.close()
    before = sha(path)
    out = tmp_path / "vienti" / "tietopyynto.pdf"
    out.parent.mkdir()
    result = run_cli("access-request", str(path), "--employee", "6", "--out", str(out),
                     "--include-health")
    assert result.returncode == 2
    assert "Only a named health-data handler may include" in result.stderr
    assert list(out.parent.iterdir()) == [] and sha(path) == before
    result = run_cli("access-request", str(path), "--employee", "6", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "seisomatyötä" not in out.with_suffix(".json").read_text(encoding="utf-8")
