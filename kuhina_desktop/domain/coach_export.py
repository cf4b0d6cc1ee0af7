"""The job-coach export's rules: who goes out, which fields, and how a text cell is made safe.

Minimisation works by an explicit allow-list (GDPR Art. 5(1)(c)): every data set names its
fields in column order and the consent scope a person must have given for it. Nothing outside
the list can reach a file: rows are rebuilt from the list, and a source row that carries any
other field is refused (a repository that selects one column too many fails loudly instead of
leaking it). The henkilötunnus, health data (partial work ability and its reason) and free
notes are on no list.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula
(CSV injection). Text cells that start so are prefixed with an apostrophe (OWASP ASVS 5.0,
1.2.10); numbers and dates are not text and stay as they are, so ``-1,5`` remains a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeAlias

from kuhina_desktop.domain.employees import Consent, ConsentScope, consent_is_valid
from kuhina_desktop.domain.errors import ValidationError

#: A cell of the export: text, a whole number, an exact decimal, a day, or empty.
Cell: TypeAlias = str | int | Decimal | date | None


class DataSet(StrEnum):
    EMPLOYMENT = "employment"
    OUTCOMES = "outcomes"
    ENROLMENTS = "enrolments"
    CERTIFICATES = "certificates"
    COACHING = "coaching"
    CONTACTS = "contacts"
    JOB_OPPORTUNITIES = "job_opportunities"


#: The allow-list: the only fields each data set may carry, in column order.
ALLOW_LIST: Mapping[DataSet, tuple[str, ...]] = {
    DataSet.EMPLOYMENT: ("name", "job_title", "employment_start", "employment_end"),
    DataSet.OUTCOMES: ("name", "period_start", "period_end", "outcome", "readiness_start",
                       "readiness_end"),
    DataSet.ENROLMENTS: ("name", "training", "training_kind", "provider", "status", "start",
                         "completed_on", "planned_hours", "hours_attended", "result"),
    DataSet.CERTIFICATES: ("name", "certificate", "issued_on", "expires_on", "issuer"),
    DataSet.COACHING: ("name", "date", "kind", "mode", "minutes", "summary", "agreed_actions",
                       "next_follow_up"),
    DataSet.CONTACTS: ("name", "phone", "email"),
    DataSet.JOB_OPPORTUNITIES: ("title", "description", "weekly_hours", "place", "accessibility",
                                "language_requirements", "support_offered", "contact"),
}

#: The consent scope a person must have for a data set; None: no personal data in it.
SCOPE_OF: Mapping[DataSet, ConsentScope | None] = {
    DataSet.EMPLOYMENT: ConsentScope.PROGRESS,
    DataSet.OUTCOMES: ConsentScope.PROGRESS,
    DataSet.ENROLMENTS: ConsentScope.TRAINING,
    DataSet.CERTIFICATES: ConsentScope.TRAINING,
    DataSet.COACHING: ConsentScope.COACHING_NOTES,
    DataSet.CONTACTS: ConsentScope.CONTACT_DETAILS,
    DataSet.JOB_OPPORTUNITIES: None,
}

#: Fields whose values are stored codes; the files show them in words.
CODED_FIELDS = frozenset({"outcome", "training_kind", "status", "kind", "mode"})

#: Never exported, whatever a list says; checked when this module is loaded.
FORBIDDEN_FIELDS = frozenset({"hetu", "henkilotunnus", "birth_date", "notes", "details",
                              "target_groups", "partial_work_ability", "health_details",
                              "street", "postal_code", "city", "number", "verified_by"})
assert not FORBIDDEN_FIELDS & {f for fields in ALLOW_LIST.values() for f in fields}


def data_sets_of(scopes: Iterable[ConsentScope]) -> list[DataSet]:
    wanted = set(scopes)
    return [s for s in DataSet if SCOPE_OF[s] is not None and SCOPE_OF[s] in wanted]


def fields_of(scopes: Iterable[ConsentScope]) -> list[str]:
    """Every field that goes out about a person with these scopes, each once, in list order."""
    seen: list[str] = []
    for data_set in data_sets_of(scopes):
        seen.extend(f for f in ALLOW_LIST[data_set] if f not in seen)
    return seen


# --- who goes out ---------------------------------------------------------------------------

#: Whom the export is for: a consent counts only when it names this recipient. The consent
#: form offers it as the default, and the demo's consents name it.
COACH_RECIPIENT = "Kuhina-hankkeen työhönvalmentaja"


def same_recipient(a: str, b: str) -> bool:
    """Recipients compare without case and extra blanks; nothing else is guessed."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()



class LeftOut(StrEnum):
    """Why a person is not in the export (the only thing said about them)."""

    NO_CONSENT = "no_consent"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    OTHER_RECIPIENT = "other_recipient"  # consents only to someone else (or to nobody named)


@dataclass(frozen=True, kw_only=True)
class PersonStatus:
    employee_id: int
    name: str
    sort_name: str
    scopes: frozenset[ConsentScope] = frozenset()
    recipients: tuple[str, ...] = ()
    left_out: LeftOut | None = None
    #: consents in force given to someone other than the export's recipient, (scope, recipient),
    #: for scopes not also given to the recipient: shown in the preview, never exported
    elsewhere: tuple[tuple[ConsentScope, str], ...] = ()

    @property
    def included(self) -> bool:
        return self.left_out is None


def _reason(consent: Consent, on_date: date) -> LeftOut:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on_date:
        return LeftOut.WITHDRAWN
    if consent.valid_until is not None and consent.valid_until < on_date:
        return LeftOut.EXPIRED
    return LeftOut.NOT_YET_VALID


