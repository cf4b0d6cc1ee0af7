"""Co-employment statement (yhteistyöllistäminen): a partner association's share of the wage
costs and of the support, per month, as the basis of its invoice."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.money import percent_of
from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.common import frame, year_of
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import month_name
from kuhina_desktop.reports.model import (
    Align,
    Column,
    Heading,
    KeyValues,
    Money,
    Paragraph,
    Percent,
    Table,
)

NO_WAGES = "–"


def _partner_blocks(partner: str, contracts: list, summary, year: int, lang: str) -> list:
    people = {p.employee_id: p for p in summary.employees}
    rows, total_costs, total_support = [], 0, 0
    for contract in contracts:
        person = people.get(contract.employee_id)
        if person is None:
            continue
        for month in range(1, 13):
            day = date(year, month, 1)
            ends = contract.end or date(9999, 12, 31)
            if not (contract.start.replace(day=1) <= day <= ends):
                continue
            month_text = f"{month_name(month, lang)} {year}"
            share = Percent(contract.partner_share)
            if day not in person.costs:  # no wages recorded (yet): nothing to invoice, not 0
                rows.append((month_text, person.name, share, NO_WAGES, NO_WAGES, NO_WAGES))
                continue
            costs = percent_of(person.costs[day], contract.partner_share)
            support = percent_of(person.support.get(day, 0), contract.partner_share)
            total_costs, total_support = total_costs + costs, total_support + support
            rows.append((month_text, person.name, share, Money(costs), Money(support),
                         Money(costs - support)))
    right = Align.RIGHT  # the "–" of a month without wages lines up with the amounts
    columns = (Column(t("ys.col.month", lang), 1.3), Column(t("ys.col.employee", lang), 2.0),
               Column(t("co.col.share", lang), 0.8), Column(t("co.col.costs", lang), 1.0, right),
               Column(t("co.col.support", lang), 1.0, right),
               Column(t("co.col.invoice", lang), 1.0, right))
    totals = (t("table.total", lang), None, None, Money(total_costs), Money(total_support),
              Money(total_costs - total_support))
    return [Heading(partner, level=2),
            KeyValues(((t("co.partner", lang), partner), (t("co.year", lang), str(year)))),
            Table(columns, tuple(rows), totals=totals) if rows else Paragraph(t("due.none", lang))]


def build(services, options: ReportOptions):
    lang, year = options.language, year_of(options)
    summary = services.summaries.year(year)
    by_partner: dict[str, list] = {}
    for contract in services.summaries.partner_contracts(year):
        by_partner.setdefault(contract.partner_name, []).append(contract)
    blocks: list = [Paragraph(t("co.intro", lang))]
    for partner in sorted(by_partner):
        blocks += _partner_blocks(partner, by_partner[partner], summary, year, lang)
    if not by_partner:
        blocks.append(Paragraph(t("co.none", lang, year=year)))
    return frame(services, options, "title.co_employment", str(year), blocks)
