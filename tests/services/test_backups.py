"""Automatic backups of the open file: when, where, verified, marked, thinned."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kuhina_desktop.domain.errors import DamagedFile, ValidationError
from kuhina_desktop.services import Services
from kuhina_desktop.services.backups import BackupService, known_backups
from kuhina_desktop.storage import drives
from kuhina_desktop.storage.backup import read_summary
from kuhina_desktop.storage.database import open_data_file


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0))


@pytest.fixture
def demo_services(tmp_path: Path):
    """The demo association without the demo's own backup folder and copies."""
    from kuhina_desktop.demo.association import DEMO_ASSOCIATION
    from kuhina_desktop.services.files import create_association_file

    services = create_association_file(tmp_path / "demo.kuhina", DEMO_ASSOCIATION)
    yield services
    services.close()


@pytest.fixture
def service(demo_services: Services, clock: FakeClock) -> BackupService:
    return BackupService(demo_services.data, clock)


def change(services: Services, value: str) -> None:
    services.association.set_setting("test_value", value)


def test_a_copy_is_verified_marked_and_named(service: BackupService, demo_services) -> None:
    result = service.backup_now("manual")
    assert result.path.name == "demo_2026-03-02_090000_manual.kuhina"
    assert result.path.parent == service.local_folder()
    summary = read_summary(result.path, full_check=True)
    assert summary.ok and summary.association == "Esimerkkiyhdistys ry"
    assert summary.backup_of["reason"] == "manual"
    assert summary.backup_of["path"] == str(demo_services.path)
    # The marker is in the copy only, never in the working file.
    assert demo_services.association.setting("backup_of") is None


def test_periodic_copy_every_30_minutes_of_changes(service, demo_services, clock) -> None:
    made = []
    for minute in range(0, 125, 5):      # the window's timer ticks every 5 minutes
        if minute % 10 == 0:
            change(demo_services, str(minute))
        result = service.periodic()
        if result:
            made.append(clock.now)
        clock.advance(minutes=5)
    assert made == [datetime(2026, 3, 2, 9, 30), datetime(2026, 3, 2, 10, 0),
                    datetime(2026, 3, 2, 10, 30), datetime(2026, 3, 2, 11, 0)]
    clock.advance(hours=2)               # nothing changed since: no copy
    assert service.periodic() is None


def test_close_takes_a_copy_only_when_changed(service, demo_services, clock) -> None:
    service.backup_now()
    assert service.on_close() is None
    change(demo_services, "x")
    clock.advance(minutes=1)
    result = service.on_close()
    assert result is not None and result.path.name.endswith("_close.kuhina")


def test_closing_services_backs_up_changes(tmp_path: Path) -> None:
    from kuhina_desktop.demo import build_demo

    services = build_demo(tmp_path / "assoc.kuhina")
    folder = services.backups.folders()[0]
    assert len(list(folder.glob("*.kuhina"))) == 3  # the demo's own earlier copies
    services.close()
    copies = sorted(folder.glob("*_close.kuhina"))
    assert len(copies) == 3 and all(read_summary(c).ok for c in copies)
    assert folder.parent == tmp_path / "assoc-varmuuskopiot"


def test_chosen_folder_and_fallback_when_it_is_missing(service, demo_services, tmp_path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    assert service.set_folder(stick) == []
    first = service.backup_now()
    assert first.path.parent == stick / service.set_name() and not first.fell_back
    stick.rename(tmp_path / "unplugged")
    second = service.backup_now()
    assert second.fell_back and second.path.parent == service.local_folder()
    codes = [w.code for w in service.warnings()]
    assert "backup_folder_missing" in codes


def test_bad_backup_folder_is_refused_and_changes_nothing(service, tmp_path) -> None:
    with pytest.raises(ValidationError) as info:
        service.set_folder(tmp_path / "does-not-exist")
    assert info.value.code == "backup_folder_invalid" and info.value.field == "backup_folder"
    assert service.chosen_folder() is None


def test_network_backup_folder_is_warned_about(service, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(drives, "classify", lambda path: True)
    warnings = service.set_folder(tmp_path)
    assert [w.code for w in warnings] == ["backup_folder_network"]


def test_old_backup_warning(service, clock) -> None:
    assert [w.code for w in service.warnings()] == ["backup_none"]
    service.backup_now()
    clock.advance(days=3)
    assert service.warnings() == []
    clock.advance(days=5)
    warning = service.warnings()[0]
    assert warning.code == "backup_old" and warning.params["days"] == 8
    service.set_warn_days(10)
    assert service.warnings() == []
    with pytest.raises(ValidationError):
        service.set_warn_days(0)


def test_copies_are_thinned_in_the_folder(service, demo_services, clock) -> None:
    for _day in range(40):
        change(demo_services, str(clock.now))
        service.backup_now("close")
        clock.advance(days=1)
    names = sorted(p.name for p in service.local_folder().iterdir())
    assert 14 <= len(names) <= 2 + 14 + 8 + 3
    assert names[-1] == "demo_2026-04-10_090000_close.kuhina"
    foreign = service.local_folder() / "notes.txt"
    foreign.write_text("mine")
    service.backup_now()
    assert foreign.read_text() == "mine"  # never touches what is not a copy of ours


def test_a_damaged_file_is_never_backed_up(tmp_path: Path, clock) -> None:
    from kuhina_desktop.demo import build_demo

    path = tmp_path / "assoc.kuhina"
    build_demo(path).close()
    data = open_data_file(path)
    service = BackupService(data, clock)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema = ON")
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").fetchone()[0]
    raw.close()
    page = data.conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as handle:  # scribble over a b-tree page behind SQLite's back
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * 200)
    try:
        before = sorted(service.local_folder().glob("*")) if service.local_folder().exists() else []
        with pytest.raises(DamagedFile):
            service.backup_now()
        after = sorted(service.local_folder().glob("*")) if service.local_folder().exists() else []
        assert after == before
    finally:
        data.close()


def test_backups_of_a_file_are_found_by_its_path(service, demo_services, tmp_path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    service.set_folder(stick)
    made = service.backup_now().path
    assert [e.path for e in known_backups(demo_services.path)] == [made]


def test_backup_before_risky_work_and_the_wage_import_seam(tmp_path: Path) -> None:
    from kuhina_desktop.demo import build_demo

    services = build_demo(tmp_path / "palkat.kuhina")
    try:
        assert services.wages._backup_before == services.backups.backup_before  # wired
        made = services.backups.backup_before("wage_import")
        assert made.path.name.endswith("_before-import.kuhina")
        assert read_summary(made.path, full_check=True).ok
        other = services.backups.backup_before("before-mass-change")
        assert other.path.name.endswith("_before-mass-change.kuhina")
    finally:
        services.close()
