"""Awkward places for a data file: a folder, a file where a folder should be, names too long.

Every refusal is a KuhinaError with its own code (a Finnish sentence in the UI), and nothing is
created or changed.
"""

from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

import pytest

from kuhina_desktop.domain.association import Association
from kuhina_desktop.domain.errors import DataFileError, FileLocked, KuhinaError
from kuhina_desktop.messages import plain_message
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.storage import faults, lockfile
from kuhina_desktop.storage.database import (
    FILE_NAME_MAX,
    check_new_path,
    create_data_file,
    open_data_file,
)

ASSOCIATION = Association(name="Testi ry", business_id="1234567-1")


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(call, folder: Path) -> KuhinaError:
    """Run ``call``, which must refuse with a KuhinaError and leave ``folder`` as it was."""
    before = listing(folder)
    with pytest.raises(KuhinaError) as info:
        call()
    assert listing(folder) == before
    return info.value


@pytest.mark.parametrize("make", [create_data_file,
                                  lambda p: create_association_file(p, ASSOCIATION)])
def test_new_file_under_a_file_is_refused_as_not_a_folder(tmp_path: Path, make) -> None:
    note = tmp_path / "muistio.txt"
    note.write_text("x")
    error = refused(lambda: make(note / "uusi.kuhina"), tmp_path)
    assert error.code == "not_a_folder"
    deeper = refused(lambda: make(note / "alakansio" / "uusi.kuhina"), tmp_path)
    assert deeper.code == "folder_missing"
    assert note.read_text() == "x"


def test_new_file_name_too_long_is_refused_before_the_system_is_asked(tmp_path: Path) -> None:
    error = refused(lambda: create_data_file(tmp_path / ("a" * 300 + ".kuhina")), tmp_path)
    assert error.code == "file_name_too_long"
    assert error.params["max"] == FILE_NAME_MAX
    assert "at most 100 characters" in plain_message(error)


def test_a_path_the_file_system_finds_too_long_is_a_kuhina_error(tmp_path: Path) -> None:
    # The file's own name is short; a folder in the path has a name over 255 bytes.
    path = tmp_path / ("ä" * 200) / "uusi.kuhina"
    error = refused(lambda: create_data_file(path), tmp_path)
    assert error.code == "path_too_long"
    open_error = refused(lambda: open_data_file(path), tmp_path)
    assert open_error.code == "path_too_long"


def test_new_file_in_a_missing_folder_or_on_a_folder(tmp_path: Path) -> None:
    assert refused(lambda: create_data_file(tmp_path / "ei" / "uusi.kuhina"),
                   tmp_path).code == "folder_missing"
    (tmp_path / "kansio.kuhina").mkdir()
    assert refused(lambda: create_data_file(tmp_path / "kansio.kuhina"),
                   tmp_path).code == "is_folder"


def test_the_longest_allowed_name_creates_a_file_with_its_lock(tmp_path: Path) -> None:
    stem = "ä" * (FILE_NAME_MAX - len(".kuhina"))
    data = create_data_file(tmp_path / f"{stem}.kuhina")
    try:
        assert (tmp_path / f"{stem}.kuhina.lock").exists()
    finally:
        data.close()
    assert listing(tmp_path) == [f"{stem}.kuhina"]


def test_check_new_path_only_looks(tmp_path: Path) -> None:
    assert check_new_path(tmp_path / "uusi.kuhina") == (tmp_path / "uusi.kuhina").resolve()
    assert listing(tmp_path) == []


def test_lock_file_that_cannot_be_written_is_a_kuhina_error_and_left_nowhere(
        tmp_path: Path, monkeypatch) -> None:
    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lockfile.json, "dump", full_disk)
    error = refused(lambda: create_data_file(tmp_path / "uusi.kuhina"), tmp_path)
    assert error.code == "disk_full"


@pytest.mark.parametrize("number, code", [
    (errno.EACCES, "folder_not_writable"), (errno.EROFS, "folder_not_writable"),
    (errno.ENOENT, "folder_missing"), (errno.ENOTDIR, "not_a_folder"),
    (errno.ENAMETOOLONG, "path_too_long"), (errno.EISDIR, "is_folder"),
    (errno.EIO, "io_error"),
])
def test_creation_errors_name_the_place(tmp_path: Path, number: int, code: str) -> None:
    mapped = faults.creation_error(tmp_path / "uusi.kuhina", OSError(number, "x"))
    assert isinstance(mapped, DataFileError)
    assert mapped.code == code


def test_opening_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kansio").mkdir()
    for folder in (tmp_path, tmp_path / "kansio"):
        error = refused(lambda f=folder: open_data_file(f), tmp_path)
        assert error.code == "is_folder"
        assert "is a folder" in plain_message(error)


def test_a_locked_file_is_named_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    create_data_file(path).close()
    lock = lockfile.lock_path_for(path)
    lock.write_text(json.dumps({"user": "maija", "host": "toinen-kone", "pid": 4242,
                                "since": "2026-03-01T09:00:00"}), encoding="utf-8")
    before = digest(path)
    with pytest.raises(FileLocked) as info:
        open_data_file(path)
    assert info.value.code == "file_locked"
    assert info.value.params["path"] == str(path.resolve())
    message = plain_message(info.value)
    assert message.startswith(f"The file {path.resolve()} is open elsewhere (maija @ toinen-kone")
    assert digest(path) == before


def test_a_file_open_in_this_program_says_so(tmp_path: Path) -> None:
    path = tmp_path / "yhdistys.kuhina"
    first = create_data_file(path)
    try:
        with pytest.raises(FileLocked) as info:
            open_data_file(path)
    finally:
        first.close()
    assert info.value.code == "file_open_here"
    assert info.value.params["same_process"]
    assert plain_message(info.value) == (f"The file {path.resolve()} is already open in this "
                                         "program. Use the window that shows it.")
