"""Payment application calculation sheet: the attachment that mirrors the paying authority's form.

``--period`` names the application: its id; ``DECISION_ID:YYYY-MM-DD`` (the period's first
day), also for a period not yet prepared; or a month ``YYYY-MM``, the payment period that
contains it (of the ``--employee`` given, when several people have one). A sent application
prints the figures frozen when it was sent; a draft prints the figures computed from the wage
months now.
"""

from __future__ import annotations

import re
from datetime import date

from kuhina_desktop.domain.applications import Breakdown, breakdown_from_json
from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.common import frame, kind_name
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import (
    format_date,
    format_money,
    format_period,
    month_name,
)
from kuhina_desktop.reports.model import (
    Column,
    Heading,
    KeyValues,
    Money,
    Note,
    Paragraph,
    Percent,
    Table,
)

MONTH = re.compile(r"\d{4}-\d{2}")
ITEM_COLUMNS = ("gross_pay", "supplements", "holiday_pay", "holiday_bonus",
                "holiday_compensation", "kela_compensated_pay")


def _breakdown(services, period: str | None,
               employee_id: int | None = None) -> tuple[Breakdown, str]:
    period = (period or "").strip()
    if not period:
        raise ValidationError("period required", code="report_period_required", field="period")
    try:
        if ":" in period:
            decision_id, start = period.split(":", 1)
            return _draft(services, int(decision_id), date.fromisoformat(start))
        if MONTH.fullmatch(period):
            return _of_month(services, period, employee_id)
        app = services.applications.application(int(period))
    except ValueError as exc:
        raise ValidationError("bad period", code="report_period_form", field="period",
                              period=period) from exc
    if app.snapshot:
        return breakdown_from_json(app.snapshot), app.status
    return services.applications.breakdown(app.decision_id, app.period_start), app.status


def _draft(services, decision_id: int, start: date) -> tuple[Breakdown, str]:
    found = services.applications.find(decision_id, start)
    if found is not None:
        return _breakdown(services, str(found.id))
    return services.applications.breakdown(decision_id, start), "draft"


def _of_month(services, month: str, employee_id: int | None) -> tuple[Breakdown, str]:
    """The one payment period (of the employee, when given) that contains the month."""
    first = date.fromisoformat(month + "-01")
    states = (services.applications.periods_of_employee(employee_id) if employee_id is not None
              else services.applications.periods())
    matching = [s for s in states if s.period_start <= first <= s.period_end
                or first <= s.period_start < add_months(first, 1)]
    if not matching:
        raise ValidationError("no such period", code="report_period_none", field="period",
                              period=month)
    if len(matching) > 1:
        raise ValidationError("which period", code="report_period_many", field="period",
                              period=month)
    state = matching[0]
    if state.application_id:
        return _breakdown(services, str(state.application_id))
    return _draft(services, state.decision_id, state.period_start)


def _details(b: Breakdown, status: str, lang: str) -> KeyValues:
    items = [
        (t("app.employee", lang), b.employee_name),
        (t("app.kind", lang), kind_name(b.kind, lang)),
        (t("app.payer", lang), b.payer or "–"),
        (t("app.decision_number", lang), b.decision_number or "–"),
        (t("app.percent", lang), Percent(b.percent / 100)),
        (t("app.period", lang), format_period(b.period_start, b.period_end, lang)),
        (t("app.deadline", lang), b.deadline),
        (t("app.status", lang), t(f"app.status.{status}", lang)),
    ]
    if b.work_fraction is not None:
        items.insert(5, (t("app.work_fraction", lang), Percent(b.work_fraction)))
    return KeyValues(tuple(items))


def _months_table(b: Breakdown, lang: str) -> Table:
    columns = [Column(t("app.col.month", lang), 0.8)]
    columns += [Column(t(f"pay.{item}", lang)) for item in ITEM_COLUMNS]
    columns += [Column(t(key, lang)) for key in ("app.col.contributions", "app.col.wage_costs",
                                                   "app.col.eligible", "app.col.cap",
                                                   "app.col.support")]
    rows = []
    for m in b.months:
        label = f"{month_name(m.month.month, lang)} {m.month.year}"
        rows.append((label, *[Money(m.items.get(i, 0)) for i in ITEM_COLUMNS],
                     Money(m.contributions), Money(m.wage_costs), Money(m.eligible),
                     Money(m.cap), Money(m.support)))
    totals = (t("table.total", lang),
              *[Money(sum(m.items.get(i, 0) for m in b.months)) for i in ITEM_COLUMNS],
              Money(sum(m.contributions for m in b.months)),
              Money(sum(m.wage_costs for m in b.months)),
              Money(sum(m.eligible for m in b.months)), None, Money(b.total_support))
    return Table(tuple(columns), tuple(rows), totals=totals, compact=True, money_symbol=False)


def build(services, options: ReportOptions):
    lang = options.language
    b, status = _breakdown(services, options.period, options.employee_id)
    blocks: list = [_details(b, status, lang), Heading(t("app.months_heading", lang), level=2),
                    _months_table(b, lang), Paragraph(t("app.amounts_note", lang))]
    typed = [m for m in b.months if m.contributions_typed]
    if typed:
        blocks.append(Note(t("app.typed_note", lang, months=", ".join(
            f"{m.month.month}/{m.month.year}" for m in typed))))
    blocks.append(Heading(t("app.checklist_heading", lang), level=2))
    blocks += [Paragraph("☐ " + t(f"app.check.{c.code}", lang, **c.params)) for c in b.checklist]
    blocks.append(Paragraph(t("app.total_line", lang, deadline=format_date(b.deadline, lang),
                              amount=format_money(b.total_support, lang))))
    return frame(services, options, "title.payment_application",
                 format_period(b.period_start, b.period_end, lang), blocks, landscape=True)