def person_status(employee_id: int, first_name: str, last_name: str,
                  consents: Iterable[Consent], on_date: date, *,
                  recipient: str) -> PersonStatus:
    """The scopes in force on the export day, or why the person is left out.

    Only consents given to ``recipient`` count: a consent to share with occupational health, or
    one that names no recipient (the association's own use), says nothing about the coach.
    Without a valid consent the reason is that of the newest consent to the recipient: a person
    who withdrew and later gave one that has since expired reads "expired", the state that
    matters now; a person whose consents all name someone else reads "other recipient".
    """
    own = sorted((c for c in consents if c.employee_id == employee_id),
                 key=lambda c: (c.given_on, c.id or 0))
    to_recipient = [c for c in own if same_recipient(c.recipient, recipient)]
    valid = [c for c in to_recipient if consent_is_valid(c, on_date)]
    scopes = frozenset(c.scope for c in valid)
    elsewhere = tuple(dict.fromkeys(
        (c.scope, c.recipient.strip()) for c in own
        if c not in to_recipient and consent_is_valid(c, on_date) and c.scope not in scopes))
    base = dict(employee_id=employee_id, name=f"{first_name} {last_name}".strip(),
                sort_name=f"{last_name} {first_name}".strip(), elsewhere=elsewhere)
    if valid:
        recipients = tuple(dict.fromkeys(c.recipient for c in valid if c.recipient))
        return PersonStatus(**base, scopes=scopes, recipients=recipients)
    if to_recipient:
        reason = _reason(to_recipient[-1], on_date)
    else:
        reason = LeftOut.OTHER_RECIPIENT if own else LeftOut.NO_CONSENT
    return PersonStatus(**base, left_out=reason)


# --- which rows go out ----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SourceRow:
    """A row as read from the file: its values by field (``name`` is added here, from the
    person) and the days it covers, for the period filter (None: open on that side)."""

    employee_id: int | None
    values: Mapping[str, Cell]
    start: date | None = None
    end: date | None = None
    order: tuple = field(default=())  # sort key within a person (e.g. the date)


def validate_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("period ends before it starts", code="export_period_reversed",
                              field="export_to", start=start, end=end)


def in_period(row: SourceRow, start: date | None, end: date | None) -> bool:
    """Rows whose days touch the period; undated rows (a contact) always do."""
    ends_before = start is not None and row.end is not None and row.end < start
    starts_after = end is not None and row.start is not None and row.start > end
    return not (ends_before or starts_after)


def _checked(data_set: DataSet, row: SourceRow) -> None:
    allowed = set(ALLOW_LIST[data_set]) - {"name"}
    extra = set(row.values) - allowed
    if extra:
        raise ValueError(f"{data_set}: fields outside the allow-list: {sorted(extra)}")


def select_rows(data_set: DataSet, rows: Iterable[SourceRow],
                people: Mapping[int, PersonStatus], start: date | None = None,
                end: date | None = None) -> list[tuple[int | None, tuple[Cell, ...]]]:
    """The rows that may go out, as (employee id, cells in allow-list order), sorted by person.

    A personal row goes out only when its person is included with the data set's scope.
    """
    scope = SCOPE_OF[data_set]
    fields = ALLOW_LIST[data_set]
    picked: list[tuple[tuple, int | None, tuple[Cell, ...]]] = []
    for row in rows:
        _checked(data_set, row)
        person = people.get(row.employee_id) if row.employee_id is not None else None
        if scope is not None and (person is None or scope not in person.scopes):
            continue
        if not in_period(row, start, end):
            continue
        values = {**row.values, "name": person.name} if person else dict(row.values)
        key = ((person.sort_name, person.employee_id) if person else (), row.order)
        picked.append((key, row.employee_id, tuple(values.get(f) for f in fields)))
    picked.sort(key=lambda item: _sortable(item[0]))
    return [(owner, cells) for _, owner, cells in picked]


def _sortable(key: tuple) -> tuple:
    # None sorts first without comparing None with a date.
    return tuple(_sortable(k) if isinstance(k, tuple) else (False,) if k is None else (True, k)
                 for k in key)


# --- safe text ------------------------------------------------------------------------------

# Characters a spreadsheet may take as the start of a formula (ASVS 1.2.10 lists these).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
# Control characters that xlsx cannot hold and CSV readers choke on; tab and newlines stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def safe_text(text: str) -> str:
    """Text for a spreadsheet cell: control characters dropped, then a leading apostrophe
    when the text (or its first non-blank character) would start a formula."""
    text = _CONTROL.sub("", text)
    # Some programs skip leading blanks before looking for "=": check after them too.
    if text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS[:4]):
        return "'" + text
    return text


def export_phone(phone: str) -> str:
    """A stored Finnish number (``+358504412987``) as people write it (``050 441 2987``).

    A leading ``+`` would make the cell look like a formula and a bare ``0504412987`` would
    lose its zero in Excel; the grouped national form is neither. Other countries' numbers
    keep their ``+`` (and are neutralised like any such text).
    """
    if phone.startswith("+358") and phone[4:].isdigit() and len(phone) > 7:
        national = "0" + phone[4:]
        return f"{national[:3]} {national[3:6]} {national[6:]}"
    return phone


def safe_cell(value: Cell) -> Cell:
    """Only text is changed; numbers and dates stay what they are."""
    return safe_text(value) if isinstance(value, str) else value
