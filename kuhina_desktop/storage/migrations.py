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


@migrations(name="m006_training")
def m006_training(db: Database) -> None:
    """Training packages, enrolments, certificates, role requirements, job coaching, outcomes
    and job opportunities. Certificate types are seeded here, so that a file upgraded from an
    older version gets them too; the association may edit them."""
    _run(db, """
    CREATE TABLE certificate_types (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        validity_months INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
        month_precision INTEGER NOT NULL DEFAULT 0 CHECK (month_precision IN (0, 1)),
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE training_packages (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN
            ('induction', 'employer_specific', 'course', 'qualification_unit')),
        provider TEXT NOT NULL DEFAULT '',
        funder TEXT NOT NULL CHECK (funder IN ('association', 'kuhina_esr', 'other')),
        planned_hours TEXT NOT NULL DEFAULT '0',
        cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
        modules TEXT NOT NULL DEFAULT '',
        qualification_unit TEXT NOT NULL DEFAULT '',
        certificate_type_id INTEGER REFERENCES certificate_types (id) ON DELETE RESTRICT,
        start_date TEXT,
        end_date TEXT,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
    ) STRICT;
    CREATE INDEX training_packages_title ON training_packages (archived, title);

    CREATE TABLE enrolments (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        package_id INTEGER NOT NULL REFERENCES training_packages (id) ON DELETE RESTRICT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'ongoing', 'completed', 'interrupted')),
        start_date TEXT,
        hours_attended TEXT NOT NULL DEFAULT '0',
        completed_on TEXT,
        result TEXT NOT NULL DEFAULT '',
        CHECK (status <> 'completed' OR completed_on IS NOT NULL)
    ) STRICT;
    CREATE INDEX enrolments_employee ON enrolments (employee_id, package_id);
    CREATE INDEX enrolments_package ON enrolments (package_id, status);

    CREATE TABLE certificates (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        type_id INTEGER NOT NULL REFERENCES certificate_types (id) ON DELETE RESTRICT,
        issued_on TEXT NOT NULL,
        expires_on TEXT,
        issuer TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL DEFAULT '',
        verified_by TEXT NOT NULL DEFAULT '',
        attachment_id INTEGER REFERENCES attachments (id) ON DELETE SET NULL,
        enrolment_id INTEGER UNIQUE REFERENCES enrolments (id) ON DELETE SET NULL,
        CHECK (expires_on IS NULL OR expires_on >= issued_on)
    ) STRICT;
    CREATE INDEX certificates_employee ON certificates (employee_id, type_id);
    CREATE INDEX certificates_expires ON certificates (expires_on);

    -- A role is matched against contracts.job_title by "contains", case-insensitively.
    CREATE TABLE role_requirements (
        id INTEGER PRIMARY KEY,
        job_title TEXT NOT NULL COLLATE NOCASE,
        certificate_type_id INTEGER NOT NULL REFERENCES certificate_types (id) ON DELETE CASCADE,
        UNIQUE (job_title, certificate_type_id)
    ) STRICT;

    -- The summary is neutral by rule: health details belong only in employee_health.
    CREATE TABLE coaching_events (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER REFERENCES employees (id) ON DELETE CASCADE,
        event_date TEXT NOT NULL,
        coach_name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN
            ('individual', 'employer', 'start_support', 'task_tailoring', 'follow_up')),
        mode TEXT NOT NULL CHECK (mode IN ('on_site', 'phone', 'remote')),
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        summary TEXT NOT NULL DEFAULT '',
        agreed_actions TEXT NOT NULL DEFAULT '',
        next_follow_up TEXT,
        shareable INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1)),
        CHECK (employee_id IS NOT NULL OR kind = 'employer')
    ) STRICT;
    CREATE INDEX coaching_events_employee ON coaching_events (employee_id, event_date);
    CREATE INDEX coaching_events_date ON coaching_events (event_date);

    CREATE TABLE outcomes (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
        decision_id INTEGER UNIQUE REFERENCES decisions (id) ON DELETE SET NULL,
        period_start TEXT,
        period_end TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('open_market_job', 'continues_unsupported',
            'education', 'other_service', 'unemployed', 'other')),
        readiness_start INTEGER CHECK (readiness_start BETWEEN 1 AND 5),
        readiness_end INTEGER CHECK (readiness_end BETWEEN 1 AND 5),
        details TEXT NOT NULL DEFAULT '',
        CHECK (period_start IS NULL OR period_end >= period_start)
    ) STRICT;
    CREATE INDEX outcomes_employee ON outcomes (employee_id, period_end);
    CREATE INDEX outcomes_period_end ON outcomes (period_end);

    CREATE TABLE job_opportunities (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        weekly_hours TEXT,
        place TEXT NOT NULL DEFAULT '',
        accessibility TEXT NOT NULL DEFAULT '',
        language_requirements TEXT NOT NULL DEFAULT '',
        support_offered TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1))
    ) STRICT;
    CREATE INDEX job_opportunities_open ON job_opportunities (is_open, title)
    """)
    # Validity per domain research §5.1; month precision where validity counts from a month.
    for code, name, months, month_precision, notes in (
        ("tyoturvallisuuskortti", "Työturvallisuuskortti", 60, 0, ""),
        ("hygieniapassi", "Hygieniapassi", None, 0,
         "Tarvitaan pakkaamattomien helposti pilaantuvien elintarvikkeiden käsittelyssä."),
        ("ea1", "Ensiapukurssi EA1", 36, 0, ""),
        ("ea2", "Ensiapukurssi EA2", 36, 0, ""),
        ("hataensiapu", "Hätäensiapukurssi", 36, 0, ""),
        ("tulityokortti", "Tulityökortti", 60, 0, "Vanhentunutta korttia ei voi uusia suoraan."),
        ("sahkotyoturvallisuuskortti", "Sähkötyöturvallisuuskortti", 60, 0, ""),
        ("tieturva1", "Tieturva 1", 60, 1,
         "Voimassa viisi vuotta: kurssikuukautta vastaavan kuukauden loppuun."),
        ("tieturva2", "Tieturva 2", 60, 1, "Edellyttää voimassa olevaa Tieturva 1 -korttia."),
        ("anniskelupassi", "Anniskelupassi", None, 0, ""),
        ("adr", "ADR-ajolupa", 60, 0, ""),
    ):
        db.execute("INSERT INTO certificate_types (code, name, validity_months, month_precision,"
                   " notes) VALUES (?, ?, ?, ?, ?)", [code, name, months, month_precision, notes])


