"""Small helpers the wage pages share: months as words, statuses, colours, error sentences."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors
from kuhina_desktop.texts.wages import (
    CHECKLIST_TEXTS,
    FLAG_TEXTS,
    IMPORT_FIELD_LABELS,
    PROBLEM_TEXTS,
    STATUS_TEXTS,
)
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import field_label, user_message

# Row colours of the application list: red is money about to be, or already, lost.
STATUS_COLOURS = {
    "overdue": "#f8d7da", "ready": "#fff3cd", "draft": "#fff3cd", "sent": "#dbe9f6",
    "partly_paid": "#ffe5cc", "paid": "#d4edda", "rejected": "#e2e3e5", "not_due": "",
}


def wages_text(text: str) -> str:
    return QCoreApplication.translate("Wages", text)


def month_label(month: date) -> str:
    """``Tammikuu 2026`` / ``January 2026`` in the UI language."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {month.year}"


def short_month(month: date) -> str:
    return f"{month.month}/{month.year}"


def status_text(status: str) -> str:
    return wages_text(STATUS_TEXTS.get(status, status))


def status_colour(status: str) -> QColor | None:
    colour = STATUS_COLOURS.get(status)
    return QColor(colour) if colour else None


def flag_text(kind: str) -> str:
    return wages_text(FLAG_TEXTS.get(kind, kind))


def problem_text(code: str) -> str:
    return wages_text(PROBLEM_TEXTS.get(code, PROBLEM_TEXTS["other"]))


def checklist_text(code: str, params: dict) -> str:
    text = wages_text(CHECKLIST_TEXTS.get(code, code))
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def item_label(name: str) -> str:
    """A wage item or import target, as the forms name it."""
    if name in IMPORT_FIELD_LABELS:
        return wages_text(IMPORT_FIELD_LABELS[name])
    return field_label(name)


def describe(error: KuhinaError) -> str:
    """The presenter's sentence, with money (``…_cents``) and dates written for people."""
    if isinstance(error, ValidationErrors):
        return "\n".join(f"• {describe(e)}" for e in error.errors)
    readable = copy.copy(error)
    readable.params = {key: _readable(key, value) for key, value in error.params.items()}
    return user_message(readable)


def _readable(key: str, value: object) -> object:
    if key.endswith("_cents") and isinstance(value, int):
        return fmt.money(value)
    if isinstance(value, date):
        return fmt.day(value)
    return value
