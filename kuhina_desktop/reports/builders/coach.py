"""The coaching and outcomes report of a job-coach export, built from the export itself.

It reads nothing from the file: its only source is the export snapshot, so the PDF can carry
no more than the spreadsheets do (people with a valid consent, allowed fields only). It shows
the regional project's two target shares over the outcomes in the export, the outcomes by kind,
and per person the employment, outcomes and shareable coaching entries.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from kuhina_desktop.domain.coach_export import DataSet
from kuhina_desktop.domain.employees import ConsentScope
from kuhina_desktop.domain.training import OutcomeKind, Share
from kuhina_desktop.reports import coach_catalogue as words
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import format_date, format_period
from kuhina_desktop.reports.model import (
    Align,
    Column,
    Heading,
    KeyValues,
    Note,
    Paragraph,
    Percent,
    Report,
    Table,
)

if TYPE_CHECKING:
    from kuhina_desktop.services.coach_export import CoachExport, ExportSheet

# key -> (Finnish, English)
TEXTS: Mapping[str, tuple[str, str]] = {
    "intro": ("Työhönvalmentajalle luovutettavat tiedot {date}: {count} henkilöä, joiden "
              "suostumus on voimassa. Raportissa on vain tiedot, joiden luovuttamiseen henkilö "
              "on antanut suostumuksen.",
              "Information for the job coach as of {date}: {count} people whose consent is in "
              "force. The report holds only what each person has agreed to share."),
    "period.all": ("Tilanne {date}", "As of {date}"),
    "period.from": ("{date} alkaen", "From {date}"),
    "period.to": ("{date} asti", "Until {date}"),
    "targets": ("Hankkeen tavoitteet", "The project's targets"),
    "col.measure": ("Mittari", "Measure"),
    "col.count": ("Henkilöä", "People"),
    "col.share": ("Osuus", "Share"),
    "col.target": ("Tavoite", "Target"),
    "col.met": ("Saavutettu", "Met"),
    "share.employed": ("Työllistyneet tai koulutukseen siirtyneet",
                       "Employed or in education"),
    "share.readiness": ("Työnhakuvalmius parani (arvioitu alussa ja lopussa)",
                        "Job-seeking readiness improved (assessed at start and end)"),
    "count_of": ("{count} / {total}", "{count} of {total}"),
    "yes": ("Kyllä", "Yes"),
    "no": ("Ei", "No"),
    "none": ("–", "–"),
    "targets_note": ("Osuudet on laskettu tämän viennin tuloksista eli niistä henkilöistä, "
                     "joiden suostumus kattaa etenemistiedot.",
                     "The shares are computed from the outcomes in this export, that is of the "
                     "people whose consent covers progress information."),
    "by_kind": ("Tulokset lajeittain", "Outcomes by kind"),
    "people": ("Henkilöittäin", "By person"),
    "job": ("Tehtävä", "Job"),
    "employment": ("Työsuhde", "Employment"),
    "outcomes": ("Tulokset", "Outcomes"),
    "coaching": ("Valmennus", "Coaching"),
    "coaching_total": ("Valmennusta yhteensä {minutes} min ({count} kertaa)",
                       "Coaching in total {minutes} min ({count} times)"),
    "nothing": ("Ei kirjattuja tietoja tällä jaksolla.", "Nothing recorded in this period."),
    "open_end": ("{date} alkaen (toistaiseksi voimassa)", "from {date} (open-ended)"),
}


def _t(key: str, lang: str, **params: object) -> str:
    fi, en = TEXTS[key]
    return (fi if lang == "fi" else en).format(**params)


def period_text(export: CoachExport) -> str:
    lang, start, end = export.language, export.period_start, export.period_end
    if start and end:
        return format_period(start, end, lang)
    if start:
        return _t("period.from", lang, date=format_date(start, lang))
    if end:
        return _t("period.to", lang, date=format_date(end, lang))
    return _t("period.all", lang, date=format_date(export.on_date, lang))


def build_from_export(export: CoachExport, printed_on: date | None = None) -> Report:
    lang = export.language
    blocks: list = [Paragraph(_t("intro", lang, date=format_date(export.on_date, lang),
                                 count=len(export.people)))]
    blocks += _targets(export)
    blocks += _people(export)
    return Report(title=t("title.coaching_report", lang), period_text=period_text(export),
                  association_name=export.association_name, business_id=export.business_id,
                  language=lang, printed_on=printed_on or export.created.date(),
                  blocks=tuple(blocks))


def _share_row(key: str, share: Share, lang: str) -> tuple:
    met = share.meets_target
    return (_t(key, lang), _t("count_of", lang, count=share.count, total=share.total),
            Percent(share.fraction, 0) if share.fraction is not None else _t("none", lang),
            Percent(share.target, 0),
            _t("none", lang) if met is None else _t("yes" if met else "no", lang))


def _targets(export: CoachExport) -> list:
    lang = export.language
    summary = export.outcomes
    employed, readiness = summary.employed_or_education, summary.readiness_improved
    right = Align.RIGHT  # "3 / 5" and "–" are text but read as figures
    columns = (Column(_t("col.measure", lang), 3.2), Column(_t("col.count", lang), 1.0, right),
               Column(_t("col.share", lang), 0.8, right), Column(_t("col.target", lang), 0.8),
               Column(_t("col.met", lang), 0.9))
    rows = [_share_row("share.employed", employed, lang),
            _share_row("share.readiness", readiness, lang)]
    kinds = [(words.code_label("outcome", kind, lang), summary.by_kind.get(kind, 0))
             for kind in OutcomeKind]
    return [Heading(_t("targets", lang)), Table(columns, rows), Note(_t("targets_note", lang)),
            Heading(_t("by_kind", lang), level=2),
            Table((Column(words.field_label("outcome", lang), 4.0),
                   Column(_t("col.count", lang), 1.0)), kinds,
                  totals=(t("table.total", lang), summary.total))]


def _rows_of(sheet: ExportSheet, owner: int) -> list[tuple]:
    return [row for row, who in zip(sheet.rows, sheet.owners, strict=True) if who == owner]


def _columns(sheet: ExportSheet, lang: str, skip: int = 1,
             widths: Mapping[str, float] | None = None) -> tuple[Column, ...]:
    widths = widths or {}
    return tuple(Column(header, widths.get(name, 1.0))
                 for name, header in zip(sheet.fields[skip:], sheet.headers[skip:], strict=True))


def _person(export: CoachExport, person) -> list:
    lang = export.language
    blocks: list = [Heading(person.name, level=2)]
    jobs = _rows_of(export.sheet(DataSet.EMPLOYMENT), person.employee_id)
    if jobs:
        blocks.append(KeyValues([(_t("employment", lang), _job_text(row, lang)) for row in jobs]))
    outcomes = export.sheet(DataSet.OUTCOMES)
    rows = _rows_of(outcomes, person.employee_id)
    if rows:
        blocks.append(Table(_columns(outcomes, lang, widths={"outcome": 2.4}),
                            [row[1:] for row in rows]))
    coaching = export.sheet(DataSet.COACHING)
    rows = _rows_of(coaching, person.employee_id)
    if rows:
        wide = {"summary": 2.6, "agreed_actions": 2.2, "kind": 1.3}
        blocks.append(Table(_columns(coaching, lang, widths=wide), [row[1:] for row in rows],
                            compact=True))
        minutes = sum(row[coaching.fields.index("minutes")] or 0 for row in rows)
        blocks.append(Paragraph(_t("coaching_total", lang, minutes=minutes, count=len(rows))))
    if len(blocks) == 1:
        blocks.append(Paragraph(_t("nothing", lang)))
    return blocks


def _job_text(row: tuple, lang: str) -> str:
    _, title, start, end = row
    days = (format_period(start, end, lang) if end else
            _t("open_end", lang, date=format_date(start, lang)))
    return f"{title}, {days}" if title else days


def _people(export: CoachExport) -> list:
    shown = [p for p in export.people
             if p.scopes & {ConsentScope.PROGRESS, ConsentScope.COACHING_NOTES}]
    if not shown:
        return []
    blocks: list = [Heading(_t("people", export.language))]
    for person in shown:
        blocks += _person(export, person)
    return blocks
