"""Small pieces shared by the builders: the report frame, kind names, month headers."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.model import Report


def frame(services, options: ReportOptions, title_key: str, period_text: str, blocks: list,
          landscape: bool = False) -> Report:
    assoc = services.association.get()
    return Report(title=t(title_key, options.language), period_text=period_text,
                  association_name=assoc.name, business_id=assoc.business_id,
                  language=options.language, printed_on=date.today(), blocks=tuple(blocks),
                  landscape=landscape)


def kind_name(kind: str, lang: str) -> str:
    return t(f"kind.{kind}", lang)


def year_of(options: ReportOptions) -> int:
    return options.year or options.today.year
