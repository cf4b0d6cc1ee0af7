"""The window's open: the file's quick_check may finish after the window has appeared, but
nothing is written before it has passed (storage.database.OpeningCheck)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from kuhina_desktop.demo import build_demo
from kuhina_desktop.domain.errors import DamagedFile, ReadOnlyFile
from kuhina_desktop.storage.database import open_data_file, open_worker_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_an_index_page(path: Path) -> None:
    """Garble one index page deep in the file: the header and the migrations still read, so
    only quick_check finds it."""
    damage_root_page(path, "SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = 'applications' ORDER BY rootpage DESC")


def damage_root_page(path: Path, query: str) -> None:
    """Garble the b-tree page whose number ``query`` returns."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(query).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + page_size - 200] = b"\xa5" * (page_size - 208)
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("demo") / "yhdistys.kuhina"
    build_demo(path).close()
    return path.read_bytes()


@pytest.fixture
def damaged(tmp_path: Path, demo_bytes: bytes) -> Path:
    path = tmp_path / "yhdistys.kuhina"
    path.write_bytes(demo_bytes)
    damage_an_index_page(path)
    return path


def rename(data, name: str) -> None:
    with data.write() as db:
        db.execute("UPDATE association SET name = ?", (name,))


def test_without_check_later_the_damage_is_found_on_opening(damaged: Path) -> None:
    before = digest(damaged)
    with pytest.raises(DamagedFile):
        open_data_file(damaged)
    assert digest(damaged) == before


def test_a_write_before_the_check_runs_it_and_refuses_a_damaged_file(damaged: Path) -> None:
    before = digest(damaged)
    data = open_data_file(damaged, check_later=True)
    try:
        assert not data.opening_check.done
        assert data.query("SELECT name FROM association")[0][0] == "Esimerkkiyhdistys ry"
        with pytest.raises(DamagedFile) as caught:
            rename(data, "Ei saa tallentua")
        assert "tree page" in caught.value.params["reason"]
        assert data.opening_check.done
        assert (data.read_only, data.read_only_reason) == (True, "damaged")
        with pytest.raises(ReadOnlyFile):  # and every later write says the file is read-only
            rename(data, "Ei tämäkään")
    finally:
        data.close()
    assert digest(damaged) == before


def test_a_write_on_a_worker_waits_for_the_same_check(damaged: Path) -> None:
    before = digest(damaged)
    data = open_data_file(damaged, check_later=True)
    errors: list[BaseException] = []

    def work() -> None:
        worker = open_worker_file(data)
        try:
            rename(worker, "Ei saa tallentua")
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            worker.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    data.close()
    assert [type(e) for e in errors] == [DamagedFile]
    assert digest(damaged) == before


def test_a_healthy_file_is_checked_once_and_then_written(tmp_path: Path,
                                                         demo_bytes: bytes) -> None:
    path = tmp_path / "yhdistys.kuhina"
    path.write_bytes(demo_bytes)
    data = open_data_file(path, check_later=True)
    try:
        assert data.opening_check.run() == []  # as the window's worker runs it
        assert data.opening_check.done
        rename(data, "Uusi nimi ry")
        assert data.query("SELECT name FROM association")[0][0] == "Uusi nimi ry"
    finally:
        data.close()


def test_a_file_with_migrations_pending_is_checked_before_anything(damaged: Path) -> None:
    conn = sqlite3.connect(damaged)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = "
                 "(SELECT name FROM _sqlite_migrations ORDER BY rowid DESC LIMIT 1)")
    conn.commit()
    conn.close()
    before = digest(damaged)
    with pytest.raises(DamagedFile):
        open_data_file(damaged, check_later=True, backup_dir=damaged.parent / "kopiot")
    assert digest(damaged) == before
    assert not (damaged.parent / "kopiot").exists()


def _to_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def test_a_file_in_wal_mode_is_checked_before_it_is_switched_to_delete(damaged: Path) -> None:
    _to_wal(damaged)  # e.g. after another SQLite tool opened it
    before = digest(damaged)
    with pytest.raises(DamagedFile):
        open_data_file(damaged, check_later=True)
    assert digest(damaged) == before


def test_a_healthy_wal_file_opens_checked(tmp_path: Path, demo_bytes: bytes) -> None:
    path = tmp_path / "yhdistys.kuhina"
    path.write_bytes(demo_bytes)
    _to_wal(path)
    data = open_data_file(path, check_later=True)
    try:
        assert data.opening_check.done and data.opening_check.run() == []
        assert data.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        data.close()
