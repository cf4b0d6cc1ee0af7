"""Employee card for the personnel file: the person, contracts, support decisions, consents.

The identity code is printed masked unless it was chosen when printing (``show_hetu``), and
then the reveal is recorded in the audit trail like any other reveal. Health-related data is
never printed here.
"""

from __future__ import annotations

from kuhina_desktop.domain.employees import HEALTH_RELATED_TARGET_GROUPS, PayBasis
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.common import frame, kind_name
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import (
    format_date,
    format_decimal,
    format_money,
    format_percent,
    format_period,
)
from kuhina_desktop.reports.model import (
    Column,
    Heading,
    KeyValues,
    Money,
    Paragraph,
    Percent,
    Table,
)


def _person(services, employee_id: int, show_hetu: bool, lang: str) -> tuple[str, KeyValues]:
    details = services.employees.get(employee_id)
    person = details.employee
    hetu = services.employees.reveal_hetu(employee_id) if show_hetu else details.masked_hetu
    groups = [t(f"card.group.{g}", lang) for g in sorted(person.target_groups)
              if g not in HEALTH_RELATED_TARGET_GROUPS]
    address = ", ".join(p for p in (person.street, f"{person.postal_code} {person.city}".strip())
                        if p)
    items = ((t("card.name", lang), f"{person.first_name} {person.last_name}"),
             (t("card.hetu", lang), hetu),
             (t("card.birth_date", lang), details.birth_date),
             (t("card.address", lang), address or "–"),
             (t("card.phone", lang), person.phone or "–"),
             (t("card.email", lang), person.email or "–"),
             (t("card.languages", lang), ", ".join(person.languages) or "–"),
             (t("card.target_groups", lang), ", ".join(groups) or "–"),
             (t("card.archived", lang), person.archived_on or "–"))
    return f"{person.first_name} {person.last_name}", KeyValues(items)


def _contracts(services, employee_id: int, lang: str) -> list:
    """One block of details per contract: a card has one or two, and each has long texts."""
    blocks: list = []
    for stored in services.employees.contracts.of(employee_id):
        c = stored.contract
        period = (format_period(c.start, c.end, lang) if c.end else
                  t("card.open_ended", lang, start=format_date(c.start, lang)))
        partner = (f"{c.partner_name} ({format_percent(c.partner_share, lang)})"
                   if c.partner_name and c.partner_share else "–")
        pay = f"{format_money(c.pay_cents, lang)} ({t(f'card.basis.{PayBasis(c.pay_basis)}', lang)})"
        blocks.append(KeyValues((
            (t("card.col.period", lang), period),
            (t("card.col.job", lang), c.job_title or "–"),
            (t("card.col.hours", lang), f"{format_percent(c.weekly_hours / c.full_time_weekly_hours, lang, 0)}"
                                        f" ({format_decimal(c.weekly_hours, lang)} / "
                                        f"{format_decimal(c.full_time_weekly_hours, lang)} h)"),
            (t("card.col.pay", lang), pay),
            (t("card.col.agreement", lang), c.collective_agreement or "–"),
            (t("card.col.workplace", lang), c.workplace or "–"),
            (t("card.col.partner", lang), partner),
            (t("card.col.tasks", lang), c.tailored_tasks or "–"))))
    return blocks or [Paragraph(t("table.empty", lang))]


def _decisions(services, employee_id: int, lang: str) -> Table:
    from kuhina_desktop.storage import decisions_repo

    columns = (Column(t("app.kind", lang), 1.8), Column(t("app.payer", lang), 1.8),
               Column(t("app.decision_number", lang), 1.4), Column(t("card.col.period", lang), 1.6),
               Column(t("app.percent", lang), 0.8), Column(t("app.col.cap", lang)))
    rows = [(kind_name(r.decision.kind, lang), r.payer or "–", r.decision_number or "–",
             format_period(r.decision.start, r.decision.end, lang),
             Percent(r.decision.percent / 100), Money(r.decision.monthly_cap_cents))
            for r in decisions_repo.decisions_of_employee(services.data, employee_id)]
    return Table(columns, tuple(rows))


def _consents(services, employee_id: int, lang: str) -> Table:
    columns = (Column(t("card.col.scope", lang), 2.0), Column(t("card.col.given", lang)),
               Column(t("card.col.withdrawn", lang)), Column(t("card.col.valid_until", lang)))
    rows = [(t(f"card.scope.{c.scope}", lang), c.given_on, c.withdrawn_on or "–",
             c.valid_until or "–") for c in services.employees.consents.of(employee_id)]
    return Table(columns, tuple(rows))


def build(services, options: ReportOptions):
    lang = options.language
    if options.employee_id is None:
        raise ValidationError("employee required", code="report_employee_required",
                              field="employee")
    name, person = _person(services, options.employee_id, options.show_hetu, lang)
    blocks = [person,
              Heading(t("card.contracts", lang), level=2),
              *_contracts(services, options.employee_id, lang),
              Heading(t("card.decisions", lang), level=2),
              _decisions(services, options.employee_id, lang),
              Heading(t("card.consents", lang), level=2),
              _consents(services, options.employee_id, lang),
              Paragraph(t("card.privacy_note", lang))]
    return frame(services, options, "title.employee_card", name, blocks)
