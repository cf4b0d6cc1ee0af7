"""How a due item reads, on screen and in the due-list PDF: holidays and expired certificates."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.deadlines import DayNote, DueItem, DueKind, Severity
from kuhina_desktop.reports.builders.due_list import _rows
from kuhina_desktop.ui.due_texts import day_note_text, what_to_do

ALL_SAINTS = DayNote(day=date(2026, 10, 31), reason="holiday", holiday_name="Pyhäinpäivä",
                     next_working_day=date(2026, 11, 2))


def _certificate(due: date, note: DayNote | None = None) -> DueItem:
    return DueItem(key="cert:1", kind=DueKind.CERTIFICATE_EXPIRY, due_date=due, subject_id=1,
                   subject_name="Virtanen Aino", action="renew_certificate",
                   severity=Severity.WARNING, day_note=note,
                   params={"certificate_type": "Työturvallisuuskortti"})


def test_a_holiday_is_named_once_in_lower_case(finnish) -> None:
    assert day_note_text(ALL_SAINTS) == "31.10.2026 on pyhäinpäivä; seuraava arkipäivä 2.11.2026"
    [row] = _rows([_certificate(ALL_SAINTS.day, ALL_SAINTS)], "fi", date(2026, 10, 1))
    assert row[2] == ("Pätevyys vanhenee: Työturvallisuuskortti "
                      "(pyhäinpäivä; seuraava arkipäivä 2.11.2026)")


def test_a_certificate_past_its_expiry_reads_expired(finnish) -> None:
    due = date(2026, 5, 31)
    assert what_to_do(_certificate(due), date(2026, 5, 31)) == \
        "Pätevyys vanhenee: Työturvallisuuskortti"
    assert what_to_do(_certificate(due), date(2026, 6, 1)) == \
        "Pätevyys vanhentunut: Työturvallisuuskortti"
    assert _rows([_certificate(due)], "fi", date(2026, 6, 1))[0][2] == \
        "Pätevyys vanhentunut: Työturvallisuuskortti"
    assert _rows([_certificate(due)], "en", date(2026, 6, 1))[0][2] == \
        "Certificate expired: Työturvallisuuskortti"