@migrations(name="m007_protection")
def m007_protection(db: Database) -> None:
    # Blind index of the henkilötunnus (keyed HMAC) for files with password protection: the
    # duplicate check and the payroll import find a person without decrypting every code.
    # NULL in unprotected files; UNIQUE allows many NULLs.
    _run(db, """
    ALTER TABLE employees ADD COLUMN hetu_index TEXT;
    CREATE UNIQUE INDEX employees_hetu_index ON employees (hetu_index)
    """)


@migrations(name="m008_application_indexes")
def m008_application_indexes(db: Database) -> None:
    # Which decisions still have an open payment period is counted over the closed
    # applications of every decision; this index answers that without reading the table,
    # whose rows carry the (large) snapshots of what was applied for.
    _run(db, """
    CREATE INDEX applications_settlement
        ON applications (decision_id, status, period_start, amount_cents)
    """)


@migrations(name="m009_drop_applications_decision")
def m009_drop_applications_decision(db: Database) -> None:
    # applications_decision (decision_id, status) repeats the first columns of
    # applications_settlement, and the table's UNIQUE (decision_id, period_start) finds the
    # rows of one decision too. The spare copy only made every write, every file and every
    # backup check larger (a tenth of a file of 10,000 employees).
    _run(db, "DROP INDEX IF EXISTS applications_decision")
