"""The due list as a document: every open deadline, grouped like the home view."""

from __future__ import annotations

from datetime import date

from kuhina_desktop.domain.deadlines import DueGroup, DueItem, DueKind, in_sentence
from kuhina_desktop.reports.builders import ReportOptions
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import format_date, format_money
from kuhina_desktop.reports.model import (
    Column,
    Heading,
    Money,
    Note,
    NoteKind,
    Paragraph,
    Report,
    Table,
)


def item_text(item: DueItem, lang: str, today: date | None = None) -> str:
    params = {key: (format_date(value, lang) if hasattr(value, "isoformat") and key != "month"
                    else value) for key, value in item.params.items()}
    month = item.params.get("month")
    if month is not None:
        params["month"] = f"{month.month}/{month.year}"
    key = f"due.{item.kind}"
    if item.kind == DueKind.CERTIFICATE_EXPIRY and today is not None and item.due_date < today:
        key = "due.certificate_expired"
    return t(key, lang, **params)


def _rows(items: list[DueItem], lang: str, today: date) -> list[tuple]:
    rows = []
    for item in items:
        note = ""
        if item.day_note is not None:
            holiday = item.day_note.holiday_name
            note = t("due.weekend_note" if holiday is None else "due.holiday_note", lang,
                     holiday=in_sentence(holiday or ""),
                     next=format_date(item.day_note.next_working_day, lang))
        text = item_text(item, lang, today) + (f" ({note})" if note else "")
        money = Money(item.amount_cents) if item.amount_cents is not None else None
        rows.append((item.due_date, item.subject_name, text, money))
    return rows


def build(services, options: ReportOptions) -> Report:
    lang, today = options.language, options.today
    groups = services.due_list.grouped(today)
    columns = (Column(t("due.col.date", lang), 0.9), Column(t("due.col.person", lang), 1.6),
               Column(t("due.col.task", lang), 4.0), Column(t("due.col.amount", lang), 1.2))
    blocks: list = [Paragraph(t("due.intro", lang, date=format_date(today, lang)))]
    for group in DueGroup:
        items = groups[group]
        blocks.append(Heading(f"{t(f'due.group.{group}', lang)} ({len(items)})", level=2))
        if items:
            blocks.append(Table(columns, _rows(items, lang, today)))
        else:
            blocks.append(Paragraph(t("due.none", lang)))
    lost = sum(i.amount_cents or 0 for i in groups[DueGroup.OVERDUE]
               if i.kind == DueKind.PAYMENT_APPLICATION)
    if lost:
        blocks.insert(1, Note(t("due.overdue_money", lang, amount=format_money(lost, lang)),
                              kind=NoteKind.WARNING))
    assoc = services.association.get()
    return Report(title=t("title.due_list", lang), period_text=format_date(today, lang),
                  association_name=assoc.name, business_id=assoc.business_id, language=lang,
                  printed_on=date.today(), blocks=tuple(blocks))
