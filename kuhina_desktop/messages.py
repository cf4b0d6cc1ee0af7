"""What each error code means for a person: one English source text per code and field.

Qt-free on purpose: the headless commands print these texts as they are, and the UI's error
presenter translates them with QCoreApplication.translate("Errors" / "Fields", text), which
lupdate finds through the QT_TRANSLATE_NOOP marker. Placeholders are str.format names filled
from the error's params.

Each area of the program keeps its own texts in a module of kuhina_desktop/texts/ (defining
ERROR_TEXTS and FIELD_LABELS); they are gathered here, so no area edits another's file.
"""

from __future__ import annotations

import importlib
import pkgutil

from kuhina_desktop import texts
from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors
from kuhina_desktop.texts import QT_TRANSLATE_NOOP

__all__ = ["ERROR_TEXTS", "FIELD_LABELS", "QT_TRANSLATE_NOOP", "plain_message", "text_for"]


def _gather() -> tuple[dict[str, str], dict[str, str]]:
    errors: dict[str, str] = {}
    fields: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(texts.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{texts.__name__}.{info.name}")
        errors.update(getattr(module, "ERROR_TEXTS", {}))
        fields.update(getattr(module, "FIELD_LABELS", {}))
    return errors, fields


ERROR_TEXTS, FIELD_LABELS = _gather()


def text_for(error: KuhinaError) -> str:
    """The English source text for an error, before translation."""
    return ERROR_TEXTS.get(error.code) or ERROR_TEXTS["error"]


def format_params(error: KuhinaError, field_label: str = "") -> dict[str, object]:
    params: dict[str, object] = {"message": error.message, "field": field_label or error.field or "",
                                 "path": "", "reason": "", "detail": "", "holder": ""}
    params.update({key: value for key, value in error.params.items() if value is not None})
    holder = error.params.get("holder")
    if holder is not None and hasattr(holder, "user"):
        params["holder"] = f"{holder.user} @ {holder.host}, {holder.since}"
    return params


def plain_message(error: KuhinaError) -> str:
    """English text for headless commands and logs."""
    if isinstance(error, ValidationErrors):
        return "\n".join(plain_message(e) for e in error.errors)
    label = FIELD_LABELS.get(error.field or "", error.field or "")
    text = text_for(error).format_map(_Lenient(format_params(error, label)))
    if error.row is not None:
        text = f"row {error.row}: {text}"
    return text


class _Lenient(dict):
    """format_map that leaves an unknown placeholder visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
