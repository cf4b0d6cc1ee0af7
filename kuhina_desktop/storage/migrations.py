"""The schema of a .kuhina file as an append-only list of sqlite-utils migrations.

Rules: a released migration is never edited or renamed; a change is a new function
appended below. Money is INTEGER cents, rates and hours are TEXT decimals (exact),
dates are ISO TEXT (YYYY-MM-DD, months YYYY-MM). Tables are STRICT so that a wrong type
is an error, not a silent conversion.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite_utils is loaded only when a file needs migrating
    from sqlite_utils import Database

MIGRATION_SET = "kuhina"
_REGISTRY: list[tuple[str, Callable[[Database], None]]] = []


def migrations(*, name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register a migration in order. The sqlite-utils Migrations object is built only when a
    file needs migrating (apply_migrations), so opening a current file does not load it."""

    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        if any(existing == name for existing, _fn in _REGISTRY):
            raise ValueError(f"migration {name} registered twice")
        _REGISTRY.append((name, fn))
        return fn

    return register


def apply_migrations(db: Database) -> None:
    from sqlite_utils.migrations import Migrations

    runner = Migrations(MIGRATION_SET)
    for name, fn in _REGISTRY:
        runner(name=name)(fn)
    runner.apply(db)


def _run(db: Database, script: str) -> None:
    """Run a script statement by statement inside the migration's transaction.

    (executescript() would COMMIT first and break the all-or-nothing migration.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        db.execute(pending)


@migrations(name="m001_core")
def m001_core(db: Database) -> None:
    _run(db, """
    CREATE TABLE association (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        business_id TEXT NOT NULL,
        register_number TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        iban TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        document_language TEXT NOT NULL DEFAULT 'fi' CHECK (document_language IN ('fi', 'en')),
        created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        hetu TEXT NOT NULL UNIQUE,
        birth_date TEXT NOT NULL,
        street TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        target_long_term_unemployed INTEGER NOT NULL DEFAULT 0,
        target_immigrant INTEGER NOT NULL DEFAULT 0,
        target_young INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        archived_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX employees_name ON employees (last_name, first_name);

    -- Health-related (special-category) data is kept apart from the employee row so that
    -- lists, exports and the audit trail cannot pick it up by accident.
    CREATE TABLE employee_health (
        employee_id INTEGER PRIMARY KEY REFERENCES employees (id) ON DELETE CASCADE,
        partial_work_ability INTEGER NOT NULL DEFAULT 0,
        details TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE contracts (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        start_date TEXT NOT NULL,
        end_date TEXT,
        trial_end TEXT,
        weekly_hours TEXT NOT NULL,
        full_time_weekly_hours TEXT NOT NULL,
        pay_basis TEXT NOT NULL CHECK (pay_basis IN ('monthly', 'hourly')),
        pay_cents INTEGER NOT NULL CHECK (pay_cents >= 0),
        collective_agreement TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        tailored_tasks TEXT NOT NULL DEFAULT '',
        workplace TEXT NOT NULL DEFAULT '',
        partner_name TEXT NOT NULL DEFAULT '',
        partner_share TEXT,
        CHECK (end_date IS NULL OR end_date >= start_date)
    ) STRICT;
    CREATE INDEX contracts_employee ON contracts (employee_id, start_date);

    CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        scope TEXT NOT NULL,
        recipient TEXT NOT NULL DEFAULT '',
        given_on TEXT NOT NULL,
        withdrawn_on TEXT,
        valid_until TEXT
    ) STRICT;
    CREATE INDEX consents_employee ON consents (employee_id);

    CREATE TABLE contribution_rates (
        year INTEGER NOT NULL,
        line TEXT NOT NULL,
        rate TEXT NOT NULL,
        confirmed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (year, line)
    ) STRICT;

    CREATE TABLE support_parameters (
        kind TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        percent TEXT NOT NULL,
        monthly_cap_cents INTEGER NOT NULL,
        working_time_cap TEXT,
        min_weekly_hours TEXT,
        max_months INTEGER,
        PRIMARY KEY (kind, valid_from)
    ) STRICT;

    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        filename TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        added_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        payer TEXT NOT NULL DEFAULT '',
        decision_number TEXT NOT NULL DEFAULT '',
        decision_date TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        percent TEXT NOT NULL,
        monthly_cap_cents INTEGER NOT NULL,
        working_time_cap TEXT,
        payment_period_months INTEGER NOT NULL CHECK (payment_period_months IN (1, 2, 3)),
        contribution_method TEXT NOT NULL DEFAULT 'actual'
            CHECK (contribution_method IN ('actual', 'coefficient')),
        prorate_partial_months INTEGER NOT NULL DEFAULT 1,
        conditions TEXT NOT NULL DEFAULT '',
        attachment_id INTEGER REFERENCES attachments (id) ON DELETE SET NULL,
        warnings TEXT NOT NULL DEFAULT '[]',
        CHECK (end_date >= start_date)
    ) STRICT;
    CREATE INDEX decisions_employee ON decisions (employee_id, start_date);

    CREATE TABLE wage_months (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        month TEXT NOT NULL,
        gross_pay_cents INTEGER NOT NULL DEFAULT 0,
        supplements_cents INTEGER NOT NULL DEFAULT 0,
        holiday_pay_cents INTEGER NOT NULL DEFAULT 0,
        holiday_bonus_cents INTEGER NOT NULL DEFAULT 0,
        holiday_compensation_cents INTEGER NOT NULL DEFAULT 0,
        tax_free_allowances_cents INTEGER NOT NULL DEFAULT 0,
        kela_compensated_cents INTEGER NOT NULL DEFAULT 0,
        other_public_support_cents INTEGER NOT NULL DEFAULT 0,
        unpaid_absence_days INTEGER NOT NULL DEFAULT 0,
        hours TEXT NOT NULL DEFAULT '0',
        contributions_cents INTEGER,
        source TEXT NOT NULL DEFAULT 'manual',
        UNIQUE (employee_id, month)
    ) STRICT;
    CREATE INDEX wage_months_month ON wage_months (month);

    CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'sent', 'paid', 'partly_paid', 'rejected')),
        amount_cents INTEGER NOT NULL DEFAULT 0,
        sent_on TEXT,
        snapshot TEXT,
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (decision_id, period_start)
    ) STRICT;

    CREATE TABLE application_payments (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        paid_on TEXT NOT NULL,
        amount_cents INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX application_payments_application ON application_payments (application_id);

    CREATE TABLE application_corrections (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        made_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL
    ) STRICT;

    -- Who changed what and when; never the values of identity codes or health data.
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id INTEGER,
        action TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '[]',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_row ON audit_log (table_name, row_id)
    """)


def schema_names() -> list[str]:
    """The migration names this build knows, in order."""
    return [name for name, _fn in _REGISTRY]


@migrations(name="m002_support")
def m002_support(db: Database) -> None:
    # What the support engine needs beyond m001: the coefficient of the coefficient method,
    # cost items a per-decision support covers, and the deadline rule kept per decision.
    _run(db, """
    ALTER TABLE support_parameters ADD COLUMN contribution_coefficient TEXT;
    ALTER TABLE decisions ADD COLUMN contribution_coefficient TEXT;
    ALTER TABLE decisions ADD COLUMN eligible_items TEXT;
    ALTER TABLE decisions ADD COLUMN deadline_months_after INTEGER NOT NULL DEFAULT 2;
    CREATE INDEX decisions_period ON decisions (start_date, end_date)
    """)


@migrations(name="m003_due_list")
def m003_due_list(db: Database) -> None:
    # Snoozed and done marks of due-list items, keyed by the item's stable key. A mark is
    # undone by deleting its row (the audit trail keeps the history).
    _run(db, """
    CREATE TABLE due_item_marks (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('snoozed', 'done')),
        until TEXT,
        note TEXT NOT NULL DEFAULT '',
        marked_at TEXT NOT NULL,
        CHECK (state = 'done' OR until IS NOT NULL)
    ) STRICT;
    CREATE INDEX applications_decision ON applications (decision_id, status);
    CREATE INDEX decisions_end ON decisions (end_date);
    CREATE INDEX consents_valid_until ON consents (valid_until)
    """)


@migrations(name="m004_wages")
def m004_wages(db: Database) -> None:
    # Named column mappings of payroll exports, kept as header names so that next month's file
    # with the same columns maps itself.
    _run(db, """
    CREATE TABLE import_presets (
        name TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT
    """)


@migrations(name="m005_employees")
def m005_employees(db: Database) -> None:
    # A contract's warnings (trial over half of the term, unusual full-time hours…) are kept
    # with it, so the list and later checks still see what was accepted despite a warning.
    _run(db, """
    ALTER TABLE contracts ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'
    """)
