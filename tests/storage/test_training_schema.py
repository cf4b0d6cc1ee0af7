"""The training tables: an older file gains them (with the certificate templates) on opening,
and the constraints keep what the services promise even if a write goes around them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.storage.database import create_data_file, open_data_file
from kuhina_desktop.storage.fileinfo import APPLICATION_ID
from kuhina_desktop.storage.migrations import _REGISTRY, MIGRATION_SET, schema_names


def _older_file(path: Path) -> None:
    """A file written by a build that knew only the migrations before m006_training."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    runner = Migrations(MIGRATION_SET)
    for name, fn in _REGISTRY:
        if name == "m006_training":
            break
        runner(name=name)(fn)
    runner.apply(Database(conn))
    conn.commit()
    conn.close()


def test_older_file_gains_training_tables_and_templates(tmp_path: Path) -> None:
    path = tmp_path / "old.kuhina"
    _older_file(path)
    data = open_data_file(path, backup_dir=tmp_path / "backups")
    try:
        assert data.schema_version() == schema_names()[-1]
        codes = {r["code"]: r["validity_months"] for r in data.query(
            "SELECT code, validity_months FROM certificate_types")}
        assert codes["tyoturvallisuuskortti"] == 60 and codes["hygieniapassi"] is None
        assert list((tmp_path / "backups").glob("*.kuhina"))  # backed up before migrating
    finally:
        data.close()


@pytest.fixture
def data(tmp_path: Path):
    opened = create_data_file(tmp_path / "t.kuhina")
    with opened.write() as db:
        db.execute("INSERT INTO employees (first_name, last_name, hetu, birth_date, created_at,"
                   " updated_at) VALUES ('Aino', 'Mäkinen', ?, '1980-05-17', 'x', 'x')",
                   [make_test_hetu(date(1980, 5, 17))])
    yield opened
    opened.close()


@pytest.mark.parametrize("statement", [
    # a completed enrolment without its day
    "INSERT INTO enrolments (employee_id, package_id, status) VALUES (1, 1, 'completed')",
    # an expiry before the issue
    "INSERT INTO certificates (employee_id, type_id, issued_on, expires_on)"
    " VALUES (1, 1, '2026-05-01', '2026-04-01')",
    # coaching of a person without the person
    "INSERT INTO coaching_events (event_date, coach_name, kind, mode, minutes)"
    " VALUES ('2026-05-01', 'A', 'individual', 'phone', 30)",
    "INSERT INTO outcomes (employee_id, period_end, outcome, readiness_start)"
    " VALUES (1, '2026-05-01', 'education', 6)",
    "DELETE FROM certificate_types WHERE code = 'ea1'",  # in use by a certificate
])
def test_constraints_refuse_inconsistent_rows(data, statement: str) -> None:
    with data.write() as db:
        db.execute("INSERT INTO training_packages (title, kind, funder) VALUES"
                   " ('Perehdytys', 'induction', 'association')")
        db.execute("INSERT INTO certificates (employee_id, type_id, issued_on) SELECT 1, id,"
                   " '2025-01-01' FROM certificate_types WHERE code = 'ea1'")
    with pytest.raises(sqlite3.IntegrityError), data.write() as db:
        db.execute(statement)
