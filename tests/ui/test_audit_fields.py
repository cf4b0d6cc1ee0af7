"""The change history names every field of every audited table in the user's words."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from kuhina_desktop.domain import training
from kuhina_desktop.domain.employees import Consent, Contract, Employee
from kuhina_desktop.domain.wages import FIGURE_FIELDS
from kuhina_desktop.services.decisions import _FIELDS as DECISION_FIELDS
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.ui.dialogs.audit_fields import field_source, history_field_label
from kuhina_desktop.ui.dialogs.audit_history import TABLES, action_label
from tests.services.training_people import ASSOCIATION

PACKAGE = Path(__file__).resolve().parents[2] / "kuhina_desktop"
CALL = re.compile(r'record_change\(\s*db,\s*"(\w+)",[^,]+,\s*(?:"(\w+)")?')


def _recorded() -> tuple[set[str], set[str]]:
    """The tables and the literal actions the services write to the change history."""
    tables, actions = set(), set()
    for module in PACKAGE.rglob("*.py"):
        for table, action in CALL.findall(module.read_text("utf-8")):
            tables.add(table)
            if action:
                actions.add(action)
    return tables, actions


def _schema(folder: Path) -> dict[str, list[str]]:
    services = create_association_file(folder / "fresh.kuhina", ASSOCIATION)
    path = services.path
    services.close()
    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: [row[1] for row in db.execute(f"PRAGMA table_info('{name}')")]
                for name in names}


def test_every_column_of_every_audited_table_has_a_name(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    audited, _ = _recorded()
    assert {"coaching_events", "outcomes", "job_opportunities"} <= audited
    missing = [f"{table}.{column}" for table in sorted(audited & schema.keys())
               for column in schema[table] if column != "id"
               and field_source(column, table) is None]
    assert missing == [], "add a name in ui/dialogs/audit_fields.py for: " + ", ".join(missing)


RECORDS = {
    "coaching_events": training.CoachingEvent, "outcomes": training.Outcome,
    "job_opportunities": training.JobOpportunity, "training_packages": training.TrainingPackage,
    "enrolments": training.Enrolment, "certificates": training.Certificate,
    "certificate_types": training.CertificateType, "role_requirements": training.RoleRequirement,
    "employees": Employee, "contracts": Contract, "consents": Consent,
}


def test_every_recorded_field_name_has_a_name() -> None:
    """The services record the names of a form's record (``day``, not ``event_date``)."""
    names = [(table, f.name) for table, record in RECORDS.items() for f in fields(record)]
    names += [("decisions", name) for name in DECISION_FIELDS]
    names += [("wage_months", name) for name in FIGURE_FIELDS]
    missing = [f"{table}.{name}" for table, name in names
               if name != "id" and field_source(name, table) is None]
    assert missing == []


def test_every_audited_table_and_action_has_a_name() -> None:
    tables, actions = _recorded()
    assert sorted(tables - TABLES.keys()) == []
    assert [a for a in sorted(actions) if action_label(a) == a] == []


@pytest.mark.parametrize(("table", "name", "label"), [
    ("coaching_events", "kind", "valmennuksen laji"),
    ("decisions", "kind", "tukimuoto"),
    ("coaching_events", "day", "päivä"),
    ("coaching_events", "coach_name", "valmentaja"),
    ("job_opportunities", "support_offered", "tarjottava tuki"),
    ("outcomes", "readiness_start", "valmius alussa"),
    ("employees", "business_id", "Y-tunnus"),
])
def test_names_are_the_forms_words_in_finnish(finnish, table: str, name: str,
                                                label: str) -> None:
    assert history_field_label(name, table) == label
