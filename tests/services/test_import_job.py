"""The wage import and backup copies on a worker thread: own connection, all rows or none."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.errors import DamagedFile, StorageFault, ValidationError
from kuhina_desktop.domain.wage_import import guess_mapping
from kuhina_desktop.services import backups as backups_module
from kuhina_desktop.services.backups import make_copy
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.services.import_job import check_import, finish_import, run_import
from kuhina_desktop.storage import backup as backup_storage
from kuhina_desktop.storage import wages_repo
from kuhina_desktop.storage.backup import read_backup_marker
from tests.domain.test_wage_import_properties import EMPLOYEES
from tests.services.test_wage_import_files import _add_employees

pool = ThreadPoolExecutor(max_workers=1)  # a real worker thread, as ui/ops uses


def in_worker(work):
    return pool.submit(work).result(timeout=60)


@pytest.fixture
def services(tmp_path: Path):
    opened = create_association_file(tmp_path / "tuonti.kuhina", DEMO_ASSOCIATION)
    _add_employees(opened)
    yield opened
    opened.close()


def payroll(services, tmp_path: Path):
    lines = ["Henkilötunnus;Palkkakausi;Bruttopalkka"]
    lines += [f"{person.hetu};4/2026;{1000 + i},00" for i, person in enumerate(EMPLOYEES)]
    table = services.wages.read_file("\n".join(lines).encode("utf-8"))
    return table, guess_mapping(table.headers)


def counts(services) -> tuple[int, int]:
    months = services.data.query("SELECT count(*) FROM wage_months")[0][0]
    audit = services.data.query("SELECT count(*) FROM audit_log WHERE action = 'import'")[0][0]
    return months, audit


def test_worker_import_saves_every_row_with_its_audit_and_a_copy_first(services, tmp_path):
    table, mapping = payroll(services, tmp_path)
    preview = in_worker(lambda: check_import(services.data, table, mapping))
    assert preview.clean and len(preview.rows) == len(EMPLOYEES)
    plan = services.backups.plan_before("wage_import")
    changes = services.data.changes_since_open
    outcome = in_worker(lambda: run_import(services.data, preview, plan))
    finish_import(services, plan, outcome)
    assert counts(services) == (len(EMPLOYEES), len(EMPLOYEES))
    assert outcome.backup is not None and outcome.backup.path.exists()
    assert read_backup_marker(outcome.backup.path)["reason"] == "before-import"
    # The copy was taken before the rows: it holds none of them.
    assert copy_counts(outcome.backup.path) == 0
    # The import is a change of the open file: closing it takes a copy again.
    assert services.data.changes_since_open == changes + 1
    assert services.backups.close_due()


def copy_counts(path: Path) -> int:
    from kuhina_desktop.storage.backup import read_summary

    return read_summary(path).counts["wage_months"]


def test_worker_import_failing_on_a_row_saves_nothing(services, tmp_path, monkeypatch):
    table, mapping = payroll(services, tmp_path)
    preview = in_worker(lambda: check_import(services.data, table, mapping))
    saved = []
    real_save = wages_repo.save_month

    def failing(db, record):
        saved.append(record)
        if len(saved) == 3:
            raise OSError("disk went away")
        return real_save(db, record)

    monkeypatch.setattr(wages_repo, "save_month", failing)
    plan = services.backups.plan_before("wage_import")
    with pytest.raises(StorageFault):  # the OS error as the program explains it
        in_worker(lambda: run_import(services.data, preview, plan))
    assert len(saved) == 3 and counts(services) == (0, 0)


def test_worker_import_refuses_a_preview_the_file_no_longer_matches(services, tmp_path):
    table, mapping = payroll(services, tmp_path)
    preview = in_worker(lambda: check_import(services.data, table, mapping))
    with services.data.write() as db:  # someone removed a person after the check
        db.execute("DELETE FROM employees WHERE hetu = ?", [EMPLOYEES[0].hetu])
    plan = services.backups.plan_before("wage_import")
    with pytest.raises(ValidationError) as caught:
        in_worker(lambda: run_import(services.data, preview, plan))
    assert caught.value.code == "import_not_clean" and counts(services) == (0, 0)


def test_worker_copy_reads_through_its_own_connection(services) -> None:
    plan = services.backups.plan("manual")
    made = in_worker(lambda: make_copy(plan))
    services.backups.finish(plan, made)
    assert made.path.exists() and services.backups.list_backups()[0].path == made.path
    assert read_backup_marker(made.path)["path"] == str(services.path)


def test_worker_copy_of_a_damaged_file_is_refused_and_leaves_no_file(services, monkeypatch):
    # The copy is the file page for page: its check fails, and the file's own check says why.
    monkeypatch.setattr(backup_storage, "integrity_check", lambda conn: ["page 3: bad"])
    monkeypatch.setattr(backups_module, "quick_check", lambda conn: ["page 3: bad"])
    plan = services.backups.plan("manual")
    with pytest.raises(DamagedFile):
        in_worker(lambda: make_copy(plan))
    assert services.backups.list_backups() == []
    assert list(plan.folder.glob("*.part")) == []


def test_a_copy_that_fails_its_check_of_a_healthy_file_is_not_kept(services, monkeypatch):
    monkeypatch.setattr(backup_storage, "integrity_check", lambda conn: ["page 3: bad"])
    plan = services.backups.plan("manual")
    with pytest.raises(StorageFault) as caught:
        in_worker(lambda: make_copy(plan))
    assert caught.value.code == "backup_unverified"
    assert services.backups.list_backups() == []
    assert list(plan.folder.glob("*.part")) == []
