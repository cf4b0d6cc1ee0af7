"""m008: an older file gains the index that finds decisions with an open payment period, and
the query that asks it reads the index alone. m009: the index that only repeated it is gone,
and the rows of one decision are still found through an index."""

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


def test_the_repeated_index_is_dropped_and_a_decisions_rows_are_still_found_by_index(
        tmp_path: Path) -> None:
    path = tmp_path / "old.kuhina"
    _file_before_m008(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'applications_decision'"
                            ).fetchone() is not None
    conn.close()
    data = open_data_file(path, backup_dir=tmp_path / "backups")
    try:
        names = {r["name"] for r in data.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'")}
        assert "applications_decision" not in names
        assert "applications_settlement" in names
        for sql in ("SELECT id FROM applications WHERE decision_id = ?",
                    "SELECT count(*) FROM applications WHERE decision_id = ? AND status = ?",
                    "SELECT 1 FROM applications WHERE decision_id = ? AND period_start < ?"):
            args = (1, "draft") if sql.count("?") == 2 and "status" in sql else (1, "2026-01-01")
            plan = " ".join(r[3] for r in data.query(f"EXPLAIN QUERY PLAN {sql}",
                                                    args[:sql.count("?")]))
            assert "INDEX" in plan and "SCAN applications" not in plan, (sql, plan)
    finally:
        data.close()
