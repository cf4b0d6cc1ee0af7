"""Yearly support summary for the board: costs, support, applied, paid, owed, own cost."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.common import frame, year_of
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import month_name
from kuhina_desktop.reports.model import (
    BarChart,
    Column,
    Heading,
    Money,
    PageBreak,
    Paragraph,
    Series,
    Table,
)
from kuhina_desktop.services.summaries import YearSummary


def _people_table(summary: YearSummary, lang: str) -> Table:
    keys = ("ys.col.costs", "ys.col.support", "ys.col.applied", "ys.col.paid", "ys.col.owed",
            "ys.col.own_cost")
    columns = (Column(t("ys.col.employee", lang), 2.2), *[Column(t(k, lang)) for k in keys])
    rows = [(e.name, Money(e.total_costs), Money(e.total_support), Money(e.applied),
             Money(e.paid), Money(e.owed), Money(e.own_cost)) for e in summary.employees]
    people = summary.employees
    totals = (t("table.total", lang), Money(sum(e.total_costs for e in people)),
              Money(sum(e.total_support for e in people)), Money(sum(e.applied for e in people)),
              Money(sum(e.paid for e in people)), Money(sum(e.owed for e in people)),
              Money(sum(e.own_cost for e in people)))
    return Table(columns, tuple(rows), totals=totals)


def _months_table(summary: YearSummary, lang: str) -> Table:
    columns = (Column(t("ys.col.month", lang), 1.4), Column(t("ys.col.costs", lang)),
               Column(t("ys.col.support", lang)), Column(t("ys.col.own_cost", lang)))
    months = summary.month_totals()
    rows = [(month_name(day.month, lang), Money(costs), Money(support), Money(costs - support))
            for day, costs, support in months]
    totals = (t("table.total", lang), Money(sum(c for _, c, _ in months)),
              Money(sum(s for _, _, s in months)), Money(sum(c - s for _, c, s in months)))
    return Table(columns, tuple(rows), totals=totals)


def _chart(summary: YearSummary, lang: str) -> BarChart:
    months = summary.month_totals()
    return BarChart(categories=tuple(month_name(d.month, lang, short=True) for d, _, _ in months),
                    series=(Series(t("chart.costs", lang), tuple(c for _, c, _ in months)),
                            Series(t("chart.support", lang), tuple(s for _, _, s in months))),
                    title=t("ys.chart_title", lang))


def _matrix(summary: YearSummary, lang: str, attribute: str) -> Table:
    columns = (Column(t("ys.col.employee", lang), 2.4),
               *[Column(month_name(m, lang, short=True)) for m in range(1, 13)],
               Column(t("table.total", lang), 1.2))
    months = [date(summary.year, month, 1) for month in range(1, 13)]
    rows = []
    for person in summary.employees:
        values = getattr(person, attribute)
        cells = [Money(values.get(day, 0)) for day in months]
        rows.append((person.name, *cells, Money(sum(values.values()))))
    return Table(columns, tuple(rows), compact=True, money_symbol=False)


def build(services, options: ReportOptions):
    lang, year = options.language, year_of(options)
    summary = services.summaries.year(year, options.employee_id)
    blocks: list = [
        Paragraph(t("ys.intro", lang, year=year, count=len(summary.employees))),
        Heading(t("ys.people_heading", lang), level=2), _people_table(summary, lang),
        Heading(t("ys.months_heading", lang), level=2), _chart(summary, lang),
        _months_table(summary, lang),
        PageBreak(),
        Heading(t("ys.costs_matrix_heading", lang), level=2),
        _matrix(summary, lang, "costs"),
        Heading(t("ys.support_matrix_heading", lang), level=2),
        _matrix(summary, lang, "support"),
        Paragraph(t("ys.notes", lang)),
    ]
    return frame(services, options, "title.yearly_summary", str(year), blocks, landscape=True)
