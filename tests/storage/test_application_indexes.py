"""m008: an older file gains the index that finds decisions with an open payment period, and
the query that asks it reads the index alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kuhina_desktop.storage import applications_repo
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.storage.fileinfo import APPLICATION_ID
from kuhina_desktop.storage.migrations import _REGISTRY, MIGRATION_SET, schema_names


def _file_before_m008(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    runner = Migrations(MIGRATION_SET)
    for name, fn in _REGISTRY:
        if name == "m008_application_indexes":
            break
        runner(name=name)(fn)
    runner.apply(Database(conn))
    conn.commit()
    conn.close()


def test_an_older_file_gains_the_index_and_the_open_query_uses_it(tmp_path: Path) -> None:
    path = tmp_path / "old.kuhina"
    _file_before_m008(path)
    data = open_data_file(path, backup_dir=tmp_path / "backups")
    try:
        assert data.schema_version() == schema_names()[-1]
        plan = " ".join(r[3] for r in data.query(
            f"EXPLAIN QUERY PLAN {applications_repo._OPEN_SQL}"))
        assert "COVERING INDEX applications_settlement" in plan, plan
        assert applications_repo.open_decision_ids(data) == set()
    finally:
        data.close()
