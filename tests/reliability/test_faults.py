"""Each fault of the reliability catalogue (reference §4.3), produced for real, gets its own message.

After every fault: the right error code, nothing half-saved, the file passes integrity_check.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kuhina_desktop.demo import build_demo
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.messages import ERROR_TEXTS
from kuhina_desktop.services import Services
from kuhina_desktop.storage import drives, faults
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.storage.fileinfo import integrity_check
from tests.conftest import ROOT


def demo(tmp_path: Path) -> Path:
    path = tmp_path / "yhdistys.kuhina"
    build_demo(path).close()
    return path


def setting_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert integrity_check(conn) == []
        return conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    finally:
        conn.close()


@contextlib.contextmanager
def read_only_on_disk(path: Path) -> Iterator[None]:
    """Really read-only: root ignores chmod, so it gets the immutable attribute instead."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def capture(action: Callable[[], object]) -> KuhinaError:
    with pytest.raises(KuhinaError) as info:
        action()
    return info.value


# ----- the faults ---------------------------------------------------------------------------
def disk_full(tmp_path: Path) -> KuhinaError:
    path = demo(tmp_path)
    before = setting_count(path)
    services = Services(open_data_file(path))
    try:
        pages = services.data.conn.execute("PRAGMA page_count").fetchone()[0]
        services.data.conn.execute(f"PRAGMA max_page_count = {pages}")
        error = capture(lambda: services.association.set_setting("big", "x" * 200_000))
    finally:
        services.data.close()
    assert setting_count(path) == before
    return error


def file_size_limit(tmp_path: Path) -> KuhinaError:
    """RLIMIT_FSIZE in a child process: the OS refuses to let the file grow."""
    path = demo(tmp_path)
    before = setting_count(path)
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "from kuhina_desktop.services import Services\n"
        "from kuhina_desktop.storage.database import open_data_file\n"
        "from kuhina_desktop.domain.errors import KuhinaError\n"
        "s = Services(open_data_file(Path(sys.argv[1])))\n"
        "size = Path(sys.argv[1]).stat().st_size\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096, size + 4096))\n"
        "try:\n"
        "    s.association.set_setting('big', 'x' * 400000)\n"
        "except KuhinaError as e:\n"
        "    print(e.code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                            text=True, env=env, timeout=60)
    assert setting_count(path) == before
    return KuhinaError(code=result.stdout.strip() or f"none: {result.stderr[-300:]}")


def export_to_full_disk(tmp_path: Path) -> KuhinaError:
    """What an export or a backup meets on a full disk: ENOSPC from the operating system."""
    def write() -> None:
        with faults.translated(Path("/dev/full")), open("/dev/full", "wb") as handle:
            handle.write(b"x" * 10_000)
            handle.flush()
    return capture(write)


def read_only_file(tmp_path: Path) -> KuhinaError:
    path = demo(tmp_path)
    with read_only_on_disk(path):
        data = open_data_file(path)
        try:
            assert data.read_only
            return capture(lambda: Services(data).association.set_setting("x", 1))
        finally:
            data.close()


def read_only_folder(tmp_path: Path) -> KuhinaError:
    path = demo(tmp_path)
    with read_only_on_disk(path.parent):
        data = open_data_file(path)
        try:
            assert data.read_only
            return capture(lambda: Services(data).association.set_setting("x", 1))
        finally:
            data.close()


def opened_read_only(tmp_path: Path) -> KuhinaError:
    data = open_data_file(demo(tmp_path), read_only=True)
    try:
        return capture(lambda: Services(data).association.set_setting("x", 1))
    finally:
        data.close()


def _while_open(tmp_path: Path, mishap: Callable[[Path], None]) -> KuhinaError:
    path = demo(tmp_path)
    services = Services(open_data_file(path))
    try:
        mishap(path)
        error = capture(lambda: services.association.set_setting("after", 1))
        # Nothing is lost: what is open can still be saved elsewhere from memory.
        rescued = services.backups.save_copy(tmp_path / "pelastettu.kuhina")
        assert setting_count(rescued) >= 1
        return error
    finally:
        services.data.close()


def deleted_while_open(tmp_path: Path) -> KuhinaError:
    return _while_open(tmp_path, lambda p: p.unlink())


def renamed_while_open(tmp_path: Path) -> KuhinaError:
    return _while_open(tmp_path, lambda p: p.rename(p.with_name("toinen.kuhina")))


