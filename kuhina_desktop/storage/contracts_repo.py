"""Employment contracts and consents: parameterised SQL to domain dataclasses.

Hours and the partner's share are exact decimals stored as TEXT; pay is integer cents. A
contract's accepted warnings are kept as JSON (code, field and display parameters) so they
can be shown again without re-running the rules that produced them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kuhina_desktop.domain.employee_records import StoredContract
from kuhina_desktop.domain.employees import Consent, ConsentScope, Contract, PayBasis
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

_CONTRACT_COLUMNS = ("employee_id", "start_date", "end_date", "trial_end", "weekly_hours",
                     "full_time_weekly_hours", "pay_basis", "pay_cents", "collective_agreement",
                     "job_title", "tailored_tasks", "workplace", "partner_name", "partner_share",
                     "warnings")
_CONSENT_COLUMNS = ("employee_id", "scope", "recipient", "given_on", "withdrawn_on",
                    "valid_until")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# --- warnings as JSON -------------------------------------------------------------------------


def warnings_to_json(warnings: Sequence[ValidationError]) -> str:
    return json.dumps([{"code": w.code, "field": w.field,
                        "params": {k: str(v) for k, v in w.params.items()}} for w in warnings],
                      ensure_ascii=False)


def warnings_from_json(text: str) -> tuple[ValidationError, ...]:
    items = json.loads(text or "[]")
    return tuple(ValidationError(item["code"], code=item["code"], field=item.get("field"),
                                 **item.get("params", {})) for item in items)


# --- contracts --------------------------------------------------------------------------------


def _contract(row) -> StoredContract:
    share = row["partner_share"]
    contract = Contract(
        id=row["id"], employee_id=row["employee_id"], start=date.fromisoformat(row["start_date"]),
        end=_day(row["end_date"]), trial_end=_day(row["trial_end"]),
        weekly_hours=Decimal(row["weekly_hours"]),
        full_time_weekly_hours=Decimal(row["full_time_weekly_hours"]),
        pay_basis=PayBasis(row["pay_basis"]), pay_cents=row["pay_cents"],
        collective_agreement=row["collective_agreement"], job_title=row["job_title"],
        tailored_tasks=row["tailored_tasks"], workplace=row["workplace"],
        partner_name=row["partner_name"], partner_share=Decimal(share) if share else None)
    return StoredContract(contract=contract, warnings=warnings_from_json(row["warnings"]))


def contracts_of(data: DataFile, employee_id: int) -> list[StoredContract]:
    rows = data.query(f"SELECT id, {', '.join(_CONTRACT_COLUMNS)} FROM contracts"
                      " WHERE employee_id = ? ORDER BY start_date", (employee_id,))
    return [_contract(row) for row in rows]


def get_contract(data: DataFile, contract_id: int) -> StoredContract | None:
    rows = data.query(f"SELECT id, {', '.join(_CONTRACT_COLUMNS)} FROM contracts WHERE id = ?",
                      (contract_id,))
    return _contract(rows[0]) if rows else None


def _contract_values(contract: Contract, warnings: Sequence[ValidationError]) -> list[object]:
    share = contract.partner_share
    return [contract.employee_id, contract.start.isoformat(), _iso(contract.end),
            _iso(contract.trial_end), str(contract.weekly_hours),
            str(contract.full_time_weekly_hours), str(contract.pay_basis), contract.pay_cents,
            contract.collective_agreement, contract.job_title, contract.tailored_tasks,
            contract.workplace, contract.partner_name, str(share) if share is not None else None,
            warnings_to_json(warnings)]


def insert_contract(db: Database, contract: Contract,
                    warnings: Sequence[ValidationError] = ()) -> int:
    marks = ", ".join("?" for _ in _CONTRACT_COLUMNS)
    cursor = db.execute(f"INSERT INTO contracts ({', '.join(_CONTRACT_COLUMNS)}) VALUES ({marks})",
                        _contract_values(contract, warnings))
    return cursor.lastrowid


def insert_contracts_many(db: Database, contracts: Sequence[Contract]) -> None:
    """Bulk insert inside the caller's transaction (imports, benchmarks)."""
    marks = ", ".join("?" for _ in _CONTRACT_COLUMNS)
    db.conn.executemany(
        f"INSERT INTO contracts ({', '.join(_CONTRACT_COLUMNS)}) VALUES ({marks})",
        [_contract_values(c, ()) for c in contracts])


def update_contract(db: Database, contract: Contract,
                    warnings: Sequence[ValidationError] = ()) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _CONTRACT_COLUMNS)
    db.execute(f"UPDATE contracts SET {assignments} WHERE id = ?",
               [*_contract_values(contract, warnings), contract.id])


# --- consents ---------------------------------------------------------------------------------


def _consent(row) -> Consent:
    return Consent(id=row["id"], employee_id=row["employee_id"], scope=ConsentScope(row["scope"]),
                   recipient=row["recipient"], given_on=date.fromisoformat(row["given_on"]),
                   withdrawn_on=_day(row["withdrawn_on"]), valid_until=_day(row["valid_until"]))


def consents_of(data: DataFile, employee_id: int) -> list[Consent]:
    rows = data.query(f"SELECT id, {', '.join(_CONSENT_COLUMNS)} FROM consents"
                      " WHERE employee_id = ? ORDER BY given_on, id", (employee_id,))
    return [_consent(row) for row in rows]


def get_consent(data: DataFile, consent_id: int) -> Consent | None:
    rows = data.query(f"SELECT id, {', '.join(_CONSENT_COLUMNS)} FROM consents WHERE id = ?",
                      (consent_id,))
    return _consent(rows[0]) if rows else None


def _consent_values(consent: Consent) -> list[object]:
    return [consent.employee_id, str(consent.scope), consent.recipient,
            consent.given_on.isoformat(), _iso(consent.withdrawn_on), _iso(consent.valid_until)]


def insert_consent(db: Database, consent: Consent) -> int:
    marks = ", ".join("?" for _ in _CONSENT_COLUMNS)
    cursor = db.execute(f"INSERT INTO consents ({', '.join(_CONSENT_COLUMNS)}) VALUES ({marks})",
                        _consent_values(consent))
    return cursor.lastrowid


def update_consent(db: Database, consent: Consent) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _CONSENT_COLUMNS)
    db.execute(f"UPDATE consents SET {assignments} WHERE id = ?",
               [*_consent_values(consent), consent.id])


def partner_contracts(data: DataFile, first: date, last: date) -> list[Contract]:
    """Contracts shared with a co-employment partner that run at some point from first to last."""
    rows = data.query(f"SELECT id, {', '.join(_CONTRACT_COLUMNS)} FROM contracts "
                      "WHERE partner_name != '' AND partner_share IS NOT NULL "
                      "AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) "
                      "ORDER BY partner_name, start_date",
                      (last.isoformat(), first.isoformat()))
    return [_contract(row).contract for row in rows]
