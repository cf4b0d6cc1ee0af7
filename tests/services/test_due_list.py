"""The due list over a real file: items from contracts, decisions, applications, consents and
wage months; snooze, done and undo; the calendar export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kuhina_desktop.domain.deadlines import DueGroup, DueKind
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.services.ics import calendar_text, write_calendar
from tests.due_data import make_due_file


@pytest.fixture
def services(tmp_path: Path):
    services = make_due_file(tmp_path / "due.kuhina")
    yield services
    services.close()


def kinds(items) -> dict[str, list]:
    found: dict[str, list] = {}
    for item in items:
        found.setdefault(item.kind, []).append(item)
    return found


def test_items_of_every_kind_on_a_day_in_june(services) -> None:
    today = date(2026, 6, 18)
    found = kinds(services.due_list.items(today))
    # Period 1–2/2026 was paid; 3–4/2026 is unsent and its deadline 30.6. is 12 days away.
    payment = found[DueKind.PAYMENT_APPLICATION]
    assert [(i.due_date, i.params["period_end"]) for i in payment] == [
        (date(2026, 6, 30), date(2026, 4, 30))]
    assert found[DueKind.TRIAL_END][0].due_date == date(2026, 6, 30)
    assert found[DueKind.CONSENT_EXPIRY][0].due_date == date(2026, 6, 20)
    # May's wages are in; nothing is missing until 10.7. has passed for June.
    assert DueKind.WAGE_MONTH_MISSING not in found
    assert DueKind.CONTRACT_END not in found  # 31.12. is more than 60 days away


def test_overdue_application_and_missing_month_later_in_the_year(services) -> None:
    today = date(2026, 7, 15)
    groups = services.due_list.grouped(today)
    overdue = groups[DueGroup.OVERDUE]
    assert any(i.kind == DueKind.PAYMENT_APPLICATION and i.due_date == date(2026, 6, 30)
               for i in overdue)
    missing = [i for i in overdue if i.kind == DueKind.WAGE_MONTH_MISSING]
    assert [i.params["month"] for i in missing] == [date(2026, 6, 1)]


def test_sent_application_leaves_the_list(services) -> None:
    with services.data.write() as db:
        db.execute("INSERT INTO applications (decision_id, period_start, period_end, status) "
                   "VALUES (7, '2026-03-01', '2026-04-30', 'sent')")
    items = services.due_list.items(date(2026, 6, 12))
    assert DueKind.PAYMENT_APPLICATION not in kinds(items)


def test_snooze_done_and_undo(services) -> None:
    today = date(2026, 6, 18)
    trial = kinds(services.due_list.items(today))[DueKind.TRIAL_END][0]
    services.due_list.snooze(trial.key, date(2026, 6, 22), today)
    assert DueKind.TRIAL_END not in kinds(services.due_list.items(today))
    assert DueKind.TRIAL_END in kinds(services.due_list.items(date(2026, 6, 22)))
    services.due_list.mark_done(trial.key, "Koeaika meni hyvin")
    assert DueKind.TRIAL_END not in kinds(services.due_list.items(date(2026, 6, 25)))
    hidden = services.due_list.marked(today)
    assert [(i.key, m.state, m.note) for i, m in hidden] == [
        (trial.key, "done", "Koeaika meni hyvin")]
    services.due_list.undo(trial.key)
    assert DueKind.TRIAL_END in kinds(services.due_list.items(today))
    actions = [r["action"] for r in services.data.query(
        "SELECT action FROM audit_log WHERE table_name = 'due_item_marks' ORDER BY id")]
    assert actions == ["snoozed", "done", "delete"]


def test_snooze_into_the_past_is_refused_and_changes_nothing(services) -> None:
    today = date(2026, 6, 18)
    key = services.due_list.items(today)[0].key
    with pytest.raises(ValidationError, match="not in the future"):
        services.due_list.snooze(key, today, today)
    assert services.due_list.marked(today) == []


def test_rate_table_and_retention_items_around_new_year(services) -> None:
    december = kinds(services.due_list.items(date(2026, 12, 10)))
    assert december[DueKind.RATE_TABLE][0].params["year"] == 2027
    january = kinds(services.due_list.items(date(2027, 1, 5)))
    assert DueKind.RETENTION_REVIEW in january
    services.rates.copy_year(2026, 2027)
    tables = services.rates.tables()
    services.rates.save(tables, services.rates.confirmed_years() | {2027})
    assert DueKind.RATE_TABLE not in kinds(services.due_list.items(date(2027, 1, 5)))


def test_calendar_export_is_valid_icalendar(services, tmp_path: Path) -> None:
    items = services.due_list.items(date(2026, 6, 12))
    text = calendar_text(items, lambda i: f"Tehtävä, jossa on pilkku; ja puolipiste – {i.kind}",
                         "Testi ry")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert text.count("BEGIN:VEVENT") == len(items)
    assert "DTSTART;VALUE=DATE:20260630" in text
    assert "\\, jossa" in text and "\\; ja" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "010594" not in text
    target = tmp_path / "maaraajat.ics"
    write_calendar(target, text)
    assert target.read_bytes().decode("utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".ics", ".part")) == [
        "maaraajat.ics"]
