"""The change history: listing by record, person names, and tampering found (G23)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.services.files import create_association_file
from tests.conftest import run_cli
from tests.reliability import workload


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "yhdistys.kuhina"
    services = create_association_file(target, DEMO_ASSOCIATION)
    workload.fill(services.data, people=3)
    services.association.set_setting("x", 1)
    services.close()
    return target


def tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_history_of_a_record_names_the_person(path: Path) -> None:
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    services = Services(open_data_file(path))
    try:
        audit = services.audit
        assert audit.verify() is None
        contract = services.data.query("SELECT id, employee_id FROM contracts LIMIT 1")[0]
        entries = audit.history("contracts", contract["id"])
        assert [e.action for e in entries] == ["insert"]
        assert "job_title" in entries[0].fields
        names = audit.person_names(audit.history())
        person = services.data.query("SELECT first_name, last_name FROM employees WHERE id = ?",
                                     (contract["employee_id"],))[0]
        assert names[("contracts", contract["id"])] == f"{person[0]} {person[1]}"
        assert {"employees", "contracts", "association"} <= set(audit.tables())
        # Values never: the identity code does not appear anywhere in the trail.
        hetus = [r[0] for r in services.data.query("SELECT hetu FROM employees")]
        trail = " ".join(str(tuple(r)) for r in services.data.query("SELECT * FROM audit_log"))
        assert not any(h in trail for h in hetus)
    finally:
        services.close()


@pytest.mark.parametrize("change", [
    "UPDATE audit_log SET fields = '[]' WHERE id = 3",
    "UPDATE audit_log SET os_user = 'joku' WHERE id = 5",
    "DELETE FROM audit_log WHERE id = 4",
    "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    "DELETE FROM audit_log",
])
def test_tampering_with_raw_sqlite_is_found_by_check(path: Path, change: str) -> None:
    assert run_cli("check", str(path)).returncode == 0
    tamper(path, change)
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "change history" in result.stderr


def test_every_single_row_edit_is_detected(path: Path) -> None:
    """G23: each audit row altered on its own (a copy per row) breaks verification."""
    from kuhina_desktop.storage.audit_repo import verify_chain

    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_log")]
    conn.close()
    detected = 0
    for row_id in ids:
        copy = path.with_name(f"t{row_id}.kuhina")
        copy.write_bytes(path.read_bytes())
        tamper(copy, f"UPDATE audit_log SET at = '2000-01-01T00:00:00' WHERE id = {row_id}")
        conn = sqlite3.connect(copy)
        detected += verify_chain(conn) == row_id
        conn.close()
    print(f"FIGURE audit_tampers: {len(ids)}")
    print(f"FIGURE audit_tamper_detections: {detected}")
    assert detected == len(ids)
