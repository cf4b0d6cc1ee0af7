"""The due list: every deadline of the file, minus what was snoozed or marked done.

Inputs come from storage/due_repo.py in set-based queries; the rules are the pure functions of
domain/deadlines.py. ``today`` is always passed in, so the practice mode (a future date) and the
tests with a frozen clock use the same code as the real day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from kuhina_desktop.domain import deadlines as rules
from kuhina_desktop.domain.date_math import add_months, first_day_of_month
from kuhina_desktop.domain.deadlines import DueGroup, DueItem, DueKind
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.subsidy import payment_periods
from kuhina_desktop.storage import decisions_repo, due_repo, wages_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile, reading
from kuhina_desktop.storage.due_repo import DueMark

# Older than this, a missed item belongs to the follow-up views, not to the daily list.
LOOKBACK_MONTHS = 12
RETENTION_SETTING = "retention_reviewed_on"

AmountLookup = Callable[[int, date, date], int | None]


class DueListReader:
    """The due list read on a worker thread over a connection of its own: a file of
    thousands of people takes a tenth of a second, which the window should not wait for."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def read(self, today: date, with_marked: bool
             ) -> tuple[dict[DueGroup, list[DueItem]], list[tuple[DueItem, DueMark]]]:
        """(the grouped list, the snoozed and done items when asked for) as of ``today``."""
        from kuhina_desktop.services import Services  # the same wiring as the window's

        with reading(self._path) as data:
            due = Services(data).due_list
            return due.grouped(today), due.marked(today) if with_marked else []


class DueListService:
    def __init__(self, data: DataFile, confirmed_years: Callable[[], set[int]],
                 reviewed_on: Callable[[], date | None]) -> None:
        self._data = data
        self._confirmed_years = confirmed_years
        self._reviewed_on = reviewed_on
        # Wage and application services plug in the computed amount of an unsent period.
        self.amount_of_period: AmountLookup | None = None

    # ----- reading ------------------------------------------------------------------------
    def reader(self) -> DueListReader:
        return DueListReader(self._data.path)

    def all_items(self, today: date) -> list[DueItem]:
        """Every item the rules produce for ``today``, marks not applied."""
        names = wages_repo.employee_names(self._data)
        since = first_day_of_month(add_months(today, -LOOKBACK_MONTHS))
        items: list[DueItem | None] = []
        items += self._decision_items(today, since, names)
        items += self._contract_items(today, since, names)
        low, high = _window(DueKind.CONSENT_EXPIRY, today)
        items += [rules.consent_expiry_item(c, today, names.get(c.employee_id, ""))
                  for c in due_repo.expiring_consents(self._data, low, high)]
        items += [rules.certificate_expiry_item(
            certificate_id=cid, certificate_type=kind, expires=expires, today=today,
            subject_id=eid, subject_name=names.get(eid, ""))
            for cid, eid, kind, expires in due_repo.certificate_expiries(
                self._data, _window(DueKind.CERTIFICATE_EXPIRY, today)[1])]
        items.append(rules.rate_table_item(confirmed_years=self._confirmed_years(), today=today))
        items.append(rules.retention_review_item(last_reviewed_on=self._reviewed_on(),
                                                 today=today))
        return [item for item in items if item is not None]

    def items(self, today: date) -> list[DueItem]:
        marks = due_repo.marks(self._data)
        return [item for item in self.all_items(today) if _visible(item, marks.get(item.key), today)]

    def grouped(self, today: date) -> dict[DueGroup, list[DueItem]]:
        return rules.group_due_items(self.items(today), today)

    def marked(self, today: date) -> list[tuple[DueItem, DueMark]]:
        """Items hidden by a mark, for the 'snoozed and done' list where they can be undone."""
        marks = due_repo.marks(self._data)
        return [(item, marks[item.key]) for item in self.all_items(today)
                if item.key in marks and not _visible(item, marks[item.key], today)]

    def _decision_items(self, today: date, since: date, names: dict[int, str]) -> list:
        settled = due_repo.settled_periods(self._data, since)
        drafts = due_repo.draft_amounts(self._data)
        latest = decisions_repo.latest_starts(self._data)
        found: list[DueItem | None] = []
        for record in decisions_repo.decisions_ending_after(self._data, since):
            decision, name = record.decision, names.get(record.employee_id, "")
            for start, end in payment_periods(decision):
                if end >= today or (record.id, start.isoformat()) in settled:
                    continue
                amount = drafts.get((record.id, start.isoformat()))
                if amount is None and self.amount_of_period is not None:
                    amount = self.amount_of_period(record.id, start, end)
                found.append(rules.payment_application_item(
                    decision_id=record.id, period_end=end, today=today,
                    subject_id=record.employee_id, subject_name=name, amount_cents=amount,
                    deadline_months=decision.deadline_months_after))
            if latest.get(record.employee_id) == decision.start:  # not renewed yet
                found.append(rules.subsidy_period_end_item(
                    decision_id=record.id, end=decision.end, today=today,
                    subject_id=record.employee_id, subject_name=name))
        return found

    def _contract_items(self, today: date, since: date, names: dict[int, str]) -> list:
        entered = due_repo.entered_months(self._data, since)
        found: list[DueItem | None] = []
        for contract in due_repo.contracts_from(self._data, since):
            name = names.get(contract.employee_id, "")
            found.append(rules.contract_end_item(contract, today, name))
            found.append(rules.trial_end_item(contract, today, name))
            found += rules.missing_wage_month_items(
                employee_id=contract.employee_id, subject_name=name,
                employment_start=max(contract.start, since), employment_end=contract.end,
                entered_months=entered.get(contract.employee_id, set()), today=today)
        return found

    # ----- marking --------------------------------------------------------------------------
    def snooze(self, key: str, until: date, today: date) -> None:
        if until <= today:
            raise ValidationError("snooze date not in the future", code="snooze_in_past",
                                  field="until")
        self._put(DueMark(key, "snoozed", until, "", _now()))

    def mark_done(self, key: str, note: str = "") -> None:
        self._put(DueMark(key, "done", None, note.strip(), _now()))

    def undo(self, key: str) -> None:
        with self._data.write() as db:
            if due_repo.delete_mark(db, key) is not None:
                record_change(db, "due_item_marks", None, "delete", ["state"])

    def _put(self, mark: DueMark) -> None:
        with self._data.write() as db:
            due_repo.put_mark(db, mark)
            record_change(db, "due_item_marks", None, mark.state, ["state", "until", "note"])


def _window(kind: DueKind, today: date) -> tuple[date, date]:
    """The due dates a rule can show on ``today``: read only those rows from the file."""
    rule = rules.REMINDER_RULES[kind]
    ahead = max((days for days, _severity in rule.stages), default=0)
    behind = rule.keep_overdue_days if rule.keep_overdue_days is not None else 36500
    if rule.overdue is None:
        behind = 0
    return today - timedelta(days=behind), today + timedelta(days=ahead)


def _visible(item: DueItem, mark: DueMark | None, today: date) -> bool:
    if mark is None:
        return True
    if mark.state == "done":
        return False
    return mark.until is not None and mark.until <= today


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def snooze_presets(today: date) -> Iterable[tuple[str, date]]:
    """Suggested snooze dates: tomorrow, next Monday, in a week, in a month."""
    yield "tomorrow", today + timedelta(days=1)
    yield "next_monday", today + timedelta(days=7 - today.weekday())
    yield "one_week", today + timedelta(days=7)
    yield "one_month", add_months(today, 1)
