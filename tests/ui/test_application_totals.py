"""The totals under the payment applications: applied − paid splits into what is still coming
(the same figure as Saatavat) and what never will (rejected, or closed paid short)."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.wages import AppStatus, PeriodState
from kuhina_desktop.ui.views.wage_applications import _prepared


def _state(month: int, status: AppStatus, amount: int | None, paid: int = 0) -> PeriodState:
    start = date(2026, month, 1)
    sent = status not in (AppStatus.READY, AppStatus.OVERDUE, AppStatus.NOT_DUE)
    return PeriodState(decision_id=1, employee_id=1, employee_name="Aino Kettunen",
                       period_start=start, period_end=date(2026, month, 28),
                       deadline=date(2026, month + 2, 28), status=status, amount=amount,
                       paid=paid, sent_on=date(2026, month + 1, 5) if sent else None)


def test_a_rejection_is_not_counted_as_money_still_waiting_for_payment() -> None:
    states = [_state(1, AppStatus.PAID, 100_000, 100_000),
              _state(2, AppStatus.PAID, 100_000, 95_000),  # closed paid short
              _state(3, AppStatus.PARTLY_PAID, 100_000, 40_000),
              _state(4, AppStatus.SENT, 100_000),
              _state(5, AppStatus.REJECTED, 90_000),
              _state(6, AppStatus.READY, 80_000),  # not applied for: in neither figure
              _state(7, AppStatus.OVERDUE, 70_000)]
    loaded = _prepared(states)
    assert (loaded.applied, loaded.paid) == (490_000, 235_000)
    assert loaded.owed == 60_000 + 100_000 == sum(s.owed for s in states)
    assert loaded.not_paid == 5_000 + 90_000
    assert loaded.applied - loaded.paid == loaded.owed + loaded.not_paid
    assert loaded.lost == 70_000


def test_a_period_inside_a_month_is_shown_with_its_days() -> None:
    from kuhina_desktop.ui.models.wage_tables import _period

    def period(start: date, end: date) -> str:
        return _period(PeriodState(decision_id=1, employee_id=1, employee_name="",
                                   period_start=start, period_end=end, deadline=end,
                                   status=AppStatus.NOT_DUE, amount=None))

    assert period(date(2026, 8, 1), date(2026, 9, 30)) == "8/2026–9/2026"
    assert period(date(2026, 4, 1), date(2026, 4, 30)) == "4/2026"
    assert period(date(2026, 4, 1), date(2026, 4, 4)) == "1.4.2026–4.4.2026"
    assert period(date(2026, 12, 14), date(2027, 1, 31)) == "14.12.2026–31.1.2027"
