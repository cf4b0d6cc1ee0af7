"""The access request (GDPR Art. 15): everything the file holds about one person.

``build_access_report`` returns a neutral, JSON-ready structure; ``export_json`` writes it. A
PDF of the same structure belongs to the reports package (reports/pdf.py renders documents):
it takes this structure as its input, so both say the same thing.

The personal identity code is shown masked, as everywhere outside the reveal view; the
report says that the full code is held. Health-related data is left out unless the health-data
handler includes it for the person themself: asking for it as anyone else is refused
(``health_export_denied``) before anything is read, whether from the Privacy box or the
``access-request --include-health`` command.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kuhina_desktop.domain.finnish_ids import mask_hetu
from kuhina_desktop.services.privacy import PrivacyService
from kuhina_desktop.storage import association_repo, faults, person_repo
from kuhina_desktop.storage.audit_repo import history
from kuhina_desktop.storage.database import DataFile

FORMAT = "kuhina-access-request/1"
HEALTH_TABLES = frozenset({"employee_health"})


def _person_section(row: dict) -> dict:
    person = dict(row)
    person["hetu"] = mask_hetu(row.get("hetu"))
    person["hetu_note"] = ("The full personal identity code is stored in the file; it is "
                           "shown masked here like everywhere outside the reveal view.")
    return person


def build_access_report(data: DataFile, privacy: PrivacyService, employee_id: int,
                        include_health: bool = False,
                        now: Callable[[], datetime] = datetime.now) -> dict:
    """Everything about one person: details, records of every linked table, change history,
    and how long each kind of record is kept."""
    if include_health:
        privacy.require_health_handler()
    row = privacy.person(employee_id)
    assoc = association_repo.get_association(data)
    records: dict[str, object] = {}
    audit: list[tuple[str, int]] = [("employees", employee_id)]
    for link in person_repo.links(data.conn):
        if link.table in HEALTH_TABLES and not include_health:
            records[link.table] = "withheld: health-related data, given on request by the " \
                                  "health-data handler"
            continue
        rows = person_repo.rows_of(data, link, employee_id)
        records[link.table] = rows
        audit += [(link.table, r[link.key]) for r in rows]
    return {
        "format": FORMAT,
        "created_at": now().isoformat(timespec="seconds"),
        "controller": {"name": assoc.name if assoc else "",
                       "business_id": assoc.business_id if assoc else "",
                       "contact": assoc.contact_email if assoc else ""},
        "person": _person_section(row),
        "records": records,
        "change_history": _history(data, audit),
        "retention": _retention(privacy, employee_id),
    }


def _history(data: DataFile, rows: list[tuple[str, int]]) -> list[dict]:
    entries = []
    for table, key in rows:
        for entry in history(data.db, table, key):
            entries.append({"at": entry.at, "by": entry.os_user, "table": entry.table_name,
                            "record": entry.row_id, "action": entry.action,
                            "fields": list(entry.fields)})
    return sorted(entries, key=lambda e: (e["at"], e["table"]))


def _retention(privacy: PrivacyService, employee_id: int) -> list[dict]:
    plan = privacy.plan_erasure(employee_id)
    return [{"table": g.table, "category": g.category.value, "records": g.count,
             "kept_until": g.ends_on.isoformat() if g.ends_on else "while in force"}
            for g in plan.keep]


def export_json(report: dict, target: Path) -> Path:
    """Written whole or not at all (temp file, fsync, rename), readable by the owner only."""
    payload = json.dumps(report, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    temp = target.with_name(target.name + ".part")
    try:
        with faults.translated(target):
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target
