"""Coaching and outcomes report for the association (all employees, an internal document):
the coaching log, the outcomes at the end of support periods and the regional project's two
target shares. Per employee with ``--employee``; the year limits the dated rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kuhina_desktop.domain.training import Share
from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.common import frame, year_of
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import format_decimal
from kuhina_desktop.reports.model import Column, Heading, Number, Paragraph, Percent, Table


def _share_row(label: str, share: Share, lang: str) -> tuple:
    met = share.meets_target
    verdict = "–" if met is None else t("co2.met" if met else "co2.not_met", lang)
    return (label, f"{share.count} / {share.total}",
            Percent(share.fraction) if share.fraction is not None else "–",
            Percent(share.target), verdict)


def _targets(summary, lang: str) -> Table:
    columns = (Column(t("co2.col.target", lang), 2.6), Column(t("co2.col.count", lang), 0.8),
               Column(t("co2.col.share", lang), 0.8), Column(t("co2.col.goal", lang), 0.8),
               Column(t("co2.col.verdict", lang), 1.0))
    return Table(columns, (
        _share_row(t("co2.employed", lang), summary.employed_or_education, lang),
        _share_row(t("co2.readiness", lang), summary.readiness_improved, lang)))


def _coaching(rows, lang: str) -> Table:
    columns = (Column(t("co2.col.date", lang), 0.8), Column(t("tr.col.employee", lang), 1.4),
               Column(t("co2.col.kind", lang), 1.2), Column(t("co2.col.minutes", lang), 0.6),
               Column(t("co2.col.coach", lang), 1.2), Column(t("co2.col.summary", lang), 3.0))
    return Table(columns, tuple(
        (r.event.day, r.employee_name or t("co2.employer", lang),
         t(f"co2.kind.{r.event.kind}", lang), Number(r.event.minutes, 0), r.event.coach_name,
         r.event.summary) for r in rows))


def _outcomes(rows, lang: str) -> Table:
    columns = (Column(t("tr.col.employee", lang), 1.6), Column(t("co2.col.period_end", lang), 0.9),
               Column(t("co2.col.outcome", lang), 2.0), Column(t("co2.col.ready_start", lang), 0.8),
               Column(t("co2.col.ready_end", lang), 0.8))
    return Table(columns, tuple(
        (r.employee_name, r.outcome.period_end, t(f"co2.outcome.{r.outcome.outcome}", lang),
         r.outcome.readiness_start or "–", r.outcome.readiness_end or "–") for r in rows))


def build(services, options: ReportOptions):
    lang, year, who = options.language, year_of(options), options.employee_id
    first, last = date(year, 1, 1), date(year, 12, 31)
    coaching = services.training.coaching
    events = [r for r in coaching.coaching_rows(who) if first <= r.event.day <= last]
    outcomes = [r for r in coaching.outcome_rows() if first <= r.outcome.period_end <= last
                and (who is None or r.outcome.employee_id == who)]
    summary = coaching.outcome_summary(first, last)
    blocks = [Paragraph(t("co2.intro", lang, year=year)),
              Heading(t("co2.targets", lang), level=2), _targets(summary, lang),
              Heading(t("co2.outcomes", lang), level=2), _outcomes(outcomes, lang),
              Heading(t("co2.log", lang), level=2), _coaching(events, lang),
              Paragraph(t("co2.minutes_total", lang, count=len(events), hours=format_decimal(
                  Decimal(sum(r.event.minutes for r in events)) / 60, lang, 1)))]
    name = services.training.employee_names().get(who, "") if who is not None else ""
    return frame(services, options, "title.coaching_report",
                 f"{year}{' – ' + name if name else ''}", blocks, landscape=True)
