"""The data file: identity, pragmas, migrations and refusal of files that are not ours."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import (
    DamagedFile,
    EmptyFile,
    FileLocked,
    ForeignSQLiteFile,
    NewerFileVersion,
    NotSQLiteFile,
    ReadOnlyFile,
)
from kuhina_desktop.storage import database
from kuhina_desktop.storage.database import create_data_file, open_data_file
from kuhina_desktop.storage.fileinfo import APPLICATION_ID
from kuhina_desktop.storage.migrations import schema_names


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "assoc.kuhina"
    create_data_file(path).close()
    return path


def test_new_file_has_identity_pragmas_and_every_migration(new_file: Path) -> None:
    data = open_data_file(new_file)
    try:
        conn = data.conn
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema_names())
        assert data.schema_version() == schema_names()[-1]
    finally:
        data.close()


def test_create_never_overwrites(new_file: Path) -> None:
    before = digest(new_file)
    with pytest.raises(Exception) as info:
        create_data_file(new_file)
    assert getattr(info.value, "code", "") == "file_exists"
    assert digest(new_file) == before


def test_write_is_all_or_nothing(new_file: Path) -> None:
    data = open_data_file(new_file)
    try:
        with pytest.raises(RuntimeError), data.write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            raise RuntimeError("interrupted")
        assert data.query("SELECT count(*) AS n FROM settings")[0]["n"] == 0
    finally:
        data.close()


@pytest.mark.parametrize("content, error", [
    (b"", EmptyFile),
    (b"Hello, this is a text file and not a database at all.\n" * 40, NotSQLiteFile),
    (b"%PDF-1.7\n" + bytes(range(256)) * 8, NotSQLiteFile),
    (b"SQLite format 3\x00" + b"\x10\x00", DamagedFile),
])
def test_non_database_files_are_refused_and_untouched(tmp_path: Path, content: bytes,
                                                      error: type) -> None:
    path = tmp_path / "bad.kuhina"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error):
        open_data_file(path)
    assert digest(path) == before
    assert not (tmp_path / "bad.kuhina.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.kuhina"]


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.kuhina"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('somebody else''s data')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ForeignSQLiteFile):
        open_data_file(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.kuhina"]


def _make_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('kuhina', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


def test_file_from_newer_version_is_refused_untouched(new_file: Path) -> None:
    _make_newer(new_file)
    before = digest(new_file)
    with pytest.raises(NewerFileVersion):
        open_data_file(new_file)
    assert digest(new_file) == before


def test_file_from_newer_version_can_be_read_but_not_written(new_file: Path) -> None:
    _make_newer(new_file)
    before = digest(new_file)
    data = open_data_file(new_file, allow_newer_read_only=True)
    try:
        assert data.read_only
        assert data.query("SELECT count(*) AS n FROM association")[0]["n"] == 0
        with pytest.raises(ReadOnlyFile), data.write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    finally:
        data.close()
    assert digest(new_file) == before


def test_truncated_file_is_refused_untouched(new_file: Path) -> None:
    data = new_file.read_bytes()
    new_file.write_bytes(data[: len(data) // 2])
    before = digest(new_file)
    with pytest.raises(DamagedFile):
        open_data_file(new_file)
    assert digest(new_file) == before


def test_pending_migration_takes_a_verified_backup_first(tmp_path: Path, new_file: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(new_file)
    conn.execute("DELETE FROM _sqlite_migrations")  # as if written before m001 existed…
    conn.execute("DROP TABLE audit_log")             # …and lacking what m001 adds last
    conn.commit()
    conn.close()
    before = new_file.read_bytes()
    called: list[str] = []
    monkeypatch.setattr(database, "_migrate", lambda db: called.append("migrate"))
    backups = tmp_path / "backups"
    open_data_file(new_file, backup_dir=backups).close()
    assert called == ["migrate"]
    copies = list(backups.glob("assoc_*_before-migration.kuhina"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert len(copies[0].read_bytes()) == len(before)


def test_second_opener_is_told_who_has_the_file(new_file: Path) -> None:
    first = open_data_file(new_file)
    try:
        lock_file = new_file.with_name(new_file.name + ".lock")
        text = lock_file.read_text()
        lock_file.write_text(text.replace(f'"pid": {os.getpid()}', '"pid": 1'))
        with pytest.raises(FileLocked) as info:
            open_data_file(new_file)
        assert info.value.params["holder"].pid == 1
        reader = open_data_file(new_file, read_only=True)
        reader.close()
    finally:
        first.close()


def test_stale_lock_of_a_dead_process_is_recovered(new_file: Path) -> None:
    lock_file = new_file.with_name(new_file.name + ".lock")
    import json
    import socket

    lock_file.write_text(json.dumps({"user": "x", "host": socket.gethostname(),
                                     "pid": 2 ** 22 + 12345, "since": "2026-01-01T00:00:00"}))
    data = open_data_file(new_file)
    data.close()
    assert not lock_file.exists()


def test_lock_from_another_computer_is_broken_only_when_asked(new_file: Path) -> None:
    import json

    lock_file = new_file.with_name(new_file.name + ".lock")
    lock_file.write_text(json.dumps({"user": "pekka", "host": "toimisto-pc", "pid": 4242,
                                     "since": "2026-11-30T08:00:00"}))
    with pytest.raises(FileLocked):
        open_data_file(new_file)
    open_data_file(new_file, break_foreign_lock=True).close()


def test_read_only_file_opens_read_only_and_says_so(new_file: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, who can write anywhere: ask the OS-permission question directly.
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    before = digest(new_file)
    data = open_data_file(new_file)
    try:
        assert data.read_only and data.read_only_reason == "file_read_only"
        with pytest.raises(ReadOnlyFile), data.write():
            pass
    finally:
        data.close()
    assert digest(new_file) == before
    assert not new_file.with_name(new_file.name + ".lock").exists()
