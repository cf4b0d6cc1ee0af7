"""Training and certificate record, per employee or for everyone, with expiries and the gaps
of the certificates a role requires."""

from __future__ import annotations

from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.builders.common import frame
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import format_date
from kuhina_desktop.reports.model import Column, Heading, Number, Paragraph, Table


def _enrolments(services, employee_id: int | None, lang: str) -> Table:
    columns = (Column(t("tr.col.employee", lang), 1.6), Column(t("tr.col.package", lang), 2.2),
               Column(t("tr.col.status", lang), 1.0), Column(t("tr.col.hours", lang), 0.7),
               Column(t("tr.col.completed", lang), 0.9), Column(t("tr.col.result", lang), 1.6))
    rank = {employee: number for number, employee
            in enumerate(services.training.employee_names())}  # by surname, as the lists
    enrolments = sorted(services.training.enrolment_rows(employee_id=employee_id),
                        key=lambda r: (rank.get(r.enrolment.employee_id, len(rank)),
                                       r.package_title))
    rows = [(r.employee_name, r.package_title, t(f"tr.status.{r.enrolment.status}", lang),
             Number(r.enrolment.hours_attended, 1), r.enrolment.completed_on,
             r.enrolment.result or "")
            for r in enrolments]
    return Table(columns, tuple(rows))


def _certificates(services, employee_id: int | None, lang: str) -> Table:
    columns = (Column(t("tr.col.employee", lang), 1.6), Column(t("tr.col.certificate", lang), 2.0),
               Column(t("tr.col.issued", lang), 0.9), Column(t("tr.col.expires", lang), 0.9),
               Column(t("tr.col.mark", lang), 1.4), Column(t("tr.col.verified", lang), 1.2))
    rows = [(r.employee_name, r.type_name, r.certificate.issued_on,
             r.certificate.expires_on or t("tr.no_expiry", lang),
             t("tr.superseded", lang) if r.superseded else t(f"tr.mark.{r.mark}", lang),
             r.certificate.verified_by or "–")
            for r in services.training.certificate_rows(employee_id)]
    return Table(columns, tuple(rows))


def _gaps(services, employee_id: int | None, lang: str) -> list:
    types = {c.id: c.name for c in services.training.certificate_types()}
    gaps = [g for g in services.training.role_gaps()
            if employee_id is None or g.employee_id == employee_id]
    if not gaps:
        return [Paragraph(t("tr.no_gaps", lang))]
    columns = (Column(t("tr.col.employee", lang), 1.6), Column(t("tr.col.role", lang), 1.8),
               Column(t("tr.col.certificate", lang), 1.8), Column(t("tr.col.gap", lang), 1.2))
    return [Table(columns, tuple((g.employee_name, g.job_title,
                                  types.get(g.certificate_type_id, ""),
                                  t(f"tr.gap.{g.reason}", lang)) for g in gaps))]


def build(services, options: ReportOptions):
    lang, who = options.language, options.employee_id
    names = services.training.employee_names()
    period = names.get(who, "") if who is not None else t("tr.everyone", lang)
    blocks = [Paragraph(t("tr.intro", lang, date=format_date(options.today, lang))),
              Heading(t("tr.certificates", lang), level=2), _certificates(services, who, lang),
              Heading(t("tr.gaps", lang), level=2), *_gaps(services, who, lang),
              Heading(t("tr.enrolments", lang), level=2), _enrolments(services, who, lang)]
    return frame(services, options, "title.training_record", period, blocks, landscape=True)
