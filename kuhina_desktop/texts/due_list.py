"""Texts for the due list."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "snooze_in_past": QT_TRANSLATE_NOOP(
        "Errors", "Choose a date after today: an item is snoozed until that day."),
}

FIELD_LABELS: dict[str, str] = {
    "until": QT_TRANSLATE_NOOP("Fields", "Snooze until"),
}