def busy(tmp_path: Path) -> KuhinaError:
    path = demo(tmp_path)
    services = Services(open_data_file(path))
    other = sqlite3.connect(path, isolation_level=None)
    try:
        services.data.conn.execute("PRAGMA busy_timeout = 200")
        other.execute("BEGIN IMMEDIATE")
        error = capture(lambda: services.association.set_setting("x", 1))
        other.execute("ROLLBACK")
        services.association.set_setting("x", 1)  # once free, the same save succeeds
        assert services.association.setting("x") == 1
        return error
    finally:
        other.close()
        services.data.close()


def damaged_while_open(tmp_path: Path) -> KuhinaError:
    path = demo(tmp_path)
    data = open_data_file(path)
    try:
        root = data.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'settings'").fetchone()[0]
        page = data.conn.execute("PRAGMA page_size").fetchone()[0]
        with path.open("r+b") as handle:
            handle.seek((root - 1) * page)
            handle.write(b"\xff" * page)
        error = capture(lambda: data.query("SELECT * FROM settings"))
        assert data.read_only and data.read_only_reason == "damaged"  # no more writing
        assert capture(lambda: Services(data).association.set_setting("x", 1)).code == (
            "read_only_damaged")
        return error
    finally:
        data.close()


def network_drive(tmp_path: Path) -> KuhinaError:
    from kuhina_desktop.ui.file_safety import opening_warnings

    services = build_demo(tmp_path / "verkko.kuhina")
    original = drives.classify
    drives.classify = lambda path: True
    try:
        found = opening_warnings(services)
    finally:
        drives.classify = original
        services.close()
    return found[0]


FAULTS: dict[str, tuple[Callable[[Path], KuhinaError], str]] = {
    "disk full (database)": (disk_full, "disk_full"),
    "file size limit": (file_size_limit, "write_failed"),
    "disk full (exports, copies)": (export_to_full_disk, "disk_full"),
    "read-only file": (read_only_file, "read_only_file"),
    "read-only folder": (read_only_folder, "read_only_folder"),
    "opened read-only": (opened_read_only, "read_only_requested"),
    "deleted while open": (deleted_while_open, "file_moved"),
    "renamed while open": (renamed_while_open, "file_moved"),
    "busy (another writer)": (busy, "file_busy"),
    "damaged while open": (damaged_while_open, "damaged_in_use"),
    "network drive": (network_drive, "network_drive"),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_gets_its_message(tmp_path: Path, name: str) -> None:
    producer, expected = FAULTS[name]
    error = producer(tmp_path)
    assert error.code == expected, name
    assert error.code in ERROR_TEXTS


# Faults of opening that test_database.py produces; listed here for the message table.
OPEN_FAULTS = {"empty file": "empty_file", "not a database": "not_sqlite",
               "another program's database": "foreign_sqlite", "newer version": "newer_version",
               "damaged or truncated": "damaged_file", "locked by another computer": "file_locked",
               "written by a newer version, opened read-only": "read_only_newer"}


def _finnish_errors() -> dict[str, str]:
    found = {}
    for ts in (ROOT / "resources" / "i18n" / "fi").glob("kuhina_desktop.texts.*.ts"):
        for message in ET.parse(ts).iter("message"):
            found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


def test_every_fault_class_has_its_own_translated_message() -> None:
    classes = {name: code for name, (_, code) in FAULTS.items()} | OPEN_FAULTS
    by_code: dict[str, list[str]] = {}
    for name, code in classes.items():
        by_code.setdefault(code, []).append(name)
    finnish = _finnish_errors()
    for code in by_code:
        source = ERROR_TEXTS[code]
        assert finnish.get(source) and finnish[source] != source, code
    # Only faults that mean the same thing for the user share a message.
    shared = {code: names for code, names in by_code.items() if len(names) > 1}
    assert shared == {"disk_full": ["disk full (database)", "disk full (exports, copies)"],
                      "file_moved": ["deleted while open", "renamed while open"]}
    print(f"FIGURE fault_classes: {len(classes)}")
    print(f"FIGURE fault_messages_distinct: {len(by_code)}")


def test_network_path_classifier_reads_the_mount_table() -> None:
    mounts = ("/dev/vda / ext4 rw 0 0\n"
              "//nas/yhdistys /mnt/yhdistys cifs rw 0 0\n"
              "server:/export /home/share nfs4 rw 0 0\n"
              "/dev/sdb1 /media/usb\\040stick vfat rw 0 0\n")
    cases = {"/home/user/a.kuhina": "ext4", "/mnt/yhdistys/a.kuhina": "cifs",
             "/home/share/x/a.kuhina": "nfs4", "/media/usb stick/a.kuhina": "vfat",
             "/mnt/yhdistysx/a.kuhina": "ext4"}
    for path, fs_type in cases.items():
        assert drives._mount_fs_type(Path(path), mounts) == fs_type, path
    assert drives.is_network_path(ROOT) is False
