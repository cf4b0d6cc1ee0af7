"""Generated payroll files through the real service on a real file: all rows or none."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.wage_import import guess_mapping
from kuhina_desktop.services.files import create_association_file
from tests.domain.test_wage_import_properties import EMPLOYEES, payroll_files, render


def _add_employees(services) -> dict[int, int]:
    """The generator's people in the file; their ids there by the generator's ids."""
    ids = {}
    with services.data.write() as db:
        for person in EMPLOYEES:
            cursor = db.execute(
                "INSERT INTO employees (first_name, last_name, hetu, birth_date, created_at,"
                " updated_at) VALUES (?, ?, ?, '1970-01-01', '2026-01-01', '2026-01-01')",
                [person.first_name, person.last_name, person.hetu])
            ids[person.id] = int(cursor.lastrowid)
    return ids


def _rows(services) -> dict[tuple[int, str], int]:
    return {(r[0], r[1]): r[2] for r in services.data.query(
        "SELECT employee_id, month, gross_pay_cents FROM wage_months")}


def test_generated_files_import_whole_or_not_at_all(tmp_path: Path) -> None:
    services = create_association_file(tmp_path / "import.kuhina", DEMO_ASSOCIATION)
    ids = _add_employees(services)

    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(payroll_files())
    def check(generated) -> None:
        rows, options = generated
        with services.data.write() as db:
            db.execute("DELETE FROM wage_months")
        data, numbers = render(rows, options)
        wages = services.wages
        table = wages.read_file(data)
        preview = wages.preview(table, guess_mapping(table.headers), wages.import_context())
        bad = any(row.fault for row in numbers.values())
        try:
            count = wages.import_preview(preview)
        except ValidationError as exc:
            assert bad and exc.code == "import_not_clean"
            assert _rows(services) == {}
            return
        assert not bad
        expected = {(ids[r.employee.id], f"{r.month:%Y-%m}"): r.gross for r in rows}
        assert count == len(rows) and _rows(services) == expected

    try:
        check()
    finally:
        services.close()
