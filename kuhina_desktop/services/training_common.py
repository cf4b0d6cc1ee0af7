"""Small helpers the training services share."""

from __future__ import annotations

from dataclasses import fields
from typing import NoReturn

from kuhina_desktop.domain.errors import ValidationError


def not_found(table: str) -> NoReturn:
    """The record went away (removed in another window, or a stale view): nothing changed."""
    raise ValidationError(f"{table}: not found", code="tr_not_found")


def changed_fields(before: object | None, after: object) -> list[str]:
    """Names of the dataclass fields that differ (all of them for a new record); the audit
    trail gets these names, never the values."""
    names = [f.name for f in fields(after) if f.name != "id"]
    if before is None:
        return names
    return [n for n in names if getattr(before, n) != getattr(after, n)]
